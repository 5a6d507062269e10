#pragma once

// Writes small packs into a folder so loader and command-line tests describe their input in place.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QMap>
#include <QString>

namespace GoPrep::Testing {

using PackFiles = QMap<QString, QByteArray>;

inline QByteArray validManifest()
{
    return R"({
  "format": 1,
  "id": "demo",
  "title": "Demo pack",
  "version": "1.0",
  "language": "en",
  "licence": "CC0-1.0",
  "sections": [
    { "id": "basics", "title": "Basics", "file": "basics.md" },
    { "id": "guide", "title": "Guide", "file": "guide.md", "kind": "guide" }
  ]
}
)";
}

inline QByteArray validBasics()
{
    return R"(# Basics

The basics of the language.

## What is a goroutine? {#goroutine}

tags: concurrency, runtime
level: junior
related: zero

### Short answer

A function running concurrently, scheduled by the Go runtime.

### Explanation

See also [the zero value](#zero).

```go
package main

func main() {
	go func() {}()
}
```

### Follow-up questions

- *How big is its stack?* Small, and it grows.
- *Who schedules it?* The runtime.

### Pitfalls

- Leaking it.

## What is the zero value? {#zero}

tags: types
level: mid

### Short answer

The value a variable has before anything is assigned.

```go fragment
var s []int
## not a heading: this is inside code
s = append(s, 1)
```
)";
}

inline QByteArray validGuide()
{
    return "# Guide\n\nRead every answer twice.\n\n## A plan\n\nOne section a day.\n";
}

inline PackFiles validPack()
{
    return {{QStringLiteral("pack.json"), validManifest()},
            {QStringLiteral("basics.md"), validBasics()},
            {QStringLiteral("guide.md"), validGuide()}};
}

// Writes files into folder; a null QByteArray removes the file of that name.
inline bool writePack(const QString &folder, const PackFiles &files)
{
    QDir().mkpath(folder);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = folder + u'/' + it.key();
        if (it.value().isNull()) {
            QFile::remove(path);
            continue;
        }
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(it.value()) != it.value().size()) {
            return false;
        }
    }
    return true;
}

} // namespace GoPrep::Testing
