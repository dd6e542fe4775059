#include "filejson.h"

#include "filecsvwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

QJsonObject FileJson::toJson(const FileInfo &file)
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
        o.insert(FileCsvWriter::columnName(field), j);
    }
    return o;
}

bool FileJson::ArrayWriter::begin()
{
    return m_out->write("[") == 1;
}

bool FileJson::ArrayWriter::item(const FileInfo &file, const QByteArray &raw)
{
    QByteArray chunk = m_first ? QByteArray("\n") : QByteArray(",\n");
    m_first = false;
    chunk += raw.isEmpty() ? QJsonDocument(toJson(file)).toJson(QJsonDocument::Compact) : raw;
    return m_out->write(chunk) == chunk.size();
}

bool FileJson::ArrayWriter::end()
{
    const QByteArray tail = m_first ? QByteArray("]\n") : QByteArray("\n]\n");
    return m_out->write(tail) == tail.size();
}
