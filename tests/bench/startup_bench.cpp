// Benchmark: start-up time and memory against the empty Qt window, with time-to-window.sh (Xvfb +
// xdotool) measuring both programs in the same run; then the same with generated packs of the sizes
// given (a first start, which parses and indexes, and later starts, which read the caches).
//
//   startup_bench [--data DIR] [COUNT...]      e.g. startup_bench --data bench-data 10000 100000
//
// With --data, the pack of COUNT questions and its data folder are DIR/<10k>/pack and DIR/<10k>/data, as
// search_bench COUNT DIR/<10k> leaves them with their caches built: then the first start is not run again
// here (search_bench's load_<10k> is its cost) and only later starts are measured.
//
// Prints "BENCH <name> <value> <unit>" lines; asserts nothing about time.
#include "benchstats.h"
#include "content/packloader.h"
#include "packgenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace GoPrep;

namespace {

struct Window
{
    double ms = 0;
    double rssKb = 0;
};

// One call of time-to-window.sh: the medians it prints.
std::optional<Window> timeToWindow(const QStringList &command, const QProcessEnvironment &environment,
                                   int runs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(GOPREP_TIME_TO_WINDOW),
                  QStringList{QStringLiteral("-n"), QString::number(runs), QStringLiteral("--")} + command);
    if (!process.waitForFinished(30 * 60 * 1000)) {
        process.kill();
        return std::nullopt;
    }
    const QString output = QString::fromLocal8Bit(process.readAll());
    static const QRegularExpression median(QStringLiteral(R"(median: window after (\d+) ms, RSS (\d+) kB)"));
    const QRegularExpressionMatch match = median.match(output);
    if (!match.hasMatch()) {
        std::fprintf(stderr, "time-to-window.sh: %s\n", qPrintable(output.trimmed()));
        return std::nullopt;
    }
    std::printf("%s",
                qPrintable(QString(output).replace(QRegularExpression(QStringLiteral("(?m)^")),
                                                   QStringLiteral("#   "))));
    return Window{match.captured(1).toDouble(), match.captured(2).toDouble()};
}

// The steps a GoPrep start wrote to its trace (GOPREP_STARTUP_TRACE), per start: step -> ms after main().
QList<QHash<QString, double>> readTrace(const QString &path)
{
    QList<QHash<QString, double>> starts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return starts;
    }
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
        if (fields.size() < 2) {
            continue;
        }
        if (fields.first() == "window") {
            starts.append(QHash<QString, double>());
        }
        if (!starts.isEmpty()) {
            starts.last().insert(QString::fromLatin1(fields.at(0)), fields.at(1).toDouble());
        }
    }
    return starts;
}

double median(const QList<double> &values)
{
    return Bench::percentile(values, 0.5);
}

