#include "content/packloader.h"

#include "content/foldersource.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <atomic>
#include <thread>
#include <vector>

namespace GoPrep {

namespace {

// Structural headings are recognised by their English text or, in other languages, by a class.
enum class Subsection { Other, ShortAnswer, FollowUps, Pitfalls };

struct Heading
{
    int level = 0; // 0: not an ATX heading
    QString text; // without the trailing attribute block
    QString id; // from {#id}
    QStringList classes; // from {.class}
    bool hasAttributes = false;
};

struct Fence
{
    QChar marker;
    qsizetype length = 0;
    qsizetype indent = 0;
    QString info;
};

// Everything known about one section file while it is being read.
struct SectionSource
{
    QString displayPath; // what error messages show
    QStringList lines;
};

int lineOfOffset(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    return int(data.left(offset).count('\n')) + 1;
}

// Line of the first occurrence of needle at or after from, so that JSON problems found after parsing
// (QJsonDocument keeps no positions) can still point at a line. Falls back to the fallback line.
int lineOfText(const QByteArray &data, const QByteArray &needle, qsizetype from = 0, int fallback = 1)
{
    const qsizetype at = data.indexOf(needle, from);
    return at < 0 ? fallback : lineOfOffset(data, at);
}

// The first byte that is not valid UTF-8, or -1. QStringDecoder only says that something failed;
// an author needs the line.
qsizetype firstInvalidUtf8(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype size = data.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = bytes[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t code = 0;
        char32_t minimum = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            code = c & 0x1F;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            code = c & 0x0F;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            code = c & 0x07;
            minimum = 0x10000;
        } else {
            return i;
        }
        if (i + extra >= size) {
            return i; // truncated sequence at the end
        }
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = bytes[i + k];
            if ((next & 0xC0) != 0x80) {
                return i;
            }
            code = (code << 6) | (next & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) {
            return i;
        }
        i += extra + 1;
    }
    return -1;
}

bool isBlank(QStringView line)
{
    return line.trimmed().isEmpty();
}

qsizetype leadingSpaces(const QString &line)
{
    qsizetype n = 0;
    while (n < line.size() && line.at(n) == u' ') {
        ++n;
    }
    return n;
}

// An opening code fence: up to three spaces, then three or more backticks or tildes.
// Fences nested in list items are indented further; they are fences all the same for our purpose,
// which is to never mistake a "## " inside code for a question.
std::optional<Fence> openingFence(const QString &line)
{
    const qsizetype indent = leadingSpaces(line);
    if (indent >= line.size()) {
        return std::nullopt;
    }
    const QChar marker = line.at(indent);
    if (marker != u'`' && marker != u'~') {
        return std::nullopt;
    }
    qsizetype n = indent;
    while (n < line.size() && line.at(n) == marker) {
        ++n;
    }
    if (n - indent < 3) {
        return std::nullopt;
    }
    const QString info = line.mid(n).trimmed();
    if (marker == u'`' && info.contains(u'`')) {
        return std::nullopt; // inline code such as ```x``` in a paragraph
    }
    return Fence{marker, n - indent, indent, info};
}

bool closesFence(QStringView line, const Fence &fence)
{
    const QStringView trimmed = line.trimmed();
    if (trimmed.size() < fence.length) {
        return false;
    }
    for (const QChar c : trimmed) {
        if (c != fence.marker) {
            return false;
        }
    }
    return true;
}

const QRegularExpression &attributeBlockPattern()
{
    static const QRegularExpression pattern(QStringLiteral(R"(\s*\{([^{}]*)\}\s*$)"));
    return pattern;
}

Heading parseHeading(const QString &line)
{
    Heading heading;
    const qsizetype indent = leadingSpaces(line);
    if (indent > 3) {
        return heading;
    }
    qsizetype n = indent;
    while (n < line.size() && line.at(n) == u'#') {
        ++n;
    }
    const qsizetype level = n - indent;
    if (level < 1 || level > 6 || (n < line.size() && !line.at(n).isSpace())) {
        return heading;
    }
    heading.level = int(level);
    QString text = line.mid(n).trimmed();
    // Most headings have no attribute block; the regular expression runs only when one may be there.
    const QRegularExpressionMatch match
        = text.endsWith(u'}') ? attributeBlockPattern().match(text) : QRegularExpressionMatch();
    if (match.hasMatch()) {
        heading.hasAttributes = true;
        const QStringList parts = match.captured(1).split(u' ', Qt::SkipEmptyParts);
        for (const QString &part : parts) {
            if (part.startsWith(u'#')) {
                heading.id = part.mid(1);
            } else if (part.startsWith(u'.')) {
                heading.classes.append(part.mid(1));
            }
        }
        text.truncate(match.capturedStart());
    }
    // An ATX heading may end with a run of '#', which is not part of its text.
    static const QRegularExpression closingHashes(QStringLiteral(R"(\s+#+\s*$)"));
    if (text.endsWith(u'#')) {
        text.remove(closingHashes);
    }
    heading.text = text.trimmed();
    return heading;
}

Subsection subsectionOf(const Heading &heading)
{
    const QString text = heading.text.toCaseFolded();
    if (heading.classes.contains(u"short") || text == u"short answer") {
        return Subsection::ShortAnswer;
    }
    if (heading.classes.contains(u"followups") || text == u"follow-up questions" || text == u"follow-ups") {
        return Subsection::FollowUps;
    }
    if (heading.classes.contains(u"pitfalls") || text == u"pitfalls") {
        return Subsection::Pitfalls;
    }
    return Subsection::Other;
}

// The items of a Markdown bullet or numbered list, each with its continuation lines joined.
QStringList listItems(const QStringList &lines)
{
    static const QRegularExpression bullet(QStringLiteral(R"(^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$)"));
    QStringList items;
    bool inItem = false;
    for (const QString &line : lines) {
        const QRegularExpressionMatch match = bullet.match(line);
        if (match.hasMatch()) {
            items.append(match.captured(1).trimmed());
            inItem = true;
        } else if (isBlank(line)) {
            continue; // a loose list keeps going after a blank line
        } else if (inItem) {
            items.last() += u' ' + line.trimmed(); // a continuation line of the item
        }
    }
    return items;
}

QString joinTrimmed(const QStringList &lines)
{
    qsizetype first = 0;
    qsizetype last = lines.size();
    while (first < last && isBlank(lines.at(first))) {
        ++first;
    }
    while (last > first && isBlank(lines.at(last - 1))) {
        --last;
    }
    return lines.mid(first, last - first).join(u'\n');
}

class SectionParser
{
public:
    SectionParser(const QString &packId, const SectionSource &source, PackErrors *errors)
        : m_packId(packId)
        , m_source(source)
        , m_errors(errors)
    { }

