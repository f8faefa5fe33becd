#include "readfailure.h"

#include <QtCore/QEvent>

using namespace Qt::StringLiterals;

namespace parindex {

ReadFailure::ReadFailure(QWidget *view) : QLabel(view)
{
    setObjectName(u"readFailure"_s);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setMargin(24);
    setStyleSheet(u"QLabel#readFailure { background: #fff4f4; color: #8b1a1a; border: 1px solid #e0a0a0; }"_s);
    view->installEventFilter(this);
    hide();
}

void ReadFailure::setFailure(const QString &text)
{
    m_text = text;
    setText(text);
    setToolTip(text);
    if (text.isEmpty()) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
}

QString ReadFailure::ofPeriod(const QString &reason)
{
    return tr("The data of this period cannot be read: %1").arg(reason);
}

QString ReadFailure::ofFile(const QString &reason)
{
    return tr("The file cannot be read: %1").arg(reason);
}

bool ReadFailure::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace parindex
