#include "fileinfobuilder.h"

#include "fileinfodata.h"
#include "stringpool.h"

#include <QLocale>

#include <cmath>
#include <cstring>
#include <strings.h>

namespace {

int pooledSlot(FileField f)
{
    switch (f) {
    case FileField::AccountId: return FileInfoData::AccountIdPool;
    case FileField::AccountName: return FileInfoData::AccountNamePool;
    case FileField::CustomerId: return FileInfoData::CustomerIdPool;
    case FileField::CustomerName: return FileInfoData::CustomerNamePool;
    case FileField::UserId: return FileInfoData::UserIdPool;
    case FileField::UserName: return FileInfoData::UserNamePool;
    case FileField::CreatedBy: return FileInfoData::CreatedByPool;
    case FileField::LastModifiedBy: return FileInfoData::LastModifiedByPool;
    case FileField::ContentType: return FileInfoData::ContentTypePool;
    default: return -1;
    }
}

int textSlot(FileField f)
{
    switch (f) {
    case FileField::Id: return FileInfoData::IdText;
    case FileField::FileName: return FileInfoData::FileNameText;
    case FileField::Uri: return FileInfoData::UriText;
    case FileField::RecordingSid: return FileInfoData::RecordingSidText;
    case FileField::FromAddress: return FileInfoData::FromAddressText;
    case FileField::ToAddress: return FileInfoData::ToAddressText;
    case FileField::RecordingFrom: return FileInfoData::RecordingFromText;
    default: return -1;
    }
}

FileType typeFromUtf8(const char *utf8, std::size_t length)
{
    static const char *const names[] = {"Upload", "VoiceMessage", "CallRecording", "Fax", "Attachment", "FaxOutgoing"};
    for (int i = 0; i < 6; ++i) {
        if (std::strlen(names[i]) == length && strncasecmp(names[i], utf8, length) == 0)
            return kAllFileTypes[i];
    }
    return fileTypeFromApiName(QString::fromUtf8(utf8, qsizetype(length)));  // e.g. surrounding spaces
}

bool parseInt64(const char *s, std::size_t n, qint64 *out)
{
    const QByteArray b = QByteArray::fromRawData(s, qsizetype(n)).trimmed();
    bool ok = false;
    const qint64 v = b.toLongLong(&ok);
    if (ok) {
        *out = v;
        return true;
    }
    const double d = b.toDouble(&ok);
    if (ok && d >= -9.0e18 && d <= 9.0e18) {
        *out = qint64(d);
        return true;
    }
    return false;
}

} // namespace

FileInfoBuilder::FileInfoBuilder()
    : m_data(new FileInfoData)
{
}

FileInfoBuilder::FileInfoBuilder(const FileInfo &from)
    : FileInfoBuilder()
{
    if (from.isNull())
        return;
    const FileInfoData *src = from.d.constData();
    m_data->dateCreated = src->dateCreated;
    m_data->dateLastModified = src->dateLastModified;
    m_data->contentLength = src->contentLength;
    m_data->recordingDuration = src->recordingDuration;
    m_data->type = src->type;
    for (int i = 0; i < FileInfoData::PooledCount; ++i)
        m_data->pooled[i] = src->pooled[i];
    for (int t = 0; t < FileInfoData::TextCount; ++t)
        setBlobText(t, src->blob.constData() + src->textStart(FileInfoData::Text(t)),
                    src->textLength(FileInfoData::Text(t)));
    m_data->transcription = src->transcription;
    m_data->aiTranscription = src->aiTranscription;
}

FileInfoBuilder::~FileInfoBuilder()
{
    delete m_data;
}

quint32 FileInfoBuilder::intern(const char *utf8, std::size_t length)
{
    if (m_batch)
        return static_cast<StringPool::Batch *>(m_batch)->intern(utf8, length);
    return StringPool::instance().intern(utf8, length);
}

void FileInfoBuilder::setBlobText(int text, const char *utf8, std::size_t length)
{
    m_start[text] = quint32(m_scratch.size());
    m_length[text] = quint32(length);
    m_scratch.append(utf8, length);
}

