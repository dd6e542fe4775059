#include "savedviews.h"

#include <QCollator>
#include <QSettings>

#include <algorithm>

SavedViews::SavedViews(QSettings *settings)
    : m_ownSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownSettings.get())
{
}

SavedViews::~SavedViews() = default;

QVariantMap SavedViews::read() const
{
    return m_settings->value(QLatin1String(kSettingsKey)).toMap();
}

void SavedViews::write(const QVariantMap &map)
{
    if (map.isEmpty())
        m_settings->remove(QLatin1String(kSettingsKey));
    else
        m_settings->setValue(QLatin1String(kSettingsKey), map);
    m_settings->sync();
}

QStringList SavedViews::names() const
{
    QStringList list = read().keys();
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::sort(list.begin(), list.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return list;
}

bool SavedViews::contains(const QString &name) const
{
    return read().contains(name.trimmed());
}

bool SavedViews::save(const QString &name, const FileQuery &query)
{
    const QString key = name.trimmed();
    if (key.isEmpty())
        return false;
    QVariantMap map = read();
    map.insert(key, query.toText());
    write(map);
    return true;
}

QString SavedViews::text(const QString &name) const
{
    return read().value(name.trimmed()).toString();
}

std::optional<FileQuery> SavedViews::view(const QString &name, QString *error) const
{
    const QVariantMap map = read();
    const auto it = map.constFind(name.trimmed());
    if (it == map.constEnd()) {
        if (error)
            *error = tr("There is no saved view named \u201c%1\u201d.").arg(name);
        return std::nullopt;
    }
    return FileQuery::fromText(it->toString(), error);
}

bool SavedViews::remove(const QString &name)
{
    QVariantMap map = read();
    if (map.remove(name.trimmed()) == 0)
        return false;
    write(map);
    return true;
}