    void parse(Section *section)
    {
        const QStringList &lines = m_source.lines;
        // Split into the introduction and question blocks on "## " headings outside code fences.
        QList<qsizetype> starts;
        std::optional<Fence> fence;
        qsizetype fenceLine = -1;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QString &line = lines.at(i);
            if (fence) {
                if (closesFence(line, *fence)) {
                    fence.reset();
                }
                continue;
            }
            if ((fence = openingFence(line))) {
                fenceLine = i;
                continue;
            }
            if (section->kind == Section::Kind::Questions && parseHeading(line).level == 2) {
                starts.append(i);
            }
        }
        if (fence) {
            error(int(fenceLine) + 1, QStringLiteral("code block opened here is never closed"));
        }

        const qsizetype introEnd = starts.isEmpty() ? lines.size() : starts.first();
        QStringList intro = lines.mid(0, introEnd);
        // A level-1 title at the top is for people reading the file; the title comes from pack.json.
        for (qsizetype i = 0; i < intro.size(); ++i) {
            if (isBlank(intro.at(i))) {
                continue;
            }
            if (parseHeading(intro.at(i)).level == 1) {
                intro.removeAt(i);
            }
            break;
        }
        section->intro = joinTrimmed(intro);

        if (section->kind == Section::Kind::Guide) {
            if (section->intro.isEmpty()) {
                error(0, QStringLiteral("the guide page is empty"));
            }
            return;
        }
        if (starts.isEmpty()) {
            error(0,
                  QStringLiteral("no questions: a question starts with a line like "
                                 "'## What is a goroutine? {#goroutines}'"));
            return;
        }
        for (qsizetype q = 0; q < starts.size(); ++q) {
            const qsizetype end = q + 1 < starts.size() ? starts.at(q + 1) : lines.size();
            parseQuestion(starts.at(q), end, section);
        }
    }

