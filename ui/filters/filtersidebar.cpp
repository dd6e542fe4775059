#include "filtersidebar.h"

#include "models/accountsmodel.h"
#include "api/apiclient.h"
#include "checklistpicker.h"
#include "collapsiblesection.h"
#include "models/customertreemodel.h"
#include "daterangeedit.h"
#include "idlistedit.h"
#include "savedviewspanel.h"
#include "typecombo.h"
#include "userpicker.h"
#include "models/usersmodel.h"

#include <QEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QCompleter>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
// A form row whose label text retranslate() sets (QFormLayout makes no label for an empty text).
void addLabeledRow(QFormLayout *form, QWidget *field)
{
    auto *label = new QLabel(field->parentWidget());
    label->setBuddy(field);
    form->addRow(label, field);
}

// The label of a row made by addLabeledRow().
void setRowLabel(QWidget *field, const QString &text)
{
    auto *form = field->parentWidget() ? qobject_cast<QFormLayout *>(field->parentWidget()->layout()) : nullptr;
    if (auto *label = form ? qobject_cast<QLabel *>(form->labelForField(field)) : nullptr)
        label->setText(text);
}

QFormLayout *sectionForm(QGroupBox *box)
{
    auto *form = new QFormLayout(box);
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);   // labels above fields: the sidebar is narrow
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(6, 6, 6, 6);
    form->setVerticalSpacing(4);
    return form;
}
} // namespace

FilterSidebar::FilterSidebar(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_accountsModel(new AccountsModel(client, this))
    , m_customerModel(new CustomerTreeModel(client, this))
    , m_usersModel(new UsersModel(client, this))
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &FilterSidebar::onDebounceTimeout);
    buildUi();

    connect(m_accountsModel, &AccountsModel::checkedIdsChanged, this, [this] {
        loadCustomers();   // customers (and agents) of the chosen accounts only
        loadUsers();
        onEdited();
    });
    connect(m_customerModel, &CustomerTreeModel::checkedIdsChanged, this, &FilterSidebar::onEdited);
    connect(m_accountsModel, &AccountsModel::loaded, this, [this] { m_accountPicker->setStatusText({}); });
    connect(m_accountsModel, &AccountsModel::loadFailed, this,
            [this](const ApiError &e) { m_accountPicker->setStatusText(e.userText()); });
    connect(m_customerModel, &CustomerTreeModel::loaded, this, [this] {
        m_customerPicker->setStatusText(m_customerModel->customerCount() == 0 ? tr("No customers.") : QString());
    });
    connect(m_customerModel, &CustomerTreeModel::loadFailed, this,
            [this](const ApiError &e) { m_customerPicker->setStatusText(e.userText()); });
    connect(m_usersModel, &UsersModel::loaded, this, [this] { m_userPicker->setFreeTextMode(false); });
    connect(m_usersModel, &UsersModel::loadFailed, this, [this](const ApiError &) {
        m_userPicker->setFreeTextMode(true);   // 403 for the Customer role: a typed id still filters
    });
    m_lastEmitted = query();
    updateHeader();
}

FilterSidebar::~FilterSidebar() = default;

