#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

class QTranslator;

// The interface language of the console and the CLI (no widgets). It knows the languages there
// are (English, the source language, and every catalogue embedded under :/i18n), works out the
// system's choice from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, and installs or removes the
// translators (ours, and Qt's own qtbase catalogue when the system has it) at runtime.
// Switching sets QLocale's default to the language (keeping the system's territory when it
// speaks the same language), so that every formatter using QLocale() follows; Qt then sends
// QEvent::LanguageChange to every widget, which re-applies its texts.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    struct Language
    {
        QString code;        // "en", "de", "es"
        QString nativeName;  // "English", "Deutsch", "Español"
    };

    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static constexpr const char *kSourceLanguage = "en";

    // English first, then the embedded catalogues by code.
    static QList<Language> availableLanguages();
    static bool isAvailable(const QString &code);
    // The first available language named by LANGUAGE (a colon-separated list), LC_ALL,
    // LC_MESSAGES or LANG ("de_DE.UTF-8" -> "de"); English when none is available.
    static QString systemLanguage();
    // The locale name of the system (LC_ALL, LC_MESSAGES, LANG), e.g. "de_AT"; empty for C/POSIX.
    static QString systemLocaleName();

    // The language in effect (a code from availableLanguages()).
    QString current() const { return m_current; }
    QLocale locale() const { return m_locale; }
    bool followsSystem() const { return m_followsSystem; }

    // Empty or unknown follows the system. Installs the translators and the default locale;
    // emits languageChanged() when the language in effect changed. Returns the code in effect.
    QString setLanguage(const QString &code);

signals:
    void languageChanged(const QString &code);

private:
    void removeTranslators();

    QString m_current;
    QLocale m_locale;
    bool m_followsSystem = true;
    QTranslator *m_ours = nullptr;
    QTranslator *m_qt = nullptr;
};
