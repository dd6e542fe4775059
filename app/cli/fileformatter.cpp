#include "fileformatter.h"

#include "filecellformatter.h"
#include "tablewriter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <iterator>

namespace {

constexpr FileField kTableColumns[] = {FileField::Id, FileField::DateCreated, FileField::Type, FileField::AccountName,
                                       FileField::CustomerName, FileField::UserName, FileField::FileName,
                                       FileField::RecordingDuration, FileField::ContentLength};

// Short values that are useless when cut: the wide text columns give way first.
bool keepWhole(FileField field)
{
    return field == FileField::DateCreated || field == FileField::Type || field == FileField::RecordingDuration
        || field == FileField::ContentLength;
}

QString tableText(const FileInfo &f, FileField field)
{
    if (field == FileField::DateCreated) {
        // Sortable and locale-free for a terminal; the console's cells use the locale's short date.
        const QDateTime dt = f.dateCreated();
        return dt.isValid() ? FileCellFormatter::sortableDateTime(dt) : f.dateCreatedText();
    }
    // Type labels, durations (none on a fax) and human sizes as the console's table shows them,
    // in the language's locale (LanguageManager set it before the first use).
    static const FileCellFormatter cells;
    return cells.display(f, field);
}

} // namespace

QString FileFormatter::jsonName(FileField field)
{
    if (field == FileField::AITranscription)
        return QStringLiteral("aiTranscription");
    QString name = fileFieldApiName(field);
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

QJsonObject FileFormatter::toJson(const FileInfo &file)
{
    QJsonObject o;
    for (int i = 0; i < kFileFieldCount; ++i) {
        const FileField field = FileField(i);
        const QVariant v = file.value(field);
        QJsonValue j = QJsonValue::Null;
        if (v.isValid()) {
            switch (field) {
            case FileField::ContentLength: j = double(file.contentLength()); break;
            case FileField::RecordingDuration: j = file.recordingDuration(); break;
            case FileField::CustomerBreadcrumb: {
                QJsonArray crumbs;
                for (const CustomerCrumb &c : file.customerBreadcrumb())
                    crumbs.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.name}});
                j = crumbs;
                break;
            }
            default: j = file.text(field); break;
            }
        }
        o.insert(jsonName(field), j);
    }
    return o;
}

QByteArray FileFormatter::csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (utf8.contains(',') || utf8.contains('"') || utf8.contains('\n') || utf8.contains('\r')) {
        utf8.replace("\"", "\"\"");
        return '"' + utf8 + '"';
    }
    return utf8;
}

QByteArray FileFormatter::format(const QList<FileInfo> &files, CliOptions::Format format, int terminalWidth)
{
    switch (format) {
    case CliOptions::Format::Json: {
        QJsonArray array;
        for (const FileInfo &f : files)
            array.append(toJson(f));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    case CliOptions::Format::Csv: {
        QByteArray out;
        for (int i = 0; i < kFileFieldCount; ++i) {
            if (i)
                out += ',';
            out += csvField(jsonName(FileField(i)));
        }
        out += "\r\n";
        for (const FileInfo &f : files) {
            for (int i = 0; i < kFileFieldCount; ++i) {
                if (i)
                    out += ',';
                out += csvField(f.text(FileField(i)));
            }
            out += "\r\n";
        }
        return out;
    }
    case CliOptions::Format::Table:
        break;
    }
    QStringList headers;
    for (FileField f : kTableColumns)
        headers << fileFieldLabel(f);
    TableWriter table(headers);
    table.setMaxWidth(terminalWidth);
    for (int c = 0; c < int(std::size(kTableColumns)); ++c)
        table.setKeepWhole(c, keepWhole(kTableColumns[c]));
    for (const FileInfo &file : files) {
        QStringList row;
        for (FileField f : kTableColumns)
            row << tableText(file, f);
        table.addRow(row);
    }
    return table.toString().toUtf8();
}

QByteArray FileFormatter::formatOne(const FileInfo &file, CliOptions::Format format, int terminalWidth)
{
    if (format == CliOptions::Format::Json)
        return QJsonDocument(toJson(file)).toJson(QJsonDocument::Indented);
    if (format == CliOptions::Format::Csv)
        return FileFormatter::format({file}, format, terminalWidth);
    int labelWidth = 0;
    for (int i = 0; i < kFileFieldCount; ++i)
        labelWidth = qMax(labelWidth, TableWriter::displayWidth(fileFieldLabel(FileField(i))));
    QString out;
    for (int i = 0; i < kFileFieldCount; ++i) {
        const FileField f = FileField(i);
        const QString label = fileFieldLabel(f);
        QString value = file.text(f);
        value.replace(QLatin1Char('\n'), QLatin1Char(' '));
        out += label + QString(labelWidth - TableWriter::displayWidth(label) + 2, QLatin1Char(' ')) + value
            + QLatin1Char('\n');
    }
    return out.toUtf8();
}
