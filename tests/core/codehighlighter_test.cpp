#include "render/answerdocument.h"
#include "render/codehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace GoPrep;

Q_DECLARE_METATYPE(Token::Class)

// One set of Go snippets for whichever back end the build has (the built-in lexer, or KF6
// SyntaxHighlighting in the Debian 13 stage). Assertions name token classes, never colours: themes differ.
class CodeHighlighterTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void legible_reachesMinimumContrast();
    void initTestCase();
    void classes_data();
    void classes();
    void onlyCodeBlocksAreHighlighted();
    void stateRestartsAtEachFence();
    void themes_lightAndDark();
    void setTheme_changesColoursNotClasses();

private:
    // Renders Markdown with a highlighter and returns the class of each character of the code lines.
    static QList<QList<int>> classesOf(QTextDocument &document);
};

void CodeHighlighterTest::initTestCase()
{
    qInfo("highlighter back end: %s", qPrintable(CodeHighlighter::backendName()));
}

QList<QList<int>> CodeHighlighterTest::classesOf(QTextDocument &document)
{
    QList<QList<int>> result;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (!CodeHighlighter::isCodeBlock(block)) {
            continue;
        }
        QList<int> classes(block.length() - 1, -1);
        const QList<QTextLayout::FormatRange> formats = block.layout()->formats();
        for (const QTextLayout::FormatRange &range : formats) {
            if (!range.format.hasProperty(Token::ClassProperty)) {
                continue;
            }
            for (int i = range.start; i < range.start + range.length && i < classes.size(); ++i) {
                classes[i] = range.format.intProperty(Token::ClassProperty);
            }
        }
        result.append(classes);
    }
    return result;
}

void CodeHighlighterTest::classes_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("needle"); // first occurrence, on the line it is found
    QTest::addColumn<Token::Class>("expected");

    const QString program = QStringLiteral("package main\n"
                                           "\n"
                                           "import \"fmt\"\n"
                                           "\n"
                                           "// main prints a greeting.\n"
                                           "func main() {\n"
                                           "\tvar count int = 42\n"
                                           "\tnames := []string{\"gopher\", `raw`}\n"
                                           "\tfmt.Println(len(names), count, nil, 'x', 3.5)\n"
                                           "\t/* block\n"
                                           "\t   comment */\n"
                                           "\tfor range 3 {\n"
                                           "\t}\n"
                                           "}");
    QTest::newRow("nominal: keyword func") << program << QStringLiteral("func") << Token::Class::Keyword;
    QTest::newRow("nominal: keyword package")
        << program << QStringLiteral("package") << Token::Class::Keyword;
    QTest::newRow("nominal: keyword for") << program << QStringLiteral("for") << Token::Class::Keyword;
    QTest::newRow("nominal: keyword var") << program << QStringLiteral("var") << Token::Class::Keyword;
    QTest::newRow("nominal: type int") << program << QStringLiteral("int") << Token::Class::Type;
    QTest::newRow("nominal: type string") << program << QStringLiteral("string") << Token::Class::Type;
    QTest::newRow("nominal: builtin len") << program << QStringLiteral("len") << Token::Class::Builtin;
    QTest::newRow("nominal: builtin nil") << program << QStringLiteral("nil") << Token::Class::Builtin;
    QTest::newRow("nominal: string literal")
        << program << QStringLiteral("\"gopher\"") << Token::Class::String;
    QTest::newRow("nominal: import path") << program << QStringLiteral("\"fmt\"") << Token::Class::String;
    QTest::newRow("nominal: raw string") << program << QStringLiteral("`raw`") << Token::Class::String;
    QTest::newRow("nominal: rune") << program << QStringLiteral("'x'") << Token::Class::String;
    QTest::newRow("nominal: line comment")
        << program << QStringLiteral("// main prints a greeting.") << Token::Class::Comment;
    QTest::newRow("nominal: block comment, second line")
        << program << QStringLiteral("comment */") << Token::Class::Comment;
    QTest::newRow("nominal: integer") << program << QStringLiteral("42") << Token::Class::Number;
    QTest::newRow("nominal: float") << program << QStringLiteral("3.5") << Token::Class::Number;
    QTest::newRow("robustness: // inside a string")
        << QStringLiteral("u := \"https://go.dev\"") << QStringLiteral("//go.dev") << Token::Class::String;
    QTest::newRow("robustness: raw string across lines")
        << QStringLiteral("s := `one\nfunc two\nthree`") << QStringLiteral("func two")
        << Token::Class::String;
    QTest::newRow("robustness: block comment across lines")
        << QStringLiteral("/* a\nreturn nil\n*/") << QStringLiteral("return nil") << Token::Class::Comment;
    QTest::newRow("nominal: hexadecimal")
        << QStringLiteral("x := 0xFF") << QStringLiteral("0xFF") << Token::Class::Number;
    QTest::newRow("nominal: hexadecimal float")
        << QStringLiteral("f := 0x1p-2") << QStringLiteral("0x1p-2") << Token::Class::Number;
    QTest::newRow("nominal: digit separators")
        << QStringLiteral("n := 1_000") << QStringLiteral("1_000") << Token::Class::Number;
    QTest::newRow("nominal: constant true")
        << QStringLiteral("ok := true") << QStringLiteral("true") << Token::Class::Builtin;
    QTest::newRow("nominal: builtin make")
        << QStringLiteral("m := make(map[string]int)") << QStringLiteral("make") << Token::Class::Builtin;
    QTest::newRow("nominal: keyword map")
        << QStringLiteral("m := make(map[string]int)") << QStringLiteral("map") << Token::Class::Keyword;
    QTest::newRow("robustness: rune with escaped quote")
        << QStringLiteral("q := '\\''") << QStringLiteral("'\\''") << Token::Class::String;
}