void FileInfoBuilder::setUtf8(FileField field, const char *utf8, std::size_t length)
{
    const int pooled = pooledSlot(field);
    if (pooled >= 0) {
        m_data->pooled[pooled] = intern(utf8, length);
        return;
    }
    const int text = textSlot(field);
    if (text >= 0) {
        setBlobText(text, utf8, length);
        return;
    }
    switch (field) {
    case FileField::DateCreated:
    case FileField::DateLastModified: {
        const bool created = field == FileField::DateCreated;
        const qint64 ms = IsoDate::parseMs(utf8, length);
        (created ? m_data->dateCreated : m_data->dateLastModified) = ms;
        const int raw = created ? FileInfoData::DateCreatedRaw : FileInfoData::DateLastModifiedRaw;
        if (ms == IsoDate::kInvalid)
            setBlobText(raw, utf8, length);
        else
            m_length[raw] = 0;
        break;
    }
    case FileField::Type: {
        m_data->type = typeFromUtf8(utf8, length);
        if (m_data->type == FileType::Unknown)
            setBlobText(FileInfoData::TypeRaw, utf8, length);
        else
            m_length[FileInfoData::TypeRaw] = 0;
        break;
    }
    case FileField::ContentLength:
    case FileField::RecordingDuration: {
        qint64 v = 0;
        if (parseInt64(utf8, length, &v))
            setNumber(field, v);
        break;
    }
    case FileField::Transcription:
        m_data->transcription = QByteArray(utf8, qsizetype(length));
        break;
    case FileField::AITranscription:
        m_data->aiTranscription = QByteArray(utf8, qsizetype(length));
        break;
    default:
        break;  // a breadcrumb is a list, never a string
    }
}

void FileInfoBuilder::setText(FileField field, const QString &text)
{
    if (field == FileField::CustomerBreadcrumb)
        return;  // a breadcrumb is a list: setBreadcrumb()
    const QByteArray utf8 = text.toUtf8();
    setUtf8(field, utf8.constData(), std::size_t(utf8.size()));
}

void FileInfoBuilder::setNumber(FileField field, qint64 value)
{
    switch (field) {
    case FileField::ContentLength:
        m_data->contentLength = value < 0 ? -1 : value;
        break;
    case FileField::RecordingDuration:
        m_data->recordingDuration = value < 0 || value > INT32_MAX ? -1 : qint32(value);
        break;
    case FileField::Type:
        // ServiceStack can write enums as numbers: the declaration order.
        setType(value >= 0 && value < 6 ? kAllFileTypes[value] : FileType::Unknown);
        if (value < 0 || value >= 6) {
            const QByteArray raw = QByteArray::number(value);
            setBlobText(FileInfoData::TypeRaw, raw.constData(), std::size_t(raw.size()));
        }
        break;
    case FileField::DateCreated:
    case FileField::DateLastModified:
        setDateMs(field, value);
        break;
    default: {
        const QByteArray text = QByteArray::number(value);
        setUtf8(field, text.constData(), std::size_t(text.size()));
        break;
    }
    }
}

void FileInfoBuilder::setDouble(FileField field, double value)
{
    if (!std::isfinite(value))
        return;
    switch (field) {
    case FileField::ContentLength:
    case FileField::RecordingDuration:
    case FileField::Type:
    case FileField::DateCreated:
    case FileField::DateLastModified:
        if (value > -9.2e18 && value < 9.2e18)
            setNumber(field, qint64(value));
        break;
    case FileField::CustomerBreadcrumb:
        break;
    default: {
        const QByteArray text = QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
        setUtf8(field, text.constData(), std::size_t(text.size()));
        break;
    }
    }
}

bool FileInfoBuilder::wholeNumber(double value, qint64 *out)
{
    // [-2^63, 2^63): every double in it converts to qint64 without overflow.
    if (!(value >= -9223372036854775808.0 && value < 9223372036854775808.0) || std::trunc(value) != value)
        return false;
    *out = qint64(value);
    return true;
}

