#pragma once

#include "player/playertypes.h"

#include <QWidget>

// The player's passive seek bar, foobar2000-style: the overview of the whole file's loudness
// (the engine's WaveformPeaks) with the part played in the highlight colour, the position as a
// line, silence stretches tinted when skip-silence is on, and while the file downloads the part
// not yet on disk dimmed with a progress strip. It shows (position, duration) and emits a seek
// only on user input: a click seeks there; while the mouse drags, the handle follows the mouse
// (never the engine's position, so it never jumps under it) and the seek is sent on release.
class WaveformSeekBar final : public QWidget
{
    Q_OBJECT
public:
    explicit WaveformSeekBar(QWidget *parent = nullptr);

    void setWaveform(const WaveformPeaks &peaks);
    void setSilences(const SilenceRanges &ranges);
    void setSilencesShown(bool shown);
    void setDuration(qint64 ms);             // -1: unknown (no seeking)
    void setPosition(qint64 ms);             // ignored for the handle while dragging
    void setDownloadFraction(double fraction);   // 0..1; 1 (or negative) when complete
    void clear();

    qint64 duration() const { return m_duration; }
    qint64 position() const { return m_position; }
    // What the handle shows: the drag position while dragging, else position().
    qint64 displayedPosition() const { return m_dragging ? m_dragPosition : m_position; }
    bool isDragging() const { return m_dragging; }
    bool hasWaveform() const { return !m_peaks.isEmpty(); }
    bool silencesShown() const { return m_silencesShown; }
    SilenceRanges silences() const { return m_silences; }
    double downloadFraction() const { return m_downloaded; }
    // The x coordinate of a time, and the time at an x coordinate (for tests and painting).
    int xForPosition(qint64 ms) const;
    qint64 positionForX(int x) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void seekRequested(qint64 ms);           // a click, or the end of a drag
    void dragPositionChanged(qint64 ms);     // while dragging (the time labels follow it)
    void dragFinished();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QRect track() const;
    void paintWave(QPainter &p, const QRect &r, int playedX);
    void rebuildColumns();

    WaveformPeaks m_peaks;
    QVector<float> m_columnPeak;   // the peaks resampled to the track's pixel columns
    QVector<float> m_columnRms;
    SilenceRanges m_silences;
    qint64 m_duration = -1;
    qint64 m_position = 0;
    qint64 m_dragPosition = 0;
    double m_downloaded = 1.0;
    int m_hoverX = -1;
    bool m_dragging = false;
    bool m_silencesShown = false;
};
