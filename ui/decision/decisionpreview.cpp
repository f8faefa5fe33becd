#include "decisionpreview.h"

#include "render/decision/decisionfonts.h"
#include "render/decision/decisionprint.h"

#include <QtCore/QHash>
#include <QtCore/QThread>
#include <QtCore/QTimer>
#include <QtGui/QKeyEvent>
#include <QtGui/QPainter>
#include <QtGui/QPicture>
#include <QtWidgets/QAbstractScrollArea>
#include <QtWidgets/QProgressBar>
#include <QtWidgets/QScrollBar>
#include <QtWidgets/QVBoxLayout>

#include <atomic>
#include <cstring>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
constexpr int Margin = 8; // around the pages, and between two pages
constexpr int WidthPauseMs = 200; // the pages are drawn again at a new width once the resizing pauses

// A chart is drawn through Graphics View, which lives on the GUI thread: it is recorded here, played back there.
void recordFigures(DecisionDocument &document)
{
    for (DecisionAnnex &annex : document.annexes) {
        if (!annex.chart || !annex.chart->paint)
            continue;
        QPicture picture;
        const QSizeF size = annex.chart->size;
        QPainter painter(&picture);
        annex.chart->paint(painter, QRectF(QPointF(), size));
        painter.end();
        annex.chart->paint = [picture, size](QPainter &p, const QRectF &target) {
            p.save();
            p.translate(target.topLeft());
            p.scale(target.width() / size.width(), target.height() / size.height());
            p.drawPicture(0, 0, picture);
            p.restore();
        };
    }
}
} // namespace

// A drawn page as the view keeps it: a decision of 3,321 units has some 160 pages, which as images would take 300
// MB; black text on white paper packs to a few dozen KB a page, and only the pages in view are unpacked.
struct DecisionPackedPage
{
    QByteArray data;
    QSize size;
    QImage::Format format = QImage::Format_Invalid;

    static DecisionPackedPage pack(const QImage &drawn)
    {
        // Grey pages (all but a chart's) lose nothing in one byte a pixel.
        const QImage image = drawn.allGray() ? drawn.convertToFormat(QImage::Format_Grayscale8) : drawn;
        const auto bytes = QByteArrayView(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes());
        return {qCompress(bytes.toByteArray(), 1), image.size(), image.format()};
    }
    QImage unpack() const
    {
        if (data.isEmpty())
            return {};
        QImage image(size, format);
        const QByteArray bytes = qUncompress(data);
        if (bytes.size() != image.sizeInBytes())
            return {};
        std::memcpy(image.bits(), bytes.constData(), std::size_t(bytes.size()));
        return image;
    }
};

// The pages one under the other, each fitted to the width; a page not drawn yet is a blank sheet.
class DecisionPageArea : public QAbstractScrollArea
{
public:
    explicit DecisionPageArea(QWidget *parent) : QAbstractScrollArea(parent)
    {
        setFocusPolicy(Qt::StrongFocus);
        setBackgroundRole(QPalette::Dark);
        viewport()->setBackgroundRole(QPalette::Dark);
        viewport()->setAutoFillBackground(true);
        verticalScrollBar()->setSingleStep(24);
    }

    void setPages(const QList<QSizeF> &sizes)
    {
        const int current = currentPage();
        const bool same = sizes.size() == m_sizes.size();
        // The same pages at another width keep their images, scaled, until they are drawn again.
        if (sizes != m_sizes)
            m_pages = QList<DecisionPackedPage>(sizes.size());
        m_unpacked.clear();
        m_sizes = sizes;
        relayout();
        if (same)
            setCurrentPage(current); // the same decision drawn again: the page seen stays in view
        viewport()->update();
    }
    void setImage(int page, const DecisionPackedPage &image)
    {
        m_pages[page] = image;
        m_unpacked.remove(page);
        viewport()->update(pageRect(page).toAlignedRect().translated(0, -verticalScrollBar()->value()));
    }
    void setStale(bool stale)
    {
        if (std::exchange(m_stale, stale) != stale)
            viewport()->update();
    }
    int pageCount() const { return int(m_pages.size()); }
    QImage image(int page) const { return m_pages[page].unpack(); }
    int pageWidth() const { return qMax(1, viewport()->width() - 2 * Margin); }

