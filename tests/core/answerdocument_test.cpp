#include "content/packloader.h"
#include "content/questionbank.h"
#include "render/answerdocument.h"
#include "render/codehighlighter.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace GoPrep;

class AnswerDocumentTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void renderQuestion_structure();
    void renderQuestion_codeBlocksMatchPack();
    void renderQuestion_relatedAreLinks();
    void renderSection_listsQuestions();
    void renderGuide_isThePage();
    void links_data();
    void links();
    void applyStyle_zoomScalesCode();
    void everyQuestion_renders();

private:
    std::unique_ptr<QuestionBank> m_bank;
    RenderStyle m_style;
};

void AnswerDocumentTest::initTestCase()
{
    PackErrors errors;
    m_bank = std::make_unique<QuestionBank>(QuestionBank::load({PackLoader::builtInPackPath()}, &errors));
    QVERIFY(errors.isEmpty());
    m_style = RenderStyle::from(QGuiApplication::palette(), nullptr);
}

void AnswerDocumentTest::renderQuestion_structure()
{
    const Question *question = m_bank->question(QStringLiteral("go/zero-value"));
    QTextDocument document;
    AnswerDocument::renderQuestion(&document, *question, m_bank.get(), m_style);
    const QTextBlock title = document.begin();
    QCOMPARE(title.blockFormat().headingLevel(), 1);
    QCOMPARE(title.text(), question->title);
    const QTextBlock meta = title.next();
    QVERIFY(meta.text().contains(Question::levelTitle(question->level)));
    QVERIFY(meta.text().contains(question->tags.first()));
    const QTextBlock shortHeading = meta.next();
    QCOMPARE(shortHeading.blockFormat().headingLevel(), 3);
    QCOMPARE(shortHeading.text(), QStringLiteral("Short answer"));
    // The short answer is set apart with the tint; the full answer is not.
    const QTextBlock firstShort = shortHeading.next();
    QCOMPARE(firstShort.blockFormat().background().color(), m_style.shortAnswerBackground);
    QVERIFY(document.toPlainText().contains(question->shortAnswer.left(40)));
    QTextBlock afterShort = firstShort;
    while (afterShort.isValid() && afterShort.blockFormat().headingLevel() == 0) {
        afterShort = afterShort.next();
    }
    QVERIFY(afterShort.isValid());
    QVERIFY(afterShort.blockFormat().background().color() != m_style.shortAnswerBackground);
}

void AnswerDocumentTest::renderQuestion_codeBlocksMatchPack()
{
    // Every fenced block of the pack is one code block of the document, in the same order, so "copy code"
    // can take the pack's text (with its tabs) for the block under the cursor.
    for (const QString &id : m_bank->questionIds()) {
        const Question *question = m_bank->question(id);
        QTextDocument document;
        AnswerDocument::renderQuestion(&document, *question, m_bank.get(), m_style);
        int index = -1;
        int lastIndex = -1;
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            index = AnswerDocument::codeBlockIndex(block);
            if (index < 0) {
                continue;
            }
            QVERIFY2(index < question->codeBlocks.size(), qPrintable(id));
            const QString firstLine = question->codeBlocks.at(index).code.section(u'\n', 0, 0).trimmed();
            if (index != lastIndex) {
                QCOMPARE(block.text().trimmed(), firstLine);
                QCOMPARE(block.blockFormat().background().color(), m_style.codeBackground);
                lastIndex = index;
            }
        }
        QCOMPARE(lastIndex + 1, question->codeBlocks.size());
    }
}

void AnswerDocumentTest::renderQuestion_relatedAreLinks()
{
    const Question *question = m_bank->question(QStringLiteral("go/select"));
    QVERIFY(!question->related.isEmpty());
    QTextDocument document;
    AnswerDocument::renderQuestion(&document, *question, m_bank.get(), m_style);
    const QString html = document.toHtml();
    for (const QString &id : question->related) {
        QVERIFY2(html.contains(AnswerDocument::linkTo(id)), qPrintable(id));
    }
}

void AnswerDocumentTest::renderSection_listsQuestions()
{
    const Section *section = m_bank->section(QStringLiteral("go/concurrency"));
    QTextDocument document;
    AnswerDocument::renderSection(&document, *section, m_style);
    QCOMPARE(document.begin().text(), section->title);
    const QString html = document.toHtml();
    for (const Question &question : section->questions) {
        QVERIFY2(html.contains(AnswerDocument::linkTo(question.id)), qPrintable(question.id));
    }
}

void AnswerDocumentTest::renderGuide_isThePage()
{
    const Section *guide = m_bank->section(QStringLiteral("go/preparation"));
    QVERIFY(guide);
    QTextDocument document;
    AnswerDocument::renderSection(&document, *guide, m_style);
    QVERIFY(document.toPlainText().size() > 1000);
}

void AnswerDocumentTest::links_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nominal: pack-local") << QStringLiteral("#select") << QStringLiteral("go/select");
    QTest::newRow("nominal: full id")
        << QStringLiteral("goprep:question/other/x") << QStringLiteral("other/x");
    QTest::newRow("robustness: web link") << QStringLiteral("https://go.dev/ref/spec") << QString();
    QTest::newRow("robustness: bare hash") << QStringLiteral("#") << QString();
    QTest::newRow("robustness: file link") << QStringLiteral("file:///etc/passwd") << QString();
}

void AnswerDocumentTest::links()
{
    QFETCH(QString, link);
    QFETCH(QString, expected);
    QCOMPARE(AnswerDocument::questionIdFromLink(link, QStringLiteral("go")), expected);
}

void AnswerDocumentTest::applyStyle_zoomScalesCode()
{
    const Question *question = m_bank->question(QStringLiteral("go/select"));
    QTextDocument document;
    AnswerDocument::renderQuestion(&document, *question, m_bank.get(),
                                   RenderStyle::from(QGuiApplication::palette(), nullptr, 0));
    auto codeSize = [&] {
        for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
            if (CodeHighlighter::isCodeBlock(block) && block.length() > 1) {
                return block.begin().fragment().charFormat().font().pointSizeF();
            }
        }
        return 0.0;
    };
    const qreal normal = codeSize();
    QVERIFY(normal > 0);
    AnswerDocument::applyStyle(&document, RenderStyle::from(QGuiApplication::palette(), nullptr, 3));
    QVERIFY(codeSize() > normal * 1.25);
    QVERIFY(document.defaultFont().pointSizeF() > m_style.bodyFont.pointSizeF() * 1.25);
}

void AnswerDocumentTest::everyQuestion_renders()
{
    QTextDocument document;
    CodeHighlighter::create(&document);
    for (const QString &id : m_bank->questionIds()) {
        AnswerDocument::renderQuestion(&document, *m_bank->question(id), m_bank.get(), m_style);
        QVERIFY2(document.blockCount() > 5, qPrintable(id));
    }
}

QTEST_MAIN(AnswerDocumentTest)
#include "answerdocument_test.moc"
