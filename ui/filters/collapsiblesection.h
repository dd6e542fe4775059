#pragma once

#include <QWidget>

class QToolButton;

// A titled section whose content folds away behind its header button (the sidebar's "More filters",
// "Advanced" and "Saved views and links").
class CollapsibleSection final : public QWidget
{
    Q_OBJECT
public:
    CollapsibleSection(const QString &title, QWidget *content, QWidget *parent = nullptr);

    bool isExpanded() const;
    void setExpanded(bool expanded);
    void setTitle(const QString &title);
    QToolButton *headerButton() const { return m_header; }

private:
    QToolButton *m_header;
    QWidget *m_content;
};
