#pragma once

// Reading evovoice-sim's request log and pages the way the model and view suites check them.
#include <QJsonObject>
#include <QList>
#include <QStringList>

class SimProcess;

// The simulator's logged "GET /files" requests (ListFiles), oldest first.
QList<QJsonObject> fileListRequests(SimProcess &sim);

// A query parameter of one logged request, its name compared case-insensitively.
QString queryValue(const QJsonObject &request, const QString &name);

// The ids of one page as the simulator serves it to a plain signed-in request.
QStringList rawPageIds(SimProcess &sim, const QByteArray &token, int page, int countPerPage);
