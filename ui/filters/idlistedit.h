#pragma once

#include <QPlainTextEdit>

// "Specific ids": a pasted list of file ids, split on commas, semicolons, spaces and newlines.
// Ctrl+Enter applies at once (Enter alone starts a new line).
class IdListEdit final : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit IdListEdit(QWidget *parent = nullptr);

    QStringList ids() const;
    void setIds(const QStringList &ids);        // no signal
    static QStringList parseIds(const QString &text);

signals:
    void idsEdited();
    void applyRequested();

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void retranslate();
    bool m_updating = false;
};
