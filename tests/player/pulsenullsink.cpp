#include "pulsenullsink.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>

PulseNullSink::~PulseNullSink()
{
    stop();
}

QProcessEnvironment PulseNullSink::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("PULSE_SERVER"), QStringLiteral("unix:") + m_socket);
    return env;
}

bool PulseNullSink::start(QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary folder");
        return false;
    }
    QDir(m_dir.path()).mkpath(QStringLiteral("home"));
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_socket = m_dir.filePath(QStringLiteral("native"));
    const QString script = m_dir.filePath(QStringLiteral("pa.pa"));
    QFile f(script);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("load-module module-null-sink sink_name=nullsink sink_properties=device.description=NullSink\n");
    f.write("load-module module-native-protocol-unix auth-anonymous=1 socket=" + m_socket.toUtf8() + "\n");
    f.write("set-default-sink nullsink\n");
    f.close();
    m_daemon.setProcessEnvironment(environment());
    m_daemon.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_daemon.start(QStringLiteral("pulseaudio"),
                   {QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"), QStringLiteral("--system=false"),
                    QStringLiteral("-n"), QStringLiteral("-F"), script,
                    QStringLiteral("--log-target=file:") + m_dir.filePath(QStringLiteral("pa.log"))});
    if (!m_daemon.waitForStarted(10000)) {
        *error = QStringLiteral("pulseaudio did not start: ") + m_daemon.errorString();
        return false;
    }
    QDeadlineTimer deadline(20000);
    // The daemon's socket appears once its modules are loaded; each turn waits up to 20 ms for
    // the daemon to die instead (a condition, not a sleep: an early exit ends the wait).
    while (!QFile::exists(m_socket) && !deadline.hasExpired() && m_daemon.state() == QProcess::Running
           && !m_daemon.waitForFinished(20)) {
    }
    if (!QFile::exists(m_socket)) {
        *error = QStringLiteral("pulseaudio's socket did not appear");
        stop();
        return false;
    }
    qputenv("PULSE_SERVER", (QStringLiteral("unix:") + m_socket).toUtf8());
    m_keepAlive.setProcessEnvironment(environment());
    m_keepAlive.start(QStringLiteral("pacat"), {QStringLiteral("-p"), QStringLiteral("--latency-msec=20"),
                                                QStringLiteral("--raw"), QStringLiteral("/dev/zero")});
    m_keepAlive.waitForStarted(10000);
    return true;
}

void PulseNullSink::stop()
{
    for (QProcess *p : {&m_recorder, &m_keepAlive, &m_daemon}) {
        if (p->state() != QProcess::NotRunning) {
            p->terminate();
            if (!p->waitForFinished(5000)) {
                p->kill();
                p->waitForFinished(2000);
            }
        }
    }
}

bool PulseNullSink::startRecording()
{
    m_recorder.setProcessEnvironment(environment());
    m_recorder.setStandardOutputFile(m_dir.filePath(QStringLiteral("rec.raw")));
    m_recorder.start(QStringLiteral("parecord"),
                     {QStringLiteral("-d"), QStringLiteral("nullsink.monitor"), QStringLiteral("--raw"),
                      QStringLiteral("--format=s16le"), QStringLiteral("--rate=%1").arg(kRecordRate),
                      QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=20")});
    if (!m_recorder.waitForStarted(10000))
        return false;
    // The capture runs once the monitor delivers (the keep-alive stream makes it deliver zeros).
    const QString path = m_dir.filePath(QStringLiteral("rec.raw"));
    QDeadlineTimer deadline(10000);
    while (QFileInfo(path).size() < 640 && !deadline.hasExpired() && m_recorder.state() == QProcess::Running
           && !m_recorder.waitForFinished(10)) {
    }
    return QFileInfo(path).size() >= 640;
}

QVector<qint16> PulseNullSink::stopRecording()
{
    m_recorder.terminate();
    if (!m_recorder.waitForFinished(5000)) {
        m_recorder.kill();
        m_recorder.waitForFinished(2000);
    }
    QFile f(m_dir.filePath(QStringLiteral("rec.raw")));
    QVector<qint16> samples;
    if (!f.open(QIODevice::ReadOnly))
        return samples;
    const QByteArray bytes = f.readAll();
    samples.resize(int(bytes.size() / 2));
    memcpy(samples.data(), bytes.constData(), size_t(samples.size()) * 2);
    return samples;
}
