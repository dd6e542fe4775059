// DetailPane with real files from evovoice-sim: every group, copyable ids, the breadcrumb's
// clicks, the highlight, and hostile server text (markup, RTL, 1 MB) shown as plain text.
#include "api/apiclient.h"
#include "apiwait.h"
#include "detail/breadcrumbbar.h"
#include "detail/copyablefield.h"
#include "detail/detailpane.h"
#include "api/fileinfobuilder.h"
#include "signedinclient.h"
#include "simprocess.h"

#include <QClipboard>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>
#include <QtTest>

class TstDetailPane final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void emptyState();
    void showsEveryGroupAndField();
    void idsAreCopyable();
    void breadcrumbClickEmitsCustomer();
    void hostileNamesArePlainText_data();
    void hostileNamesArePlainText();
    void hostileBreadcrumbIsLiteral();
    void highlightIsCaseInsensitiveAndComplete();
    void longParagraphsAreBroken();
    void megabyteTranscriptionDoesNotFreeze();

private:
    QList<FileInfo> listFiles(const FileQuery &query);
    FileInfo patchName(const QString &id, const QString &name);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QList<FileInfo> m_files;
};

void TstDetailPane::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("300")}), qPrintable(m_sim.errorString()));
    m_client = new ApiClient(this);
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, &error), qPrintable(error));
    FileQuery q;
    q.countPerPage = 100;
    m_files = listFiles(q);
    QVERIFY(!m_files.isEmpty());
}

QList<FileInfo> TstDetailPane::listFiles(const FileQuery &query)
{
    const auto result = waitFor<ListPage<FileInfo>>([&](auto cb) { m_client->listFiles(query, this, cb); });
    if (!result || !result->ok())
        return {};
    return result->value.items;
}

FileInfo TstDetailPane::patchName(const QString &id, const QString &name)
{
    FilePatch patch;
    patch.fileName = name;
    const auto result = waitFor<FileInfo>([&](auto cb) { m_client->patchFile(id, patch, this, cb); });
    if (!result || !result->ok()) {
        qWarning() << "patch failed" << (result ? result->error.userText() : QStringLiteral("timed out"));
        return {};
    }
    return result->value;
}

void TstDetailPane::emptyState()
{
    DetailPane pane;
    QVERIFY(pane.isEmptyState());
    QCOMPARE(pane.emptyLabel()->text(), QStringLiteral("Select a file to see its details"));
    pane.setFile(m_files.first());
    QVERIFY(!pane.isEmptyState());
    pane.setFile(FileInfo());
    QVERIFY(pane.isEmptyState());
}

void TstDetailPane::showsEveryGroupAndField()
{
    DetailPane pane;
    pane.resize(420, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const FileInfo file = m_files.first();
    pane.setFile(file);
    const FileField shown[] = {FileField::Type, FileField::FromAddress, FileField::ToAddress,
                               FileField::RecordingDuration, FileField::RecordingSid, FileField::RecordingFrom,
                               FileField::AccountName, FileField::AccountId, FileField::CustomerName,
                               FileField::CustomerId, FileField::UserName, FileField::UserId, FileField::FileName,
                               FileField::ContentType, FileField::ContentLength, FileField::Uri, FileField::Id,
                               FileField::DateCreated, FileField::CreatedBy, FileField::DateLastModified,
                               FileField::LastModifiedBy};
    for (FileField f : shown) {
        QVERIFY2(pane.field(f), qPrintable(fileFieldApiName(f)));
        QCOMPARE(pane.field(f)->label()->textFormat(), Qt::PlainText);
    }
    QCOMPARE(pane.fieldText(FileField::Id), file.id());
    QCOMPARE(pane.fieldText(FileField::AccountId), file.accountId());
    QCOMPARE(pane.fieldText(FileField::CustomerId), file.customerId());
    QCOMPARE(pane.fieldText(FileField::FileName), file.fileName());
    QCOMPARE(pane.fieldText(FileField::Uri), file.uri().toString());
    QCOMPARE(pane.fieldText(FileField::ContentType), file.contentType());
    QCOMPARE(pane.fieldText(FileField::Type), fileTypeLabel(file.type()));
    if (file.contentLength() >= 0)
        QVERIFY(pane.fieldText(FileField::ContentLength).contains(QLocale().toString(file.contentLength())));
    QCOMPARE(pane.transcriptionView()->toPlainText(), file.transcription());
    QCOMPARE(pane.aiTranscriptionView()->toPlainText(), file.aiTranscription());
    QVERIFY(pane.transcriptionView()->isReadOnly());
    QCOMPARE(pane.titleLabel()->textFormat(), Qt::PlainText);
}

void TstDetailPane::idsAreCopyable()
{
    DetailPane pane;
    const FileInfo file = m_files.first();
    pane.setFile(file);
    for (FileField f : {FileField::Id, FileField::Uri, FileField::AccountId, FileField::CustomerId}) {
        CopyableField *field = pane.field(f);
        QVERIFY(field->copyButton());
        QVERIFY(field->label()->textInteractionFlags() & Qt::TextSelectableByMouse);
        QTest::mouseClick(field->copyButton(), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), pane.fieldText(f));
    }
    QCOMPARE(QGuiApplication::clipboard()->text(), file.customerId());
}

