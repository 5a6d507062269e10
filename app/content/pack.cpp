#include "content/pack.h"

namespace GoPrep {

void Pack::reindex()
{
    m_questionIndex.clear();
    m_sectionIndex.clear();
    for (int s = 0; s < sections.size(); ++s) {
        m_sectionIndex.insert(sections.at(s).id, s);
        for (int q = 0; q < sections.at(s).questions.size(); ++q) {
            m_questionIndex.insert(sections.at(s).questions.at(q).id, {s, q});
        }
    }
}

const Question *Pack::question(const QString &questionId) const
{
    const auto it = m_questionIndex.constFind(questionId);
    if (it == m_questionIndex.constEnd()) {
        return nullptr;
    }
    return &sections.at(it->section).questions.at(it->question);
}

const Section *Pack::section(const QString &sectionId) const
{
    const auto it = m_sectionIndex.constFind(sectionId);
    return it == m_sectionIndex.constEnd() ? nullptr : &sections.at(*it);
}

int Pack::questionCount() const
{
    int count = 0;
    for (const Section &section : sections) {
        count += int(section.questions.size());
    }
    return count;
}

} // namespace GoPrep
