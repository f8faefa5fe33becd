#pragma once

#include "model/fixed.h"

#include <QtCore/QLocale>

namespace parindex {

// The numbers of messages for people (an import's problems, its notes) in the locale the program chose: the
// window's language ("từ 0 đến 0,5" in Vietnamese). '.' as decimal point until a program sets one, so that the
// command line's messages stay as scripts read them. Set once, before any reading thread starts.
class MessageLocale
{
public:
    static void set(const QLocale &locale) { store() = locale; }
    static QLocale get() { return store(); }
    static QString number(const Fixed &value, int decimals = -1) { return value.toString(store(), decimals); }

private:
    static QLocale &store()
    {
        static QLocale locale = [] {
            QLocale c = QLocale::c();
            c.setNumberOptions(QLocale::OmitGroupSeparator);
            return c;
        }();
        return locale;
    }
};

} // namespace parindex
