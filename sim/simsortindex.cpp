#include "simsortindex.h"

#include "simdataset.h"
#include "simsortkeys.h"
#include "simtextsort.h"

#include <algorithm>
#include <numeric>
#include <tuple>

#include <malloc.h>

namespace {
constexpr quint32 kSlice = 16384; // rows read per shared-lock hold
// Built first: the fields the console offers most.
const int kFirst[] = {SimSortKeys::FileName, SimSortKeys::CustomerName, SimSortKeys::UserName, SimSortKeys::DateLastModified,
                      SimSortKeys::ContentLength, SimSortKeys::RecordingDuration, SimSortKeys::Type, SimSortKeys::AccountName};
} // namespace

SimSortIndex::SimSortIndex(const SimDataset &data, const SimSortKeys &keys)
    : m_data(data)
    , m_keys(keys)
    , m_state(SimSortKeys::FieldCount, Pending)
    , m_perm(SimSortKeys::FieldCount)
    , m_rank(SimSortKeys::FieldCount)
    , m_dirty(SimSortKeys::FieldCount)
    , m_readyMs(SimSortKeys::FieldCount, -1)
{
    m_state[SimSortKeys::DateCreated] = Ready; // files are in date order: the identity, never stored
    m_readyMs[SimSortKeys::DateCreated] = 0;
    for (int f : kFirst)
        m_queue.push_back(f);
    for (int f = 0; f < SimSortKeys::FieldCount; ++f) {
        if (f != SimSortKeys::DateCreated && std::find(std::begin(kFirst), std::end(kFirst), f) == std::end(kFirst))
            m_queue.push_back(f);
    }
    m_clock.start();
}

SimSortIndex::~SimSortIndex()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_cv.notify_all();
    for (std::thread &t : m_workers)
        t.join();
}

void SimSortIndex::start(int threads)
{
    if (m_started)
        return;
    m_started = true;
    m_clock.restart();
    for (int k = 0; k < std::max(1, threads); ++k)
        m_workers.emplace_back([this] { work(); });
}

void SimSortIndex::work()
{
    for (;;) {
        int field = -1;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            while (!m_queue.empty() && field < 0) {
                const int f = m_queue.front();
                m_queue.pop_front();
                if (m_state[size_t(f)] == Pending) {
                    m_state[size_t(f)] = Building;
                    field = f;
                }
            }
            if (m_stop)
                return;
        }
        if (field < 0)
            break;
        build(field);
    }
    if (allReadyMs() >= 0)
        ::malloc_trim(0); // give the build's transient keys back to the system
}

void SimSortIndex::build(int field)
{
    const quint32 n = m_data.fileCount();
    std::vector<quint32> perm;
    if (SimSortKeys::isText(field)) {
        std::vector<QString> keys(n);
        for (quint32 from = 0; from < n && !m_stop; from += kSlice) {
            const std::shared_lock<std::shared_mutex> lock(m_dataLock);
            for (quint32 i = from; i < std::min(n, from + kSlice); ++i)
                keys[i] = m_keys.text(field, i);
        }
        const bool fewDistinct = field == SimSortKeys::Transcription || field == SimSortKeys::AITranscription;
        perm = fewDistinct ? SimTextSort::sortInterned(keys, m_stop) : SimTextSort::sort(keys, m_stop);
    } else {
        std::vector<std::tuple<quint64, quint64, quint32>> keyed(n);
        for (quint32 from = 0; from < n && !m_stop; from += kSlice) {
            const std::shared_lock<std::shared_mutex> lock(m_dataLock);
            for (quint32 i = from; i < std::min(n, from + kSlice); ++i)
                keyed[i] = {m_keys.number(field, i), m_keys.number2(field, i), i};
        }
        if (m_stop)
            return;
        std::sort(keyed.begin(), keyed.end());
        perm.resize(n);
        for (quint32 k = 0; k < n; ++k)
            perm[k] = std::get<2>(keyed[k]);
    }
    if (m_stop)
        return;
    std::vector<quint32> rank(n);
    for (quint32 k = 0; k < n; ++k)
        rank[perm[k]] = k;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_perm[size_t(field)] = std::move(perm);
        m_rank[size_t(field)] = std::move(rank);
        m_state[size_t(field)] = Ready;
        m_readyMs[size_t(field)] = m_clock.elapsed();
    }
    m_cv.notify_all();
}

bool SimSortIndex::tryView(int field, View *view)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (m_state[size_t(field)] != Ready)
            return false;
    }
    applyDirty(field);
    *view = {&m_perm[size_t(field)], &m_rank[size_t(field)]};
    return true;
}

SimSortIndex::View SimSortIndex::view(int field)
{
    bool buildHere = false;
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        if (m_state[size_t(field)] == Pending) {
            m_state[size_t(field)] = Building;
            buildHere = true;
        } else {
            m_cv.wait(lock, [&] { return m_state[size_t(field)] == Ready; });
        }
    }
    if (buildHere)
        build(field);
    applyDirty(field);
    return {&m_perm[size_t(field)], &m_rank[size_t(field)]};
}

void SimSortIndex::waitAll()
{
    for (int f = 0; f < SimSortKeys::FieldCount; ++f)
        view(f);
}

qint64 SimSortIndex::readyMs(int field) const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_readyMs[size_t(field)];
}

qint64 SimSortIndex::allReadyMs() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    qint64 last = 0;
    for (qint64 ms : m_readyMs) {
        if (ms < 0)
            return -1;
        last = std::max(last, ms);
    }
    return last;
}

void SimSortIndex::fileChanged(quint32 file)
{
    for (int f = 0; f < SimSortKeys::FieldCount; ++f) {
        if (f == SimSortKeys::DateCreated)
            continue;
        bool ready = false;
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            ready = m_state[size_t(f)] == Ready;
            if (!ready)
                m_dirty[size_t(f)].push_back(file);
        }
        if (ready)
            fix(f, file);
    }
}

void SimSortIndex::applyDirty(int field)
{
    std::vector<quint32> dirty;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        dirty.swap(m_dirty[size_t(field)]);
    }
    for (quint32 file : dirty)
        fix(field, file);
}

// The permutation is sorted but for this one file: if it is out of order with a neighbour,
// rotate it to where its key now belongs; renumber the ranks in between.
void SimSortIndex::fix(int field, quint32 file)
{
    std::vector<quint32> &p = m_perm[size_t(field)];
    std::vector<quint32> &r = m_rank[size_t(field)];
    const auto less = [&](quint32 a, quint32 b) { return m_keys.less(field, a, b); };
    const auto at = p.begin() + qsizetype(r[file]);
    size_t from = size_t(at - p.begin());
    size_t to = from;
    if (at != p.begin() && !less(*(at - 1), file)) { // belongs further left
        const auto dest = std::lower_bound(p.begin(), at, file, less);
        std::rotate(dest, at, at + 1);
        to = size_t(dest - p.begin());
    } else if (at + 1 != p.end() && !less(file, *(at + 1))) { // belongs further right
        const auto dest = std::lower_bound(at + 1, p.end(), file, less);
        std::rotate(at, at + 1, dest);
        to = size_t(dest - p.begin()) - 1;
    }
    if (from > to)
        std::swap(from, to);
    for (size_t k = from; k <= to && from != to; ++k)
        r[p[k]] = quint32(k);
}
