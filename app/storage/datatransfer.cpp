#include "storage/datatransfer.h"

#include "content/questionbank.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTimeZone>

namespace GoPrep {

namespace {

const QString formatName = QStringLiteral("goprep-user-data");

// The texts of this file, in the translations' GoPrep::DataTransfer context.
struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(GoPrep::DataTransfer)
};

QString iso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid()) {
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    }
    return time.isValid() ? time.toTimeZone(QTimeZone::utc()) : QDateTime();
}

QString flagName(UserStore::Flag flag)
{
    return flag == UserStore::Flag::Bookmark ? QStringLiteral("bookmark") : QStringLiteral("weak");
}

} // namespace

QByteArray DataTransfer::toJson(const UserStore::Snapshot &snapshot)
{
    QJsonArray notes;
    for (const UserStore::Note &note : snapshot.notes) {
        notes.append(QJsonObject{{QStringLiteral("question"), note.questionId},
                                 {QStringLiteral("text"), note.text},
                                 {QStringLiteral("answerHash"), note.answerHash},
                                 {QStringLiteral("created"), iso(note.created)},
                                 {QStringLiteral("updated"), iso(note.updated)}});
    }
    QJsonArray flags;
    for (const UserStore::FlagRecord &flag : snapshot.flags) {
        flags.append(QJsonObject{{QStringLiteral("question"), flag.questionId},
                                 {QStringLiteral("flag"), flagName(flag.flag)},
                                 {QStringLiteral("set"), iso(flag.setAt)}});
    }
    QJsonArray reviews;
    for (const UserStore::Review &review : snapshot.reviews) {
        reviews.append(QJsonObject{{QStringLiteral("question"), review.questionId},
                                   {QStringLiteral("rating"), review.rating},
                                   {QStringLiteral("reviewed"), iso(review.reviewedAt)},
                                   {QStringLiteral("durationMs"), review.durationMs},
                                   {QStringLiteral("mode"), review.mode}});
    }
    QJsonObject preferences;
    for (auto it = snapshot.preferences.cbegin(); it != snapshot.preferences.cend(); ++it) {
        preferences.insert(it.key(), it.value());
    }
    const QJsonObject root{
        {QStringLiteral("format"), formatName},
        {QStringLiteral("version"), FormatVersion},
        {QStringLiteral("exported"), iso(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("application"),
         QString(QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion())},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("flags"), flags},
        {QStringLiteral("reviews"), reviews},
        {QStringLiteral("preferences"), preferences}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<UserStore::Snapshot> DataTransfer::fromJson(const QByteArray &json, QString *error)
{
    auto fail = [&](const QString &message) {
        if (error) {
            *error = message;
        }
        return std::optional<UserStore::Snapshot>();
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(TransferText::tr("not valid JSON (%1 at byte %2)")
                        .arg(parseError.errorString())
                        .arg(parseError.offset));
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QStringLiteral("format")).toString() != formatName) {
        return fail(TransferText::tr("not a GoPrep export (no \"format\": \"%1\")").arg(formatName));
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version < 1 || version > FormatVersion) {
        return fail(TransferText::tr("format version %1, but this GoPrep reads up to %2; update GoPrep")
                        .arg(version)
                        .arg(FormatVersion));
    }
    UserStore::Snapshot snapshot;
    const QJsonArray notes = root.value(QStringLiteral("notes")).toArray();
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const QJsonObject note = notes.at(i).toObject();
        const QString question = note.value(QStringLiteral("question")).toString();
        if (question.isEmpty() || !note.value(QStringLiteral("text")).isString()) {
            return fail(TransferText::tr("note %1 has no question or no text").arg(i + 1));
        }
        snapshot.notes.append({question, note.value(QStringLiteral("text")).toString(),
                               note.value(QStringLiteral("answerHash")).toString(),
                               fromIso(note.value(QStringLiteral("created"))),
                               fromIso(note.value(QStringLiteral("updated")))});
    }
    const QJsonArray flags = root.value(QStringLiteral("flags")).toArray();
    for (qsizetype i = 0; i < flags.size(); ++i) {
        const QJsonObject flag = flags.at(i).toObject();
        const QString name = flag.value(QStringLiteral("flag")).toString();
        if (flag.value(QStringLiteral("question")).toString().isEmpty()
            || (name != u"bookmark" && name != u"weak")) {
            return fail(TransferText::tr("mark %1 is not a bookmark or weak mark of a question").arg(i + 1));
        }
        snapshot.flags.append({flag.value(QStringLiteral("question")).toString(),
                               name == u"bookmark" ? UserStore::Flag::Bookmark : UserStore::Flag::Weak,
                               fromIso(flag.value(QStringLiteral("set")))});
    }
    const QJsonArray reviews = root.value(QStringLiteral("reviews")).toArray();
    for (qsizetype i = 0; i < reviews.size(); ++i) {
        const QJsonObject review = reviews.at(i).toObject();
        const int rating = review.value(QStringLiteral("rating")).toInt();
        const QDateTime when = fromIso(review.value(QStringLiteral("reviewed")));
        if (review.value(QStringLiteral("question")).toString().isEmpty() || rating < 1 || rating > 4
            || !when.isValid()) {
            return fail(
                TransferText::tr("review %1 needs a question, a rating from 1 to 4 and a time").arg(i + 1));
        }
        UserStore::Review entry;
        entry.questionId = review.value(QStringLiteral("question")).toString();
        entry.rating = rating;
        entry.reviewedAt = when;
        entry.durationMs = review.value(QStringLiteral("durationMs")).toInt();
        entry.mode = review.value(QStringLiteral("mode")).toString(QStringLiteral("review"));
        if (entry.mode != u"review" && entry.mode != u"drill" && entry.mode != u"pass-fail") {
            entry.mode = QStringLiteral("review");
        }
        snapshot.reviews.append(entry);
    }
    const QJsonObject preferences = root.value(QStringLiteral("preferences")).toObject();
    for (auto it = preferences.constBegin(); it != preferences.constEnd(); ++it) {
        snapshot.preferences.insert(it.key(), it.value().toString());
    }
    return snapshot;
}

