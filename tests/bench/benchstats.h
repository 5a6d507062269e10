#pragma once

#include <QList>

#include <algorithm>

namespace GoPrep::Bench {

// The p-quantile (0..1) of the measurements, by the nearest rank: 0.5 gives the median.
inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    return values.at(qMin(values.size() - 1, qsizetype(p * double(values.size()))));
}

} // namespace GoPrep::Bench
