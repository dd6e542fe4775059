// The detail pane's preview: FilePreviewLoader against evovoice-sim (what it previews, no request
// for the rest, an expired pre-signed URL fetched again once with a fresh uri, a new file cancels
// the old download) and FilePreview's page navigation and zoom on a PDF of three pages.
#include "api/apiclient.h"
#include "detail/filepreview.h"
#include "models/filepreviewloader.h"
#include "signedinclient.h"
#include "simprocess.h"
#include "simrequestlog.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPainter>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

#include <functional>
#include <memory>

class TestFilePreview final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void kinds();
    void loadsAFaxAndNothingForAudio();
    void expiredPresignedUrlIsFetchedAgainOnce();
    void aNewFileCancelsTheOldDownload();
    void pageNavigationAndZoom();
    void brokenBytesSayWhy();

private:
    FileInfo findFile(const std::function<bool(const FileInfo &)> &match);
    int contentRequests(const FileInfo &file);

    SimProcess m_sim;
    std::unique_ptr<ApiClient> m_client;
    QList<FileInfo> m_files;
};

void TestFilePreview::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("600")}), qPrintable(m_sim.errorString()));
    m_client = std::make_unique<ApiClient>();
    QString error;
    QVERIFY2(signInToSim(*m_client, m_sim, QStringLiteral("admin@example.com"), this, &error), qPrintable(error));
    FileQuery q;
    q.all = true;
    q.countPerPage = 1000;
    bool done = false;
    m_client->listFiles(q, this, [&](const ApiResult<ListPage<FileInfo>> &r) {
        m_files = r.value.items;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY(m_files.size() > 100);
}

void TestFilePreview::init()
{
    QVERIFY(m_sim.clearFaults());
    QVERIFY(m_sim.clearHolds());   // nothing a failed test held stays held
    QVERIFY(m_sim.clearRequests());
}

FileInfo TestFilePreview::findFile(const std::function<bool(const FileInfo &)> &match)
{
    for (const FileInfo &f : m_files)
        if (match(f))
            return f;
    return {};
}

int TestFilePreview::contentRequests(const FileInfo &file)
{
    int n = 0;
    for (const QJsonValue &v : m_sim.requests()) {
        const QString path = v.toObject().value(QStringLiteral("path")).toString();
        if (path == file.uri().path())
            ++n;
    }
    return n;
}

void TestFilePreview::kinds()
{
    using K = FilePreviewLoader::Kind;
    const FileInfo fax = findFile([](const FileInfo &f) { return f.type() == FileType::Fax; });
    const FileInfo audio = findFile([](const FileInfo &f) { return f.type() == FileType::CallRecording; });
    const FileInfo image = findFile([](const FileInfo &f) { return f.contentType() == QLatin1String("image/png"); });
    QVERIFY(!fax.isNull() && !audio.isNull());
    QCOMPARE(FilePreviewLoader::kindOf(fax), K::Pdf);
    QCOMPARE(FilePreviewLoader::kindOf(audio), K::None);
    QCOMPARE(FilePreviewLoader::kindOf(FileInfo()), K::None);
    if (!image.isNull())
        QCOMPARE(FilePreviewLoader::kindOf(image), K::Image);
}

void TestFilePreview::loadsAFaxAndNothingForAudio()
{
    FilePreviewLoader loader(m_client.get());
    QSignalSpy loaded(&loader, &FilePreviewLoader::loaded);
    QSignalSpy cleared(&loader, &FilePreviewLoader::cleared);
    const FileInfo audio = findFile([](const FileInfo &f) { return f.type() == FileType::VoiceMessage; });
    loader.load(audio);
    QVERIFY(!loader.isLoading());
    QCOMPARE(contentRequests(audio), 0);

    const FileInfo fax = findFile([](const FileInfo &f) { return f.type() == FileType::FaxOutgoing; });
    QVERIFY(!fax.isNull());
    loader.load(fax);
    QVERIFY(loaded.wait(20000));
    QVERIFY(loaded.first().at(0).toByteArray().startsWith("%PDF"));
    QCOMPARE(loader.kind(), FilePreviewLoader::Kind::Pdf);
    // The same file again: no second request.
    loader.load(fax);
    QTest::qWait(100);  // deliberate: nothing happens for 100 ms (no second request)
    QCOMPARE(contentRequests(fax), 1);
    loader.load(audio);
    QCOMPARE(cleared.size(), 1);

    FilePreview preview;
    preview.setLoader(&loader);
    preview.resize(400, 500);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    loader.load(fax);
    QTRY_COMPARE_WITH_TIMEOUT(preview.mode(), FilePreview::Mode::Pdf, 20000);
    QTRY_VERIFY(preview.pageCount() >= 1);
    loader.clear();
    QCOMPARE(preview.mode(), FilePreview::Mode::Empty);
    QVERIFY(preview.isHidden());
}

void TestFilePreview::expiredPresignedUrlIsFetchedAgainOnce()
{
    const FileInfo fax = findFile([this](const FileInfo &f) {
        return FilePreviewLoader::kindOf(f) == FilePreviewLoader::Kind::Pdf && f.uri().host() == m_sim.storageUrl().host();
    });
    if (fax.isNull())
        QSKIP("no PDF on the storage origin in this data set");
    QJsonObject fault{{QStringLiteral("path"), fax.uri().path()}, {QStringLiteral("fault"), QStringLiteral("expired")},
                      {QStringLiteral("count"), 1}, {QStringLiteral("origin"), QStringLiteral("storage")}};
    QVERIFY(m_sim.queueFault(fault));
    FilePreviewLoader loader(m_client.get());
    QSignalSpy loaded(&loader, &FilePreviewLoader::loaded);
    QSignalSpy failed(&loader, &FilePreviewLoader::failed);
    loader.load(fax);
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty() || !failed.isEmpty(), 20000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(0).toString()));
    QVERIFY(loaded.first().at(0).toByteArray().startsWith("%PDF"));
    // GET /files/{id} once for a fresh uri, and two downloads (the expired one and the fresh one).
    QCOMPARE(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files/") + fax.id()).size(), 1);
    QCOMPARE(contentRequests(fax), 2);

    // Expired again after the refresh: it says so instead of asking forever.
    QVERIFY(m_sim.clearRequests());
    fault[QStringLiteral("count")] = 5;
    QVERIFY(m_sim.queueFault(fault));
    FilePreviewLoader second(m_client.get());
    QSignalSpy secondFailed(&second, &FilePreviewLoader::failed);
    second.load(fax);
    QVERIFY(secondFailed.wait(20000));
    QVERIFY(!secondFailed.first().at(0).toString().isEmpty());
    QCOMPARE(m_sim.requests(QStringLiteral("api"), QStringLiteral("/files/") + fax.id()).size(), 1);
}

