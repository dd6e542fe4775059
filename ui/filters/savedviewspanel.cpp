#include "savedviewspanel.h"

#include <QEvent>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

SavedViewsPanel::SavedViewsPanel(std::function<FileQuery()> currentQuery, QWidget *parent)
    : QWidget(parent)
    , m_currentQuery(std::move(currentQuery))
    , m_names(new QComboBox(this))
    , m_apply(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_link(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    m_names->setEditable(true);
    m_names->setInsertPolicy(QComboBox::NoInsert);
    m_link->setClearButtonEnabled(true);
    auto *copy = m_copyLink = new QPushButton(this);
    auto *open = m_openLink = new QPushButton(this);
    retranslate();
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    for (QPushButton *b : {m_apply, m_save, m_delete, copy, open})
        b->setAutoDefault(false);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(3);
    grid->addWidget(m_names, 0, 0, 1, 3);
    grid->addWidget(m_apply, 1, 0);
    grid->addWidget(m_save, 1, 1);
    grid->addWidget(m_delete, 1, 2);
    grid->addWidget(m_link, 2, 0, 1, 3);
    grid->addWidget(copy, 3, 0, 1, 2);
    grid->addWidget(open, 3, 2);
    grid->addWidget(m_message, 4, 0, 1, 3);

    connect(m_apply, &QPushButton::clicked, this, [this] { applyView(m_names->currentText()); });
    connect(m_save, &QPushButton::clicked, this, [this] { saveCurrent(m_names->currentText()); });
    connect(m_delete, &QPushButton::clicked, this, [this] { deleteView(m_names->currentText()); });
    connect(m_names, qOverload<int>(&QComboBox::activated), this, [this] { applyView(m_names->currentText()); });
    connect(copy, &QPushButton::clicked, this, [this] { copyLink(); });
    connect(open, &QPushButton::clicked, this, [this] { openLink(m_link->text()); });
    connect(m_link, &QLineEdit::returnPressed, this, [this] { openLink(m_link->text()); });
    refreshNames();
}

void SavedViewsPanel::retranslate()
{
    m_apply->setText(tr("Apply", "apply the chosen saved view"));
    m_save->setText(tr("Save", "save the current filters as a named view"));
    m_delete->setText(tr("Delete", "delete the chosen saved view"));
    m_names->lineEdit()->setPlaceholderText(tr("View name"));
    m_names->setAccessibleName(tr("Saved view"));
    m_names->setToolTip(tr("Pick a saved view to apply, or type a new name and press Save."));
    m_link->setPlaceholderText(tr("Paste a link to open it"));
    m_link->setAccessibleName(tr("Link"));
    m_copyLink->setText(tr("Copy link"));
    m_copyLink->setToolTip(tr("Copy the current filters as a link to the clipboard"));
    m_openLink->setText(tr("Open link"));
}

void SavedViewsPanel::refreshNames(const QString &select)
{
    m_names->clear();
    m_names->addItems(m_views.names());
    m_names->setCurrentIndex(-1);
    m_names->setEditText(select);
    m_apply->setEnabled(m_names->count() > 0);
    m_delete->setEnabled(m_names->count() > 0);
}

void SavedViewsPanel::showMessage(const QString &text, bool error)
{
    m_messageIsError = error;
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    m_message->setVisible(!text.isEmpty());
}

QString SavedViewsPanel::errorText() const
{
    return m_messageIsError ? m_message->text() : QString();
}

bool SavedViewsPanel::saveCurrent(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        showMessage(tr("Type a name for the view first."), true);
        return false;
    }
    m_views.save(trimmed, m_currentQuery());
    refreshNames(trimmed);
    showMessage(tr("Saved the view \u201c%1\u201d.").arg(trimmed), false);
    return true;
}

bool SavedViewsPanel::applyView(const QString &name)
{
    QString error;
    const auto query = m_views.view(name, &error);
    if (!query) {
        showMessage(error, true);
        return false;
    }
    showMessage({}, false);
    emit queryRequested(*query);
    return true;
}

bool SavedViewsPanel::deleteView(const QString &name)
{
    if (!m_views.remove(name)) {
        showMessage(tr("There is no saved view named \u201c%1\u201d.").arg(name), true);
        return false;
    }
    refreshNames();
    showMessage(tr("Deleted the view \u201c%1\u201d.").arg(name), false);
    return true;
}

QString SavedViewsPanel::copyLink()
{
    const QString text = m_currentQuery().toText();
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
    showMessage(tr("Link copied to the clipboard."), false);
    return text;
}

bool SavedViewsPanel::openLink(const QString &text)
{
    QString link = text.trimmed();
    if (link.isEmpty()) {
        if (QClipboard *clipboard = QGuiApplication::clipboard())
            link = clipboard->text().trimmed();
        m_link->setText(link);
    }
    if (link.isEmpty()) {
        showMessage(tr("Paste a link into the field first."), true);
        return false;
    }
    QString error;
    const auto query = FileQuery::fromText(link, &error);
    if (!query) {
        // Nothing is lost: the filters stay as they were, the text stays in the field.
        showMessage(error.isEmpty() ? tr("This link cannot be read.") : tr("This link cannot be read: %1").arg(error), true);
        return false;
    }
    showMessage({}, false);
    emit queryRequested(*query);
    return true;
}

void SavedViewsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