void FilterSidebar::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(6, 4, 6, 4);
    m_title = new QLabel(this);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_reset = new QPushButton(this);
    m_reset->setAutoDefault(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_reset);
    outer->addLayout(header);

    // Every section stays reachable however short the window: the column scrolls. The content
    // never shrinks below what its sections need (they would overlap and cut the last one off);
    // the scroll area takes the width, the column takes the height it needs.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("filterScrollArea"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    outer->addWidget(m_scroll, 1);
    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("filterColumn"));
    content->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    auto *column = new QVBoxLayout(content);
    column->setSizeConstraint(QLayout::SetMinAndMaxSize);
    column->setContentsMargins(4, 0, 4, 4);
    column->setSpacing(6);

    // Search
    auto *search = m_searchBox = new QGroupBox(content);
    auto *searchForm = sectionForm(search);
    m_fileName = new QLineEdit(search);
    addLabeledRow(searchForm, m_fileName);
    m_transcription = new QLineEdit(search);
    addLabeledRow(searchForm, m_transcription);
    column->addWidget(search);

    // Type and date
    auto *kind = m_kindBox = new QGroupBox(content);
    auto *kindForm = sectionForm(kind);
    m_type = new TypeCombo(kind);
    addLabeledRow(kindForm, m_type);
    m_dates = new DateRangeEdit(kind);
    addLabeledRow(kindForm, m_dates);
    column->addWidget(kind);

    // Ownership
    auto *owner = m_ownerBox = new QGroupBox(content);
    auto *ownerForm = sectionForm(owner);
    m_accountPicker = new CheckListPicker(m_accountsModel, AccountsModel::SearchRole, owner);
    addLabeledRow(ownerForm, m_accountPicker);
    m_customerPicker = new CheckListPicker(m_customerModel, CustomerTreeModel::SearchRole, owner);
    addLabeledRow(ownerForm, m_customerPicker);
    m_userPicker = new UserPicker(m_usersModel, owner);
    addLabeledRow(ownerForm, m_userPicker);
    column->addWidget(owner);

    // More filters (expanded), Advanced and Saved views (collapsed): the column stays short.
    auto *more = new QGroupBox;
    auto *moreForm = sectionForm(more);
    m_contentType = new QComboBox(more);
    m_contentType->setEditable(true);
    m_contentType->setInsertPolicy(QComboBox::NoInsert);
    m_contentType->addItems({QString(), QStringLiteral("audio/wav"), QStringLiteral("audio/mpeg"),
                             QStringLiteral("application/pdf"), QStringLiteral("image/"), QStringLiteral("text/plain")});
    m_contentType->lineEdit()->setClearButtonEnabled(true);
    m_contentType->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_contentType->completer()->setFilterMode(Qt::MatchContains);
    addLabeledRow(moreForm, m_contentType);
    m_sessionId = new QLineEdit(more);
    addLabeledRow(moreForm, m_sessionId);
    m_ids = new IdListEdit(more);
    addLabeledRow(moreForm, m_ids);
    m_more = new CollapsibleSection(QString(), more, content);
    m_more->setExpanded(true);
    column->addWidget(m_more);

    auto *advanced = new QWidget;
    auto *advancedForm = new QFormLayout(advanced);
    advancedForm->setContentsMargins(12, 0, 0, 0);
    m_pageSize = new QSpinBox(advanced);
    m_pageSize->setRange(1, 1000);
    m_pageSize->setValue(FileQuery().countPerPage);
    addLabeledRow(advancedForm, m_pageSize);
    m_simplified = new QCheckBox(advanced);
    advancedForm->addRow(m_simplified);
    m_advanced = new CollapsibleSection(QString(), advanced, content);
    column->addWidget(m_advanced);

    // Saved views and links
    auto *views = new QGroupBox;
    auto *viewsLayout = new QVBoxLayout(views);
    viewsLayout->setContentsMargins(6, 6, 6, 6);
    m_views = new SavedViewsPanel([this] { return query(); }, views);
    viewsLayout->addWidget(m_views);
    m_viewsSection = new CollapsibleSection(QString(), views, content);
    column->addWidget(m_viewsSection);
    column->addStretch(1);
    m_scroll->setWidget(content);
    setMinimumWidth(240);
    retranslate();

    // Edits restart the pause; Enter applies at once.
    connect(m_fileName, &QLineEdit::textChanged, this, &FilterSidebar::onEdited);
    connect(m_transcription, &QLineEdit::textChanged, this, &FilterSidebar::onEdited);
    connect(m_sessionId, &QLineEdit::textChanged, this, &FilterSidebar::onEdited);
    connect(m_contentType, &QComboBox::editTextChanged, this, &FilterSidebar::onEdited);
    connect(m_type, &TypeCombo::typeEdited, this, &FilterSidebar::onEdited);
    connect(m_dates, &DateRangeEdit::rangeEdited, this, &FilterSidebar::onEdited);
    connect(m_userPicker, &UserPicker::userEdited, this, &FilterSidebar::onEdited);
    connect(m_ids, &IdListEdit::idsEdited, this, &FilterSidebar::onEdited);
    connect(m_ids, &IdListEdit::applyRequested, this, &FilterSidebar::applyNow);
    connect(m_pageSize, qOverload<int>(&QSpinBox::valueChanged), this, &FilterSidebar::onEdited);
    connect(m_simplified, &QCheckBox::toggled, this, &FilterSidebar::onEdited);
    connect(m_reset, &QPushButton::clicked, this, &FilterSidebar::reset);
    connect(m_views, &SavedViewsPanel::queryRequested, this, [this](const FileQuery &q) {
        setQuery(q);
        emitQuery();
    });
    QWidget *const enterWidgets[] = {
             m_fileName, m_transcription, m_type, m_dates->presetBox(), m_dates->startEdit(), m_dates->endEdit(),
             m_accountPicker->searchField(), m_accountPicker->view(), m_customerPicker->searchField(),
             m_customerPicker->view(), m_userPicker->comboBox(), m_contentType, m_sessionId, m_pageSize,
             m_simplified};
    for (QWidget *w : enterWidgets)
        watchEnter(w);
}

