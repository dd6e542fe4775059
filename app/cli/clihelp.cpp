#include "clihelp.h"

#include <QCoreApplication>

namespace {
constexpr int kMaxColumn = 30;

QString optionNames(const QCommandLineOption &option)
{
    QString shortName;
    QString longName;
    for (const QString &name : option.names()) {
        if (name.size() == 1)
            shortName = QLatin1Char('-') + name;
        else if (longName.isEmpty())
            longName = QStringLiteral("--") + name;
    }
    if (!option.valueName().isEmpty())
        longName += QLatin1Char('=') + option.valueName();
    if (shortName.isEmpty())
        return QStringLiteral("      ") + longName;
    return QStringLiteral("  ") + shortName + (longName.isEmpty() ? QString() : QStringLiteral(", ") + longName);
}
} // namespace

QCommandLineOption CliHelp::helpOption()
{
    return QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")},
                              QCoreApplication::translate("CliHelp", "Show this help and exit."));
}

QString CliHelp::text(const QString &usage, const QString &description, const QList<QCommandLineOption> &options)
{
    QString out = QCoreApplication::translate("CliHelp", "Usage: %1").arg(usage) + QLatin1Char('\n');
    if (!description.isEmpty())
        out += description + QLatin1Char('\n');
    out += QLatin1Char('\n') + QCoreApplication::translate("CliHelp", "Options:") + QLatin1Char('\n');
    int width = 0;
    for (const QCommandLineOption &o : options)
        width = qMax(width, int(optionNames(o).size()));
    width = qMin(width, kMaxColumn);
    for (const QCommandLineOption &o : options) {
        const QString names = optionNames(o);
        out += names;
        if (names.size() > width)
            out += QLatin1Char('\n') + QString(width, QLatin1Char(' '));
        else
            out += QString(width - names.size(), QLatin1Char(' '));
        out += QStringLiteral("  ") + o.description() + QLatin1Char('\n');
    }
    return out;
}
