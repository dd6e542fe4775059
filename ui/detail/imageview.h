#pragma once

#include <QImage>
#include <QWidget>

// An image scaled to fit the widget (never above its own size), centred, aspect kept.
class ImageView final : public QWidget
{
    Q_OBJECT
public:
    explicit ImageView(QWidget *parent = nullptr);

    void setImage(const QImage &image);
    QImage image() const { return m_image; }
    // Where the image is painted now (for tests).
    QRect imageRect() const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QImage m_image;
};