void TstDetailPane::breadcrumbClickEmitsCustomer()
{
    FileInfo withPath;
    for (const FileInfo &f : std::as_const(m_files)) {
        if (f.customerBreadcrumb().size() >= 2) {
            withPath = f;
            break;
        }
    }
    QVERIFY2(!withPath.isNull(), "the simulator gave no file with a two-step breadcrumb");
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QSignalSpy spy(&pane, &DetailPane::customerActivated);
    pane.setFile(withPath);
    const CustomerBreadcrumb crumbs = withPath.customerBreadcrumb();
    const QList<QToolButton *> buttons = pane.breadcrumbBar()->buttons();
    QCOMPARE(buttons.size(), crumbs.size());
    QTest::mouseClick(buttons.first(), Qt::LeftButton);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), crumbs.first().id);
    QCOMPARE(spy.at(0).at(1).toString(), crumbs.first().name);
    QTest::mouseClick(buttons.last(), Qt::LeftButton);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toString(), withPath.customerId());
    // Keyboard: Space on a focused crumb activates it too.
    buttons.last()->setFocus();
    QTest::keyClick(buttons.last(), Qt::Key_Space);
    QCOMPARE(spy.count(), 3);
}

void TstDetailPane::hostileNamesArePlainText_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("html") << QStringLiteral("<b>bold</b><img src=x>");
    QTest::newRow("arabic") << QStringLiteral("تسجيل المكالمة ٢٠٢٥.wav");
    QTest::newRow("hebrew") << QStringLiteral("הקלטת שיחה &amp; <i>x</i>.mp3");
    QTest::newRow("ampersand") << QStringLiteral("R&D && ops");
}

void TstDetailPane::hostileNamesArePlainText()
{
    QFETCH(QString, name);
    const FileInfo patched = patchName(m_files.at(1).id(), name);
    QVERIFY(!patched.isNull());
    QCOMPARE(patched.fileName(), name);
    // And as read back by a fresh list call.
    FileQuery q;
    q.specificIds = {patched.id()};
    const QList<FileInfo> again = listFiles(q);
    QCOMPARE(again.size(), 1);
    DetailPane pane;
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setFile(again.first());
    QLabel *label = pane.field(FileField::FileName)->label();
    QCOMPARE(label->text(), name);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(pane.titleLabel()->text(), name);
    QCOMPARE(pane.titleLabel()->textFormat(), Qt::PlainText);
}

void TstDetailPane::hostileBreadcrumbIsLiteral()
{
    const QString hostile = QStringLiteral("<b>R&D</b> <img src=x> شركة");
    FileInfoBuilder builder(m_files.first());
    builder.setBreadcrumb({{QStringLiteral("c<1>"), hostile}, {QStringLiteral("c2"), QStringLiteral("&Tail")}});
    DetailPane pane;
    QSignalSpy spy(&pane, &DetailPane::customerActivated);
    pane.setFile(builder.build());
    const QList<QToolButton *> buttons = pane.breadcrumbBar()->buttons();
    QCOMPARE(buttons.size(), 2);
    QCOMPARE(buttons.first()->text(), QString(hostile).replace(QLatin1Char('&'), QStringLiteral("&&")));   // no mnemonic
    QVERIFY(!buttons.first()->toolTip().contains(QStringLiteral("<1>")));   // escaped for the rich tooltip
    QVERIFY(buttons.first()->toolTip().contains(QStringLiteral("c&lt;1&gt;")));
    buttons.first()->click();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("c<1>"));
    QCOMPARE(spy.at(0).at(1).toString(), hostile);
}

