#include "content/packloader.h"
#include "content/questionbank.h"
#include "storage/userstore.h"
#include "study/drillsession.h"
#include "study/fsrs.h"
#include "study/studystate.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <cmath>

using namespace GoPrep;

// Expected values are worked out by hand from the published FSRS-6 formulas and the 21 default parameters
// (w0..w20), shown next to each; none comes from running this implementation.
class FsrsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults_areTheFsrs6Ones();
    void firstReview_stabilities_data();
    void firstReview_stabilities();
    void initialDifficulty_data();
    void initialDifficulty();
    void retrievability_curve();
    void interval_atRetention_data();
    void interval_atRetention();
    void difficulty_update();
    void recall_afterThreeDays();
    void lapse_afterThreeDays();
    void sameDay_shortTerm();
    void replay_sequenceWithLapse();
    void queue_dueWeakFirstThenNew();
    void reviews_persistAndMoveDueDates();
    void plan_predictionsAndToday();
    void progress_figures();
    void drill_pickAndSummary();

private:
    QDateTime at(int day, int hour = 10) const;
    std::unique_ptr<QuestionBank> m_bank;
    QTemporaryDir m_dir;
    int m_counter = 0;
    Fsrs m_fsrs;
};

QDateTime FsrsTest::at(int day, int hour) const
{
    return QDateTime(QDate(2026, 11, 1).addDays(day), QTime(hour, 0), QTimeZone::utc());
}

void FsrsTest::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
}

void FsrsTest::defaults_areTheFsrs6Ones()
{
    const Fsrs::Parameters published
        = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
           1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
    QCOMPARE(Fsrs::DefaultParameters, published);
}

void FsrsTest::firstReview_stabilities_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<double>("stability");
    // S0(G) = w[G-1]
    QTest::newRow("nominal: Again") << 1 << 0.212;
    QTest::newRow("nominal: Hard") << 2 << 1.2931;
    QTest::newRow("nominal: Good") << 3 << 2.3065;
    QTest::newRow("nominal: Easy") << 4 << 8.2956;
}

void FsrsTest::firstReview_stabilities()
{
    QFETCH(int, rating);
    QFETCH(double, stability);
    QCOMPARE(m_fsrs.first(Fsrs::Rating(rating)).stability, stability);
}

void FsrsTest::initialDifficulty_data()
{
    QTest::addColumn<int>("rating");
    QTest::addColumn<double>("difficulty");
    // D0(G) = w4 - e^(w5·(G-1)) + 1, clamped to [1, 10]
    QTest::newRow("nominal: Again: 6.4133 - e^0 + 1") << 1 << 6.4133;
    QTest::newRow("nominal: Hard: 7.4133 - e^0.8334 (2.301129)") << 2 << 5.112171;
    QTest::newRow("nominal: Good: 7.4133 - e^1.6668 (5.295196)") << 3 << 2.118104;
    QTest::newRow("robustness: Easy: 7.4133 - e^2.5002 = -4.77, clamped") << 4 << 1.0;
}

void FsrsTest::initialDifficulty()
{
    QFETCH(int, rating);
    QFETCH(double, difficulty);
    QVERIFY(std::abs(m_fsrs.first(Fsrs::Rating(rating)).difficulty - difficulty) < 1e-5);
}

void FsrsTest::retrievability_curve()
{
    // DECAY = -0.1542, FACTOR = 0.9^(1/DECAY) - 1 = 0.980346; R(t,S) = (1 + FACTOR·t/S)^DECAY
    QCOMPARE(m_fsrs.retrievability(0, 5), 1.0);
    QVERIFY(std::abs(m_fsrs.retrievability(10, 10) - 0.9) < 1e-12); // R(S, S) = 90% by definition
    // (1 + 0.980346·3)^-0.1542 = 3.941039^-0.1542 = e^(-0.1542·1.371445) = 0.809388
    QVERIFY(std::abs(m_fsrs.retrievability(30, 10) - 0.809388) < 1e-5);
    QVERIFY(m_fsrs.retrievability(365, 10) < m_fsrs.retrievability(30, 10)); // keeps falling
}

