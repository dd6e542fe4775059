#include "languagemanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QTranslator>

#include <algorithm>

namespace {
const QString kCatalogueDir = QStringLiteral(":/i18n");
const QString kCataloguePrefix = QStringLiteral("evovoice_");

// "de_DE.UTF-8@euro" -> "de_DE"; "C", "POSIX" and "" -> "".
QString localeNameOf(const QByteArray &value)
{
    QString name = QString::fromLatin1(value).trimmed();
    name = name.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    if (name == QLatin1String("C") || name == QLatin1String("POSIX"))
        return {};
    return name;
}

QString languageOf(const QString &localeName)
{
    return localeName.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
}

// The language's own name, without a territory ("español de España" is just "Español").
QString nativeName(const QString &code)
{
    static const QHash<QString, QString> known{{QStringLiteral("de"), QStringLiteral("Deutsch")},
                                               {QStringLiteral("es"), QStringLiteral("Español")}};
    QString name = known.value(code, QLocale(code).nativeLanguageName());
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}
} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
    , m_current(QString::fromLatin1(kSourceLanguage))
{
}

LanguageManager::~LanguageManager()
{
    removeTranslators();
}

QList<LanguageManager::Language> LanguageManager::availableLanguages()
{
    QList<Language> out{{QString::fromLatin1(kSourceLanguage), QStringLiteral("English")}};
    const QStringList files = QDir(kCatalogueDir).entryList({kCataloguePrefix + QStringLiteral("*.qm")}, QDir::Files,
                                                            QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kCataloguePrefix.size()).chopped(3);
        if (code.isEmpty() || code == QLatin1String(kSourceLanguage))
            continue;   // English is listed first; its catalogue holds only plural forms
        out.append({code, nativeName(code)});
    }
    return out;
}

bool LanguageManager::isAvailable(const QString &code)
{
    const QList<Language> all = availableLanguages();
    return std::any_of(all.cbegin(), all.cend(), [&code](const Language &l) { return l.code == code; });
}

QString LanguageManager::systemLocaleName()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QByteArray value = qgetenv(variable);
        if (!value.isEmpty())
            return localeNameOf(value);   // the first one set decides, as in POSIX
    }
    return {};
}

QString LanguageManager::systemLanguage()
{
    // GNU gettext's order: LANGUAGE (a list of preferences) unless the locale is C, then the locale.
    const QString locale = systemLocaleName();
    if (!locale.isEmpty()) {
        const QStringList preferred = QString::fromLatin1(qgetenv("LANGUAGE")).split(QLatin1Char(':'), Qt::SkipEmptyParts);
        for (const QString &entry : preferred) {
            const QString code = languageOf(localeNameOf(entry.toLatin1()));
            if (!code.isEmpty() && isAvailable(code))
                return code;
        }
    }
    const QString code = languageOf(locale);
    return isAvailable(code) ? code : QString::fromLatin1(kSourceLanguage);
}

QString LanguageManager::setLanguage(const QString &requested)
{
    m_followsSystem = requested.isEmpty() || !isAvailable(requested);
    const QString code = m_followsSystem ? systemLanguage() : requested;

    // The locale: the system's when it speaks this language (de_AT stays Austrian), else the
    // language's main territory. Set before the translators, so that the texts the widgets
    // re-apply on LanguageChange are formatted in the new locale already.
    const QString systemName = systemLocaleName();
    const QLocale locale = languageOf(systemName) == code ? QLocale(systemName) : QLocale(code);
    QLocale::setDefault(locale);
    const bool changed = code != m_current || locale != m_locale;
    m_locale = locale;

    if (code != m_current || !m_ours) {
        removeTranslators();
        m_current = code;
        // Qt's own strings (dialog buttons, command-line help); English needs none.
        if (code != QLatin1String(kSourceLanguage)) {
            auto *qt = new QTranslator(this);
            if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt);
                m_qt = qt;
            } else {
                delete qt;
            }
        }
        // Ours; English has one too, with the plural forms of the source texts ("1 file").
        auto *ours = new QTranslator(this);
        if (ours->load(kCataloguePrefix + code, kCatalogueDir)) {
            QCoreApplication::installTranslator(ours);
            m_ours = ours;
        } else {
            delete ours;
        }
    }
    if (changed)
        emit languageChanged(m_current);
    return m_current;
}

void LanguageManager::removeTranslators()
{
    for (QTranslator **t : {&m_ours, &m_qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
}