    // Ids referenced by a question, with the line that references them, checked once the pack is known.
    struct Reference
    {
        QString file;
        QString target;
        int line = 0;
        bool isLink = false;
    };
    QList<Reference> references;

private:
    void error(int line, const QString &message) { m_errors->append({m_source.displayPath, line, message}); }

    void parseQuestion(qsizetype begin, qsizetype end, Section *section)
    {
        const QStringList &lines = m_source.lines;
        const Heading heading = parseHeading(lines.at(begin));
        const int headingLine = int(begin) + 1;
        Question question;
        question.title = heading.text;
        question.file = QFileInfo(m_source.displayPath).fileName();
        question.line = headingLine;
        if (heading.text.isEmpty()) {
            error(headingLine, QStringLiteral("question heading has no text"));
        }
        if (heading.id.isEmpty()) {
            error(headingLine, QStringLiteral("question heading has no id: end it with {#some-id}"));
        } else if (!PackLoader::isValidId(heading.id)) {
            error(headingLine,
                  QStringLiteral("invalid id '%1': use lower-case letters, digits and '-'").arg(heading.id));
        }
        question.id = m_packId + u'/' + heading.id;

        // Metadata lines: "key: value" straight after the heading.
        static const QRegularExpression metaLine(QStringLiteral(R"(^([A-Za-z][A-Za-z0-9_-]*)\s*:\s*(.*)$)"));
        qsizetype i = begin + 1;
        bool haveTags = false;
        bool haveLevel = false;
        for (; i < end; ++i) {
            const QString &line = lines.at(i);
            if (isBlank(line)) {
                continue;
            }
            const QRegularExpressionMatch match = metaLine.match(line.trimmed());
            if (!match.hasMatch() || parseHeading(line).level > 0) {
                break;
            }
            const QString key = match.captured(1).toLower();
            const QString value = match.captured(2).trimmed();
            const int lineNumber = int(i) + 1;
            if (key == u"tags") {
                haveTags = true;
                for (const QString &tag : value.split(u',', Qt::SkipEmptyParts)) {
                    if (!tag.trimmed().isEmpty()) {
                        question.tags.append(tag.trimmed());
                    }
                }
                if (question.tags.isEmpty()) {
                    error(lineNumber, QStringLiteral("'tags:' needs at least one tag"));
                }
            } else if (key == u"level") {
                haveLevel = true;
                if (!Question::levelFromName(value, &question.level)) {
                    error(lineNumber,
                          QStringLiteral("unknown level '%1': use junior, mid or senior").arg(value));
                }
            } else if (key == u"related") {
                for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
                    const QString target = part.trimmed();
                    if (!target.isEmpty()) {
                        references.append({m_source.displayPath, target, lineNumber, false});
                        question.related.append(m_packId + u'/' + target);
                    }
                }
            } else {
                error(lineNumber,
                      QStringLiteral("unknown metadata key '%1': use tags, level or related")
                          .arg(match.captured(1)));
            }
        }
        if (!haveTags) {
            error(headingLine, QStringLiteral("question '%1' has no 'tags:' line").arg(heading.id));
        }
        if (!haveLevel) {
            error(headingLine, QStringLiteral("question '%1' has no 'level:' line").arg(heading.id));
        }

        // The answer: "### Short answer" first, then the rest as the full answer.
        const qsizetype answerBegin = i;
        const Heading first = i < end ? parseHeading(lines.at(i)) : Heading{};
        qsizetype bodyBegin = end;
        if (first.level == 3 && subsectionOf(first) == Subsection::ShortAnswer) {
            bodyBegin = nextSubsection(i + 1, end);
            question.shortAnswer = joinTrimmed(lines.mid(i + 1, bodyBegin - i - 1));
            if (question.shortAnswer.isEmpty()) {
                error(int(i) + 1, QStringLiteral("the short answer is empty"));
            }
        } else if (i < end) {
            error(int(i) + 1, QStringLiteral("expected '### Short answer' before the rest of the answer"));
            bodyBegin = i;
        } else {
            error(headingLine, QStringLiteral("question '%1' has no answer").arg(heading.id));
        }

