#include "userpicker.h"

#include "models/usersmodel.h"

#include <QEvent>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

UserPicker::UserPicker(UsersModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_combo(new QComboBox(this))
    , m_hint(new QLabel(this))
{
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setModel(model);
    m_combo->setMaxVisibleItems(15);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_combo->setCurrentIndex(-1);
    m_combo->lineEdit()->setClearButtonEnabled(true);
    auto *completer = new QCompleter(model, m_combo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionRole(Qt::DisplayRole);
    m_combo->setCompleter(completer);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setVisible(false);
    setFocusProxy(m_combo);
    retranslate();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_combo);
    layout->addWidget(m_hint);

    connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this] {
        m_pendingId.clear();
        emit userEdited();
    });
    connect(m_combo, qOverload<int>(&QComboBox::activated), this, [this] {
        m_pendingId.clear();
        emit userEdited();
    });
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this, [this] {
        m_pendingId.clear();
        emit userEdited();
    });
    // A reloaded list must not change the filter: QComboBox would select its first row. Keep the
    // text; a user id given before the list arrived is shown by name once it is known.
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_textBeforeReset = m_combo->currentText(); });
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_pendingId.isEmpty()) {
            showId(m_pendingId);
            return;
        }
        const QSignalBlocker blocker(m_combo);
        m_combo->setCurrentIndex(m_model->rowOfText(m_textBeforeReset));
        m_combo->setEditText(m_textBeforeReset);
    });
}

QString UserPicker::userId() const
{
    if (!m_pendingId.isEmpty())
        return m_pendingId;
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty())
        return {};
    const int row = m_model->rowOfText(text);
    if (row >= 0)
        return m_model->index(row).data(UsersModel::IdRole).toString();
    return text; // a user id typed by hand
}

void UserPicker::setUserId(const QString &id)
{
    m_pendingId = id.trimmed();
    showId(m_pendingId);
}

void UserPicker::clear()
{
    setUserId({});
}

void UserPicker::showId(const QString &id)
{
    const QSignalBlocker blocker(m_combo);
    const int row = id.isEmpty() ? -1 : m_model->rowOfId(id);
    m_combo->setCurrentIndex(row);
    m_combo->setEditText(row >= 0 ? m_model->index(row).data().toString() : id);
}

void UserPicker::setFreeTextMode(bool freeText)
{
    m_freeText = freeText;
    retranslate();
}

void UserPicker::retranslate()
{
    const bool freeText = m_freeText;
    m_hint->setText(freeText ? tr("The users list is not available to you; type an agent's user id.") : QString());
    m_hint->setVisible(freeText);
    m_combo->lineEdit()->setPlaceholderText(freeText ? tr("Agent user id") : tr("Any agent"));
}

void UserPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
