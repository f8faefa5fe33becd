#pragma once

// The real parindex-cli, run as a user would, for the tests of the command line. PARINDEX_CLI names the program
// built with the tests; PARINDEX_CLI_UNDER_TEST runs them against another build (an older one, to see them fail).
#include <QtCore/QProcess>
#include <QtCore/QStringList>

#include <sys/stat.h>

namespace parindex::clirun {

struct Run
{
    int exitCode = -1; // -1 when the program crashed or did not finish
    QString out;
    QString err;
};

struct Options
{
    QString standardOutput; // a file for stdout
    int umask = -1; // the program's umask, when not -1
    QStringList environment; // NAME=VALUE set for the program, over the test's own
};

inline QString program()
{
    return qEnvironmentVariable("PARINDEX_CLI_UNDER_TEST", QStringLiteral(PARINDEX_CLI));
}

inline Run cli(const QStringList &args, const Options &options = {})
{
    QProcess p;
    p.setProgram(program());
    p.setArguments(args);
    if (!options.environment.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &pair : options.environment)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(env);
    }
    if (!options.standardOutput.isEmpty())
        p.setStandardOutputFile(options.standardOutput);
    if (options.umask >= 0) {
        const mode_t mask = mode_t(options.umask);
        p.setChildProcessModifier([mask] { ::umask(mask); });
    }
    p.start();
    if (!p.waitForFinished(300000))
        qWarning("parindex-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError())};
}

} // namespace parindex::clirun
