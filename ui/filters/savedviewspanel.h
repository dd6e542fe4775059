#pragma once

#include "api/filequery.h"
#include "settings/savedviews.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Named views (save the current filters, apply, delete) and links (copy the current filters as
// FileQuery::toText() to the clipboard; open a pasted one). It never changes filters itself: it
// asks with queryRequested(). A link that cannot be read is reported inline and kept for fixing.
class SavedViewsPanel final : public QWidget
{
    Q_OBJECT
public:
    SavedViewsPanel(std::function<FileQuery()> currentQuery, QWidget *parent = nullptr);

    bool saveCurrent(const QString &name);
    bool applyView(const QString &name);
    bool deleteView(const QString &name);
    QString copyLink();                 // returns the text put on the clipboard
    bool openLink(const QString &text);
    QString errorText() const;
    QStringList names() const { return m_views.names(); }
    QComboBox *viewBox() const { return m_names; }
    QLineEdit *linkField() const { return m_link; }

signals:
    void queryRequested(const FileQuery &query);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshNames(const QString &select = {});
    void showMessage(const QString &text, bool error);

    std::function<FileQuery()> m_currentQuery;
    SavedViews m_views;
    QComboBox *m_names;
    QPushButton *m_apply;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLineEdit *m_link;
    QLabel *m_message;
    QPushButton *m_copyLink = nullptr;
    QPushButton *m_openLink = nullptr;
    bool m_messageIsError = false;
};