void FsrsTest::interval_atRetention_data()
{
    QTest::addColumn<double>("stability");
    QTest::addColumn<double>("retention");
    QTest::addColumn<double>("days");
    QTest::addColumn<int>("wholeDays");
    // I(r,S) = S/FACTOR · (r^(1/DECAY) - 1)
    QTest::newRow("nominal: at 0.9 the interval is S itself") << 2.3065 << 0.9 << 2.3065 << 2;
    QTest::newRow("nominal: 0.9, S = 8.2956") << 8.2956 << 0.9 << 8.2956 << 8;
    QTest::newRow("nominal: 0.8 waits longer: 10/0.980346·(0.8^-6.485 - 1)")
        << 10.0 << 0.8 << 33.159598 << 33;
    QTest::newRow("nominal: 0.95 comes back sooner") << 10.0 << 0.95 << 4.025587 << 4;
    QTest::newRow("robustness: never under a day") << 0.212 << 0.9 << 0.212 << 1;
}

void FsrsTest::interval_atRetention()
{
    QFETCH(double, stability);
    QFETCH(double, retention);
    QFETCH(double, days);
    QFETCH(int, wholeDays);
    QVERIFY(std::abs(m_fsrs.interval(stability, retention) - days) < 1e-4);
    QCOMPARE(m_fsrs.intervalDays(stability, retention), wholeDays);
}

void FsrsTest::difficulty_update()
{
    const double d = m_fsrs.initialDifficulty(Fsrs::Good); // 2.118104
    // D' = w7·D0(4, unclamped) + (1-w7)·(D + (10-D)·ΔD/9), ΔD = -w6·(G-3)
    // Good: ΔD = 0: 0.001·(-4.771631) + 0.999·2.118104 = 2.111214
    QVERIFY(std::abs(m_fsrs.nextDifficulty(d, Fsrs::Good) - 2.111214) < 1e-5);
    // Again: ΔD = 6.0388: 2.118104 + 7.881896·6.0388/9 = 7.406694; 0.001·-4.771631 + 0.999·7.406694
    // = 7.394503
    QVERIFY(std::abs(m_fsrs.nextDifficulty(d, Fsrs::Again) - 7.394503) < 1e-5);
    // Easy pushes below 1: clamped.
    QCOMPARE(m_fsrs.nextDifficulty(d, Fsrs::Easy), 1.0);
    QCOMPARE(m_fsrs.nextDifficulty(10.0, Fsrs::Again), 10.0 * 0.999 + 0.001 * -4.771630703161737);
}

void FsrsTest::recall_afterThreeDays()
{
    // Good on day 0 (S = 2.3065, D = 2.118104), Good again on day 3: R = (1 + 0.980346·3/2.3065)^-0.1542 =
    // 0.880948; S' = S·(1 + e^1.8722·(11-D)·S^-0.1666·(e^(0.796·0.119052) - 1)) = 13.826904
    const Fsrs::Memory after = m_fsrs.next(m_fsrs.first(Fsrs::Good), 3, Fsrs::Good);
    QVERIFY(std::abs(after.stability - 13.826904) < 1e-4);
    QVERIFY(std::abs(after.difficulty - 2.111214) < 1e-5);
    // Hard multiplies the growth by w15 = 0.6014, Easy by w16 = 1.8729.
    QVERIFY(std::abs(m_fsrs.next(m_fsrs.first(Fsrs::Good), 3, Fsrs::Hard).stability - 9.234871) < 1e-4);
    QVERIFY(std::abs(m_fsrs.next(m_fsrs.first(Fsrs::Good), 3, Fsrs::Easy).stability - 23.883064) < 1e-4);
}

