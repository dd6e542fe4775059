#include "api/apiclient.h"
#include "settings/consolesettings.h"
#include "shell/signindialog.h"
#include "simprocess.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestSignInDialog final : public QObject
{
    Q_OBJECT
private:
    SimProcess m_sim;
    QTemporaryDir m_dir;

    template<typename T>
    static T *child(QWidget *w, const char *name)
    {
        T *c = w->findChild<T *>(QString::fromLatin1(name));
        if (!c)
            qFatal("no child %s", name);
        return c;
    }

    void fill(SignInDialog &dialog, const QString &user, const QString &password)
    {
        child<QComboBox>(&dialog, "serverCombo")->setCurrentText(m_sim.apiUrl().toString());
        auto *email = child<QLineEdit>(&dialog, "emailEdit");
        email->clear();
        QTest::keyClicks(email, user);
        auto *pw = child<QLineEdit>(&dialog, "passwordEdit");
        pw->clear();
        QTest::keyClicks(pw, password);
    }

private slots:
    void initTestCase()
    {
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("100")}), qPrintable(m_sim.errorString()));
    }

    void prefilledFromSettings()
    {
        ConsoleSettings settings(m_dir.filePath(QStringLiteral("prefill.ini")));
        settings.addRecentServer(QStringLiteral("https://one.example.com"));
        settings.addRecentServer(QStringLiteral("https://two.example.com"));
        settings.setLastUser(QStringLiteral("someone@example.com"));
        ApiClient client;
        SignInDialog dialog(&client, &settings);
        auto *server = child<QComboBox>(&dialog, "serverCombo");
        QVERIFY(server->isEditable());
        QCOMPARE(server->currentText(), QStringLiteral("https://two.example.com"));
        QVERIFY(server->findText(QStringLiteral("https://one.example.com")) >= 0);
        QVERIFY(server->findText(QStringLiteral("https://evovoice.io")) >= 0);
        QCOMPARE(child<QLineEdit>(&dialog, "emailEdit")->text(), QStringLiteral("someone@example.com"));
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());
        QVERIFY(!child<QPushButton>(&dialog, "signInButton")->isEnabled());  // no password yet

        dialog.setRememberAvailable(false, QStringLiteral("No keychain"));
        QVERIFY(!child<QCheckBox>(&dialog, "rememberCheck")->isEnabled());
        QVERIFY(!dialog.rememberMe());
        QVERIFY(!child<QLabel>(&dialog, "noticeLabel")->isHidden());
    }

    void wrongPasswordShowsTheServerMessageInline()
    {
        // What the server says for a wrong password, asked directly.
        const auto raw = m_sim.raw("POST", m_sim.url(QStringLiteral("/auth/credentials")),
                                   R"({"userName":"manager@example.com","password":"wrong"})",
                                   {{"Content-Type", "application/json"}});
        QCOMPARE(raw.status, 401);
        const QString serverMessage = QJsonDocument::fromJson(raw.body).object().value(QStringLiteral("responseStatus"))
                                          .toObject().value(QStringLiteral("message")).toString();

        ConsoleSettings settings(m_dir.filePath(QStringLiteral("wrong.ini")));
        ApiClient client;
        SignInDialog dialog(&client, &settings);
        dialog.show();
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        fill(dialog, QStringLiteral("manager@example.com"), QStringLiteral("not-the-password"));
        QTest::mouseClick(child<QPushButton>(&dialog, "signInButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 15000));
        QVERIFY(!dialog.isBusy());
        if (!serverMessage.isEmpty())
            QVERIFY2(dialog.errorText().contains(serverMessage), qPrintable(dialog.errorText()));
        QCOMPARE(child<QLineEdit>(&dialog, "emailEdit")->text(), QStringLiteral("manager@example.com"));
        QVERIFY(dialog.isVisible());
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!client.isSignedIn());
        QCOMPARE(dialog.result(), 0);
    }

    void rightPasswordSucceeds()
    {
        ConsoleSettings settings(m_dir.filePath(QStringLiteral("right.ini")));
        ApiClient client;
        SignInDialog dialog(&client, &settings);
        dialog.show();
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        fill(dialog, QStringLiteral("manager@example.com"), QStringLiteral("demo"));
        QTest::keyClick(child<QLineEdit>(&dialog, "passwordEdit"), Qt::Key_Return);
        QVERIFY(QTest::qWaitFor([&] { return signedIn.count() == 1; }, 15000));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());
        QVERIFY(client.isSignedIn());
        QVERIFY(client.session().isValid());
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "passwordEdit")->text().isEmpty());  // not kept in the widget
    }

    void unreachableServerIsAnInlineError()
    {
        ConsoleSettings settings(m_dir.filePath(QStringLiteral("down.ini")));
        ApiClient client;
        SignInDialog dialog(&client, &settings);
        dialog.show();
        fill(dialog, QStringLiteral("manager@example.com"), QStringLiteral("demo"));
        child<QComboBox>(&dialog, "serverCombo")->setCurrentText(QStringLiteral("http://127.0.0.1:1"));
        dialog.signIn();
        QVERIFY(QTest::qWaitFor([&] { return !dialog.errorText().isEmpty(); }, 20000));
        QVERIFY(dialog.isVisible());
    }

    void cancelStopsARunningSignIn()
    {
        ConsoleSettings settings(m_dir.filePath(QStringLiteral("cancel.ini")));
        ApiClient client;
        SignInDialog dialog(&client, &settings);
        dialog.show();
        QSignalSpy signedIn(&dialog, &SignInDialog::signedIn);
        QVERIFY(m_sim.hold(QStringLiteral("/auth"), 1, QStringLiteral("POST")));  // the answer waits until released
        fill(dialog, QStringLiteral("manager@example.com"), QStringLiteral("demo"));
        dialog.signIn();
        QVERIFY(dialog.isBusy());
        QCOMPARE(m_sim.waitForHeld(1).size(), 1);  // the sign-in reached the server
        QVERIFY(!child<QWidget>(&dialog, "busyBar")->isHidden());
        QTest::keyClick(&dialog, Qt::Key_Escape);  // Cancel
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.isVisible());               // the first Cancel stops the request only
        QVERIFY(child<QWidget>(&dialog, "busyBar")->isHidden());
        // The request was cancelled: its connection is gone while the server still holds it.
        QTRY_VERIFY_WITH_TIMEOUT(!m_sim.held().at(0).toObject().value(QStringLiteral("connected")).toBool(), 20000);
        QCOMPARE(m_sim.release(), 1);
        QCOMPARE(signedIn.count(), 0);
        QVERIFY(!dialog.isBusy());
        dialog.reject();
        QVERIFY(!dialog.isVisible());
    }
};

QTEST_MAIN(TestSignInDialog)
#include "tst_signindialog.moc"
