#pragma once
// What the tests of the main window's tabs share: the demo file they copy, and typing as a keyboard does.

#include "demo/demoprovince.h"
#include "storage/database.h"

#include <QtCore/QString>
#include <QtGui/QKeyEvent>
#include <QtWidgets/QApplication>
#include <QtWidgets/QWidget>

namespace parindex::test {

// Creates the demo province at `path`; false (with a warning) when it cannot.
inline bool createDemo(const QString &path)
{
    auto db = Database::create(path);
    const Status filled = db ? DemoProvince::fill(**db) : Status(db.error());
    if (!filled)
        qWarning("cannot create the demo at %s: %s", qPrintable(path), qPrintable(filled.error().text()));
    return filled.ok();
}

// A consistent copy of `source` at `target`, as a council member's own file.
inline bool copyOf(const QString &source, const QString &target)
{
    auto db = Database::open(source, Database::Access::ReadOnly);
    return db && (*db)->backupTo(target);
}

// Types text as a keyboard does, one key event per character (QTest::keyClicks takes Latin-1 only).
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        QKeyEvent press(QEvent::KeyPress, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QKeyEvent release(QEvent::KeyRelease, Qt::Key_unknown, Qt::NoModifier, QString(c));
        QApplication::sendEvent(widget, &press);
        QApplication::sendEvent(widget, &release);
    }
}

} // namespace parindex::test
