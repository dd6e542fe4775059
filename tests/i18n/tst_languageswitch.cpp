// Switching the language at runtime, as Preferences does: the signed-in window (menus, actions,
// sidebar, table header and cells, detail pane, status bar) and the sign-in dialog re-apply
// every text at once, in German, and come back unchanged in English. No restart.
#include "api/apiclient.h"
#include "detail/breadcrumbbar.h"
#include "settings/consolesettings.h"
#include "shell/consoleshell.h"
#include "shell/consolestatusbar.h"
#include "detail/copyablefield.h"
#include "settings/credentialstore.h"
#include "detail/detailpane.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "filters/filtersidebar.h"
#include "i18n/languagemanager.h"
#include "shell/mainwindow.h"
#include "shell/shellactions.h"
#include "shell/signindialog.h"
#include "export/exportprogresspanel.h"
#include "simprocess.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
bool showsServerData(const QObject *o)
{
    for (const QObject *p = o; p; p = p->parent()) {
        if (qobject_cast<const CopyableField *>(p) || qobject_cast<const BreadcrumbBar *>(p))
            return true;   // values from the server: the same in every language
    }
    return false;
}

// Every text a user reads in the widget tree (keyed by object and property).
QMap<QString, QString> visibleTexts(QWidget *root, const QSet<const QObject *> &skip = {})
{
    QMap<QString, QString> out;
    auto put = [&out](const QObject *o, const char *what, const QString &text) {
        const QString name = o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName();
        out.insert(QStringLiteral("%1 %2 %3").arg(name).arg(quintptr(o), 0, 16).arg(QLatin1String(what)), text);
    };
    QList<QObject *> objects = root->findChildren<QObject *>();
    objects.prepend(root);
    for (QObject *o : objects) {
        if (showsServerData(o) || skip.contains(o) || o->objectName() == QLatin1String("userStatus")
            || o->objectName() == QLatin1String("filesStatus"))   // user data; the status line is checked on its own
            continue;
        if (auto *l = qobject_cast<QLabel *>(o))
            put(o, "text", l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(o))
            put(o, "text", b->text());
        else if (auto *g = qobject_cast<QGroupBox *>(o))
            put(o, "title", g->title());
        else if (auto *e = qobject_cast<QLineEdit *>(o))
            put(o, "placeholder", e->placeholderText());
        else if (auto *t = qobject_cast<QPlainTextEdit *>(o))
            put(o, "placeholder", t->placeholderText());
        else if (auto *m = qobject_cast<QMenu *>(o))
            put(o, "title", m->title());
        else if (auto *a = qobject_cast<QAction *>(o))
            put(o, "text", a->text());
        if (auto *c = qobject_cast<QComboBox *>(o); c && !c->isEditable()) {
            for (int i = 0; i < c->count(); ++i)
                put(o, qPrintable(QStringLiteral("item %1").arg(i)), c->itemText(i));
        }
        if (auto *w = qobject_cast<QWidget *>(o); w && !w->toolTip().isEmpty())
            put(o, "toolTip", w->toolTip());
    }
    return out;
}

// Texts that read the same in German (names, codes, symbols).
const QSet<QString> kSameInGerman{QString(), QStringLiteral("ID:"), QStringLiteral("URI:"), QStringLiteral("Agent:"),
                                  QStringLiteral("A&gent:"), QStringLiteral("Upload"), QStringLiteral("Fax"),
                                  QStringLiteral("—"), QStringLiteral("›"), QStringLiteral("e.g. audio/wav"),
                                  QStringLiteral("Pause")};
// Symbols, times and numbers ("−", "▶", "0:00", "1×") are the same in every language.
bool isLanguageNeutral(const QString &text)
{
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    return kSameInGerman.contains(text) || !text.contains(letter);
}
} // namespace

class TstLanguageSwitch final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleSettings> m_settings;
    std::unique_ptr<CredentialStore> m_store;
    std::unique_ptr<ConsoleShell> m_shell;
    LanguageManager m_language;

    MainWindow *window() const { return m_shell->window(); }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void windowSwitchesLive();
    void signInDialogSwitchesLive();
    void exportPanelTitleSwitchesLive();
};

