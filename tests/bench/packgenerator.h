#pragma once

#include "core/status.h"

#include <QString>

namespace GoPrep {

class Pack;

// Writes a large, realistic pack for benchmarks: question n is a variant of question n mod 65 of the Go
// pack (its answer length, code blocks, tags and links), with the words of the answer partly replaced by
// others so that the index sees a vocabulary that grows with the pack, as merged packs would. Sections of
// 100 questions (more above 25,600, the loader's limit being 256 sections). Deterministic: the same count
// gives the same pack.
class PackGenerator
{
public:
    explicit PackGenerator(const Pack &templatePack);

    Status write(const QString &folder, int questionCount) const;

private:
    const Pack &m_template;
};

} // namespace GoPrep
