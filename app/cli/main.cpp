#include "commandline.h"

#include <QtCore/QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parindex-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("parindex"));
    return parindex::CommandLine(QCoreApplication::arguments()).run();
}
