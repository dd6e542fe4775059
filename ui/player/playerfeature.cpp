#include "playerfeature.h"

#include "settings/consolesettings.h"
#include "models/filesmodel.h"
#include "files/filesview.h"
#include "player/mediacache.h"
#include "player/playbackcontroller.h"
#include "playeractions.h"
#include "playerbar.h"
#include "player/playerengine.h"
#include "playerkeyfilter.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>

PlayerFeature::PlayerFeature(ApiClient *client, ConsoleSettings *settings, FilesModel *model, FilesView *view,
                             QMainWindow *window)
    : QObject(window)
    , m_cache(new MediaCache(settings->cacheDirectory(), settings->cacheSizeLimit(), this))
    , m_engine(new PlayerEngine(client, m_cache, this))
    , m_controller(new PlaybackController(m_engine, model, settings, this))
    , m_actions(new PlayerActions(window))
    , m_keys(new PlayerKeyFilter(window, m_actions->bareKeyActions(), this))
    , m_bar(new PlayerBar(m_controller, m_actions, window))
{
    m_actions->connectTo(m_controller);
    m_actions->populate(window->menuBar());
    m_keys->addPlayerWidget(view);
    m_keys->addPlayerWidget(m_bar);
    connect(m_actions->clearCache, &QAction::triggered, m_cache, &MediaCache::clear);

    // The table's current row drives the player; the player's next/previous move the table.
    connect(view, &FilesView::currentFileChanged, m_controller, [this, view](const FileInfo &file) {
        m_controller->setCurrentRow(view->currentIndex().isValid() ? view->currentIndex().row() : -1, file);
    });
    connect(view, &QAbstractItemView::doubleClicked, m_controller, &PlaybackController::playCurrentFromStart);
    connect(m_controller, &PlaybackController::currentRowRequested, view, [view, model](int row) {
        int column = 0;
        if (view->currentIndex().isValid())
            column = view->currentIndex().column();
        const QModelIndex index = model->index(row, column);
        view->setCurrentIndex(index);
        view->scrollTo(index);
    });
}

PlayerFeature::~PlayerFeature()
{
    // The engine writes its partial download back to the cache when it stops: it goes first.
    delete m_controller;
    delete m_engine;
}

QList<QAction *> PlayerFeature::shortcutActions() const
{
    return m_actions->shortcutActions();
}