void TstLanguageSwitch::initTestCase()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");   // no keychain: nothing is remembered
    qputenv("LANG", "en_US.UTF-8");
    qunsetenv("LANGUAGE");
    qunsetenv("LC_ALL");
    qunsetenv("LC_MESSAGES");
    m_language.setLanguage(QString());
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("300")}), qPrintable(m_sim.errorString()));
    m_settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("console.ini")));
    m_store = std::make_unique<CredentialStore>(QStringLiteral("EvoVoice Files Console test"));
    m_shell = std::make_unique<ConsoleShell>(m_settings.get(), m_store.get());
    ConsoleOptions options;
    options.server = m_sim.apiUrl().toString();
    options.user = QStringLiteral("manager@example.com");
    options.password = QStringLiteral("demo");
    m_shell->start(options);
    QVERIFY(QTest::qWaitFor([&] { return window() && window()->isVisible(); }, 30000));
    QVERIFY(QTest::qWaitFor([&] { return window()->filesModel()->rowCount() > 0
                                         && !window()->filesModel()->fileAt(0).isNull(); }, 30000));
    // A file with a duration in the detail pane.
    FilesModel *model = window()->filesModel();
    int row = 0;
    while (row < model->rowCount() - 1 && model->fileAt(row).recordingDuration() <= 1)
        ++row;
    window()->filesView()->setCurrentIndex(model->index(row, int(FileField::FileName)));
    QTRY_VERIFY(!window()->detailPane()->isEmptyState());
    // The player loads the current file: its status ("Loading…", "Downloading… 40 %") settles first.
    auto *playerStatus = window()->findChild<QLabel *>(QStringLiteral("playerStatus"));
    QVERIFY(playerStatus);
    QTRY_VERIFY_WITH_TIMEOUT(!playerStatus->text().endsWith(QChar(0x2026)) && !playerStatus->text().contains(QLatin1Char('%')),
                             30000);
}

void TstLanguageSwitch::cleanupTestCase()
{
    m_shell.reset();
    m_language.setLanguage(QStringLiteral("en"));
}

void TstLanguageSwitch::init()
{
    m_language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(window()->actions()->quit->text(), QStringLiteral("&Quit"));
}

void TstLanguageSwitch::windowSwitchesLive()
{
    MainWindow *w = window();
    FilesModel *model = w->filesModel();
    DetailPane *detail = w->detailPane();
    const QSet<const QObject *> serverTexts{detail->titleLabel()};   // the file's name
    const QMap<QString, QString> english = visibleTexts(w, serverTexts);
    const QString englishTitle = w->windowTitle();
    // Every form row of the sidebar has its label (QFormLayout makes none for an empty text).
    for (QFormLayout *form : w->sidebar()->findChildren<QFormLayout *>()) {
        for (int r = 0; r < form->rowCount(); ++r) {
            QLayoutItem *field = form->itemAt(r, QFormLayout::FieldRole);
            QLayoutItem *label = form->itemAt(r, QFormLayout::LabelRole);
            if (field && field->widget() && !form->itemAt(r, QFormLayout::SpanningRole))
                QVERIFY2(label && label->widget(), qPrintable(field->widget()->metaObject()->className()));
        }
    }
    const QString englishType = model->index(0, int(FileField::Type)).data().toString();
    const QString englishStatus = w->consoleStatusBar()->filesText();
    QCOMPARE(w->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    QVERIFY2(detail->fieldText(FileField::RecordingDuration).contains(QLatin1String("seconds")),
             qPrintable(detail->fieldText(FileField::RecordingDuration)));

    m_language.setLanguage(QStringLiteral("de"));
    // LanguageChange reaches the widgets through the event loop.
    QTRY_COMPARE(w->menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
    QCOMPARE(w->actions()->quit->text(), QStringLiteral("&Beenden"));
    QCOMPARE(w->sidebar()->resetButton()->text(), QStringLiteral("Zurücksetzen"));
    auto *fileNameForm = qobject_cast<QFormLayout *>(w->sidebar()->fileNameField()->parentWidget()->layout());
    QVERIFY(fileNameForm);
    auto *fileNameLabel = qobject_cast<QLabel *>(fileNameForm->labelForField(w->sidebar()->fileNameField()));
    QVERIFY(fileNameLabel);
    QCOMPARE(fileNameLabel->text(), QStringLiteral("Datei&name enthält:"));
    QCOMPARE(model->headerData(int(FileField::DateCreated), Qt::Horizontal).toString(), QStringLiteral("Erstellt"));
    QVERIFY(model->index(0, int(FileField::Type)).data().toString() != englishType);
    QVERIFY2(w->consoleStatusBar()->filesText().contains(QLatin1String(" von ")), qPrintable(w->consoleStatusBar()->filesText()));
    QVERIFY2(detail->fieldText(FileField::RecordingDuration).contains(QLatin1String("Sekunde")),
             qPrintable(detail->fieldText(FileField::RecordingDuration)));
    QVERIFY2(!detail->fieldText(FileField::DateCreated).contains(QLatin1Char('-')), qPrintable(detail->fieldText(FileField::DateCreated)));

    // The type column holds the longest German type name (with its icon) without eliding it.
    {
        const QHeaderView *h = w->filesView()->header();
        const QFontMetrics fm = w->filesView()->fontMetrics();
        for (FileType t : kAllFileTypes) {
            const QString label = fileTypeLabel(t);
            QVERIFY2(fm.horizontalAdvance(label) + 12 + 22 <= h->sectionSize(int(FileField::Type)),
                     qPrintable(QStringLiteral("%1 in %2 px").arg(label).arg(h->sectionSize(int(FileField::Type)))));
        }
    }

    // Every text that was there changed, but names and symbols.
    const QMap<QString, QString> german = visibleTexts(w, serverTexts);
    QStringList unchanged;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (german.contains(it.key()) && german.value(it.key()) == it.value() && !isLanguageNeutral(it.value()))
            unchanged << it.key() + QStringLiteral(": ") + it.value();
    }
    QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QLatin1Char('\n'))));

    m_language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(w->menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
    QCOMPARE(model->index(0, int(FileField::Type)).data().toString(), englishType);
    // (the rows on screen may differ by a few: the layout followed the longer German texts)
    QVERIFY2(w->consoleStatusBar()->filesText().contains(QRegularExpression(QStringLiteral("^1\u2013[0-9]+ of [0-9,]+ files$"))),
             qPrintable(w->consoleStatusBar()->filesText()));
    QVERIFY2(englishStatus.endsWith(QLatin1String(" files")), qPrintable(englishStatus));
    QCOMPARE(w->windowTitle(), englishTitle);
    const QMap<QString, QString> back = visibleTexts(w, serverTexts);
    QStringList different;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (back.contains(it.key()) && back.value(it.key()) != it.value())
            different << it.key() + QStringLiteral(": ") + it.value() + QStringLiteral(" -> ") + back.value(it.key());
    }
    QVERIFY2(different.isEmpty(), qPrintable(different.join(QLatin1Char('\n'))));
}

