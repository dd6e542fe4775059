#pragma once

#include "api/userinfo.h"

#include <QStatusBar>

class QLabel;
class QProgressBar;
struct UserInfo;

// The window's status bar: the files range ("1–200 of 56,789 files"), a busy indicator while
// loading, and the signed-in user with role. A keychain notice stays as a short label.
class ConsoleStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    explicit ConsoleStatusBar(QWidget *parent = nullptr);

    void setFilesText(const QString &text);
    QString filesText() const;
    void setBusy(bool busy);
    bool isBusy() const;
    void setUser(const UserInfo &user, const QString &server);
    QString userText() const;
    void showNotice(const QString &text);  // the keychain notice; empty hides it
    QString noticeText() const;

    // The role to show: the most powerful one the user has.
    static QString primaryRole(const QStringList &roles);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_files;
    QProgressBar *m_busy;
    QLabel *m_user;
    QLabel *m_notice;
    UserInfo m_userInfo;   // for re-applying the texts in another language
    QString m_server;
};
