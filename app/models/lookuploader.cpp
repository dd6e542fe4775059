#include "lookuploader.h"

#include "api/apiclient.h"

LookupLoader::LookupLoader(ApiClient *client)
    : m_client(client)
{
}

LookupLoader::~LookupLoader()
{
    if (m_call)
        m_call->cancel();
}

int LookupLoader::begin()
{
    if (m_call)
        m_call->cancel();
    if (!m_client)
        return 0;
    return ++m_generation;
}

bool LookupLoader::finish(int generation, const ApiError &error)
{
    if (generation != m_generation)
        return false;
    m_call.clear();
    m_error = error;
    return true;
}

QStringList distinctLookupIds(const QStringList &ids)
{
    QStringList unique;
    for (const QString &id : ids) {
        if (!id.isEmpty() && !unique.contains(id))
            unique.append(id);
    }
    return unique;
}

QCollator lookupCollator()
{
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    return collator;
}

QString lookupToolTip(const QString &text)
{
    return QStringLiteral("<p style='white-space:pre'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}
