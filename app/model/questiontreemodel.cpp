#include "model/questiontreemodel.h"

#include "content/questionbank.h"

namespace GoPrep {

namespace {

// Top-level rows have internal id 0; a child row stores its parent's row + 1.
constexpr quintptr TopLevel = 0;

} // namespace

QuestionTreeModel::QuestionTreeModel(const QuestionBank *bank, UserStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_bank(bank)
    , m_store(store)
{
    const QList<const Section *> &sections = m_bank->sections();
    int order = 0;
    for (int s = 0; s < sections.size(); ++s) {
        for (int q = 0; q < sections.at(s)->questions.size(); ++q) {
            const QString &id = sections.at(s)->questions.at(q).id;
            m_questionRows.insert(id, {s, q});
            m_readingOrder.insert(id, order++);
        }
    }
    if (!m_store) {
        return;
    }
    loadCollections();
    connect(m_store, &UserStore::noteChanged, this, [this](const QString &id) {
        questionChanged(id, {ItemRole::HasNote, Qt::AccessibleTextRole});
    });
    connect(m_store, &UserStore::flagChanged, this, &QuestionTreeModel::flagChanged);
    connect(m_store, &UserStore::dataReset, this, [this] {
        beginResetModel();
        loadCollections();
        endResetModel();
    });
}

void QuestionTreeModel::loadCollections()
{
    m_collections.clear();
    for (const UserStore::Flag flag : {UserStore::Flag::Bookmark, UserStore::Flag::Weak}) {
        Collection collection{flag, {}};
        const QSet<QString> marked = m_store->questionsWith(flag);
        for (const QString &id : marked) {
            if (m_readingOrder.contains(id)) { // marks on questions of packs no longer loaded stay unseen
                collection.members.append(id);
            }
        }
        std::sort(collection.members.begin(), collection.members.end(),
                  [this](const QString &a, const QString &b) {
                      return m_readingOrder.value(a) < m_readingOrder.value(b);
                  });
        m_collections.append(collection);
    }
}

const Section *QuestionTreeModel::sectionForRow(int topRow) const
{
    const int s = topRow - collectionCount();
    return s >= 0 && s < m_bank->sections().size() ? m_bank->sections().at(s) : nullptr;
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
        return collectionCount() + int(m_bank->sections().size());
    }
    if (parent.column() != 0 || parent.internalId() != TopLevel) {
        return 0;
    }
    if (parent.row() < collectionCount()) {
        return int(m_collections.at(parent.row()).members.size());
    }
    return int(sectionForRow(parent.row())->questions.size());
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

const Question *QuestionTreeModel::questionAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() == TopLevel) {
        return nullptr;
    }
    const int parentRow = int(index.internalId() - 1);
    if (parentRow < collectionCount()) {
        return m_bank->question(m_collections.at(parentRow).members.value(index.row()));
    }
    const Section *section = sectionForRow(parentRow);
    return section && index.row() < section->questions.size() ? &section->questions.at(index.row()) : nullptr;
}

QVariant QuestionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::DoNotUseParent)) {
        return {};
    }
    if (index.internalId() != TopLevel) {
        const Question *question = questionAt(index);
        if (!question) {
            return {};
        }
        return questionData(*question, m_bank->sectionOf(question->id)->id, role);
    }
    if (index.row() < collectionCount()) {
        const Collection &collection = m_collections.at(index.row());
        const bool bookmarks = collection.flag == UserStore::Flag::Bookmark;
        switch (role) {
        case Qt::DisplayRole:
        case ItemRole::Title:
            return bookmarks ? tr("Bookmarks") : tr("Weak topics");
        case ItemRole::Id:
            return bookmarks ? bookmarksId() : weakTopicsId();
        case ItemRole::Kind:
            return QVariant::fromValue(ItemRole::ItemKind::Collection);
        case ItemRole::QuestionCount:
            return int(collection.members.size());
        case Qt::ToolTipRole:
            return bookmarks ? tr("Questions you bookmarked (Ctrl+D)")
                             : tr("Topics you marked as weak (Ctrl+E)");
        case Qt::AccessibleTextRole:
            return accessibleText(index);
        default:
            return {};
        }
    }
    const Section *section = sectionForRow(index.row());
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

