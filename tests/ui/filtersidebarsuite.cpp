#include "filtersidebarsuite.h"

#include "models/accountsmodel.h"
#include "api/apiclient.h"
#include "apiwait.h"
#include "models/customertreemodel.h"
#include "filters/filtersidebar.h"
#include "signedinclient.h"
#include "models/usersmodel.h"

#include <QDebug>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

bool FilterSidebarSuite::startSuite(QString *error)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("EvoVoiceTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_filtersidebar"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    if (!m_sim.start({QStringLiteral("--files"), QStringLiteral("600")})) {
        *error = m_sim.errorString();
        return false;
    }
    m_client = new ApiClient(this);
    return signInToSim(*m_client, m_sim, QStringLiteral("manager@example.com"), this, error);
}

bool FilterSidebarSuite::signIn(ApiClient *client, const QString &user)
{
    QString error;
    if (signInToSim(*client, m_sim, user, this, &error))
        return true;
    qWarning() << error;
    return false;
}

std::unique_ptr<FilterSidebar> FilterSidebarSuite::makeSidebar(ApiClient *client)
{
    auto sidebar = std::make_unique<FilterSidebar>(client);
    sidebar->resize(320, 760);
    sidebar->reload();
    const bool ok = QTest::qWaitFor([&] {
        return !sidebar->accountsModel()->isLoading() && !sidebar->customerModel()->isLoading()
            && !sidebar->usersModel()->isLoading();
    }, 20000);
    if (!ok)
        qWarning() << "lookups did not finish";
    return sidebar;
}

QUrlQuery FilterSidebarSuite::sentQuery(const FileQuery &query, ApiClient *client)
{
    m_sim.clearRequests();
    ApiClient *c = client ? client : m_client;
    const auto result = waitFor<ListPage<FileInfo>>([&](auto cb) { c->listFiles(query, this, cb); });
    if (!result)
        return {};
    if (!result->ok())
        qWarning() << "listFiles failed:" << result->error.userText();
    const QJsonArray requests = m_sim.requests(QStringLiteral("api"), QStringLiteral("/files"));
    for (int i = int(requests.size()) - 1; i >= 0; --i) {
        const QJsonObject o = requests.at(i).toObject();
        if (o.value(QStringLiteral("method")).toString() == QLatin1String("GET"))
            return QUrlQuery(o.value(QStringLiteral("query")).toString());
    }
    return {};
}

FileQuery FilterSidebarSuite::waitForQuery(QSignalSpy &spy, int count)
{
    if (!QTest::qWaitFor([&] { return spy.count() >= count; }, 5000))
        return {};
    return spy.at(count - 1).at(0).value<FileQuery>();
}

QString FilterSidebarSuite::param(const QUrlQuery &q, const QString &name)
{
    return q.queryItemValue(name, QUrl::FullyDecoded);
}
