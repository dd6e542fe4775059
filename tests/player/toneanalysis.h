#pragma once

#include <QVector>

// What a capture of the null sink holds: its loudness, its tone bursts (runs of 10 ms windows
// above a threshold) and each burst's frequency (zero crossings).
struct ToneAnalysis final
{
    struct Burst
    {
        double startSec = 0;
        double lengthSec = 0;
        double frequency = 0;
    };
    double rms = 0;
    QVector<Burst> bursts;

    static ToneAnalysis analyse(const QVector<qint16> &samples, int sampleRate, double threshold = 1000.0);
    double medianBurstLength(double minLength = 0.05) const;
    // Bursts whose frequency is within tolerance (0.05 = 5 %) of f.
    int burstsAt(double f, double tolerance) const;
};
