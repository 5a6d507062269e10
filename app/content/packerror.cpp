#include "content/packerror.h"

namespace GoPrep {

QString PackError::toString() const
{
    // The compiler-style location is what editors and terminals turn into a link.
    return file + u':' + QString::number(qMax(line, 1)) + u": " + message;
}

} // namespace GoPrep
