#pragma once

#include "api/apierror.h"
#include "lookuppaging.h"
#include "api/lookupquery.h"

#include <QCollator>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <functional>

class ApiCall;
class ApiClient;

// What the lookup models (accounts, customers, users) share about loading their list: one
// request chain at a time (a new load cancels the old one), a generation that drops the answer of
// a superseded load, the error of the last load, and "loading" while a page is in flight.
// A model owns one as a member; the requests' callbacks are bound to it.
class LookupLoader final : public QObject
{
    Q_OBJECT
public:
    explicit LookupLoader(ApiClient *client);
    ~LookupLoader() override;   // cancels the request in flight

    // Reads every page with `call` (for example &ApiClient::listAccounts); when no newer load
    // started meanwhile, gives the items to apply() and emits loaded(), or emits failed().
    template<typename T>
    void load(const LookupQuery &query, const LookupPageCall<T> &call, std::function<void(const QList<T> &)> apply);

    bool isLoading() const { return !m_call.isNull(); }
    ApiError lastError() const { return m_error; }

signals:
    void loaded();
    void failed(const ApiError &error);

private:
    // Cancels the old chain and starts a new generation; 0 when there is no client.
    int begin();
    // Whether the answer of this generation still counts; if so, it is no longer loading.
    bool finish(int generation, const ApiError &error);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    int m_generation = 0;
    ApiError m_error;
};

template<typename T>
void LookupLoader::load(const LookupQuery &query, const LookupPageCall<T> &call,
                        std::function<void(const QList<T> &)> apply)
{
    const int generation = begin();
    if (generation == 0)
        return;
    fetchLookupPages<T>(m_client, query, this, &m_call, call,
                        [this, generation, apply](const QList<T> &items, const ApiError &error) {
                            if (!finish(generation, error))
                                return; // a newer load owns the model
                            if (error.isError()) {
                                emit failed(error);
                                return;
                            }
                            apply(items);
                            emit loaded();
                        });
}

// Checked ids as a model keeps them: no empty ones, each once, in the order given.
QStringList distinctLookupIds(const QStringList &ids);

// Lookup names sort as people read them: case-insensitive, "Account 2" before "Account 10".
QCollator lookupCollator();

// Sorts list (stable) by nameOf(item) with a lookupCollator(); pass one collator for many lists.
template<typename T, typename Name>
void sortByLookupName(QList<T> &list, Name nameOf, const QCollator &collator = lookupCollator())
{
    std::stable_sort(list.begin(), list.end(),
                     [&](const T &a, const T &b) { return collator.compare(nameOf(a), nameOf(b)) < 0; });
}

// Tooltips are shown as rich text when they look like markup: server text is escaped inside a
// pre-formatted paragraph so that it always reads literally.
QString lookupToolTip(const QString &text);
