#include "exportoptions.h"

#include "settings/consolesettings.h"
#include "nametemplate.h"

#include <QCoreApplication>


QString ExportOptions::validate() const
{
    if (metadataFormat == MetadataFormat::None && !media && !transcripts)
        return tr("Choose what to export: the metadata, the transcripts or the media files.");
    if (source == Source::Files && files.isEmpty())
        return tr("No files are selected.");
    if (source == Source::Ids && ids.isEmpty())
        return tr("No file IDs were given.");
    if (source == Source::QueryRows && rows.isEmpty())
        return tr("No rows are selected.");
    if ((media || transcripts) && folder.trimmed().isEmpty())
        return tr("Choose a folder for the files.");
    if (metadataFormat != MetadataFormat::None && metadataPath.trimmed().isEmpty() && folder.trimmed().isEmpty())
        return tr("Choose where the metadata file goes.");
    if (media || transcripts) {
        const NameTemplate t(nameTemplate.isEmpty() ? ConsoleSettings::defaultNameTemplate() : nameTemplate);
        if (!t.isValid())
            return t.errorString();
    }
    return {};
}
