#include "content/questionbank.h"

#include "content/packloader.h"

namespace GoPrep {

QuestionBank::QuestionBank(QList<Pack> packs)
    : m_packs(std::move(packs))
{
    // Pointers into m_packs stay valid: the list is never modified after construction.
    for (Pack &pack : m_packs) {
        pack.reindex();
        for (const Section &section : std::as_const(pack.sections)) {
            m_sections.append(&section);
            for (const Question &question : section.questions) {
                m_sectionOfQuestion.insert(question.id, &section);
            }
        }
    }
}

QuestionBank QuestionBank::load(const QStringList &folders, PackErrors *errors)
{
    const PackLoader loader;
    QList<Pack> packs;
    for (const QString &folder : folders) {
        PackLoadResult result = loader.load(folder);
        if (!result.ok()) {
            errors->append(result.errors);
            continue;
        }
        const bool duplicate = std::any_of(packs.cbegin(), packs.cend(),
                                           [&](const Pack &loaded) { return loaded.id == result.pack->id; });
        if (duplicate) {
            errors->append({folder + QStringLiteral("/pack.json"), 0,
                            QStringLiteral("a pack with the id '%1' is already loaded; this one was skipped")
                                .arg(result.pack->id)});
            continue;
        }
        packs.append(std::move(*result.pack));
    }
    return QuestionBank(std::move(packs));
}

const Question *QuestionBank::question(const QString &id) const
{
    const int slash = int(id.indexOf(u'/'));
    const QStringView packId = QStringView(id).left(slash);
    for (const Pack &pack : m_packs) {
        if (pack.id == packId) {
            return pack.question(id);
        }
    }
    return nullptr;
}

const Section *QuestionBank::section(const QString &id) const
{
    for (const Section *section : m_sections) {
        if (section->id == id) {
            return section;
        }
    }
    return nullptr;
}

const Section *QuestionBank::sectionOf(const QString &questionId) const
{
    return m_sectionOfQuestion.value(questionId);
}

int QuestionBank::questionCount() const
{
    return int(m_sectionOfQuestion.size());
}

QStringList QuestionBank::questionIds() const
{
    QStringList ids;
    ids.reserve(questionCount());
    for (const Section *section : m_sections) {
        for (const Question &question : section->questions) {
            ids.append(question.id);
        }
    }
    return ids;
}

} // namespace GoPrep
