#include "filecsvwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

FileCsvWriter::FileCsvWriter(const Options &options)
    : m_options(options)
{
    if (m_options.columns.isEmpty())
        m_options.columns = allColumns();
}

QString FileCsvWriter::columnName(FileField field)
{
    if (field == FileField::AITranscription)
        return QStringLiteral("aiTranscription");
    QString name = fileFieldApiName(field);
    if (!name.isEmpty())
        name[0] = name.at(0).toLower();
    return name;
}

QList<FileField> FileCsvWriter::allColumns()
{
    QList<FileField> all;
    all.reserve(kFileFieldCount);
    for (int i = 0; i < kFileFieldCount; ++i)
        all << FileField(i);
    return all;
}

bool FileCsvWriter::parseColumns(const QString &list, QList<FileField> *columns, QString *error)
{
    columns->clear();
    for (const QString &part : list.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        const FileField f = fileFieldFromApiName(name);
        if (f == FileField::Count) {
            if (error) {
                QStringList known;
                for (FileField k : allColumns())
                    known << columnName(k);
                *error = QCoreApplication::translate("FileCsvWriter", "\"%1\" is not a column; the columns are: %2.")
                             .arg(name, known.join(QStringLiteral(", ")));
            }
            return false;
        }
        columns->append(f);
    }
    if (columns->isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("FileCsvWriter", "No columns were given.");
        return false;
    }
    return true;
}

QByteArray FileCsvWriter::field(const QString &text, bool neutraliseFormulas)
{
    QByteArray out;
    appendField(out, QByteArrayView(text.toUtf8()), neutraliseFormulas);
    return out;
}

void FileCsvWriter::appendField(QByteArray &out, QByteArrayView utf8, bool neutraliseFormulas)
{
    bool formula = false;
    if (neutraliseFormulas && !utf8.isEmpty()) {
        const char c = utf8.front();
        // A spreadsheet executes these; a leading apostrophe makes the cell text (OWASP's advice).
        formula = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (formula)
            out.append('\'');
        out.append(utf8);
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    qsizetype from = 0;
    for (qsizetype k = 0; k < utf8.size(); ++k) {
        if (utf8.at(k) == '"') {
            out.append(utf8.sliced(from, k + 1 - from));  // with the quote, then the quote again
            out.append('"');
            from = k + 1;
        }
    }
    out.append(utf8.sliced(from));
    out.append('"');
}

QString FileCsvWriter::cellText(const FileInfo &file, FileField field)
{
    if (field == FileField::CustomerBreadcrumb) {
        if (!file.value(field).isValid())
            return {};
        QStringList names;
        for (const CustomerCrumb &c : file.customerBreadcrumb())
            names << (c.name.isEmpty() ? c.id : c.name);
        return names.join(QStringLiteral(" / "));
    }
    return file.text(field);
}

QByteArray FileCsvWriter::header() const
{
    QByteArray out;
    if (m_options.bom)
        out += "\xEF\xBB\xBF";
    for (int i = 0; i < m_options.columns.size(); ++i) {
        if (i)
            out += ',';
        out += field(columnName(m_options.columns.at(i)), false);
    }
    out += "\r\n";
    return out;
}

QByteArray FileCsvWriter::row(const FileInfo &file) const
{
    QByteArray out;
    out.reserve(256);
    appendRow(out, file);
    return out;
}

QByteArrayView FileCsvWriter::cellUtf8(const FileInfo &file, FileField field, QByteArray *scratch) const
{
    const qint64 key = file.sharedTextKey(field);
    if (key >= 0) {
        const qint64 slot = (qint64(field) << 40) | key;
        auto it = m_shared.constFind(slot);
        if (it == m_shared.constEnd()) {
            if (m_shared.size() > 200000)
                m_shared.clear();
            it = m_shared.insert(slot, cellText(file, field).toUtf8());
        }
        return QByteArrayView(*it);
    }
    if (field == FileField::CustomerBreadcrumb) {
        *scratch = cellText(file, field).toUtf8();
        return QByteArrayView(*scratch);
    }
    return file.textUtf8(field, scratch);
}

void FileCsvWriter::appendRow(QByteArray &out, const FileInfo &file) const
{
    QByteArray scratch;
    for (int i = 0; i < m_options.columns.size(); ++i) {
        if (i)
            out += ',';
        appendField(out, cellUtf8(file, m_options.columns.at(i), &scratch), m_options.neutraliseFormulas);
    }
    out += "\r\n";
}

bool FileCsvWriter::writeRows(QIODevice *out, const QList<FileInfo> &files) const
{
    QByteArray rows;
    rows.reserve(files.size() * 512);
    for (const FileInfo &f : files)
        appendRow(rows, f);
    return out->write(rows) == rows.size();
}

bool FileCsvWriter::writeHeader(QIODevice *out) const
{
    const QByteArray h = header();
    return out->write(h) == h.size();
}

bool FileCsvWriter::writeRow(QIODevice *out, const FileInfo &file) const
{
    const QByteArray r = row(file);
    return out->write(r) == r.size();
}
