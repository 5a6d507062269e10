#pragma once

#include "content/pack.h"
#include "content/packcache.h"
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
    // With an enabled cache, a pack whose content is unchanged since it was last parsed is read from the
    // cache instead, and a parsed one is stored there for the next start.
    static QuestionBank load(const QStringList &folders, PackErrors *errors,
                             const PackCache &cache = PackCache(QString()));

    // What the bank was made from: a key over the content keys of its packs, or empty when a pack's
    // content could not be keyed (a pack from memory). Caches derived from the bank use it as their name.
    QByteArray contentKey() const { return m_contentKey; }
    // How many of the packs came from the cache on load().
    int packsFromCache() const { return m_packsFromCache; }

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
    QByteArray m_contentKey;
    int m_packsFromCache = 0;
};

} // namespace GoPrep
