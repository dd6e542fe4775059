#pragma once

#include <QString>
#include <QStringList>

// Plain-text table for a terminal: columns sized to their content within a total width, long
// cells cut with an ellipsis, widths counted in terminal cells (East Asian wide characters and
// emoji take two, combining marks none), control characters shown as spaces.
class TableWriter final
{
public:
    explicit TableWriter(const QStringList &headers);

    void addRow(const QStringList &cells);
    void setMaxWidth(int columns) { m_maxWidth = columns; }
    QString toString() const;

    static int displayWidth(const QString &text);
    static QString fit(const QString &text, int width);  // cut with "…" when wider
    static int terminalWidth();                          // COLUMNS, the tty's size, else 160

private:
    static int charWidth(char32_t c);
    static QString clean(const QString &text);

    QStringList m_headers;
    QList<QStringList> m_rows;
    int m_maxWidth = 160;
};
