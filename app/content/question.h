#pragma once

#include "content/codeblock.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace GoPrep {

// One question of a pack with its answer, split the way an interview answer is given: the short answer
// to say out loud, then the full answer (explanation, code, follow-ups, pitfalls) as Markdown.
struct Question
{
    enum class Level { Junior, Mid, Senior };

    QString id; // stable and unique across packs: "<pack id>/<local id>", e.g. "go/zero-value"
    QString title;
    QStringList tags;
    Level level = Level::Mid;
    QStringList related; // full ids of related questions
    QString shortAnswer; // Markdown
    QString body; // Markdown after the short answer
    QStringList followUps; // Markdown of each item under "Follow-up questions"
    QStringList pitfalls; // Markdown of each item under "Pitfalls"
    QList<CodeBlock> codeBlocks;
    QString file; // section file it came from, relative to the pack
    int line = 0; // line of its heading

    // A fingerprint of the answer text; a note remembers the one it was written against.
    QString answerHash() const;

    static QString levelName(Level level); // the pack's word: "junior", "mid", "senior"
    static QString levelTitle(Level level); // for people, translated: "Junior", "Mid-level", "Senior"
    static bool levelFromName(QStringView name, Level *level);
};

} // namespace GoPrep
