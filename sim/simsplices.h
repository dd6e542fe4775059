#pragma once

#include "simresponse.h"

#include <QByteArray>
#include <QList>
#include <QString>

struct SimRequest;

// Raw bytes spliced into the API's JSON answers, for tests of a client that must pass on what it
// does not understand (fields it does not know, escapes it would write differently):
// POST /__sim/splice {"path":"/files","after":"\"id\":\"X\"","insert":",\"extra\":1","count":-1}
// inserts `insert` after (or, with "before" instead of "after", before) each occurrence of the
// mark in the JSON body of every 2xx answer to a
// request whose path starts with `path`, for the next `count` answers (-1 = until cleared).
// DELETE /__sim/splice clears them. The caller keeps the result valid JSON.
class SimSplices final
{
public:
    static bool isControlPath(const QString &path);
    SimResponse control(const SimRequest &request);
    // Applies the matching splices to response (an answer to request).
    void apply(const SimRequest &request, SimResponse &response);

private:
    struct Splice
    {
        QString path;
        QByteArray after;
        QByteArray before;
        QByteArray insert;
        int count = -1;
    };
    QList<Splice> m_splices;
};
