#pragma once

#include "render/decision/decisiondocument.h"

#include <QtGui/QImage>
#include <QtWidgets/QWidget>

#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QTimer;

namespace parindex {

class DecisionPageArea;
struct DecisionPackedPage;

// The Decision tab's preview: the decision's pages as images, laid out and drawn on a worker thread by the code
// that prints them (DecisionPrint::layOutAsPdf and pageImage), so that an 80-page annex never freezes the window.
// The pages are shown one under the other, fitted to the width (PgUp/PgDn go a page up or down). A newer draw()
// supersedes an older one: the older worker stops at its next page and its pages are never shown; until the newer
// pages arrive the older ones stay, greyed, under a progress bar. The destructor stops and waits for the worker.
class DecisionPreview : public QWidget
{
    Q_OBJECT
public:
    explicit DecisionPreview(QWidget *parent = nullptr);
    ~DecisionPreview() override;

    // Lays the document out and draws its pages off the GUI thread; the document is copied (its figures are
    // recorded first, as a chart can be drawn only on the GUI thread).
    void draw(const DecisionDocument &document);
    // The pages of the preview shown, once its first page is drawn; 0 while none is, or while a newer one is drawn.
    int pageCount() const;
    // The pages of the shown preview drawn so far.
    int drawnPages() const;
    // A draw() is still at work.
    bool isDrawing() const;
    // The image of a page (1-based) as shown; null while it is not drawn yet.
    QImage pageImage(int page) const;
    // The page (1-based) at the top of the view; setCurrentPage() scrolls it there.
    int currentPage() const;
    void setCurrentPage(int page);

signals:
    // Every page of the latest draw() is drawn.
    void drawn(int pages);
    // The latest draw() could not lay the decision out (the message says why).
    void failed(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Job;
    void start();
    void laidOut(int job, int pages);
    void pageDrawn(int job, int page, const DecisionPackedPage &image, const QList<QSizeF> &sizes);
    void finished(int job, const QString &error);
    void showProgress();
    int imageWidth() const;

    DecisionPageArea *m_area;
    QProgressBar *m_progress;
    QTimer *m_widthTimer;
    std::optional<DecisionDocument> m_document; // the latest asked for, kept to draw again at another width
    std::unique_ptr<Job> m_job; // the worker at work, if any
    int m_jobs = 0; // the number of the latest job: an older job's results are dropped
    int m_asked = 0; // draw() calls: the preview shown is current when it answers the latest
    int m_shownAsk = -1;
    int m_layoutAsk = -1; // the draw() whose pages are counted in m_laidOutPages
    int m_laidOutPages = 0;
    int m_pages = 0;
    int m_drawn = 0;
    int m_width = 0; // the width the latest job draws at
};

} // namespace parindex
