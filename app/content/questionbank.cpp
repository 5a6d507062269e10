#include "content/questionbank.h"

#include "content/foldersource.h"
#include "content/packloader.h"

#include <QCryptographicHash>

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

QuestionBank QuestionBank::load(const QStringList &folders, PackErrors *errors, const PackCache &cache)
{
    const PackLoader loader;
    QList<Pack> packs;
    QList<QByteArray> keys;
    int fromCache = 0;
    for (const QString &folder : folders) {
        const FolderSource source(folder);
        const QByteArray key = cache.isEnabled() ? PackCache::contentKey(source) : QByteArray();
        std::optional<Pack> cached = cache.read(key);
        PackLoadResult result;
        if (cached) {
            result.pack = std::move(cached);
            result.pack->origin = source.origin(); // the same content may have moved
            ++fromCache;
        } else {
            result = loader.load(source);
            if (result.ok()) {
                cache.write(key, *result.pack); // best effort: without it the next start parses again
            }
        }
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
        keys.append(key);
    }
    if (cache.isEnabled()) {
        cache.removeAllExcept(keys); // entries of packs that changed or went away
    }
    QuestionBank bank(std::move(packs));
    bank.m_packsFromCache = fromCache;
    if (cache.isEnabled() && !keys.contains(QByteArray())) {
        QCryptographicHash combined(QCryptographicHash::Md5);
        for (const QByteArray &key : std::as_const(keys)) {
            combined.addData(key);
        }
        bank.m_contentKey = combined.result().toHex();
    }
    return bank;
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
