#include "content/packcache.h"

#include "content/packloader.h"
#include "content/packsource.h"
#include "core/version.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSaveFile>

#include <array>
#include <cstring>
#include <limits>
#include <memory>

namespace GoPrep {

namespace {

constexpr quint64 Magic = 0x4b43415050524f47ull; // "GOPRPACK" in little-endian byte order
constexpr quint32 EndMarker = 0x21444e45u; // "END!"
constexpr quint32 NullString = 0xffffffffu;

struct Header
{
    quint64 magic;
    quint32 format;
    quint32 reserved;
    quint64 structureSize;
};
const QString Suffix = QStringLiteral(".pack");

// An entry has two parts. The structure: the pack's fields in a fixed order, integers as 32 bits in the
// machine's byte order (the magic number tells another order apart), short strings (ids, titles, tags) as
// their byte length and UTF-16 code units, lists as their length and items. Then the text: answers,
// introductions and code, which the structure refers to by offset and length. Lengths are even and
// integers four bytes, so every string starts on an even offset and is used where it lies
// (QString::fromRawData) once the file is mapped: reading the structure touches only its own pages, and an
// answer's pages are read from disk when it is first shown or indexed.
class EntryWriter
{
public:
    bool ok() const { return m_ok; }
    const QByteArray &structure() const { return m_structure; }
    const QByteArray &text() const { return m_text; }

    void integer(quint32 value) { m_structure.append(reinterpret_cast<const char *>(&value), sizeof value); }
    void string(const QString &value)
    {
        if (value.isNull()) {
            integer(NullString);
            return;
        }
        integer(quint32(value.size() * 2));
        m_structure.append(reinterpret_cast<const char *>(value.constData()), value.size() * 2);
    }
    void strings(const QStringList &values)
    {
        integer(quint32(values.size()));
        for (const QString &value : values) {
            string(value);
        }
    }
    // Long text: into the text part, with its place in the structure.
    void text(const QString &value)
    {
        if (value.isNull()) {
            integer(NullString);
            return;
        }
        if (m_text.size() > qsizetype(std::numeric_limits<quint32>::max()) - value.size() * 2) {
            m_ok = false; // over 4 GiB of text: not cached, parsed each time
            return;
        }
        integer(quint32(value.size() * 2));
        integer(quint32(m_text.size()));
        m_text.append(reinterpret_cast<const char *>(value.constData()), value.size() * 2);
    }
    void texts(const QStringList &values)
    {
        integer(quint32(values.size()));
        for (const QString &value : values) {
            text(value);
        }
    }

private:
    QByteArray m_structure;
    QByteArray m_text;
    bool m_ok = true;
};

// Reads what EntryWriter wrote from mapped memory, checking every length against what is left; the
// strings it returns point into the mapping, which therefore lives until the end of the process.
class EntryReader
{
public:
    EntryReader(const uchar *structure, qint64 structureSize, const uchar *text, qint64 textSize)
        : m_at(structure)
        , m_end(structure + structureSize)
        , m_text(text)
        , m_textSize(textSize)
    { }
    bool ok() const { return m_ok; }
    bool atEnd() const { return m_at == m_end; }

