#include "datebox.h"

#include <QtCore/QDate>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QToolTip>

using namespace Qt::StringLiterals;

namespace parindex {

namespace {
const QString format = u"dd/MM/yyyy"_s;

// Whether more keys can still make `text` a date of the format: digits and slashes, no longer than the format.
bool canBecomeDate(QStringView text)
{
    if (text.size() > format.size())
        return false;
    for (QChar c : text) {
        if (!(c >= u'0' && c <= u'9') && c != u'/')
            return false;
    }
    return text.count(u'/') <= 2;
}
} // namespace

DateBox::DateBox(const QDate &date, QWidget *parent) : QLineEdit(date.toString(format), parent)
{
    setPlaceholderText(u"dd/mm/yyyy"_s);
    connect(this, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!canBecomeDate(text.trimmed()))
            showFormat();
    });
}

std::optional<QDate> DateBox::typedDate() const
{
    // 2/2/2024 as well as 02/02/2024.
    const QDate date = QDate::fromString(text().trimmed(), u"d/M/yyyy"_s);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString DateBox::formatMessage()
{
    return tr("Type a date as day/month/year, such as 02/02/2024.");
}

void DateBox::showFormat()
{
    QToolTip::showText(mapToGlobal(QPoint(0, height())), formatMessage(), this);
    emit dateRefused(formatMessage());
}

void DateBox::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !typedDate()) {
        showFormat(); // not a date: the dialog does not go on with another one
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace parindex
