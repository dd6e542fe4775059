#include "filepreview.h"

#include "imageview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfPageRenderer>
#include <QPdfView>
#include <QProgressBar>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr qreal kZoomStep = 1.25;
constexpr qreal kMinZoom = 0.1;
constexpr qreal kMaxZoom = 8.0;

QToolButton *makeButton(QWidget *parent, const QString &text, const QString &tip, const char *name)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAccessibleName(tip);
    b->setObjectName(QString::fromLatin1(name));
    b->setAutoRaise(true);
    return b;
}
} // namespace

FilePreview::FilePreview(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_pdf(new QPdfDocument(this))
    , m_imageView(new ImageView(this))
    , m_statusPage(new QWidget(this))
{
    setObjectName(QStringLiteral("filePreview"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(260);
    auto *statusLayout = new QVBoxLayout(m_statusPage);
    statusLayout->addStretch(1);
    statusLayout->addWidget(m_status);
    statusLayout->addWidget(m_progress, 0, Qt::AlignHCenter);
    statusLayout->addStretch(1);

    m_stack->addWidget(m_statusPage);
    m_stack->addWidget(buildPdfPage());
    m_stack->addWidget(m_imageView);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    setMinimumHeight(200);

    connect(m_pdf, &QPdfDocument::statusChanged, this, [this](QPdfDocument::Status status) {
        if (m_mode != Mode::Pdf)
            return;
        if (status == QPdfDocument::Status::Error) {
            showError(tr("The fax's pages cannot be read (not a valid PDF)."));
            return;
        }
        if (status == QPdfDocument::Status::Ready)
            goToPage(0);
    });
    connect(m_pdf, &QPdfDocument::pageCountChanged, this, &FilePreview::updatePageControls);
    clear();
}

void FilePreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FilePreview::retranslate()
{
    const QList<QPair<QToolButton *, QString>> tips{{m_prev, tr("Previous page")}, {m_next, tr("Next page")},
                                                    {m_zoomOut, tr("Zoom out")}, {m_zoomIn, tr("Zoom in")},
                                                    {m_fit, tr("Fit the page to the width")}};
    for (const auto &[button, tip] : tips) {
        button->setToolTip(tip);
        button->setAccessibleName(tip);
    }
    m_fit->setText(tr("Fit", "zoom the page to the pane's width"));
    updatePageControls();
}

FilePreview::~FilePreview()
{
    m_pdfView->setDocument(nullptr);
    // Qt 6.4's QPdfView renders on a thread of its QPdfPageRenderer (a child of the view) that the
    // renderer's destructor stops but never deletes: a QThread leaked per view. Switched back to
    // single-threaded rendering, the renderer deletes that thread itself.
    if (auto *renderer = m_pdfView->findChild<QPdfPageRenderer *>(QString(), Qt::FindDirectChildrenOnly))
        renderer->setRenderMode(QPdfPageRenderer::RenderMode::SingleThreaded);
    m_pdf->close();
}

QWidget *FilePreview::buildPdfPage()
{
    auto *page = new QWidget(this);
    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(2, 2, 2, 2);
    bar->setSpacing(2);
    m_prev = makeButton(page, QStringLiteral("◀"), tr("Previous page"), "previewPreviousPage");
    m_next = makeButton(page, QStringLiteral("▶"), tr("Next page"), "previewNextPage");
    m_pageLabel = new QLabel(page);
    m_pageLabel->setObjectName(QStringLiteral("previewPageLabel"));
    m_pageLabel->setTextFormat(Qt::PlainText);
    m_zoomOut = makeButton(page, QStringLiteral("−"), tr("Zoom out"), "previewZoomOut");
    m_zoomIn = makeButton(page, QStringLiteral("+"), tr("Zoom in"), "previewZoomIn");
    m_fit = makeButton(page, tr("Fit", "zoom the page to the pane's width"), tr("Fit the page to the width"),
                       "previewFitWidth");
    bar->addWidget(m_prev);
    bar->addWidget(m_pageLabel);
    bar->addWidget(m_next);
    bar->addStretch(1);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addWidget(m_fit);
    connect(m_prev, &QToolButton::clicked, this, &FilePreview::previousPage);
    connect(m_next, &QToolButton::clicked, this, &FilePreview::nextPage);
    connect(m_zoomIn, &QToolButton::clicked, this, &FilePreview::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, this, &FilePreview::zoomOut);
    connect(m_fit, &QToolButton::clicked, this, &FilePreview::fitWidth);

    m_pdfView = new QPdfView(page);
    m_pdfView->setObjectName(QStringLiteral("previewPdfView"));
    m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_pdfView->setDocument(m_pdf);
    connect(m_pdfView->pageNavigator(), &QPdfPageNavigator::currentPageChanged, this, [this](int p) {
        m_page = p;
        updatePageControls();
    });
    auto *column = new QVBoxLayout(page);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(bar);
    column->addWidget(m_pdfView, 1);
    return page;
}

void FilePreview::setLoader(FilePreviewLoader *loader)
{
    if (m_loader)
        disconnect(m_loader, nullptr, this, nullptr);
    m_loader = loader;
    if (!loader)
        return;
    connect(loader, &FilePreviewLoader::started, this, [this](const FileInfo &file, FilePreviewLoader::Kind kind) {
        showLoading(file.fileName().isEmpty() ? file.id() : file.fileName(), kind);
    });
    connect(loader, &FilePreviewLoader::progress, this, &FilePreview::showProgress);
    connect(loader, &FilePreviewLoader::failed, this, &FilePreview::showError);
    connect(loader, &FilePreviewLoader::cleared, this, &FilePreview::clear);
    connect(loader, &FilePreviewLoader::loaded, this, [this](const QByteArray &data) {
        if (m_loader && m_loader->kind() == FilePreviewLoader::Kind::Pdf)
            showPdf(data);
        else
            showImage(data);
    });
}

void FilePreview::showLoading(const QString &name, FilePreviewLoader::Kind kind)
{
    m_name = name;
    m_mode = Mode::Loading;
    m_pdf->close();
    m_imageView->setImage(QImage());
    m_status->setText(kind == FilePreviewLoader::Kind::Pdf ? tr("Loading the fax's pages…") : tr("Loading the image…"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_stack->setCurrentWidget(m_statusPage);
    setVisible(true);
}

void FilePreview::showProgress(qint64 received, qint64 total)
{
    if (m_mode != Mode::Loading)
        return;
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), received * 1000 / total, qint64(1000))));
    } else {
        m_progress->setRange(0, 0);
    }
}