void TstLanguageSwitch::signInDialogSwitchesLive()
{
    ApiClient client;
    SignInDialog dialog(&client, m_settings.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *signIn = dialog.findChild<QAbstractButton *>(QStringLiteral("signInButton"));
    QVERIFY(signIn);
    const QMap<QString, QString> english = visibleTexts(&dialog);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Sign in to EvoVoice"));
    QCOMPARE(signIn->text(), QStringLiteral("&Sign in"));

    m_language.setLanguage(QStringLiteral("de"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Bei EvoVoice anmelden"));
    QCOMPARE(signIn->text(), QStringLiteral("&Anmelden"));
    const QMap<QString, QString> german = visibleTexts(&dialog);
    QStringList unchanged;
    for (auto it = english.cbegin(); it != english.cend(); ++it) {
        if (german.value(it.key()) == it.value() && !kSameInGerman.contains(it.value())
            && !it.key().startsWith(QLatin1String("serverCombo")) && it.value() != QLatin1String("Se&rver:")
            && it.value() != QLatin1String("name@example.com"))
            unchanged << it.key() + QStringLiteral(": ") + it.value();
    }
    QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged.join(QLatin1Char('\n'))));
    // Qt's own button (Cancel) follows through Qt's catalogue.
    QVERIFY(std::any_of(german.cbegin(), german.cend(), [](const QString &t) { return t == QLatin1String("&Abbrechen") || t == QLatin1String("Abbrechen"); }));

    m_language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(dialog.windowTitle(), QStringLiteral("Sign in to EvoVoice"));
    QCOMPARE(visibleTexts(&dialog), english);
}

void TstLanguageSwitch::exportPanelTitleSwitchesLive()
{
    // The panel of a running export names what it exports ("3 selected files", "all 1,204
    // matching files"): those words follow the language too, not only the panel's own.
    ExportProgressPanel selection;
    selection.start(QStringLiteral("/tmp/out"), ExportScope{ExportScope::Kind::Selection, 3});
    ExportProgressPanel all;
    all.start(QStringLiteral("/tmp/out"), ExportScope{ExportScope::Kind::AllMatching, 1204});
    QCOMPARE(selection.titleLabel()->text(), QStringLiteral("Exporting 3 selected files into /tmp/out"));
    QCOMPARE(all.titleLabel()->text(), QStringLiteral("Exporting all 1,204 matching files into /tmp/out"));

    m_language.setLanguage(QStringLiteral("de"));
    QTRY_COMPARE(selection.titleLabel()->text(), QStringLiteral("Export: 3 ausgewählte Dateien nach /tmp/out"));
    QCOMPARE(all.titleLabel()->text(), QStringLiteral("Export: alle 1.204 passenden Dateien nach /tmp/out"));

    m_language.setLanguage(QStringLiteral("en"));
    QTRY_COMPARE(selection.titleLabel()->text(), QStringLiteral("Exporting 3 selected files into /tmp/out"));
}

QTEST_MAIN(TstLanguageSwitch)
#include "tst_languageswitch.moc"