QString DataTransfer::notesToMarkdown(const UserStore::Snapshot &snapshot, const QuestionBank &bank)
{
    QHash<QString, const UserStore::Note *> byQuestion;
    for (const UserStore::Note &note : snapshot.notes) {
        byQuestion.insert(note.questionId, &note);
    }
    QString markdown = u"# " + TransferText::tr("My GoPrep notes") + u"\n\n";
    auto writeNote = [&](const QString &title, const UserStore::Note &note) {
        markdown += u"### " + title + u"\n\n*" + note.questionId + u" · "
            + TransferText::tr("updated %1").arg(note.updated.toLocalTime().toString(Qt::ISODate)) + u"*\n\n"
            + note.text.trimmed() + u"\n\n";
    };
    for (const Section *section : bank.sections()) {
        bool heading = false;
        for (const Question &question : section->questions) {
            const auto it = byQuestion.constFind(question.id);
            if (it == byQuestion.constEnd()) {
                continue;
            }
            if (!heading) {
                markdown += u"## " + section->title + u"\n\n";
                heading = true;
            }
            writeNote(question.title, **it);
            byQuestion.remove(question.id);
        }
    }
    if (!byQuestion.isEmpty()) {
        markdown += u"## " + TransferText::tr("Questions not in the loaded packs") + u"\n\n";
        for (const UserStore::Note &note : snapshot.notes) {
            if (byQuestion.contains(note.questionId)) {
                writeNote(note.questionId, note);
            }
        }
    }
    return markdown;
}

Status DataTransfer::exportTo(const QString &path, const UserStore &store, const QuestionBank &bank)
{
    const UserStore::Snapshot snapshot = store.snapshot();
    const bool markdown = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".markdown"), Qt::CaseInsensitive);
    const QByteArray bytes = markdown ? notesToMarkdown(snapshot, bank).toUtf8() : toJson(snapshot);
    // Written beside and renamed over: an export that fails half-way never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        return Status::failure(
            TransferText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    return {};
}

Status DataTransfer::importFrom(const QString &path, UserStore &store, UserStore::MergeReport *report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Status::failure(
            TransferText::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    }
    if (file.size() > 256 << 20) {
        return Status::failure(TransferText::tr("%1 is larger than 256 MiB: not a GoPrep export.")
                                   .arg(QDir::toNativeSeparators(path)));
    }
    QString error;
    const std::optional<UserStore::Snapshot> snapshot = fromJson(file.readAll(), &error);
    if (!snapshot) {
        return Status::failure(
            TransferText::tr("%1: %2. Nothing was imported.").arg(QDir::toNativeSeparators(path), error));
    }
    // A backup first: an import is undone by restoring it.
    if (const Status saved = store.backup(); !saved) {
        return saved;
    }
    return store.merge(*snapshot, report);
}

} // namespace GoPrep
