#pragma once

#include <QString>
#include <QStringList>

// Plain-text table for a terminal: columns sized to their content within a total width, long
// cells cut with an ellipsis, widths counted in terminal cells (East Asian wide characters and
// emoji take two, combining marks none), control characters shown as spaces. When the table is
// too wide the widest shrinkable column gives up a cell at a time; columns kept whole (short
// values such as dates and sizes) are cut only when the others cannot shrink any further.
class TableWriter final
{
public:
    explicit TableWriter(const QStringList &headers);

    void addRow(const QStringList &cells);
    void setMaxWidth(int columns) { m_maxWidth = columns; }
    void setKeepWhole(int column, bool keep = true);
    QString toString() const;

    static int displayWidth(const QString &text);
    static QString fit(const QString &text, int width);  // cut with "…" when wider
    static int terminalWidth();                          // COLUMNS, the tty's size, else 160

private:
    static int charWidth(char32_t c);
    static QString clean(const QString &text);
    QList<int> columnWidths() const;
    static bool shrinkWidest(QList<int> &widths, const QList<int> &floors);

    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<bool> m_keepWhole;
    int m_maxWidth = 160;
};
