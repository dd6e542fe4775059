#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Marks every case-insensitive occurrence of one term, block by block (so a 1 MB text costs one
// linear pass; at most kMaxMatchesPerBlock marks per block keep a pathological block bounded).
class TermHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    static constexpr int kMaxMatchesPerBlock = 5000;

    explicit TermHighlighter(QTextDocument *document);

    void setTerm(const QString &term);   // rehighlights when it changes
    QString term() const { return m_term; }
    QTextCharFormat matchFormat() const { return m_format; }

protected:
    void highlightBlock(const QString &text) override;

private:
    QString m_term;
    QTextCharFormat m_format;
};
