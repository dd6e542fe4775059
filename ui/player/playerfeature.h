#pragma once

#include <QList>
#include <QObject>

class ApiClient;
class ConsoleSettings;
class FilesModel;
class FilesView;
class MediaCache;
class PlaybackController;
class PlayerActions;
class PlayerBar;
class PlayerEngine;
class PlayerKeyFilter;
class QAction;
class QMainWindow;

// The player put together for the window: the media cache, the engine, the controller that
// follows the files table, the actions (Playback menu, keys) and the bar. The window only
// creates it, places bar() and asks for shortcutActions() for F1.
class PlayerFeature final : public QObject
{
    Q_OBJECT
public:
    PlayerFeature(ApiClient *client, ConsoleSettings *settings, FilesModel *model, FilesView *view,
                  QMainWindow *window);
    ~PlayerFeature() override;

    PlayerBar *bar() const { return m_bar; }
    PlayerEngine *engine() const { return m_engine; }
    PlaybackController *controller() const { return m_controller; }
    PlayerActions *actions() const { return m_actions; }
    MediaCache *cache() const { return m_cache; }
    QList<QAction *> shortcutActions() const;

private:
    MediaCache *m_cache;
    PlayerEngine *m_engine;
    PlaybackController *m_controller;
    PlayerActions *m_actions;
    PlayerKeyFilter *m_keys;
    PlayerBar *m_bar;
};