        // Full answer, with attribute blocks such as {.pitfalls} dropped from headings so they do not show.
        QStringList body;
        QStringList currentItems;
        Subsection current = Subsection::Other;
        auto flushList = [&]() {
            if (current == Subsection::FollowUps) {
                question.followUps = listItems(currentItems);
            } else if (current == Subsection::Pitfalls) {
                question.pitfalls = listItems(currentItems);
            }
            currentItems.clear();
        };
        std::optional<Fence> fence;
        for (qsizetype k = bodyBegin; k < end; ++k) {
            const QString &line = lines.at(k);
            if (!fence) {
                const Heading h = parseHeading(line);
                if (h.level >= 3) {
                    if (h.level == 3) {
                        flushList();
                        current = subsectionOf(h);
                        if (current == Subsection::ShortAnswer) {
                            error(int(k) + 1, QStringLiteral("a second 'Short answer' heading"));
                        }
                    }
                    body.append(h.hasAttributes ? QString(QString(h.level, u'#') + u' ' + h.text) : line);
                    continue;
                }
            }
            if (fence) {
                if (closesFence(line, *fence)) {
                    fence.reset();
                }
            } else {
                fence = openingFence(line);
            }
            body.append(line);
            currentItems.append(line);
        }
        flushList();
        question.body = joinTrimmed(body);

        scanCodeAndLinks(answerBegin, end, &question);
        section->questions.append(question);
    }

    qsizetype nextSubsection(qsizetype from, qsizetype end) const
    {
        std::optional<Fence> fence;
        for (qsizetype k = from; k < end; ++k) {
            const QString &line = m_source.lines.at(k);
            if (fence) {
                if (closesFence(line, *fence)) {
                    fence.reset();
                }
            } else if ((fence = openingFence(line))) {
                continue;
            } else if (parseHeading(line).level == 3) {
                return k;
            }
        }
        return end;
    }

    void scanCodeAndLinks(qsizetype begin, qsizetype end, Question *question)
    {
        static const QRegularExpression internalLink(QStringLiteral(R"(\]\(#([^)\s]*)\))"));
        static const QRegularExpression goRelease(QStringLiteral(R"(^go(1\.\d+)$)"));
        const QStringList &lines = m_source.lines;
        for (qsizetype k = begin; k < end; ++k) {
            const std::optional<Fence> fence = openingFence(lines.at(k));
            if (!fence) {
                if (!lines.at(k).contains(u'#') || !lines.at(k).contains(u"](#")) {
                    continue;
                }
                for (const QRegularExpressionMatch &match : internalLink.globalMatch(lines.at(k))) {
                    references.append({m_source.displayPath, match.captured(1), int(k) + 1, true});
                }
                continue;
            }
            CodeBlock block;
            block.line = int(k) + 1;
            const QStringList words = fence->info.split(u' ', Qt::SkipEmptyParts);
            block.language = words.isEmpty() ? QString() : words.first().toLower();
            block.infoWords = words.mid(1);
            QStringList code;
            qsizetype j = k + 1;
            for (; j < end && !closesFence(lines.at(j), *fence); ++j) {
                // Inside a list item the fence is indented; its lines carry the same indent.
                QString line = lines.at(j);
                line.remove(0, qMin(fence->indent, leadingSpaces(line)));
                code.append(line);
            }
            block.code = code.join(u'\n');
            if (block.language == u"go" || block.language == u"golang") {
                block.kind = CodeBlock::Kind::File;
                for (const QString &word : std::as_const(block.infoWords)) {
                    const QRegularExpressionMatch release = goRelease.match(word);
                    if (word == u"fragment") {
                        block.kind = CodeBlock::Kind::Fragment;
                    } else if (word == u"norun") {
                        block.kind = CodeBlock::Kind::NoRun;
                    } else if (word == u"test") {
                        block.kind = CodeBlock::Kind::Test;
                    } else if (release.hasMatch()) {
                        block.minimumGo = release.captured(1);
                    } else {
                        error(block.line,
                              QStringLiteral("unknown word '%1' after ```go: use fragment, norun, "
                                             "test or a release such as go1.27")
                                  .arg(word));
                    }
                }
                if (block.kind != CodeBlock::Kind::Fragment && !startsWithPackageClause(code)) {
                    error(block.line,
                          QStringLiteral("a ```go block must be a whole file starting with a "
                                         "package clause; mark a part of one as ```go fragment"));
                }
            }
            if (block.code.trimmed().isEmpty()) {
                error(block.line, QStringLiteral("empty code block"));
            }
            question->codeBlocks.append(block);
            k = j; // skip to the closing fence
        }
    }

    static bool startsWithPackageClause(const QStringList &code)
    {
        bool inBlockComment = false;
        for (const QString &raw : code) {
            const QString line = raw.trimmed();
            if (inBlockComment) {
                inBlockComment = !line.contains(u"*/");
                continue;
            }
            if (line.isEmpty() || line.startsWith(u"//")) {
                continue;
            }
            if (line.startsWith(u"/*")) {
                inBlockComment = !line.contains(u"*/");
                continue;
            }
            return line.startsWith(u"package ");
        }
        return false;
    }

    QString m_packId;
    const SectionSource &m_source;
    PackErrors *m_errors;
};

