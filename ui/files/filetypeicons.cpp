#include "filetypeicons.h"

#include <QFile>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

QColor FileTypeIcons::color(FileType type)
{
    switch (type) {
    case FileType::Upload: return QColor(0x5b, 0x6b, 0x7a);
    case FileType::VoiceMessage: return QColor(0x2e, 0x7d, 0x32);
    case FileType::CallRecording: return QColor(0x15, 0x65, 0xc0);
    case FileType::Fax: return QColor(0x8e, 0x44, 0xad);
    case FileType::Attachment: return QColor(0xb2, 0x6a, 0x00);
    case FileType::FaxOutgoing: return QColor(0xad, 0x14, 0x57);
    case FileType::Unknown: break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QString FileTypeIcons::resourcePath(FileType type)
{
    switch (type) {
    case FileType::Upload: return QStringLiteral(":/icons/types/upload.svg");
    case FileType::VoiceMessage: return QStringLiteral(":/icons/types/voice-message.svg");
    case FileType::CallRecording: return QStringLiteral(":/icons/types/call-recording.svg");
    case FileType::Fax: return QStringLiteral(":/icons/types/fax.svg");
    case FileType::Attachment: return QStringLiteral(":/icons/types/attachment.svg");
    case FileType::FaxOutgoing: return QStringLiteral(":/icons/types/fax-outgoing.svg");
    case FileType::Unknown: break;
    }
    return QString();
}

QIcon FileTypeIcons::icon(FileType type)
{
    static QHash<int, QIcon> cache;
    auto it = cache.find(int(type));
    if (it == cache.end()) {
        // The SVG from the resources (Qt's SVG plugin); the painted badge where it cannot load.
        const QString path = resourcePath(type);
        QIcon svg = path.isEmpty() || !QFile::exists(path) ? QIcon() : QIcon(path);
        const bool usable = !svg.isNull() && !svg.pixmap(16, 16).isNull();
        it = cache.insert(int(type), usable ? svg : draw(type));
    }
    return it.value();
}

QIcon FileTypeIcons::draw(FileType type)
{
    QIcon icon;
    for (const int size : {16, 24, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal s = size / 16.0;
        p.scale(s, s);
        p.setPen(Qt::NoPen);
        p.setBrush(color(type));
        p.drawRoundedRect(QRectF(0.5, 0.5, 15, 15), 3, 3);
        QPen pen(Qt::white, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        switch (type) {
        case FileType::Upload:  // arrow up
            p.drawLine(QPointF(8, 12.5), QPointF(8, 4));
            p.drawPolyline(QPolygonF({QPointF(4.5, 7.5), QPointF(8, 4), QPointF(11.5, 7.5)}));
            break;
        case FileType::VoiceMessage: {  // speech bubble
            QPainterPath path;
            path.addRoundedRect(QRectF(3, 3.5, 10, 7), 2, 2);
            p.drawPath(path);
            p.drawLine(QPointF(6, 10.5), QPointF(5, 13));
            break;
        }
        case FileType::CallRecording:  // record dot in a ring
            p.drawEllipse(QPointF(8, 8), 4.5, 4.5);
            p.setBrush(Qt::white);
            p.drawEllipse(QPointF(8, 8), 1.8, 1.8);
            break;
        case FileType::Fax:  // page with lines
        case FileType::FaxOutgoing:
            p.drawRect(QRectF(4.5, 3, 7, 10));
            p.drawLine(QPointF(6, 6), QPointF(10, 6));
            p.drawLine(QPointF(6, 8.5), QPointF(10, 8.5));
            if (type == FileType::FaxOutgoing)
                p.drawLine(QPointF(6, 11), QPointF(8.5, 11));
            break;
        case FileType::Attachment:  // paper clip
            p.drawLine(QPointF(6, 5), QPointF(6, 11));
            p.drawArc(QRectF(6, 8.5, 4, 5), 180 * 16, 180 * 16);
            p.drawLine(QPointF(10, 11), QPointF(10, 4.5));
            p.drawArc(QRectF(6, 2.5, 4, 5), 0, 180 * 16);
            break;
        case FileType::Unknown:
            p.drawPoint(QPointF(8, 12));
            p.drawArc(QRectF(5.5, 3, 5, 5), -90 * 16, 270 * 16);
            p.drawLine(QPointF(8, 8), QPointF(8, 10));
            break;
        }
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}