    int currentPage() const
    {
        const QScrollBar *bar = verticalScrollBar();
        if (bar->maximum() > 0 && bar->value() == bar->maximum())
            return int(m_tops.size()); // the last page may be too short to come to the top
        const int y = bar->value();
        for (int i = 0; i < m_tops.size(); ++i) {
            if (m_tops[i] + pageHeight(i) > y + Margin)
                return i + 1;
        }
        return m_tops.isEmpty() ? 0 : int(m_tops.size());
    }
    void setCurrentPage(int page)
    {
        if (page >= 1 && page <= m_tops.size())
            verticalScrollBar()->setValue(m_tops[page - 1] - Margin);
    }

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QPainter painter(viewport());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        const int scroll = verticalScrollBar()->value();
        const QRect exposed = event->rect().translated(0, scroll);
        painter.translate(0, -scroll);
        for (int i = 0; i < m_sizes.size(); ++i) {
            const QRectF page = pageRect(i);
            if (!page.intersects(exposed))
                continue;
            const QImage image = unpacked(i);
            if (image.isNull())
                painter.fillRect(page, Qt::white);
            else
                painter.drawImage(page, image);
            painter.setPen(palette().color(QPalette::Shadow));
            painter.drawRect(page.adjusted(-0.5, -0.5, 0.5, 0.5));
            if (m_stale)
                painter.fillRect(page, QColor(255, 255, 255, 140)); // being drawn again: greyed until then
        }
    }
    void resizeEvent(QResizeEvent *event) override
    {
        const int current = currentPage();
        QAbstractScrollArea::resizeEvent(event);
        relayout();
        setCurrentPage(current);
    }
    void keyPressEvent(QKeyEvent *event) override
    {
        const int page = currentPage();
        switch (event->key()) {
        case Qt::Key_PageDown:
            setCurrentPage(qMin(page + 1, int(m_tops.size())));
            return;
        case Qt::Key_PageUp:
            // A page seen from its middle goes back to its own top first.
            setCurrentPage(page > 0 && verticalScrollBar()->value() > m_tops[page - 1] - Margin ? page : page - 1);
            return;
        case Qt::Key_Home:
            setCurrentPage(1);
            return;
        case Qt::Key_End:
            setCurrentPage(int(m_tops.size()));
            return;
        default:
            QAbstractScrollArea::keyPressEvent(event);
        }
    }

private:
    qreal pageHeight(int page) const { return pageWidth() * m_sizes[page].height() / m_sizes[page].width(); }
    QRectF pageRect(int page) const { return QRectF(Margin, m_tops[page], pageWidth(), pageHeight(page)); }
    void relayout()
    {
        m_tops.clear();
        qreal y = Margin;
        for (int i = 0; i < m_sizes.size(); ++i) {
            m_tops.append(qRound(y));
            y += pageHeight(i) + Margin;
        }
        QScrollBar *bar = verticalScrollBar();
        bar->setPageStep(viewport()->height());
        bar->setRange(0, qMax(0, qRound(y) - viewport()->height()));
    }

    QList<QSizeF> m_sizes;
    // The pages in view, unpacked: a few, the least recently painted go first.
    QImage unpacked(int page)
    {
        if (const auto found = m_unpacked.constFind(page); found != m_unpacked.cend())
            return found->first;
        QImage image = m_pages[page].unpack();
        if (m_unpacked.size() >= KeptUnpacked) {
            auto oldest = m_unpacked.begin();
            for (auto it = m_unpacked.begin(); it != m_unpacked.end(); ++it) {
                if (it->second < oldest->second)
                    oldest = it;
            }
            m_unpacked.erase(oldest);
        }
        if (!image.isNull())
            m_unpacked.insert(page, {image, ++m_paints});
        return image;
    }

    static constexpr int KeptUnpacked = 8;
    QList<DecisionPackedPage> m_pages;
    QHash<int, std::pair<QImage, quint64>> m_unpacked;
    quint64 m_paints = 0;
    QList<int> m_tops;
    bool m_stale = false;
};

struct DecisionPreview::Job
{
    std::unique_ptr<QThread> thread;
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
    int number = 0;
    int ask = 0;
};

DecisionPreview::DecisionPreview(QWidget *parent)
    : QWidget(parent),
      m_area(new DecisionPageArea(this)),
      m_progress(new QProgressBar(this)),
      m_widthTimer(new QTimer(this))
{
    m_area->setObjectName(u"decisionPreviewPages"_s);
    m_progress->setObjectName(u"decisionPreviewProgress"_s);
    m_progress->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_progress);
    layout->addWidget(m_area, 1);
    setFocusProxy(m_area);
    m_widthTimer->setSingleShot(true);
    m_widthTimer->setInterval(WidthPauseMs);
    connect(m_widthTimer, &QTimer::timeout, this, [this] {
        if (imageWidth() != m_width && m_document)
            start();
    });
}

DecisionPreview::~DecisionPreview()
{
    if (m_job) {
        m_job->cancelled->store(true);
        m_job->thread->wait(); // its queued results go with this object
    }
}

void DecisionPreview::draw(const DecisionDocument &document)
{
    // Fonts are added to the font database on this thread, never on the worker.
    static_cast<void>(DecisionFonts::ensureLoaded()); // a failure is said by the worker's layout
    m_document = document;
    recordFigures(*m_document);
    ++m_asked;
    m_layoutAsk = -1;
    m_area->setStale(m_shownAsk >= 0);
    start();
}

