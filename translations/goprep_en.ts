<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GoPrep::CheatSheet</name>
    <message numerus="yes">
        <source>%n question(s) · %1</source>
        <translation>
            <numerusform>%n question · %1</numerusform>
            <numerusform>%n questions · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheetDialog</name>
    <message numerus="yes">
        <source>&amp;All %n question(s)</source>
        <translation>
            <numerusform>&amp;All %n question</numerusform>
            <numerusform>&amp;All %n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the sheet.</source>
        <translation>
            <numerusform>%n question on the sheet.</numerusform>
            <numerusform>%n questions on the sheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::CliActions</name>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problem found.</numerusform>
            <numerusform>%n problems found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n question to %1.</numerusform>
            <numerusform>Wrote %n questions to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::DrillPage</name>
    <message numerus="yes">
        <source>%n question(s) match</source>
        <translation>
            <numerusform>%n question matches</numerusform>
            <numerusform>%n questions match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the drill asks %n.</source>
        <translation>
            <numerusform>the drill asks %n.</numerusform>
            <numerusform>the drill asks %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n over time</numerusform>
            <numerusform>%n over time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::MainWindow</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>%n due for review</numerusform>
            <numerusform>%n due for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added, %1 updated, %2 merged keeping both texts.</source>
        <translation>
            <numerusform>%n note added, %1 updated, %2 merged keeping both texts.</numerusform>
            <numerusform>%n notes added, %1 updated, %2 merged keeping both texts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n question(s))</source>
        <translation>
            <numerusform>%1 %2 (%n question)</numerusform>
            <numerusform>%1 %2 (%n questions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::PracticeCard</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n mo</numerusform>
            <numerusform>%n mo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reviewed %n time(s)</source>
        <translation>
            <numerusform>reviewed %n time</numerusform>
            <numerusform>reviewed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::ProgressPage</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s)&lt;/b&gt; to your interview</source>
        <translation>
            <numerusform>&lt;b&gt;%n day&lt;/b&gt; to your interview</numerusform>
            <numerusform>&lt;b&gt;%n days&lt;/b&gt; to your interview</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n not started yet</source>
        <translation>
            <numerusform>; %n not started yet</numerusform>
            <numerusform>; %n not started yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk.</source>
        <translation>
            <numerusform>, %n at risk.</numerusform>
            <numerusform>, %n at risk.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</source>
        <translation>
            <numerusform>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</numerusform>
            <numerusform>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n-day&lt;/b&gt; streak</source>
        <translation>
            <numerusform>&lt;b&gt;%n-day&lt;/b&gt; streak</numerusform>
            <numerusform>&lt;b&gt;%n-day&lt;/b&gt; streak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in all</source>
        <translation>
            <numerusform>%n review in all</numerusform>
            <numerusform>%n reviews in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>%n due today</numerusform>
            <numerusform>%n due today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionBrowser</name>
    <message numerus="yes">
        <source>Preparing search over %n question(s)… The results appear here in a moment.</source>
        <translation>
            <numerusform>Preparing search over %n question… The results appear here in a moment.</numerusform>
            <numerusform>Preparing search over %n questions… The results appear here in a moment.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionTreeModel</name>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, %n question(s)</source>
        <translation>
            <numerusform>%1, %n question</numerusform>
            <numerusform>%1, %n questions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::ReviewPage</name>
    <message numerus="yes">
        <source>&lt;p&gt;%n question(s) reviewed</source>
        <translation>
            <numerusform>&lt;p&gt;%n question reviewed</numerusform>
            <numerusform>&lt;p&gt;%n questions reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n again</source>
        <translation>
            <numerusform>, %n again</numerusform>
            <numerusform>, %n again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>%n to go</numerusform>
            <numerusform>%n to go</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>%n reviewed</numerusform>
            <numerusform>%n reviewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n again</source>
        <translation>
            <numerusform>%n again</numerusform>
            <numerusform>%n again</numerusform>
        </translation>
    </message>
</context>
</TS>
