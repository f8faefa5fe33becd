// Precompiled for the QtTest programs, after core.h, gui.h or widgets.h (cmake/ParIndexPch.cmake). QTest's own
// headers depend on QT_GUI_LIB and QT_WIDGETS_LIB, hence one precompiled header per kind of test.
#pragma once

#include <QtCore/QProcess>
#include <QtCore/QStandardPaths>
#include <QtCore/QTemporaryDir>
#include <QtTest/QSignalSpy>
#include <QtTest/QTest>
