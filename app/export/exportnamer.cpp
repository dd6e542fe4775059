#include "exportnamer.h"

#include "filenamesanitizer.h"

ExportNamer::ExportNamer(const NameTemplate &nameTemplate, ExportOptions::Subfolders subfolders)
    : m_template(nameTemplate)
    , m_subfolders(subfolders)
{
}

QString ExportNamer::subfolder(const FileInfo &file) const
{
    switch (m_subfolders) {
    case ExportOptions::Subfolders::None:
        return {};
    case ExportOptions::Subfolders::Account: {
        const QString name = file.accountName().isEmpty() ? file.accountId() : file.accountName();
        return FileNameSanitizer::component(name, QStringLiteral("no account"));
    }
    case ExportOptions::Subfolders::Customer: {
        const QString name = file.customerName().isEmpty() ? file.customerId() : file.customerName();
        return FileNameSanitizer::component(name, QStringLiteral("no customer"));
    }
    case ExportOptions::Subfolders::Date: {
        const QDateTime dt = file.dateCreated().toUTC();
        return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-dd")) : QStringLiteral("no date");
    }
    }
    return {};
}

void ExportNamer::reserve(const QString &id, const QString &path)
{
    m_byId.insert(id, path);
    m_taken.insert(path.toCaseFolded());
    m_taken.insert(path.toCaseFolded() + QLatin1String(".part"));
}

QString ExportNamer::pathFor(const FileInfo &file)
{
    const QString id = file.id();
    const auto known = m_byId.constFind(id);
    if (!id.isEmpty() && known != m_byId.constEnd())
        return known.value();
    QString rel = m_template.isValid() ? m_template.render(file) : FileNameSanitizer::component(id);
    const QString folder = subfolder(file);
    if (!folder.isEmpty())
        rel = folder + QLatin1Char('/') + rel;
    const QString candidate = unique(rel);
    if (!id.isEmpty())
        m_byId.insert(id, candidate);
    return candidate;
}

QString ExportNamer::siblingPath(const QString &path, const QString &extension)
{
    const int slash = path.lastIndexOf(QLatin1Char('/'));
    const int dot = path.lastIndexOf(QLatin1Char('.'));
    const QString stem = dot > slash + 1 ? path.left(dot) : path;
    const QString name = FileNameSanitizer::component(stem.mid(slash + 1) + QLatin1Char('.') + extension);
    return unique((slash >= 0 ? path.left(slash + 1) : QString()) + name);
}

QString ExportNamer::unique(const QString &rel)
{
    // Also reserved: our own bookkeeping names in the top folder.
    static const QStringList ours{QStringLiteral("manifest.csv"), QStringLiteral("files.csv"),
                                  QStringLiteral("files.json")};
    QString candidate = rel;
    const int slash = rel.lastIndexOf(QLatin1Char('/'));
    const QString dir = slash >= 0 ? rel.left(slash + 1) : QString();
    const QString name = rel.mid(slash + 1);
    // A short tail is the extension (as FileNameSanitizer keeps one); a long one is part of the
    // stem, so that the suffix always fits in 255 bytes (found by fuzz_export_name).
    const int dot = name.lastIndexOf(QLatin1Char('.'));
    const bool hasExt = dot > 0 && name.size() - dot <= 16;
    const QString stem = hasExt ? name.left(dot) : name;
    const QString ext = hasExt ? name.mid(dot) : QString();
    // A taken name also blocks its partial name (name + ".part") and the other way round.
    auto taken = [this](const QString &c) -> bool {
        const QString folded = c.toCaseFolded();
        return m_taken.contains(folded) || m_taken.contains(folded + QLatin1String(".part")) || ours.contains(folded);
    };
    for (int n = 2; taken(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        const QString cut = FileNameSanitizer::truncateUtf8(stem, FileNameSanitizer::kMaxComponentBytes
                                                                      - suffix.toUtf8().size() - ext.toUtf8().size());
        candidate = dir + cut + suffix + ext;
    }
    m_taken.insert(candidate.toCaseFolded());
    m_taken.insert(candidate.toCaseFolded() + QLatin1String(".part"));
    return candidate;
}
