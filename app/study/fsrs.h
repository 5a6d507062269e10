#pragma once

#include <QDateTime>
#include <QList>

#include <array>

namespace GoPrep {

// The FSRS-6 memory model (open-spaced-repetition's "Free Spaced Repetition Scheduler", version 6) with its
// 21 published default parameters: how well a learner will recall an answer t days after a review
// (retrievability R), how fast that decays (stability S, the days for R to fall to 90%) and how hard the
// answer is for them (difficulty D, 1 to 10). Written from the published formulas; every review's rating
// updates S and D, and the schedule follows from S and the retention the learner asks for.
class Fsrs
{
public:
    enum Rating { Again = 1, Hard = 2, Good = 3, Easy = 4 };
    using Parameters = std::array<double, 21>;
    static const Parameters DefaultParameters;

    struct Memory
    {
        double stability = 0;
        double difficulty = 0;
    };

    explicit Fsrs(const Parameters &parameters = DefaultParameters);

    // R(t, S) = (1 + FACTOR·t/S)^DECAY, with DECAY = -w20 and FACTOR chosen so that R(S, S) = 0.9.
    double retrievability(double elapsedDays, double stability) const;
    // The days after which R falls to retention: I(r, S) = S/FACTOR · (r^(1/DECAY) − 1).
    double interval(double stability, double retention) const;
    // The same, as whole days for a schedule: rounded, at least 1, at most 100 years.
    int intervalDays(double stability, double retention) const;

    Memory first(Rating rating) const;
    // The memory after a review elapsedDays after the previous one (same day: less than one).
    Memory next(const Memory &memory, double elapsedDays, Rating rating) const;

    double initialDifficulty(Rating rating, bool clamp = true) const;
    double nextDifficulty(double difficulty, Rating rating) const;
    double recallStability(const Memory &memory, double retrievability, Rating rating) const;
    double forgetStability(const Memory &memory, double retrievability) const;
    double shortTermStability(double stability, Rating rating) const;

private:
    Parameters m_w;
    double m_decay = 0;
    double m_factor = 0;
};

} // namespace GoPrep
