#include "simtextindex.h"

#include "simdataset.h"
#include "simtext.h"

#include <QThread>

#include <algorithm>
#include <cstring>
#include <string_view>
#include <thread>

std::vector<char32_t> SimTextIndex::folded(const QString &text)
{
    std::vector<char32_t> out;
    out.reserve(size_t(text.size()));
    for (char32_t c : text.toUcs4())
        out.push_back(QChar::toCaseFolded(c));
    return out;
}

namespace {
void appendFoldedUtf8(const QString &text, std::string *out)
{
    bool ascii = true;
    for (QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii) {  // most names: fold ASCII in place
        for (QChar c : text) {
            const char16_t u = c.unicode();
            out->push_back(char(u >= 'A' && u <= 'Z' ? u + 32 : u));
        }
        return;
    }
    const std::vector<char32_t> f = SimTextIndex::folded(text);
    const QByteArray utf8 = QString::fromUcs4(f.data(), qsizetype(f.size())).toUtf8();
    out->append(utf8.constData(), size_t(utf8.size()));
}
} // namespace

SimTextIndex::SimTextIndex(const SimDataset &data)
    : m_data(data)
{
    for (const QString &piece : SimText::transcriptionVocabulary())
        m_vocabulary.push_back(folded(piece));
    // In slices on every core (names are made on demand, a million of them take a while).
    const quint32 n = data.fileCount();
    const int threads = n < 50000 ? 1 : std::clamp(QThread::idealThreadCount(), 1, 8);
    struct Slice
    {
        std::string names;
        std::vector<quint32> nameEnds;
        std::vector<quint8> pieces;
        std::vector<quint32> pieceEnds;
    };
    std::vector<Slice> slices = std::vector<Slice>(size_t(threads));
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        const quint32 from = quint32(quint64(n) * quint64(t) / quint64(threads));
        const quint32 to = quint32(quint64(n) * quint64(t + 1) / quint64(threads));
        Slice &s = slices[size_t(t)];
        auto work = [this, from, to, &s] { build(from, to, &s.names, &s.nameEnds, &s.pieces, &s.pieceEnds); };
        if (t + 1 < threads)
            workers.emplace_back(work);
        else
            work();
    }
    for (std::thread &w : workers)
        w.join();
    m_nameOffsets.reserve(size_t(n) + 1);
    m_pieceOffsets.reserve(size_t(n) + 1);
    m_nameOffsets.push_back(0);
    m_pieceOffsets.push_back(0);
    for (const Slice &s : slices) {
        const quint32 nameBase = quint32(m_names.size());
        const quint32 pieceBase = quint32(m_pieces.size());
        m_names += s.names;
        m_pieces.insert(m_pieces.end(), s.pieces.begin(), s.pieces.end());
        for (quint32 e : s.nameEnds)
            m_nameOffsets.push_back(nameBase + e);
        for (quint32 e : s.pieceEnds)
            m_pieceOffsets.push_back(pieceBase + e);
    }
}

void SimTextIndex::build(quint32 from, quint32 to, std::string *names, std::vector<quint32> *nameEnds,
                         std::vector<quint8> *pieces, std::vector<quint32> *pieceEnds) const
{
    names->reserve(size_t(to - from) * 36);
    nameEnds->reserve(to - from);
    pieces->reserve(size_t(to - from) * 8);
    pieceEnds->reserve(to - from);
    quint8 buffer[SimText::kMaxTranscriptionPieces];
    for (quint32 i = from; i < to; ++i) {
        appendFoldedUtf8(m_data.fileName(i), names);
        nameEnds->push_back(quint32(names->size()));
        const int count = m_data.transcriptionPieces(i, buffer);
        pieces->insert(pieces->end(), buffer, buffer + count);
        pieceEnds->push_back(quint32(pieces->size()));
    }
}

std::string SimTextIndex::foldedName(quint32 file) const
{
    std::string out;
    appendFoldedUtf8(m_data.fileName(file), &out);
    return out;
}

void SimTextIndex::fileNameChanged(quint32 file)
{
    if (file >= m_data.fileCount())
        return;
    if (m_isPatched.empty())
        m_isPatched.assign(m_data.fileCount(), 0);
    m_patched.insert(file, foldedName(file));
    m_isPatched[file] = 1;
    m_nameTerm.clear();  // a hit list made before is out of date
    m_nameNeedle.clear();
    m_nameHits.clear();
}

