#include "tablewriter.h"

#include <QProcessEnvironment>

#include <sys/ioctl.h>
#include <unistd.h>

namespace {

// A shrunk text column keeps at least this many cells ("ab…").
constexpr int kMinShrunkWidth = 4;

} // namespace

TableWriter::TableWriter(const QStringList &headers)
    : m_headers(headers)
    , m_keepWhole(headers.size(), false)
{
}

void TableWriter::setKeepWhole(int column, bool keep)
{
    if (column >= 0 && column < m_keepWhole.size())
        m_keepWhole[column] = keep;
}

void TableWriter::addRow(const QStringList &cells)
{
    QStringList row;
    for (const QString &c : cells)
        row << clean(c);
    m_rows.append(row);
}

QString TableWriter::clean(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        if (c.category() == QChar::Other_Control || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            c = QLatin1Char(' ');
    return out;
}

int TableWriter::charWidth(char32_t c)
{
    if (c == 0)
        return 0;
    const QChar::Category cat = QChar::category(c);
    if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_Enclosing || cat == QChar::Other_Format)
        return 0;
    // East Asian Wide and Fullwidth ranges, and emoji (after Markus Kuhn's wcwidth).
    if ((c >= 0x1100 && c <= 0x115F) || c == 0x2329 || c == 0x232A || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F)
        || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE6F)
        || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x1F300 && c <= 0x1F64F)
        || (c >= 0x1F900 && c <= 0x1F9FF) || (c >= 0x20000 && c <= 0x3FFFD))
        return 2;
    return 1;
}

int TableWriter::displayWidth(const QString &text)
{
    int width = 0;
    for (char32_t c : text.toUcs4())
        width += charWidth(c);
    return width;
}

QString TableWriter::fit(const QString &text, int width)
{
    if (displayWidth(text) <= width)
        return text;
    if (width <= 0)
        return {};
    QString out;
    int used = 0;
    const QList<uint> ucs = text.toUcs4();
    for (uint c : ucs) {
        const int w = charWidth(c);
        if (used + w > width - 1)
            break;
        out.append(QString::fromUcs4(reinterpret_cast<const char32_t *>(&c), 1));
        used += w;
    }
    return out + QChar(0x2026);
}

int TableWriter::terminalWidth()
{
    bool ok = false;
    const int columns = QProcessEnvironment::systemEnvironment().value(QStringLiteral("COLUMNS")).toInt(&ok);
    if (ok && columns >= 20)
        return columns;
    winsize ws{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
        return ws.ws_col;
    return 160;
}

bool TableWriter::shrinkWidest(QList<int> &widths, const QList<int> &floors)
{
    int widest = -1;
    for (int c = 0; c < widths.size(); ++c)
        if (widths[c] > floors[c] && (widest < 0 || widths[c] > widths[widest]))
            widest = c;
    if (widest < 0)
        return false;
    --widths[widest];
    return true;
}

QList<int> TableWriter::columnWidths() const
{
    const int n = int(m_headers.size());
    QList<int> values(n, 0);
    for (const QStringList &row : m_rows)
        for (int c = 0; c < n && c < row.size(); ++c)
            values[c] = qMax(values[c], displayWidth(row[c]));
    QList<int> widths(n, 0);
    int total = 0;
    for (int c = 0; c < n; ++c) {
        widths[c] = qMax(values[c], displayWidth(m_headers[c]));
        total += widths[c];
    }
    // Fit the budget (two spaces between columns) in steps, each cutting the widest column it
    // may cut: first the text columns (down to a few cells); then the headers of the columns
    // kept whole (never their values); then any column to a few cells; at last to one cell.
    QList<QList<int>> steps(4, QList<int>(n, kMinShrunkWidth));
    for (int c = 0; c < n; ++c) {
        if (m_keepWhole[c]) {
            steps[0][c] = widths[c];
            steps[1][c] = qMax(values[c], kMinShrunkWidth);
        }
        steps[3][c] = 1;
    }
    const int budget = m_maxWidth - 2 * (n - 1);
    for (const QList<int> &floors : steps)
        while (total > budget && shrinkWidest(widths, floors))
            --total;
    return widths;
}

QString TableWriter::toString() const
{
    const int n = int(m_headers.size());
    const QList<int> widths = columnWidths();
    auto line = [&](const QStringList &cells) {
        QString out;
        for (int c = 0; c < n; ++c) {
            const QString cell = fit(c < cells.size() ? cells[c] : QString(), widths[c]);
            out += cell;
            if (c + 1 < n)
                out += QString(widths[c] - displayWidth(cell) + 2, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        return out + QLatin1Char('\n');
    };
    QString out = line(m_headers);
    QStringList rule;
    for (int c = 0; c < n; ++c)
        rule << QString(widths[c], QChar(0x2500));
    out += line(rule);
    for (const QStringList &row : m_rows)
        out += line(row);
    return out;
}
