#pragma once

#include "simresponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

struct SimRequest;

// Requests held until a test releases them, so that a race is made to happen instead of hoped
// for: POST /__sim/hold {"path","method","origin","count"} holds the next `count` matching
// requests (logged at once, answered only on release); GET /__sim/held lists those waiting;
// POST /__sim/release {"id"} / {"path"} / {} answers one, the matching ones or all, in arrival
// order; DELETE /__sim/hold forgets the hold specs and releases everything.
class SimHolds final
{
public:
    // Handles the three control routes above; nullopt-like 404 for anything else.
    SimResponse control(const SimRequest &request);
    static bool isControlPath(const QString &path);

    // When a hold matches, keeps resume (called on release) and returns true. alive() says
    // whether the client is still connected (GET /__sim/held shows it).
    bool take(const SimRequest &request, qint64 logId, std::function<void()> resume, std::function<bool()> alive);

    int heldCount() const { return int(m_held.size()); }

private:
    struct Spec
    {
        QString path;
        QString method;
        QString origin;
        int count = 1;
    };
    struct Held
    {
        qint64 id = 0;
        QString origin;
        QString method;
        QString path;
        QString query;
        std::function<void()> resume;
        std::function<bool()> alive;
    };
    bool addSpec(const QJsonObject &spec, QString *error);
    int release(const QJsonObject &which);
    QJsonArray heldJson() const;

    QList<Spec> m_specs;
    QList<Held> m_held;
};
