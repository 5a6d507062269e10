#include "render/golexer.h"

#include <QTest>

using namespace GoPrep;

// Renders the lexer's view of code: every classified span wrapped as [K:...], [T:...], [B:...], [S:...],
// [C:...] or [N:...], so a table row shows exactly what was recognised and where.
static QString annotate(const QString &code)
{
    QStringList out;
    int state = GoLexer::Normal;
    for (const QString &line : code.split(u'\n')) {
        QList<GoLexer::Span> spans;
        state = GoLexer::lexLine(line, state, &spans);
        QString annotated;
        int at = 0;
        for (const GoLexer::Span &span : std::as_const(spans)) {
            static const char letters[] = "OKTBSCN";
            annotated += line.mid(at, span.start - at);
            annotated += u'[' + QChar::fromLatin1(letters[int(span.cls)]) + u':'
                + line.mid(span.start, span.length) + u']';
            at = span.start + span.length;
        }
        annotated += line.mid(at);
        out.append(annotated);
    }
    return out.join(u'\n');
}

class GoLexerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lex_data();
    void lex();
    void state_carriesAcrossLines();
    void wordLists_matchTheSpec();
};

void GoLexerTest::lex_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("expected");

    QTest::newRow("nominal: keywords, types and builtins")
        << QStringLiteral("func f(n int) []string { return make([]string, 0, n) }")
        << QStringLiteral(
               "[K:func] f(n [T:int]) [][T:string] { [K:return] [B:make]([][T:string], [N:0], n) }");
    QTest::newRow("nominal: predeclared constants")
        << QStringLiteral("x := nil == nil && true || false; const c = iota")
        << QStringLiteral("x := [B:nil] == [B:nil] && [B:true] || [B:false]; [K:const] c = [B:iota]");
    QTest::newRow("nominal: Go 1.21 builtins")
        << QStringLiteral("clear(m); a := min(1, 2) + max(3, 4)")
        << QStringLiteral("[B:clear](m); a := [B:min]([N:1], [N:2]) + [B:max]([N:3], [N:4])");
    QTest::newRow("robustness: // inside a string is not a comment")
        << QStringLiteral("url := \"https://go.dev\" // the site")
        << QStringLiteral("url := [S:\"https://go.dev\"] [C:// the site]");
    QTest::newRow("robustness: escaped quote inside a string")
        << QStringLiteral("s := \"say \\\"hi\\\"\" + x") << QStringLiteral("s := [S:\"say \\\"hi\\\"\"] + x");
    QTest::newRow("robustness: rune with escaped quote")
        << QStringLiteral("q := '\\'' // quote") << QStringLiteral("q := [S:'\\''] [C:// quote]");
    QTest::newRow("robustness: raw string across lines")
        << QStringLiteral("s := `first\n// still string\nlast` + \"x\"")
        << QStringLiteral("s := [S:`first]\n[S:// still string]\n[S:last`] + [S:\"x\"]");
    QTest::newRow("robustness: block comment across lines")
        << QStringLiteral("a /* one\nfunc \"no\"\n*/ b := 1")
        << QStringLiteral("a [C:/* one]\n[C:func \"no\"]\n[C:*/] b := [N:1]");
    QTest::newRow("robustness: block comment on one line")
        << QStringLiteral("x /* c */ + y // d") << QStringLiteral("x [C:/* c */] + y [C:// d]");
    QTest::newRow("nominal: hexadecimal float")
        << QStringLiteral("f := 0x1p-2 + 0X1.8P+3") << QStringLiteral("f := [N:0x1p-2] + [N:0X1.8P+3]");
    QTest::newRow("nominal: digit separators")
        << QStringLiteral("n := 1_000_000 + 0x_FF + 0b1010_1010 + 0o7_7")
        << QStringLiteral("n := [N:1_000_000] + [N:0x_FF] + [N:0b1010_1010] + [N:0o7_7]");
    QTest::newRow("nominal: decimal floats and exponents")
        << QStringLiteral("a, b, c := 1.5, .25, 6.02e23")
        << QStringLiteral("a, b, c := [N:1.5], [N:.25], [N:6.02e23]");
    QTest::newRow("nominal: negative exponent and imaginary")
        << QStringLiteral("z := 1e-9 + 2i + 0x1p-2i")
        << QStringLiteral("z := [N:1e-9] + [N:2i] + [N:0x1p-2i]");
    QTest::newRow("nominal: legacy octal")
        << QStringLiteral("mode := 0755") << QStringLiteral("mode := [N:0755]");
    QTest::newRow("robustness: digits inside identifiers")
        << QStringLiteral("x1 := int64(v2)") << QStringLiteral("x1 := [T:int64](v2)");
    QTest::newRow("robustness: a selector is not a builtin")
        << QStringLiteral("r.len + s.new + t.string") << QStringLiteral("r.len + s.new + t.string");
    QTest::newRow("robustness: keyword as part of a word")
        << QStringLiteral("format := forward + gofmt") << QStringLiteral("format := forward + gofmt");
    QTest::newRow("robustness: unterminated string ends at the line")
        << QStringLiteral("s := \"open\nfunc") << QStringLiteral("s := [S:\"open]\n[K:func]");
    QTest::newRow("robustness: Unicode identifiers")
        << QStringLiteral("π := 3.14; 名前 := \"名\"") << QStringLiteral("π := [N:3.14]; 名前 := [S:\"名\"]");
    QTest::newRow("robustness: empty line") << QString() << QString();
}

void GoLexerTest::lex()
{
    QFETCH(QString, code);
    QFETCH(QString, expected);
    QCOMPARE(annotate(code), expected);
}

void GoLexerTest::state_carriesAcrossLines()
{
    QList<GoLexer::Span> spans;
    QCOMPARE(GoLexer::lexLine(u"x := `raw", GoLexer::Normal, &spans), int(GoLexer::InRawString));
    QCOMPARE(GoLexer::lexLine(u"still raw", GoLexer::InRawString, &spans), int(GoLexer::InRawString));
    QCOMPARE(GoLexer::lexLine(u"end` /* open", GoLexer::InRawString, &spans), int(GoLexer::InBlockComment));
    QCOMPARE(GoLexer::lexLine(u"*/", GoLexer::InBlockComment, &spans), int(GoLexer::Normal));
}

void GoLexerTest::wordLists_matchTheSpec()
{
    // The 25 keywords of go.dev/ref/spec#Keywords, all found (the lists are binary-searched).
    const QStringList keywords
        = QStringLiteral("break default func interface select case defer go map struct chan "
                         "else goto package switch const fallthrough if range type continue "
                         "for import return var")
              .split(u' ');
    QCOMPARE(keywords.size(), 25);
    for (const QString &word : keywords) {
        QVERIFY2(GoLexer::isKeyword(word), qPrintable(word));
    }
    for (const QString &word :
         QStringLiteral("any bool byte comparable complex64 complex128 error float32 float64 "
                        "int int8 int16 int32 int64 rune string uint uint8 uint16 uint32 "
                        "uint64 uintptr")
             .split(u' ')) {
        QVERIFY2(GoLexer::isPredeclaredType(word), qPrintable(word));
    }
    for (const QString &word :
         QStringLiteral("append cap clear close complex copy delete imag len make max min new "
                        "panic print println real recover true false iota nil")
             .split(u' ')) {
        QVERIFY2(GoLexer::isBuiltin(word), qPrintable(word));
    }
    QVERIFY(!GoLexer::isKeyword(u"Func"));
    QVERIFY(!GoLexer::isBuiltin(u"lens"));
}

QTEST_APPLESS_MAIN(GoLexerTest)
#include "golexer_test.moc"
