#include "simmp3.h"

#include "simaudio.h"

#include <QFile>
#include <QList>

namespace {
// Must match sim/CMakeLists.txt (EVOVOICE_SIM_MP3_TEMPLATES: hash:seconds).
constexpr quint64 kHashes[] = {50, 120, 210, 300};
constexpr int kSeconds[] = {9, 17, 32, 48};

const QList<QByteArray> &templates()
{
    static const QList<QByteArray> all = [] {
        QList<QByteArray> t;
        for (int k = 0; k < 4; ++k) {
            QFile f(QStringLiteral(":/sim/mp3/voicemail-%1.mp3").arg(k));
            if (!f.open(QIODevice::ReadOnly))
                return QList<QByteArray>();
            t.append(f.readAll());
        }
        return t;
    }();
    return all;
}
} // namespace

int SimMp3::count() { return int(templates().size()); }
int SimMp3::duration(int k) { return kSeconds[k]; }
int SimMp3::baseFrequency(int k) { return SimAudio::baseFrequency(kHashes[k]); }
const QByteArray &SimMp3::bytes(int k) { return templates()[k]; }
