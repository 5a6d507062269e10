#pragma once

#include "content/pack.h"
#include "content/packerror.h"

#include <QHash>
#include <QList>
#include <QString>

namespace GoPrep {

// All loaded packs, in display order, with lookup of any question or section by its stable id.
// Built once at start-up and read by the model, the reading pane, search and the command line.
class QuestionBank
{
public:
    QuestionBank() = default;
    explicit QuestionBank(QList<Pack> packs);
    // The lookup tables point into the packs: copying would leave them pointing at the original.
    QuestionBank(const QuestionBank &) = delete;
    QuestionBank &operator=(const QuestionBank &) = delete;
    QuestionBank(QuestionBank &&) = default;
    QuestionBank &operator=(QuestionBank &&) = default;

    // Loads each pack folder in order (the first is usually the built-in pack). A pack that fails to load,
    // or repeats the id of one already loaded, is left out and its problems are appended to errors;
    // the others still load.
    static QuestionBank load(const QStringList &folders, PackErrors *errors);

    const QList<Pack> &packs() const { return m_packs; }
    // Sections of every pack, in display order.
    const QList<const Section *> &sections() const { return m_sections; }

    const Question *question(const QString &id) const;
    const Section *section(const QString &id) const;
    const Section *sectionOf(const QString &questionId) const;
    int questionCount() const;

    // Question ids in reading order: section by section, as the tree shows them.
    QStringList questionIds() const;

private:
    QList<Pack> m_packs;
    QList<const Section *> m_sections;
    QHash<QString, const Section *> m_sectionOfQuestion;
};

} // namespace GoPrep
