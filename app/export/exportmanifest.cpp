#include "exportmanifest.h"

#include "filecsvwriter.h"

#include <QDir>

namespace {

// Undoes the writer's formula neutralising ("'=x" -> "=x").
QString unneutralise(const QString &cell)
{
    if (cell.size() >= 2 && cell.at(0) == QLatin1Char('\'')) {
        const QChar c = cell.at(1);
        if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@')
            || c == QLatin1Char('\t') || c == QLatin1Char('\r'))
            return cell.mid(1);
    }
    return cell;
}

} // namespace

ExportManifest::ExportManifest(const QString &folder)
    : m_path(QDir(folder).filePath(QStringLiteral("manifest.csv")))
    , m_file(m_path)
{
}

QList<QStringList> ExportManifest::parseCsv(const QByteArray &data)
{
    QList<QStringList> rows;
    QStringList fields;
    QByteArray field;
    bool quoted = false;
    bool any = false;
    for (int i = 0; i < data.size(); ++i) {
        const char c = data.at(i);
        if (quoted) {
            if (c == '"' && i + 1 < data.size() && data.at(i + 1) == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
            continue;
        }
        if (c == '"') {
            quoted = true;
            any = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
            any = true;
        } else if (c == '\n' || c == '\r') {
            if (c == '\r' && i + 1 < data.size() && data.at(i + 1) == '\n')
                ++i;
            if (any || !field.isEmpty()) {
                fields << QString::fromUtf8(field);
                rows << fields;
            }
            fields.clear();
            field.clear();
            any = false;
        } else {
            field += c;
            any = true;
        }
    }
    // A last line without its CRLF is a row cut by a crash: ignored.
    return rows;
}

void ExportManifest::load()
{
    m_done.clear();
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QList<QStringList> rows = parseCsv(f.readAll());
    for (int r = 1; r < rows.size(); ++r) {
        const QStringList &row = rows.at(r);
        if (row.size() < 6)
            continue;
        Entry e;
        e.id = unneutralise(row.at(0));
        e.path = unneutralise(row.at(1));
        e.bytes = row.at(2).toLongLong();
        e.sha256 = row.at(3);
        e.status = row.at(4);
        e.error = unneutralise(row.at(5));
        const QString key = e.path.toCaseFolded();
        if (e.status == QLatin1String("ok") || e.status == QLatin1String("skipped"))
            m_done.insert(key, e);
        else
            m_done.remove(key);
    }
}

const ExportManifest::Entry *ExportManifest::completed(const QString &relativePath) const
{
    const auto it = m_done.constFind(relativePath.toCaseFolded());
    return it == m_done.constEnd() ? nullptr : &it.value();
}

QHash<QString, QString> ExportManifest::pathsById() const
{
    QHash<QString, QString> out;
    for (const Entry &e : m_done)
        if (!e.path.endsWith(QLatin1String(".transcript.txt")))
            out.insert(e.id, e.path);
    return out;
}

bool ExportManifest::open(QString *error)
{
    if (m_file.isOpen())
        return true;
    const bool fresh = !m_file.exists() || m_file.size() == 0;
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = m_file.errorString();
        return false;
    }
    if (fresh) {
        m_file.write("id,path,bytes,sha256,status,error\r\n");
        m_file.flush();
    }
    return true;
}

bool ExportManifest::append(const Entry &entry)
{
    if (!m_file.isOpen())
        return false;
    QByteArray line = FileCsvWriter::field(entry.id, true) + ',' + FileCsvWriter::field(entry.path, true) + ','
        + (entry.bytes >= 0 ? QByteArray::number(entry.bytes) : QByteArray()) + ',' + entry.sha256.toLatin1() + ','
        + entry.status.toLatin1() + ',' + FileCsvWriter::field(entry.error, true) + "\r\n";
    const bool ok = m_file.write(line) == line.size() && m_file.flush();
    if (ok && (entry.status == QLatin1String("ok") || entry.status == QLatin1String("skipped")))
        m_done.insert(entry.path.toCaseFolded(), entry);
    return ok;
}

void ExportManifest::close()
{
    m_file.close();
}
