#include "waveformseekbar.h"

#include <QEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace {
constexpr int kMargin = 2;

QString clockText(qint64 ms)
{
    const qint64 s = qMax<qint64>(0, ms) / 1000;
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

WaveformSeekBar::WaveformSeekBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("waveformSeekBar"));
    setFocusPolicy(Qt::NoFocus);   // the player's keys stay the window's
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setAccessibleName(tr("Position"));
    setCursor(Qt::PointingHandCursor);
}

void WaveformSeekBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        setAccessibleName(tr("Position"));
    QWidget::changeEvent(event);
}

QSize WaveformSeekBar::sizeHint() const
{
    return QSize(400, 52);
}

QSize WaveformSeekBar::minimumSizeHint() const
{
    return QSize(120, 52);
}

void WaveformSeekBar::setWaveform(const WaveformPeaks &peaks)
{
    m_peaks = peaks;
    rebuildColumns();
    update();
}

void WaveformSeekBar::setSilences(const SilenceRanges &ranges)
{
    m_silences = ranges;
    update();
}

void WaveformSeekBar::setSilencesShown(bool shown)
{
    m_silencesShown = shown;
    update();
}

void WaveformSeekBar::setDuration(qint64 ms)
{
    if (m_duration == ms)
        return;
    m_duration = ms;
    update();
}

void WaveformSeekBar::setPosition(qint64 ms)
{
    if (m_position == ms)
        return;
    const int oldX = xForPosition(m_position);
    m_position = ms;
    if (!m_dragging && xForPosition(ms) != oldX)
        update();
}

void WaveformSeekBar::setDownloadFraction(double fraction)
{
    const double f = fraction < 0 ? 1.0 : qBound(0.0, fraction, 1.0);
    if (qFuzzyCompare(f + 1.0, m_downloaded + 1.0))
        return;
    m_downloaded = f;
    update();
}

void WaveformSeekBar::clear()
{
    m_peaks = WaveformPeaks();
    m_columnPeak.clear();
    m_columnRms.clear();
    m_silences.clear();
    m_duration = -1;
    m_position = 0;
    m_downloaded = 1.0;
    m_dragging = false;
    update();
}

QRect WaveformSeekBar::track() const
{
    return rect().adjusted(kMargin, kMargin, -kMargin, -kMargin);
}

int WaveformSeekBar::xForPosition(qint64 ms) const
{
    const QRect r = track();
    if (m_duration <= 0)
        return r.left();
    const double f = qBound(0.0, double(ms) / double(m_duration), 1.0);
    return r.left() + int(std::lround(f * (r.width() - 1)));
}

qint64 WaveformSeekBar::positionForX(int x) const
{
    const QRect r = track();
    if (m_duration <= 0 || r.width() <= 1)
        return 0;
    const double f = qBound(0.0, double(x - r.left()) / double(r.width() - 1), 1.0);
    return qint64(std::llround(f * double(m_duration)));
}

void WaveformSeekBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rebuildColumns();
}

// One value a pixel column: the largest peak (and RMS) of the buckets that fall in it.
void WaveformSeekBar::rebuildColumns()
{
    m_columnPeak.clear();
    m_columnRms.clear();
    const int columns = track().width();
    const int buckets = m_peaks.size();
    if (buckets == 0 || columns <= 0)
        return;
    m_columnPeak.resize(columns);
    m_columnRms.resize(columns);
    const bool hasRms = m_peaks.rms.size() == buckets;
    for (int c = 0; c < columns; ++c) {
        const int b0 = int(qint64(c) * buckets / columns);
        const int b1 = qMax(b0 + 1, int(qint64(c + 1) * buckets / columns));
        float peak = 0, rms = 0;
        for (int b = b0; b < b1 && b < buckets; ++b) {
            peak = qMax(peak, m_peaks.peak.at(b));
            if (hasRms)
                rms = qMax(rms, m_peaks.rms.at(b));
        }
        m_columnPeak[c] = qBound(0.0f, peak, 1.0f);
        m_columnRms[c] = qBound(0.0f, hasRms ? rms : peak * 0.5f, 1.0f);
    }
}

void WaveformSeekBar::paintWave(QPainter &p, const QRect &r, int playedX)
{
    const QPalette pal = palette();
    const QColor played = pal.color(QPalette::Highlight);
    // Unplayed: a neutral grey between the text and the background.
    const QColor text = pal.color(QPalette::WindowText);
    const QColor base = pal.color(QPalette::Base);
    const QColor rest((text.red() + 2 * base.red()) / 3, (text.green() + 2 * base.green()) / 3,
                      (text.blue() + 2 * base.blue()) / 3);
    const double mid = r.top() + r.height() / 2.0;
    const double half = r.height() / 2.0 - 1;
    for (int c = 0; c < m_columnPeak.size(); ++c) {
        const int x = r.left() + c;
        const bool isPlayed = x <= playedX;
        QColor peakColor = isPlayed ? played.lighter(135) : rest.lighter(115);
        const double hp = qMax(0.5, m_columnPeak.at(c) * half);
        p.setPen(peakColor);
        p.drawLine(QPointF(x + 0.5, mid - hp), QPointF(x + 0.5, mid + hp));
        QColor rmsColor = isPlayed ? played : rest.darker(125);
        const double hr = m_columnRms.at(c) * half;
        if (hr >= 0.5) {
            p.setPen(rmsColor);
            p.drawLine(QPointF(x + 0.5, mid - hr), QPointF(x + 0.5, mid + hr));
        }
    }
}

void WaveformSeekBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QRect r = track();
    p.fillRect(rect(), pal.color(QPalette::Base));
    p.setPen(pal.color(QPalette::Mid));
    p.drawRect(rect().adjusted(0, 0, -1, -1));

    const bool known = m_duration > 0;
    const int playedX = known ? xForPosition(displayedPosition()) : r.left() - 1;

    // Silence stretches (skip-silence on): tinted, with a hatch, so they read as "jumped over".
    if (m_silencesShown && known) {
        QColor tint = pal.color(QPalette::Highlight);
        tint.setAlpha(40);
        for (const SilenceRange &s : m_silences) {
            const int x0 = xForPosition(s.startMs);
            const int x1 = xForPosition(s.endMs);
            const QRect band(x0, r.top(), qMax(1, x1 - x0), r.height());
            p.fillRect(band, tint);
            p.fillRect(band, QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
        }
    }

    if (!m_columnPeak.isEmpty()) {
        paintWave(p, r, playedX);
    } else {
        // No overview yet: a plain track, the played part highlighted.
        const int y = r.center().y();
        p.fillRect(QRect(r.left(), y - 1, r.width(), 3), pal.color(QPalette::Mid));
        if (known)
            p.fillRect(QRect(r.left(), y - 1, qMax(0, playedX - r.left()), 3), pal.color(QPalette::Highlight));
    }

    // Not downloaded yet: dimmed, with the progress as a strip at the bottom.
    if (m_downloaded < 1.0) {
        const int xd = r.left() + int(m_downloaded * r.width());
        QColor veil = pal.color(QPalette::Base);
        veil.setAlpha(170);
        p.fillRect(QRect(xd, r.top(), r.right() - xd + 1, r.height()), veil);
        p.fillRect(QRect(r.left(), r.bottom() - 2, xd - r.left(), 3), pal.color(QPalette::Highlight).lighter(130));
    }

    // The hover line with its time, and the handle.
    if (known && m_hoverX >= r.left() && !m_dragging) {
        QColor hover = pal.color(QPalette::WindowText);
        hover.setAlpha(90);
        p.setPen(hover);
        p.drawLine(m_hoverX, r.top(), m_hoverX, r.bottom());
        const QString t = clockText(positionForX(m_hoverX));
        const int tw = fontMetrics().horizontalAdvance(t) + 6;
        const int tx = qMin(m_hoverX + 3, r.right() - tw);
        QRect box(tx, r.top(), tw, fontMetrics().height());
        QColor boxColor = pal.color(QPalette::ToolTipBase);
        boxColor.setAlpha(220);
        p.fillRect(box, boxColor);
        p.setPen(pal.color(QPalette::ToolTipText));
        p.drawText(box, Qt::AlignCenter, t);
    }
    if (known) {
        p.setPen(QPen(pal.color(QPalette::Highlight).darker(140), 2));
        p.drawLine(playedX, r.top(), playedX, r.bottom());
        QPainterPath tri;
        tri.moveTo(playedX - 4, r.top());
        tri.lineTo(playedX + 4, r.top());
        tri.lineTo(playedX, r.top() + 5);
        tri.closeSubpath();
        p.fillPath(tri, pal.color(QPalette::Highlight).darker(140));
    }
}

void WaveformSeekBar::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_duration <= 0) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_dragging = true;
    m_dragPosition = positionForX(event->position().toPoint().x());
    emit dragPositionChanged(m_dragPosition);
    update();
}

void WaveformSeekBar::mouseMoveEvent(QMouseEvent *event)
{
    const int x = event->position().toPoint().x();
    if (m_dragging) {
        const qint64 ms = positionForX(x);
        if (ms != m_dragPosition) {
            m_dragPosition = ms;
            emit dragPositionChanged(ms);
            update();
        }
        return;
    }
    m_hoverX = x;
    update();
}

void WaveformSeekBar::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_dragging) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    m_dragPosition = positionForX(event->position().toPoint().x());
    m_dragging = false;
    // Show where the seek goes until the engine reports it, so the handle does not flick back.
    m_position = m_dragPosition;
    emit seekRequested(m_dragPosition);
    emit dragFinished();
    update();
}

void WaveformSeekBar::leaveEvent(QEvent *event)
{
    m_hoverX = -1;
    update();
    QWidget::leaveEvent(event);
}
