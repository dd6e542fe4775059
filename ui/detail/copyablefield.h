#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

// One value of the detail pane: plain text, selectable with mouse and keyboard, and (for ids and
// URIs) a button that copies the whole value.
class CopyableField final : public QWidget
{
    Q_OBJECT
public:
    explicit CopyableField(bool copyButton, QWidget *parent = nullptr);

    void setValue(const QString &value, const QString &toolTip = {});
    QString value() const { return m_value; }
    QLabel *label() const { return m_label; }
    QToolButton *copyButton() const { return m_copy; }
    void copy() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
    QToolButton *m_copy = nullptr;
    QString m_value;
};
