#pragma once

#include <QElapsedTimer>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <shared_mutex>
#include <thread>
#include <vector>

class SimDataset;
class SimSortKeys;

// Per sort field, the files in key order (perm) and each file's position in it (rank). Built
// by worker threads from start-up on; a caller needing a field not built yet
// builds it itself (if no worker has taken it) or waits for the worker. A PATCH moves the one
// changed file in each built permutation (remove + insert); fields still being built note the
// file and fix it when first used. Workers read the dataset under a shared lock, in slices,
// so a PATCH (writeLock) waits at most one slice. All public calls but the lock are for the
// thread that owns the dataset (the event loop).
class SimSortIndex final
{
public:
    struct View
    {
        const std::vector<quint32> *perm = nullptr;
        const std::vector<quint32> *rank = nullptr;
    };

    SimSortIndex(const SimDataset &data, const SimSortKeys &keys);
    ~SimSortIndex();
    SimSortIndex(const SimSortIndex &) = delete;
    SimSortIndex &operator=(const SimSortIndex &) = delete;

    void start(int threads); // starts the background build (idempotent)
    bool tryView(int field, View *view); // false while not built; never blocks for long
    View view(int field);               // builds or waits
    void waitAll();
    qint64 readyMs(int field) const; // since start(); -1 if not built
    qint64 allReadyMs() const;       // since start(); -1 until every field is built

    std::unique_lock<std::shared_mutex> writeLock() { return std::unique_lock<std::shared_mutex>(m_dataLock); }
    void fileChanged(quint32 file); // after a PATCH, outside writeLock

private:
    enum State { Pending, Building, Ready };
    void work();
    void build(int field);
    void applyDirty(int field);
    void fix(int field, quint32 file);

    const SimDataset &m_data;
    const SimSortKeys &m_keys;
    std::shared_mutex m_dataLock;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::atomic<bool> m_stop{false};
    std::deque<int> m_queue;
    std::vector<State> m_state;
    std::vector<std::vector<quint32>> m_perm;
    std::vector<std::vector<quint32>> m_rank;
    std::vector<std::vector<quint32>> m_dirty;
    std::vector<qint64> m_readyMs;
    std::vector<std::thread> m_workers;
    QElapsedTimer m_clock;
    bool m_started = false;
};
