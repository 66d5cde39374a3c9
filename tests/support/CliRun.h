#pragma once
// Shared by the tests that run armcpg-cli as a user does: one process, its exit code and what it printed.
// Header-only: ARMCPG_CLI_PATH is defined for each test executable, not for the support library.
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>

namespace armcpg::test {

struct CliRun
{
    int code = -1; // -1: it crashed or did not finish in two minutes
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun cli(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral(ARMCPG_CLI_PATH), args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace armcpg::test
