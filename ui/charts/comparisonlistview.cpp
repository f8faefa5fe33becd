#include "comparisonlistview.h"

#include "comparisonlistmodel.h"

#include "render/charts/comparisonlistpaint.h"

#include <QtGui/QPainter>
#include <QtWidgets/QStyledItemDelegate>

#include <algorithm>
#include <cmath>

namespace parindex {

namespace {
constexpr int HeadGap = 6;

// Paints a row with the same code as the files (ComparisonListPaint); a selected row gets a frame, so that its
// bar keeps its class colour.
class RowDelegate : public QStyledItemDelegate
{
public:
    RowDelegate(const ComparisonListModel *model, QObject *parent) : QStyledItemDelegate(parent), m_model(model) { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const auto row = index.data(ComparisonListModel::RowRole).value<ComparisonRow>();
        ComparisonListPaint::paintRow(painter, option.rect, m_model->list(), row, option.font, index.row() % 2 == 1);
        if (option.state & (QStyle::State_Selected | QStyle::State_HasFocus)) {
            painter->save();
            painter->setPen(QPen(option.palette.highlight().color(), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
            painter->restore();
        }
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {std::max(1, option.rect.width()), int(ComparisonListPaint::rowHeight(option.font))};
    }

private:
    const ComparisonListModel *m_model;
};
} // namespace

// The title, the key and the scale, across the width of the rows under them.
class ComparisonListView::Head : public QWidget
{
public:
    explicit Head(ComparisonListView *view) : QWidget(view), m_view(view) { setAutoFillBackground(false); }

    int heightFor(int width) const
    {
        const ComparisonList &list = m_view->list();
        return int(std::ceil(ComparisonListPaint::titleHeight(list, font(), width)
            + ComparisonListPaint::keyHeight(list, font(), width) + HeadGap
            + ComparisonListPaint::scaleHeight(font())));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        const ComparisonList &list = m_view->list();
        QPainter painter(this);
        painter.fillRect(rect(), palette().base());
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal w = width();
        qreal y = 0;
        const qreal title = ComparisonListPaint::titleHeight(list, font(), w);
        ComparisonListPaint::paintTitle(&painter, QRectF(0, y, w, title), list, font());
        y += title;
        const qreal key = ComparisonListPaint::keyHeight(list, font(), w);
        ComparisonListPaint::paintKey(&painter, QRectF(0, y, w, key), list, font());
        y += key + HeadGap;
        ComparisonListPaint::paintScale(
            &painter, QRectF(0, y, w, ComparisonListPaint::scaleHeight(font())), list, font());
    }

private:
    ComparisonListView *m_view;
};

ComparisonListView::ComparisonListView(QWidget *parent)
    : QListView(parent), m_model(new ComparisonListModel(this)), m_head(new Head(this))
{
    setModel(m_model);
    setItemDelegate(new RowDelegate(m_model, this));
    setUniformItemSizes(true); // every row as high: the view never measures 3,321 rows
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setTextElideMode(Qt::ElideRight);
}

ComparisonListView::~ComparisonListView() = default;

void ComparisonListView::setList(ComparisonList list)
{
    m_model->setList(std::move(list));
    updateGeometries();
    m_head->update();
}

const ComparisonList &ComparisonListView::list() const
{
    return m_model->list();
}

void ComparisonListView::updateGeometries()
{
    const int width = viewport()->width();
    const int height = m_head->heightFor(width);
    if (height != m_headHeight) {
        m_headHeight = height;
        setViewportMargins(0, height, 0, 0); // lays the viewport out again, and comes back here
    }
    const QRect port = viewport()->geometry();
    m_head->setGeometry(port.left(), port.top() - m_headHeight, port.width(), m_headHeight);
    QListView::updateGeometries();
}

} // namespace parindex
