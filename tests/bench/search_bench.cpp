// Benchmark: search over a generated 10,000-question pack. Prints BENCH lines; the budget (DESIGN.md) is
// a median under 10 ms. Not a test: it asserts nothing about time, it measures.
#include "benchstats.h"
#include "content/foldersource.h"
#include "content/packcache.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "core/apppaths.h"
#include "packgenerator.h"
#include "search/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace GoPrep;

using Bench::percentile;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    const QString label
        = count % 1000 == 0 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);

    const PackLoadResult goPack = PackLoader().load(PackLoader::builtInPackPath());
    // The pack and the data folder (with its cache) in a temporary folder or, given a second argument, in
    // that folder: there startup_bench finds them, as GoPrep started with --data-dir DATA --pack PACK.
    QTemporaryDir temporary;
    const QString keep = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    const QDir dir(keep.isEmpty() ? temporary.path() : keep);
    const QString pack = dir.filePath(QStringLiteral("pack"));
    QDir(dir.filePath(QStringLiteral("data/cache"))).removeRecursively(); // a first start
    QElapsedTimer generation;
    generation.start();
    if (!goPack.ok() || !PackGenerator(*goPack.pack).write(pack, count)) {
        std::fprintf(stderr, "cannot generate the pack\n");
        return 1;
    }
    // First start: the packs are parsed and the index is built, both into the cache.
    std::printf("# generated in %.1f s\n", double(generation.elapsed()) / 1000);
    // What GoPrep loads: its own pack, then this one; both through the cache of the data folder.
    const QString cacheFolder = AppPaths(dir.filePath(QStringLiteral("data"))).cacheFolder();
    const QStringList folders{PackLoader::builtInPackPath(), pack};
    const int total = count + goPack.pack->questionCount();
    const PackCache packCache(cacheFolder + QStringLiteral("/packs"));
    QElapsedTimer timer;
    timer.start();
    PackErrors errors;
    const QuestionBank coldBank = QuestionBank::load(folders, &errors, packCache);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!errors.isEmpty() || coldBank.questionCount() != total) {
        std::fprintf(stderr, "generated pack did not load: %s\n",
                     errors.isEmpty() ? "wrong count" : qPrintable(errors.first().toString()));
        return 1;
    }
    timer.restart();
    {
        SearchIndex coldIndex;
        if (!coldIndex.prepare(coldBank, nullptr, cacheFolder, SearchIndex::Wait::Block)) {
            return 1;
        }
    }
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;

    // Every later start: both from the cache. First its parts, for the record.
    timer.restart();
    const QByteArray key = PackCache::contentKey(FolderSource(pack));
    const double keyMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const bool readBack = packCache.read(key).has_value();
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    std::printf("# cache: content key %.1f ms, reading the parsed pack back %.1f ms (%s)\n", keyMs, readMs,
                readBack ? "read" : "FAILED");
    timer.restart();
    const QuestionBank bank = QuestionBank::load(folders, &errors, packCache);
    const double cachedLoadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    SearchIndex index;
    if (!index.prepare(bank, nullptr, cacheFolder, SearchIndex::Wait::Block)) {
        return 1;
    }
    const double cachedIndexMs = double(timer.nsecsElapsed()) / 1e6;
    if (bank.packsFromCache() != 2 || !index.openedFromCache()) {
        std::fprintf(stderr, "the second load did not come from the cache\n");
        return 1;
    }

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
    const int snippets = qEnvironmentVariableIsSet("GOPREP_BENCH_SNIPPETS")
        ? qEnvironmentVariableIntValue("GOPREP_BENCH_SNIPPETS")
        : 10;
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
            const SearchIndex::Result result = index.search(query, 100, snippets);
            times.append(double(timer.nsecsElapsed()) / 1e6);
            found += result.hits.isEmpty() ? 0 : 1;
        }
    }
    std::printf("BENCH load_pack_%s %.1f ms\n", qPrintable(label), loadMs);
    std::printf("BENCH index_%s %.1f ms\n", qPrintable(label), indexMs);
    std::printf("BENCH load_%s %.1f ms\n", qPrintable(label), loadMs + indexMs);
    std::printf("BENCH load_pack_%s_cached %.1f ms\n", qPrintable(label), cachedLoadMs);
    std::printf("BENCH index_%s_cached %.1f ms\n", qPrintable(label), cachedIndexMs);
    std::printf("BENCH load_%s_cached %.1f ms\n", qPrintable(label), cachedLoadMs + cachedIndexMs);
    std::printf("BENCH search_%s_median %.2f ms\n", qPrintable(label), percentile(times, 0.5));
    std::printf("BENCH search_%s_p95 %.2f ms\n", qPrintable(label), percentile(times, 0.95));
    std::printf("# %lld searches, %d with results\n", qlonglong(times.size()), found);
    return 0;
}
