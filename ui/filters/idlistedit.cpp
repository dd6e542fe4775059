#include "idlistedit.h"

#include <QEvent>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QRegularExpression>

IdListEdit::IdListEdit(QWidget *parent)
    : QPlainTextEdit(parent)
{
    setTabChangesFocus(true);
    retranslate();
    setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    connect(this, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updating)
            emit idsEdited();
    });
}

void IdListEdit::retranslate()
{
    setPlaceholderText(tr("Paste file ids: separated by commas, spaces or new lines"));
}

QStringList IdListEdit::parseIds(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    QStringList result;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        if (!result.contains(part))
            result.append(part);
    }
    return result;
}

QStringList IdListEdit::ids() const
{
    return parseIds(toPlainText());
}

void IdListEdit::setIds(const QStringList &ids)
{
    m_updating = true;
    setPlainText(ids.join(QLatin1Char('\n')));
    m_updating = false;
}

void IdListEdit::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        && (event->modifiers() & Qt::ControlModifier)) {
        emit applyRequested();
        return;
    }
    QPlainTextEdit::keyPressEvent(event);
}

void IdListEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QPlainTextEdit::changeEvent(event);
}
