#include "content/packloader.h"
#include "content/questionbank.h"
#include "model/itemroles.h"
#include "model/questionfilterproxy.h"
#include "model/questiontreemodel.h"
#include "storage/userstore.h"

Q_DECLARE_METATYPE(GoPrep::QuestionFilter)

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace GoPrep;

class QuestionTreeModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void structure_sectionsThenQuestions();
    void roles_questionData();
    void roles_sectionData();
    void indexOf_findsById();
    void storeSignals_updateFlagsAndNotes();
    void collections_followMarksInReadingOrder();
    void noStore_flagsReadFalse();
    void proxy_filters_data();
    void proxy_filters();
    void proxy_flagChange_refilters();

private:
    std::unique_ptr<QuestionBank> m_bank;
    QTemporaryDir m_dir;
    std::unique_ptr<UserStore> m_store;
    std::unique_ptr<QuestionTreeModel> m_model;
    int m_counter = 0;
};

void QuestionTreeModelTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
}

void QuestionTreeModelTest::init()
{
    QString error;
    m_store = UserStore::open(m_dir.filePath(QString::number(++m_counter)), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_model = std::make_unique<QuestionTreeModel>(m_bank.get(), m_store.get());
    // Fails the test on any violation of the QAbstractItemModel contract, now and as data changes.
    new QAbstractItemModelTester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_model.get());
}

void QuestionTreeModelTest::cleanup()
{
    m_model.reset();
    m_store.reset();
}

void QuestionTreeModelTest::structure_sectionsThenQuestions()
{
    // Two collections (Bookmarks, Weak topics), then the sections.
    QCOMPARE(m_model->rowCount(), 2 + m_bank->sections().size());
    QCOMPARE(m_model->columnCount(), 1);
    QCOMPARE(m_model->index(0, 0).data(ItemRole::Kind).value<ItemRole::ItemKind>(),
             ItemRole::ItemKind::Collection);
    QCOMPARE(m_model->index(0, 0).data(ItemRole::Id).toString(), QuestionTreeModel::bookmarksId());
    QCOMPARE(m_model->index(1, 0).data(ItemRole::Id).toString(), QuestionTreeModel::weakTopicsId());
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
    int questions = 0;
    for (int s = 2; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        QVERIFY(!m_model->parent(section).isValid());
        QCOMPARE(section.data(ItemRole::Id).toString(), m_bank->sections().at(s - 2)->id);
        questions += m_model->rowCount(section);
        for (int q = 0; q < m_model->rowCount(section); ++q) {
            const QModelIndex question = m_model->index(q, 0, section);
            QCOMPARE(m_model->parent(question), section);
            QCOMPARE(m_model->rowCount(question), 0);
            QVERIFY(m_model->flags(question) & Qt::ItemNeverHasChildren);
            QCOMPARE(m_model->questionAt(question)->id, question.data(ItemRole::Id).toString());
        }
    }
    QCOMPARE(questions, m_bank->questionCount());
}

void QuestionTreeModelTest::roles_questionData()
{
    const QModelIndex index = m_model->indexOfQuestion(QStringLiteral("go/zero-value"));
    QVERIFY(index.isValid());
    const Question *question = m_bank->question(QStringLiteral("go/zero-value"));
    QCOMPARE(index.data(Qt::DisplayRole).toString(), question->title);
    QCOMPARE(index.data(ItemRole::Id).toString(), QStringLiteral("go/zero-value"));
    QCOMPARE(index.data(ItemRole::Kind).value<ItemRole::ItemKind>(), ItemRole::ItemKind::Question);
    QCOMPARE(index.data(ItemRole::Tags).toStringList(), question->tags);
    QCOMPARE(index.data(ItemRole::Level).toString(), Question::levelName(question->level));
    QCOMPARE(index.data(ItemRole::SectionId).toString(), QStringLiteral("go/fundamentals"));
    QCOMPARE(index.data(ItemRole::Bookmarked).toBool(), false);
    QCOMPARE(index.data(ItemRole::Weak).toBool(), false);
    QCOMPARE(index.data(ItemRole::HasNote).toBool(), false);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), question->title);
    QVERIFY(m_model->roleNames().value(ItemRole::HasNote) == "hasNote");
}

