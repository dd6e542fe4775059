#pragma once

#include <QList>
#include <QMetaType>
#include <QVector>

// Value types the player engine hands to the widgets.

// An overview of the whole file's loudness: bucket i covers
// [i * durationMs / size(), (i + 1) * durationMs / size()) of the recording.
struct WaveformPeaks final
{
    qint64 durationMs = 0;
    QVector<float> peak; // largest |sample| in the bucket, 0..1
    QVector<float> rms;  // root mean square of the bucket, 0..1

    bool isEmpty() const { return peak.isEmpty(); }
    int size() const { return int(peak.size()); }
};

// A stretch of silence longer than the detector's minimum (1.5 s), in ms of the recording.
struct SilenceRange final
{
    qint64 startMs = 0;
    qint64 endMs = 0;

    qint64 length() const { return endMs - startMs; }
    bool contains(qint64 ms) const { return ms >= startMs && ms < endMs; }
    bool operator==(const SilenceRange &o) const { return startMs == o.startMs && endMs == o.endMs; }
};

using SilenceRanges = QList<SilenceRange>;

Q_DECLARE_METATYPE(WaveformPeaks)
Q_DECLARE_METATYPE(SilenceRange)
