#include "scoresummary.h"

#include "ranking/rankingmodel.h"

#include <QtWidgets/QHBoxLayout>
#include <QtWidgets/QLabel>

using namespace Qt::StringLiterals;

namespace parindex {

ScoreSummary::ScoreSummary(QWidget *parent)
    : QFrame(parent),
      m_points(new QLabel(this)),
      m_index(new QLabel(this)),
      m_class(new QLabel(this)),
      m_missing(new QLabel(this))
{
    setObjectName(u"scoreSummary"_s);
    setFrameShape(QFrame::StyledPanel);
    m_points->setObjectName(u"summaryPoints"_s);
    m_index->setObjectName(u"summaryIndex"_s);
    m_class->setObjectName(u"summaryClass"_s);
    m_missing->setObjectName(u"summaryMissing"_s);
    QFont bold = font();
    bold.setBold(true);
    m_points->setFont(bold);
    m_index->setFont(bold);
    m_missing->setWordWrap(true);
    for (QLabel *label : {m_points, m_index, m_class, m_missing})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setSpacing(18);
    layout->addWidget(m_points);
    layout->addWidget(m_index);
    layout->addWidget(m_class);
    layout->addWidget(m_missing, 1);
    clear();
}

void ScoreSummary::clear()
{
    m_points->clear();
    m_index->clear();
    m_class->clear();
    m_class->setStyleSheet({});
    m_missing->setText(tr("No unit selected"));
    m_missing->setToolTip({});
}

void ScoreSummary::showFailure(const QString &text)
{
    clear();
    m_missing->setText(text);
    m_missing->setToolTip(text);
}

void ScoreSummary::showScore(const SheetScore &score, const Result<ClassBands> &bands)
{
    const Fixed index = score.index();
    m_points->setText(
        tr("Total: %1 / %2 points").arg(score.totalPoints.toString(m_locale), score.totalMax.toString(m_locale)));
    if (score.missing.isEmpty() && score.totalMax <= Fixed()) {
        // Nothing applies: 0.00 % and the lowest class would read as a result.
        m_index->setText(tr("Index: –"));
        m_class->setText(tr("Not ranked"));
        m_class->setToolTip({});
        m_class->setStyleSheet({});
        m_missing->setText(tr("Every criterion is not applicable to this unit: it has no index and no rank."));
        m_missing->setToolTip({});
        return;
    }
    m_index->setText(tr("Index: %1 %").arg(index.toString(m_locale, 2)));
    if (!bands) {
        // Never a class from default bands: the period's own could not be read.
        m_class->setText(tr("Class not known: the class bands cannot be read"));
        m_class->setToolTip(bands.error().text());
        m_class->setStyleSheet(u"QLabel { color: #8b1a1a; font-weight: bold; }"_s);
        m_missing->clear();
        m_missing->setToolTip({});
        return;
    }
    const ClassCode classCode = bands->classify(index);
    const bool complete = score.missing.isEmpty();
    m_class->setText(complete ? ClassBands::label(classCode) : tr("%1, provisional").arg(ClassBands::label(classCode)));
    m_class->setToolTip(complete ? QString() : tr("The class holds once every applicable criterion is appraised."));
    m_class->setStyleSheet(u"QLabel { background: %1; color: black; padding: 1px 8px; border-radius: 3px; }"_s.arg(
        RankingModel::classColor(classCode).name()));
    if (complete) {
        m_missing->setText(tr("Every applicable criterion is appraised."));
        m_missing->setToolTip({});
        return;
    }
    const qsizetype count = score.missing.size();
    QString codes = score.missing.mid(0, ShownMissingCodes).join(u", "_s);
    if (count > ShownMissingCodes)
        codes += u", …"_s;
    m_missing->setText(tr("Missing (%n): %1", nullptr, int(count)).arg(codes));
    m_missing->setToolTip(score.missing.join(u", "_s));
}

QString ScoreSummary::text() const
{
    QStringList parts;
    for (const QLabel *label : {m_points, m_index, m_class, m_missing}) {
        if (!label->text().isEmpty())
            parts.append(label->text());
    }
    return parts.join(u" · "_s);
}

} // namespace parindex
