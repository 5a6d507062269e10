#include "packgenerator.h"

#include "content/pack.h"
#include "content/packloader.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace GoPrep {

namespace {

bool writeText(const QString &path, const QString &text)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(text.toUtf8()) >= 0;
}

// Replaces about one word in eight with a word made for this variant, leaving code fences, headings and
// links intact, so answers keep their shape while the vocabulary grows with the pack.
QString vary(const QString &markdown, QRandomGenerator &random)
{
    static const QRegularExpression word(QStringLiteral(R"(\b[a-z]{5,}\b)"));
    QString out;
    out.reserve(markdown.size() + 64);
    bool inFence = false;
    for (const QString &line : markdown.split(u'\n')) {
        if (line.trimmed().startsWith(QLatin1String("```"))) {
            inFence = !inFence;
        }
        if (inFence || line.startsWith(u'#')) {
            out += line + u'\n';
            continue;
        }
        QString changed;
        qsizetype at = 0;
        for (const QRegularExpressionMatch &match : word.globalMatch(line)) {
            changed += line.mid(at, match.capturedStart() - at);
            if (random.bounded(8) == 0) {
                changed += match.captured().left(3) + QString::number(random.bounded(100000), 36);
            } else {
                changed += match.captured();
            }
            at = match.capturedEnd();
        }
        changed += line.mid(at);
        out += changed + u'\n';
    }
    return out;
}

} // namespace

PackGenerator::PackGenerator(const Pack &templatePack)
    : m_template(templatePack)
{ }

Status PackGenerator::write(const QString &folder, int questionCount) const
{
    QList<const Question *> templates;
    for (const Section &section : m_template.sections) {
        for (const Question &question : section.questions) {
            templates.append(&question);
        }
    }
    if (templates.isEmpty() || !QDir().mkpath(folder)) {
        return Status::failure(QStringLiteral("cannot write a pack to %1").arg(folder));
    }
    const qsizetype rounds = templates.size();
    auto localId = [&](int n) -> QString {
        return templates.at(n % rounds)->id.section(u'/', 1) + u'-' + QString::number(n / rounds);
    };
    QRandomGenerator random(20261128u + quint32(questionCount));
    static const QRegularExpression link(QStringLiteral(R"(\]\(#([a-z0-9-]+)\))"));

    // Sections of 100 questions, or more when that would pass the loader's limit on sections.
    const int perSection = qMax(100, (questionCount + PackLoader::MaxSections - 1) / PackLoader::MaxSections);
    QStringList sectionEntries;
    for (int s = 0; s * perSection < questionCount; ++s) {
        const QString fileName = QStringLiteral("section-%1.md").arg(s, 4, 10, QLatin1Char('0'));
        sectionEntries.append(QStringLiteral(R"(    { "id": "s%1", "title": "Section %1", "file": "%2" })")
                                  .arg(s)
                                  .arg(fileName));
        QString text = QStringLiteral("# Section %1\n\nGenerated for benchmarks.\n\n").arg(s);
        for (int n = s * perSection; n < qMin(questionCount, (s + 1) * perSection); ++n) {
            const Question &base = *templates.at(n % rounds);
            const int variant = n / int(rounds);
            // Links and related ids point at the same variant of the other question, when it exists.
            auto target = [&](const QString &id) -> QString {
                const qsizetype index
                    = std::find_if(templates.cbegin(), templates.cend(),
                                   [&](const Question *q) { return q->id.section(u'/', 1) == id; })
                    - templates.cbegin();
                const qsizetype other = variant * rounds + index;
                return index < rounds && other < questionCount ? localId(int(other)) : QString();
            };
            QStringList related;
            for (const QString &id : base.related) {
                const QString mapped = target(id.section(u'/', 1));
                if (!mapped.isEmpty()) {
                    related.append(mapped);
                }
            }
            QString answer
                = u"### Short answer\n\n" + vary(base.shortAnswer, random) + u"\n" + vary(base.body, random);
            QString relinked;
            qsizetype at = 0;
            for (const QRegularExpressionMatch &match : link.globalMatch(answer)) {
                const QString mapped = target(match.captured(1));
                relinked += answer.mid(at, match.capturedStart() - at);
                relinked += mapped.isEmpty() ? QStringLiteral("]") : QString(u"](#" + mapped + u')');
                at = match.capturedEnd();
            }
            relinked += answer.mid(at);
            text += u"## " + base.title + QStringLiteral(" (variant %1) {#").arg(variant) + localId(n)
                + u"}\n\n";
            text += u"tags: " + base.tags.join(QLatin1String(", "))
                + QStringLiteral(", set%1\n").arg(variant % 50);
            text += u"level: " + Question::levelName(base.level) + u'\n';
            if (!related.isEmpty()) {
                text += u"related: " + related.join(QLatin1String(", ")) + u'\n';
            }
            text += u'\n' + relinked + u"\n";
        }
        if (!writeText(folder + u'/' + fileName, text)) {
            return Status::failure(QStringLiteral("cannot write %1").arg(fileName));
        }
    }
    const QString manifest = QStringLiteral(R"({
  "format": 1,
  "id": "bench",
  "title": "Generated benchmark pack",
  "version": "%1",
  "language": "en",
  "licence": "CC-BY-4.0",
  "sections": [
%2
  ]
}
)")
                                 .arg(questionCount)
                                 .arg(sectionEntries.join(QLatin1String(",\n")));
    if (!writeText(folder + QStringLiteral("/pack.json"), manifest)) {
        return Status::failure(QStringLiteral("cannot write pack.json"));
    }
    return {};
}

} // namespace GoPrep
