#include "demosimulator.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QTimer>

DemoSimulator::DemoSimulator(QObject *parent)
    : QObject(parent)
    , m_program(defaultProgram())
{
    m_process.setReadChannel(QProcess::StandardOutput);
    // The simulator's diagnostics go where the console's go.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (!m_reported) {
            fail(tr("The demo simulator did not announce its address in time."));
            stop();
        }
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &DemoSimulator::readOutput);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The demo simulator could not be started (%1): %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus) {
        if (!m_reported)
            fail(tr("The demo simulator stopped before it was ready (exit code %1).").arg(code));
    });
}

DemoSimulator::~DemoSimulator()
{
    stop();
}

QString DemoSimulator::defaultProgram()
{
    // Next to the console (the build tree), else where the package puts it
    // (<prefix>/libexec/evovoice-console/, beside <prefix>/bin).
    const QDir dir(QCoreApplication::applicationDirPath());
    const QString beside = dir.filePath(QStringLiteral("evovoice-sim"));
    const QString installed = QDir::cleanPath(dir.filePath(QStringLiteral("../libexec/evovoice-console/evovoice-sim")));
    return QFileInfo::exists(beside) || !QFileInfo::exists(installed) ? beside : installed;
}

void DemoSimulator::start(int timeoutMs)
{
    stop();
    m_reported = false;
    m_error.clear();
    m_url.clear();
    m_buffer.clear();
    const QFileInfo info(m_program);
    if (!info.exists() || !info.isExecutable()) {
        // Queued, so that a caller connecting after start() still hears it.
        QTimer::singleShot(0, this, [this] {
            fail(tr("The demo simulator was not found at %1. Build the evovoice-sim target "
                    "(it must sit next to the console).")
                     .arg(QDir::toNativeSeparators(m_program)));
        });
        return;
    }
    QStringList args{QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--exit-with-stdin")};
    args += m_extraArguments;
    m_process.start(m_program, args);  // stdin stays an open pipe: closing it stops the child
    m_timeout.start(timeoutMs);
}

bool DemoSimulator::startAndWait(int timeoutMs)
{
    QEventLoop loop;
    connect(this, &DemoSimulator::ready, &loop, &QEventLoop::quit);
    connect(this, &DemoSimulator::failed, &loop, &QEventLoop::quit);
    start(timeoutMs);
    if (!m_reported)
        loop.exec();
    return m_url.isValid() && !m_url.isEmpty();
}

void DemoSimulator::stop()
{
    m_timeout.stop();
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_reported = true;  // a deliberate stop is not a failure
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(3000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool DemoSimulator::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

qint64 DemoSimulator::processId() const
{
    return m_process.processId();
}

void DemoSimulator::readOutput()
{
    m_buffer += m_process.readAllStandardOutput();
    if (m_reported) {
        m_buffer.clear();
        return;
    }
    int nl;
    while ((nl = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(nl).trimmed();
        m_buffer.remove(0, nl + 1);
        static const QByteArray prefix("listening on ");
        if (line.startsWith(prefix)) {
            const QUrl url(QString::fromUtf8(line.mid(prefix.size())));
            if (url.isValid() && !url.host().isEmpty()) {
                m_url = url;
                m_reported = true;
                m_timeout.stop();
                m_buffer.clear();
                emit ready(m_url);
                return;
            }
        }
    }
}

void DemoSimulator::fail(const QString &message)
{
    if (m_reported)
        return;
    m_reported = true;
    m_error = message;
    emit failed(message);
}
