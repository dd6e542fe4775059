#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

// Over the files table when a query matched nothing: says so and offers to reset the filters
// (a filter that matches nothing must never look like a table still loading).
class NoMatchNotice final : public QFrame
{
    Q_OBJECT
public:
    explicit NoMatchNotice(QWidget *parent = nullptr);

    QString text() const;
    QPushButton *resetButton() const { return m_reset; }

signals:
    void resetRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_label;
    QPushButton *m_reset;
};
