#pragma once

#include "content/question.h"

#include <QSet>
#include <QString>

#include <optional>

namespace GoPrep {

class UserStore;

// Which questions a learner wants to see: by section, level, tag and their own marks. One definition
// serves the tree's filter proxy, the search results and the choice of drill questions, so "weak senior
// questions about channels" means the same everywhere. Empty sets mean "any".
struct QuestionFilter
{
    QSet<QString> sections = {}; // section ids
    QSet<Question::Level> levels = {};
    QSet<QString> tags = {};
    bool bookmarkedOnly = false;
    bool weakOnly = false;
    bool withNoteOnly = false;
    bool notReviewedOnly = false;
    std::optional<QSet<QString>> ids = std::nullopt; // only these question ids (search results)

    bool isEmpty() const;
    // Whether question (in sectionId) passes; store may be null, then every mark reads as unset.
    bool accepts(const Question &question, const QString &sectionId, const UserStore *store) const;
    // A short human description, e.g. "senior · Concurrency · weak", for the filter bar.
    friend bool operator==(const QuestionFilter &, const QuestionFilter &) = default;
};

} // namespace GoPrep
