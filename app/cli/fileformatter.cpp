#include "fileformatter.h"

#include "models/filecellformatter.h"
#include "export/filecsvwriter.h"
#include "export/filejson.h"
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
    return FileCsvWriter::columnName(field);
}

QJsonObject FileFormatter::toJson(const FileInfo &file)
{
    return FileJson::toJson(file);
}

QByteArray FileFormatter::csvField(const QString &text, bool neutraliseFormulas)
{
    return FileCsvWriter::field(text, neutraliseFormulas);
}

QByteArray FileFormatter::format(const QList<FileInfo> &files, CliOptions::Format format, int terminalWidth,
                                 bool neutraliseFormulas)
{
    switch (format) {
    case CliOptions::Format::Json: {
        QJsonArray array;
        for (const FileInfo &f : files)
            array.append(toJson(f));
        return QJsonDocument(array).toJson(QJsonDocument::Indented);
    }
    case CliOptions::Format::Csv: {
        // The project's one CSV writer: every field, formula cells neutralised unless --raw-csv.
        FileCsvWriter::Options options;
        options.neutraliseFormulas = neutraliseFormulas;
        const FileCsvWriter csv(options);
        QByteArray out = csv.header();
        for (const FileInfo &f : files)
            out += csv.row(f);
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

QByteArray FileFormatter::formatOne(const FileInfo &file, CliOptions::Format format, int terminalWidth,
                                    bool neutraliseFormulas)
{
    if (format == CliOptions::Format::Json)
        return QJsonDocument(toJson(file)).toJson(QJsonDocument::Indented);
    if (format == CliOptions::Format::Csv)
        return FileFormatter::format({file}, format, terminalWidth, neutraliseFormulas);
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
