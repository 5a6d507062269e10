#pragma once

#include "model/itemroles.h"
#include "storage/userstore.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QPointer>

namespace GoPrep {

class QuestionBank;
struct Question;
struct Section;

// The question bank as a read-only tree: "Bookmarks" and "Weak topics" at the top with the questions the
// learner marked (live, when a store is given), then the sections with their questions. User state
// (bookmark, weak, note) comes from the UserStore and is refreshed through its signals, so views only ever
// listen to this model. A question appears under its section and, when marked, under a collection too;
// indexOfQuestion() always answers with the one under its section.
class QuestionTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    // store may be null (notes unavailable): there are then no collections and every mark reads false.
    QuestionTreeModel(const QuestionBank *bank, UserStore *store, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfQuestion(const QString &id) const;
    QModelIndex indexOfSection(const QString &id) const;
    // The question at index (under a section or a collection), or null.
    const Question *questionAt(const QModelIndex &index) const;
    const QuestionBank *bank() const { return m_bank; }
    UserStore *store() const { return m_store; }

    static QString bookmarksId() { return QStringLiteral("goprep:bookmarks"); }
    static QString weakTopicsId() { return QStringLiteral("goprep:weak"); }

private:
    struct Collection
    {
        UserStore::Flag flag;
        QStringList members; // question ids, in reading order
    };

    int collectionCount() const { return int(m_collections.size()); }
    void loadCollections();
    const Section *sectionForRow(int topRow) const;
    void questionChanged(const QString &id, const QList<int> &roles);
    void flagChanged(const QString &id, UserStore::Flag flag, bool on);
    QVariant questionData(const Question &question, const QString &sectionId, int role) const;
    QString accessibleText(const QModelIndex &index) const;

    const QuestionBank *m_bank = nullptr;
    QPointer<UserStore> m_store;
    QList<Collection> m_collections;
    QHash<QString, QPair<int, int>> m_questionRows; // id -> (section index, row), built once
    QHash<QString, int> m_readingOrder; // id -> position in the bank, to keep collections in order
};

} // namespace GoPrep
