#pragma once

#include <QByteArray>

// The MP3 recordings' bytes: a few templates encoded at build time (SimAudio's pattern through
// sox + libsox-fmt-mp3, 22,050 Hz mono, 48 kbit/s) and embedded as resources. A file that is an
// MP3 uses template (hash % count()). count() is 0 when the build had no sox with MP3 support.
class SimMp3 final
{
public:
    static int count();
    static int duration(int k);            // seconds
    static int baseFrequency(int k);       // Hz, the tone of the first burst
    static const QByteArray &bytes(int k);
};
