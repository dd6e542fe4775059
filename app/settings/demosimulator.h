#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

// Runs evovoice-sim as a child for the console's --demo mode: on a free loopback port
// (--port 0) with --exit-with-stdin, so that it dies with the console even after a crash
// (the console holds its stdin). Reads the "listening on URL" line and reports ready(url).
// The destructor terminates the child and waits for it.
class DemoSimulator final : public QObject
{
    Q_OBJECT
public:
    explicit DemoSimulator(QObject *parent = nullptr);
    ~DemoSimulator() override;

    // evovoice-sim next to the running binary (QCoreApplication::applicationDirPath()).
    static QString defaultProgram();
    void setProgram(const QString &program) { m_program = program; }
    QString program() const { return m_program; }
    void setExtraArguments(const QStringList &arguments) { m_extraArguments = arguments; }

    // Starts the child; ready() or failed() follows (failed() at once for a missing binary).
    void start(int timeoutMs = 30000);
    // Starts and waits (an event loop) for ready or failure; for tests and simple callers.
    bool startAndWait(int timeoutMs = 30000);
    void stop();

    bool isRunning() const;
    qint64 processId() const;
    QUrl url() const { return m_url; }
    QString errorString() const { return m_error; }

signals:
    void ready(const QUrl &url);
    void failed(const QString &message);

private:
    void readOutput();
    void fail(const QString &message);

    QProcess m_process;
    QTimer m_timeout;
    QString m_program;
    QStringList m_extraArguments;
    QUrl m_url;
    QString m_error;
    QByteArray m_buffer;
    bool m_reported = false;
};
