#pragma once

#include <QHash>
#include <QObject>

namespace GoPrep {

// The data roles of the question tree, shared by the model, its proxies, delegates and tests.
namespace ItemRole {
Q_NAMESPACE

enum Role {
    Id = Qt::UserRole + 1, // QString: stable id of the section or question
    Kind, // ItemKind
    Title, // QString
    Tags, // QStringList (questions)
    Level, // QString: junior, mid or senior (questions)
    Bookmarked, // bool
    Weak, // bool
    HasNote, // bool
    QuestionCount, // int: questions in a section
    SectionId, // QString: the section a question belongs to
    SectionTitle, // QString (search results, notes)
    Snippet, // QString, HTML: where a search matched, matches in <b> (search results)
    NoteText, // QString (notes overview)
    Updated, // QDateTime (notes overview)
    AnswerChanged, // bool: the answer changed since the note was written (notes overview)
    SearchText, // QString: what a filter box matches against (notes overview)
};
Q_ENUM_NS(Role)

// Collection: "Bookmarks" and "Weak topics" at the top of the tree, holding the marked questions.
enum class ItemKind { Section, Guide, Question, Collection };
Q_ENUM_NS(ItemKind)

// The role names of every GoPrep model, for roleNames(): the default roles plus ours.
QHash<int, QByteArray> names();

} // namespace ItemRole

} // namespace GoPrep