void QuestionTreeModelTest::roles_sectionData()
{
    const QModelIndex index = m_model->indexOfSection(QStringLiteral("go/concurrency"));
    QVERIFY(index.isValid());
    QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("Concurrency"));
    QCOMPARE(index.data(ItemRole::Kind).value<ItemRole::ItemKind>(), ItemRole::ItemKind::Section);
    QCOMPARE(index.data(ItemRole::QuestionCount).toInt(), m_model->rowCount(index));
    QVERIFY(
        index.data(Qt::AccessibleTextRole).toString().contains(QString::number(m_model->rowCount(index))));
    const QModelIndex guide = m_model->indexOfSection(QStringLiteral("go/preparation"));
    QCOMPARE(guide.data(ItemRole::Kind).value<ItemRole::ItemKind>(), ItemRole::ItemKind::Guide);
    QCOMPARE(m_model->rowCount(guide), 0);
}

void QuestionTreeModelTest::indexOf_findsById()
{
    for (const QString &id : m_bank->questionIds()) {
        const QModelIndex index = m_model->indexOfQuestion(id);
        QVERIFY2(index.isValid(), qPrintable(id));
        QCOMPARE(index.data(ItemRole::Id).toString(), id);
    }
    QVERIFY(!m_model->indexOfQuestion(QStringLiteral("go/no-such-question")).isValid());
    QVERIFY(!m_model->indexOfSection(QStringLiteral("go/zero-value")).isValid());
}

void QuestionTreeModelTest::storeSignals_updateFlagsAndNotes()
{
    const QString id = QStringLiteral("go/select");
    const QModelIndex index = m_model->indexOfQuestion(id);
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
    // Whether the question's own row was announced as changed in role.
    auto announced = [&](int role) {
        for (const QList<QVariant> &arguments : std::as_const(spy)) {
            if (arguments.at(0).toModelIndex() == index && arguments.at(1).toModelIndex() == index
                && arguments.at(2).value<QList<int>>().contains(role)) {
                return true;
            }
        }
        return false;
    };

    QVERIFY(m_store->setFlag(id, UserStore::Flag::Bookmark, true));
    QVERIFY(announced(ItemRole::Bookmarked));
    QVERIFY(index.data(ItemRole::Bookmarked).toBool());
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("bookmarked")));

    spy.clear();
    QVERIFY(m_store->setFlag(id, UserStore::Flag::Weak, true));
    QVERIFY(announced(ItemRole::Weak));
    QVERIFY(index.data(ItemRole::Weak).toBool());

    spy.clear();
    QVERIFY(m_store->saveNote(id, QStringLiteral("my words"), {}));
    QVERIFY(announced(ItemRole::HasNote));
    QVERIFY(index.data(ItemRole::HasNote).toBool());

    // Marks on ids of packs that are not loaded change nothing in the model.
    spy.clear();
    QVERIFY(m_store->setFlag(QStringLiteral("old/gone"), UserStore::Flag::Weak, true));
    QCOMPARE(spy.count(), 0);
}

void QuestionTreeModelTest::collections_followMarksInReadingOrder()
{
    const QModelIndex bookmarks = m_model->index(0, 0);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    // Marked in the opposite order of the book; listed in the book's order.
    QVERIFY(m_store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(inserted.at(1).at(0).toModelIndex(), bookmarks);
    QCOMPARE(m_model->rowCount(bookmarks), 2);
    QCOMPARE(m_model->index(0, 0, bookmarks).data(ItemRole::Id).toString(), QStringLiteral("go/select"));
    QCOMPARE(m_model->index(1, 0, bookmarks).data(ItemRole::Id).toString(), QStringLiteral("go/json"));
    QCOMPARE(bookmarks.data(ItemRole::QuestionCount).toInt(), 2);
    QVERIFY(bookmarks.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("2")));
    // A note on a bookmarked question updates both of its rows.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_store->saveNote(QStringLiteral("go/json"), QStringLiteral("n"), {}));
    QCOMPARE(changed.count(), 2);
    QVERIFY(m_model->index(1, 0, bookmarks).data(ItemRole::HasNote).toBool());
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, false));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowCount(bookmarks), 1);
    // Opened again, the store's marks are there from the start.
    QuestionTreeModel again(m_bank.get(), m_store.get());
    QCOMPARE(again.rowCount(again.index(0, 0)), 1);
}

void QuestionTreeModelTest::noStore_flagsReadFalse()
{
    QuestionTreeModel model(m_bank.get(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), m_bank->sections().size()); // no collections without a store
    const QModelIndex index = model.indexOfQuestion(QStringLiteral("go/select"));
    QCOMPARE(index.data(ItemRole::Bookmarked).toBool(), false);
    QCOMPARE(index.data(ItemRole::HasNote).toBool(), false);
}