void FilterSidebar::watchEnter(QWidget *widget)
{
    widget->installEventFilter(this);
}

bool FilterSidebar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            applyNow();
            // Combos and views would otherwise pass Enter on to the window's default button.
            return watched == m_type || watched == m_contentType || watched == m_userPicker->comboBox()
                || watched == m_dates->presetBox();
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FilterSidebar::reload()
{
    m_accountPicker->setStatusText(tr("Loading accounts…"));
    m_accountsModel->load();
    m_customersLoadedOnce = false;
    loadCustomers();
    loadUsers();
}

void FilterSidebar::loadCustomers()
{
    if (!m_client || !m_client->isSignedIn())
        return;
    const QStringList accounts = m_accountsModel->checkedIds();
    if (m_customersLoadedOnce && accounts == m_customerAccounts)
        return;
    m_customersLoadedOnce = true;
    m_customerAccounts = accounts;
    LookupQuery lookup;
    lookup.accountIds = accounts;
    m_customerPicker->setStatusText(tr("Loading customers…"));
    m_customerModel->load(lookup);
}

void FilterSidebar::loadUsers()
{
    if (!m_client || !m_client->isSignedIn())
        return;
    LookupQuery lookup;
    lookup.accountIds = m_accountsModel->checkedIds();
    m_usersModel->load(lookup);
}

FileQuery FilterSidebar::query() const
{
    FileQuery q = m_base;
    q.accountIds = m_accountsModel->checkedIds();
    q.customerIds = m_customerModel->checkedIds();
    q.sessionId = m_sessionId->text().trimmed();
    q.fileName = m_fileName->text().trimmed();
    q.contentType = m_contentType->currentText().trimmed();
    q.type = m_type->type();
    q.dateCreatedStart = m_dates->start();
    q.dateCreatedEnd = m_dates->end();
    q.userId = m_userPicker->userId();
    q.transcriptionContains = m_transcription->text().trimmed();
    q.specificIds = m_ids->ids();
    q.countPerPage = m_pageSize->value();
    q.simplifiedPaging = m_simplified->isChecked();
    return q;
}

void FilterSidebar::setQuery(const FileQuery &q)
{
    m_updating = true;
    m_base = q;
    m_accountsModel->setCheckedIds(q.accountIds);
    m_customerModel->setCheckedIds(q.customerIds);
    m_sessionId->setText(q.sessionId);
    m_fileName->setText(q.fileName);
    m_contentType->setEditText(q.contentType);
    m_type->setType(q.type);
    m_dates->setRange(q.dateCreatedStart, q.dateCreatedEnd);
    m_userPicker->setUserId(q.userId);
    m_transcription->setText(q.transcriptionContains);
    m_ids->setIds(q.specificIds);
    m_pageSize->setValue(q.countPerPage);
    m_simplified->setChecked(q.simplifiedPaging);
    // Show what is in effect.
    if (!q.contentType.isEmpty() || !q.sessionId.isEmpty() || !q.specificIds.isEmpty())
        m_more->setExpanded(true);
    if (q.countPerPage != FileQuery().countPerPage || q.simplifiedPaging)
        m_advanced->setExpanded(true);
    m_updating = false;
    m_debounce.stop();
    m_lastEmitted = query();
    updateHeader();
}

