#pragma once

#include <QtWidgets/QLineEdit>

#include <optional>

class QDate;

namespace parindex {

// A date typed as day/month/year. QDateEdit dropped a key it refused without a word, turned 31/02 into 28/02 while
// the day was typed, and put the previous date back on Enter when the text was not a date, so that a decision
// was recorded with a date nobody typed. A DateBox keeps every key, shows the format as soon as the text cannot
// become a date, eats Enter while it is not one, and typedDate() is empty then: the dialog refuses it.
class DateBox : public QLineEdit
{
    Q_OBJECT
public:
    explicit DateBox(const QDate &date, QWidget *parent = nullptr);

    // The date typed, when the text is one: day/month/year (02/02/2024 or 2/2/2024).
    std::optional<QDate> typedDate() const;
    // "Type a date as day/month/year, such as 02/02/2024."
    static QString formatMessage();

signals:
    // A key left a text that no date starts with, or Enter was pressed on a text that is not a date.
    void dateRefused(const QString &formatMessage);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showFormat();
};

} // namespace parindex
