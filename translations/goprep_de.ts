<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>GoPrep::AnswerDocument</name>
    <message>
        <source>Level: %1 · Tags: %2</source>
        <translation>Stufe: %1 · Schlagwörter: %2</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>Kurzantwort</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Verwandte Fragen</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>GoPrep::AnswerView</name>
    <message>
        <source>Copy Code Block</source>
        <translation>Codeblock kopieren</translation>
    </message>
</context>
<context>
    <name>GoPrep::BarChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheet</name>
    <message>
        <source>Weak topics</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet: %1</source>
        <translation>GoPrep-Spickzettel: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · %1</source>
        <translation>
            <numerusform>%n Frage · %1</numerusform>
            <numerusform>%n Fragen · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My note</source>
        <translation>Meine Notiz</translation>
    </message>
    <message>
        <source>No weak topics yet: mark some with Ctrl+E, or choose bookmarks or all questions.</source>
        <translation>Noch keine Schwachstellen: Markieren Sie einige mit Strg+E oder wählen Sie stattdessen Lesezeichen oder alle Fragen.</translation>
    </message>
    <message>
        <source>No bookmarks yet: add some with Ctrl+D, or choose weak topics or all questions.</source>
        <translation>Noch keine Lesezeichen: Setzen Sie einige mit Strg+D oder wählen Sie stattdessen Schwachstellen oder alle Fragen.</translation>
    </message>
    <message>
        <source>There are no questions in %1.</source>
        <translation>In „%1“ gibt es keine Fragen.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheetDialog</name>
    <message>
        <source>Cheat Sheet</source>
        <translation>Spickzettel</translation>
    </message>
    <message>
        <source>Questions on the sheet</source>
        <translation>Fragen auf dem Spickzettel</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Abschnitt:</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n question(s)</source>
        <translation>
            <numerusform>Alle &amp;Fragen (%n)</numerusform>
            <numerusform>Alle &amp;Fragen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation>Ihre &amp;Notizen</translation>
    </message>
    <message>
        <source>Short Go &amp;examples</source>
        <translation>Kurze Go-&amp;Beispiele</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern …</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>&amp;Weak topics (%1)</source>
        <translation>&amp;Schwachstellen (%1)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks (%1)</source>
        <translation>&amp;Lesezeichen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the sheet.</source>
        <translation>
            <numerusform>%n Frage auf dem Spickzettel.</numerusform>
            <numerusform>%n Fragen auf dem Spickzettel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put on the sheet: choose other questions.</source>
        <translation>Nichts für den Spickzettel: Wählen Sie andere Fragen.</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet %1.pdf</source>
        <translation>GoPrep-Spickzettel %1.pdf</translation>
    </message>
    <message>
        <source>Save Cheat Sheet</source>
        <translation>Spickzettel speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet was not saved</source>
        <translation>Der Spickzettel wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet</source>
        <translation>GoPrep-Spickzettel</translation>
    </message>