void CodeHighlighterTest::classes()
{
    QFETCH(QString, code);
    QFETCH(QString, needle);
    QFETCH(Token::Class, expected);

    QTextDocument document;
    document.documentLayout(); // highlighters work on laid-out documents, as in a view
    CodeHighlighter *highlighter = CodeHighlighter::create(&document);
    AnswerDocument::renderNote(&document, u"Intro\n\n```go\n" + code + u"\n```\n",
                               RenderStyle::from(QGuiApplication::palette(), highlighter));
    const QList<QList<int>> classes = classesOf(document);
    const QStringList lines = code.split(u'\n');
    QCOMPARE(classes.size(), lines.size());
    for (int line = 0; line < lines.size(); ++line) {
        // Markdown import may turn a tab into spaces; search the text as the document holds it.
        const QString text = document.findBlockByNumber(line + 1).text();
        // The needle as a whole word where it is one ("int" must not match inside "prints").
        const QString pattern = (needle.front().isLetterOrNumber() ? QStringLiteral("\\b") : QString())
            + QRegularExpression::escape(needle)
            + (needle.back().isLetterOrNumber() ? QStringLiteral("\\b") : QString());
        const qsizetype at = text.indexOf(QRegularExpression(pattern));
        if (at < 0) {
            continue;
        }
        for (qsizetype i = at; i < at + needle.size(); ++i) {
            if (text.at(i).isSpace()) {
                continue; // spaces inside a token may be left unformatted by a back end
            }
            QVERIFY2(classes.at(line).at(i) == int(expected),
                     qPrintable(QStringLiteral("'%1' at column %2 of \"%3\": class %4, expected %5")
                                    .arg(text.at(i))
                                    .arg(i)
                                    .arg(text)
                                    .arg(classes.at(line).at(i))
                                    .arg(int(expected))));
        }
        return;
    }
    QFAIL(qPrintable(u"needle not found: " + needle));
}

void CodeHighlighterTest::onlyCodeBlocksAreHighlighted()
{
    QTextDocument document;
    document.documentLayout(); // highlighters work on laid-out documents, as in a view
    CodeHighlighter *highlighter = CodeHighlighter::create(&document);
    AnswerDocument::renderNote(
        &document, QStringLiteral("func and return in prose\n\n```go\nfunc f() {}\n```\n\nafter func\n"),
        RenderStyle::from(QGuiApplication::palette(), highlighter));
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const bool formatted = !block.layout()->formats().isEmpty();
        QCOMPARE(formatted, CodeHighlighter::isCodeBlock(block));
    }
}