void TstDetailPane::highlightIsCaseInsensitiveAndComplete()
{
    FileInfoBuilder builder(m_files.first());
    builder.setText(FileField::Transcription, QStringLiteral("Refund now.\nI said REFUND, refund! <b>refund</b>"));
    builder.setText(FileField::AITranscription, QStringLiteral("Customer asks for a rEfUnD."));
    const FileInfo file = builder.build();
    DetailPane pane;
    pane.setHighlightTerm(QStringLiteral("refund"));
    pane.setFile(file);
    QCOMPARE(pane.transcriptionView()->toPlainText(), file.transcription());   // markup stays literal
    QCOMPARE(pane.highlightedRangeCount(), 5);
    int highlighted = 0;
    for (QTextBlock b = pane.transcriptionView()->document()->begin(); b.isValid(); b = b.next()) {
        for (const QTextLayout::FormatRange &r : b.layout()->formats()) {
            QCOMPARE(b.text().mid(r.start, r.length).toLower(), QStringLiteral("refund"));
            QVERIFY(r.format.background().style() != Qt::NoBrush);
            ++highlighted;
        }
    }
    QCOMPARE(highlighted, 4);
    pane.setHighlightTerm(QString());
    QCOMPARE(pane.highlightedRangeCount(), 0);
    pane.setHighlightTerm(QStringLiteral("REFUND"));
    QCOMPARE(pane.highlightedRangeCount(), 5);
}

void TstDetailPane::longParagraphsAreBroken()
{
    QCOMPARE(DetailPane::displayText(QStringLiteral("short\ntext"), 8), QStringLiteral("short\ntext"));
    QCOMPARE(DetailPane::displayText(QStringLiteral("aaa bbb ccc ddd"), 8), QStringLiteral("aaa bbb\nccc ddd"));
    QCOMPARE(DetailPane::displayText(QStringLiteral("abcdefghijkl"), 5), QStringLiteral("abcde\nfghij\nkl"));
    QCOMPARE(DetailPane::displayText(QString()), QString());
}

void TstDetailPane::megabyteTranscriptionDoesNotFreeze()
{
    QString big;
    big.reserve(1 << 20);
    int line = 0;
    while (big.size() < (1 << 20))
        big += QStringLiteral("Line %1: the caller asked about the invoice, then about a refund. <b>x</b>\n").arg(++line);
    QString oneLine = big;
    oneLine.replace(QLatin1Char('\n'), QLatin1Char(' '));
    FileInfoBuilder builder(m_files.first());
    builder.setText(FileField::Transcription, big);
    builder.setText(FileField::AITranscription, oneLine);   // one 1 MB paragraph
    const FileInfo file = builder.build();
    QVERIFY(file.transcription().size() >= (1 << 20));

    DetailPane pane;
    pane.resize(420, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.setHighlightTerm(QStringLiteral("refund"));
    QElapsedTimer timer;
    timer.start();
    pane.setFile(file);
    QCoreApplication::processEvents();   // includes the first layout and paint
    const qint64 elapsed = timer.elapsed();
    qInfo("setFile with 2 x 1 MB transcriptions + highlight: %lld ms", elapsed);
    QVERIFY2(elapsed < 1500, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    QCOMPARE(pane.transcriptionView()->toPlainText().size(), big.size());
    QVERIFY(pane.highlightedRangeCount() > line);   // every line's match, plus the long paragraph's
    // The one-paragraph text is shown in short blocks: spaces became newlines, nothing else changed.
    const QString shownAi = pane.aiTranscriptionView()->toPlainText();
    QCOMPARE(shownAi.size(), oneLine.size());
    QCOMPARE(QString(shownAi).replace(QLatin1Char('\n'), QLatin1Char(' ')), oneLine);
    QVERIFY(pane.aiTranscriptionView()->document()->blockCount() > oneLine.size() / DetailPane::kMaxParagraph);
    timer.restart();
    pane.setFile(m_files.first());                  // and away again
    QCoreApplication::processEvents();
    QVERIFY(timer.elapsed() < 2000);
}

QTEST_MAIN(TstDetailPane)
#include "tst_detailpane.moc"
