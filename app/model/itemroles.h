#pragma once

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
};
Q_ENUM_NS(Role)

enum class ItemKind { Section, Guide, Question };
Q_ENUM_NS(ItemKind)

} // namespace ItemRole

} // namespace GoPrep
