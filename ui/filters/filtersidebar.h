#pragma once

#include "api/filequery.h"

#include <QTimer>
#include <QWidget>

class AccountsModel;
class ApiClient;
class ApiError;
class CheckListPicker;
class CollapsibleSection;
class CustomerTreeModel;
class DateRangeEdit;
class IdListEdit;
class QCheckBox;
class QGroupBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class SavedViewsPanel;
class TypeCombo;
class UserPicker;
class UsersModel;

// The filter sidebar: edits a FileQuery (every ListFiles filter, page size and simplified paging)
// and announces it with queryChanged(), debounced after edits, at once on Enter and Reset.
// It knows nothing of the files table; the window connects queryChanged to the model.
class FilterSidebar final : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 400;

    FilterSidebar(ApiClient *client, QWidget *parent = nullptr);
    ~FilterSidebar() override;

    void reload();                                  // accounts, customers, users (after sign-in)
    void setQuery(const FileQuery &query);          // no signal
    FileQuery query() const;
    void focusFilters();
    void filterByCustomer(const QString &customerId, const QString &name);

    void applyNow();                                // Enter: emit at once (when valid)
    void reset();                                   // clear every filter, emit at once
    bool isQueryValid() const;
    QString validationText() const;

    // The parts, for the window's keyboard shortcuts and for tests.
    AccountsModel *accountsModel() const { return m_accountsModel; }
    CustomerTreeModel *customerModel() const { return m_customerModel; }
    UsersModel *usersModel() const { return m_usersModel; }
    CheckListPicker *accountPicker() const { return m_accountPicker; }
    CheckListPicker *customerPicker() const { return m_customerPicker; }
    UserPicker *userPicker() const { return m_userPicker; }
    TypeCombo *typeCombo() const { return m_type; }
    DateRangeEdit *dateRange() const { return m_dates; }
    QLineEdit *fileNameField() const { return m_fileName; }
    QComboBox *contentTypeField() const { return m_contentType; }
    QLineEdit *sessionIdField() const { return m_sessionId; }
    QLineEdit *transcriptionField() const { return m_transcription; }
    IdListEdit *specificIdsField() const { return m_ids; }
    QSpinBox *pageSizeField() const { return m_pageSize; }
    QCheckBox *simplifiedPagingField() const { return m_simplified; }
    CollapsibleSection *moreSection() const { return m_more; }
    CollapsibleSection *advancedSection() const { return m_advanced; }
    CollapsibleSection *viewsSection() const { return m_viewsSection; }
    QScrollArea *scrollArea() const { return m_scroll; }
    SavedViewsPanel *savedViews() const { return m_views; }
    QLabel *titleLabel() const { return m_title; }
    QPushButton *resetButton() const { return m_reset; }

signals:
    void queryChanged(const FileQuery &query);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void buildUi();
    void onEdited();
    void onDebounceTimeout();
    void emitQuery();
    void updateHeader();
    void loadCustomers();
    void loadUsers();
    void watchEnter(QWidget *widget);

    ApiClient *m_client;
    AccountsModel *m_accountsModel;
    CustomerTreeModel *m_customerModel;
    UsersModel *m_usersModel;

    QLabel *m_title = nullptr;
    QGroupBox *m_searchBox = nullptr;
    QGroupBox *m_kindBox = nullptr;
    QGroupBox *m_ownerBox = nullptr;
    QPushButton *m_reset = nullptr;
    QLineEdit *m_fileName = nullptr;
    QLineEdit *m_transcription = nullptr;
    TypeCombo *m_type = nullptr;
    DateRangeEdit *m_dates = nullptr;
    CheckListPicker *m_accountPicker = nullptr;
    CheckListPicker *m_customerPicker = nullptr;
    UserPicker *m_userPicker = nullptr;
    QComboBox *m_contentType = nullptr;
    QLineEdit *m_sessionId = nullptr;
    IdListEdit *m_ids = nullptr;
    QSpinBox *m_pageSize = nullptr;
    QCheckBox *m_simplified = nullptr;
    QScrollArea *m_scroll = nullptr;
    CollapsibleSection *m_more = nullptr;
    CollapsibleSection *m_advanced = nullptr;
    CollapsibleSection *m_viewsSection = nullptr;
    SavedViewsPanel *m_views = nullptr;

    QTimer m_debounce;
    FileQuery m_base;            // what setQuery() gave: page and sort pass through untouched
    FileQuery m_lastEmitted;
    bool m_updating = false;
    QStringList m_customerAccounts;   // the accountIds the customers were last loaded for
    bool m_customersLoadedOnce = false;
};
