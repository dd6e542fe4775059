#pragma once

#include "models/filepreviewloader.h"

#include <QBuffer>
#include <QPointer>
#include <QWidget>

class ImageView;
class QLabel;
class QPdfDocument;
class QPdfView;
class QProgressBar;
class QStackedWidget;
class QToolButton;

// The detail pane's preview of a fax's pages (Qt PDF: one page at a time with page navigation
// and zoom) or an image upload. It shows what a FilePreviewLoader fetched (setLoader), the
// download's progress meanwhile, and the reason when it failed. It hides itself when there is
// nothing to preview. It holds no HTTP: the bytes come from the loader.
class FilePreview final : public QWidget
{
    Q_OBJECT
public:
    explicit FilePreview(QWidget *parent = nullptr);
    ~FilePreview() override;

    void setLoader(FilePreviewLoader *loader);

    void showLoading(const QString &name, FilePreviewLoader::Kind kind);
    void showProgress(qint64 received, qint64 total);
    void showPdf(const QByteArray &data);
    void showImage(const QByteArray &data);
    void showError(const QString &reason);
    void clear();

    enum class Mode { Empty, Loading, Pdf, Image, Error };
    Mode mode() const { return m_mode; }
    int pageCount() const;
    int currentPage() const;   // 0-based
    qreal zoomFactor() const;
    QString statusText() const;
    QPdfView *pdfView() const { return m_pdfView; }
    ImageView *imageView() const { return m_imageView; }

public slots:
    void nextPage();
    void previousPage();
    void goToPage(int page);
    void zoomIn();
    void zoomOut();
    void fitWidth();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *buildPdfPage();
    void updatePageControls();
    void setZoom(qreal factor);

    QPointer<FilePreviewLoader> m_loader;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPdfDocument *m_pdf;
    QPdfView *m_pdfView = nullptr;
    QBuffer m_pdfBuffer;
    ImageView *m_imageView;
    QToolButton *m_prev = nullptr;
    QToolButton *m_next = nullptr;
    QToolButton *m_zoomIn = nullptr;
    QToolButton *m_zoomOut = nullptr;
    QToolButton *m_fit = nullptr;
    QLabel *m_pageLabel = nullptr;
    QWidget *m_statusPage;
    Mode m_mode = Mode::Empty;
    int m_page = 0;
    QString m_name;
};
