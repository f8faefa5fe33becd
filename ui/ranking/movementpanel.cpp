#include "movementpanel.h"

#include "charts/chartview.h"
#include "desk/movementtext.h"
#include "render/charts/chartexport.h"
#include "render/charts/movementchart.h"

#include <QtGui/QClipboard>
#include <QtGui/QGuiApplication>
#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QStackedWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
enum Page { ExplainedPage, ReasonPage };

ChartContext contextFor(const QLocale &locale)
{
    ChartContext context;
    context.locale = locale;
    return context;
}
} // namespace

MovementPanel::MovementPanel(QWidget *parent) : QWidget(parent)
{
    m_sentence = new QLabel(this);
    m_sentence->setObjectName(u"movementSentence"_s);
    m_sentence->setWordWrap(true);
    m_sentence->setTextFormat(Qt::PlainText);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_copyText = new QPushButton(tr("Copy text"), this);
    m_copyText->setObjectName(u"movementCopyText"_s);
    m_copyText->setToolTip(tr("Puts the sentence on the clipboard, to paste into a report"));
    connect(m_copyText, &QPushButton::clicked, this, &MovementPanel::copyText);
    m_copyChart = new QPushButton(tr("Copy chart"), this);
    m_copyChart->setObjectName(u"movementCopyChart"_s);
    m_copyChart->setToolTip(tr("Puts the waterfall chart on the clipboard as a picture"));
    connect(m_copyChart, &QPushButton::clicked, this, &MovementPanel::copyChart);

    m_chart = new ChartView(this);
    m_chart->setObjectName(u"movementChart"_s);
    m_chart->setMinimumHeight(320);

    auto *explained = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_sentence, 1);
    auto *buttonColumn = new QVBoxLayout;
    buttonColumn->addWidget(m_copyText);
    buttonColumn->addWidget(m_copyChart);
    buttonColumn->addStretch();
    buttons->addLayout(buttonColumn);
    auto *explainedLayout = new QVBoxLayout(explained);
    explainedLayout->setContentsMargins(0, 0, 0, 0);
    explainedLayout->addLayout(buttons);
    explainedLayout->addWidget(m_chart, 1);

    m_reason = new QLabel(this);
    m_reason->setObjectName(u"movementReason"_s);
    m_reason->setWordWrap(true);
    m_reason->setTextFormat(Qt::PlainText);
    m_reason->setAlignment(Qt::AlignCenter);

    m_pages = new QStackedWidget(this);
    m_pages->insertWidget(ExplainedPage, explained);
    m_pages->insertWidget(ReasonPage, m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    clear();
}

MovementPanel::~MovementPanel() = default;

void MovementPanel::setExplanation(const IndexMovement &movement)
{
    m_state = State::Explained;
    m_movement = movement;
    m_sentence->setText(MovementText::sentence(movement, locale()));
    m_chart->show(std::unique_ptr<QChart>(MovementChart::build(movement, contextFor(locale()))));
    m_reason->clear();
    m_pages->setCurrentIndex(ExplainedPage);
}

void MovementPanel::setExplanation(const Result<IndexMovement> &movement)
{
    if (movement)
        setExplanation(*movement);
    else
        setUnavailable(movement.error().message);
}

void MovementPanel::setUnavailable(const QString &reason)
{
    m_state = State::Unavailable;
    m_movement.reset();
    m_sentence->clear();
    m_chart->show(nullptr);
    m_reason->setText(reason);
    m_pages->setCurrentIndex(ReasonPage);
}

void MovementPanel::clear()
{
    setUnavailable(tr("Select a unit to see why it moved since the year before."));
    m_state = State::Empty;
}

QString MovementPanel::sentence() const
{
    return m_state == State::Explained ? m_sentence->text() : QString();
}

QString MovementPanel::reason() const
{
    return m_state == State::Unavailable ? m_reason->text() : QString();
}

QChart *MovementPanel::chart() const
{
    return m_state == State::Explained ? m_chart->chart() : nullptr;
}

QString MovementPanel::noEarlierYear(int year)
{
    return tr("%1 is the first year of this group: there is no earlier ranking to compare with.").arg(year);
}

void MovementPanel::copyText()
{
    if (m_state == State::Explained)
        QGuiApplication::clipboard()->setText(sentence());
}

void MovementPanel::copyChart()
{
    if (m_state != State::Explained || !m_movement)
        return;
    // A chart of its own at the export size: the one on screen keeps its geometry.
    std::unique_ptr<QChart> chart(MovementChart::build(*m_movement, contextFor(locale())));
    QGuiApplication::clipboard()->setImage(
        ChartExport::toImage(chart.get(), MovementChart::sizeFor(m_movement->areas.size())));
}

} // namespace parindex
