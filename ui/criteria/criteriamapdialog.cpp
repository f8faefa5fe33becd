#include "criteriamapdialog.h"

#include "deskdocument.h"

#include <QtWidgets/QComboBox>
#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QHeaderView>
#include <QtWidgets/QLabel>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QTreeWidget>
#include <QtWidgets/QVBoxLayout>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
// The combo's data: the codes of the year before a criterion continues (empty list: new); no data: no link.
QStringList codesOf(const QComboBox *combo)
{
    return combo->currentData().toStringList();
}
} // namespace

CriteriaMapDialog::CriteriaMapDialog(DeskDocument *document, const Period &period, QWidget *parent)
    : QDialog(parent),
      m_document(document),
      m_period(period),
      m_view(new QTreeWidget(this)),
      m_problems(new QLabel(this))
{
    setObjectName(u"criteriaMapDialog"_s);
    setWindowTitle(tr("What the criteria continue"));
    m_view->setObjectName(u"criteriaMapView"_s);
    m_problems->setObjectName(u"criteriaMapProblems"_s);
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(u"color: #b02020;"_s);
    auto *intro = new QLabel(this);
    intro->setObjectName(u"criteriaMapIntro"_s);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    resize(900, 560);

    QString failure;
    const auto map = document->criteriaMap(period.id);
    const auto tree = document->criteria(period.id);
    if (!map || !tree) {
        failure = (!map ? map.error() : tree.error()).text();
    } else if (!map->previousYear) {
        failure = tr("%1 is the first year of this group: there is no earlier year whose criteria it could continue.")
                      .arg(period.year);
    } else {
        const auto previousPeriod = document->period(*map->previousYear, period.groupCode);
        const auto previous = previousPeriod && *previousPeriod ? document->criteria((*previousPeriod)->id)
                                                                : Result<CriteriaTree>(previousPeriod.error());
        if (!previous) {
            failure = previous.error().text();
        } else {
            m_tree = *tree;
            m_previous = *previous;
            m_previousYear = *map->previousYear;
            m_before = map->links;
            m_usable = true;
        }
    }
    buttons->addButton(m_usable ? QDialogButtonBox::Cancel : QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_usable) {
        intro->setText(failure);
        m_view->hide();
        return;
    }
    intro->setText(tr("For each criterion of %1, the criterion of %2 it continues: what explanations of a unit's "
                      "change, the area trends and the area profile compare. A criterion made of several is shown as "
                      "a merger; a criterion without a link is compared with nothing.")
                       .arg(period.year)
                       .arg(m_previousYear));
    auto *same = buttons->addButton(tr("Link same code and title"), QDialogButtonBox::ActionRole);
    same->setObjectName(u"linkSameButton"_s);
    same->setToolTip(tr("Links each criterion without a link to the criterion of %1 with the same code and the same "
                        "title")
                         .arg(m_previousYear));
    connect(same, &QPushButton::clicked, this, [this] { linkSameCodeAndTitle(); });
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"saveMapButton"_s);
    if (!document->mayChangeStructure()) {
        m_save->setEnabled(false);
        m_save->setToolTip(document->isReadOnly() ? document->readOnlyReason() : document->structureLockedReason());
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    build();
}

void CriteriaMapDialog::build()
{
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Criterion of %1").arg(m_period.year), tr("Continues (of %1)").arg(m_previousYear)});
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    QHash<QString, QStringList> linked;
    for (const CriterionLink &l : std::as_const(m_before))
        linked[l.code].append(l.continues);
    QList<QTreeWidgetItem *> items;
    for (qsizetype i = 0; i < m_tree.size(); ++i) {
        const Criterion &c = m_tree.at(i);
        const qsizetype parent = m_tree.parentOf(i);
        auto *item = parent < 0 ? new QTreeWidgetItem(m_view) : new QTreeWidgetItem(items[parent]);
        item->setText(0, u"%1  %2"_s.arg(c.code, c.title));
        item->setToolTip(0, c.title);
        items.append(item);

        auto *combo = new QComboBox(m_view);
        combo->setObjectName(u"continues_%1"_s.arg(c.code));
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(36);
        combo->addItem(tr("— no link —"));
        combo->addItem(tr("New (continues nothing)"), QStringList());
        const bool area = parent < 0;
        const QStringList current = linked.value(c.code);
        QStringList nonEmpty = current;
        nonEmpty.removeAll(QString());
        if (nonEmpty.size() > 1)
            combo->addItem(tr("%1 (merged)").arg(nonEmpty.join(u" + "_s)), nonEmpty);
        for (qsizetype j = 0; j < m_previous.size(); ++j) {
            if ((m_previous.parentOf(j) < 0) != area)
                continue;
            const Criterion &p = m_previous.at(j);
            combo->addItem(u"%1 – %2"_s.arg(p.code, p.title), QStringList {p.code});
            combo->setItemData(combo->count() - 1, p.title, Qt::ToolTipRole);
        }
        int index = 0;
        if (current.size() == 1 && current.first().isEmpty())
            index = 1;
        else if (!nonEmpty.isEmpty())
            index = combo->findData(nonEmpty);
        combo->setCurrentIndex(qMax(0, index));
        connect(combo, &QComboBox::currentIndexChanged, this, &CriteriaMapDialog::refreshProblems);
        m_view->setItemWidget(item, 1, combo);
        m_combos.append(combo);
    }
    m_view->expandAll();
    m_view->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_view->setColumnWidth(0, 420);
    if (!m_combos.isEmpty())
        m_combos.first()->setFocus();
    refreshProblems();
}

QComboBox *CriteriaMapDialog::comboOf(qsizetype node) const
{
    return m_combos.value(node);
}

QList<CriterionLink> CriteriaMapDialog::links() const
{
    QList<CriterionLink> list;
    for (qsizetype i = 0; i < m_combos.size(); ++i) {
        const QComboBox *combo = m_combos[i];
        if (!combo->currentData().isValid())
            continue;
        const QStringList codes = codesOf(combo);
        if (codes.isEmpty())
            list.append({m_tree.at(i).code, QString()});
        for (const QString &code : codes)
            list.append({m_tree.at(i).code, code});
    }
    return list;
}

int CriteriaMapDialog::linkSameCodeAndTitle()
{
    int linked = 0;
    for (qsizetype i = 0; i < m_combos.size(); ++i) {
        QComboBox *combo = m_combos[i];
        if (combo->currentData().isValid())
            continue;
        const qsizetype j = m_previous.indexOf(m_tree.at(i).code);
        if (j < 0 || m_previous.at(j).title != m_tree.at(i).title)
            continue;
        const int index = combo->findData(QStringList {m_tree.at(i).code});
        if (index >= 0) {
            combo->setCurrentIndex(index);
            ++linked;
        }
    }
    return linked;
}

void CriteriaMapDialog::refreshProblems()
{
    QStringList unlinked;
    for (const qsizetype r : m_tree.roots()) {
        if (!m_combos[r]->currentData().isValid())
            unlinked.append(m_tree.at(r).code);
    }
    m_problems->setText(unlinked.isEmpty()
            ? QString()
            : tr("Say what these areas continue, or that they are new, before saving: %1.")
                  .arg(unlinked.join(u", "_s)));
    m_problems->setVisible(!unlinked.isEmpty());
    if (m_save && m_document->mayChangeStructure())
        m_save->setEnabled(unlinked.isEmpty());
}

} // namespace parindex
