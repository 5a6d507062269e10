// Benchmark: opening an answer as the reading pane does it (Markdown to a document, code highlighted,
// the visible part laid out and painted), for every question of the Go pack, several rounds. The budget
// (DESIGN.md) is one frame, 16 ms. Prints BENCH lines; asserts nothing about time.
#include "answerview.h"
#include "appearance.h"
#include "benchstats.h"
#include "content/packloader.h"
#include "content/questionbank.h"
#include "render/codehighlighter.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

using namespace GoPrep;

using Bench::percentile;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    Appearance::apply(Appearance::Mode::Light);
    PackErrors errors;
    const QuestionBank bank = QuestionBank::load({PackLoader::builtInPackPath()}, &errors);
    if (!errors.isEmpty()) {
        std::fprintf(stderr, "the Go pack did not load\n");
        return 1;
    }
    AnswerView view(&bank);
    view.resize(900, 760); // the reading pane of a 1280 x 800 window
    view.show();
    QCoreApplication::processEvents();

    QList<const Question *> questions;
    for (const Section *section : bank.sections()) {
        for (const Question &question : section->questions) {
            questions.append(&question);
        }
    }
    QList<double> times;
    const Question *slowest = nullptr;
    double slowestMs = 0;
    QElapsedTimer timer;
    for (int round = 0; round < 6; ++round) {
        for (const Question *question : std::as_const(questions)) {
            timer.start();
            view.showQuestion(*question);
            view.viewport()->repaint(); // layout and paint of what is on screen, now rather than later
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (round == 0) {
                continue; // the first round warms fonts and caches: a person opens many answers
            }
            times.append(ms);
            if (ms > slowestMs) {
                slowestMs = ms;
                slowest = question;
            }
        }
    }
    std::printf("# %lld answers opened with the %s highlighter\n", qlonglong(times.size()),
                qPrintable(CodeHighlighter::backendName()));
    std::printf("BENCH render_median %.2f ms\n", percentile(times, 0.5));
    std::printf("BENCH render_p95 %.2f ms\n", percentile(times, 0.95));
    std::printf("BENCH render_max %.2f ms\n", slowestMs);
    if (slowest) {
        std::printf("# slowest: %s\n", qPrintable(slowest->id));
    }
    return 0;
}