void FileInfoBuilder::setDateMs(FileField field, qint64 ms)
{
    if (field == FileField::DateCreated) {
        m_data->dateCreated = ms;
        m_length[FileInfoData::DateCreatedRaw] = 0;
    } else if (field == FileField::DateLastModified) {
        m_data->dateLastModified = ms;
        m_length[FileInfoData::DateLastModifiedRaw] = 0;
    }
}

void FileInfoBuilder::setType(FileType type)
{
    m_data->type = type;
    m_length[FileInfoData::TypeRaw] = 0;
}

QByteArray FileInfoBuilder::encodeBreadcrumb(const CustomerBreadcrumb &crumbs)
{
    QByteArray out;
    for (const CustomerCrumb &c : crumbs) {
        if (!out.isEmpty())
            out += '\x1E';
        out += c.id.toUtf8();
        out += '\x1F';
        out += c.name.toUtf8();
    }
    return out;
}

CustomerBreadcrumb FileInfoBuilder::decodeBreadcrumb(const QString &encoded)
{
    CustomerBreadcrumb out;
    if (encoded.isEmpty())
        return out;
    const QStringList crumbs = encoded.split(QChar(0x1E));
    for (const QString &c : crumbs) {
        const int sep = c.indexOf(QChar(0x1F));
        out.append(CustomerCrumb{sep < 0 ? c : c.left(sep), sep < 0 ? QString() : c.mid(sep + 1)});
    }
    return out;
}

void FileInfoBuilder::setBreadcrumb(const CustomerBreadcrumb &crumbs)
{
    setBreadcrumbEncoded(encodeBreadcrumb(crumbs));
}

void FileInfoBuilder::setBreadcrumbEncoded(const QByteArray &encoded)
{
    m_data->pooled[FileInfoData::BreadcrumbPool] = intern(encoded.constData(), std::size_t(encoded.size()));
}

void FileInfoBuilder::clear(FileField field)
{
    const int pooled = pooledSlot(field);
    if (pooled >= 0) {
        m_data->pooled[pooled] = 0;
        return;
    }
    const int text = textSlot(field);
    if (text >= 0) {
        m_length[text] = 0;
        return;
    }
    switch (field) {
    case FileField::DateCreated: setDateMs(field, IsoDate::kInvalid); break;
    case FileField::DateLastModified: setDateMs(field, IsoDate::kInvalid); break;
    case FileField::Type: setType(FileType::Unknown); break;
    case FileField::ContentLength: m_data->contentLength = -1; break;
    case FileField::RecordingDuration: m_data->recordingDuration = -1; break;
    case FileField::Transcription: m_data->transcription.clear(); break;
    case FileField::AITranscription: m_data->aiTranscription.clear(); break;
    case FileField::CustomerBreadcrumb: m_data->pooled[FileInfoData::BreadcrumbPool] = 0; break;
    default: break;
    }
}

FileInfo FileInfoBuilder::build()
{
    quint32 total = 0;
    for (int t = 0; t < FileInfoData::TextCount; ++t)
        total += m_length[t];
    if (total > 0) {
        QByteArray blob(qsizetype(total), Qt::Uninitialized);
        char *out = blob.data();
        quint32 end = 0;
        for (int t = 0; t < FileInfoData::TextCount; ++t) {
            if (m_length[t])
                std::memcpy(out + end, m_scratch.data() + m_start[t], m_length[t]);
            end += m_length[t];
            m_data->textEnd[t] = end;
        }
        m_data->blob = blob;
    } else {
        for (quint32 &e : m_data->textEnd)
            e = 0;
    }
    FileInfo file;
    file.d.reset(m_data);  // takes ownership
    m_data = new FileInfoData;
    clearTexts();
    return file;
}

void FileInfoBuilder::reset()
{
    delete m_data;
    m_data = new FileInfoData;
    clearTexts();
}

void FileInfoBuilder::clearTexts()
{
    m_scratch.clear();
    for (quint32 &l : m_length)
        l = 0;
}