void FsrsTest::lapse_afterThreeDays()
{
    // Again on day 3: min(w11·D^-w12·((S+1)^w13 - 1)·e^(w14·(1-R)), S/e^(w17·w18))
    //   = min(1.4835·2.118104^-0.0614·(3.3065^0.2629 - 1)·e^(1.6483·0.119052), 2.3065/e^0.049476)
    //   = min(0.636851, 2.193802) = 0.636851
    const Fsrs::Memory after = m_fsrs.next(m_fsrs.first(Fsrs::Good), 3, Fsrs::Again);
    QVERIFY(std::abs(after.stability - 0.636851) < 1e-5);
    QVERIFY(after.stability < m_fsrs.first(Fsrs::Good).stability);
}

void FsrsTest::sameDay_shortTerm()
{
    // Same day: S' = S·e^(w17·(G-3+w18))·S^-w19; Good never lowers S.
    QCOMPARE(m_fsrs.next(m_fsrs.first(Fsrs::Good), 0, Fsrs::Good).stability, 2.3065);
    // Again: 2.3065·e^(0.5425·(-2 + 0.0912))·2.3065^-0.0658 = 0.775084
    QVERIFY(std::abs(m_fsrs.next(m_fsrs.first(Fsrs::Good), 0, Fsrs::Again).stability - 0.775084) < 1e-5);
}

void FsrsTest::replay_sequenceWithLapse()
{
    // Good day 0, Good day 3 (S 13.826904, due in round(13.83) = 14 days), then forgotten 19 days later.
    const QList<UserStore::Review> log
        = {{0, QStringLiteral("go/x"), 3, at(0), 0, QStringLiteral("review"), 0},
           {0, QStringLiteral("go/x"), 3, at(3), 0, QStringLiteral("review"), 0}};
    StudyState::Card card = StudyState::replay(m_fsrs, 0.9, log);
    QCOMPARE(card.reviews, 2);
    QCOMPARE(card.due, at(17));
    QList<UserStore::Review> lapsed = log;
    lapsed.append({0, QStringLiteral("go/x"), 1, at(22), 0, QStringLiteral("review"), 0});
    card = StudyState::replay(m_fsrs, 0.9, lapsed);
    // R after 19 days = (1 + 0.980346·19/13.826904)^-0.1542 = 0.876725; S' = 1.791348, D' = 7.392238
    QVERIFY(std::abs(card.memory.stability - 1.791348) < 1e-4);
    QVERIFY(std::abs(card.memory.difficulty - 7.392238) < 1e-5);
    QCOMPARE(card.lapses, 1);
    QCOMPARE(card.due, at(22).addSecs(StudyState::RelearnMinutes * 60)); // back in the same session
}

