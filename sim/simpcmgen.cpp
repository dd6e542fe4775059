// Build-time helper: writes one simulator WAV (the SimAudio pattern) that sox then encodes to
// an MP3 template. Usage: evovoice-sim-pcmgen HASH SECONDS OUT.wav
#include "simaudio.h"

#include <QFile>

#include <cstdio>
#include <cstdlib>

int main(int argc, char **argv)
{
    if (argc != 4) {
        fprintf(stderr, "usage: %s HASH SECONDS OUT.wav\n", argv[0]);
        return 2;
    }
    const quint64 hash = std::strtoull(argv[1], nullptr, 10);
    const int seconds = std::atoi(argv[2]);
    QFile out(QString::fromLocal8Bit(argv[3]));
    if (seconds <= 0 || !out.open(QIODevice::WriteOnly))
        return 1;
    const QByteArray wav = SimAudio::slice(hash, seconds, 0, SimAudio::size(seconds));
    return out.write(wav) == wav.size() ? 0 : 1;
}
