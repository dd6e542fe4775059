// LanguageManager without widgets: the system's choice from LANGUAGE / LC_ALL / LC_MESSAGES / LANG,
// the embedded catalogues, installing and removing them at runtime, and the one formatter
// (FileCellFormatter) following the language's locale.
#include "models/filecellformatter.h"
#include "api/fileinfobuilder.h"
#include "i18n/languagemanager.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

namespace {
const char *const kVariables[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};

QString typeLabel()
{
    return QCoreApplication::translate("FileType", "Voice message");
}
} // namespace

class TstLanguageManager final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void availableLanguages();
    void systemLanguage_data();
    void systemLanguage();
    void switchesAtRuntime();
    void unknownFollowsSystem();
    void keepsTheSystemTerritory();
    void formatterFollowsLanguage();
    void pluralForms();

private:
    QHash<QByteArray, QByteArray> m_saved;
};

void TstLanguageManager::init()
{
    for (const char *v : kVariables) {
        m_saved.insert(v, qgetenv(v));
        qunsetenv(v);
    }
}

void TstLanguageManager::cleanup()
{
    for (const char *v : kVariables) {
        if (m_saved.value(v).isEmpty())
            qunsetenv(v);
        else
            qputenv(v, m_saved.value(v));
    }
    QLocale::setDefault(QLocale::c());
}

void TstLanguageManager::availableLanguages()
{
    const QList<LanguageManager::Language> all = LanguageManager::availableLanguages();
    QStringList codes;
    QStringList names;
    for (const LanguageManager::Language &l : all) {
        codes << l.code;
        names << l.nativeName;
    }
    QCOMPARE(codes.value(0), QStringLiteral("en"));
    QVERIFY2(codes.contains(QStringLiteral("de")) && codes.contains(QStringLiteral("es")), qPrintable(codes.join(',')));
    QVERIFY2(names.contains(QStringLiteral("English")) && names.contains(QStringLiteral("Deutsch"))
                 && names.contains(QStringLiteral("Español")),
             qPrintable(names.join(',')));
    QVERIFY(!LanguageManager::isAvailable(QStringLiteral("fr")));
}

void TstLanguageManager::systemLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("lcAll");
    QTest::addColumn<QString>("lcMessages");
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing set") << "" << "" << "" << "" << "en";
    QTest::newRow("LANG de") << "" << "" << "" << "de_DE.UTF-8" << "de";
    QTest::newRow("LANG es") << "" << "" << "" << "es_ES.UTF-8" << "es";
    QTest::newRow("LANG fr: no catalogue") << "" << "" << "" << "fr_FR.UTF-8" << "en";
    QTest::newRow("LC_ALL wins over LANG") << "" << "es_MX.UTF-8" << "" << "de_DE.UTF-8" << "es";
    QTest::newRow("LC_MESSAGES over LANG") << "" << "" << "de_AT.UTF-8" << "en_US.UTF-8" << "de";
    QTest::newRow("LANGUAGE list first") << "fr:es:de" << "" << "" << "de_DE.UTF-8" << "es";
    QTest::newRow("LANGUAGE unknown only") << "fr" << "" << "" << "de_DE.UTF-8" << "de";
    QTest::newRow("LANGUAGE ignored for C") << "de" << "C" << "" << "" << "en";
    QTest::newRow("POSIX") << "" << "" << "" << "POSIX" << "en";
}

void TstLanguageManager::systemLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, lcAll);
    QFETCH(QString, lcMessages);
    QFETCH(QString, lang);
    QFETCH(QString, expected);
    const QString values[] = {language, lcAll, lcMessages, lang};
    for (int i = 0; i < 4; ++i) {
        if (!values[i].isEmpty())
            qputenv(kVariables[i], values[i].toLatin1());
    }
    QCOMPARE(LanguageManager::systemLanguage(), expected);
}