void CodeHighlighterTest::stateRestartsAtEachFence()
{
    // A raw string left open in one block must not swallow the next block.
    QTextDocument document;
    document.documentLayout(); // highlighters work on laid-out documents, as in a view
    CodeHighlighter *highlighter = CodeHighlighter::create(&document);
    AnswerDocument::renderNote(
        &document, QStringLiteral("```go fragment\ns := `open\n```\n\nText.\n\n```go\nfunc f() {}\n```\n"),
        RenderStyle::from(QGuiApplication::palette(), highlighter));
    const QList<QList<int>> classes = classesOf(document);
    QCOMPARE(classes.size(), 2);
    QCOMPARE(classes.at(1).at(0), int(Token::Class::Keyword)); // "func"
}

void CodeHighlighterTest::themes_lightAndDark()
{
    QTextDocument document;
    document.documentLayout(); // highlighters work on laid-out documents, as in a view
    CodeHighlighter *highlighter = CodeHighlighter::create(&document);
    const QString light = highlighter->defaultThemeName(false);
    const QString dark = highlighter->defaultThemeName(true);
    QVERIFY(!light.isEmpty());
    QVERIFY(light != dark);
    QVERIFY(highlighter->themeNames().contains(light));
    QVERIFY(highlighter->themeNames().contains(dark));
    highlighter->setTheme(dark);
    QCOMPARE(highlighter->themeName(), dark);
    QVERIFY(highlighter->codeBackground().lightness() < 128);
    QVERIFY(highlighter->codeForeground().lightness() > 128);
    highlighter->setTheme(light);
    QVERIFY(highlighter->codeBackground().lightness() > 128);
    QVERIFY(highlighter->codeForeground().lightness() < 128);
    highlighter->setTheme(QStringLiteral("no such theme"));
    QCOMPARE(highlighter->themeName(), light);
}

void CodeHighlighterTest::setTheme_changesColoursNotClasses()
{
    QTextDocument document;
    document.documentLayout(); // highlighters work on laid-out documents, as in a view
    CodeHighlighter *highlighter = CodeHighlighter::create(&document);
    AnswerDocument::renderNote(&document,
                               QStringLiteral("```go\nfunc f() string { return \"x\" } // c\n```\n"),
                               RenderStyle::from(QGuiApplication::palette(), highlighter));
    highlighter->setTheme(highlighter->defaultThemeName(false));
    const QList<QList<int>> before = classesOf(document);
    const QColor lightComment = document.begin().layout()->formats().last().format.foreground().color();
    highlighter->setTheme(highlighter->defaultThemeName(true));
    QCOMPARE(classesOf(document), before);
    const QColor darkComment = document.begin().layout()->formats().last().format.foreground().color();
    QVERIFY(lightComment != darkComment);
}

void CodeHighlighterTest::legible_reachesMinimumContrast()
{
    // Breeze Dark's colour for punctuation on its code background: 3.2:1, lifted to at least 4.5:1.
    const QColor dim(0x3f, 0x80, 0x58);
    const QColor dark(0x23, 0x26, 0x29);
    QVERIFY(CodeHighlighter::contrast(dim, dark) < 4.5);
    const QColor lifted = CodeHighlighter::legible(dim, dark);
    QVERIFY(CodeHighlighter::contrast(lifted, dark) >= CodeHighlighter::MinimumContrast);
    QVERIFY(lifted.greenF() > lifted.redF()); // still green
    // On white, darker; a colour that already reads stays as it is.
    QVERIFY(
        CodeHighlighter::contrast(CodeHighlighter::legible(QColor(0xaa, 0xcc, 0xaa), Qt::white), Qt::white)
        >= 4.5);
    QCOMPARE(CodeHighlighter::legible(QColor(Qt::black), Qt::white), QColor(Qt::black));
    QCOMPARE(CodeHighlighter::contrast(Qt::black, Qt::white), 21.0);
}

QTEST_MAIN(CodeHighlighterTest)
#include "codehighlighter_test.moc"
