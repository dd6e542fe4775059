#pragma once

#include <QHash>
#include <QString>

#include <string>
#include <vector>

class SimDataset;

// The index behind the "contains" filters of GET /files (FileName, TranscriptionContains), so
// that they cost a lookup per candidate instead of building each file's text:
// - file names: every name case-folded into one UTF-8 store at start-up (PATCHed names are
//   folded again). A query over a whole range searches the store once (memmem) and marks the
//   files hit; a short candidate list searches each candidate's few bytes.
// - transcriptions are sequences of pieces of a small vocabulary (SimText); each file's piece
//   numbers are kept. For a term, a Knuth-Morris-Pratt automaton is run once over every piece
//   (the state after it and whether the term ended inside it), so a file is matched by one
//   table step per piece, occurrences across piece boundaries included.
// Case-insensitive as QString::contains(..., Qt::CaseInsensitive): both sides are folded code
// point by code point (QChar::toCaseFolded). Built on every core at start-up.
class SimTextIndex final
{
public:
    explicit SimTextIndex(const SimDataset &data);

    void fileNameChanged(quint32 file);  // PATCH renamed it

    // Sets the terms (empty = no such filter) for the matches below. wholeRange: the query
    // will ask about most files in [lo, hi), so the name store is searched once up front.
    void prepare(const QString &fileName, const QString &transcription, quint32 lo, quint32 hi, bool wholeRange);
    const QString &preparedFileName() const { return m_nameTerm; }
    const QString &preparedTranscription() const { return m_transcriptionTerm; }
    bool fileNameMatches(quint32 file) const;
    bool transcriptionMatches(quint32 file) const;

    static std::vector<char32_t> folded(const QString &text);

private:
    void build(quint32 from, quint32 to, std::string *names, std::vector<quint32> *nameEnds,
               std::vector<quint8> *pieces, std::vector<quint32> *pieceEnds) const;
    std::string foldedName(quint32 file) const;
    bool storedNameMatches(quint32 file) const;
    void scanNames(quint32 lo, quint32 hi);

    const SimDataset &m_data;
    std::string m_names;                   // folded UTF-8 names, back to back
    std::vector<quint32> m_nameOffsets;    // file i: [offsets[i], offsets[i + 1])
    QHash<quint32, std::string> m_patched; // folded names after a PATCH
    std::vector<char> m_isPatched;
    std::vector<quint8> m_pieces;          // every file's transcription pieces, back to back
    std::vector<quint32> m_pieceOffsets;
    std::vector<std::vector<char32_t>> m_vocabulary;  // folded transcription pieces

    QString m_nameTerm;
    std::string m_nameNeedle;
    std::vector<char> m_nameHits;          // scanNames(): [file - m_hitsLo]
    quint32 m_hitsLo = 0;
    quint32 m_hitsHi = 0;
    QString m_transcriptionTerm;
    int m_termLength = 0;
    std::vector<quint16> m_next;  // [state * pieces + piece]: the KMP state after the piece
    std::vector<char> m_hit;      // [state * pieces + piece]: the term ends within the piece
};