    quint32 integer()
    {
        quint32 value = 0;
        if (!take(sizeof value)) {
            return 0;
        }
        std::memcpy(&value, m_at - sizeof value, sizeof value);
        return value;
    }
    // A count of things that each take at least four bytes: never more than what is left could hold.
    qsizetype count()
    {
        const quint32 value = integer();
        if (qint64(value) * 4 > m_end - m_at) {
            m_ok = false;
            return 0;
        }
        return qsizetype(value);
    }
    QString string()
    {
        const quint32 bytes = integer();
        if (bytes == NullString || !m_ok) {
            return {};
        }
        if (bytes % 2 != 0 || !take(bytes)) {
            m_ok = false;
            return {};
        }
        return QString::fromRawData(reinterpret_cast<const QChar *>(m_at - bytes), qsizetype(bytes / 2));
    }
    QStringList strings()
    {
        QStringList values;
        const qsizetype n = count();
        values.reserve(n);
        for (qsizetype i = 0; i < n && m_ok; ++i) {
            values.append(string());
        }
        return values;
    }
    QString text()
    {
        const quint32 bytes = integer();
        if (bytes == NullString || !m_ok) {
            return {};
        }
        const quint32 offset = integer();
        if (!m_ok || bytes % 2 != 0 || offset % 2 != 0 || qint64(offset) + bytes > m_textSize) {
            m_ok = false;
            return {};
        }
        return QString::fromRawData(reinterpret_cast<const QChar *>(m_text + offset), qsizetype(bytes / 2));
    }
    QStringList texts()
    {
        QStringList values;
        const qsizetype n = count();
        values.reserve(n);
        for (qsizetype i = 0; i < n && m_ok; ++i) {
            values.append(text());
        }
        return values;
    }
    template<typename Enum>
    Enum enumeration(Enum last)
    {
        const quint32 value = integer();
        if (value > quint32(last)) {
            m_ok = false;
            return Enum{};
        }
        return Enum(value);
    }

private:
    bool take(qint64 bytes)
    {
        if (!m_ok || bytes > m_end - m_at) {
            m_ok = false;
            return false;
        }
        m_at += bytes;
        return true;
    }

