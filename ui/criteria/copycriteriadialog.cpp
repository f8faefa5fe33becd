#include "copycriteriadialog.h"

#include "deskdocument.h"

#include <QtWidgets/QDialogButtonBox>
#include <QtWidgets/QLabel>
#include <QtWidgets/QListWidget>
#include <QtWidgets/QPushButton>
#include <QtWidgets/QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace parindex {

QList<Period> CopyCriteriaDialog::sources(const DeskDocument *document, const Period &target)
{
    QList<Period> list;
    for (const Period &p : document->periods(target.groupCode)) {
        if (p.year < target.year && !document->criteria(p.id).isEmpty())
            list.append(p);
    }
    std::sort(list.begin(), list.end(), [](const Period &a, const Period &b) { return a.year > b.year; });
    return list;
}

CopyCriteriaDialog::CopyCriteriaDialog(DeskDocument *document, const Period &target, QWidget *parent)
    : QDialog(parent), m_sources(sources(document, target)), m_list(new QListWidget(this))
{
    setObjectName(u"copyCriteriaDialog"_s);
    setWindowTitle(tr("Copy criteria from an earlier year"));
    auto *intro = new QLabel(tr("The criteria tree and the classification bands of the year you choose replace those "
                                "of %1 (group %2). Undo brings the present ones back.")
                                 .arg(QString::number(target.year), target.groupCode),
        this);
    intro->setWordWrap(true);
    m_list->setObjectName(u"sourceYears"_s);
    for (const Period &p : std::as_const(m_sources)) {
        const CriteriaTree tree = document->criteria(p.id);
        auto *item = new QListWidgetItem(
            tr("%1 (%2): %n area(s), %3 criteria in all", nullptr, int(tree.roots().size()))
                .arg(QString::number(p.year), PeriodText::statusLabel(p.status), QString::number(tree.size())),
            m_list);
        item->setData(Qt::UserRole, p.id);
    }
    m_list->setCurrentRow(0);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copy = buttons->addButton(tr("Copy"), QDialogButtonBox::AcceptRole);
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    copy->setEnabled(!m_sources.isEmpty());
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

std::optional<Period> CopyCriteriaDialog::chosen() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_sources.size())
        return std::nullopt;
    return m_sources[row];
}

} // namespace parindex