void FilePreview::showPdf(const QByteArray &data)
{
    m_mode = Mode::Pdf;
    m_page = 0;
    m_pdf->close();
    m_pdfBuffer.close();
    m_pdfBuffer.setData(data);
    m_pdfBuffer.open(QIODevice::ReadOnly);
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_stack->setCurrentIndex(1);
    setVisible(true);
    m_pdf->load(&m_pdfBuffer);
    if (m_mode == Mode::Pdf && m_pdf->status() == QPdfDocument::Status::Ready)
        goToPage(0);
    updatePageControls();
}

void FilePreview::showImage(const QByteArray &data)
{
    const QImage image = QImage::fromData(data);
    if (image.isNull()) {
        showError(tr("The image cannot be read."));
        return;
    }
    m_mode = Mode::Image;
    m_imageView->setImage(image);
    m_imageView->setToolTip(tr("%1 × %2 pixels").arg(image.width()).arg(image.height()));
    m_stack->setCurrentWidget(m_imageView);
    setVisible(true);
}

void FilePreview::showError(const QString &reason)
{
    m_mode = Mode::Error;
    m_pdf->close();
    m_status->setText(reason);
    m_progress->setVisible(false);
    m_stack->setCurrentWidget(m_statusPage);
    setVisible(true);
}

void FilePreview::clear()
{
    m_mode = Mode::Empty;
    m_pdf->close();
    m_pdfBuffer.close();
    m_pdfBuffer.setData(QByteArray());
    m_imageView->setImage(QImage());
    m_stack->setCurrentWidget(m_statusPage);
    setVisible(false);
}

int FilePreview::pageCount() const
{
    return m_mode == Mode::Pdf ? m_pdf->pageCount() : 0;
}

int FilePreview::currentPage() const
{
    return m_page;
}

QString FilePreview::statusText() const
{
    return m_status->text();
}

void FilePreview::goToPage(int page)
{
    if (m_mode != Mode::Pdf || m_pdf->pageCount() <= 0)
        return;
    page = qBound(0, page, m_pdf->pageCount() - 1);
    m_page = page;
    m_pdfView->pageNavigator()->jump(page, QPointF(), m_pdfView->zoomFactor());
    updatePageControls();
}

void FilePreview::nextPage()
{
    goToPage(m_page + 1);
}

void FilePreview::previousPage()
{
    goToPage(m_page - 1);
}

void FilePreview::setZoom(qreal factor)
{
    m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
    m_pdfView->setZoomFactor(qBound(kMinZoom, factor, kMaxZoom));
}

// The factor the page is shown at now; in fit-to-width mode QPdfView keeps its own.
qreal FilePreview::zoomFactor() const
{
    if (m_pdfView->zoomMode() != QPdfView::ZoomMode::FitToWidth || m_pdf->pageCount() <= 0)
        return m_pdfView->zoomFactor();
    const qreal pageWidth = m_pdf->pagePointSize(m_page).width() * m_pdfView->logicalDpiX() / 72.0;
    const QMargins margins = m_pdfView->documentMargins();
    const int available = m_pdfView->viewport()->width() - margins.left() - margins.right();
    return pageWidth > 0 && available > 0 ? available / pageWidth : m_pdfView->zoomFactor();
}

void FilePreview::zoomIn()
{
    setZoom(zoomFactor() * kZoomStep);
}

void FilePreview::zoomOut()
{
    setZoom(zoomFactor() / kZoomStep);
}

void FilePreview::fitWidth()
{
    m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void FilePreview::updatePageControls()
{
    const int count = m_mode == Mode::Pdf ? m_pdf->pageCount() : 0;
    m_pageLabel->setText(count > 0 ? tr("Page %1 of %2").arg(m_page + 1).arg(count) : QString());
    m_prev->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < count);
}