// Decodes UTF-8 and splits lines, reporting the line of the first invalid byte.
bool decodeLines(const QByteArray &data, const QString &displayPath, QStringList *lines, PackErrors *errors)
{
    QByteArray bytes = data;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    // Qt's validator is fast; the byte-by-byte scan that finds the line runs only for a bad file.
    const qsizetype bad = QByteArrayView(bytes).isValidUtf8() ? -1 : firstInvalidUtf8(bytes);
    if (bad >= 0) {
        errors->append({displayPath, lineOfOffset(bytes, bad),
                        QStringLiteral("invalid UTF-8 (byte 0x%1 at offset %2); save the file as UTF-8")
                            .arg(uint(uchar(bytes.at(bad))), 2, 16, QLatin1Char('0'))
                            .arg(bad)});
        return false;
    }
    if (bytes.contains('\0')) {
        errors->append({displayPath, lineOfOffset(bytes, bytes.indexOf('\0')),
                        QStringLiteral("the file contains a NUL byte: is it a binary file?")});
        return false;
    }
    QString text = QString::fromUtf8(bytes);
    text.remove(u'\r');
    *lines = text.split(u'\n');
    return true;
}

} // namespace

bool PackLoader::isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > 100) {
        return false;
    }
    for (const QChar c : id) {
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-')) {
            return false;
        }
    }
    return id.front() != u'-';
}

QString PackLoader::builtInPackPath()
{
    return QStringLiteral(":/packs/go");
}

PackLoadResult PackLoader::load(const QString &folder) const
{
    return load(FolderSource(folder));
}