int DecisionPreview::pageCount() const
{
    return m_shownAsk == m_asked ? m_pages : 0;
}

int DecisionPreview::drawnPages() const
{
    return m_shownAsk == m_asked ? m_drawn : 0;
}

bool DecisionPreview::isDrawing() const
{
    return m_job != nullptr;
}

QImage DecisionPreview::pageImage(int page) const
{
    return page >= 1 && page <= m_area->pageCount() ? m_area->image(page - 1) : QImage();
}

int DecisionPreview::currentPage() const
{
    return m_area->currentPage();
}

void DecisionPreview::setCurrentPage(int page)
{
    m_area->setCurrentPage(page);
}

int DecisionPreview::imageWidth() const
{
    return qRound(m_area->pageWidth() * devicePixelRatioF());
}

void DecisionPreview::start()
{
    if (m_job) {
        m_job->cancelled->store(true); // it stops at its next page, then finished() starts the latest
        return;
    }
    auto job = std::make_unique<Job>();
    job->number = ++m_jobs;
    job->ask = m_asked;
    m_width = imageWidth();
    if (!m_document)
        return;
    // Laid out again at each start, also for a new width: a layout's text holds the font engines of the thread
    // that made it, which go when that thread ends.
    const int number = job->number;
    const int width = m_width;
    job->thread.reset(QThread::create([this, number, width, document = *m_document, cancelled = job->cancelled] {
        std::optional<DecisionLayout> pages;
        QString error;
        if (auto made = DecisionPrint::layOutAsPdf(document); made) {
            pages = *made;
            const int count = int(made->pages().size());
            QMetaObject::invokeMethod(
                this, [this, number, count] { laidOut(number, count); }, Qt::QueuedConnection);
        } else {
            error = made.error().text();
        }
        for (qsizetype i = 0; pages && i < pages->pages().size() && !cancelled->load(); ++i) {
            const auto image = DecisionPackedPage::pack(DecisionPrint::pageImage(*pages, i, width));
            QList<QSizeF> sizes; // with the first page: the view makes room for them all
            for (qsizetype p = 0; i == 0 && p < pages->pages().size(); ++p)
                sizes.append(pages->pages()[p].pageRect.size());
            QMetaObject::invokeMethod(
                this, [this, number, i, image, sizes] { pageDrawn(number, int(i), image, sizes); },
                Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(
            this, [this, number, error] { finished(number, error); }, Qt::QueuedConnection);
    }));
    job->thread->start();
    m_job = std::move(job);
    showProgress();
}

void DecisionPreview::laidOut(int job, int pages)
{
    if (!m_job || m_job->number != job || m_job->cancelled->load())
        return;
    m_laidOutPages = pages;
    m_layoutAsk = m_job->ask;
    showProgress();
}

void DecisionPreview::pageDrawn(int job, int page, const DecisionPackedPage &image, const QList<QSizeF> &sizes)
{
    if (!m_job || m_job->number != job || m_job->cancelled->load())
        return; // an older request's page: never shown
    if (page == 0) {
        // The first page of the latest: it replaces the preview shown, the other pages follow as they come.
        m_area->setStale(false);
        m_area->setPages(sizes);
        m_shownAsk = m_job->ask;
        m_pages = int(sizes.size());
        m_drawn = 0;
    }
    m_area->setImage(page, image);
    m_drawn = page + 1;
    showProgress();
}

void DecisionPreview::finished(int job, const QString &error)
{
    if (!m_job || m_job->number != job)
        return;
    m_job->thread->wait(); // it has posted its last result: it is returning
    const bool superseded = m_job->cancelled->load();
    m_job.reset();
    if (superseded || (m_document && error.isEmpty() && imageWidth() != m_width)) {
        start();
        return;
    }
    showProgress();
    if (!error.isEmpty())
        emit failed(error);
    else if (m_shownAsk == m_asked)
        emit drawn(m_pages);
}

void DecisionPreview::showProgress()
{
    const bool working = m_job != nullptr && (m_drawn < m_pages || m_shownAsk != m_asked);
    m_progress->setVisible(working);
    if (!working)
        return;
    if (m_layoutAsk != m_asked) {
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Laying the decision out…"));
        return;
    }
    const int pages = m_laidOutPages;
    const int drawn = m_shownAsk == m_asked ? m_drawn : 0;
    m_progress->setRange(0, pages);
    m_progress->setValue(drawn);
    m_progress->setFormat(tr("Drawing the preview: page %1 of %2").arg(drawn).arg(pages));
}

void DecisionPreview::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_document)
        m_widthTimer->start();
}

} // namespace parindex