void TestFilePreview::aNewFileCancelsTheOldDownload()
{
    QList<FileInfo> faxes;
    for (const FileInfo &f : m_files)
        if (f.type() == FileType::Fax && f.uri().host() == m_sim.apiUrl().host() && faxes.size() < 2)
            faxes << f;
    QCOMPARE(faxes.size(), 2);
    QVERIFY(m_sim.hold(faxes[0].uri().path()));   // the first fax's bytes wait until released
    FilePreviewLoader loader(m_client.get());
    QSignalSpy loaded(&loader, &FilePreviewLoader::loaded);
    loader.load(faxes[0]);
    const QJsonArray held = m_sim.waitForHeld(1);   // its request reached the server
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.at(0).toObject().value(QStringLiteral("path")).toString(), faxes[0].uri().path());
    loader.load(faxes[1]);
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loader.file().id(), faxes[1].id());
    // The old download was cancelled: its connection is gone while the server still holds it.
    QTRY_VERIFY_WITH_TIMEOUT(!m_sim.held().at(0).toObject().value(QStringLiteral("connected")).toBool(), 20000);
    QCOMPARE(m_sim.release(), 1);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loader.file().id(), faxes[1].id());
}

void TestFilePreview::pageNavigationAndZoom()
{
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        for (int page = 0; page < 3; ++page) {
            if (page > 0)
                writer.newPage();
            p.drawText(200, 400, QStringLiteral("Page %1").arg(page + 1));
        }
    }
    FilePreview preview;
    preview.resize(400, 600);
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.showLoading(QStringLiteral("three.pdf"), FilePreviewLoader::Kind::Pdf);
    QCOMPARE(preview.mode(), FilePreview::Mode::Loading);
    preview.showPdf(pdf);
    QTRY_COMPARE(preview.pageCount(), 3);
    QCOMPARE(preview.currentPage(), 0);
    auto *next = preview.findChild<QToolButton *>(QStringLiteral("previewNextPage"));
    auto *prev = preview.findChild<QToolButton *>(QStringLiteral("previewPreviousPage"));
    auto *label = preview.findChild<QLabel *>(QStringLiteral("previewPageLabel"));
    QVERIFY(next && prev && label);
    QVERIFY(!prev->isEnabled() && next->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("Page 1 of 3"));
    next->click();
    QCOMPARE(preview.currentPage(), 1);
    QCOMPARE(preview.pdfView()->pageNavigator()->currentPage(), 1);
    next->click();
    QCOMPARE(preview.currentPage(), 2);
    QVERIFY(!next->isEnabled());
    QCOMPARE(label->text(), QStringLiteral("Page 3 of 3"));
    prev->click();
    QCOMPARE(preview.currentPage(), 1);
    const qreal fit = preview.zoomFactor();
    QVERIFY(fit > 0);
    preview.zoomIn();
    QVERIFY(qAbs(preview.zoomFactor() - fit * 1.25) < 0.01);
    preview.zoomOut();
    preview.zoomOut();
    QVERIFY(preview.zoomFactor() < fit);
    preview.fitWidth();
    QCOMPARE(preview.pdfView()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
}

void TestFilePreview::brokenBytesSayWhy()
{
    FilePreview preview;
    preview.resize(300, 300);
    preview.show();
    preview.showImage(QByteArray("not an image"));
    QCOMPARE(preview.mode(), FilePreview::Mode::Error);
    QVERIFY(!preview.statusText().isEmpty());
    preview.showPdf(QByteArray("%PDF-1.4 broken"));
    QTRY_COMPARE(preview.mode(), FilePreview::Mode::Error);
    QVERIFY(!preview.statusText().isEmpty());
}

QTEST_MAIN(TestFilePreview)
#include "tst_filepreview.moc"
