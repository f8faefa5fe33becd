#pragma once

#include <QtWidgets/QSpinBox>

#include <optional>

namespace parindex {

// A year typed into a spin box. QSpinBox drops a key it refuses without a word and, when the text is not a year
// of its range, puts the previous year back on Enter or when the focus leaves, so that a dialog acted on a year
// nobody typed. A YearBox shows its range at such a key, keeps the text, eats Enter while the text is not a year
// of its range, and typedYear() is empty then: the dialog refuses rather than use another year.
class YearBox : public QSpinBox
{
    Q_OBJECT
public:
    explicit YearBox(QWidget *parent = nullptr);

    // The year typed, when it is one of the range.
    std::optional<int> typedYear() const;
    // "Type a year from 2000 to 2100."
    QString rangeMessage() const;

signals:
    // A key was refused, or Enter pressed on a text that is not a year of the range.
    void yearRefused(const QString &rangeMessage);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void showRange();
};

} // namespace parindex