void FilterSidebar::focusFilters()
{
    m_fileName->setFocus(Qt::ShortcutFocusReason);
    m_fileName->selectAll();
}

void FilterSidebar::filterByCustomer(const QString &customerId, const QString &name)
{
    if (customerId.isEmpty())
        return;
    m_updating = true;
    m_customerModel->checkOnly(customerId, name);
    m_updating = false;
    const QModelIndex source = m_customerModel->indexOfId(customerId);
    const QModelIndex shown = m_customerPicker->proxy()->mapFromSource(source);
    if (shown.isValid())
        m_customerPicker->view()->scrollTo(shown);
    emitQuery();
}

void FilterSidebar::reset()
{
    FileQuery cleared;
    cleared.countPerPage = m_pageSize->value();        // paging preferences survive a reset
    cleared.simplifiedPaging = m_simplified->isChecked();
    cleared.sortField = m_base.sortField;
    cleared.sortOrder = m_base.sortOrder;
    setQuery(cleared);
    emitQuery();
}

bool FilterSidebar::isQueryValid() const
{
    return m_dates->isValid();
}

QString FilterSidebar::validationText() const
{
    return m_dates->errorText();
}

void FilterSidebar::onEdited()
{
    if (m_updating)
        return;
    updateHeader();
    m_debounce.start();
}

void FilterSidebar::onDebounceTimeout()
{
    if (!isQueryValid())
        return;
    if (query() == m_lastEmitted)
        return;   // edited back to what is shown
    emitQuery();
}

void FilterSidebar::applyNow()
{
    emitQuery();
}

void FilterSidebar::emitQuery()
{
    m_debounce.stop();
    updateHeader();
    if (!isQueryValid())
        return;   // the date range says why, inline
    m_lastEmitted = query();
    emit queryChanged(m_lastEmitted);
}

void FilterSidebar::retranslate()
{
    m_reset->setText(tr("Reset", "clear every filter"));
    m_reset->setToolTip(tr("Clear every filter"));
    m_searchBox->setTitle(tr("Search"));
    m_fileName->setPlaceholderText(tr("Part of the file name"));
    setRowLabel(m_fileName, tr("File &name contains:"));
    m_transcription->setPlaceholderText(tr("Words said in the call"));
    setRowLabel(m_transcription, tr("&Transcription contains:"));
    m_kindBox->setTitle(tr("Type and date"));
    setRowLabel(m_type, tr("T&ype:"));
    setRowLabel(m_dates, tr("Created &between:"));
    m_ownerBox->setTitle(tr("Ownership"));
    m_accountPicker->setPlaceholderText(tr("Search accounts"));
    setRowLabel(m_accountPicker, tr("&Accounts:"));
    m_customerPicker->setPlaceholderText(tr("Search customers"));
    setRowLabel(m_customerPicker, tr("&Customers:"));
    setRowLabel(m_userPicker, tr("A&gent:"));
    m_contentType->lineEdit()->setPlaceholderText(tr("e.g. audio/wav"));
    setRowLabel(m_contentType, tr("C&ontent type contains:"));
    m_sessionId->setPlaceholderText(tr("A call session id"));
    setRowLabel(m_sessionId, tr("&Session id:"));
    setRowLabel(m_ids, tr("Specific file &ids:"));
    m_more->setTitle(tr("More filters"));
    m_pageSize->setAccessibleName(tr("Page size"));
    setRowLabel(m_pageSize, tr("&Page size:"));
    m_simplified->setText(tr("Si&mplified paging (no totals, faster)"));
    m_advanced->setTitle(tr("Advanced", "section of rarely needed settings"));
    m_viewsSection->setTitle(tr("Saved views and links"));
    if (m_title)
        updateHeader();
}

void FilterSidebar::updateHeader()
{
    const FileQuery q = query();
    const int count = q.activeFilterCount() + (q.specificIds.isEmpty() ? 0 : 1);
    m_title->setText(count > 0 ? tr("Filters (%1)").arg(count) : tr("Filters"));
    m_reset->setEnabled(count > 0);
    m_accountPicker->setSummary(int(q.accountIds.size()));
    m_customerPicker->setSummary(int(q.customerIds.size()));
}

void FilterSidebar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
