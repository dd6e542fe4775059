#include "termhighlighter.h"

#include <QColor>

TermHighlighter::TermHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_format.setBackground(QColor(255, 221, 87));
    m_format.setForeground(QColor(Qt::black));
    m_format.setFontWeight(QFont::Bold);
}

void TermHighlighter::setTerm(const QString &term)
{
    const QString trimmed = term.trimmed();
    if (trimmed == m_term)
        return;
    m_term = trimmed;
    rehighlight();
}

void TermHighlighter::highlightBlock(const QString &text)
{
    if (m_term.isEmpty())
        return;
    const auto length = m_term.size();
    int matches = 0;
    for (qsizetype at = text.indexOf(m_term, 0, Qt::CaseInsensitive); at >= 0 && matches < kMaxMatchesPerBlock;
         at = text.indexOf(m_term, at + length, Qt::CaseInsensitive), ++matches)
        setFormat(int(at), int(length), m_format);
}
