#include "content/question.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace GoPrep {

namespace {

// The texts of this file, in the translations' GoPrep::Question context.
struct QuestionText
{
    Q_DECLARE_TR_FUNCTIONS(GoPrep::Question)
};

} // namespace

QString Question::answerHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(shortAnswer.toUtf8());
    hash.addData(QByteArrayView("\n\x1e\n")); // a separator that Markdown text does not contain
    hash.addData(body.toUtf8());
    // 16 bytes are plenty to notice an edited answer and keep the store small.
    return QString::fromLatin1(hash.result().left(16).toHex());
}

QString Question::levelName(Level level)
{
    switch (level) {
    case Level::Junior:
        return QStringLiteral("junior");
    case Level::Mid:
        return QStringLiteral("mid");
    case Level::Senior:
        return QStringLiteral("senior");
    }
    return {};
}

QString Question::levelTitle(Level level)
{
    switch (level) {
    case Level::Junior:
        return QuestionText::tr("Junior");
    case Level::Mid:
        return QuestionText::tr("Mid-level");
    case Level::Senior:
        return QuestionText::tr("Senior");
    }
    return {};
}

bool Question::levelFromName(QStringView name, Level *level)
{
    for (const Level candidate : {Level::Junior, Level::Mid, Level::Senior}) {
        if (name == levelName(candidate)) {
            *level = candidate;
            return true;
        }
    }
    return false;
}

} // namespace GoPrep
