#pragma once

// The note text the crash writer saves for (question, version): long enough to span pages, and checkable,
// so a note that was cut short or mixed with another version is told from an intact one.
#include <QString>

namespace GoPrep::Testing {

inline QString crashNoteText(const QString &id, int version)
{
    const QString head = QStringLiteral("%1 version %2\n").arg(id).arg(version);
    const int repeat = 1 + (version * 37 + int(id.size()) * 11) % 300; // from about 30 bytes to 9 KB
    return head + QStringLiteral("%1 ").arg(version).repeated(repeat)
        + QStringLiteral("\nend %1").arg(version);
}

inline int crashNoteVersion(const QString &text)
{
    return text.section(u'\n', 0, 0).section(u' ', 2, 2).toInt();
}

} // namespace GoPrep::Testing
