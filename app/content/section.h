#pragma once

#include "content/question.h"

#include <QList>
#include <QString>

namespace GoPrep {

// A section of a pack: a titled list of questions, or a guide, which is a single page of prose.
struct Section
{
    enum class Kind { Questions, Guide };

    QString id; // "<pack id>/<section id>", e.g. "go/concurrency"
    QString title;
    Kind kind = Kind::Questions;
    QString intro; // Markdown before the first question; the whole page for a guide
    QString file;
    QList<Question> questions;
};

} // namespace GoPrep
