#include "commandline.h"
#include "platform/platform.h"

#include <QtCore/QDir>
#include <QtWidgets/QApplication>

int main(int argc, char *argv[])
{
    // Charts are drawn with Qt Charts (Graphics View), which needs a QApplication; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Without a desktop session there is no runtime folder; give Qt a private one instead of a warning on stderr.
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
        const QString runtime = QDir::tempPath() + QStringLiteral("/parindex-runtime-") + parindex::platform::userKey();
        if (QDir().mkpath(runtime)
            && QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner))
            qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("parindex-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("parindex"));
    return parindex::CommandLine(QCoreApplication::arguments()).run();
}