QVariant QuestionTreeModel::questionData(const Question &question, const QString &sectionId, int role) const
{
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
        return sectionId;
    case ItemRole::Bookmarked:
        return m_store && m_store->hasFlag(question.id, UserStore::Flag::Bookmark);
    case ItemRole::Weak:
        return m_store && m_store->hasFlag(question.id, UserStore::Flag::Weak);
    case ItemRole::HasNote:
        return m_store && m_store->hasNote(question.id);
    case Qt::ToolTipRole:
        return tr("%1\nLevel: %2 · Tags: %3")
            .arg(question.title, Question::levelTitle(question.level),
                 question.tags.join(QLatin1String(", ")));
    case Qt::AccessibleTextRole: {
        // What a screen reader says for a row: the badges drawn as icons, in words.
        QStringList parts{question.title};
        if (m_store && m_store->hasFlag(question.id, UserStore::Flag::Bookmark)) {
            parts.append(tr("bookmarked"));
        }
        if (m_store && m_store->hasFlag(question.id, UserStore::Flag::Weak)) {
            parts.append(tr("marked weak"));
        }
        if (m_store && m_store->hasNote(question.id)) {
            parts.append(tr("has a note"));
        }
        return parts.join(QLatin1String(", "));
    }
    default:
        return {};
    }
}

QString QuestionTreeModel::accessibleText(const QModelIndex &index) const
{
    const int count = rowCount(index);
    if (index.row() < collectionCount()) {
        return tr("%1, %n question(s)", nullptr, count).arg(data(index, ItemRole::Title).toString());
    }
    const Section *section = sectionForRow(index.row());
    if (section->kind == Section::Kind::Guide) {
        return tr("%1, guide").arg(section->title);
    }
    return tr("%1, %n question(s)", nullptr, count).arg(section->title);
}

QHash<int, QByteArray> QuestionTreeModel::roleNames() const
{
    return ItemRole::names();
}

QModelIndex QuestionTreeModel::indexOfQuestion(const QString &id) const
{
    const auto it = m_questionRows.constFind(id);
    if (it == m_questionRows.constEnd()) {
        return {};
    }
    return createIndex(it->second, 0, quintptr(collectionCount() + it->first) + 1);
}

QModelIndex QuestionTreeModel::indexOfSection(const QString &id) const
{
    const QList<const Section *> &sections = m_bank->sections();
    for (int s = 0; s < sections.size(); ++s) {
        if (sections.at(s)->id == id) {
            return index(collectionCount() + s, 0);
        }
    }
    for (int c = 0; c < collectionCount(); ++c) {
        if (index(c, 0).data(ItemRole::Id).toString() == id) {
            return index(c, 0);
        }
    }
    return {};
}

void QuestionTreeModel::questionChanged(const QString &id, const QList<int> &roles)
{
    const QModelIndex changed = indexOfQuestion(id);
    if (!changed.isValid()) {
        return;
    }
    Q_EMIT dataChanged(changed, changed, roles);
    for (int c = 0; c < collectionCount(); ++c) {
        const qsizetype row = m_collections.at(c).members.indexOf(id);
        if (row >= 0) {
            const QModelIndex copy = index(int(row), 0, index(c, 0));
            Q_EMIT dataChanged(copy, copy, roles);
        }
    }
}

void QuestionTreeModel::flagChanged(const QString &id, UserStore::Flag flag, bool on)
{
    if (!m_readingOrder.contains(id)) {
        return;
    }
    for (int c = 0; c < collectionCount(); ++c) {
        Collection &collection = m_collections[c];
        if (collection.flag != flag) {
            continue;
        }
        const QModelIndex parent = index(c, 0);
        const qsizetype existing = collection.members.indexOf(id);
        if (on && existing < 0) {
            const int position = m_readingOrder.value(id);
            const auto at
                = std::find_if(collection.members.cbegin(), collection.members.cend(),
                               [&](const QString &other) { return m_readingOrder.value(other) > position; });
            const int row = int(at - collection.members.cbegin());
            beginInsertRows(parent, row, row);
            collection.members.insert(row, id);
            endInsertRows();
        } else if (!on && existing >= 0) {
            beginRemoveRows(parent, int(existing), int(existing));
            collection.members.removeAt(existing);
            endRemoveRows();
        }
        Q_EMIT dataChanged(parent, parent, {ItemRole::QuestionCount, Qt::AccessibleTextRole});
    }
    questionChanged(id,
                    {flag == UserStore::Flag::Bookmark ? ItemRole::Bookmarked : ItemRole::Weak,
                     Qt::AccessibleTextRole, Qt::ToolTipRole});
}

} // namespace GoPrep
