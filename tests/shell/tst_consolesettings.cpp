#include "settings/consolesettings.h"

#include <QTemporaryDir>
#include <QtTest>

class TestConsoleSettings final : public QObject
{
    Q_OBJECT
private slots:
    void defaults()
    {
        QTemporaryDir dir;
        ConsoleSettings s(dir.filePath(QStringLiteral("c.ini")));
        QVERIFY(s.recentServers().isEmpty());
        QCOMPARE(s.lastServer(), QStringLiteral("https://evovoice.io"));
        QVERIFY(s.lastUser().isEmpty());
        QVERIFY(!s.rememberSession());
        QVERIFY(s.sidebarVisible());
        QVERIFY(s.detailVisible());
        QVERIFY(s.filesViewState().isEmpty());
    }

    void recentServersDeduplicatedAndCapped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        {
            ConsoleSettings s(path);
            s.addRecentServer(QStringLiteral("https://a.example.com/"));
            s.addRecentServer(QStringLiteral("b.example.com"));  // scheme added
            s.addRecentServer(QStringLiteral("HTTPS://A.example.com"));  // same as the first, moves to front
            QCOMPARE(s.recentServers(), (QStringList{QStringLiteral("HTTPS://A.example.com"),
                                                     QStringLiteral("https://b.example.com")}));
            for (int i = 0; i < 20; ++i)
                s.addRecentServer(QStringLiteral("https://s%1.example.com").arg(i));
            QCOMPARE(s.recentServers().size(), ConsoleSettings::kMaxRecentServers);
            QCOMPARE(s.recentServers().first(), QStringLiteral("https://s19.example.com"));
            s.addRecentServer(QStringLiteral("   "));
            QCOMPARE(s.recentServers().size(), ConsoleSettings::kMaxRecentServers);
            s.setLastUser(QStringLiteral(" manager@example.com "));
            s.setRememberSession(true);
        }
        ConsoleSettings again(path);
        QCOMPARE(again.recentServers().size(), ConsoleSettings::kMaxRecentServers);
        QCOMPARE(again.lastServer(), QStringLiteral("https://s19.example.com"));
        QCOMPARE(again.lastUser(), QStringLiteral("manager@example.com"));
        QVERIFY(again.rememberSession());
    }

    void layoutRoundTripUnderVersionedKeys()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        {
            ConsoleSettings s(path);
            s.setWindowGeometry("geometry-bytes");
            s.setWindowState("state-bytes");
            s.setSplitterState("splitter-bytes");
            s.setFilesViewState("view-bytes");
            s.setSidebarVisible(false);
            s.setDetailVisible(false);
        }
        {
            ConsoleSettings s(path);
            QCOMPARE(s.windowGeometry(), QByteArray("geometry-bytes"));
            QCOMPARE(s.windowState(), QByteArray("state-bytes"));
            QCOMPARE(s.splitterState(), QByteArray("splitter-bytes"));
            QCOMPARE(s.filesViewState(), QByteArray("view-bytes"));
            QVERIFY(!s.sidebarVisible());
            QVERIFY(!s.detailVisible());
        }
        QSettings raw(path, QSettings::IniFormat);
        const QStringList keys = raw.allKeys();
        for (const QString &k : keys) {
            if (k.startsWith(QLatin1String("layout/")) || k.startsWith(QLatin1String("views/")))
                QVERIFY2(k.contains(QLatin1String("/v1/")), qPrintable(k));
        }
        QVERIFY(keys.contains(QStringLiteral("views/files/v1/state")));

        ConsoleSettings s(path);
        s.addRecentServer(QStringLiteral("https://kept.example.com"));
        s.resetLayout();
        QVERIFY(s.windowGeometry().isEmpty());
        QVERIFY(s.filesViewState().isEmpty());
        QVERIFY(s.sidebarVisible());
        QCOMPARE(s.lastServer(), QStringLiteral("https://kept.example.com"));  // not layout
    }

    void nothingSecretInTheFile()
    {
        // The settings API has no place for a password or a token; check the file anyway
        // after everything the shell writes has been written.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        {
            ConsoleSettings s(path);
            s.addRecentServer(QStringLiteral("http://127.0.0.1:1234"));
            s.setLastUser(QStringLiteral("manager@example.com"));
            s.setRememberSession(true);
            s.setFilesViewState(QByteArray(64, 'x'));
            s.sync();
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll().toLower();
        QVERIFY(!text.contains("password"));
        QVERIFY(!text.contains("token"));
        QVERIFY(!text.contains("ss-pid"));
        QVERIFY(!text.contains("sspid"));
    }

    void exportChoicesRoundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.ini"));
        {
            ConsoleSettings s(path);
            QCOMPARE(s.exportMetadataFormat(), QStringLiteral("csv"));
            QVERIFY(s.exportColumns().isEmpty());
            QVERIFY(!s.exportCsvBom());
            QVERIFY(!s.exportTranscripts());
            QVERIFY(s.exportMedia());
            QCOMPARE(s.exportSubfolders(), QStringLiteral("none"));
            s.setExportMetadataFormat(QStringLiteral("json"));
            s.setExportColumns({QStringLiteral("id"), QStringLiteral("fileName")});
            s.setExportCsvBom(true);
            s.setExportTranscripts(true);
            s.setExportMedia(false);
            s.setExportSubfolders(QStringLiteral("customer"));
            s.sync();
        }
        ConsoleSettings s(path);
        QCOMPARE(s.exportMetadataFormat(), QStringLiteral("json"));
        QCOMPARE(s.exportColumns(), (QStringList{QStringLiteral("id"), QStringLiteral("fileName")}));
        QVERIFY(s.exportCsvBom());
        QVERIFY(s.exportTranscripts());
        QVERIFY(!s.exportMedia());
        QCOMPARE(s.exportSubfolders(), QStringLiteral("customer"));
        // Unknown values read as the defaults.
        s.setExportMetadataFormat(QStringLiteral("xlsx"));
        s.setExportSubfolders(QStringLiteral("../etc"));
        QCOMPARE(s.exportMetadataFormat(), QStringLiteral("csv"));
        QCOMPARE(s.exportSubfolders(), QStringLiteral("none"));
    }

    void normalisedServer()
    {
        QCOMPARE(ConsoleSettings::normalizedServer(QStringLiteral(" evovoice.io/ ")), QStringLiteral("https://evovoice.io"));
        QCOMPARE(ConsoleSettings::normalizedServer(QStringLiteral("http://127.0.0.1:80//")),
                 QStringLiteral("http://127.0.0.1:80"));
        QVERIFY(ConsoleSettings::normalizedServer(QString()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConsoleSettings)
#include "tst_consolesettings.moc"
