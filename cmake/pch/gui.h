// Precompiled for the targets that link Qt Gui but not Qt Widgets (cmake/ParIndexPch.cmake).
#pragma once

#include "core.h"

#include <QtGui/QColor>
#include <QtGui/QFont>
#include <QtGui/QImage>
#include <QtGui/QPainter>
#include <QtGui/QTextDocument>
