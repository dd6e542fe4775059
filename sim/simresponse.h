#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

// One HTTP answer, built by a handler and written (or faulted) by SimGateway.
struct SimResponse final
{
    struct FieldError
    {
        QString errorCode;
        QString fieldName;
        QString message;
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool headOnly = false; // HEAD: send Content-Length of body, but not the body
    // A file's contents (GET /files/{id}/content, /blobs/...): subject to the bandwidth cap.
    bool fileBody = false;
    // A body generated slice by slice (offset, length) instead of body; bodySize bytes long.
    std::function<QByteArray(qint64, qint64)> bodySource;
    qint64 bodySize = 0;
    void materialize() { if (bodySource) { body = bodySource(0, bodySize); bodySource = nullptr; } }

    void setHeader(const QByteArray &name, const QByteArray &value);
    QByteArray header(const QByteArray &name) const;

    static SimResponse json(const QJsonValue &value, int status = 200);
    static SimResponse empty(int status);
    static SimResponse error(int status, const QString &errorCode, const QString &message,
                             const QList<FieldError> &errors = {});
    static SimResponse badField(const QString &field, const QString &message, const QString &code = QStringLiteral("InvalidValue"));
    static SimResponse unauthorized(const QString &message = QStringLiteral("Not Authenticated"));
    static SimResponse forbidden(const QString &message = QStringLiteral("Invalid Role"));
    static SimResponse notFound(const QString &message = QStringLiteral("Not Found"));
    // One item by id: 404 "Kind ID not found" when index < 0, 403 "No access to kind ID" when
    // not visible, nothing when the caller may see it.
    static std::optional<SimResponse> lookupError(qint64 index, bool visible, const QString &kind, const QString &id);
};
