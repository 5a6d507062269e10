<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>GoPrep::AnswerDocument</name>
    <message>
        <source>Level: %1 · Tags: %2</source>
        <translation>级别：%1 · 标签：%2</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>简要回答</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>相关题目</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
</context>
<context>
    <name>GoPrep::AnswerView</name>
    <message>
        <source>Copy Code Block</source>
        <translation>复制代码块</translation>
    </message>
</context>
<context>
    <name>GoPrep::BarChart</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheet</name>
    <message>
        <source>Weak topics</source>
        <translation>薄弱知识点</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>所有题目</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet: %1</source>
        <translation>GoPrep 速查表：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · %1</source>
        <translation>
            <numerusform>%n 道题 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My note</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>No weak topics yet: mark some with Ctrl+E, or choose bookmarks or all questions.</source>
        <translation>还没有薄弱知识点：请按 Ctrl+E 标记一些，或改选书签或所有题目。</translation>
    </message>
    <message>
        <source>No bookmarks yet: add some with Ctrl+D, or choose weak topics or all questions.</source>
        <translation>还没有书签：请按 Ctrl+D 添加一些，或改选薄弱知识点或所有题目。</translation>
    </message>
    <message>
        <source>There are no questions in %1.</source>
        <translation>%1 中没有题目。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheetDialog</name>
    <message>
        <source>Cheat Sheet</source>
        <translation>速查表</translation>
    </message>
    <message>
        <source>Questions on the sheet</source>
        <translation>速查表中的题目</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>章节(&amp;S)：</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n question(s)</source>
        <translation>
            <numerusform>全部 %n 道题(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation>您的笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Short Go &amp;examples</source>
        <translation>简短的 Go 示例(&amp;E)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Weak topics (%1)</source>
        <translation>薄弱知识点(&amp;W)（%1）</translation>
    </message>
    <message>
        <source>&amp;Bookmarks (%1)</source>
        <translation>书签(&amp;B)（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the sheet.</source>
        <translation>
            <numerusform>速查表中共有 %n 道题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put on the sheet: choose other questions.</source>
        <translation>没有可放入速查表的内容：请选择其他题目。</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet %1.pdf</source>
        <translation>GoPrep 速查表 %1.pdf</translation>
    </message>
    <message>
        <source>Save Cheat Sheet</source>
        <translation>保存速查表</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet was not saved</source>
        <translation>速查表未保存</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet</source>
        <translation>GoPrep 速查表</translation>
    </message>
</context>
<context>
    <name>GoPrep::CliActions</name>
    <message>
        <source>Nothing to search for: give --search some words.</source>
        <translation>没有可搜索的内容：请为 --search 提供一些关键词。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <source>Imported %1: %2 notes added, %3 updated, %4 merged keeping both texts; %5 marks and %6 reviews added.</source>
        <translation>已导入 %1：新增 %2 条笔记，更新 %3 条，合并 %4 条（保留双方文本）；新增 %5 个标记和 %6 条复习记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>发现 %n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid pack &apos;%2&apos; %3, %4 sections, %5 questions.</source>
        <translation>%1：有效的题包“%2” %3，%4 个章节，%5 道题。</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;.</source>
        <translation>未知的筛选条件“%1”。</translation>
    </message>
    <message>
        <source>No section &apos;%1&apos; (see --list).</source>
        <translation>不存在章节“%1”（参见 --list）。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 道题写入 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::CommandLine</name>
    <message>
        <source>Prepare for Go interviews: questions and answers, your notes and bookmarks of weak topics.</source>
        <translation>准备 Go 面试：题目与答案，以及您的笔记、书签和薄弱知识点。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助信息并退出。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>显示版本信息并退出。</translation>
    </message>
    <message>
        <source>Print every question as tab-separated section id, question id and title.</source>
        <translation>输出所有题目：章节 ID、题目 ID 和标题，以制表符分隔。</translation>
    </message>
    <message>
        <source>Check the pack in DIR; print file:line: message for each problem. Exit 0 if valid, 1 if not.</source>
        <translation>检查 DIR 中的题包；每个问题输出一行“文件:行: 说明”。有效时退出码为 0，否则为 1。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the questions matching QUERY, best first: id and title, tab-separated. Exit 0 with results, 1 with none.</source>
        <translation>按相关度输出匹配 QUERY 的题目：ID 和标题，以制表符分隔。有结果时退出码为 0，无结果时为 1。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Write all your data to FILE: JSON (notes, marks, reviews, preferences), or your notes as Markdown when FILE ends in .md.</source>
        <translation>将所有数据写入 FILE：JSON（笔记、标记、复习记录、首选项）；若 FILE 以 .md 结尾，则将笔记导出为 Markdown。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Merge a JSON export into your data: by question, newer notes win and differing notes are both kept.</source>
        <translation>将 JSON 导出文件合并到您的数据中：按题目合并，较新的笔记优先，内容不同的笔记双方都保留。</translation>
    </message>
    <message>
        <source>Also load the pack in DIR (may be repeated).</source>
        <translation>同时加载 DIR 中的题包（可重复指定）。</translation>
    </message>
    <message>
        <source>Keep notes and settings in DIR instead of the standard location (also GOPREP_DATA_DIR).</source>
        <translation>将笔记和设置保存在 DIR 而非标准位置（也可使用 GOPREP_DATA_DIR）。</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG FILE and exit.</source>
        <translation>在屏幕外将主窗口渲染为 PNG 文件 FILE，然后退出。</translation>
    </message>
    <message>
        <source>With --screenshot: the question to open, by id (see --list).</source>
        <translation>配合 --screenshot：要打开的题目 ID（参见 --list）。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --screenshot: light or dark.</source>
        <translation>配合 --screenshot：light（浅色）或 dark（深色）。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show, reading (the default), review, drill (its first question) or progress.</source>
        <translation>配合 --screenshot：要显示的页面，reading（阅读，默认）、review（复习）、drill（演练第一题）或 progress（进度）。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Choose one of %1.</source>
        <translation>只能从 %1 中选择一个。</translation>
    </message>
    <message>
        <source>--question, --theme and --page go with --screenshot.</source>
        <translation>--question、--theme 和 --page 须与 --screenshot 一起使用。</translation>
    </message>
    <message>
        <source>--page takes %1, not &apos;%2&apos;.</source>
        <translation>--page 的取值应为 %1，而不是“%2”。</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme 的取值应为 light 或 dark，而不是“%1”。</translation>
    </message>
    <message>
        <source>Write a printable cheat sheet to the PDF FILE: each chosen question with its short answer, a Go example and your note.</source>
        <translation>将可打印的速查表写入 PDF 文件 FILE：所选的每道题附带简要回答、一个 Go 示例和您的笔记。</translation>
    </message>
    <message>
        <source>With --cheat-sheet: weak (the default), bookmarked, all, or section:ID (see --list).</source>
        <translation>配合 --cheat-sheet：weak（薄弱知识点，默认）、bookmarked（已加书签）、all（全部）或 section:ID（参见 --list）。</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>--filter goes with --cheat-sheet.</source>
        <translation>--filter 须与 --cheat-sheet 一起使用。</translation>
    </message>
    <message>
        <source>--filter takes weak, bookmarked, all or section:ID, not &apos;%1&apos;.</source>
        <translation>--filter 的取值应为 weak、bookmarked、all 或 section:ID，而不是“%1”。</translation>
    </message>
</context>
<context>
    <name>GoPrep::DataTransfer</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>不是有效的 JSON（第 %2 字节处：%1）</translation>
    </message>
    <message>
        <source>not a GoPrep export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>不是 GoPrep 导出文件（缺少 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>format version %1, but this GoPrep reads up to %2; update GoPrep</source>
        <translation>格式版本为 %1，但此版本的 GoPrep 最高只能读取 %2；请更新 GoPrep</translation>
    </message>
    <message>
        <source>note %1 has no question or no text</source>
        <translation>第 %1 条笔记缺少题目或文本</translation>
    </message>
    <message>
        <source>mark %1 is not a bookmark or weak mark of a question</source>
        <translation>第 %1 个标记不是题目的书签或薄弱标记</translation>
    </message>
    <message>
        <source>review %1 needs a question, a rating from 1 to 4 and a time</source>
        <translation>第 %1 条复习记录需要题目、1 到 4 的评分和时间</translation>
    </message>
    <message>
        <source>My GoPrep notes</source>
        <translation>我的 GoPrep 笔记</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>更新于 %1</translation>
    </message>
    <message>
        <source>Questions not in the loaded packs</source>
        <translation>不在已加载题包中的题目</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB: not a GoPrep export.</source>
        <translation>%1 大于 256 MiB：不是 GoPrep 导出文件。</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1：%2。未导入任何内容。</translation>
    </message>
</context>
<context>
    <name>GoPrep::DrillPage</name>
    <message>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Questions as an interviewer would ask them, one at a time against the clock. Answer out loud, then reveal the answer and rate yourself honestly. Weak topics are drawn first.</source>
        <translation>像面试官那样逐题提问，每题限时作答。请大声说出您的回答，然后显示答案并如实为自己评分。薄弱知识点会优先抽取。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>&amp;Weak topics only</source>
        <translation>仅薄弱知识点(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bookmarked only</source>
        <translation>仅已加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed only</source>
        <translation>仅未复习过(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>开始演练(&amp;S)</translation>
    </message>
    <message>
        <source>Question cou&amp;nt:</source>
        <translation>题目数量(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Time per question:</source>
        <translation>每题时间(&amp;T)：</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>章节(&amp;C)：</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>仅限：</translation>
    </message>
    <message>
        <source>Mock drill</source>
        <translation>模拟演练</translation>
    </message>
    <message>
        <source>En&amp;d Drill</source>
        <translation>结束演练(&amp;D)</translation>
    </message>
    <message>
        <source>Stop here and see the summary of the questions answered so far</source>
        <translation>在此停止，查看已答题目的小结</translation>
    </message>
    <message>
        <source>Drill results</source>
        <translation>演练结果</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>&amp;New Drill</source>
        <translation>新的演练(&amp;N)</translation>
    </message>
    <message>
        <source>Drill summary</source>
        <translation>演练小结</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Drills need your data file, which is unavailable.</source>
        <translation>演练需要您的数据文件，但该文件当前不可用。</translation>
    </message>
    <message>
        <source>No question matches these choices.</source>
        <translation>没有符合这些条件的题目。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) match</source>
        <translation>
            <numerusform>%n 道题符合条件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the drill asks %n.</source>
        <translation>
            <numerusform>本次演练将提问 %n 道。</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>用时 %1</translation>
    </message>
    <message>
        <source>%1 (time&apos;s up)</source>
        <translation>%1（超时）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1 道</translation>
    </message>
    <message>
        <source>The drill ended before any question was rated.</source>
        <translation>演练在任何题目评分之前就已结束。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1, %2 on average</source>
        <translation>用时 %1，平均每题 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>%n 道超时</numerusform>
        </translation>
    </message>
    <message>
        <source>No question was forgotten, so no new weak topics.</source>
        <translation>没有遗忘的题目，因此没有新增薄弱知识点。</translation>
    </message>
    <message>
        <source>Marked as weak topics (they come first in review and the next drill): %1</source>
        <translation>已标记为薄弱知识点（复习和下次演练时会优先出现）：%1</translation>
    </message>
</context>
<context>
    <name>GoPrep::ListItemDelegate</name>
    <message>
        <source>answer changed since</source>
        <translation>答案此后已更改</translation>
    </message>
</context>
<context>
    <name>GoPrep::MainWindow</name>
    <message>
        <source>&amp;Questions</source>
        <translation>题目(&amp;Q)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>笔记(&amp;O)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Notes are off: %1</source>
        <translation>笔记功能已关闭：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source> · notes in %1</source>
        <translation> · 笔记保存在 %1</translation>
    </message>
    <message>
        <source> · notes are off</source>
        <translation> · 笔记功能已关闭</translation>
    </message>
    <message>
        <source>Notes are unavailable</source>
        <translation>笔记不可用</translation>
    </message>
    <message>
        <source>GoPrep cannot keep notes and bookmarks right now. You can still read every question.</source>
        <translation>GoPrep 目前无法保存笔记和书签。您仍然可以阅读所有题目。</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>上一题(&amp;P)</translation>
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
        <translation>下一题(&amp;N)</translation>
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
        <translation>添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark this question (Ctrl+D)</source>
        <translation>为此题添加书签（Ctrl+D）</translation>
    </message>
    <message>
        <source>Mark as &amp;Weak Topic</source>
        <translation>标记为薄弱知识点(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark this topic as one to work on (Ctrl+E)</source>
        <translation>将此知识点标记为需要加强（Ctrl+E）</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>复制代码块(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the code block at the cursor, or the first one (Ctrl+Shift+C)</source>
        <translation>复制光标处的代码块，或第一个代码块（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>重置缩放(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Export Your Data…</source>
        <translation>导出数据(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>导入数据(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Go to &amp;Questions</source>
        <translation>转到题目(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to &amp;Answer</source>
        <translation>转到答案(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to &amp;Notes</source>
        <translation>转到笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>搜索(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>All &amp;Notes</source>
        <translation>所有笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Note &amp;Preview</source>
        <translation>笔记预览(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>关于 GoPrep(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>阅读(&amp;R)</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Read the questions and answers, with your notes</source>
        <translation>阅读题目和答案，并查看您的笔记</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>复习(&amp;V)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Review what is due, then new questions</source>
        <translation>先复习到期的题目，再学习新题</translation>
    </message>
    <message>
        <source>Mock &amp;Drill</source>
        <translation>模拟演练(&amp;D)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Answer questions against the clock, as in an interview</source>
        <translation>像真实面试一样限时答题</translation>
    </message>
    <message>
        <source>&amp;Plan and Progress</source>
        <translation>计划与进度(&amp;P)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Your plan for the interview date, and your progress</source>
        <translation>面试日期前的学习计划，以及您的进度</translation>
    </message>
    <message>
        <source>&amp;Back to Reading</source>
        <translation>返回阅读(&amp;B)</translation>
    </message>
    <message>
        <source>Code copied to the clipboard</source>
        <translation>代码已复制到剪贴板</translation>
    </message>
    <message>
        <source>This page has no code block</source>
        <translation>此页面没有代码块</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>题目(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一题</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一题</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>薄弱</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>阅读</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>演练</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>%n 道题待复习</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>没有到期的复习</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>复习（%1）</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>薄弱知识点</translation>
    </message>
    <message>
        <source>Nothing bookmarked yet. Press Ctrl+D on a question to keep it here.</source>
        <translation>还没有书签。在题目上按 Ctrl+D，即可将其收藏到这里。</translation>
    </message>
    <message>
        <source>No weak topics yet. Press Ctrl+E on a question you cannot answer well yet; it collects here for practice.</source>
        <translation>还没有薄弱知识点。在尚未掌握的题目上按 Ctrl+E，它就会汇集到这里供您练习。</translation>
    </message>
    <message>
        <source>The questions you bookmarked.</source>
        <translation>您添加了书签的题目。</translation>
    </message>
    <message>
        <source>The topics you marked as weak: practise these first.</source>
        <translation>您标记为薄弱的知识点：请优先练习。</translation>
    </message>
    <message>
        <source>Export Your Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Everything, to import again (*.json);;Notes to read (*.md)</source>
        <translation>全部数据，可再次导入 (*.json);;笔记，供阅读 (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>导入数据</translation>
    </message>
    <message>
        <source>GoPrep exports (*.json)</source>
        <translation>GoPrep 导出文件 (*.json)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>已导入</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added, %1 updated, %2 merged keeping both texts.</source>
        <translation>
            <numerusform>新增 %n 条笔记，更新 %1 条，合并 %2 条（保留双方文本）。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bookmarks and weak marks added, %2 reviews added. A backup of your data from before the import was made first (File → Restore from Backup).</source>
        <translation>新增 %1 个书签和薄弱标记，新增 %2 条复习记录。导入前已先备份了您的数据（文件 → 从备份恢复）。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>GoPrep backs up your notes, marks and reviews when it starts and every day, and keeps the last %1. Restoring replaces your current data; it is backed up first, so a restore can be undone.</source>
        <translation>GoPrep 会在启动时和每天备份您的笔记、标记和复习记录，并保留最近 %1 份。恢复会替换当前数据；当前数据会先被备份，因此恢复可以撤销。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>%1 — %2 KB</source>
        <translation>%1 — %2 KB</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation>已恢复 %1 的备份</translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation>笔记尚未保存</translation>
    </message>
    <message>
        <source>The note could not be saved. Close anyway and lose the latest changes?</source>
        <translation>无法保存笔记。仍要关闭并丢失最近的更改吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Move in the question list</source>
        <translation>在题目列表中移动</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>上方向键、下方向键</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>下一个字段</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Show the answer (review and drill)</source>
        <translation>显示答案（复习和演练）</translation>
    </message>
    <message>
        <source>Space; Ctrl+Return in the answer box</source>
        <translation>空格；在回答框中按 Ctrl+回车</translation>
    </message>
    <message>
        <source>Rate: Again, Hard, Good, Easy</source>
        <translation>评分：重来、困难、良好、简单</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1、2、3、4</translation>
    </message>
    <message>
        <source>Rate in pass/fail mode: Forgot, Remembered</source>
        <translation>通过/未通过模式下评分：忘记了、记住了</translation>
    </message>
    <message>
        <source>1, 2</source>
        <translation>1、2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n question(s))</source>
        <translation>
            <numerusform>%1 %2（%n 道题）</numerusform>
        </translation>
    </message>
    <message>
        <source>About GoPrep</source>
        <translation>关于 GoPrep</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Prepare for Go interviews: read the answers, say them in your own words, mark what you are weak on.&lt;/p&gt;&lt;p&gt;Packs: %2&lt;/p&gt;&lt;p&gt;Code highlighting: %3&lt;/p&gt;&lt;p&gt;Your notes: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;准备 Go 面试：阅读答案，用自己的话复述，标记自己的薄弱之处。&lt;/p&gt;&lt;p&gt;题包：%2&lt;/p&gt;&lt;p&gt;代码高亮：%3&lt;/p&gt;&lt;p&gt;您的笔记：%4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>The new language applies when GoPrep starts again.</source>
        <translation>新语言将在 GoPrep 重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet…</source>
        <translation>速查表(&amp;C)…</translation>
    </message>
    <message>
        <source>Your weak topics, bookmarks or a section on paper or in a PDF</source>
        <translation>将薄弱知识点、书签或某个章节打印出来，或保存为 PDF</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesListModel</name>
    <message>
        <source>%1 (not in any loaded pack)</source>
        <translation>%1（不在任何已加载的题包中）</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note.</source>
        <translation>您写下这条笔记后，答案已有更改。</translation>
    </message>
    <message>
        <source>%1, note from %2%3</source>
        <translation>%1，笔记写于 %2%3</translation>
    </message>
    <message>
        <source>, the answer changed since</source>
        <translation>，此后答案已有更改</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesOverview</name>
    <message>
        <source>Find in your notes</source>
        <translation>在笔记中查找</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>No notes yet. Open a question and write the answer in your own words: your notes collect here, newest first.</source>
        <translation>还没有笔记。打开一道题，用自己的话写下答案：笔记会汇集在这里，最新的排在最前。</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>没有与“%1”匹配的笔记。</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesPane</name>
    <message>
        <source>Your notes</source>
        <translation>我的笔记</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation>笔记保存状态</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note. Read it again and update your note.</source>
        <translation>您写下这条笔记后，答案已有更改。请重新阅读并更新笔记。</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>笔记编辑器</translation>
    </message>
    <message>
        <source>Your answer in your own words, in Markdown. Saved automatically.</source>
        <translation>用自己的话写下的答案，使用 Markdown 格式。自动保存。</translation>
    </message>
    <message>
        <source>Say the answer in your own words, as you would in the interview.

Markdown works: **bold**, `code`, lists and ```go code blocks.

Saved automatically.</source>
        <translation>像在面试中那样，用自己的话说出答案。

支持 Markdown：**粗体**、`代码`、列表和 ```go 代码块。

自动保存。</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>笔记预览</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>编写(&amp;W)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>预览(&amp;V)</translation>
    </message>
    <message>
        <source>Open a question to write a note</source>
        <translation>打开一道题即可编写笔记</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>尚无笔记</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存于 %1</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Notes off</source>
        <translation>笔记已关闭</translation>
    </message>
</context>
<context>
    <name>GoPrep::PracticeCard</name>
    <message>
        <source>Your answer</source>
        <translation>您的回答</translation>
    </message>
    <message>
        <source>Say your answer out loud, or type the points you would make.

Ctrl+Return shows the answer. This box is not saved.</source>
        <translation>大声说出您的回答，或写下您要讲的要点。

按 Ctrl+回车显示答案。此框中的内容不会保存。</translation>
    </message>
    <message>
        <source>Your &amp;answer</source>
        <translation>您的回答(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; shows the answer.&lt;br&gt;&lt;br&gt;To write your answer first, &lt;b&gt;Tab&lt;/b&gt; to the box on the left; there, &lt;b&gt;Ctrl+Return&lt;/b&gt; shows the answer.</source>
        <translation>按&lt;b&gt;空格&lt;/b&gt;显示答案。&lt;br&gt;&lt;br&gt;若要先写下回答，请按 &lt;b&gt;Tab&lt;/b&gt; 切换到左侧的输入框；在那里按 &lt;b&gt;Ctrl+回车&lt;/b&gt;显示答案。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Show Answer  (Space)</source>
        <translation>显示答案（空格）</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%n 个月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>weak topic</source>
        <translation>薄弱知识点</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新题</translation>
    </message>
    <message>
        <source>due</source>
        <translation>已到期</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>已逾期 %1</translation>
    </message>
    <message numerus="yes">
        <source>reviewed %n time(s)</source>
        <translation>
            <numerusform>已复习 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>忘记了</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>记住了</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>重来</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>困难</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良好</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>简单</translation>
    </message>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation>评为“%1”（按键 %2）</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>题目：%1</translation>
    </message>
    <message>
        <source>%1. Space shows the answer; Tab goes to the box for your answer.</source>
        <translation>%1。按空格键显示答案；按 Tab 键转到您的回答输入框。</translation>
    </message>
</context>
<context>
    <name>GoPrep::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外观(&amp;A)：</translation>
    </message>
    <message>
        <source>Automatic (light or dark, with the window)</source>
        <translation>自动（随窗口使用浅色或深色）</translation>
    </message>
    <message>
        <source>&amp;Code colours:</source>
        <translation>代码配色(&amp;C)：</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>跟随系统（%1）</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; the questions stay in their pack&apos;s language. Applies when GoPrep starts again.</source>
        <translation>菜单、按钮和消息所用的语言；题目仍使用其题包的语言。重新启动 GoPrep 后生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language applies when GoPrep starts again.</source>
        <translation>新语言将在 GoPrep 重新启动后生效。</translation>
    </message>
</context>
<context>
    <name>GoPrep::ProgressPage</name>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>&amp;Interview on:</source>
        <translation>面试日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Tick this and choose the day: the plan spreads your reviews over the days left.</source>
        <translation>勾选此项并选择日期：计划会将复习分摊到剩余的天数中。</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>面试日期</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>How likely you want to be to recall each answer. Reviews are scheduled to keep every answer at least this likely to come back; higher means more reviews.</source>
        <translation>您希望每个答案能被回想起来的概率。复习安排会使每个答案的记忆率不低于此值；数值越高，复习次数越多。</translation>
    </message>
    <message>
        <source>&amp;Target recall:</source>
        <translation>目标记忆率(&amp;T)：</translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>今日复习</translation>
    </message>
    <message>
        <source>Review These &amp;Now</source>
        <translation>立即复习这些(&amp;N)</translation>
    </message>
    <message>
        <source>Most at risk</source>
        <translation>风险最高</translation>
    </message>
    <message>
        <source>Most at risk on the day</source>
        <translation>面试当天风险最高</translation>
    </message>
    <message>
        <source>Predicted recall of every question</source>
        <translation>每道题的预测记忆率</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>面试当天</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>学习计划</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>所有题目</translation>
    </message>
    <message>
        <source>Sections: reviewed and predicted recall now</source>
        <translation>各章节：已复习比例与当前预测记忆率</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>每日复习次数（最近 30 天）</translation>
    </message>
    <message>
        <source>No reviews yet. F5 starts your first round.</source>
        <translation>还没有复习记录。按 F5 开始第一轮复习。</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>未来 14 天内到期</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>尚无安排。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Plans and progress need your data file, which is unavailable.</source>
        <translation>计划和进度需要您的数据文件，但该文件当前不可用。</translation>
    </message>
    <message>
        <source>Set the date of your interview, and GoPrep works out what to review each day so that every answer reaches %1 recall by then.</source>
        <translation>设置面试日期后，GoPrep 会算出每天需要复习的内容，使每个答案届时都达到 %1 的记忆率。</translation>
    </message>
    <message>
        <source>Your interview is &lt;b&gt;today&lt;/b&gt;.</source>
        <translation>面试就在&lt;b&gt;今天&lt;/b&gt;。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s)&lt;/b&gt; to your interview</source>
        <translation>
            <numerusform>距离面试还有 &lt;b&gt;%n 天&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1.</source>
        <translation>（%1）。</translation>
    </message>
    <message>
        <source>On the day, &lt;b&gt;%1 of %2&lt;/b&gt; answers are predicted at %3 recall or better</source>
        <translation>预计面试当天有 &lt;b&gt;%1/%2&lt;/b&gt; 个答案的记忆率达到 %3 或以上</translation>
    </message>
    <message numerus="yes">
        <source>; %n not started yet</source>
        <translation>
            <numerusform>；%n 个尚未开始</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk.</source>
        <translation>
            <numerusform>，%n 个存在风险。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to review today.</source>
        <translation>今天没有更多需要复习的内容了。</translation>
    </message>
    <message numerus="yes">
        <source>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</source>
        <translation>
            <numerusform>今天复习 &lt;b&gt;%n&lt;/b&gt; 道题即可按计划推进。</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>新题</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>当前 %1</translation>
    </message>
    <message>
        <source>%1 on the day</source>
        <translation>当天 %1</translation>
    </message>
    <message>
        <source>None: everything you reviewed holds until then.</source>
        <translation>无：您复习过的内容都能保持到那一天。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n-day&lt;/b&gt; streak</source>
        <translation>
            <numerusform>连续学习 &lt;b&gt;%n 天&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>尚无连续学习记录</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in all</source>
        <translation>
            <numerusform>共复习 %n 次</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>今日到期 %n 道</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>已复习</translation>
    </message>
    <message>
        <source>Predicted recall</source>
        <translation>预测记忆率</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>复习次数</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
</context>
<context>
    <name>GoPrep::Question</name>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>中级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionBrowser</name>
    <message>
        <source>Search questions and notes (Ctrl+K)</source>
        <translation>搜索题目和笔记（Ctrl+K）</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Type to search titles, answers, code and your notes. Up and Down choose a result, Enter opens it, Escape clears the search.</source>
        <translation>输入文字以搜索标题、答案、代码和您的笔记。用上下方向键选择结果，按回车键打开，按 Esc 清除搜索。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>筛选题目</translation>
    </message>
    <message>
        <source>Show only some sections, levels, tags or marked questions</source>
        <translation>仅显示指定的章节、级别、标签或已标记的题目</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>筛选(&amp;F)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>题目</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the current filters.</source>
        <translation>在当前筛选条件下，没有与“%1”匹配的结果。</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>已加书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Weak topics</source>
        <translation>薄弱知识点(&amp;W)</translation>
    </message>
    <message>
        <source>With a &amp;note</source>
        <translation>有笔记(&amp;N)</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed</source>
        <translation>未复习过(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>级别(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>章节(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>筛选（%1）</translation>
    </message>
    <message>
        <source>Showing: %1 — &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>显示：%1 — &lt;a href=&quot;clear&quot;&gt;显示全部&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search over %n question(s)… The results appear here in a moment.</source>
        <translation>
            <numerusform>正在准备对 %n 个问题的搜索… 结果稍后会显示在这里。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionTreeModel</name>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>薄弱知识点</translation>
    </message>
    <message>
        <source>Questions you bookmarked (Ctrl+D)</source>
        <translation>您添加了书签的题目（Ctrl+D）</translation>
    </message>
    <message>
        <source>Topics you marked as weak (Ctrl+E)</source>
        <translation>您标记为薄弱的知识点（Ctrl+E）</translation>
    </message>
    <message>
        <source>A guide to preparing for the interview</source>
        <translation>面试准备指南</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Level: %2 · Tags: %3</source>
        <translation>%1
级别：%2 · 标签：%3</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>已加书签</translation>
    </message>
    <message>
        <source>marked weak</source>
        <translation>已标记为薄弱</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>有笔记</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n question(s)</source>
        <translation>
            <numerusform>%1，%n 道题</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, guide</source>
        <translation>%1，指南</translation>
    </message>
</context>
<context>
    <name>GoPrep::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>复习</translation>
    </message>
    <message>
        <source>Pa&amp;ss/fail</source>
        <translation>通过/未通过(&amp;S)</translation>
    </message>
    <message>
        <source>Rate with two buttons, Forgot and Remembered, instead of four</source>
        <translation>只用“忘记了”和“记住了”两个按钮评分，而不是四个</translation>
    </message>
    <message>
        <source>Open in &amp;Reader</source>
        <translation>在阅读视图中打开(&amp;R)</translation>
    </message>
    <message>
        <source>Read this question with its note (Esc comes back to reading)</source>
        <translation>在阅读视图中查看此题及其笔记（按 Esc 返回阅读）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Review needs your data</source>
        <translation>复习需要您的数据</translation>
    </message>
    <message>
        <source>GoPrep cannot open the file that keeps your reviews, so it cannot schedule them. The reason is in the message shown at start.</source>
        <translation>GoPrep 无法打开保存复习记录的文件，因此无法安排复习。原因请见启动时显示的消息。</translation>
    </message>
    <message>
        <source>The next question comes due in %1 (%2).</source>
        <translation>下一道题将在 %1 后到期（%2）。</translation>
    </message>
    <message>
        <source>&lt;p&gt;F6 starts a timed mock drill; F7 shows your plan and progress; Esc goes back to reading.&lt;/p&gt;</source>
        <translation>&lt;p&gt;按 F6 开始限时模拟演练；按 F7 查看计划与进度；按 Esc 返回阅读。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>本轮完成</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n question(s) reviewed</source>
        <translation>
            <numerusform>&lt;p&gt;已复习 %n 道题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n again</source>
        <translation>
            <numerusform>，其中 %n 道重来</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1.&lt;/p&gt;</source>
        <translation>，用时 %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>没有需要复习的内容</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;您已完成全部复习。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>剩余 %n 道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>已复习 %n 道</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n again</source>
        <translation>
            <numerusform>重来 %n 道</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchIndex</name>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>搜索不可用：%1</translation>
    </message>
    <message>
        <source>Search is unavailable (SQLite needs FTS5): %1</source>
        <translation>搜索不可用（SQLite 需要 FTS5）：%1</translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchResultsModel</name>
    <message>
        <source>%1, in %2</source>
        <translation>%1，位于 %2</translation>
    </message>
</context>
<context>
    <name>GoPrep::UserStore</name>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and started a new, empty one, because there was no usable backup.</source>
        <translation>您的笔记数据库已损坏。GoPrep 已将其移至 %1（并未删除）；由于没有可用的备份，已新建一个空数据库。</translation>
    </message>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and restored the backup from %2. Anything written after that backup is only in the damaged file.</source>
        <translation>您的笔记数据库已损坏。GoPrep 已将其移至 %1（并未删除），并恢复了 %2 的备份。该备份之后写入的内容只保存在已损坏的文件中。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so GoPrep cannot keep notes. Install it (Debian: libqt6sql6-sqlite).</source>
        <translation>Qt SQLite 驱动（QSQLITE）不可用，因此 GoPrep 无法保存笔记。请安装该驱动（Debian：libqt6sql6-sqlite）。</translation>
    </message>
    <message>
        <source>Cannot open the notes database %1: %2</source>
        <translation>无法打开笔记数据库 %1：%2</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation>数据文件夹 %1 是一个文件，而不是文件夹。请移走该文件，或使用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</source>
        <translation>无法创建数据文件夹 %1。请检查其上级文件夹是否存在且可写，或使用 --data-dir 选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 exists but is not a file. Move it away so GoPrep can keep your notes there.</source>
        <translation>%1 已存在，但不是文件。请将其移走，以便 GoPrep 在此保存您的笔记。</translation>
    </message>
    <message>
        <source>The notes database %1 is damaged (%2), and it could not be moved aside. Move it away yourself and start GoPrep again.</source>
        <translation>笔记数据库 %1 已损坏（%2），且无法将其移开。请手动移走该文件，然后重新启动 GoPrep。</translation>
    </message>
    <message>
        <source>Cannot check the notes database</source>
        <translation>无法检查笔记数据库</translation>
    </message>
    <message>
        <source>The notes database %1 failed its integrity check (%2).</source>
        <translation>笔记数据库 %1 未通过完整性检查（%2）。</translation>
    </message>
    <message>
        <source> Check that the folder is writable, or start GoPrep with --data-dir pointing to a writable folder.</source>
        <translation>请检查该文件夹是否可写，或使用 --data-dir 指定一个可写的文件夹来启动 GoPrep。</translation>
    </message>
    <message>
        <source> The file is damaged or is not a GoPrep database.</source>
        <translation>该文件已损坏，或不是 GoPrep 数据库。</translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4</source>
        <translation>%1（%2）：%3。%4</translation>
    </message>
    <message>
        <source>Cannot use the notes database</source>
        <translation>无法使用笔记数据库</translation>
    </message>
    <message>
        <source>Cannot use the notes database %1: it could not be switched to write-ahead logging (journal mode is &apos;%2&apos;). Is the folder writable?</source>
        <translation>无法使用笔记数据库 %1：无法切换到预写式日志（WAL）模式（当前日志模式为“%2”）。该文件夹是否可写？</translation>
    </message>
    <message>
        <source>Cannot configure the notes database</source>
        <translation>无法配置笔记数据库</translation>
    </message>
    <message>
        <source>Cannot read the notes database</source>
        <translation>无法读取笔记数据库</translation>
    </message>
    <message>
        <source>The notes database %1 was written by a newer version of GoPrep (schema %2; this version knows up to %3). Update GoPrep; the file was left untouched.</source>
        <translation>笔记数据库 %1 由更新版本的 GoPrep 写入（架构版本 %2；此版本最高支持 %3）。请更新 GoPrep；该文件未被改动。</translation>
    </message>
    <message>
        <source>Cannot update the notes database</source>
        <translation>无法升级笔记数据库</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema %1</source>
        <translation>无法将笔记数据库升级到架构版本 %1</translation>
    </message>
    <message>
        <source>Cannot update the notes database %1: %2</source>
        <translation>无法升级笔记数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read notes</source>
        <translation>无法读取笔记</translation>
    </message>
    <message>
        <source>Cannot read bookmarks</source>
        <translation>无法读取书签</translation>
    </message>
    <message>
        <source>Cannot read the review history</source>
        <translation>无法读取复习记录</translation>
    </message>
    <message>
        <source>Cannot read preferences</source>
        <translation>无法读取首选项</translation>
    </message>
    <message>
        <source>Your note was not saved</source>
        <translation>笔记未保存</translation>
    </message>
    <message>
        <source>The bookmark was not saved</source>
        <translation>书签未保存</translation>
    </message>
    <message>
        <source>The weak-topic mark was not saved</source>
        <translation>薄弱知识点标记未保存</translation>
    </message>
    <message>
        <source>A rating is 1 (again) to 4 (easy), not %1.</source>
        <translation>评分应为 1（重来）到 4（简单），而不是 %1。</translation>
    </message>
    <message>
        <source>The review was not saved (%1): %2</source>
        <translation>复习记录未保存（%1）：%2</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>复习记录未保存</translation>
    </message>
    <message>
        <source>The practice session could not be started</source>
        <translation>无法开始练习</translation>
    </message>
    <message>
        <source>The practice session could not be closed</source>
        <translation>无法结束练习</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>设置未保存</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>未能创建备份</translation>
    </message>
    <message>
        <source>%1 is not a usable GoPrep backup: it is damaged or not a database.</source>
        <translation>%1 不是可用的 GoPrep 备份：文件已损坏或不是数据库。</translation>
    </message>
    <message>
        <source>The backup could not be read</source>
        <translation>无法读取备份</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of GoPrep; update GoPrep to restore it.</source>
        <translation>%1 由更新版本的 GoPrep 创建；请更新 GoPrep 后再恢复。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>未能恢复备份：%1</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed</source>
        <translation>未能恢复备份；未做任何更改</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>Also written on %1, kept when importing:</source>
        <translation>另一版本写于 %1，导入时一并保留：</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown question id &apos;%1&apos; (see --list).</source>
        <translation>未知的题目 ID“%1”（参见 --list）。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>无法将截图写入 %1。</translation>
    </message>
    <message>
        <source>Run goprep --help for the options.</source>
        <translation>运行 goprep --help 查看可用选项。</translation>
    </message>
    <message>
        <source>GoPrep is already running; its window was brought to the front.</source>
        <translation>GoPrep 已在运行；已将其窗口调至前台。</translation>
    </message>
    <message>
        <source>Your notes were recovered</source>
        <translation>笔记已恢复</translation>
    </message>
    <message>
        <source>A pack was not loaded</source>
        <translation>有题包未能加载</translation>
    </message>
    <message>
        <source>Some question packs have problems and were left out. The others are ready.</source>
        <translation>部分题包存在问题，已被跳过。其余题包已就绪。</translation>
    </message>
</context>
</TS>
