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
    QByteArray utf8 = text.toUtf8();
    if (neutraliseFormulas && !utf8.isEmpty()) {
        const char c = utf8.at(0);
        // A spreadsheet executes these; a leading apostrophe makes the cell text (OWASP's advice).
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r')
            utf8.prepend('\'');
    }
    bool quote = false;
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote)
        return utf8;
    utf8.replace("\"", "\"\"");
    utf8.prepend('"');
    utf8.append('"');
    return utf8;
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
    for (int i = 0; i < m_options.columns.size(); ++i) {
        if (i)
            out += ',';
        out += field(cellText(file, m_options.columns.at(i)), m_options.neutraliseFormulas);
    }
    out += "\r\n";
    return out;
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
