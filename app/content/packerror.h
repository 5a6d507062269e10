#pragma once

#include <QList>
#include <QString>

namespace GoPrep {

// A problem found in a pack, located so an author can jump to it: "file:line: message".
struct PackError
{
    QString file; // path as the user gave it (folder + file name), or a resource path
    int line = 0; // 1-based; 0 when the problem is the file as a whole
    QString message;

    QString toString() const;
    friend bool operator==(const PackError &, const PackError &) = default;
};

using PackErrors = QList<PackError>;

} // namespace GoPrep
