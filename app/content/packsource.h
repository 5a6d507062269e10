#pragma once

#include <QByteArray>
#include <QString>

namespace GoPrep {

// Where the files of a pack come from: a folder on disk (or a resource prefix), or memory (tests and the
// fuzzer). The loader asks only for file names it has checked; a source applies its own safety rules.
class PackSource
{
public:
    struct File
    {
        QByteArray data;
        QString error; // empty when read; otherwise why not, for "file:line: message"
    };

    virtual ~PackSource() = default;
    // An error about the pack as a whole (the folder is missing), or empty.
    virtual QString checkRoot() const { return {}; }
    // The path shown in messages: what a person can open in an editor.
    virtual QString displayPath(const QString &fileName) const = 0;
    // The file's bytes, or an error; never more than maxBytes.
    virtual File read(const QString &fileName, qint64 maxBytes) const = 0;
    // What the pack is known by: its folder or resource prefix.
    virtual QString origin() const = 0;
};

} // namespace GoPrep
