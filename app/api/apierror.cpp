#include "apierror.h"

ApiError::ApiError(Kind kind, int httpStatus, const QString &message)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_message(message)
{
}

QString ApiError::userText() const
{
    QString text;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        text = tr("The server could not be reached.");
        break;
    case Kind::Timeout:
        text = tr("The server did not answer in time.");
        break;
    case Kind::Http:
        text = m_httpStatus > 0 ? tr("The server refused the request (%1).").arg(m_httpStatus)
                                : tr("The server refused the request.");
        break;
    case Kind::Unauthorized:
        text = tr("You are not signed in, or your session has expired.");
        break;
    case Kind::Forbidden:
        text = tr("You do not have permission to do this.");
        break;
    case Kind::BadResponse:
        text = tr("The server sent an answer that could not be read.");
        break;
    case Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    case Kind::Usage:
        text = tr("The request could not be made.");
        break;
    }
    if (!m_message.isEmpty())
        text += QLatin1Char(' ') + m_message;
    QStringList fields;
    for (const FieldError &e : m_fieldErrors) {
        const QString name = e.fieldName.isEmpty() ? e.errorCode : e.fieldName;
        if (!e.message.isEmpty() && e.message != m_message)
            fields << tr("%1: %2", "field name: error message").arg(name, e.message);
        else if (!name.isEmpty())
            fields << name;
    }
    if (!fields.isEmpty())
        text += QStringLiteral(" (") + fields.join(QStringLiteral("; ")) + QLatin1Char(')');
    return text;
}
