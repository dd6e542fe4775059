#include "toneanalysis.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

ToneAnalysis ToneAnalysis::analyse(const QVector<qint16> &s, int rate, double threshold)
{
    ToneAnalysis a;
    if (s.isEmpty())
        return a;
    double sum = 0;
    for (qint16 v : s)
        sum += double(v) * double(v);
    a.rms = std::sqrt(sum / double(s.size()));
    const int window = rate / 100;
    int burstStart = -1;
    auto close = [&](int end) {
        if (burstStart < 0)
            return;
        // Frequency from the zero crossings inside the burst, its edges trimmed.
        const int from = burstStart + window, to = end - window;
        int crossings = 0;
        for (int i = from + 1; i < to; ++i) {
            if ((s[i - 1] < 0) != (s[i] < 0))
                ++crossings;
        }
        Burst b;
        b.startSec = double(burstStart) / rate;
        b.lengthSec = double(end - burstStart) / rate;
        b.frequency = to > from ? crossings / 2.0 / (double(to - from) / rate) : 0;
        a.bursts.append(b);
        burstStart = -1;
    };
    for (int at = 0; at + window <= s.size(); at += window) {
        double w = 0;
        for (int i = at; i < at + window; ++i)
            w += double(s[i]) * double(s[i]);
        const bool loud = std::sqrt(w / window) > threshold;
        if (loud && burstStart < 0)
            burstStart = at;
        else if (!loud)
            close(at);
    }
    close(int(s.size()) / window * window);
    return a;
}

double ToneAnalysis::medianBurstLength(double minLength) const
{
    QVector<double> lengths;
    for (const Burst &b : bursts) {
        if (b.lengthSec >= minLength)
            lengths.append(b.lengthSec);
    }
    if (lengths.isEmpty())
        return 0;
    std::sort(lengths.begin(), lengths.end());
    return lengths[lengths.size() / 2];
}

int ToneAnalysis::burstsAt(double f, double tolerance) const
{
    int n = 0;
    for (const Burst &b : bursts) {
        if (std::abs(b.frequency - f) <= f * tolerance)
            ++n;
    }
    return n;
}
