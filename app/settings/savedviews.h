#pragma once

#include "consolesettings.h"
#include "api/filequery.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <optional>

class QSettings;

// Named filter sets: name -> FileQuery::toText(), kept in the console's settings file under
// ConsoleSettings::kSavedViewsKey (every key is declared in ConsoleSettings).
class SavedViews final
{
    Q_DECLARE_TR_FUNCTIONS(SavedViews)
public:
    static constexpr const char *kSettingsKey = ConsoleSettings::kSavedViewsKey;  // the key lives there

    // settings is not owned; nullptr = the application's default QSettings.
    explicit SavedViews(QSettings *settings = nullptr);
    ~SavedViews();
    SavedViews(const SavedViews &) = delete;
    SavedViews &operator=(const SavedViews &) = delete;

    QStringList names() const;   // sorted, case-insensitively
    bool contains(const QString &name) const;
    // Saves (or replaces) a view; false for an empty name.
    bool save(const QString &name, const FileQuery &query);
    // The view, or nullopt (with *error) when missing or unreadable.
    std::optional<FileQuery> view(const QString &name, QString *error = nullptr) const;
    QString text(const QString &name) const;
    bool remove(const QString &name);

private:
    QVariantMap read() const;
    void write(const QVariantMap &map);

    std::unique_ptr<QSettings> m_ownSettings;
    QSettings *m_settings;
};
