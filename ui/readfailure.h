#pragma once

#include <QtWidgets/QLabel>

namespace parindex {

// What a view shows in place of its data when the file could not be read: the reason, over the whole view,
// so that nothing behind it (an empty table, default bands) passes for what the file holds.
class ReadFailure : public QLabel
{
    Q_OBJECT
public:
    // Covers `view` (as its child) while a failure is shown.
    explicit ReadFailure(QWidget *view);

    // Shows the failure over the view; an empty text hides it.
    void setFailure(const QString &text);
    bool isShown() const { return !m_text.isEmpty(); }
    QString failure() const { return m_text; }

    // "The data of this period cannot be read: <reason>", and the same for the file's units and groups.
    static QString ofPeriod(const QString &reason);
    static QString ofFile(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_text;
};

} // namespace parindex