</context>
<context>
    <name>GoPrep::CliActions</name>
    <message>
        <source>Nothing to search for: give --search some words.</source>
        <translation>Kein Suchbegriff: Übergeben Sie --search ein oder mehrere Wörter.</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Imported %1: %2 notes added, %3 updated, %4 merged keeping both texts; %5 marks and %6 reviews added.</source>
        <translation>%1 importiert: %2 Notizen hinzugefügt, %3 aktualisiert, %4 zusammengeführt (beide Texte behalten); %5 Markierungen und %6 Wiederholungen hinzugefügt.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n Problem gefunden.</numerusform>
            <numerusform>%n Probleme gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid pack &apos;%2&apos; %3, %4 sections, %5 questions.</source>
        <translation>%1: gültiges Fragenpaket „%2“ %3, %4 Abschnitte, %5 Fragen.</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;.</source>
        <translation>Unbekannter Filter „%1“.</translation>
    </message>
    <message>
        <source>No section &apos;%1&apos; (see --list).</source>
        <translation>Unbekannter Abschnitt „%1“ (siehe --list).</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>%n Frage in %1 geschrieben.</numerusform>
            <numerusform>%n Fragen in %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::CommandLine</name>
    <message>
        <source>Prepare for Go interviews: questions and answers, your notes and bookmarks of weak topics.</source>
        <translation>Vorbereitung auf Go-Interviews: Fragen und Antworten, Ihre Notizen, Lesezeichen und Schwachstellen.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print every question as tab-separated section id, question id and title.</source>
        <translation>Alle Fragen ausgeben: Abschnitts-ID, Fragen-ID und Titel, durch Tabulator getrennt.</translation>
    </message>
    <message>
        <source>Check the pack in DIR; print file:line: message for each problem. Exit 0 if valid, 1 if not.</source>
        <translation>Das Fragenpaket in DIR prüfen; je Problem Datei:Zeile: Meldung ausgeben. Exit-Code 0 wenn gültig, sonst 1.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the questions matching QUERY, best first: id and title, tab-separated. Exit 0 with results, 1 with none.</source>
        <translation>Die zu QUERY passenden Fragen ausgeben, beste zuerst: ID und Titel, durch Tabulator getrennt. Exit-Code 0 mit Treffern, 1 ohne.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Write all your data to FILE: JSON (notes, marks, reviews, preferences), or your notes as Markdown when FILE ends in .md.</source>
        <translation>Alle Ihre Daten in FILE schreiben: JSON (Notizen, Markierungen, Wiederholungen, Einstellungen) oder nur die Notizen als Markdown, wenn FILE auf .md endet.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Merge a JSON export into your data: by question, newer notes win and differing notes are both kept.</source>
        <translation>Einen JSON-Export in Ihre Daten übernehmen: je Frage gewinnt die neuere Notiz, abweichende Notizen bleiben beide erhalten.</translation>
    </message>
    <message>
        <source>Also load the pack in DIR (may be repeated).</source>
        <translation>Zusätzlich das Fragenpaket in DIR laden (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Keep notes and settings in DIR instead of the standard location (also GOPREP_DATA_DIR).</source>
        <translation>Notizen und Einstellungen in DIR statt am Standardort ablegen (auch GOPREP_DATA_DIR).</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG FILE and exit.</source>
        <translation>Das Hauptfenster unsichtbar in die PNG-Datei FILE zeichnen und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the question to open, by id (see --list).</source>
        <translation>Mit --screenshot: die zu öffnende Frage, nach ID (siehe --list).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --screenshot: light or dark.</source>
        <translation>Mit --screenshot: light oder dark.</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show, reading (the default), review, drill (its first question) or progress.</source>
        <translation>Mit --screenshot: die anzuzeigende Seite, reading (Standard), review, drill (mit der ersten Frage) oder progress.</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Choose one of %1.</source>
        <translation>Nur eine dieser Optionen ist möglich: %1.</translation>
    </message>
    <message>
        <source>--question, --theme and --page go with --screenshot.</source>
        <translation>--question, --theme und --page gibt es nur zusammen mit --screenshot.</translation>
    </message>
    <message>
        <source>--page takes %1, not &apos;%2&apos;.</source>
        <translation>--page erwartet %1, nicht „%2“.</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme erwartet light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <source>Write a printable cheat sheet to the PDF FILE: each chosen question with its short answer, a Go example and your note.</source>
        <translation>Einen druckbaren Spickzettel in die PDF-Datei FILE schreiben: jede gewählte Frage mit Kurzantwort, einem Go-Beispiel und Ihrer Notiz.</translation>
    </message>
    <message>
        <source>With --cheat-sheet: weak (the default), bookmarked, all, or section:ID (see --list).</source>
        <translation>Mit --cheat-sheet: weak (Standard), bookmarked, all oder section:ID (siehe --list).</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>--filter goes with --cheat-sheet.</source>
        <translation>--filter gibt es nur zusammen mit --cheat-sheet.</translation>
    </message>
    <message>
        <source>--filter takes weak, bookmarked, all or section:ID, not &apos;%1&apos;.</source>
        <translation>--filter erwartet weak, bookmarked, all oder section:ID, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>GoPrep::DataTransfer</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not a GoPrep export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>kein GoPrep-Export (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>format version %1, but this GoPrep reads up to %2; update GoPrep</source>
        <translation>Formatversion %1, diese GoPrep-Version liest aber nur bis %2; aktualisieren Sie GoPrep</translation>
    </message>
    <message>
        <source>note %1 has no question or no text</source>
        <translation>Notiz %1 hat keine Frage oder keinen Text</translation>
    </message>
    <message>
        <source>mark %1 is not a bookmark or weak mark of a question</source>
        <translation>Markierung %1 ist weder ein Lesezeichen noch eine Schwachstellen-Markierung einer Frage</translation>
    </message>
    <message>
        <source>review %1 needs a question, a rating from 1 to 4 and a time</source>
        <translation>Wiederholung %1 braucht eine Frage, eine Bewertung von 1 bis 4 und einen Zeitpunkt</translation>
    </message>
    <message>
        <source>My GoPrep notes</source>
        <translation>Meine GoPrep-Notizen</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert am %1</translation>
    </message>
    <message>
        <source>Questions not in the loaded packs</source>
        <translation>Fragen außerhalb der geladenen Fragenpakete</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB: not a GoPrep export.</source>
        <translation>%1 ist größer als 256 MiB: kein GoPrep-Export.</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2. Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>GoPrep::DrillPage</name>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Questions as an interviewer would ask them, one at a time against the clock. Answer out loud, then reveal the answer and rate yourself honestly. Weak topics are drawn first.</source>
        <translation>Fragen, wie sie ein Interviewer stellen würde, eine nach der anderen und auf Zeit. Antworten Sie laut, decken Sie dann die Antwort auf und bewerten Sie sich ehrlich. Schwachstellen kommen zuerst an die Reihe.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>&amp;Weak topics only</source>
        <translation>Nur &amp;Schwachstellen</translation>
    </message>
    <message>
        <source>&amp;Bookmarked only</source>
        <translation>Nur mit L&amp;esezeichen</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed only</source>
        <translation>Nur noch nicht &amp;wiederholte Fragen</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>Probeinterview s&amp;tarten</translation>
    </message>
    <message>
        <source>Question cou&amp;nt:</source>
        <translation>A&amp;nzahl der Fragen:</translation>
    </message>
    <message>
        <source>&amp;Time per question:</source>
        <translation>&amp;Zeit pro Frage:</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>Abs&amp;chnitte:</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>Stufen:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Einschränken:</translation>
    </message>
    <message>
        <source>Mock drill</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>En&amp;d Drill</source>
        <translation>Probeinterview be&amp;enden</translation>
    </message>
    <message>
        <source>Stop here and see the summary of the questions answered so far</source>
        <translation>Hier aufhören und die Zusammenfassung der bisher beantworteten Fragen ansehen</translation>
    </message>
    <message>
        <source>Drill results</source>
        <translation>Ergebnisse des Probeinterviews</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>&amp;New Drill</source>
        <translation>&amp;Neues Probeinterview</translation>
    </message>
    <message>
        <source>Drill summary</source>
        <translation>Zusammenfassung des Probeinterviews</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drills need your data file, which is unavailable.</source>
        <translation>Probeinterviews brauchen Ihre Datendatei, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>No question matches these choices.</source>
        <translation>Keine Frage passt zu dieser Auswahl.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) match</source>
        <translation>
            <numerusform>%n Frage passt</numerusform>
            <numerusform>%n Fragen passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the drill asks %n.</source>
        <translation>
            <numerusform>das Probeinterview stellt %n.</numerusform>
            <numerusform>das Probeinterview stellt %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>Beantwortet in %1</translation>
    </message>
    <message>
        <source>%1 (time&apos;s up)</source>
        <translation>%1 (Zeit abgelaufen)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The drill ended before any question was rated.</source>
        <translation>Das Probeinterview wurde beendet, bevor eine Frage bewertet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1, %2 on average</source>
        <translation>in %1, im Schnitt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n mit Zeitüberschreitung</numerusform>
            <numerusform>%n mit Zeitüberschreitung</numerusform>
        </translation>
    </message>
    <message>
        <source>No question was forgotten, so no new weak topics.</source>
        <translation>Keine Frage vergessen, also keine neuen Schwachstellen.</translation>
    </message>
    <message>
        <source>Marked as weak topics (they come first in review and the next drill): %1</source>
        <translation>Als Schwachstellen markiert (sie kommen bei der Wiederholung und im nächsten Probeinterview zuerst): %1</translation>
    </message>
</context>
<context>
    <name>GoPrep::ListItemDelegate</name>
    <message>
        <source>answer changed since</source>
        <translation>Antwort seitdem geändert</translation>
    </message>
</context>
<context>
    <name>GoPrep::MainWindow</name>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Fragen</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otizen</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Notes are off: %1</source>
        <translation>Notizen sind nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source> · notes in %1</source>
        <translation> · Notizen in %1</translation>
    </message>
    <message>
        <source> · notes are off</source>
        <translation> · Notizen nicht verfügbar</translation>
    </message>
    <message>
        <source>Notes are unavailable</source>
        <translation>Notizen sind nicht verfügbar</translation>
    </message>
    <message>
        <source>GoPrep cannot keep notes and bookmarks right now. You can still read every question.</source>
        <translation>GoPrep kann Notizen und Lesezeichen derzeit nicht speichern. Sie können trotzdem alle Fragen lesen.</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>&amp;Vorherige Frage</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>&amp;Next Question</source>
        <translation>&amp;Nächste Frage</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Down</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark this question (Ctrl+D)</source>
        <translation>Lesezeichen für diese Frage setzen (Strg+D)</translation>
    </message>
    <message>
        <source>Mark as &amp;Weak Topic</source>
        <translation>Als &amp;Schwachstelle markieren</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark this topic as one to work on (Ctrl+E)</source>
        <translation>Dieses Thema als Schwachstelle markieren, an der Sie arbeiten wollen (Strg+E)</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>&amp;Codeblock kopieren</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the code block at the cursor, or the first one (Ctrl+Shift+C)</source>
        <translation>Den Codeblock an der Cursorposition kopieren, sonst den ersten (Strg+Umschalt+C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>Zoom &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Export Your Data…</source>
        <translation>Ihre Daten &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>Daten &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Go to &amp;Questions</source>
        <translation>Zu den &amp;Fragen</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to &amp;Answer</source>
        <translation>Zur &amp;Antwort</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to &amp;Notes</source>
        <translation>Zu den Noti&amp;zen</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>All &amp;Notes</source>
        <translation>Alle Not&amp;izen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Note &amp;Preview</source>
        <translation>&amp;Notizvorschau</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kurzbefehle</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>Ü&amp;ber GoPrep</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Lesen</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Read the questions and answers, with your notes</source>
        <translation>Fragen und Antworten lesen, mit Ihren Notizen</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Review what is due, then new questions</source>
        <translation>Fällige Fragen wiederholen, danach neue</translation>
    </message>
    <message>
        <source>Mock &amp;Drill</source>
        <translation>&amp;Probeinterview</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Answer questions against the clock, as in an interview</source>
        <translation>Fragen auf Zeit beantworten, wie im Interview</translation>
    </message>
    <message>
        <source>&amp;Plan and Progress</source>
        <translation>Plan und &amp;Fortschritt</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Your plan for the interview date, and your progress</source>
        <translation>Ihr Plan bis zum Interviewtermin und Ihr Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Back to Reading</source>
        <translation>&amp;Zurück zum Lesen</translation>
    </message>
    <message>
        <source>Code copied to the clipboard</source>
        <translation>Code in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>This page has no code block</source>
        <translation>Diese Seite enthält keinen Codeblock</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Gesichert in %1</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>&amp;Systemvorgabe</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>F&amp;rage</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>&amp;Lernen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Größer</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>Kleiner</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Probeinterview</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>%n zur Wiederholung fällig</numerusform>
            <numerusform>%n zur Wiederholung fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Nothing bookmarked yet. Press Ctrl+D on a question to keep it here.</source>
        <translation>Noch keine Lesezeichen. Drücken Sie bei einer Frage Strg+D, um sie hier abzulegen.</translation>
    </message>
    <message>
        <source>No weak topics yet. Press Ctrl+E on a question you cannot answer well yet; it collects here for practice.</source>
        <translation>Noch keine Schwachstellen. Drücken Sie Strg+E bei einer Frage, die Sie noch nicht gut beantworten können; sie wird hier zum Üben gesammelt.</translation>
    </message>
    <message>
        <source>The questions you bookmarked.</source>
        <translation>Die Fragen, für die Sie ein Lesezeichen gesetzt haben.</translation>
    </message>
    <message>
        <source>The topics you marked as weak: practise these first.</source>
        <translation>Die Themen, die Sie als Schwachstelle markiert haben: Üben Sie diese zuerst.</translation>
    </message>
    <message>
        <source>Export Your Data</source>
        <translation>Ihre Daten exportieren</translation>
    </message>
    <message>
        <source>Everything, to import again (*.json);;Notes to read (*.md)</source>
        <translation>Alles, zum erneuten Importieren (*.json);;Notizen zum Lesen (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>Daten importieren</translation>
    </message>
    <message>
        <source>GoPrep exports (*.json)</source>
        <translation>GoPrep-Exporte (*.json)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added, %1 updated, %2 merged keeping both texts.</source>
        <translation>
            <numerusform>%n Notiz hinzugefügt, %1 aktualisiert, %2 zusammengeführt (beide Texte behalten).</numerusform>
            <numerusform>%n Notizen hinzugefügt, %1 aktualisiert, %2 zusammengeführt (beide Texte behalten).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bookmarks and weak marks added, %2 reviews added. A backup of your data from before the import was made first (File → Restore from Backup).</source>
        <translation>%1 Lesezeichen und Schwachstellen-Markierungen hinzugefügt, %2 Wiederholungen hinzugefügt. Vor dem Import wurde eine Sicherung Ihrer Daten angelegt (Datei → Aus Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>GoPrep backs up your notes, marks and reviews when it starts and every day, and keeps the last %1. Restoring replaces your current data; it is backed up first, so a restore can be undone.</source>
        <translation>GoPrep sichert Ihre Notizen, Markierungen und Wiederholungen beim Start und täglich und behält die letzten %1 Sicherungen. Die Wiederherstellung ersetzt Ihre aktuellen Daten; diese werden vorher gesichert, sodass sich die Wiederherstellung rückgängig machen lässt.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>%1 — %2 KB</source>
        <translation>%1 – %2 KB</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation>Sicherung wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation>Ihre Notiz ist nicht gespeichert</translation>
    </message>
    <message>
        <source>The note could not be saved. Close anyway and lose the latest changes?</source>
        <translation>Die Notiz konnte nicht gespeichert werden. Trotzdem schließen und die letzten Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kurzbefehle</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kurzbefehle</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Kurzbefehl</translation>
    </message>
    <message>
        <source>Move in the question list</source>
        <translation>In der Fragenliste bewegen</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Hoch, Runter</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>Nächstes Feld</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Show the answer (review and drill)</source>
        <translation>Antwort zeigen (Wiederholung und Probeinterview)</translation>
    </message>
    <message>
        <source>Space; Ctrl+Return in the answer box</source>
        <translation>Leertaste; Strg+Eingabetaste im Antwortfeld</translation>
    </message>
    <message>
        <source>Rate: Again, Hard, Good, Easy</source>
        <translation>Bewerten: Nochmal, Schwer, Gut, Einfach</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Rate in pass/fail mode: Forgot, Remembered</source>
        <translation>Bewerten im Modus Gewusst/Vergessen: Vergessen, Gewusst</translation>
    </message>
    <message>
        <source>1, 2</source>
        <translation>1, 2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n question(s))</source>
        <translation>
            <numerusform>%1 %2 (%n Frage)</numerusform>
            <numerusform>%1 %2 (%n Fragen)</numerusform>
        </translation>
    </message>
    <message>
        <source>About GoPrep</source>
        <translation>Über GoPrep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Prepare for Go interviews: read the answers, say them in your own words, mark what you are weak on.&lt;/p&gt;&lt;p&gt;Packs: %2&lt;/p&gt;&lt;p&gt;Code highlighting: %3&lt;/p&gt;&lt;p&gt;Your notes: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Vorbereitung auf Go-Interviews: Antworten lesen, in eigenen Worten wiedergeben, Schwachstellen markieren.&lt;/p&gt;&lt;p&gt;Fragenpakete: %2&lt;/p&gt;&lt;p&gt;Code-Hervorhebung: %3&lt;/p&gt;&lt;p&gt;Ihre Notizen: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>The new language applies when GoPrep starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von GoPrep.</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet…</source>
        <translation>S&amp;pickzettel …</translation>
    </message>
    <message>
        <source>Your weak topics, bookmarks or a section on paper or in a PDF</source>
        <translation>Ihre Schwachstellen, Lesezeichen oder einen Abschnitt drucken oder als PDF speichern</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesListModel</name>
    <message>
        <source>%1 (not in any loaded pack)</source>
        <translation>%1 (in keinem geladenen Fragenpaket)</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note.</source>
        <translation>Die Antwort hat sich geändert, seit Sie diese Notiz geschrieben haben.</translation>
    </message>
    <message>
        <source>%1, note from %2%3</source>
        <translation>%1, Notiz vom %2%3</translation>
    </message>
    <message>
        <source>, the answer changed since</source>
        <translation>, die Antwort wurde seitdem geändert</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesOverview</name>
    <message>
        <source>Find in your notes</source>
        <translation>In Ihren Notizen suchen</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>No notes yet. Open a question and write the answer in your own words: your notes collect here, newest first.</source>
        <translation>Noch keine Notizen. Öffnen Sie eine Frage und schreiben Sie die Antwort in eigenen Worten: Ihre Notizen sammeln sich hier, die neuesten zuerst.</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>Keine Notiz passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesPane</name>
    <message>
        <source>Your notes</source>
        <translation>Ihre Notizen</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation>Speicherstatus der Notiz</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note. Read it again and update your note.</source>
        <translation>Die Antwort hat sich geändert, seit Sie diese Notiz geschrieben haben. Lesen Sie sie erneut und aktualisieren Sie Ihre Notiz.</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>Notizeditor</translation>
    </message>
    <message>
        <source>Your answer in your own words, in Markdown. Saved automatically.</source>
        <translation>Ihre Antwort in eigenen Worten, in Markdown. Wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Say the answer in your own words, as you would in the interview.

Markdown works: **bold**, `code`, lists and ```go code blocks.

Saved automatically.</source>
        <translation>Formulieren Sie die Antwort in eigenen Worten, so wie im Interview.

Markdown funktioniert: **fett**, `Code`, Listen und ```go-Codeblöcke.

Wird automatisch gespeichert.</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Open a question to write a note</source>
        <translation>Öffnen Sie eine Frage, um eine Notiz zu schreiben</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>Noch keine Notiz</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet …</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Notes off</source>
        <translation>Notizen aus</translation>
    </message>
</context>
<context>
    <name>GoPrep::PracticeCard</name>
    <message>
        <source>Your answer</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Say your answer out loud, or type the points you would make.

Ctrl+Return shows the answer. This box is not saved.</source>
        <translation>Sagen Sie Ihre Antwort laut oder tippen Sie die Punkte, die Sie nennen würden.

Strg+Eingabetaste zeigt die Antwort. Dieses Feld wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>Your &amp;answer</source>
        <translation>Ihre Ant&amp;wort</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; shows the answer.&lt;br&gt;&lt;br&gt;To write your answer first, &lt;b&gt;Tab&lt;/b&gt; to the box on the left; there, &lt;b&gt;Ctrl+Return&lt;/b&gt; shows the answer.</source>
        <translation>&lt;b&gt;Leertaste&lt;/b&gt; zeigt die Antwort.&lt;br&gt;&lt;br&gt;Um Ihre Antwort zuerst aufzuschreiben, wechseln Sie mit &lt;b&gt;Tab&lt;/b&gt; in das Feld links; dort zeigt &lt;b&gt;Strg+Eingabetaste&lt;/b&gt; die Antwort.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Show Answer  (Space)</source>
        <translation>Antwort zeigen  (Leertaste)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n Min.</numerusform>
            <numerusform>%n Min.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n Tg.</numerusform>
            <numerusform>%n Tg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n Mon.</numerusform>
            <numerusform>%n Mon.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 J.</translation>
    </message>
    <message>
        <source>weak topic</source>
        <translation>Schwachstelle</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>seit %1 fällig</translation>
    </message>
    <message numerus="yes">
        <source>reviewed %n time(s)</source>
        <translation>
            <numerusform>%n-mal wiederholt</numerusform>
            <numerusform>%n-mal wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>Vergessen</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>Gewusst</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Nochmal</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation>Mit „%1“ bewerten (Taste %2)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>Frage: %1</translation>
    </message>
    <message>
        <source>%1. Space shows the answer; Tab goes to the box for your answer.</source>
        <translation>%1. Die Leertaste zeigt die Antwort; mit Tab gelangen Sie zum Feld für Ihre Antwort.</translation>
    </message>
</context>
<context>
    <name>GoPrep::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
    <message>
        <source>Automatic (light or dark, with the window)</source>
        <translation>Automatisch (hell oder dunkel, passend zum Fenster)</translation>
    </message>
    <message>
        <source>&amp;Code colours:</source>
        <translation>&amp;Codefarben:</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; the questions stay in their pack&apos;s language. Applies when GoPrep starts again.</source>
        <translation>Die Sprache von Menüs, Knöpfen und Meldungen; die Fragen bleiben in der Sprache ihres Fragenpakets. Gilt ab dem nächsten Start von GoPrep.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when GoPrep starts again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von GoPrep.</translation>
    </message>
</context>
<context>
    <name>GoPrep::ProgressPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>&amp;Interview on:</source>
        <translation>&amp;Interview am:</translation>
    </message>
    <message>
        <source>Tick this and choose the day: the plan spreads your reviews over the days left.</source>
        <translation>Ankreuzen und den Tag wählen: Der Plan verteilt Ihre Wiederholungen auf die verbleibenden Tage.</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Interviewtermin</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>How likely you want to be to recall each answer. Reviews are scheduled to keep every answer at least this likely to come back; higher means more reviews.</source>
        <translation>Wie sicher Sie sich an jede Antwort erinnern wollen. Wiederholungen werden so geplant, dass jede Antwort mindestens mit dieser Wahrscheinlichkeit abrufbar bleibt; höher bedeutet mehr Wiederholungen.</translation>
    </message>
    <message>
        <source>&amp;Target recall:</source>
        <translation>&amp;Ziel-Erinnerungsquote:</translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>Heute wiederholen</translation>
    </message>
    <message>
        <source>Review These &amp;Now</source>
        <translation>Diese &amp;jetzt wiederholen</translation>
    </message>
    <message>
        <source>Most at risk</source>
        <translation>Am stärksten gefährdet</translation>
    </message>
    <message>
        <source>Most at risk on the day</source>
        <translation>Am Interviewtag am stärksten gefährdet</translation>
    </message>
    <message>
        <source>Predicted recall of every question</source>
        <translation>Erwartete Erinnerungsquote jeder Frage</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Am Interviewtag</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Ihr Plan</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Sections: reviewed and predicted recall now</source>
        <translation>Abschnitte: wiederholt und aktuell erwartete Erinnerungsquote</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>Wiederholungen pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>No reviews yet. F5 starts your first round.</source>
        <translation>Noch keine Wiederholungen. F5 startet Ihre erste Runde.</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>Fällig in den nächsten 14 Tagen</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>Noch nichts geplant.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Plans and progress need your data file, which is unavailable.</source>
        <translation>Plan und Fortschritt brauchen Ihre Datendatei, die nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Set the date of your interview, and GoPrep works out what to review each day so that every answer reaches %1 recall by then.</source>
        <translation>Legen Sie den Termin Ihres Interviews fest, und GoPrep ermittelt, was Sie jeden Tag wiederholen sollten, damit jede Antwort bis dahin eine Erinnerungsquote von %1 erreicht.</translation>
    </message>
    <message>
        <source>Your interview is &lt;b&gt;today&lt;/b&gt;.</source>
        <translation>Ihr Interview ist &lt;b&gt;heute&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s)&lt;/b&gt; to your interview</source>
        <translation>
            <numerusform>Noch &lt;b&gt;%n Tag&lt;/b&gt; bis zu Ihrem Interview</numerusform>
            <numerusform>Noch &lt;b&gt;%n Tage&lt;/b&gt; bis zu Ihrem Interview</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1.</source>
        <translation> am %1.</translation>
    </message>
    <message>
        <source>On the day, &lt;b&gt;%1 of %2&lt;/b&gt; answers are predicted at %3 recall or better</source>
        <translation>Am Interviewtag erreichen voraussichtlich &lt;b&gt;%1 von %2&lt;/b&gt; Antworten eine Erinnerungsquote von %3 oder mehr</translation>
    </message>
    <message numerus="yes">
        <source>; %n not started yet</source>
        <translation>
            <numerusform>; %n noch nicht begonnen</numerusform>
            <numerusform>; %n noch nicht begonnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk.</source>
        <translation>
            <numerusform>, %n gefährdet.</numerusform>
            <numerusform>, %n gefährdet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to review today.</source>
        <translation>Heute ist nichts mehr zu wiederholen.</translation>
    </message>
    <message numerus="yes">
        <source>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</source>
        <translation>
            <numerusform>Wiederholen Sie heute &lt;b&gt;%n&lt;/b&gt; Frage, um im Plan zu bleiben.</numerusform>
            <numerusform>Wiederholen Sie heute &lt;b&gt;%n&lt;/b&gt; Fragen, um im Plan zu bleiben.</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>jetzt %1</translation>
    </message>
    <message>
        <source>%1 on the day</source>
        <translation>%1 am Interviewtag</translation>
    </message>
    <message>
        <source>None: everything you reviewed holds until then.</source>
        <translation>Keine: Alles, was Sie wiederholt haben, bleibt bis dahin abrufbar.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n-day&lt;/b&gt; streak</source>
        <translation>
            <numerusform>&lt;b&gt;%n Tag&lt;/b&gt; in Folge</numerusform>
            <numerusform>&lt;b&gt;%n Tage&lt;/b&gt; in Folge</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>Noch keine Serie</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in all</source>
        <translation>
            <numerusform>%n Wiederholung insgesamt</numerusform>
            <numerusform>%n Wiederholungen insgesamt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n heute fällig</numerusform>
            <numerusform>%n heute fällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>Predicted recall</source>
        <translation>Erwartete Erinnerungsquote</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>GoPrep::Question</name>
    <message>
        <source>Junior</source>
        <translation>Junior</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>Mid-Level</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>Senior</translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionBrowser</name>
    <message>
        <source>Search questions and notes (Ctrl+K)</source>
        <translation>Fragen und Notizen durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Type to search titles, answers, code and your notes. Up and Down choose a result, Enter opens it, Escape clears the search.</source>
        <translation>Tippen Sie, um Titel, Antworten, Code und Ihre Notizen zu durchsuchen. Die Pfeiltasten wählen einen Treffer, die Eingabetaste öffnet ihn, Esc leert die Suche.</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <source>Show only some sections, levels, tags or marked questions</source>
        <translation>Nur bestimmte Abschnitte, Stufen, Schlagwörter oder markierte Fragen anzeigen</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>Nichts passt zu „%1“.</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the current filters.</source>
        <translation>Mit den aktuellen Filtern passt nichts zu „%1“.</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>Mit &amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Weak topics</source>
        <translation>&amp;Schwachstellen</translation>
    </message>
    <message>
        <source>With a &amp;note</source>
        <translation>Mit &amp;Notiz</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed</source>
        <translation>Noch nicht &amp;wiederholt</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Erfahrungsstufe</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>&amp;Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>Schlagw&amp;ort</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Showing: %1 — &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>Angezeigt: %1 – &lt;a href=&quot;clear&quot;&gt;alle anzeigen&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search over %n question(s)… The results appear here in a moment.</source>
        <translation>
            <numerusform>Die Suche über %n Frage wird vorbereitet… Die Ergebnisse erscheinen gleich hier.</numerusform>
            <numerusform>Die Suche über %n Fragen wird vorbereitet… Die Ergebnisse erscheinen gleich hier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionTreeModel</name>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>Schwachstellen</translation>
    </message>
    <message>
        <source>Questions you bookmarked (Ctrl+D)</source>
        <translation>Fragen mit Lesezeichen (Strg+D)</translation>
    </message>
    <message>
        <source>Topics you marked as weak (Ctrl+E)</source>
        <translation>Als Schwachstelle markierte Themen (Strg+E)</translation>
    </message>
    <message>
        <source>A guide to preparing for the interview</source>
        <translation>Ein Leitfaden zur Vorbereitung auf das Interview</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n Frage</numerusform>
            <numerusform>%n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Level: %2 · Tags: %3</source>
        <translation>%1
Stufe: %2 · Schlagwörter: %3</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>mit Lesezeichen</translation>
    </message>
    <message>
        <source>marked weak</source>
        <translation>als Schwachstelle markiert</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>mit Notiz</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n question(s)</source>
        <translation>
            <numerusform>%1, %n Frage</numerusform>
            <numerusform>%1, %n Fragen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, guide</source>
        <translation>%1, Leitfaden</translation>
    </message>
</context>
<context>
    <name>GoPrep::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Pa&amp;ss/fail</source>
        <translation>Gewu&amp;sst/Vergessen</translation>
    </message>
    <message>
        <source>Rate with two buttons, Forgot and Remembered, instead of four</source>
        <translation>Mit zwei Knöpfen bewerten, Vergessen und Gewusst, statt mit vier</translation>
    </message>
    <message>
        <source>Open in &amp;Reader</source>
        <translation>In Leseansicht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Read this question with its note (Esc comes back to reading)</source>
        <translation>Diese Frage mit ihrer Notiz lesen (Esc kehrt zum Lesen zurück)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Review needs your data</source>
        <translation>Die Wiederholung braucht Ihre Daten</translation>
    </message>
    <message>
        <source>GoPrep cannot open the file that keeps your reviews, so it cannot schedule them. The reason is in the message shown at start.</source>
        <translation>GoPrep kann die Datei mit Ihren Wiederholungen nicht öffnen und sie daher nicht planen. Den Grund nennt die Meldung beim Start.</translation>
    </message>
    <message>
        <source>The next question comes due in %1 (%2).</source>
        <translation>Die nächste Frage wird in %1 fällig (%2).</translation>
    </message>
    <message>
        <source>&lt;p&gt;F6 starts a timed mock drill; F7 shows your plan and progress; Esc goes back to reading.&lt;/p&gt;</source>
        <translation>&lt;p&gt;F6 startet ein Probeinterview auf Zeit; F7 zeigt Ihren Plan und Fortschritt; Esc kehrt zum Lesen zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>Runde abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n question(s) reviewed</source>
        <translation>
            <numerusform>&lt;p&gt;%n Frage wiederholt</numerusform>
            <numerusform>&lt;p&gt;%n Fragen wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n again</source>
        <translation>
            <numerusform>, %n mit „Nochmal“</numerusform>
            <numerusform>, %n mit „Nochmal“</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1.&lt;/p&gt;</source>
        <translation>, in %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sie sind auf dem neuesten Stand.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>noch %n</numerusform>
            <numerusform>noch %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n wiederholt</numerusform>
            <numerusform>%n wiederholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n again</source>
        <translation>
            <numerusform>%n mit „Nochmal“</numerusform>
            <numerusform>%n mit „Nochmal“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchIndex</name>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>Die Suche ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Search is unavailable (SQLite needs FTS5): %1</source>
        <translation>Die Suche ist nicht verfügbar (SQLite braucht FTS5): %1</translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchResultsModel</name>
    <message>
        <source>%1, in %2</source>
        <translation>%1, in %2</translation>
    </message>
</context>
<context>
    <name>GoPrep::UserStore</name>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and started a new, empty one, because there was no usable backup.</source>
        <translation>Ihre Notizdatenbank war beschädigt. GoPrep hat sie nach %1 verschoben (sie wurde nicht gelöscht) und eine neue, leere angelegt, da es keine brauchbare Sicherung gab.</translation>
    </message>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and restored the backup from %2. Anything written after that backup is only in the damaged file.</source>
        <translation>Ihre Notizdatenbank war beschädigt. GoPrep hat sie nach %1 verschoben (sie wurde nicht gelöscht) und die Sicherung vom %2 wiederhergestellt. Alles, was nach dieser Sicherung geschrieben wurde, steht nur in der beschädigten Datei.</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so GoPrep cannot keep notes. Install it (Debian: libqt6sql6-sqlite).</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht verfügbar, daher kann GoPrep keine Notizen speichern. Installieren Sie ihn (Debian: libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the notes database %1: %2</source>
        <translation>Die Notizdatenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation>Der Datenordner %1 ist eine Datei, kein Ordner. Verschieben Sie die Datei oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</source>
        <translation>Der Datenordner %1 kann nicht angelegt werden. Prüfen Sie, ob der übergeordnete Ordner existiert und beschreibbar ist, oder wählen Sie mit --data-dir einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 exists but is not a file. Move it away so GoPrep can keep your notes there.</source>
        <translation>%1 existiert, ist aber keine Datei. Verschieben Sie es, damit GoPrep dort Ihre Notizen speichern kann.</translation>
    </message>
    <message>
        <source>The notes database %1 is damaged (%2), and it could not be moved aside. Move it away yourself and start GoPrep again.</source>
        <translation>Die Notizdatenbank %1 ist beschädigt (%2) und konnte nicht verschoben werden. Verschieben Sie sie selbst und starten Sie GoPrep neu.</translation>
    </message>
    <message>
        <source>Cannot check the notes database</source>
        <translation>Die Notizdatenbank kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>The notes database %1 failed its integrity check (%2).</source>
        <translation>Die Notizdatenbank %1 hat die Integritätsprüfung nicht bestanden (%2).</translation>
    </message>
    <message>
        <source> Check that the folder is writable, or start GoPrep with --data-dir pointing to a writable folder.</source>
        <translation> Prüfen Sie, ob der Ordner beschreibbar ist, oder starten Sie GoPrep mit --data-dir und einem beschreibbaren Ordner.</translation>
    </message>
    <message>
        <source> The file is damaged or is not a GoPrep database.</source>
        <translation> Die Datei ist beschädigt oder keine GoPrep-Datenbank.</translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4</source>
        <translation>%1 (%2): %3.%4</translation>
    </message>
    <message>
        <source>Cannot use the notes database</source>
        <translation>Die Notizdatenbank kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Cannot use the notes database %1: it could not be switched to write-ahead logging (journal mode is &apos;%2&apos;). Is the folder writable?</source>
        <translation>Die Notizdatenbank %1 kann nicht verwendet werden: Sie ließ sich nicht auf Write-Ahead-Logging umstellen (Journalmodus ist „%2“). Ist der Ordner beschreibbar?</translation>
    </message>
    <message>
        <source>Cannot configure the notes database</source>
        <translation>Die Notizdatenbank kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>Cannot read the notes database</source>
        <translation>Die Notizdatenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The notes database %1 was written by a newer version of GoPrep (schema %2; this version knows up to %3). Update GoPrep; the file was left untouched.</source>
        <translation>Die Notizdatenbank %1 wurde von einer neueren GoPrep-Version geschrieben (Schema %2; diese Version kennt bis %3). Aktualisieren Sie GoPrep; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot update the notes database</source>
        <translation>Die Notizdatenbank kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema %1</source>
        <translation>Die Notizdatenbank kann nicht auf Schema %1 aktualisiert werden</translation>
    </message>
    <message>
        <source>Cannot update the notes database %1: %2</source>
        <translation>Die Notizdatenbank %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read notes</source>
        <translation>Die Notizen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read bookmarks</source>
        <translation>Die Lesezeichen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the review history</source>
        <translation>Der Wiederholungsverlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read preferences</source>
        <translation>Die Einstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>Your note was not saved</source>
        <translation>Ihre Notiz wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The bookmark was not saved</source>
        <translation>Das Lesezeichen wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The weak-topic mark was not saved</source>
        <translation>Die Schwachstellen-Markierung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>A rating is 1 (again) to 4 (easy), not %1.</source>
        <translation>Eine Bewertung liegt zwischen 1 (Nochmal) und 4 (Einfach), nicht bei %1.</translation>
    </message>
    <message>
        <source>The review was not saved (%1): %2</source>
        <translation>Die Wiederholung wurde nicht gespeichert (%1): %2</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>Die Wiederholung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>The practice session could not be started</source>
        <translation>Die Übungssitzung konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>The practice session could not be closed</source>
        <translation>Die Übungssitzung konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>Die Einstellung wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>Die Sicherung wurde nicht erstellt</translation>
    </message>
    <message>
        <source>%1 is not a usable GoPrep backup: it is damaged or not a database.</source>
        <translation>%1 ist keine brauchbare GoPrep-Sicherung: Die Datei ist beschädigt oder keine Datenbank.</translation>
    </message>
    <message>
        <source>The backup could not be read</source>
        <translation>Die Sicherung konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of GoPrep; update GoPrep to restore it.</source>
        <translation>%1 wurde von einer neueren GoPrep-Version erstellt; aktualisieren Sie GoPrep, um die Sicherung wiederherzustellen.</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt; es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Also written on %1, kept when importing:</source>
        <translation>Ebenfalls am %1 geschrieben, beim Import behalten:</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown question id &apos;%1&apos; (see --list).</source>
        <translation>Unbekannte Fragen-ID „%1“ (siehe --list).</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>Das Bildschirmfoto kann nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>Run goprep --help for the options.</source>
        <translation>Die Optionen zeigt goprep --help an.</translation>
    </message>
    <message>
        <source>GoPrep is already running; its window was brought to the front.</source>
        <translation>GoPrep läuft bereits; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Your notes were recovered</source>
        <translation>Ihre Notizen wurden wiederhergestellt</translation>
    </message>
    <message>
        <source>A pack was not loaded</source>
        <translation>Ein Fragenpaket wurde nicht geladen</translation>
    </message>
    <message>
        <source>Some question packs have problems and were left out. The others are ready.</source>
        <translation>Einige Fragenpakete sind fehlerhaft und wurden ausgelassen. Die übrigen sind bereit.</translation>
    </message>
</context>
</TS>
