#include "study/fsrs.h"

#include <algorithm>
#include <cmath>

namespace GoPrep {

namespace {

constexpr double MinStability = 0.001;
constexpr double MinDifficulty = 1.0;
constexpr double MaxDifficulty = 10.0;
constexpr int MaxIntervalDays = 36500;

double clampDifficulty(double difficulty)
{
    return std::clamp(difficulty, MinDifficulty, MaxDifficulty);
}

} // namespace

// FSRS-6 defaults as published by open-spaced-repetition (the py-fsrs, ts-fsrs and fsrs-rs defaults).
const Fsrs::Parameters Fsrs::DefaultParameters
    = {0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
       1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

Fsrs::Fsrs(const Parameters &parameters)
    : m_w(parameters)
    , m_decay(-parameters[20])
    , m_factor(std::pow(0.9, 1.0 / m_decay) - 1.0)
{ }

double Fsrs::retrievability(double elapsedDays, double stability) const
{
    return std::pow(1.0 + m_factor * std::max(0.0, elapsedDays) / std::max(stability, MinStability), m_decay);
}

double Fsrs::interval(double stability, double retention) const
{
    return stability / m_factor * (std::pow(retention, 1.0 / m_decay) - 1.0);
}

int Fsrs::intervalDays(double stability, double retention) const
{
    return std::clamp(int(std::lround(interval(stability, retention))), 1, MaxIntervalDays);
}

double Fsrs::initialDifficulty(Rating rating, bool clamp) const
{
    const double difficulty = m_w[4] - std::exp(m_w[5] * (int(rating) - 1)) + 1.0;
    return clamp ? clampDifficulty(difficulty) : difficulty;
}

Fsrs::Memory Fsrs::first(Rating rating) const
{
    return {std::max(m_w[int(rating) - 1], MinStability), initialDifficulty(rating)};
}

double Fsrs::nextDifficulty(double difficulty, Rating rating) const
{
    // A step by rating, damped as D approaches 10, then pulled a little back towards D0(Easy).
    const double delta = -m_w[6] * (int(rating) - 3);
    const double damped = difficulty + (10.0 - difficulty) * delta / 9.0;
    return clampDifficulty(m_w[7] * initialDifficulty(Easy, false) + (1.0 - m_w[7]) * damped);
}

double Fsrs::recallStability(const Memory &memory, double retrievability, Rating rating) const
{
    const double hardPenalty = rating == Hard ? m_w[15] : 1.0;
    const double easyBonus = rating == Easy ? m_w[16] : 1.0;
    const double growth = std::exp(m_w[8]) * (11.0 - memory.difficulty) * std::pow(memory.stability, -m_w[9])
        * (std::exp((1.0 - retrievability) * m_w[10]) - 1.0) * hardPenalty * easyBonus;
    return memory.stability * (1.0 + growth);
}

double Fsrs::forgetStability(const Memory &memory, double retrievability) const
{
    const double longTerm = m_w[11] * std::pow(memory.difficulty, -m_w[12])
        * (std::pow(memory.stability + 1.0, m_w[13]) - 1.0) * std::exp((1.0 - retrievability) * m_w[14]);
    // A lapse never leaves the memory stronger than a same-day "Again" would.
    const double shortTerm = memory.stability / std::exp(m_w[17] * m_w[18]);
    return std::min(longTerm, shortTerm);
}

double Fsrs::shortTermStability(double stability, Rating rating) const
{
    double increase = std::exp(m_w[17] * (int(rating) - 3 + m_w[18])) * std::pow(stability, -m_w[19]);
    if (rating >= Good) {
        increase = std::max(increase, 1.0); // a good answer the same day never lowers stability
    }
    return stability * increase;
}

Fsrs::Memory Fsrs::next(const Memory &memory, double elapsedDays, Rating rating) const
{
    Memory result;
    if (elapsedDays < 1.0) {
        result.stability = shortTermStability(memory.stability, rating);
    } else {
        const double r = retrievability(elapsedDays, memory.stability);
        result.stability = rating == Again ? forgetStability(memory, r) : recallStability(memory, r, rating);
    }
    result.stability = std::max(result.stability, MinStability);
    result.difficulty = nextDifficulty(memory.difficulty, rating);
    return result;
}

} // namespace GoPrep
