#pragma once

#include "api/apierror.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QToolButton;

// An inline banner above the table: one message, Retry and a dismiss button. Repeated errors
// update the same banner (with a repeat count) instead of stacking dialogs.
class ErrorBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    void showError(const ApiError &error);
    void showMessage(const QString &text, bool offerRetry = true);
    void clear();                       // hides it (errors went away)

    QString text() const;
    int repeatCount() const { return m_repeat; }

signals:
    void retryRequested();
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateText();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_retry;
    QToolButton *m_close;
    QString m_message;
    int m_repeat = 0;
};
