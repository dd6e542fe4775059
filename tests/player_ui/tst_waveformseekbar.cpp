// WaveformSeekBar alone, offscreen: a click seeks there; while dragging the handle follows the
// mouse and ignores the engine's positions (it never jumps under the mouse); the seek goes out on
// release; waveform, silences and download progress are shown without input.
#include "player/waveformseekbar.h"

#include <QSignalSpy>
#include <QtTest>

class TestWaveformSeekBar final : public QObject
{
    Q_OBJECT
private slots:
    void clickSeeksThere();
    void dragFollowsTheMouseNotTheEngine();
    void noDurationNoSeek();
    void waveformSilencesAndDownload();
};

namespace {
WaveformPeaks somePeaks(qint64 durationMs)
{
    WaveformPeaks p;
    p.durationMs = durationMs;
    for (int i = 0; i < 2000; ++i) {
        p.peak << float((i / 40) % 2 ? 0.9 : 0.05);
        p.rms << float((i / 40) % 2 ? 0.6 : 0.02);
    }
    return p;
}
} // namespace

void TestWaveformSeekBar::clickSeeksThere()
{
    WaveformSeekBar bar;
    bar.resize(602, 44);
    bar.setDuration(60000);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy seeks(&bar, &WaveformSeekBar::seekRequested);
    const int x = bar.xForPosition(30000);
    QTest::mouseClick(&bar, Qt::LeftButton, {}, QPoint(x, 20));
    QCOMPARE(seeks.size(), 1);
    QVERIFY(qAbs(seeks.at(0).at(0).toLongLong() - 30000) <= 200);
    // The handle shows the target at once (until the engine reports it).
    QVERIFY(qAbs(bar.displayedPosition() - 30000) <= 200);
    // Near the ends: clamped to [0, duration].
    QTest::mouseClick(&bar, Qt::LeftButton, {}, QPoint(0, 20));
    QCOMPARE(seeks.last().at(0).toLongLong(), 0);
    QTest::mouseClick(&bar, Qt::LeftButton, {}, QPoint(bar.width() - 1, 20));
    QCOMPARE(seeks.last().at(0).toLongLong(), 60000);
}

void TestWaveformSeekBar::dragFollowsTheMouseNotTheEngine()
{
    WaveformSeekBar bar;
    bar.resize(602, 44);
    bar.setDuration(100000);
    bar.setPosition(5000);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy seeks(&bar, &WaveformSeekBar::seekRequested);
    QSignalSpy drags(&bar, &WaveformSeekBar::dragPositionChanged);

    QTest::mousePress(&bar, Qt::LeftButton, {}, QPoint(bar.xForPosition(20000), 20));
    QVERIFY(bar.isDragging());
    QCOMPARE(seeks.size(), 0);   // nothing seeks before the release
    QMouseEvent move(QEvent::MouseMove, QPointF(bar.xForPosition(70000), 20), bar.mapToGlobal(QPointF(bar.xForPosition(70000), 20)),
                     Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&bar, &move);
    QVERIFY(qAbs(bar.displayedPosition() - 70000) <= 300);
    QVERIFY(!drags.isEmpty());
    // The engine keeps playing meanwhile: the handle stays under the mouse.
    bar.setPosition(6000);
    bar.setPosition(7000);
    QVERIFY(qAbs(bar.displayedPosition() - 70000) <= 300);
    QCOMPARE(bar.position(), 7000);

    QTest::mouseRelease(&bar, Qt::LeftButton, {}, QPoint(bar.xForPosition(70000), 20));
    QVERIFY(!bar.isDragging());
    QCOMPARE(seeks.size(), 1);
    QVERIFY(qAbs(seeks.at(0).at(0).toLongLong() - 70000) <= 300);
    QVERIFY(qAbs(bar.displayedPosition() - 70000) <= 300);
    bar.setPosition(70100);   // the engine's answer
    QCOMPARE(bar.displayedPosition(), 70100);
}

void TestWaveformSeekBar::noDurationNoSeek()
{
    WaveformSeekBar bar;
    bar.resize(300, 44);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QSignalSpy seeks(&bar, &WaveformSeekBar::seekRequested);
    QTest::mouseClick(&bar, Qt::LeftButton, {}, QPoint(150, 20));
    QCOMPARE(seeks.size(), 0);
    QVERIFY(!bar.isDragging());
}

void TestWaveformSeekBar::waveformSilencesAndDownload()
{
    WaveformSeekBar bar;
    bar.resize(404, 44);
    bar.setDuration(60000);
    bar.setWaveform(somePeaks(60000));
    QVERIFY(bar.hasWaveform());
    bar.setSilences({SilenceRange{10000, 16000}});
    bar.setSilencesShown(true);
    bar.setDownloadFraction(0.5);
    bar.setPosition(20000);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    const QImage shot = bar.grab().toImage();
    // Played part (highlight) left of the handle, the undownloaded half dimmed, the silence tinted.
    const QColor highlight = bar.palette().color(QPalette::Highlight);
    int highlighted = 0;
    for (int x = 3; x < bar.xForPosition(20000) - 2; ++x)
        for (int y = 3; y < 40; ++y) {
            const QColor c = shot.pixelColor(x, y);
            if (qAbs(c.hue() - highlight.hue()) < 20 && c.saturation() > 40)
                ++highlighted;
        }
    QVERIFY2(highlighted > 200, qPrintable(QString::number(highlighted)));
    const QColor silence = shot.pixelColor(bar.xForPosition(13000), 6);
    const QColor base = bar.palette().color(QPalette::Base);
    QVERIFY(silence != base);
    QCOMPARE(bar.downloadFraction(), 0.5);
    bar.setDownloadFraction(-1);
    QCOMPARE(bar.downloadFraction(), 1.0);
    bar.clear();
    QVERIFY(!bar.hasWaveform());
    QCOMPARE(bar.duration(), -1);
}

QTEST_MAIN(TestWaveformSeekBar)
#include "tst_waveformseekbar.moc"
