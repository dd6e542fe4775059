// The simulator's playback additions over HTTP: the bandwidth cap (flag and header), MP3
// voicemails, shaped call recordings (pauses and a hold stretch) and hour-long recordings.
#include "simprocess.h"
#include "toneanalysis.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrl>

class TestPlayerSimAudio final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void bandwidthHeaderCapsFileBodies();
    void mp3Voicemails();
    void shapedCallRecordingsHavePausesAndHold();
    void longRecordingIsAnHour();

private:
    QJsonArray files();
    SimProcess::RawReply get(const QUrl &uri, const QList<QPair<QByteArray, QByteArray>> &extra = {});

    SimProcess m_sim;
    QByteArray m_token;
};

void TestPlayerSimAudio::initTestCase()
{
    QVERIFY2(m_sim.start({QStringLiteral("--files"), QStringLiteral("500"), QStringLiteral("--long-recordings"), QStringLiteral("1")}),
             qPrintable(m_sim.errorString()));
    m_token = m_sim.bearerToken(QStringLiteral("admin@example.com"));
    QVERIFY(!m_token.isEmpty());
}

QJsonArray TestPlayerSimAudio::files()
{
    const SimProcess::RawReply r = get(m_sim.url(QStringLiteral("/files?All=true&CountPerPage=1000")));
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("items")).toArray();
}

SimProcess::RawReply TestPlayerSimAudio::get(const QUrl &uri, const QList<QPair<QByteArray, QByteArray>> &extra)
{
    QList<QPair<QByteArray, QByteArray>> headers = extra;
    if (uri.host() == m_sim.apiUrl().host())
        headers.append({"Authorization", "Bearer " + m_token});
    return m_sim.raw("GET", uri, {}, headers, 60000);
}

void TestPlayerSimAudio::bandwidthHeaderCapsFileBodies()
{
    QJsonObject wav;
    for (const QJsonValue &v : files()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("contentType")).toString() == QLatin1String("audio/wav")
            && o.value(QStringLiteral("contentLength")).toDouble() > 700000 && o.value(QStringLiteral("recordingDuration")).toInt() < 3600) {
            wav = o;
            break;
        }
    }
    QVERIFY(!wav.isEmpty());
    const QUrl uri(wav.value(QStringLiteral("uri")).toString());
    QElapsedTimer t;
    t.start();
    const SimProcess::RawReply capped = get(uri, {{"X-Sim-Bandwidth", "200000"}, {"Range", "bytes=0-599999"}});
    const qint64 cappedMs = t.elapsed();
    QCOMPARE(capped.status, 206);
    QCOMPARE(capped.body.size(), 600000);
    t.restart();
    const SimProcess::RawReply free = get(uri, {{"Range", "bytes=0-599999"}});
    const qint64 freeMs = t.elapsed();
    QCOMPARE(free.body, capped.body);
    qInfo("600 KB at 200 KB/s: %lld ms; uncapped %lld ms", static_cast<long long>(cappedMs), static_cast<long long>(freeMs));
    QVERIFY(cappedMs >= 2700); // 3 s less the first 20 ms burst and timer slack
    QVERIFY(freeMs < cappedMs / 3);
}

void TestPlayerSimAudio::mp3Voicemails()
{
    int mp3 = 0, audio = 0;
    QJsonObject one;
    for (const QJsonValue &v : files()) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("contentType")).toString();
        if (type.startsWith(QLatin1String("audio/")))
            ++audio;
        if (type == QLatin1String("audio/mpeg")) {
            ++mp3;
            QCOMPARE(o.value(QStringLiteral("type")).toString(), QStringLiteral("VoiceMessage"));
            QVERIFY(o.value(QStringLiteral("fileName")).toString().endsWith(QLatin1String(".mp3")));
            one = o;
        }
    }
    QVERIFY2(mp3 > 0 && mp3 < audio / 4, qPrintable(QStringLiteral("%1 of %2").arg(mp3).arg(audio)));
    const SimProcess::RawReply r = get(QUrl(one.value(QStringLiteral("uri")).toString()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("Content-Type"), QByteArray("audio/mpeg"));
    QCOMPARE(qint64(r.body.size()), qint64(one.value(QStringLiteral("contentLength")).toDouble()));
    const bool id3 = r.body.startsWith("ID3");
    const bool sync = r.body.size() > 2 && quint8(r.body[0]) == 0xFF && (quint8(r.body[1]) & 0xE0) == 0xE0;
    QVERIFY2(id3 || sync, "not an MP3 stream");
}

void TestPlayerSimAudio::shapedCallRecordingsHavePausesAndHold()
{
    int shaped = 0, checked = 0;
    for (const QJsonValue &v : files()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("type")).toString() != QLatin1String("CallRecording") || o.value(QStringLiteral("recordingDuration")).toInt() < 60
            || o.value(QStringLiteral("recordingDuration")).toInt() > 300 || checked == 6)
            continue;
        ++checked;
        const SimProcess::RawReply r = get(QUrl(o.value(QStringLiteral("uri")).toString()));
        QCOMPARE(r.status, 200);
        QVector<qint16> pcm(int((r.body.size() - 44) / 2));
        memcpy(pcm.data(), r.body.constData() + 44, size_t(pcm.size()) * 2);
        // Whole silent seconds (pauses) and soft seconds (hold) next to the 0.4 s bursts.
        int silent = 0, soft = 0;
        for (int s = 0; s + 8000 <= pcm.size(); s += 8000) {
            int peak = 0;
            for (int i = s; i < s + 8000; ++i)
                peak = qMax(peak, qAbs(int(pcm[i])));
            silent += peak == 0;
            soft += peak > 1000 && peak < 2000;
        }
        const ToneAnalysis a = ToneAnalysis::analyse(pcm, 8000, 3000);
        QVERIFY(a.medianBurstLength() > 0.39 && a.medianBurstLength() < 0.41);
        if (silent > 0) {
            ++shaped;
            QVERIFY2(soft >= 8 && soft <= 21, qPrintable(QStringLiteral("%1 s of hold").arg(soft)));
        }
    }
    QVERIFY(checked >= 3);
    QVERIFY2(shaped >= 1, "no shaped call recording");
}

void TestPlayerSimAudio::longRecordingIsAnHour()
{
    QJsonObject hour;
    for (const QJsonValue &v : files()) {
        if (v.toObject().value(QStringLiteral("recordingDuration")).toInt() == 3600)
            hour = v.toObject();
    }
    QVERIFY(!hour.isEmpty());
    QCOMPARE(qint64(hour.value(QStringLiteral("contentLength")).toDouble()), qint64(57600044));
    const SimProcess::RawReply tail = get(QUrl(hour.value(QStringLiteral("uri")).toString()), {{"Range", "bytes=-1000"}});
    QCOMPARE(tail.status, 206);
    QCOMPARE(tail.body.size(), 1000);
    QCOMPARE(tail.header("Content-Range"), QByteArray("bytes 57599044-57600043/57600044"));
}

QTEST_GUILESS_MAIN(TestPlayerSimAudio)
#include "tst_player_simaudio.moc"
