#include "model/questiontreemodel.h"

#include "content/questionbank.h"
#include "storage/userstore.h"

namespace GoPrep {

namespace {

// Top-level rows have internal id 0; a question row stores its section's row + 1.
constexpr quintptr TopLevel = 0;

} // namespace

QuestionTreeModel::QuestionTreeModel(const QuestionBank *bank, UserStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_bank(bank)
    , m_store(store)
{
    const QList<const Section *> &sections = m_bank->sections();
    for (int s = 0; s < sections.size(); ++s) {
        for (int q = 0; q < sections.at(s)->questions.size(); ++q) {
            m_questionRows.insert(sections.at(s)->questions.at(q).id, createIndex(q, 0, quintptr(s) + 1));
        }
    }
    if (m_store) {
        connect(m_store, &UserStore::noteChanged, this, [this](const QString &id) {
            questionChanged(id, {ItemRole::HasNote, Qt::AccessibleTextRole});
        });
        connect(m_store, &UserStore::flagChanged, this, [this](const QString &id, UserStore::Flag flag) {
            questionChanged(id,
                            {flag == UserStore::Flag::Bookmark ? ItemRole::Bookmarked : ItemRole::Weak,
                             Qt::AccessibleTextRole, Qt::ToolTipRole});
        });
    }
}

QModelIndex QuestionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent)) {
        return {};
    }
    if (!parent.isValid()) {
        return createIndex(row, column, TopLevel);
    }
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex QuestionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel) {
        return {};
    }
    return createIndex(int(child.internalId() - 1), 0, TopLevel);
}

int QuestionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid()) {
        return int(m_bank->sections().size());
    }
    if (parent.column() != 0 || parent.internalId() != TopLevel) {
        return 0;
    }
    return int(m_bank->sections().at(parent.row())->questions.size());
}

int QuestionTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

Qt::ItemFlags QuestionTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) {
        return Qt::NoItemFlags;
    }
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != TopLevel) {
        result |= Qt::ItemNeverHasChildren;
    }
    return result;
}

QVariant QuestionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent)) {
        return {};
    }
    if (index.internalId() == TopLevel) {
        const Section *section = m_bank->sections().at(index.row());
        const bool guide = section->kind == Section::Kind::Guide;
        switch (role) {
        case Qt::DisplayRole:
        case ItemRole::Title:
            return section->title;
        case ItemRole::Id:
            return section->id;
        case ItemRole::Kind:
            return QVariant::fromValue(guide ? ItemRole::ItemKind::Guide : ItemRole::ItemKind::Section);
        case ItemRole::QuestionCount:
            return int(section->questions.size());
        case Qt::ToolTipRole:
            return guide ? tr("A guide to preparing for the interview")
                         : tr("%n question(s)", nullptr, int(section->questions.size()));
        case Qt::AccessibleTextRole:
            return accessibleText(index);
        default:
            return {};
        }
    }

    const Section *section = m_bank->sections().at(int(index.internalId() - 1));
    const Question &question = section->questions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case ItemRole::Title:
        return question.title;
    case ItemRole::Id:
        return question.id;
    case ItemRole::Kind:
        return QVariant::fromValue(ItemRole::ItemKind::Question);
    case ItemRole::Tags:
        return question.tags;
    case ItemRole::Level:
        return Question::levelName(question.level);
    case ItemRole::SectionId:
        return section->id;
    case ItemRole::Bookmarked:
        return m_store && m_store->hasFlag(question.id, UserStore::Flag::Bookmark);
    case ItemRole::Weak:
        return m_store && m_store->hasFlag(question.id, UserStore::Flag::Weak);
    case ItemRole::HasNote:
        return m_store && m_store->hasNote(question.id);
    case Qt::ToolTipRole:
        return tr("%1\nLevel: %2 · Tags: %3")
            .arg(question.title, Question::levelName(question.level),
                 question.tags.join(QLatin1String(", ")));
    case Qt::AccessibleTextRole:
        return accessibleText(index);
    default:
        return {};
    }
}

QString QuestionTreeModel::accessibleText(const QModelIndex &index) const
{
    // What a screen reader says for a row: the badges drawn as icons, in words.
    if (index.internalId() == TopLevel) {
        const Section *section = m_bank->sections().at(index.row());
        if (section->kind == Section::Kind::Guide) {
            return tr("%1, guide").arg(section->title);
        }
        return tr("%1, %n question(s)", nullptr, int(section->questions.size())).arg(section->title);
    }
    QStringList parts{data(index, ItemRole::Title).toString()};
    if (data(index, ItemRole::Bookmarked).toBool()) {
        parts.append(tr("bookmarked"));
    }
    if (data(index, ItemRole::Weak).toBool()) {
        parts.append(tr("marked weak"));
    }
    if (data(index, ItemRole::HasNote).toBool()) {
        parts.append(tr("has a note"));
    }
    return parts.join(QLatin1String(", "));
}

QHash<int, QByteArray> QuestionTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(ItemRole::Id, "id");
    names.insert(ItemRole::Kind, "kind");
    names.insert(ItemRole::Title, "title");
    names.insert(ItemRole::Tags, "tags");
    names.insert(ItemRole::Level, "level");
    names.insert(ItemRole::Bookmarked, "bookmarked");
    names.insert(ItemRole::Weak, "weak");
    names.insert(ItemRole::HasNote, "hasNote");
    names.insert(ItemRole::QuestionCount, "questionCount");
    names.insert(ItemRole::SectionId, "sectionId");
    return names;
}

QModelIndex QuestionTreeModel::indexOfQuestion(const QString &id) const
{
    return m_questionRows.value(id);
}

QModelIndex QuestionTreeModel::indexOfSection(const QString &id) const
{
    const QList<const Section *> &sections = m_bank->sections();
    for (int s = 0; s < sections.size(); ++s) {
        if (sections.at(s)->id == id) {
            return index(s, 0);
        }
    }
    return {};
}

void QuestionTreeModel::questionChanged(const QString &id, const QList<int> &roles)
{
    const QModelIndex changed = indexOfQuestion(id);
    if (changed.isValid()) {
        Q_EMIT dataChanged(changed, changed, roles);
    }
}

} // namespace GoPrep
