#pragma once

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QFormLayout;
class QLabel;

// "Created between": a preset (any time, today, yesterday, last 7 days, this month, custom) and,
// for custom, two local date-times where either end may be left open. The range is in UTC.
// An inverted range is reported inline and isValid() is false.
class DateRangeEdit final : public QWidget
{
    Q_OBJECT
public:
    enum Preset { AnyTime, Today, Yesterday, Last7Days, ThisMonth, Custom };
    Q_ENUM(Preset)

    explicit DateRangeEdit(QWidget *parent = nullptr);

    QDateTime start() const;            // invalid = open
    QDateTime end() const;
    bool isValid() const;
    QString errorText() const;
    Preset preset() const;
    void setPreset(Preset preset);      // emits rangeEdited
    void setRange(const QDateTime &start, const QDateTime &end);  // no signal; Custom or AnyTime
    // The range a preset stands for, at `now` (local time).
    static std::pair<QDateTime, QDateTime> presetRange(Preset preset, const QDateTime &now);

    QComboBox *presetBox() const { return m_preset; }
    QDateTimeEdit *startEdit() const { return m_start; }
    QDateTimeEdit *endEdit() const { return m_end; }

signals:
    void rangeEdited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void onPresetChanged();
    void updateState();
    static QDateTime valueOf(const QDateTimeEdit *edit);
    static void setValue(QDateTimeEdit *edit, const QDateTime &value);

    QComboBox *m_preset;
    QDateTimeEdit *m_start;
    QDateTimeEdit *m_end;
    QLabel *m_error;
    QFormLayout *m_form = nullptr;
    QLabel *m_startLabel = nullptr;
    QLabel *m_endLabel = nullptr;
    bool m_updating = false;
};
