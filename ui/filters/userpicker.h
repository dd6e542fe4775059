#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class UsersModel;

// The agent (UserId) filter: an editable combo whose completer searches the users list
// (display name, email). Text that names no listed user is taken as a user id, which is all a
// Customer-role user (ListUsers refused) can give.
class UserPicker final : public QWidget
{
    Q_OBJECT
public:
    explicit UserPicker(UsersModel *model, QWidget *parent = nullptr);

    QString userId() const;                 // empty = any agent
    void setUserId(const QString &id);      // no signal
    void clear();                           // no signal
    void setFreeTextMode(bool freeText);    // the users list is not available
    bool isFreeTextMode() const { return m_freeText; }
    QComboBox *comboBox() const { return m_combo; }

signals:
    void userEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showId(const QString &id);

    UsersModel *m_model;
    QComboBox *m_combo;
    QLabel *m_hint;
    QString m_textBeforeReset;
    QString m_pendingId;                    // set before the list arrived
    bool m_freeText = false;
};