PackLoadResult PackLoader::load(const PackSource &source) const
{
    PackLoadResult result;
    PackErrors &errors = result.errors;
    const QString manifestPath = source.displayPath(QStringLiteral("pack.json"));

    if (const QString problem = source.checkRoot(); !problem.isEmpty()) {
        errors.append({source.origin(), 0, problem});
        return result;
    }
    const PackSource::File manifest = source.read(QStringLiteral("pack.json"), MaxManifestBytes);
    if (!manifest.error.isEmpty()) {
        errors.append({manifestPath, 0, manifest.error});
        return result;
    }
    const QByteArray &raw = manifest.data;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(raw, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({manifestPath, lineOfOffset(raw, parseError.offset),
                       QStringLiteral("invalid JSON: %1").arg(parseError.errorString())});
        return result;
    }
    if (!document.isObject()) {
        errors.append({manifestPath, 1, QStringLiteral("expected a JSON object with the pack's fields")});
        return result;
    }
    const QJsonObject root = document.object();
    auto keyLine = [&](const char *key) {
        return lineOfText(raw, QByteArray("\"") + key + '"');
    };
    auto requireString = [&](const char *key) -> QString {
        const QJsonValue value = root.value(QLatin1String(key));
        if (!value.isString() || value.toString().trimmed().isEmpty()) {
            errors.append(
                {manifestPath, value.isUndefined() ? 1 : keyLine(key),
                 value.isUndefined()
                     ? QStringLiteral("missing \"%1\"").arg(QLatin1String(key))
                     : QStringLiteral("\"%1\" must be a non-empty string").arg(QLatin1String(key))});
            return {};
        }
        return value.toString().trimmed();
    };

    Pack pack;
    pack.origin = source.origin();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.isUndefined()) {
        errors.append({manifestPath, 1, QStringLiteral("missing \"format\": this version reads format 1")});
    } else if (format.toInt(-1) != 1 || !format.isDouble()) {
        errors.append({manifestPath, keyLine("format"),
                       QStringLiteral("unsupported \"format\"; this version of GoPrep reads format 1")});
    }
    pack.id = requireString("id");
    if (!pack.id.isEmpty() && !isValidId(pack.id)) {
        errors.append(
            {manifestPath, keyLine("id"),
             QStringLiteral("invalid pack id '%1': use lower-case letters, digits and '-'").arg(pack.id)});
    }
    pack.title = requireString("title");
    pack.version = requireString("version");
    pack.language = requireString("language");
    pack.licence = requireString("licence");
    pack.description = root.value(QLatin1String("description")).toString();
    pack.goVersion = root.value(QLatin1String("go")).toString();

    const QJsonValue sectionsValue = root.value(QLatin1String("sections"));
    if (!sectionsValue.isArray() || sectionsValue.toArray().isEmpty()) {
        errors.append({manifestPath, keyLine("sections"),
                       QStringLiteral("\"sections\" must be a non-empty list of sections")});
        return result;
    }
    const QJsonArray sections = sectionsValue.toArray();
    if (sections.size() > MaxSections) {
        errors.append({manifestPath, keyLine("sections"),
                       QStringLiteral("%1 sections; the limit is %2").arg(sections.size()).arg(MaxSections)});
        return result;
    }

    const qsizetype sectionsAt = raw.indexOf("\"sections\"");
    qsizetype searchFrom = sectionsAt;
    QSet<QString> sectionIds;
    QSet<QString> fileNames;
    QList<SectionParser::Reference> references;
    QHash<QString, QString> questionLocations; // full id -> "file:line" of its first definition

    // Each section in three steps: its manifest entry checked here, in order; its file read and parsed, the
    // sections in parallel (a large pack parses in about half the time on two cores); then the results
    // merged in manifest order, so that the problems are reported in the same order as one by one.
    struct Job
    {
        PackErrors entryErrors;
        bool parse = false;
        Section section;
        QString path;
        PackErrors errors;
        QList<SectionParser::Reference> references;
    };
    QList<Job> jobs(sections.size());
    for (qsizetype s = 0; s < sections.size(); ++s) {
        Job &job = jobs[s];
        PackErrors &entryErrors = job.entryErrors;
        // Entries are flat objects, so the s-th '{' after "sections" is where this one starts.
        searchFrom = raw.indexOf('{', searchFrom + 1);
        const int entryLine = searchFrom < 0 ? lineOfOffset(raw, sectionsAt) : lineOfOffset(raw, searchFrom);
        if (!sections.at(s).isObject()) {
            entryErrors.append(
                {manifestPath, entryLine,
                 QStringLiteral("section %1 must be an object with id, title and file").arg(s + 1)});
            continue;
        }
        const QJsonObject entry = sections.at(s).toObject();
        Section section;
        const QString localId = entry.value(QLatin1String("id")).toString();
        section.title = entry.value(QLatin1String("title")).toString().trimmed();
        const QString fileName = entry.value(QLatin1String("file")).toString();
        const QString kind = entry.value(QLatin1String("kind")).toString(QStringLiteral("questions"));
        bool entryOk = true;
        if (!isValidId(localId)) {
            entryErrors.append({manifestPath, entryLine,
                                localId.isEmpty() ? QStringLiteral("section %1 has no \"id\"").arg(s + 1)
                                                  : QStringLiteral("invalid section id '%1'").arg(localId)});
            entryOk = false;
        } else if (sectionIds.contains(localId)) {
            entryErrors.append(
                {manifestPath, entryLine, QStringLiteral("duplicate section id '%1'").arg(localId)});
            entryOk = false;
        }
        sectionIds.insert(localId);
        if (section.title.isEmpty()) {
            entryErrors.append(
                {manifestPath, entryLine, QStringLiteral("section '%1' has no \"title\"").arg(localId)});
        }
        if (kind == u"guide") {
            section.kind = Section::Kind::Guide;
        } else if (kind != u"questions") {
            entryErrors.append(
                {manifestPath, entryLine,
                 QStringLiteral("unknown section kind '%1': use questions or guide").arg(kind)});
        }
        // A file name, never a path: a pack must not read outside its own folder.
        if (fileName.isEmpty()) {
            entryErrors.append(
                {manifestPath, entryLine, QStringLiteral("section '%1' has no \"file\"").arg(localId)});
            continue;
        }
        if (fileName.contains(u'/') || fileName.contains(u'\\') || fileName.contains(u':')
            || fileName.startsWith(u'.') || !fileName.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)) {
            entryErrors.append(
                {manifestPath, lineOfText(raw, fileName.toUtf8(), sectionsAt, entryLine),
                 QStringLiteral("\"file\": '%1' must be a plain .md file name inside the pack folder")
                     .arg(fileName)});
            continue;
        }
        if (fileNames.contains(fileName)) {
            entryErrors.append({manifestPath, lineOfText(raw, fileName.toUtf8(), searchFrom, entryLine),
                                QStringLiteral("'%1' is used by two sections").arg(fileName)});
            continue;
        }
        fileNames.insert(fileName);
        if (!entryOk) {
            continue;
        }
        section.id = pack.id + u'/' + localId;
        section.file = fileName;
        job.section = std::move(section);
        job.path = source.displayPath(fileName);
        job.parse = true;
    }

    const auto parseJob = [&source, &pack](Job &job) {
        const PackSource::File file = source.read(job.section.file, MaxSectionBytes);
        if (!file.error.isEmpty()) {
            job.errors.append({job.path, 0, file.error});
            job.parse = false;
            return;
        }
        SectionSource text{job.path, {}};
        if (!decodeLines(file.data, job.path, &text.lines, &job.errors)) {
            job.parse = false;
            return;
        }
        SectionParser parser(pack.id, text, &job.errors);
        parser.parse(&job.section);
        job.references = std::move(parser.references);
    };
    std::atomic<qsizetype> next{0};
    const auto worker = [&] {
        for (qsizetype s = next++; s < jobs.size(); s = next++) {
            if (jobs.at(s).parse) {
                parseJob(jobs[s]);
            }
        }
    };
    const int threads
        = int(qMin<qsizetype>(qMax(1, QThread::idealThreadCount()), qMin<qsizetype>(4, jobs.size())));
    std::vector<std::thread> helpers;
    for (int t = 1; t < threads; ++t) {
        helpers.emplace_back(worker);
    }
    worker();
    for (std::thread &helper : helpers) {
        helper.join();
    }

    for (Job &job : jobs) {
        errors.append(job.entryErrors);
        errors.append(job.errors);
        if (!job.parse) {
            continue;
        }
        for (const Question &question : std::as_const(job.section.questions)) {
            const QString location = job.path + u':' + QString::number(question.line);
            const auto previous = questionLocations.constFind(question.id);
            if (previous != questionLocations.constEnd()) {
                errors.append({job.path, question.line,
                               QStringLiteral("duplicate question id '%1' (first used at %2)")
                                   .arg(question.id.section(u'/', 1), *previous)});
            } else {
                questionLocations.insert(question.id, location);
            }
        }
        references += job.references;
        pack.sections.append(std::move(job.section));
    }

    for (const SectionParser::Reference &reference : std::as_const(references)) {
        if (!questionLocations.contains(pack.id + u'/' + reference.target)) {
            errors.append({reference.file, reference.line,
                           reference.isLink
                               ? QStringLiteral("link to unknown question '#%1'").arg(reference.target)
                               : QStringLiteral("related question '%1' does not exist in this pack")
                                     .arg(reference.target)});
        }
    }

    if (errors.isEmpty()) {
        pack.reindex();
        result.pack = std::move(pack);
    }
    return result;
}

} // namespace GoPrep
