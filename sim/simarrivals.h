#pragma once

#include "simresponse.h"

#include <QString>

class SimDataset;
struct SimRequest;

// Files arriving while a client pages (race tests): the simulator started with --arriving N
// holds N newest files back; POST /__sim/add-files {"count":K} lets the next K of them in (they
// are the newest of all, so in a DateCreated-descending walk they push the later pages down by K)
// and answers {"added":K,"ids":[...],"hidden":LEFT}; GET /__sim/add-files answers {"hidden":LEFT}.
// Combined with /__sim/hold and /__sim/release, a test adds them exactly between two pages.
class SimArrivals final
{
public:
    explicit SimArrivals(SimDataset &data);

    static bool isControlPath(const QString &path);
    SimResponse control(const SimRequest &request);

private:
    SimDataset &m_data;
};
