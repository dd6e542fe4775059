#include "nametemplate.h"

#include "filenamesanitizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace {

constexpr int kExtField = -2;


// A plausible extension of a file name ("a.WAV" -> "wav"); empty when it has none.
QString extensionOfName(const QString &fileName)
{
    const int dot = fileName.lastIndexOf(QLatin1Char('.'));
    if (dot <= 0 || dot == fileName.size() - 1)
        return {};
    const QString ext = fileName.mid(dot + 1).toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
    return plain.match(ext).hasMatch() ? ext : QString();
}

QString noSeparators(QString text)
{
    text.replace(QLatin1Char('/'), QLatin1Char('_'));
    text.replace(QLatin1Char('\\'), QLatin1Char('_'));
    return text;
}

} // namespace

QString NameTemplate::extensionForContentType(const QString &contentType)
{
    static const QHash<QString, QString> known{
        {QStringLiteral("audio/wav"), QStringLiteral("wav")},   {QStringLiteral("audio/x-wav"), QStringLiteral("wav")},
        {QStringLiteral("audio/wave"), QStringLiteral("wav")},  {QStringLiteral("audio/vnd.wave"), QStringLiteral("wav")},
        {QStringLiteral("audio/mpeg"), QStringLiteral("mp3")},  {QStringLiteral("audio/mp3"), QStringLiteral("mp3")},
        {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},   {QStringLiteral("audio/mp4"), QStringLiteral("m4a")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")}, {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")},  {QStringLiteral("image/tiff"), QStringLiteral("tif")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},   {QStringLiteral("text/plain"), QStringLiteral("txt")},
        {QStringLiteral("text/csv"), QStringLiteral("csv")},    {QStringLiteral("application/json"), QStringLiteral("json")},
        {QStringLiteral("application/zip"), QStringLiteral("zip")},
        {QStringLiteral("application/msword"), QStringLiteral("doc")},
        {QStringLiteral("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), QStringLiteral("docx")},
    };
    const QString type = contentType.section(QLatin1Char(';'), 0, 0).trimmed().toLower();
    return known.value(type);
}

QStringList NameTemplate::placeholders()
{
    QStringList out;
    for (int i = 0; i < kFileFieldCount; ++i) {
        QString name = fileFieldApiName(FileField(i));
        name[0] = name.at(0).toLower();
        out << QLatin1Char('{') + name + QLatin1Char('}');
    }
    out << QStringLiteral("{ext}") << QStringLiteral("{dateCreated:yyyyMMdd-HHmmss}");
    return out;
}

NameTemplate::NameTemplate(const QString &text)
    : m_text(text)
{
    if (text.trimmed().isEmpty()) {
        m_error = tr("The name template is empty.");
        return;
    }
    QString literal;
    int i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('}')) {
            m_error = tr("A \"}\" at position %1 closes nothing.").arg(i + 1);
            return;
        }
        if (c != QLatin1Char('{')) {
            literal += c;
            ++i;
            continue;
        }
        const int close = text.indexOf(QLatin1Char('}'), i + 1);
        if (close < 0) {
            m_error = tr("The \"{\" at position %1 is never closed.").arg(i + 1);
            return;
        }
        const QString inner = text.mid(i + 1, close - i - 1);
        if (inner.contains(QLatin1Char('{'))) {
            m_error = tr("A \"{\" inside the placeholder at position %1.").arg(i + 1);
            return;
        }
        const QString name = inner.section(QLatin1Char(':'), 0, 0).trimmed();
        const QString format = inner.contains(QLatin1Char(':')) ? inner.section(QLatin1Char(':'), 1) : QString();
        Part part;
        part.isField = true;
        part.format = format;
        if (name.compare(QLatin1String("ext"), Qt::CaseInsensitive) == 0) {
            part.field = kExtField;
        } else {
            const FileField f = fileFieldFromApiName(name);
            if (f == FileField::Count) {
                m_error = name.isEmpty() ? tr("An empty placeholder \"{}\" at position %1.").arg(i + 1)
                                         : tr("\"%1\" at position %2 is not a file field (for example id, "
                                              "dateCreated, fromAddress, type, ext).").arg(name).arg(i + 1);
                return;
            }
            part.field = int(f);
        }
        if (!literal.isEmpty()) {
            m_parts.append(Part{false, literal, -1, {}});
            literal.clear();
        }
        m_parts.append(part);
        i = close + 1;
    }
    if (!literal.isEmpty())
        m_parts.append(Part{false, literal, -1, {}});
}

QString NameTemplate::render(const FileInfo &file) const
{
    QString out;
    for (const Part &p : m_parts) {
        if (!p.isField) {
            out += p.literal;
            continue;
        }
        if (p.field == kExtField) {
            QString ext = extensionOfName(file.fileName());
            if (ext.isEmpty())
                ext = extensionForContentType(file.contentType());
            out += ext;
            continue;
        }
        const FileField field = FileField(p.field);
        QString value;
        if (field == FileField::DateCreated || field == FileField::DateLastModified) {
            const QDateTime dt = (field == FileField::DateCreated ? file.dateCreated() : file.dateLastModified()).toUTC();
            if (dt.isValid())
                value = dt.toString(p.format.isEmpty() ? QStringLiteral("yyyyMMdd-HHmmss") : p.format);
            else
                value = file.text(field);
        } else if (field == FileField::ContentLength || field == FileField::RecordingDuration) {
            const qint64 n = field == FileField::ContentLength ? file.contentLength() : file.recordingDuration();
            if (n >= 0) {
                const int width = p.format.toInt();
                value = QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
            }
        } else if (field == FileField::CustomerBreadcrumb) {
            QStringList names;
            for (const CustomerCrumb &c : file.customerBreadcrumb())
                names << c.name;
            value = names.join(QLatin1Char('-'));
        } else {
            value = file.text(field);
            const int maxChars = p.format.toInt();
            if (maxChars > 0)
                value = value.left(maxChars);
        }
        out += noSeparators(value);
    }
    QString path = FileNameSanitizer::relativePath(out);
    // The extension from the content type where the name has none.
    const QString last = path.section(QLatin1Char('/'), -1);
    if (extensionOfName(last).isEmpty()) {
        const QString ext = extensionForContentType(file.contentType());
        if (!ext.isEmpty()) {
            const QString folder = path.contains(QLatin1Char('/')) ? path.section(QLatin1Char('/'), 0, -2) + QLatin1Char('/') : QString();
            path = folder + FileNameSanitizer::component(last + QLatin1Char('.') + ext);
        }
    }
    return path;
}
