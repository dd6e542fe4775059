#pragma once

#include "api/fileinfo.h"
#include "models/filesmodel.h"

#include <QPointer>
#include <QTimer>
#include <QTreeView>

class FilesHeaderMenu;
class QAction;

// The files table: a flat QTreeView with uniform row heights over FilesModel (cheap on a
// 1,000,000-row result: no per-row sizing, no resize-to-contents). It reports the rows it shows
// to the model (FilesModel::setVisibleRange, and visibleRangeChanged) so that the model fetches
// those pages; while the scroll bar is dragged, only where it stops (60 ms still) is reported.
// Clicking a header sorts on the server; columns the server cannot sort keep the old sort.
// J/K move down/up like the arrows; Home/End jump to the ends; the header's context menu (or
// columnsAction(), Ctrl+Shift+H) chooses the columns. Cell text is always plain text.
class FilesView final : public QTreeView
{
    Q_OBJECT
public:
    static constexpr int kDragDebounceMs = 60;
    static constexpr quint32 kStateMagic = 0x45564656;  // "EVFV"
    static constexpr quint8 kStateVersion = 1;

    explicit FilesView(QWidget *parent = nullptr);
    ~FilesView() override;

    void setFilesModel(FilesModel *model);
    FilesModel *filesModel() const { return m_model; }

    // Columns (visibility, order, widths) and sort, versioned.
    QByteArray saveState() const;
    bool restoreState(const QByteArray &state);
    void resetColumns();

    QAction *columnsAction() const { return m_columnsAction; }
    void showColumnsMenu(const QPoint &globalPos);
    FilesHeaderMenu *createColumnsMenu(QWidget *parent);  // caller owns it

    FileInfo currentFile() const;
    // The selection as row ranges of the model's query: rows not loaded yet (a Shift+click across
    // 50,000 rows) count as well, so an export fetches them. Sorted and merged.
    QList<FileRowRange> selectedRowRanges() const;
    FilesSelection selectedFiles() const;
    int selectedCount() const { return m_selectedCount; }
    // Every row is selected and they are every file the query matches.
    bool isAllSelected() const;
    // The rows on screen now (-1, -1 when none).
    QPair<int, int> visibleRows() const;
    // The tooltip markup for a plain-text value: escaped, so nothing in it is interpreted.
    static QString toolTipMarkup(const QString &plainText);
    // Type-ahead search is off: it would scan every row, placeholders included.
    void keyboardSearch(const QString &search) override;

signals:
    void currentFileChanged(const FileInfo &file);
    void visibleRangeChanged(int first, int last);
    // How many rows are selected changed (also to 0 when a new query clears the selection).
    void selectedCountChanged(int count);

public slots:
    void reset() override;
    // Ctrl+A: one range over every row (QTreeView's walks its row items and, with the first
    // column hidden, selects nothing).
    void selectAll() override;

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = QList<int>()) override;
    void selectionChanged(const QItemSelection &selected, const QItemSelection &deselected) override;

private:
    void retranslate();
    void scheduleRangeUpdate(int delayMs);
    void reportVisibleRange();
    void onSortIndicatorChanged(int section, Qt::SortOrder order);
    void syncSortIndicator();
    void updateCurrentFile();
    bool applyState(const QByteArray &state);
    void updatePlaceholderColumn();
    void updateSelectedCount();

    QPointer<FilesModel> m_model;
    QAction *m_columnsAction = nullptr;
    QTimer m_rangeTimer;
    QPair<int, int> m_lastRange{-1, -1};
    QByteArray m_pendingState;
    QString m_currentId;
    int m_currentRow = -1;
    int m_selectedCount = 0;
    bool m_syncingSort = false;
};