void QuestionTreeModelTest::proxy_filters_data()
{
    QTest::addColumn<QuestionFilter>("filter");
    QTest::addColumn<QStringList>("expected"); // empty: computed below from the bank itself

    QTest::newRow("nominal: bookmarked")
        << QuestionFilter{.bookmarkedOnly = true}
        << QStringList{QStringLiteral("go/select"), QStringLiteral("go/json")};
    QTest::newRow("nominal: weak") << QuestionFilter{.weakOnly = true}
                                   << QStringList{QStringLiteral("go/select")};
    QTest::newRow("nominal: with a note")
        << QuestionFilter{.withNoteOnly = true} << QStringList{QStringLiteral("go/json")};
    QTest::newRow("nominal: not yet reviewed") << QuestionFilter{.notReviewedOnly = true} << QStringList();
    QTest::newRow("nominal: senior") << QuestionFilter{.levels = {Question::Level::Senior}} << QStringList();
    QTest::newRow("nominal: one section")
        << QuestionFilter{.sections = {QStringLiteral("go/concurrency")}} << QStringList();
    QTest::newRow("nominal: a tag") << QuestionFilter{.tags = {QStringLiteral("channels")}} << QStringList();
    QTest::newRow("nominal: combined: weak in concurrency")
        << QuestionFilter{.sections = {QStringLiteral("go/concurrency")}, .weakOnly = true}
        << QStringList{QStringLiteral("go/select")};
    QTest::newRow("nominal: combined: weak in another section")
        << QuestionFilter{.sections = {QStringLiteral("go/fundamentals")}, .weakOnly = true}
        << QStringList{QStringLiteral("-")};
}

void QuestionTreeModelTest::proxy_filters()
{
    QFETCH(QuestionFilter, filter);
    QFETCH(QStringList, expected);
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));
    QVERIFY(m_store->saveNote(QStringLiteral("go/json"), QStringLiteral("n"), {}));
    QVERIFY(
        m_store->addReview({0, QStringLiteral("go/zero-value"), 3, {}, 1000, QStringLiteral("review"), 0}));

    if (expected.isEmpty()) {
        // Worked out from the bank directly, not through QuestionFilter.
        for (const Section *section : m_bank->sections()) {
            for (const Question &question : section->questions) {
                const bool match = (filter.levels.isEmpty() || filter.levels.contains(question.level))
                    && (filter.sections.isEmpty() || filter.sections.contains(section->id))
                    && (filter.tags.isEmpty() || question.tags.contains(QStringLiteral("channels")))
                    && (!filter.notReviewedOnly || question.id != u"go/zero-value");
                if (match) {
                    expected.append(question.id);
                }
            }
        }
        QVERIFY(expected.size() > 1);
    } else if (expected == QStringList{QStringLiteral("-")}) {
        expected.clear();
    }

    QuestionFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy spy(&proxy, &QuestionFilterProxy::filterChanged);
    proxy.setFilter(filter);
    QCOMPARE(spy.count(), 1);

    QStringList visible;
    for (int s = 0; s < proxy.rowCount(); ++s) {
        const QModelIndex section = proxy.index(s, 0);
        QVERIFY2(proxy.rowCount(section) > 0, "a section without matching questions is hidden");
        if (section.data(ItemRole::Kind).value<ItemRole::ItemKind>() == ItemRole::ItemKind::Collection) {
            continue;
        }
        for (int q = 0; q < proxy.rowCount(section); ++q) {
            visible.append(proxy.index(q, 0, section).data(ItemRole::Id).toString());
        }
    }
    QCOMPARE(QSet<QString>(visible.cbegin(), visible.cend()),
             QSet<QString>(expected.cbegin(), expected.cend()));
    proxy.setFilter({});
    QCOMPARE(proxy.rowCount(), m_model->rowCount()); // everything back, empty collections included
}

void QuestionTreeModelTest::proxy_flagChange_refilters()
{
    QuestionFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setFilter(QuestionFilter{.weakOnly = true});
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(m_store->setFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Weak, true));
    // The "Weak topics" collection and the section, each with the one question.
    QCOMPARE(proxy.rowCount(), 2);
    QCOMPARE(proxy.index(0, 0).data(ItemRole::Id).toString(), QuestionTreeModel::weakTopicsId());
    QCOMPARE(proxy.index(1, 0).data(ItemRole::Id).toString(), QStringLiteral("go/performance"));
    QCOMPARE(proxy.rowCount(proxy.index(1, 0)), 1);
    QVERIFY(m_store->setFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Weak, false));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(QuestionTreeModelTest)
#include "questiontreemodel_test.moc"