void TstLanguageManager::switchesAtRuntime()
{
    qputenv("LANG", "en_US.UTF-8");
    LanguageManager manager;
    QSignalSpy changed(&manager, &LanguageManager::languageChanged);
    QCOMPARE(manager.setLanguage(QString()), QStringLiteral("en"));
    QCOMPARE(typeLabel(), QStringLiteral("Voice message"));

    QCOMPARE(manager.setLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QVERIFY(!manager.followsSystem());
    QCOMPARE(typeLabel(), QStringLiteral("Sprachnachricht"));
    QCOMPARE(QLocale().language(), QLocale::German);
    QCOMPARE(changed.size(), 2);   // en_US (from C) and de
    // Qt's own strings come along when the system has them (qt6-translations-l10n).
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));

    QCOMPARE(manager.setLanguage(QStringLiteral("es")), QStringLiteral("es"));
    QCOMPARE(typeLabel(), QStringLiteral("Mensaje de voz"));
    QCOMPARE(QCoreApplication::translate("ShellActions", "&Quit"), QStringLiteral("&Salir"));

    QCOMPARE(manager.setLanguage(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(typeLabel(), QStringLiteral("Voice message"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    QCOMPARE(QLocale().language(), QLocale::English);
}

void TstLanguageManager::unknownFollowsSystem()
{
    qputenv("LANG", "es_ES.UTF-8");
    LanguageManager manager;
    QCOMPARE(manager.setLanguage(QStringLiteral("fr")), QStringLiteral("es"));
    QVERIFY(manager.followsSystem());
    QCOMPARE(typeLabel(), QStringLiteral("Mensaje de voz"));
}

void TstLanguageManager::keepsTheSystemTerritory()
{
    qputenv("LANG", "de_AT.UTF-8");
    LanguageManager manager;
    manager.setLanguage(QStringLiteral("de"));
    QCOMPARE(QLocale().territory(), QLocale::Austria);
    manager.setLanguage(QStringLiteral("es"));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
}

void TstLanguageManager::formatterFollowsLanguage()
{
    qputenv("LANG", "en_US.UTF-8");
    LanguageManager manager;
    FileInfoBuilder builder;
    builder.setText(FileField::Id, QStringLiteral("f1"));
    builder.setType(FileType::CallRecording);
    builder.setNumber(FileField::ContentLength, 1234567);
    builder.setNumber(FileField::RecordingDuration, 65);
    const QDateTime created(QDate(2026, 11, 28), QTime(8, 5, 9), Qt::LocalTime);
    builder.setDateMs(FileField::DateCreated, created.toMSecsSinceEpoch());
    const FileInfo file = builder.build();

    manager.setLanguage(QStringLiteral("de"));
    {
        const FileCellFormatter cells;   // a new formatter takes the language's locale
        QCOMPARE(cells.display(file, FileField::Type), QStringLiteral("Anrufaufzeichnung"));
        QCOMPARE(cells.detail(file, FileField::RecordingDuration), QStringLiteral("1:05 (65 Sekunden)"));
        QCOMPARE(cells.detail(file, FileField::ContentLength), QStringLiteral("1,2 MiB (1.234.567 Bytes)"));
        QString toolTip;
        QCOMPARE(cells.detail(file, FileField::DateCreated, &toolTip), QStringLiteral("28.11.2026 08:05:09"));
        QVERIFY2(toolTip.endsWith(QLatin1Char('Z')), qPrintable(toolTip));   // the server's UTC text
        QCOMPARE(cells.number(1234567), QStringLiteral("1.234.567"));
        // The sidebar's date fields use the same rule, to the minute.
        QCOMPARE(FileCellFormatter::dateTimePattern(QLocale(), false), QStringLiteral("dd.MM.yyyy HH:mm"));
    }
    manager.setLanguage(QStringLiteral("es"));
    {
        const FileCellFormatter cells;
        QCOMPARE(cells.display(file, FileField::Type), QStringLiteral("Grabación de llamada"));
        QCOMPARE(cells.detail(file, FileField::RecordingDuration), QStringLiteral("1:05 (65 segundos)"));
        QCOMPARE(cells.detail(file, FileField::DateCreated), QStringLiteral("28/11/2026 8:05:09"));
    }
    manager.setLanguage(QStringLiteral("en"));
    {
        const FileCellFormatter cells;
        QCOMPARE(cells.detail(file, FileField::ContentLength), QStringLiteral("1.2 MiB (1,234,567 bytes)"));
        QCOMPARE(cells.detail(file, FileField::DateCreated), QStringLiteral("11/28/2026 8:05:09 AM"));
    }
}

void TstLanguageManager::pluralForms()
{
    qputenv("LANG", "en_US.UTF-8");
    LanguageManager manager;
    manager.setLanguage(QStringLiteral("en"));
    // English carries a plural-only catalogue: one second, not "1 seconds".
    QCOMPARE(FileCellFormatter::longDuration(1), QStringLiteral("0:01 (1 second)"));
    QCOMPARE(FileCellFormatter::longDuration(2), QStringLiteral("0:02 (2 seconds)"));
    manager.setLanguage(QStringLiteral("de"));
    QCOMPARE(FileCellFormatter::longDuration(1), QStringLiteral("0:01 (1 Sekunde)"));
    QCOMPARE(FileCellFormatter::longDuration(3600), QStringLiteral("1:00:00 (3.600 Sekunden)"));
    manager.setLanguage(QStringLiteral("es"));
    QCOMPARE(FileCellFormatter::longDuration(1), QStringLiteral("0:01 (1 segundo)"));
}

QTEST_GUILESS_MAIN(TstLanguageManager)
#include "tst_languagemanager.moc"
