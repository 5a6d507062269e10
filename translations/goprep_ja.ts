<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>GoPrep::AnswerDocument</name>
    <message>
        <source>Level: %1 · Tags: %2</source>
        <translation>レベル: %1 · タグ: %2</translation>
    </message>
    <message>
        <source>Short answer</source>
        <translation>簡潔な回答</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>関連する質問</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
</context>
<context>
    <name>GoPrep::AnswerView</name>
    <message>
        <source>Copy Code Block</source>
        <translation>コードブロックをコピー</translation>
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
        <translation>苦手分野</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>すべての質問</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet: %1</source>
        <translation>GoPrep チートシート: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) · %1</source>
        <translation>
            <numerusform>%n 問 · %1</numerusform>
        </translation>
    </message>
    <message>
        <source>My note</source>
        <translation>自分のメモ</translation>
    </message>
    <message>
        <source>No weak topics yet: mark some with Ctrl+E, or choose bookmarks or all questions.</source>
        <translation>苦手分野はまだありません: Ctrl+E で指定するか、ブックマークまたはすべての質問を選んでください。</translation>
    </message>
    <message>
        <source>No bookmarks yet: add some with Ctrl+D, or choose weak topics or all questions.</source>
        <translation>ブックマークはまだありません: Ctrl+D で追加するか、苦手分野またはすべての質問を選んでください。</translation>
    </message>
    <message>
        <source>There are no questions in %1.</source>
        <translation>%1 には質問がありません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>GoPrep::CheatSheetDialog</name>
    <message>
        <source>Cheat Sheet</source>
        <translation>チートシート</translation>
    </message>
    <message>
        <source>Questions on the sheet</source>
        <translation>チートシートに載せる質問</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>セクション(&amp;S):</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message numerus="yes">
        <source>&amp;All %n question(s)</source>
        <translation>
            <numerusform>すべての質問(&amp;A) (%n 問)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your &amp;notes</source>
        <translation>自分のメモ(&amp;N)</translation>
    </message>
    <message>
        <source>Short Go &amp;examples</source>
        <translation>短い Go のコード例(&amp;E)</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>PDF として保存(&amp;P)…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>印刷(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Weak topics (%1)</source>
        <translation>苦手分野(&amp;W) (%1)</translation>
    </message>
    <message>
        <source>&amp;Bookmarks (%1)</source>
        <translation>ブックマーク(&amp;B) (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) on the sheet.</source>
        <translation>
            <numerusform>チートシートに %n 問を載せます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to put on the sheet: choose other questions.</source>
        <translation>チートシートに載せる質問がありません: 別の質問を選んでください。</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet %1.pdf</source>
        <translation>GoPrep チートシート %1.pdf</translation>
    </message>
    <message>
        <source>Save Cheat Sheet</source>
        <translation>チートシートの保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The cheat sheet was not saved</source>
        <translation>チートシートは保存されませんでした</translation>
    </message>
    <message>
        <source>GoPrep cheat sheet</source>
        <translation>GoPrep チートシート</translation>
    </message>
</context>
<context>
    <name>GoPrep::CliActions</name>
    <message>
        <source>Nothing to search for: give --search some words.</source>
        <translation>検索する語がありません: --search に語句を指定してください。</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>%1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>Imported %1: %2 notes added, %3 updated, %4 merged keeping both texts; %5 marks and %6 reviews added.</source>
        <translation>%1 をインポートしました: メモを %2 件追加、%3 件更新、%4 件を両方の内容を残して統合。マーク %5 件と復習記録 %6 件を追加しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: valid pack &apos;%2&apos; %3, %4 sections, %5 questions.</source>
        <translation>%1: 有効なパック「%2」%3、セクション %4 個、質問 %5 問。</translation>
    </message>
    <message>
        <source>Unknown filter &apos;%1&apos;.</source>
        <translation>不明なフィルタ「%1」です。</translation>
    </message>
    <message>
        <source>No section &apos;%1&apos; (see --list).</source>
        <translation>セクション「%1」はありません (--list を参照)。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n question(s) to %1.</source>
        <translation>
            <numerusform>%1 に %n 問を書き出しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::CommandLine</name>
    <message>
        <source>Prepare for Go interviews: questions and answers, your notes and bookmarks of weak topics.</source>
        <translation>Go の面接対策: 質問と回答、メモ、ブックマーク、苦手分野。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>このヘルプを表示して終了します。</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>バージョンを表示して終了します。</translation>
    </message>
    <message>
        <source>Print every question as tab-separated section id, question id and title.</source>
        <translation>すべての質問をセクション ID、質問 ID、タイトルのタブ区切りで出力します。</translation>
    </message>
    <message>
        <source>Check the pack in DIR; print file:line: message for each problem. Exit 0 if valid, 1 if not.</source>
        <translation>DIR のパックを検査し、問題ごとに file:line: message を出力します。有効なら終了コード 0、無効なら 1。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Print the questions matching QUERY, best first: id and title, tab-separated. Exit 0 with results, 1 with none.</source>
        <translation>QUERY に一致する質問を関連度順に ID とタイトルのタブ区切りで出力します。結果があれば終了コード 0、なければ 1。</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
    <message>
        <source>Write all your data to FILE: JSON (notes, marks, reviews, preferences), or your notes as Markdown when FILE ends in .md.</source>
        <translation>すべてのデータを FILE に JSON (メモ、マーク、復習記録、設定) で書き出します。FILE が .md で終わる場合はメモを Markdown で書き出します。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Merge a JSON export into your data: by question, newer notes win and differing notes are both kept.</source>
        <translation>JSON エクスポートをデータに統合します: 質問ごとに新しいメモを優先し、内容が異なるメモは両方残します。</translation>
    </message>
    <message>
        <source>Also load the pack in DIR (may be repeated).</source>
        <translation>DIR のパックも読み込みます (複数指定可)。</translation>
    </message>
    <message>
        <source>Keep notes and settings in DIR instead of the standard location (also GOPREP_DATA_DIR).</source>
        <translation>メモと設定を標準の場所ではなく DIR に保存します (GOPREP_DATA_DIR でも指定可)。</translation>
    </message>
    <message>
        <source>Render the main window offscreen to the PNG FILE and exit.</source>
        <translation>メインウィンドウを画面外で PNG ファイル FILE に描画して終了します。</translation>
    </message>
    <message>
        <source>With --screenshot: the question to open, by id (see --list).</source>
        <translation>--screenshot と併用: 開く質問の ID (--list を参照)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --screenshot: light or dark.</source>
        <translation>--screenshot と併用: light または dark。</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>THEME</translation>
    </message>
    <message>
        <source>With --screenshot: the page to show, reading (the default), review, drill (its first question) or progress.</source>
        <translation>--screenshot と併用: 表示するページ。reading (既定)、review、drill (最初の質問)、progress のいずれか。</translation>
    </message>
    <message>
        <source>PAGE</source>
        <translation>PAGE</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>予期しない引数: %1</translation>
    </message>
    <message>
        <source>Choose one of %1.</source>
        <translation>%1 のいずれか 1 つを選んでください。</translation>
    </message>
    <message>
        <source>--question, --theme and --page go with --screenshot.</source>
        <translation>--question、--theme、--page は --screenshot と一緒に使います。</translation>
    </message>
    <message>
        <source>--page takes %1, not &apos;%2&apos;.</source>
        <translation>--page には %1 のいずれかを指定してください (「%2」は無効です)。</translation>
    </message>
    <message>
        <source>--theme takes light or dark, not &apos;%1&apos;.</source>
        <translation>--theme には light か dark を指定してください (「%1」は無効です)。</translation>
    </message>
    <message>
        <source>Write a printable cheat sheet to the PDF FILE: each chosen question with its short answer, a Go example and your note.</source>
        <translation>選んだ質問ごとに簡潔な回答、Go のコード例、メモを載せた印刷用チートシートを PDF ファイル FILE に書き出します。</translation>
    </message>
    <message>
        <source>With --cheat-sheet: weak (the default), bookmarked, all, or section:ID (see --list).</source>
        <translation>--cheat-sheet と併用: weak (既定)、bookmarked、all、section:ID (--list を参照) のいずれか。</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>--filter goes with --cheat-sheet.</source>
        <translation>--filter は --cheat-sheet と一緒に使います。</translation>
    </message>
    <message>
        <source>--filter takes weak, bookmarked, all or section:ID, not &apos;%1&apos;.</source>
        <translation>--filter には weak、bookmarked、all、section:ID のいずれかを指定してください (「%1」は無効です)。</translation>
    </message>
</context>
<context>
    <name>GoPrep::DataTransfer</name>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>有効な JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>not a GoPrep export (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>GoPrep のエクスポートではありません (&quot;format&quot;: &quot;%1&quot; がありません)</translation>
    </message>
    <message>
        <source>format version %1, but this GoPrep reads up to %2; update GoPrep</source>
        <translation>形式バージョン %1 ですが、この GoPrep が読めるのは %2 までです。GoPrep を更新してください</translation>
    </message>
    <message>
        <source>note %1 has no question or no text</source>
        <translation>メモ %1 に質問またはテキストがありません</translation>
    </message>
    <message>
        <source>mark %1 is not a bookmark or weak mark of a question</source>
        <translation>マーク %1 は質問のブックマークでも苦手マークでもありません</translation>
    </message>
    <message>
        <source>review %1 needs a question, a rating from 1 to 4 and a time</source>
        <translation>復習記録 %1 には質問、1〜4 の評価、日時が必要です</translation>
    </message>
    <message>
        <source>My GoPrep notes</source>
        <translation>GoPrep のメモ</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 更新</translation>
    </message>
    <message>
        <source>Questions not in the loaded packs</source>
        <translation>読み込まれたパックにない質問</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is larger than 256 MiB: not a GoPrep export.</source>
        <translation>%1 は 256 MiB を超えています: GoPrep のエクスポートではありません。</translation>
    </message>
    <message>
        <source>%1: %2. Nothing was imported.</source>
        <translation>%1: %2。何もインポートされませんでした。</translation>
    </message>
</context>
<context>
    <name>GoPrep::DrillPage</name>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>簡単</translation>
    </message>
    <message>
        <source>Questions as an interviewer would ask them, one at a time against the clock. Answer out loud, then reveal the answer and rate yourself honestly. Weak topics are drawn first.</source>
        <translation>面接官が尋ねるように、時間制限付きで 1 問ずつ出題します。声に出して答えてから回答を表示し、正直に自己評価してください。苦手分野から優先して出題されます。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>&amp;Weak topics only</source>
        <translation>苦手分野のみ(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Bookmarked only</source>
        <translation>ブックマークのみ(&amp;B)</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed only</source>
        <translation>未復習のみ(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Start Drill</source>
        <translation>模擬面接を開始(&amp;S)</translation>
    </message>
    <message>
        <source>Question cou&amp;nt:</source>
        <translation>質問数(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Time per question:</source>
        <translation>1 問あたりの時間(&amp;T):</translation>
    </message>
    <message>
        <source>Se&amp;ctions:</source>
        <translation>セクション(&amp;C):</translation>
    </message>
    <message>
        <source>Levels:</source>
        <translation>レベル:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>絞り込み:</translation>
    </message>
    <message>
        <source>Mock drill</source>
        <translation>模擬面接</translation>
    </message>
    <message>
        <source>En&amp;d Drill</source>
        <translation>模擬面接を終了(&amp;D)</translation>
    </message>
    <message>
        <source>Stop here and see the summary of the questions answered so far</source>
        <translation>ここで終了し、これまでに答えた質問のまとめを表示します</translation>
    </message>
    <message>
        <source>Drill results</source>
        <translation>模擬面接の結果</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>&amp;New Drill</source>
        <translation>新しい模擬面接(&amp;N)</translation>
    </message>
    <message>
        <source>Drill summary</source>
        <translation>模擬面接のまとめ</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Drills need your data file, which is unavailable.</source>
        <translation>模擬面接にはデータファイルが必要ですが、利用できません。</translation>
    </message>
    <message>
        <source>No question matches these choices.</source>
        <translation>この条件に一致する質問はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) match</source>
        <translation>
            <numerusform>該当する質問 %n 問</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the drill asks %n.</source>
        <translation>
            <numerusform>出題数 %n 問。</numerusform>
        </translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>質問 %1 / %2</translation>
    </message>
    <message>
        <source>Time&apos;s up</source>
        <translation>時間切れ</translation>
    </message>
    <message>
        <source>Answered in %1</source>
        <translation>回答時間 %1</translation>
    </message>
    <message>
        <source>%1 (time&apos;s up)</source>
        <translation>%1 (時間切れ)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%2 %1 問</translation>
    </message>
    <message>
        <source>The drill ended before any question was rated.</source>
        <translation>評価した質問がないまま模擬面接が終了しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1, %2 on average</source>
        <translation>(所要時間 %1、平均 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n over time</source>
        <translation>
            <numerusform>時間切れ %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>No question was forgotten, so no new weak topics.</source>
        <translation>忘れた質問はなかったため、新しい苦手分野はありません。</translation>
    </message>
    <message>
        <source>Marked as weak topics (they come first in review and the next drill): %1</source>
        <translation>苦手分野に指定しました (復習と次回の模擬面接で優先されます): %1</translation>
    </message>
</context>
<context>
    <name>GoPrep::ListItemDelegate</name>
    <message>
        <source>answer changed since</source>
        <translation>その後回答が変更されました</translation>
    </message>
</context>
<context>
    <name>GoPrep::MainWindow</name>
    <message>
        <source>&amp;Questions</source>
        <translation>質問(&amp;Q)</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>メモ(&amp;O)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Notes are off: %1</source>
        <translation>メモは無効です: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 問</numerusform>
        </translation>
    </message>
    <message>
        <source> · notes in %1</source>
        <translation> · メモの保存先: %1</translation>
    </message>
    <message>
        <source> · notes are off</source>
        <translation> · メモは無効</translation>
    </message>
    <message>
        <source>Notes are unavailable</source>
        <translation>メモを利用できません</translation>
    </message>
    <message>
        <source>GoPrep cannot keep notes and bookmarks right now. You can still read every question.</source>
        <translation>GoPrep は現在メモとブックマークを保存できません。質問はすべて引き続き閲覧できます。</translation>
    </message>
    <message>
        <source>&amp;Previous Question</source>
        <translation>前の質問(&amp;P)</translation>
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
        <translation>次の質問(&amp;N)</translation>
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
        <translation>ブックマーク(&amp;B)</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Bookmark this question (Ctrl+D)</source>
        <translation>この質問をブックマークします (Ctrl+D)</translation>
    </message>
    <message>
        <source>Mark as &amp;Weak Topic</source>
        <translation>苦手分野に指定(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Mark this topic as one to work on (Ctrl+E)</source>
        <translation>このトピックを苦手分野に指定します (Ctrl+E)</translation>
    </message>
    <message>
        <source>Copy &amp;Code Block</source>
        <translation>コードブロックをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Copy the code block at the cursor, or the first one (Ctrl+Shift+C)</source>
        <translation>カーソル位置のコードブロック (なければ最初のもの) をコピーします (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+=</source>
        <translation>Ctrl+=</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Reset Zoom</source>
        <translation>ズームをリセット(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Export Your Data…</source>
        <translation>データをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Import Data…</source>
        <translation>データをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Go to &amp;Questions</source>
        <translation>質問一覧へ移動(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Go to &amp;Answer</source>
        <translation>回答へ移動(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Go to &amp;Notes</source>
        <translation>メモへ移動(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>All &amp;Notes</source>
        <translation>すべてのメモ(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Note &amp;Preview</source>
        <translation>メモのプレビュー(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About GoPrep</source>
        <translation>GoPrep について(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>閲覧(&amp;R)</translation>
    </message>
    <message>
        <source>F4</source>
        <translation>F4</translation>
    </message>
    <message>
        <source>Read the questions and answers, with your notes</source>
        <translation>質問と回答をメモと一緒に読みます</translation>
    </message>
    <message>
        <source>Re&amp;view</source>
        <translation>復習(&amp;V)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>Review what is due, then new questions</source>
        <translation>要復習の質問を、続いて新しい質問を復習します</translation>
    </message>
    <message>
        <source>Mock &amp;Drill</source>
        <translation>模擬面接(&amp;D)</translation>
    </message>
    <message>
        <source>F6</source>
        <translation>F6</translation>
    </message>
    <message>
        <source>Answer questions against the clock, as in an interview</source>
        <translation>面接のように、時間制限付きで質問に答えます</translation>
    </message>
    <message>
        <source>&amp;Plan and Progress</source>
        <translation>計画と進捗(&amp;P)</translation>
    </message>
    <message>
        <source>F7</source>
        <translation>F7</translation>
    </message>
    <message>
        <source>Your plan for the interview date, and your progress</source>
        <translation>面接日に向けた学習計画と進捗を表示します</translation>
    </message>
    <message>
        <source>&amp;Back to Reading</source>
        <translation>閲覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Code copied to the clipboard</source>
        <translation>コードをクリップボードにコピーしました</translation>
    </message>
    <message>
        <source>This page has no code block</source>
        <translation>このページにはコードブロックがありません</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>Follow &amp;System</source>
        <translation>システムに従う(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>質問(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>練習(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Bookmark</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>苦手</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>拡大</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>縮小</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>閲覧</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>模擬面接</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message numerus="yes">
        <source>%n due for review</source>
        <translation>
            <numerusform>要復習 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing due</source>
        <translation>要復習なし</translation>
    </message>
    <message>
        <source>Review (%1)</source>
        <translation>復習 (%1)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>苦手分野</translation>
    </message>
    <message>
        <source>Nothing bookmarked yet. Press Ctrl+D on a question to keep it here.</source>
        <translation>ブックマークはまだありません。質問で Ctrl+D を押すと、ここに追加されます。</translation>
    </message>
    <message>
        <source>No weak topics yet. Press Ctrl+E on a question you cannot answer well yet; it collects here for practice.</source>
        <translation>苦手分野はまだありません。まだうまく答えられない質問で Ctrl+E を押すと、練習用にここに集まります。</translation>
    </message>
    <message>
        <source>The questions you bookmarked.</source>
        <translation>ブックマークした質問です。</translation>
    </message>
    <message>
        <source>The topics you marked as weak: practise these first.</source>
        <translation>苦手分野に指定したトピックです。優先して練習しましょう。</translation>
    </message>
    <message>
        <source>Export Your Data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <source>Everything, to import again (*.json);;Notes to read (*.md)</source>
        <translation>すべてのデータ (再インポート用) (*.json);;メモ (閲覧用) (*.md)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>%1 にエクスポートしました</translation>
    </message>
    <message>
        <source>Import Data</source>
        <translation>データのインポート</translation>
    </message>
    <message>
        <source>GoPrep exports (*.json)</source>
        <translation>GoPrep のエクスポート (*.json)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>インポート完了</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) added, %1 updated, %2 merged keeping both texts.</source>
        <translation>
            <numerusform>メモを %n 件追加、%1 件更新、%2 件を両方の内容を残して統合しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 bookmarks and weak marks added, %2 reviews added. A backup of your data from before the import was made first (File → Restore from Backup).</source>
        <translation>ブックマークと苦手マークを %1 件、復習記録を %2 件追加しました。インポート前のデータは先にバックアップしてあります (ファイル → バックアップから復元)。</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>GoPrep backs up your notes, marks and reviews when it starts and every day, and keeps the last %1. Restoring replaces your current data; it is backed up first, so a restore can be undone.</source>
        <translation>GoPrep は起動時と毎日、メモ、マーク、復習記録をバックアップし、最新の %1 件を保持します。復元すると現在のデータは置き換えられますが、先にバックアップされるので、復元は元に戻せます。</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>%1 — %2 KB</source>
        <translation>%1 — %2 KB</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <source>Restored the backup from %1</source>
        <translation>%1 のバックアップを復元しました</translation>
    </message>
    <message>
        <source>Your note is not saved</source>
        <translation>メモが保存されていません</translation>
    </message>
    <message>
        <source>The note could not be saved. Close anyway and lose the latest changes?</source>
        <translation>メモを保存できませんでした。最新の変更を破棄して閉じますか？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>保存されませんでした</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Move in the question list</source>
        <translation>質問一覧内を移動</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>↑, ↓</translation>
    </message>
    <message>
        <source>Next field</source>
        <translation>次の入力欄へ</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Show the answer (review and drill)</source>
        <translation>回答を表示 (復習と模擬面接)</translation>
    </message>
    <message>
        <source>Space; Ctrl+Return in the answer box</source>
        <translation>Space、回答欄では Ctrl+Return</translation>
    </message>
    <message>
        <source>Rate: Again, Hard, Good, Easy</source>
        <translation>評価: もう一度、難しい、正解、簡単</translation>
    </message>
    <message>
        <source>1, 2, 3, 4</source>
        <translation>1, 2, 3, 4</translation>
    </message>
    <message>
        <source>Rate in pass/fail mode: Forgot, Remembered</source>
        <translation>合否評価モードで評価: 忘れた、覚えていた</translation>
    </message>
    <message>
        <source>1, 2</source>
        <translation>1, 2</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%n question(s))</source>
        <translation>
            <numerusform>%1 %2 (%n 問)</numerusform>
        </translation>
    </message>
    <message>
        <source>About GoPrep</source>
        <translation>GoPrep について</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Prepare for Go interviews: read the answers, say them in your own words, mark what you are weak on.&lt;/p&gt;&lt;p&gt;Packs: %2&lt;/p&gt;&lt;p&gt;Code highlighting: %3&lt;/p&gt;&lt;p&gt;Your notes: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GoPrep %1&lt;/h3&gt;&lt;p&gt;Go の面接に備えましょう: 回答を読み、自分の言葉で説明し、苦手なところに印を付けます。&lt;/p&gt;&lt;p&gt;パック: %2&lt;/p&gt;&lt;p&gt;コードのハイライト: %3&lt;/p&gt;&lt;p&gt;メモの保存先: %4&lt;/p&gt;&lt;p&gt;&lt;a href=&quot;%5&quot;&gt;%5&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>利用できません</translation>
    </message>
    <message>
        <source>The new language applies when GoPrep starts again.</source>
        <translation>新しい言語は GoPrep の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>&amp;Cheat Sheet…</source>
        <translation>チートシート(&amp;C)…</translation>
    </message>
    <message>
        <source>Your weak topics, bookmarks or a section on paper or in a PDF</source>
        <translation>苦手分野、ブックマーク、セクションの質問を印刷するか PDF に保存します</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesListModel</name>
    <message>
        <source>%1 (not in any loaded pack)</source>
        <translation>%1 (読み込まれたパックにはありません)</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note.</source>
        <translation>このメモを書いた後に回答が変更されました。</translation>
    </message>
    <message>
        <source>%1, note from %2%3</source>
        <translation>%1、%2 のメモ%3</translation>
    </message>
    <message>
        <source>, the answer changed since</source>
        <translation>、その後回答が変更されました</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesOverview</name>
    <message>
        <source>Find in your notes</source>
        <translation>メモ内を検索</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>メモ一覧</translation>
    </message>
    <message>
        <source>No notes yet. Open a question and write the answer in your own words: your notes collect here, newest first.</source>
        <translation>メモはまだありません。質問を開いて、回答を自分の言葉で書いてみましょう。メモは新しい順にここに表示されます。</translation>
    </message>
    <message>
        <source>No note matches “%1”.</source>
        <translation>「%1」に一致するメモはありません。</translation>
    </message>
</context>
<context>
    <name>GoPrep::NotesPane</name>
    <message>
        <source>Your notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Note save status</source>
        <translation>メモの保存状態</translation>
    </message>
    <message>
        <source>The answer has changed since you wrote this note. Read it again and update your note.</source>
        <translation>このメモを書いた後に回答が変更されました。回答を読み直して、メモを更新してください。</translation>
    </message>
    <message>
        <source>Note editor</source>
        <translation>メモエディタ</translation>
    </message>
    <message>
        <source>Your answer in your own words, in Markdown. Saved automatically.</source>
        <translation>自分の言葉で書いた回答 (Markdown)。自動的に保存されます。</translation>
    </message>
    <message>
        <source>Say the answer in your own words, as you would in the interview.

Markdown works: **bold**, `code`, lists and ```go code blocks.

Saved automatically.</source>
        <translation>面接で話すつもりで、回答を自分の言葉で書きましょう。

Markdown が使えます: **太字**、`コード`、リスト、```go のコードブロック。

自動的に保存されます。</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>メモのプレビュー</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>編集(&amp;W)</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>プレビュー(&amp;V)</translation>
    </message>
    <message>
        <source>Open a question to write a note</source>
        <translation>質問を開くとメモを書けます</translation>
    </message>
    <message>
        <source>No note yet</source>
        <translation>メモなし</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存済み</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 に保存済み</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>編集中…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Notes off</source>
        <translation>メモ無効</translation>
    </message>
</context>
<context>
    <name>GoPrep::PracticeCard</name>
    <message>
        <source>Your answer</source>
        <translation>自分の回答</translation>
    </message>
    <message>
        <source>Say your answer out loud, or type the points you would make.

Ctrl+Return shows the answer. This box is not saved.</source>
        <translation>回答を声に出して言うか、話すポイントを書き出しましょう。

Ctrl+Return で回答を表示します。この欄の内容は保存されません。</translation>
    </message>
    <message>
        <source>Your &amp;answer</source>
        <translation>自分の回答(&amp;A)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Space&lt;/b&gt; shows the answer.&lt;br&gt;&lt;br&gt;To write your answer first, &lt;b&gt;Tab&lt;/b&gt; to the box on the left; there, &lt;b&gt;Ctrl+Return&lt;/b&gt; shows the answer.</source>
        <translation>&lt;b&gt;Space&lt;/b&gt; キーで回答を表示します。&lt;br&gt;&lt;br&gt;先に自分の回答を書くには、&lt;b&gt;Tab&lt;/b&gt; キーで左の欄に移動します。そこでは &lt;b&gt;Ctrl+Return&lt;/b&gt; で回答を表示します。</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>回答</translation>
    </message>
    <message>
        <source>Show Answer  (Space)</source>
        <translation>回答を表示  (Space)</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mo</source>
        <translation>
            <numerusform>%nか月</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 y</source>
        <translation>%1年</translation>
    </message>
    <message>
        <source>weak topic</source>
        <translation>苦手分野</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>due</source>
        <translation>要復習</translation>
    </message>
    <message>
        <source>due %1 ago</source>
        <translation>要復習 (%1超過)</translation>
    </message>
    <message numerus="yes">
        <source>reviewed %n time(s)</source>
        <translation>
            <numerusform>復習 %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Forgot</source>
        <translation>忘れた</translation>
    </message>
    <message>
        <source>Remembered</source>
        <translation>覚えていた</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>もう一度</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>難しい</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>正解</translation>
    </message>
    <message>
        <source>Easy</source>
        <translation>簡単</translation>
    </message>
    <message>
        <source>Rate %1 (key %2)</source>
        <translation>「%1」と評価 (キー %2)</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>質問: %1</translation>
    </message>
    <message>
        <source>%1. Space shows the answer; Tab goes to the box for your answer.</source>
        <translation>%1。スペースキーで回答を表示します。Tab キーで自分の回答の入力欄に移動します。</translation>
    </message>
</context>
<context>
    <name>GoPrep::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>外観(&amp;A):</translation>
    </message>
    <message>
        <source>Automatic (light or dark, with the window)</source>
        <translation>自動 (ウィンドウに合わせてライトまたはダーク)</translation>
    </message>
    <message>
        <source>&amp;Code colours:</source>
        <translation>コードの配色(&amp;C):</translation>
    </message>
    <message>
        <source>The system&apos;s (%1)</source>
        <translation>システムの言語 (%1)</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages; the questions stay in their pack&apos;s language. Applies when GoPrep starts again.</source>
        <translation>メニュー、ボタン、メッセージの言語です。質問はパックの言語のまま表示されます。GoPrep の次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language applies when GoPrep starts again.</source>
        <translation>新しい言語は GoPrep の次回起動時に適用されます。</translation>
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
        <translation>面接日(&amp;I):</translation>
    </message>
    <message>
        <source>Tick this and choose the day: the plan spreads your reviews over the days left.</source>
        <translation>チェックを入れて日付を選ぶと、残りの日数に復習が振り分けられます。</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>面接日</translation>
    </message>
    <message>
        <source> %</source>
        <translation>%</translation>
    </message>
    <message>
        <source>How likely you want to be to recall each answer. Reviews are scheduled to keep every answer at least this likely to come back; higher means more reviews.</source>
        <translation>各回答をどのくらいの確率で思い出せるようにしたいかです。すべての回答を少なくともこの確率で思い出せるよう復習が予定されます。高くするほど復習が増えます。</translation>
    </message>
    <message>
        <source>&amp;Target recall:</source>
        <translation>目標想起率(&amp;T):</translation>
    </message>
    <message>
        <source>Review today</source>
        <translation>今日の復習</translation>
    </message>
    <message>
        <source>Review These &amp;Now</source>
        <translation>今すぐ復習(&amp;N)</translation>
    </message>
    <message>
        <source>Most at risk</source>
        <translation>要注意</translation>
    </message>
    <message>
        <source>Most at risk on the day</source>
        <translation>当日の要注意</translation>
    </message>
    <message>
        <source>Predicted recall of every question</source>
        <translation>全質問の予測想起率</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>当日</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>学習計画</translation>
    </message>
    <message>
        <source>Every question</source>
        <translation>すべての質問</translation>
    </message>
    <message>
        <source>Sections: reviewed and predicted recall now</source>
        <translation>セクション別: 復習済みの割合と現在の予測想起率</translation>
    </message>
    <message>
        <source>Reviews per day, last 30 days</source>
        <translation>1 日あたりの復習数 (過去 30 日間)</translation>
    </message>
    <message>
        <source>No reviews yet. F5 starts your first round.</source>
        <translation>まだ復習していません。F5 で最初の復習を始めましょう。</translation>
    </message>
    <message>
        <source>Due in the next 14 days</source>
        <translation>今後 14 日間の復習予定</translation>
    </message>
    <message>
        <source>Nothing scheduled yet.</source>
        <translation>予定はまだありません。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
    <message>
        <source>Plans and progress need your data file, which is unavailable.</source>
        <translation>計画と進捗にはデータファイルが必要ですが、利用できません。</translation>
    </message>
    <message>
        <source>Set the date of your interview, and GoPrep works out what to review each day so that every answer reaches %1 recall by then.</source>
        <translation>面接日を設定すると、その日までにすべての回答が想起率 %1 に達するよう、GoPrep が毎日の復習内容を割り出します。</translation>
    </message>
    <message>
        <source>Your interview is &lt;b&gt;today&lt;/b&gt;.</source>
        <translation>面接は&lt;b&gt;今日&lt;/b&gt;です。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n day(s)&lt;/b&gt; to your interview</source>
        <translation>
            <numerusform>面接まであと &lt;b&gt;%n 日&lt;/b&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source> on %1.</source>
        <translation> (%1)。</translation>
    </message>
    <message>
        <source>On the day, &lt;b&gt;%1 of %2&lt;/b&gt; answers are predicted at %3 recall or better</source>
        <translation>当日に想起率 %3 以上が見込まれる回答は &lt;b&gt;%2 件中 %1 件&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>; %n not started yet</source>
        <translation>
            <numerusform>、未着手 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n at risk.</source>
        <translation>
            <numerusform>、要注意 %n 件です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing more to review today.</source>
        <translation>今日の復習はもうありません。</translation>
    </message>
    <message numerus="yes">
        <source>Review &lt;b&gt;%n&lt;/b&gt; today to stay on course.</source>
        <translation>
            <numerusform>計画どおりに進めるには、今日 &lt;b&gt;%n&lt;/b&gt; 件を復習してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>%1 now</source>
        <translation>現在 %1</translation>
    </message>
    <message>
        <source>%1 on the day</source>
        <translation>当日 %1</translation>
    </message>
    <message>
        <source>None: everything you reviewed holds until then.</source>
        <translation>なし: 復習済みの回答はすべて当日まで保てます。</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n-day&lt;/b&gt; streak</source>
        <translation>
            <numerusform>&lt;b&gt;%n 日&lt;/b&gt;連続</numerusform>
        </translation>
    </message>
    <message>
        <source>No streak yet</source>
        <translation>連続記録なし</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) in all</source>
        <translation>
            <numerusform>累計 %n 回の復習</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due today</source>
        <translation>
            <numerusform>今日の要復習 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>復習済み</translation>
    </message>
    <message>
        <source>Predicted recall</source>
        <translation>予測想起率</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>復習数</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>復習予定</translation>
    </message>
</context>
<context>
    <name>GoPrep::Question</name>
    <message>
        <source>Junior</source>
        <translation>ジュニア</translation>
    </message>
    <message>
        <source>Mid-level</source>
        <translation>ミドル</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>シニア</translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionBrowser</name>
    <message>
        <source>Search questions and notes (Ctrl+K)</source>
        <translation>質問とメモを検索 (Ctrl+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Type to search titles, answers, code and your notes. Up and Down choose a result, Enter opens it, Escape clears the search.</source>
        <translation>入力するとタイトル、回答、コード、メモを検索します。↑↓ キーで結果を選び、Enter で開き、Esc で検索をクリアします。</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>フィルタ</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>質問をフィルタ</translation>
    </message>
    <message>
        <source>Show only some sections, levels, tags or marked questions</source>
        <translation>特定のセクション、レベル、タグ、印を付けた質問だけを表示します</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>フィルタ(&amp;F)</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>質問</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Nothing matches “%1”.</source>
        <translation>「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>Nothing matches “%1” with the current filters.</source>
        <translation>現在のフィルタでは「%1」に一致するものはありません。</translation>
    </message>
    <message>
        <source>&amp;Bookmarked</source>
        <translation>ブックマーク済み(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Weak topics</source>
        <translation>苦手分野(&amp;W)</translation>
    </message>
    <message>
        <source>With a &amp;note</source>
        <translation>メモあり(&amp;N)</translation>
    </message>
    <message>
        <source>Not yet &amp;reviewed</source>
        <translation>未復習(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>レベル(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Section</source>
        <translation>セクション(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Tag</source>
        <translation>タグ(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation>フィルタをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>Filter (%1)</source>
        <translation>フィルタ (%1)</translation>
    </message>
    <message>
        <source>Showing: %1 — &lt;a href=&quot;clear&quot;&gt;show all&lt;/a&gt;</source>
        <translation>表示中: %1 — &lt;a href=&quot;clear&quot;&gt;すべて表示&lt;/a&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Preparing search over %n question(s)… The results appear here in a moment.</source>
        <translation>
            <numerusform>%n 問の検索を準備しています… 結果はまもなくここに表示されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::QuestionTreeModel</name>
    <message>
        <source>Bookmarks</source>
        <translation>ブックマーク</translation>
    </message>
    <message>
        <source>Weak topics</source>
        <translation>苦手分野</translation>
    </message>
    <message>
        <source>Questions you bookmarked (Ctrl+D)</source>
        <translation>ブックマークした質問 (Ctrl+D)</translation>
    </message>
    <message>
        <source>Topics you marked as weak (Ctrl+E)</source>
        <translation>苦手分野に指定したトピック (Ctrl+E)</translation>
    </message>
    <message>
        <source>A guide to preparing for the interview</source>
        <translation>面接準備のガイド</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
Level: %2 · Tags: %3</source>
        <translation>%1
レベル: %2 · タグ: %3</translation>
    </message>
    <message>
        <source>bookmarked</source>
        <translation>ブックマーク済み</translation>
    </message>
    <message>
        <source>marked weak</source>
        <translation>苦手分野</translation>
    </message>
    <message>
        <source>has a note</source>
        <translation>メモあり</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n question(s)</source>
        <translation>
            <numerusform>%1、%n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, guide</source>
        <translation>%1、ガイド</translation>
    </message>
</context>
<context>
    <name>GoPrep::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>復習</translation>
    </message>
    <message>
        <source>Pa&amp;ss/fail</source>
        <translation>合否評価(&amp;S)</translation>
    </message>
    <message>
        <source>Rate with two buttons, Forgot and Remembered, instead of four</source>
        <translation>4 つではなく「忘れた」「覚えていた」の 2 つのボタンで評価します</translation>
    </message>
    <message>
        <source>Open in &amp;Reader</source>
        <translation>閲覧画面で開く(&amp;R)</translation>
    </message>
    <message>
        <source>Read this question with its note (Esc comes back to reading)</source>
        <translation>この質問をメモと一緒に閲覧します (Esc で閲覧に戻ります)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Review needs your data</source>
        <translation>復習にはデータが必要です</translation>
    </message>
    <message>
        <source>GoPrep cannot open the file that keeps your reviews, so it cannot schedule them. The reason is in the message shown at start.</source>
        <translation>GoPrep は復習記録を保存するファイルを開けないため、復習を予定できません。理由は起動時に表示されたメッセージを参照してください。</translation>
    </message>
    <message>
        <source>The next question comes due in %1 (%2).</source>
        <translation>次の質問は %1後 (%2) に復習予定です。</translation>
    </message>
    <message>
        <source>&lt;p&gt;F6 starts a timed mock drill; F7 shows your plan and progress; Esc goes back to reading.&lt;/p&gt;</source>
        <translation>&lt;p&gt;F6 で時間制限付きの模擬面接を開始、F7 で計画と進捗を表示、Esc で閲覧に戻ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Round complete</source>
        <translation>ラウンド完了</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n question(s) reviewed</source>
        <translation>
            <numerusform>&lt;p&gt;復習 %n 問</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n again</source>
        <translation>
            <numerusform>、もう一度 %n 問</numerusform>
        </translation>
    </message>
    <message>
        <source>, in %1.&lt;/p&gt;</source>
        <translation>、所要時間 %1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>復習する質問はありません</translation>
    </message>
    <message>
        <source>&lt;p&gt;You are up to date.&lt;/p&gt;</source>
        <translation>&lt;p&gt;復習はすべて済んでいます。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n to go</source>
        <translation>
            <numerusform>残り %n 問</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewed</source>
        <translation>
            <numerusform>復習済み %n 問</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n again</source>
        <translation>
            <numerusform>もう一度 %n 問</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchIndex</name>
    <message>
        <source>Search is unavailable: %1</source>
        <translation>検索を利用できません: %1</translation>
    </message>
    <message>
        <source>Search is unavailable (SQLite needs FTS5): %1</source>
        <translation>検索を利用できません (SQLite に FTS5 が必要です): %1</translation>
    </message>
</context>
<context>
    <name>GoPrep::SearchResultsModel</name>
    <message>
        <source>%1, in %2</source>
        <translation>%1、%2 内</translation>
    </message>
</context>
<context>
    <name>GoPrep::UserStore</name>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and started a new, empty one, because there was no usable backup.</source>
        <translation>メモのデータベースが破損していました。GoPrep はそれを %1 に移動し (削除はしていません)、使えるバックアップがなかったため、新しい空のデータベースで開始しました。</translation>
    </message>
    <message>
        <source>Your notes database was damaged. GoPrep moved it aside to %1 (it was not deleted) and restored the backup from %2. Anything written after that backup is only in the damaged file.</source>
        <translation>メモのデータベースが破損していました。GoPrep はそれを %1 に移動し (削除はしていません)、%2 のバックアップを復元しました。そのバックアップ以降に書いた内容は、破損したファイルにのみ残っています。</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available, so GoPrep cannot keep notes. Install it (Debian: libqt6sql6-sqlite).</source>
        <translation>Qt の SQLite ドライバ (QSQLITE) が利用できないため、GoPrep はメモを保存できません。ドライバをインストールしてください (Debian: libqt6sql6-sqlite)。</translation>
    </message>
    <message>
        <source>Cannot open the notes database %1: %2</source>
        <translation>メモのデータベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation>データフォルダ %1 はフォルダではなくファイルです。ファイルを移動するか、--data-dir で別のフォルダを指定してください。</translation>
    </message>
    <message>
        <source>Cannot create the data folder %1. Check that its parent folder exists and is writable, or choose another folder with --data-dir.</source>
        <translation>データフォルダ %1 を作成できません。親フォルダが存在し書き込み可能か確認するか、--data-dir で別のフォルダを指定してください。</translation>
    </message>
    <message>
        <source>%1 exists but is not a file. Move it away so GoPrep can keep your notes there.</source>
        <translation>%1 は存在しますが、ファイルではありません。GoPrep がそこにメモを保存できるよう、移動してください。</translation>
    </message>
    <message>
        <source>The notes database %1 is damaged (%2), and it could not be moved aside. Move it away yourself and start GoPrep again.</source>
        <translation>メモのデータベース %1 は破損しており (%2)、移動もできませんでした。手動で移動してから GoPrep を再起動してください。</translation>
    </message>
    <message>
        <source>Cannot check the notes database</source>
        <translation>メモのデータベースを検査できません</translation>
    </message>
    <message>
        <source>The notes database %1 failed its integrity check (%2).</source>
        <translation>メモのデータベース %1 が整合性チェックに失敗しました (%2)。</translation>
    </message>
    <message>
        <source> Check that the folder is writable, or start GoPrep with --data-dir pointing to a writable folder.</source>
        <translation>フォルダに書き込めるか確認するか、--data-dir で書き込み可能なフォルダを指定して GoPrep を起動してください。</translation>
    </message>
    <message>
        <source> The file is damaged or is not a GoPrep database.</source>
        <translation>ファイルが破損しているか、GoPrep のデータベースではありません。</translation>
    </message>
    <message>
        <source>%1 (%2): %3.%4</source>
        <translation>%1 (%2): %3。%4</translation>
    </message>
    <message>
        <source>Cannot use the notes database</source>
        <translation>メモのデータベースを使用できません</translation>
    </message>
    <message>
        <source>Cannot use the notes database %1: it could not be switched to write-ahead logging (journal mode is &apos;%2&apos;). Is the folder writable?</source>
        <translation>メモのデータベース %1 を使用できません: 先行書き込みログ (WAL) に切り替えられませんでした (ジャーナルモードは「%2」)。フォルダに書き込めますか？</translation>
    </message>
    <message>
        <source>Cannot configure the notes database</source>
        <translation>メモのデータベースを設定できません</translation>
    </message>
    <message>
        <source>Cannot read the notes database</source>
        <translation>メモのデータベースを読み込めません</translation>
    </message>
    <message>
        <source>The notes database %1 was written by a newer version of GoPrep (schema %2; this version knows up to %3). Update GoPrep; the file was left untouched.</source>
        <translation>メモのデータベース %1 は新しいバージョンの GoPrep で書き込まれています (スキーマ %2、このバージョンの対応は %3 まで)。GoPrep を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>Cannot update the notes database</source>
        <translation>メモのデータベースを更新できません</translation>
    </message>
    <message>
        <source>Cannot update the notes database to schema %1</source>
        <translation>メモのデータベースをスキーマ %1 に更新できません</translation>
    </message>
    <message>
        <source>Cannot update the notes database %1: %2</source>
        <translation>メモのデータベース %1 を更新できません: %2</translation>
    </message>
    <message>
        <source>Cannot read notes</source>
        <translation>メモを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read bookmarks</source>
        <translation>ブックマークを読み込めません</translation>
    </message>
    <message>
        <source>Cannot read the review history</source>
        <translation>復習履歴を読み込めません</translation>
    </message>
    <message>
        <source>Cannot read preferences</source>
        <translation>設定を読み込めません</translation>
    </message>
    <message>
        <source>Your note was not saved</source>
        <translation>メモは保存されませんでした</translation>
    </message>
    <message>
        <source>The bookmark was not saved</source>
        <translation>ブックマークは保存されませんでした</translation>
    </message>
    <message>
        <source>The weak-topic mark was not saved</source>
        <translation>苦手マークは保存されませんでした</translation>
    </message>
    <message>
        <source>A rating is 1 (again) to 4 (easy), not %1.</source>
        <translation>評価は 1 (もう一度) から 4 (簡単) までです。%1 は無効です。</translation>
    </message>
    <message>
        <source>The review was not saved (%1): %2</source>
        <translation>復習記録は保存されませんでした (%1): %2</translation>
    </message>
    <message>
        <source>The review was not saved</source>
        <translation>復習記録は保存されませんでした</translation>
    </message>
    <message>
        <source>The practice session could not be started</source>
        <translation>練習セッションを開始できませんでした</translation>
    </message>
    <message>
        <source>The practice session could not be closed</source>
        <translation>練習セッションを終了できませんでした</translation>
    </message>
    <message>
        <source>The setting was not saved</source>
        <translation>設定は保存されませんでした</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>バックアップフォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>The backup was not made</source>
        <translation>バックアップを作成できませんでした</translation>
    </message>
    <message>
        <source>%1 is not a usable GoPrep backup: it is damaged or not a database.</source>
        <translation>%1 は使用できる GoPrep のバックアップではありません: 破損しているか、データベースではありません。</translation>
    </message>
    <message>
        <source>The backup could not be read</source>
        <translation>バックアップを読み込めませんでした</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of GoPrep; update GoPrep to restore it.</source>
        <translation>%1 は新しいバージョンの GoPrep で作成されています。復元するには GoPrep を更新してください。</translation>
    </message>
    <message>
        <source>The backup was not restored: %1</source>
        <translation>バックアップは復元されませんでした: %1</translation>
    </message>
    <message>
        <source>The backup was not restored; nothing was changed</source>
        <translation>バックアップは復元されませんでした。何も変更されていません</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>何もインポートされませんでした: %1</translation>
    </message>
    <message>
        <source>Also written on %1, kept when importing:</source>
        <translation>%1 に書かれた別の内容 (インポート時に保持):</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>何もインポートされませんでした</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown question id &apos;%1&apos; (see --list).</source>
        <translation>不明な質問 ID「%1」です (--list を参照)。</translation>
    </message>
    <message>
        <source>Cannot write the screenshot to %1.</source>
        <translation>スクリーンショットを %1 に書き込めません。</translation>
    </message>
    <message>
        <source>Run goprep --help for the options.</source>
        <translation>オプションは goprep --help で確認できます。</translation>
    </message>
    <message>
        <source>GoPrep is already running; its window was brought to the front.</source>
        <translation>GoPrep はすでに実行中です。そのウィンドウを前面に表示しました。</translation>
    </message>
    <message>
        <source>Your notes were recovered</source>
        <translation>メモを復旧しました</translation>
    </message>
    <message>
        <source>A pack was not loaded</source>
        <translation>読み込めなかったパックがあります</translation>
    </message>
    <message>
        <source>Some question packs have problems and were left out. The others are ready.</source>
        <translation>問題のある質問パックは読み込みませんでした。その他のパックは使用できます。</translation>
    </message>
</context>
</TS>
