#pragma once

#include <QCoreApplication>
#include <QString>

// What an export covers, as the progress panel names it ("3 selected files", "all 1,204
// matching files"): kept as a kind and a count, so that the words follow a language switch.
struct ExportScope
{
    Q_DECLARE_TR_FUNCTIONS(ExportScope)

public:
    enum class Kind { Selection, AllMatching };

    Kind kind = Kind::AllMatching;
    qint64 count = -1;  // -1: not known yet

    // In the current language, with the count in the current locale.
    QString text() const;
};
