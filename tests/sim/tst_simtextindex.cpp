// SimTextIndex (the simulator's FileName / TranscriptionContains index) finds exactly what a
// plain case-insensitive QString::contains scan finds: terms cut from real names and
// transcriptions at random places (across piece boundaries), in other cases, in other scripts,
// terms that match nothing, and a name changed by a PATCH.
#include "simdataset.h"
#include "simindex.h"

#include <QTest>

#include <memory>

class TestSimTextIndex final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void fileNameContains();
    void transcriptionContains();
    void patchedName();

private:
    qint64 indexed(const QString &fileName, const QString &transcription);
    qint64 scanned(const QString &fileName, const QString &transcription) const;
    QStringList termsFrom(const std::function<QString(quint32)> &text) const;

    std::unique_ptr<SimDataset> m_data;
    std::unique_ptr<SimIndex> m_index;
    QStringList m_names;
    QStringList m_transcriptions;
};

void TestSimTextIndex::initTestCase()
{
    // Enough files for the index to be built in slices on several threads.
    m_data = std::make_unique<SimDataset>(7, 60000);
    m_index = std::make_unique<SimIndex>(*m_data);
    for (quint32 i = 0; i < m_data->fileCount(); ++i) {
        m_names << m_data->fileName(i);
        m_transcriptions << m_data->transcription(i);
    }
}

qint64 TestSimTextIndex::indexed(const QString &fileName, const QString &transcription)
{
    SimIndex::Query q;
    q.fileName = fileName;
    q.transcription = transcription;
    q.limit = -1;
    return m_index->run(q).total;
}

qint64 TestSimTextIndex::scanned(const QString &fileName, const QString &transcription) const
{
    qint64 n = 0;
    for (quint32 i = 0; i < m_data->fileCount(); ++i) {
        if (!fileName.isEmpty() && !(i == 17 ? m_data->fileName(i) : m_names.at(i)).contains(fileName, Qt::CaseInsensitive))
            continue;
        if (!transcription.isEmpty() && !m_transcriptions.at(i).contains(transcription, Qt::CaseInsensitive))
            continue;
        ++n;
    }
    return n;
}

QStringList TestSimTextIndex::termsFrom(const std::function<QString(quint32)> &text) const
{
    QStringList terms;
    for (quint64 k = 0; terms.size() < 60 && k < 4000; ++k) {
        const quint64 h = SimDataset::mix(99, k);
        const QString t = text(quint32(h % m_data->fileCount()));  // a random file
        if (t.size() < 2)
            continue;
        const int length = 1 + int((h >> 20) % 14);
        const int from = int((h >> 8) % quint64(qMax(1, int(t.size()) - length)));
        QString term = t.mid(from, length);
        if ((h >> 40) % 3 == 0)
            term = term.toUpper();
        else if ((h >> 40) % 3 == 1)
            term = term.toLower();
        terms << term;
    }
    terms << QStringLiteral("no such text anywhere") << QStringLiteral("ß") << QStringLiteral("ЗАПИСЬ")
          << QStringLiteral("通話") << QStringLiteral(". i'm calling about my") << QStringLiteral("bye.")
          << QStringLiteral("e. Hi") << QStringLiteral("  ");
    return terms;
}

void TestSimTextIndex::fileNameContains()
{
    const QStringList terms = termsFrom([this](quint32 i) { return m_data->fileName(i); });
    int nonEmpty = 0;
    for (const QString &term : terms) {
        const qint64 expected = scanned(term, {});
        QCOMPARE(indexed(term, {}), expected);
        nonEmpty += expected > 0;
    }
    QVERIFY(nonEmpty > 50);  // the terms did find something

    // Within a date window (a part of the name store), after and before a search of all of it.
    for (const QString &term : terms.mid(0, 10)) {
        SimIndex::Query q;
        q.fileName = term;
        q.limit = -1;
        q.dateStart = m_data->created(20000);
        q.dateEnd = m_data->created(40000);
        qint64 expected = 0;
        for (quint32 i = 0; i < m_data->fileCount(); ++i) {
            const qint64 c = m_data->created(i);
            expected += c >= q.dateStart && c <= q.dateEnd && m_names.at(i).contains(term, Qt::CaseInsensitive);
        }
        QCOMPARE(m_index->run(q).total, expected);
    }
}

void TestSimTextIndex::transcriptionContains()
{
    const QStringList terms = termsFrom([this](quint32 i) { return m_data->transcription(i); });
    int nonEmpty = 0;
    for (const QString &term : terms) {
        const qint64 expected = scanned({}, term);
        if (indexed({}, term) != expected)
            QFAIL(qPrintable(QStringLiteral("term \"%1\": index %2, scan %3").arg(term).arg(indexed({}, term)).arg(expected)));
        nonEmpty += expected > 0;
    }
    QVERIFY(nonEmpty > 50);
    // Both filters at once.
    QCOMPARE(indexed(QStringLiteral("call"), QStringLiteral("invoice")), scanned(QStringLiteral("call"), QStringLiteral("invoice")));
}

void TestSimTextIndex::patchedName()
{
    const QString term = QStringLiteral("Renamed-Unique-Zz");
    QCOMPARE(indexed(term, {}), qint64(0));
    m_index->updateFile(17, [&] { m_data->setFileName(17, QStringLiteral("a renamed-unique-zz file.wav")); });
    QCOMPARE(indexed(term, {}), qint64(1));
    QCOMPARE(indexed(QStringLiteral("RENAMED-unique"), {}), scanned(QStringLiteral("RENAMED-unique"), {}));
}

QTEST_GUILESS_MAIN(TestSimTextIndex)
#include "tst_simtextindex.moc"
