#include "exportfilewriter.h"

ExportFileWriter::ExportFileWriter(const QString &partialPath, QObject *parent)
    : QIODevice(parent)
    , m_file(partialPath)
{
}

ExportFileWriter::~ExportFileWriter()
{
    if (m_file.isOpen())
        m_file.close();
}

bool ExportFileWriter::openPartial()
{
    m_hash.reset();
    m_size = 0;
    if (m_file.exists()) {
        if (!m_file.open(QIODevice::ReadWrite)) {
            setErrorString(m_file.errorString());
            return false;
        }
        char buffer[1 << 16];
        for (;;) {
            const qint64 n = m_file.read(buffer, sizeof buffer);
            if (n < 0) {
                setErrorString(m_file.errorString());
                return false;
            }
            if (n == 0)
                break;
            m_hash.addData(QByteArrayView(buffer, n));
            m_size += n;
        }
        m_file.seek(m_size);
    } else if (!m_file.open(QIODevice::WriteOnly)) {
        setErrorString(m_file.errorString());
        return false;
    }
    return QIODevice::open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

QByteArray ExportFileWriter::sha256Hex() const
{
    return m_hash.resultHex();
}

bool ExportFileWriter::finish()
{
    bool ok = m_file.flush();
    m_file.close();
    QIODevice::close();
    return ok;
}

bool ExportFileWriter::seek(qint64 pos)
{
    if (pos != 0 && pos != m_size)
        return false;
    if (pos == 0) {
        if (!m_file.resize(0) || !m_file.seek(0)) {
            setErrorString(m_file.errorString());
            return false;
        }
        m_hash.reset();
        m_size = 0;
    }
    return QIODevice::seek(pos);
}

qint64 ExportFileWriter::readData(char *, qint64)
{
    return -1;
}

qint64 ExportFileWriter::writeData(const char *data, qint64 size)
{
    const qint64 n = m_file.write(data, size);
    if (n != size) {
        setErrorString(m_file.errorString());
        return -1;
    }
    m_hash.addData(QByteArrayView(data, n));
    m_size += n;
    return n;
}

QByteArray ExportFileWriter::hashFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    Sha256 h;
    QByteArray buffer(1 << 18, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        h.addData(QByteArrayView(buffer.constData(), n));
    }
    return h.resultHex();
}
