#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The one error type of every API call.
class ApiError final
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)
public:
    enum class Kind {
        None,          // success
        Network,       // connection refused, reset, cut, DNS, TLS (never ignored)
        Timeout,       // the per-request timeout passed
        Http,          // another non-2xx status (4xx/5xx other than 401/403)
        Unauthorized,  // 401 that silent re-sign-in could not cure
        Forbidden,     // 403: signed in without the role
        BadResponse,   // 2xx whose body could not be read (malformed JSON, wrong shape)
        Cancelled,     // the caller cancelled (never delivered to a callback, but used by pagers)
        Usage,         // refused before sending (bad argument, password over plain HTTP, no server)
    };

    struct FieldError
    {
        QString errorCode;
        QString fieldName;
        QString message;
    };

    ApiError() = default;
    ApiError(Kind kind, int httpStatus = 0, const QString &message = {});

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }          // 0 when none
    QString errorCode() const { return m_errorCode; }        // responseStatus.errorCode
    QString message() const { return m_message; }           // responseStatus.message or a technical text
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    QString detail() const { return m_detail; }              // technical detail (never secrets)

    // A translated sentence fit to show a user, e.g. "The server refused the request (400):
    // Unknown sort field. (SortField)". Always plain text.
    QString userText() const;

    void setErrorCode(const QString &c) { m_errorCode = c; }
    void setMessage(const QString &m) { m_message = m; }
    void setFieldErrors(const QList<FieldError> &e) { m_fieldErrors = e; }
    void setDetail(const QString &d) { m_detail = d; }

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_errorCode;
    QString m_message;
    QList<FieldError> m_fieldErrors;
    QString m_detail;
};
