// Help > About: the version from project(VERSION), the Qt version and the licence.
#include "shell/aboutdialog.h"
#include "shell/consoleversion.h"

#include <QLabel>
#include <QtTest>

class TestAboutDialog final : public QObject
{
    Q_OBJECT
private slots:
    void showsVersionQtAndLicence()
    {
        QCOMPARE(QString::fromLatin1(kConsoleVersion), QStringLiteral(EVOVOICE_EXPECTED_VERSION));
        AboutDialog dialog(QStringLiteral("https://team.evovoice.io"));
        QString all;
        for (QLabel *label : dialog.findChildren<QLabel *>())
            all += label->text() + QLatin1Char('\n');
        QVERIFY2(all.contains(QStringLiteral("EvoVoice Files Console " EVOVOICE_EXPECTED_VERSION)), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Qt ") + QString::fromLatin1(qVersion())), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("LicenseRef-Proprietary")), qPrintable(all));
        QVERIFY(all.contains(QStringLiteral("https://team.evovoice.io")));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
