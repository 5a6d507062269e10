#include "model/questionfilter.h"

#include "storage/userstore.h"

namespace GoPrep {

bool QuestionFilter::isEmpty() const
{
    return sections.isEmpty() && levels.isEmpty() && tags.isEmpty() && !bookmarkedOnly && !weakOnly
        && !withNoteOnly && !notReviewedOnly && !ids;
}

bool QuestionFilter::accepts(const Question &question, const QString &sectionId, const UserStore *store) const
{
    if (ids && !ids->contains(question.id)) {
        return false;
    }
    if (!sections.isEmpty() && !sections.contains(sectionId)) {
        return false;
    }
    if (!levels.isEmpty() && !levels.contains(question.level)) {
        return false;
    }
    if (!tags.isEmpty()) {
        const bool anyTag = std::any_of(question.tags.cbegin(), question.tags.cend(),
                                        [this](const QString &tag) { return tags.contains(tag); });
        if (!anyTag) {
            return false;
        }
    }
    if (bookmarkedOnly && !(store && store->hasFlag(question.id, UserStore::Flag::Bookmark))) {
        return false;
    }
    if (weakOnly && !(store && store->hasFlag(question.id, UserStore::Flag::Weak))) {
        return false;
    }
    if (withNoteOnly && !(store && store->hasNote(question.id))) {
        return false;
    }
    if (notReviewedOnly && store && store->hasReviews(question.id)) {
        return false;
    }
    return true;
}

} // namespace GoPrep
