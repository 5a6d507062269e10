#include "content/packloader.h"
#include "content/questionbank.h"
#include "model/itemroles.h"
#include "model/questionfilterproxy.h"
#include "model/questiontreemodel.h"
#include "storage/userstore.h"

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
    QCOMPARE(m_model->rowCount(), m_bank->sections().size());
    QCOMPARE(m_model->columnCount(), 1);
    int questions = 0;
    for (int s = 0; s < m_model->rowCount(); ++s) {
        const QModelIndex section = m_model->index(s, 0);
        QVERIFY(!m_model->parent(section).isValid());
        questions += m_model->rowCount(section);
        for (int q = 0; q < m_model->rowCount(section); ++q) {
            const QModelIndex question = m_model->index(q, 0, section);
            QCOMPARE(m_model->parent(question), section);
            QCOMPARE(m_model->rowCount(question), 0);
            QVERIFY(m_model->flags(question) & Qt::ItemNeverHasChildren);
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

    QVERIFY(m_store->setFlag(id, UserStore::Flag::Bookmark, true));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toModelIndex(), index);
    QCOMPARE(spy.at(0).at(1).toModelIndex(), index);
    QVERIFY(spy.at(0).at(2).value<QList<int>>().contains(ItemRole::Bookmarked));
    QVERIFY(index.data(ItemRole::Bookmarked).toBool());
    QVERIFY(index.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("bookmarked")));

    QVERIFY(m_store->setFlag(id, UserStore::Flag::Weak, true));
    QCOMPARE(spy.count(), 2);
    QVERIFY(spy.at(1).at(2).value<QList<int>>().contains(ItemRole::Weak));
    QVERIFY(index.data(ItemRole::Weak).toBool());

    QVERIFY(m_store->saveNote(id, QStringLiteral("my words"), {}));
    QCOMPARE(spy.count(), 3);
    QVERIFY(spy.at(2).at(2).value<QList<int>>().contains(ItemRole::HasNote));
    QVERIFY(index.data(ItemRole::HasNote).toBool());

    // Unknown ids (a pack that is no longer loaded) change nothing in the model.
    QVERIFY(m_store->setFlag(QStringLiteral("old/gone"), UserStore::Flag::Weak, true));
    QCOMPARE(spy.count(), 3);
}

void QuestionTreeModelTest::noStore_flagsReadFalse()
{
    QuestionTreeModel model(m_bank.get(), nullptr);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex index = model.indexOfQuestion(QStringLiteral("go/select"));
    QCOMPARE(index.data(ItemRole::Bookmarked).toBool(), false);
    QCOMPARE(index.data(ItemRole::HasNote).toBool(), false);
}

void QuestionTreeModelTest::proxy_filters_data()
{
    QTest::addColumn<QuestionFilterProxy::Show>("show");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("nominal: all") << QuestionFilterProxy::Show::All << QStringList();
    QTest::newRow("nominal: bookmarked")
        << QuestionFilterProxy::Show::Bookmarked
        << QStringList{QStringLiteral("go/select"), QStringLiteral("go/json")};
    QTest::newRow("nominal: weak") << QuestionFilterProxy::Show::Weak
                                   << QStringList{QStringLiteral("go/select")};
}

void QuestionTreeModelTest::proxy_filters()
{
    QFETCH(QuestionFilterProxy::Show, show);
    QFETCH(QStringList, expected);
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Bookmark, true));
    QVERIFY(m_store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));

    QuestionFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy spy(&proxy, &QuestionFilterProxy::showChanged);
    proxy.setShow(show);
    QCOMPARE(spy.count(), show == QuestionFilterProxy::Show::All ? 0 : 1);

    QStringList visible;
    int sections = 0;
    for (int s = 0; s < proxy.rowCount(); ++s) {
        const QModelIndex section = proxy.index(s, 0);
        ++sections;
        QVERIFY2(show == QuestionFilterProxy::Show::All || proxy.rowCount(section) > 0,
                 "a section without matching questions is hidden");
        for (int q = 0; q < proxy.rowCount(section); ++q) {
            visible.append(proxy.index(q, 0, section).data(ItemRole::Id).toString());
        }
    }
    if (show == QuestionFilterProxy::Show::All) {
        QCOMPARE(visible.size(), m_bank->questionCount());
        QCOMPARE(sections, m_bank->sections().size());
    } else {
        QCOMPARE(QSet<QString>(visible.cbegin(), visible.cend()),
                 QSet<QString>(expected.cbegin(), expected.cend()));
    }
}

void QuestionTreeModelTest::proxy_flagChange_refilters()
{
    QuestionFilterProxy proxy;
    proxy.setSourceModel(m_model.get());
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setShow(QuestionFilterProxy::Show::Weak);
    QCOMPARE(proxy.rowCount(), 0);
    QVERIFY(m_store->setFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Weak, true));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(ItemRole::Id).toString(), QStringLiteral("go/performance"));
    QCOMPARE(proxy.rowCount(proxy.index(0, 0)), 1);
    QVERIFY(m_store->setFlag(QStringLiteral("go/maps-internals"), UserStore::Flag::Weak, false));
    QCOMPARE(proxy.rowCount(), 0);
}

QTEST_GUILESS_MAIN(QuestionTreeModelTest)
#include "questiontreemodel_test.moc"
