#pragma once

#include "api/fileinfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// A file name template: literal text and {field} or {field:format} placeholders, where field is
// any FileInfo property by its API name in any case ("dateCreated", "FromAddress", "id"), plus
// {ext} (the extension from fileName, else from contentType). Dates take a QDateTime format
// ("{dateCreated:yyyyMMdd-HHmmss}", UTC); numbers take a zero-padded width ("{recordingDuration:05}").
// '/' in the template makes folders. Rendering never leaves the folder: every component goes
// through FileNameSanitizer, and an extension is added from contentType when the result has none.
class NameTemplate final
{
    Q_DECLARE_TR_FUNCTIONS(NameTemplate)

public:
    NameTemplate() = default;
    // Parses text; on failure isValid() is false and errorString() says what is wrong and where.
    explicit NameTemplate(const QString &text);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    QString text() const { return m_text; }

    // One safe relative path ("a/b.wav" at most with the template's own folders), never empty,
    // never absolute, never with "..", not yet made unique.
    QString render(const FileInfo &file) const;

    // The field names the template may use, for the dialog's help ("{id}", "{dateCreated:...}").
    static QStringList placeholders();
    // The extension (without a dot, lower case) for a content type ("audio/wav" -> "wav"); empty when unknown.
    static QString extensionForContentType(const QString &contentType);

private:
    struct Part
    {
        bool isField = false;
        QString literal;
        int field = -1;            // FileField, or -2 for {ext}
        QString format;
    };
    QString m_text;
    QString m_error;
    QList<Part> m_parts;
};