void FsrsTest::queue_dueWeakFirstThenNew()
{
    QString error;
    auto store = UserStore::open(m_dir.filePath(QString::number(++m_counter)), &error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Two due questions (reviewed "Good" 5 days ago: due after 2), one of them weak; one not due yet.
    for (const char *id : {"go/select", "go/json", "go/context"}) {
        QVERIFY(store->addReview({0, QLatin1String(id), 3, now.addDays(-5), 0, QStringLiteral("review"), 0}));
    }
    QVERIFY(store->addReview(
        {0, QStringLiteral("go/context"), 4, now.addSecs(-60), 0, QStringLiteral("review"), 0}));
    QVERIFY(store->setFlag(QStringLiteral("go/json"), UserStore::Flag::Weak, true));
    QVERIFY(store->setFlag(QStringLiteral("go/iterators"), UserStore::Flag::Weak, true));
    StudyState state(m_bank.get(), store.get());
    const QList<StudyState::QueueEntry> queue = state.queue(now, 3);
    QCOMPARE(queue.size(), 5);
    QCOMPARE(queue.at(0).questionId, QStringLiteral("go/json")); // due and weak
    QCOMPARE(queue.at(1).questionId, QStringLiteral("go/select")); // due
    QVERIFY(queue.at(0).recall > 0 && queue.at(0).recall < 0.9);
    QCOMPARE(queue.at(2).questionId, QStringLiteral("go/iterators")); // new and weak
    QVERIFY(queue.at(2).isNew);
    QCOMPARE(queue.at(3).questionId, m_bank->questionIds().first()); // then new, in reading order
    QCOMPARE(state.dueCount(now), 2);
}

void FsrsTest::reviews_persistAndMoveDueDates()
{
    const QString folder = m_dir.filePath(QString::number(++m_counter));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    {
        QString error;
        auto store = UserStore::open(folder, &error);
        StudyState state(m_bank.get(), store.get());
        QSignalSpy changed(&state, &StudyState::changed);
        QVERIFY(state.queue(now, 1).first().isNew);
        QVERIFY(
            store->addReview({0, QStringLiteral("go/zero-value"), 3, now, 0, QStringLiteral("review"), 0}));
        QCOMPARE(changed.count(), 1); // the state follows the log
        QCOMPARE(state.card(QStringLiteral("go/zero-value")).due, now.addDays(2));
    }
    QString error;
    auto store = UserStore::open(folder, &error);
    StudyState state(m_bank.get(), store.get());
    QCOMPARE(state.card(QStringLiteral("go/zero-value")).due, now.addDays(2));
    QCOMPARE(state.dueCount(now), 0);
    QCOMPARE(state.dueCount(now.addDays(2)), 1);
    // "Good" again when due moves it out by the new stability: 8 days at these parameters.
    const StudyState::Card next
        = state.apply(state.card(QStringLiteral("go/zero-value")), Fsrs::Good, now.addDays(2));
    QVERIFY(next.due > now.addDays(2 + 5));
    const std::array<qint64, 4> preview
        = state.previewSeconds(state.card(QStringLiteral("go/zero-value")), now.addDays(2));
    QCOMPARE(preview[0], qint64(StudyState::RelearnMinutes * 60));
    QVERIFY(preview[1] < preview[2] && preview[2] < preview[3]);
}

void FsrsTest::plan_predictionsAndToday()
{
    QString error;
    auto store = UserStore::open(m_dir.filePath(QString::number(++m_counter)), &error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Reviewed "Easy" 1 day ago: S = 8.2956. Reviewed "Again" 1 day ago: S = 0.212.
    QVERIFY(store->addReview(
        {0, QStringLiteral("go/select"), 4, now.addDays(-1), 0, QStringLiteral("review"), 0}));
    QVERIFY(
        store->addReview({0, QStringLiteral("go/json"), 1, now.addDays(-1), 0, QStringLiteral("review"), 0}));
    StudyState state(m_bank.get(), store.get());
    const QDate interview = now.toLocalTime().date().addDays(10);
    const StudyState::Plan plan = state.plan(interview, 0.9, now);
    QCOMPARE(plan.daysLeft, 10);
    QCOMPARE(plan.items.size(), m_bank->questionCount());
    const auto item = [&](const QString &id) {
        return *std::find_if(plan.items.cbegin(), plan.items.cend(),
                             [&](const auto &i) { return i.questionId == id; });
    };
    // go/select on the day, 11 whole days after its review: R = (1 + 0.980346·11/8.2956)^-0.1542 = 0.859634
    const QDateTime day = QDateTime(interview, QTime(9, 0)).toUTC();
    const double days = std::floor(double(now.addDays(-1).secsTo(day)) / 86400.0);
    const double expected = std::pow(1 + 0.9803464944134797 * days / 8.2956, -0.1542);
    QVERIFY(std::abs(item(QStringLiteral("go/select")).recallOnDate - expected) < 1e-9);
    // Today, one whole day after the review: (1 + 0.980346/8.2956)^-0.1542 = 0.982923
    QVERIFY(std::abs(item(QStringLiteral("go/select")).recallToday - 0.982923) < 1e-6);
    // Forgotten yesterday: far below the target today, so it is first on today's list and at risk.
    QVERIFY(item(QStringLiteral("go/json")).recallToday < 0.9);
    QCOMPARE(plan.today.first(), QStringLiteral("go/json"));
    QCOMPARE(plan.atRisk.first(), QStringLiteral("go/json"));
    QVERIFY(plan.atRisk.contains(QStringLiteral("go/select"))); // 0.86 on the day is below 0.9 too
    QCOMPARE(plan.notStarted, m_bank->questionCount() - 2);
    QCOMPARE(plan.ready, 0);
    // go/json (slipped) today, plus the other 64 not ready spread over the 10 days left: 1 + ceil(64 / 10).
    QCOMPARE(plan.today.size(), 1 + int(std::ceil(double(m_bank->questionCount() - 1) / 10.0)));
    // After the slipped one come new questions, in reading order.
    QCOMPARE(plan.today.at(1), m_bank->questionIds().first());
    // With a lower target, go/select is ready for the day.
    QCOMPARE(state.plan(interview, 0.85, now).ready, 1);
}

void FsrsTest::progress_figures()
{
    QString error;
    auto store = UserStore::open(m_dir.filePath(QString::number(++m_counter)), &error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(store->addReview(
        {0, QStringLiteral("go/zero-value"), 3, now.addDays(-2), 0, QStringLiteral("review"), 0}));
    QVERIFY(store->addReview(
        {0, QStringLiteral("go/zero-value"), 3, now.addDays(-1), 0, QStringLiteral("review"), 0}));
    QVERIFY(store->addReview({0, QStringLiteral("go/select"), 3, now, 0, QStringLiteral("drill"), 0}));
    StudyState state(m_bank.get(), store.get());
    const StudyState::Progress progress = state.progress(now);
    QCOMPARE(progress.totalReviews, 3);
    QCOMPARE(progress.streak, 3);
    QCOMPARE(progress.reviewsPerDay.size(), 30);
    QCOMPARE(progress.reviewsPerDay.last(), 1);
    QCOMPARE(progress.reviewsPerDay.at(27), 1);
    QCOMPARE(progress.dueForecast.size(), 14);
    int forecast = 0;
    for (int count : progress.dueForecast) {
        forecast += count;
    }
    QCOMPARE(forecast, 2); // both reviewed questions fall due within two weeks
    const auto fundamentals = std::find_if(progress.sections.cbegin(), progress.sections.cend(),
                                           [](const auto &s) { return s.sectionId == u"go/fundamentals"; });
    QCOMPARE(fundamentals->reviewed, 1);
    QVERIFY(fundamentals->meanRecall > 0.9);
    QCOMPARE(progress.sections.size(), 6); // the guide is not counted
}

void FsrsTest::drill_pickAndSummary()
{
    QString error;
    auto store = UserStore::open(m_dir.filePath(QString::number(++m_counter)), &error);
    QVERIFY(store->setFlag(QStringLiteral("go/select"), UserStore::Flag::Weak, true));
    QuestionFilter concurrency;
    concurrency.sections = {QStringLiteral("go/concurrency")};
    const QStringList picked = DrillSession::pick(*m_bank, concurrency, store.get(), 5, 42);
    QCOMPARE(picked.size(), 5);
    QVERIFY(picked.contains(QStringLiteral("go/select"))); // weak topics are always in
    for (const QString &id : picked) {
        QCOMPARE(m_bank->sectionOf(id)->id, QStringLiteral("go/concurrency"));
    }
    QCOMPARE(DrillSession::pick(*m_bank, concurrency, store.get(), 5, 42), picked); // deterministic per seed
    QCOMPARE(DrillSession::pick(*m_bank, concurrency, store.get(), 500, 1).size(),
             18); // no more than there are

    DrillSession drill(picked.mid(0, 3), 90);
    QCOMPARE(drill.secondsPerQuestion(), 90);
    drill.rate(3, 45000, false);
    drill.rate(1, 90000, true);
    QVERIFY(!drill.finished());
    drill.rate(4, 30000, false);
    QVERIFY(drill.finished());
    QCOMPARE(drill.forgotten(), QStringList{picked.at(1)});
    QCOMPARE(drill.totalMs(), qint64(165000));
    QVERIFY(drill.items().at(1).timedOut);
}

QTEST_GUILESS_MAIN(FsrsTest)
#include "fsrs_test.moc"
