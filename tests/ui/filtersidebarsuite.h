#pragma once

// What the FilterSidebar suites share: a real evovoice-sim, a signed-in client, settings in a
// private directory, a sidebar with its lookups loaded, and the query the server received.
#include "api/filequery.h"
#include "simprocess.h"

#include <QObject>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <memory>

class ApiClient;
class FilterSidebar;
class QSignalSpy;

class FilterSidebarSuite : public QObject
{
protected:
    // Settings in m_settingsDir, the simulator with 600 files, m_client signed in as the manager.
    bool startSuite(QString *error);
    bool signIn(ApiClient *client, const QString &user);
    std::unique_ptr<FilterSidebar> makeSidebar(ApiClient *client);
    // Runs the query through the real client and returns the query string the simulator received.
    QUrlQuery sentQuery(const FileQuery &query, ApiClient *client = nullptr);
    static FileQuery waitForQuery(QSignalSpy &spy, int count = 1);
    static QString param(const QUrlQuery &q, const QString &name);

    SimProcess m_sim;
    ApiClient *m_client = nullptr;
    QTemporaryDir m_settingsDir;
};
