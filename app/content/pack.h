#pragma once

#include "content/section.h"

#include <QHash>
#include <QList>
#include <QString>

namespace GoPrep {

// A loaded question pack: metadata from pack.json and its sections in display order.
// Questions are looked up by their stable id, never by position.
class Pack
{
public:
    QString id;
    QString title;
    QString version;
    QString language;
    QString licence;
    QString description;
    QString goVersion;
    QString origin; // folder or resource prefix it was loaded from
    QList<Section> sections;

    // Rebuilds the id index; the loader calls it once the sections are complete.
    void reindex();

    const Question *question(const QString &questionId) const;
    const Section *section(const QString &sectionId) const;
    int questionCount() const;

private:
    struct Position
    {
        int section = -1;
        int question = -1;
    };
    // Two indexes: a section and a question may share a local id ("go/generics").
    QHash<QString, Position> m_questionIndex;
    QHash<QString, int> m_sectionIndex;
};

} // namespace GoPrep
