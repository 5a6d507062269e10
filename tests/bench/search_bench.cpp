// Benchmark: search over a generated 10,000-question pack. Prints BENCH lines; the budget (DESIGN.md) is
// a median under 10 ms. Not a test: it asserts nothing about time, it measures.
#include "content/packloader.h"
#include "content/questionbank.h"
#include "packgenerator.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace GoPrep;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QString label
        = count % 1000 == 0 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);

    const PackLoadResult goPack = PackLoader().load(PackLoader::builtInPackPath());
    QTemporaryDir dir;
    if (!goPack.ok() || !PackGenerator(*goPack.pack).write(dir.path(), count)) {
        std::fprintf(stderr, "cannot generate the pack\n");
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    PackErrors errors;
    const QuestionBank bank = QuestionBank::load({dir.path()}, &errors);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!errors.isEmpty() || bank.questionCount() != count) {
        std::fprintf(stderr, "generated pack did not load: %s\n",
                     errors.isEmpty() ? "wrong count" : qPrintable(errors.first().toString()));
        return 1;
    }
    timer.restart();
    SearchIndex index;
    if (!index.build(bank, nullptr)) {
        return 1;
    }
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;

    // What people type: words, prefixes while typing, several words, typos, code.
    const QStringList queries = {
        QStringLiteral("goroutine"),
        QStringLiteral("gorout"),
        QStringLiteral("channel close"),
        QStringLiteral("select"),
        QStringLiteral("context cancel"),
        QStringLiteral("mutex"),
        QStringLiteral("rwmutex reader"),
        QStringLiteral("escape analysis"),
        QStringLiteral("garbage collector"),
        QStringLiteral("slice capacity"),
        QStringLiteral("append"),
        QStringLiteral("interface nil"),
        QStringLiteral("typed nil"),
        QStringLiteral("generics constraint"),
        QStringLiteral("map iteration order"),
        QStringLiteral("errgroup"),
        QStringLiteral("singleflight"),
        QStringLiteral("json omitempty"),
        QStringLiteral("http server timeout"),
        QStringLiteral("graceful shutdown"),
        QStringLiteral("rate limiter"),
        QStringLiteral("pipeline backpressure"),
        QStringLiteral("gorutine"),
        QStringLiteral("mutx"),
        QStringLiteral("contxet"),
        QStringLiteral("waitgroup go"),
        QStringLiteral("sync.Once"),
        QStringLiteral("atomic.Int64"),
        QStringLiteral("defer recover panic"),
        QStringLiteral("iter.Seq"),
        QStringLiteral("range over func"),
        QStringLiteral("GOMEMLIMIT"),
        QStringLiteral("pprof profile"),
        QStringLiteral("fuzz"),
        QStringLiteral("slog handler"),
        QStringLiteral("os.Root"),
        QStringLiteral("b.Loop benchmark"),
        QStringLiteral("swiss table"),
        QStringLiteral("synctest bubble"),
        QStringLiteral("c"),
        QStringLiteral("go"),
        QStringLiteral("zzzz nothing"),
    };
    QList<double> times;
    int found = 0;
    if (qEnvironmentVariableIsSet("GOPREP_BENCH_VERBOSE")) {
        for (const QString &query : queries) {
            timer.restart();
            const SearchIndex::Result result = index.search(query);
            std::printf("# %-24s %7.2f ms %lld hits\n", qPrintable(query), double(timer.nsecsElapsed()) / 1e6,
                        qlonglong(result.hits.size()));
        }
    }
    for (int round = 0; round < 5; ++round) {
        for (const QString &query : queries) {
            timer.restart();
            const SearchIndex::Result result = index.search(query);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            found += result.hits.isEmpty() ? 0 : 1;
        }
    }
    std::printf("BENCH load_pack_%s %.1f ms\n", qPrintable(label), loadMs);
    std::printf("BENCH index_%s %.1f ms\n", qPrintable(label), indexMs);
    std::printf("BENCH load_%s %.1f ms\n", qPrintable(label), loadMs + indexMs);
    std::printf("BENCH search_%s_median %.2f ms\n", qPrintable(label), percentile(times, 0.5));
    std::printf("BENCH search_%s_p95 %.2f ms\n", qPrintable(label), percentile(times, 0.95));
    std::printf("# %lld searches, %d with results\n", qlonglong(times.size()), found);
    return 0;
}