void bench(const char *name, double value, const char *unit)
{
    std::printf("BENCH %s %.2f %s\n", name, value, unit);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> counts;
    QString dataRoot;
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--data" && i + 1 < arguments.size()) {
            dataRoot = arguments.at(++i);
        } else {
            counts.append(arguments.at(i).toInt());
        }
    }
    const QString goprep = QStringLiteral(GOPREP_EXECUTABLE);
    const QString baseline = QStringLiteral(GOPREP_BASELINE);
    std::printf("# time-to-window.sh and the baseline from %s\n", GOPREP_SHARED_BENCH);
    QTemporaryDir scratch;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // a real window, on the script's Xvfb
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    // The shipped pack. A fresh data folder: the first of the runs is a first start.
    const Window base = timeToWindow({baseline}, environment, 7).value_or(Window{});
    QProcessEnvironment traced = environment;
    const QString shippedTrace = scratch.filePath(QStringLiteral("shipped.trace"));
    traced.insert(QStringLiteral("GOPREP_STARTUP_TRACE"), shippedTrace);
    const Window shipped
        = timeToWindow({goprep, QStringLiteral("--data-dir"), scratch.filePath(QStringLiteral("shipped"))},
                       traced, 7)
              .value_or(Window{});
    if (base.ms <= 0 || shipped.ms <= 0) {
        std::fprintf(stderr, "no window was measured (are xvfb and xdotool installed?)\n");
        return 1;
    }
    bench("startup_baseline", base.ms, "ms");
    bench("memory_baseline", base.rssKb / 1024, "MiB");
    bench("startup", shipped.ms, "ms");
    bench("memory", shipped.rssKb / 1024, "MiB");
    bench("startup_ratio", shipped.ms / base.ms, "x");
    bench("memory_ratio", shipped.rssKb / base.rssKb, "x");

    const PackLoadResult goPack = PackLoader().load(PackLoader::builtInPackPath());
    for (const int count : std::as_const(counts)) {
        const QString label
            = count % 1000 == 0 ? QStringLiteral("%1k").arg(count / 1000) : QString::number(count);
        const QDir folder(dataRoot.isEmpty() ? scratch.filePath(label) : QDir(dataRoot).filePath(label));
        const QString pack = folder.filePath(QStringLiteral("pack"));
        const QString data = folder.filePath(QStringLiteral("data"));
        const QStringList command{goprep, QStringLiteral("--data-dir"), data, QStringLiteral("--pack"), pack};
        const bool prepared = QFile::exists(pack + QStringLiteral("/pack.json"))
            && !QDir(data + QStringLiteral("/cache"))
                    .entryList({QStringLiteral("search-*.sqlite")})
                    .isEmpty();
        if (prepared) {
            std::printf("# the %s pack and its caches from %s (search_bench): its first start is load_%s\n",
                        qPrintable(label), qPrintable(QDir::toNativeSeparators(folder.path())),
                        qPrintable(label));
        } else if (!goPack.ok() || !PackGenerator(*goPack.pack).write(pack, count)) {
            std::fprintf(stderr, "cannot generate the %s pack\n", qPrintable(label));
            return 1;
        }

        // The first start with this pack: parses it and builds the index in the background; it runs until
        // its trace says that search is ready.
        for (bool once = !prepared; once; once = false) {
            const QString firstTrace = scratch.filePath(QStringLiteral("first-%1.trace").arg(label));
            QProcessEnvironment offscreen = environment;
            offscreen.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            offscreen.insert(QStringLiteral("GOPREP_STARTUP_TRACE"), firstTrace);
            QProcess first;
            first.setProcessEnvironment(offscreen);
            first.start(command.first(), command.mid(1));
            first.waitForStarted();
            QElapsedTimer waited;
            waited.start();
            while (readTrace(firstTrace).value(0).value(QStringLiteral("searchable")) == 0
                   && first.state() == QProcess::Running && waited.elapsed() < 30 * 60 * 1000) {
                QThread::msleep(50);
            }
            first.terminate(); // SIGTERM: GoPrep saves and quits
            first.waitForFinished(60000);
            const QHash<QString, double> cold = readTrace(firstTrace).value(0);
            if (cold.value(QStringLiteral("searchable")) == 0) {
                std::fprintf(stderr, "the first start with the %s pack never became searchable\n",
                             qPrintable(label));
                return 1;
            }
            bench(qPrintable(QStringLiteral("first_start_content_") + label),
                  cold.value(QStringLiteral("content")), "ms");
            bench(qPrintable(QStringLiteral("first_start_searchable_") + label),
                  cold.value(QStringLiteral("searchable")), "ms");
        }

        // Later starts: the packs and the index from the cache.
        const QString trace = scratch.filePath(QStringLiteral("later-%1.trace").arg(label));
        QProcessEnvironment later = environment;
        later.insert(QStringLiteral("GOPREP_STARTUP_TRACE"), trace);
        const Window base2 = timeToWindow({baseline}, environment, 5).value_or(Window{});
        const Window window = timeToWindow(command, later, 5).value_or(Window{});
        if (base2.ms <= 0 || window.ms <= 0) {
            return 1;
        }
        QList<double> offsets; // from the process's start to main(), which the trace cannot see
        QList<double> contents;
        QList<double> searchables;
        for (const QHash<QString, double> &start : readTrace(trace)) {
            if (start.value(QStringLiteral("searchable")) > 0) { // time-to-window.sh stops a start after 2 s
                contents.append(start.value(QStringLiteral("content")));
                searchables.append(start.value(QStringLiteral("searchable")));
                offsets.append(start.value(QStringLiteral("window")));
            }
        }
        const double toMain = qMax(0.0, window.ms - median(offsets));
        bench(qPrintable(QStringLiteral("startup_ratio_") + label), window.ms / base2.ms, "x");
        bench(qPrintable(QStringLiteral("memory_ratio_") + label), window.rssKb / base2.rssKb, "x");
        bench(qPrintable(QStringLiteral("memory_") + label), window.rssKb / 1024, "MiB");
        if (searchables.isEmpty()) {
            std::printf("# no later start with the %s pack became searchable within 2 s\n",
                        qPrintable(label));
            continue;
        }
        bench(qPrintable(QStringLiteral("second_start_content_") + label), toMain + median(contents), "ms");
        bench(qPrintable(QStringLiteral("second_start_searchable_") + label), toMain + median(searchables),
              "ms");
        bench(qPrintable(QStringLiteral("second_start_searchable_ratio_") + label),
              (toMain + median(searchables)) / base2.ms, "x");
    }
    return 0;
}