    const uchar *m_at;
    const uchar *m_end;
    const uchar *m_text;
    qint64 m_textSize;
    bool m_ok = true;
};

void writePack(EntryWriter &out, const QByteArray &key, const Pack &pack)
{
    out.string(QString::fromLatin1(key));
    for (const QString *field : {&pack.id, &pack.title, &pack.version, &pack.language, &pack.licence,
                                 &pack.description, &pack.goVersion}) {
        out.string(*field);
    }
    out.integer(quint32(pack.sections.size()));
    for (const Section &section : pack.sections) {
        out.string(section.id);
        out.string(section.title);
        out.integer(quint32(section.kind));
        out.text(section.intro);
        out.string(section.file);
        out.integer(quint32(section.questions.size()));
        for (const Question &question : section.questions) {
            out.string(question.id);
            out.string(question.title);
            out.string(question.file);
            out.strings(question.tags);
            out.strings(question.related);
            out.text(question.shortAnswer);
            out.text(question.body);
            out.texts(question.followUps);
            out.texts(question.pitfalls);
            out.integer(quint32(question.level));
            out.integer(quint32(question.line));
            out.integer(quint32(question.codeBlocks.size()));
            for (const CodeBlock &block : question.codeBlocks) {
                out.string(block.language);
                out.strings(block.infoWords);
                out.text(block.code);
                out.integer(quint32(block.line));
                out.integer(quint32(block.kind));
                out.string(block.minimumGo);
            }
        }
    }
    out.integer(EndMarker);
}

std::optional<Pack> readPack(EntryReader &in, const QByteArray &key)
{
    if (in.string() != QLatin1String(key) || !in.ok()) {
        return std::nullopt;
    }
    Pack pack;
    for (QString *field : {&pack.id, &pack.title, &pack.version, &pack.language, &pack.licence,
                           &pack.description, &pack.goVersion}) {
        *field = in.string();
    }
    pack.sections.resize(in.count());
    for (Section &section : pack.sections) {
        section.id = in.string();
        section.title = in.string();
        section.kind = in.enumeration(Section::Kind::Guide);
        section.intro = in.text();
        section.file = in.string();
        section.questions.resize(in.count());
        for (Question &question : section.questions) {
            question.id = in.string();
            question.title = in.string();
            question.file = in.string();
            question.tags = in.strings();
            question.related = in.strings();
            question.shortAnswer = in.text();
            question.body = in.text();
            question.followUps = in.texts();
            question.pitfalls = in.texts();
            question.level = in.enumeration(Question::Level::Senior);
            question.line = int(in.integer());
            question.codeBlocks.resize(in.count());
            for (CodeBlock &block : question.codeBlocks) {
                block.language = in.string();
                block.infoWords = in.strings();
                block.code = in.text();
                block.line = int(in.integer());
                block.kind = in.enumeration(CodeBlock::Kind::Fragment);
                block.minimumGo = in.string();
            }
            if (!in.ok()) {
                return std::nullopt;
            }
        }
    }
    if (in.integer() != EndMarker || !in.ok() || !in.atEnd()) {
        return std::nullopt;
    }
    pack.reindex();
    return pack;
}

// Mapped entries stay mapped until the process ends, on purpose: the strings of the packs read from them
// point into the mapping, and copies of those strings may be anywhere, even in a static destroyed after
// this list would be. A process reads an entry once per load of the packs, usually once in its life.
void keepMapped(std::unique_ptr<QFile> file)
{
    static QMutex mutex;
    // Never destroyed: the list and its files stay reachable from this static to the very end, after every
    // other static that might hold a string from a mapping (and a leak checker sees them as reachable).
    static auto *const files = new QList<QFile *>;
    const QMutexLocker lock(&mutex);
    files->append(file.release());
}

} // namespace

// A fast 128-bit fingerprint of bytes, the same in every process and on every run (unlike qHashBits, which
// mixes in a per-process seed). Two lanes read the data eight bytes at a time; every step of a lane is a
// bijection of its state, so changing any one word of the data always changes the result, and the two
// lanes with different constants make an accidental collision of other changes vanishingly unlikely.
std::array<quint64, 2> PackCache::fingerprint(const QByteArray &data)
{
    const auto rotate = [](quint64 value, int bits) {
        return (value << bits) | (value >> (64 - bits));
    };
    quint64 a = 0x243f6a8885a308d3ull ^ quint64(data.size());
    quint64 b = 0x13198a2e03707344ull + quint64(data.size());
    const char *at = data.constData();
    const char *const end = at + data.size();
    for (; end - at >= 8; at += 8) {
        quint64 word;
        std::memcpy(&word, at, sizeof word);
        a = rotate(a ^ word, 29) * 0x9e3779b97f4a7c15ull;
        b = (rotate(b + word, 37) ^ 0x5851f42d4c957f2dull) * 0xd6e8feb86659fd93ull;
    }
    quint64 tail = 0;
    std::memcpy(&tail, at, size_t(end - at));
    a = rotate(a ^ tail, 29) * 0x9e3779b97f4a7c15ull;
    b = (rotate(b + tail, 37) ^ 0x5851f42d4c957f2dull) * 0xd6e8feb86659fd93ull;
    // Spread every bit of the state over the result.
    for (quint64 *lane : {&a, &b}) {
        *lane ^= *lane >> 31;
        *lane *= 0xbf58476d1ce4e5b9ull;
        *lane ^= *lane >> 29;
    }
    return {a, b ^ a};
}

PackCache::PackCache(const QString &folder)
    : m_folder(folder.isEmpty() ? QString() : QDir::cleanPath(folder))
{ }

QString PackCache::entryPath(const QByteArray &key) const
{
    return m_folder + u'/' + QString::fromLatin1(key) + Suffix;
}

QByteArray PackCache::contentKey(const PackSource &source)
{
    if (!source.checkRoot().isEmpty()) {
        return {};
    }
    const PackSource::File manifest = source.read(QStringLiteral("pack.json"), PackLoader::MaxManifestBytes);
    if (!manifest.error.isEmpty()) {
        return {};
    }
    // What the entry depends on besides the files: how this GoPrep parses them, and how it stores them.
    QCryptographicHash key(QCryptographicHash::Md5);
    key.addData(QByteArrayLiteral("goprep " GOPREP_VERSION " qt "));
    key.addData(QByteArray(qVersion()));
    key.addData(QByteArray::number(Format));
    // Each file is hashed on its own with a fast 128-bit hash (fingerprint(): MD5 over all of a 60 MB pack
    // costs 160 ms here, this about a tenth), then its name, size and hash go into the key.
    auto addFile = [&key](const QString &name, const QByteArray &data) {
        const std::array<quint64, 2> hash = fingerprint(data);
        key.addData(name.toUtf8());
        key.addData(QByteArrayView("\0", 1));
        key.addData(QByteArray::number(data.size()));
        key.addData(QByteArrayView(reinterpret_cast<const char *>(hash.data()), sizeof hash));
    };
    addFile(QStringLiteral("pack.json"), manifest.data);
    const QJsonArray sections
        = QJsonDocument::fromJson(manifest.data).object().value(QLatin1String("sections")).toArray();
    if (sections.isEmpty() || sections.size() > PackLoader::MaxSections) {
        return {};
    }
    for (const QJsonValue &section : sections) {
        const QString file = section.toObject().value(QLatin1String("file")).toString();
        // Names the loader rejects are never read here either; such a pack is never cached.
        if (file.isEmpty() || file.contains(u'/') || file.contains(u'\\') || file.contains(u':')
            || file.startsWith(u'.')) {
            return {};
        }
        const PackSource::File data = source.read(file, PackLoader::MaxSectionBytes);
        if (!data.error.isEmpty()) {
            return {};
        }
        addFile(file, data.data);
    }
    return key.result().toHex();
}

std::optional<Pack> PackCache::read(const QByteArray &key) const
{
    if (!isEnabled() || key.isEmpty()) {
        return std::nullopt;
    }
    auto file = std::make_unique<QFile>(entryPath(key));
    if (!file->open(QIODevice::ReadOnly) || file->size() < qint64(sizeof(Header))) {
        return std::nullopt;
    }
    const qint64 size = file->size();
    const uchar *data = file->map(0, size);
    file->close(); // the mapping stays
    if (!data) {
        return std::nullopt;
    }
    // The header: magic number, format, the structure's size; the text part is the rest.
    Header header;
    std::memcpy(&header, data, sizeof header);
    if (header.magic != Magic || header.format != Format
        || header.structureSize > quint64(size) - sizeof header || header.structureSize % 2 != 0) {
        return std::nullopt;
    }
    const uchar *structure = data + sizeof header;
    EntryReader reader(structure, qint64(header.structureSize), structure + header.structureSize,
                       size - qint64(sizeof header) - qint64(header.structureSize));
    std::optional<Pack> pack = readPack(reader, key);
    if (!pack) {
        return std::nullopt; // the file is unmapped with its QFile: nothing points into it
    }
    keepMapped(std::move(file));
    return pack;
}

Status PackCache::write(const QByteArray &key, const Pack &pack) const
{
    if (!isEnabled() || key.isEmpty()) {
        return {};
    }
    if (!QDir().mkpath(m_folder)) {
        return Status::failure(QStringLiteral("cannot create the cache folder %1").arg(m_folder));
    }
    QSaveFile file(entryPath(key));
    if (!file.open(QIODevice::WriteOnly)) {
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    EntryWriter writer;
    writePack(writer, key, pack);
    const Header header{Magic, Format, 0, quint64(writer.structure().size())};
    file.write(reinterpret_cast<const char *>(&header), sizeof header);
    file.write(writer.structure());
    file.write(writer.text());
    if (!writer.ok() || !file.commit()) {
        return Status::failure(
            QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    }
    return {};
}

void PackCache::removeAllExcept(const QList<QByteArray> &keep) const
{
    if (!isEnabled()) {
        return;
    }
    QDir dir(m_folder);
    const QStringList entries = dir.entryList({u'*' + Suffix}, QDir::Files);
    for (const QString &entry : entries) {
        if (!keep.contains(entry.chopped(Suffix.size()).toLatin1())) {
            dir.remove(entry);
        }
    }
}

} // namespace GoPrep
