#pragma once

#include "links/consolelink.h"
#include "api/fileinfo.h"

#include <QObject>
#include <QPointer>

class ApiClient;
class ConsoleSettings;
class FileLinkSelector;
class MainWindow;

// The window's side of shareable links: "Copy link to this file" (the server, the table's
// filter and sort, the file's id, as an evovoice: URL on the clipboard) and opening a link that
// arrived (the filter into the sidebar and the table, then FileLinkSelector for its file).
class WindowLinks final : public QObject
{
    Q_OBJECT
public:
    WindowLinks(MainWindow *window, ApiClient *client, ConsoleSettings *settings);
    ~WindowLinks() override;

    ConsoleLink linkToFile(const FileInfo &file) const;
    void copyLinkToFile(const FileInfo &file);
    // Applies the link's filter (page size and paging from Preferences unless the link sets
    // them) and selects its file. The server is the shell's concern.
    void open(const ConsoleLink &link);

signals:
    void opened(const QString &fileId, bool selected, const QString &message);

private:
    MainWindow *m_window;
    ApiClient *m_client;
    ConsoleSettings *m_settings;
    QPointer<FileLinkSelector> m_selector;
};
