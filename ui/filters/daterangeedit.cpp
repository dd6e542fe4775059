#include "daterangeedit.h"

#include "models/filecellformatter.h"

#include <QEvent>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace {
const QDateTime kOpenValue(QDate(2000, 1, 1), QTime(0, 0));  // the minimum stands for "open"
}

DateRangeEdit::DateRangeEdit(QWidget *parent)
    : QWidget(parent)
    , m_preset(new QComboBox(this))
    , m_start(new QDateTimeEdit(this))
    , m_end(new QDateTimeEdit(this))
    , m_error(new QLabel(this))
{
    for (Preset p : {AnyTime, Today, Yesterday, Last7Days, ThisMonth, Custom})
        m_preset->addItem(QString(), p);

    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setTimeSpec(Qt::LocalTime);
        edit->setCalendarPopup(true);
        edit->setMinimumDateTime(kOpenValue);
        edit->setDateTime(kOpenValue);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            if (m_updating)
                return;
            updateState();
            emit rangeEdited();
        });
    }
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setVisible(false);

    auto *form = new QFormLayout;
    m_form = form;
    form->setContentsMargins(0, 0, 0, 0);
    m_startLabel = new QLabel(this);
    m_endLabel = new QLabel(this);
    m_startLabel->setBuddy(m_start);
    m_endLabel->setBuddy(m_end);
    form->addRow(m_startLabel, m_start);
    form->addRow(m_endLabel, m_end);
    retranslate();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_preset);
    layout->addLayout(form);
    layout->addWidget(m_error);
    setFocusProxy(m_preset);

    connect(m_preset, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] {
        if (m_updating)
            return;
        onPresetChanged();
        emit rangeEdited();
    });
    updateState();
}

std::pair<QDateTime, QDateTime> DateRangeEdit::presetRange(Preset preset, const QDateTime &now)
{
    const QDate today = now.toLocalTime().date();
    const auto dayStart = [](QDate d) { return QDateTime(d, QTime(0, 0)); };
    const auto dayEnd = [](QDate d) { return QDateTime(d, QTime(23, 59, 59)); };
    switch (preset) {
    case Today:
        return {dayStart(today), dayEnd(today)};
    case Yesterday:
        return {dayStart(today.addDays(-1)), dayEnd(today.addDays(-1))};
    case Last7Days:
        return {dayStart(today.addDays(-6)), dayEnd(today)};
    case ThisMonth: {
        const QDate first(today.year(), today.month(), 1);
        return {dayStart(first), dayEnd(first.addMonths(1).addDays(-1))};
    }
    case AnyTime:
    case Custom:
        break;
    }
    return {};
}

void DateRangeEdit::onPresetChanged()
{
    const Preset p = preset();
    if (p != Custom) {
        const auto range = presetRange(p, QDateTime::currentDateTime());
        m_updating = true;
        setValue(m_start, range.first);
        setValue(m_end, range.second);
        m_updating = false;
    }
    updateState();
}

DateRangeEdit::Preset DateRangeEdit::preset() const
{
    return Preset(m_preset->currentData().toInt());
}

void DateRangeEdit::setPreset(Preset preset)
{
    m_preset->setCurrentIndex(m_preset->findData(preset));
}

QDateTime DateRangeEdit::valueOf(const QDateTimeEdit *edit)
{
    const QDateTime value = edit->dateTime();
    return value <= kOpenValue ? QDateTime() : value.toUTC();
}

void DateRangeEdit::setValue(QDateTimeEdit *edit, const QDateTime &value)
{
    edit->setDateTime(value.isValid() ? value.toLocalTime() : kOpenValue);
}

QDateTime DateRangeEdit::start() const
{
    return preset() == AnyTime ? QDateTime() : valueOf(m_start);
}

QDateTime DateRangeEdit::end() const
{
    return preset() == AnyTime ? QDateTime() : valueOf(m_end);
}

bool DateRangeEdit::isValid() const
{
    const QDateTime s = start();
    const QDateTime e = end();
    return !(s.isValid() && e.isValid() && s > e);
}

QString DateRangeEdit::errorText() const
{
    return isValid() ? QString() : tr("The start of the range is after its end; the filter is not applied.");
}

void DateRangeEdit::setRange(const QDateTime &startUtc, const QDateTime &endUtc)
{
    m_updating = true;
    m_preset->setCurrentIndex(m_preset->findData(startUtc.isValid() || endUtc.isValid() ? Custom : AnyTime));
    setValue(m_start, startUtc);
    setValue(m_end, endUtc);
    m_updating = false;
    updateState();
}

void DateRangeEdit::updateState()
{
    const bool custom = preset() == Custom;
    m_start->setEnabled(custom);
    m_end->setEnabled(custom);
    m_form->setRowVisible(m_start, preset() != AnyTime);
    m_form->setRowVisible(m_end, preset() != AnyTime);
    m_error->setText(errorText());
    m_error->setVisible(!isValid());
}

void DateRangeEdit::retranslate()
{
    const char *const texts[] = {QT_TR_NOOP("Any time"), QT_TR_NOOP("Today"), QT_TR_NOOP("Yesterday"),
                                 QT_TR_NOOP("Last 7 days"), QT_TR_NOOP("This month")};
    for (int i = 0; i < m_preset->count(); ++i) {
        const int preset = m_preset->itemData(i).toInt();
        m_preset->setItemText(i, preset == Custom ? tr("Custom range", "date range preset") : tr(texts[preset]));
    }
    m_preset->setAccessibleName(tr("Created", "the date range filter"));
    // Dates as the language writes them (the one formatter's rule), to the minute.
    const QString pattern = FileCellFormatter::dateTimePattern(QLocale(), false);
    for (QDateTimeEdit *edit : {m_start, m_end}) {
        edit->setSpecialValueText(tr("Open", "no limit on this end of a date range"));
        edit->setLocale(QLocale());
        edit->setDisplayFormat(pattern);
    }
    m_start->setAccessibleName(tr("Created from"));
    m_end->setAccessibleName(tr("Created until"));
    m_startLabel->setText(tr("From:", "start of a date range"));
    m_endLabel->setText(tr("Until:", "end of a date range"));
    updateState();
}

void DateRangeEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
