#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

// A searchable list or tree of checkable items (accounts, customers). The model owns the checked
// state; this widget only shows it and lets the user toggle items (click or Space). The search
// keeps the ancestors of matching rows visible.
class CheckListPicker final : public QWidget
{
    Q_OBJECT
public:
    CheckListPicker(QAbstractItemModel *model, int searchRole, QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    void setStatusText(const QString &text);     // "Loading…", an error, or empty
    void setSummary(int checkedCount);
    QLineEdit *searchField() const { return m_search; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

private:
    void applySearch(const QString &text);

    QLineEdit *m_search;
    QTreeView *m_view;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_status;
};
