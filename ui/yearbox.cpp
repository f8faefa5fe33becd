#include "yearbox.h"

#include <QtGui/QKeyEvent>
#include <QtWidgets/QLineEdit>
#include <QtWidgets/QToolTip>

namespace parindex {

YearBox::YearBox(QWidget *parent) : QSpinBox(parent)
{
    setGroupSeparatorShown(false);
    connect(lineEdit(), &QLineEdit::inputRejected, this, &YearBox::showRange);
}

std::optional<int> YearBox::typedYear() const
{
    if (!hasAcceptableInput())
        return std::nullopt;
    bool ok = false;
    const int year = cleanText().toInt(&ok);
    return ok && year >= minimum() && year <= maximum() ? std::optional<int>(year) : std::nullopt;
}

QString YearBox::rangeMessage() const
{
    return tr("Type a year from %1 to %2.").arg(QString::number(minimum()), QString::number(maximum()));
}

void YearBox::showRange()
{
    QToolTip::showText(mapToGlobal(QPoint(0, height())), rangeMessage(), this);
    emit yearRefused(rangeMessage());
}

void YearBox::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !typedYear()) {
        showRange(); // QSpinBox would put the previous year back and let the dialog go on with it
        event->accept();
        return;
    }
    QSpinBox::keyPressEvent(event);
}

void YearBox::focusOutEvent(QFocusEvent *event)
{
    if (typedYear()) {
        QSpinBox::focusOutEvent(event);
        return;
    }
    // Keep the text as typed (QSpinBox would put the previous year back): the dialog refuses it.
    lineEdit()->event(event);
    QWidget::focusOutEvent(event);
}

} // namespace parindex