void SimTextIndex::prepare(const QString &fileName, const QString &transcription, quint32 lo, quint32 hi, bool wholeRange)
{
    if (fileName != m_nameTerm || m_nameNeedle.empty()) {
        m_nameTerm = fileName;
        m_nameNeedle.clear();
        appendFoldedUtf8(fileName, &m_nameNeedle);
        m_nameHits.clear();
        m_hitsLo = m_hitsHi = 0;
    }
    if (!m_nameNeedle.empty() && wholeRange && (lo < m_hitsLo || hi > m_hitsHi || m_nameHits.empty()))
        scanNames(lo, hi);
    if (transcription == m_transcriptionTerm && (!m_next.empty() || transcription.isEmpty()))
        return;
    m_transcriptionTerm = transcription;
    const std::vector<char32_t> term = folded(transcription);
    const int m = int(term.size());
    m_termLength = m;
    m_next.clear();
    m_hit.clear();
    if (m == 0)
        return;
    // KMP failure function, then the automaton run over each piece from each state.
    std::vector<int> fail(size_t(m), 0);
    for (int k = 1, j = 0; k < m; ++k) {
        while (j > 0 && term[size_t(k)] != term[size_t(j)])
            j = fail[size_t(j - 1)];
        if (term[size_t(k)] == term[size_t(j)])
            ++j;
        fail[size_t(k)] = j;
    }
    const size_t pieces = m_vocabulary.size();
    m_next.assign(size_t(m) * pieces, 0);
    m_hit.assign(size_t(m) * pieces, 0);
    for (int state = 0; state < m; ++state) {
        for (size_t p = 0; p < pieces; ++p) {
            int j = state;
            bool hit = false;
            for (char32_t c : m_vocabulary[p]) {
                while (j > 0 && c != term[size_t(j)])
                    j = fail[size_t(j - 1)];
                if (c == term[size_t(j)])
                    ++j;
                if (j == m) {
                    hit = true;
                    break;
                }
            }
            m_next[size_t(state) * pieces + p] = quint16(hit ? 0 : j);
            m_hit[size_t(state) * pieces + p] = hit;
        }
    }
}

// One pass of memmem over the names of [lo, hi); a hit is kept when it lies within one name.
void SimTextIndex::scanNames(quint32 lo, quint32 hi)
{
    m_hitsLo = lo;
    m_hitsHi = hi;
    m_nameHits.assign(size_t(hi - lo) + 1, 0);
    const char *base = m_names.data();
    const char *cur = base + m_nameOffsets[lo];
    const char *end = base + m_nameOffsets[hi];
    const size_t len = m_nameNeedle.size();
    while (cur < end) {
        const void *found = memmem(cur, size_t(end - cur), m_nameNeedle.data(), len);
        if (!found)
            break;
        const char *at = static_cast<const char *>(found);
        const quint32 offset = quint32(at - base);
        // The file whose name holds the hit's first byte.
        const auto it = std::upper_bound(m_nameOffsets.begin() + lo, m_nameOffsets.begin() + hi + 1, offset);
        const quint32 file = quint32(it - m_nameOffsets.begin()) - 1;
        if (offset + len <= m_nameOffsets[file + 1]) {
            m_nameHits[file - lo] = 1;
            cur = base + m_nameOffsets[file + 1];  // on to the next name
        } else {
            cur = at + 1;  // straddles two names: not a hit
        }
    }
}

bool SimTextIndex::storedNameMatches(quint32 file) const
{
    const std::string_view name(m_names.data() + m_nameOffsets[file], m_nameOffsets[file + 1] - m_nameOffsets[file]);
    return name.find(m_nameNeedle) != std::string_view::npos;
}

bool SimTextIndex::fileNameMatches(quint32 file) const
{
    if (!m_isPatched.empty() && m_isPatched[file])
        return m_patched.value(file).find(m_nameNeedle) != std::string::npos;
    if (!m_nameHits.empty() && file >= m_hitsLo && file < m_hitsHi)
        return m_nameHits[file - m_hitsLo];
    return storedNameMatches(file);
}

bool SimTextIndex::transcriptionMatches(quint32 file) const
{
    if (m_termLength == 0)
        return true;
    const size_t stride = m_vocabulary.size();
    size_t state = 0;
    for (quint32 k = m_pieceOffsets[file]; k < m_pieceOffsets[file + 1]; ++k) {
        const size_t cell = state * stride + m_pieces[k];
        if (m_hit[cell])
            return true;
        state = m_next[cell];
    }
    return false;
}
