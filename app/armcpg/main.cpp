// armcpg: the workstation. Wiring only: settings, database, sign-in, main window.
#include "i18n/Translator.h"
#include "security/UserService.h"
#include "setup/Setup.h"
#include "shell/FirstStartDialog.h"
#include "shell/LoginDialog.h"
#include "queue/BoardWindow.h"
#include "queue/KioskWindow.h"
#include "shell/MainWindow.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <functional>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace armcpg;

namespace {
bool hasDisplay(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "-platform") == 0 || std::strcmp(argv[i], "--help") == 0
            || std::strcmp(argv[i], "-h") == 0 || std::strcmp(argv[i], "--version") == 0)
            return true;
    }
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY")
        || qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
}
} // namespace

int main(int argc, char* argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (!hasDisplay(argc, argv)) {
        std::fprintf(stderr, "armcpg needs a display and there is none (DISPLAY is not set).\n"
                             "Run it on a virtual display:  xvfb-run -a armcpg\n"
                             "or without any display:       QT_QPA_PLATFORM=offscreen armcpg\n"
                             "The command-line tools need no display: armcpg-cli --help\n");
        return 1;
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"armcpg"_s);
    QApplication::setApplicationName(u"armcpg"_s);
    QApplication::setApplicationVersion(QStringLiteral(ARMCPG_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"АРМ «ЦПГ»: the workstation of a citizen reception centre."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"db"_s, u"Database: SQLite file or postgresql://user@host:port/db (default: the saved setting, or the "
                  "SQLite file in the user's data folder). Saved for the next start."_s, u"db"_s},
        {u"language"_s, u"kk, ru or en (default: the remembered choice, Russian at first)."_s, u"code"_s},
        {u"user"_s, u"Sign in as this user with the password in ARMCPG_PASSWORD (kiosks, tests)."_s, u"login"_s},
        {u"kiosk"_s, u"Run as the queue's kiosk: the ticket window full screen, without signing in."_s},
        {u"board"_s, u"Run as the queue's display board: the calls full screen, without signing in."_s},
        {u"startup-time"_s, u"Print the milliseconds from start to an interactive main window, then quit."_s},
    });
    parser.process(app);

    if (!Translator::install(parser.isSet(u"language"_s) ? parser.value(u"language"_s) : Translator::fromSettings()))
        Translator::install(u"ru"_s); // an unknown code: Russian, as at the first start

    QSettings settings;
    Problems problems;
    ConnectionSettings connection = parser.isSet(u"db"_s) ? ConnectionSettings::parse(parser.value(u"db"_s), &problems)
                                                          : ConnectionSettings::load(settings);
    std::unique_ptr<Database> db = problems.isEmpty() ? Setup::open(connection, &problems) : nullptr;
    // The centre's password is never stored: when libpq has none (PGPASSWORD, ~/.pgpass), ask, and keep it in memory.
    for (int attempt = 0; !db && !connection.isSqlite() && attempt < 3 && describe(problems).contains(u"password"_s);
         ++attempt) {
        bool ok = false;
        connection.password = QInputDialog::getText(
            nullptr, QApplication::translate("main", "АРМ «ЦПГ»"),
            QApplication::translate("main", "Password of %1 for the database %2:").arg(connection.user, connection.toDisplayString()),
            QLineEdit::Password, {}, &ok);
        if (!ok)
            return 0;
        problems.clear();
        db = Setup::open(connection, &problems);
    }
    if (db && !Setup::isInitialised(*db))
        Setup::initialise(*db, false, &problems);
    if (!db || !problems.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "АРМ «ЦПГ»"),
                              QApplication::translate("main", "The database cannot be opened.\n\n%1").arg(describe(problems)));
        return 1;
    }
    if (parser.isSet(u"db"_s))
        connection.save(settings);

    // A kiosk or a board shows only the queue, as the program itself: nobody signs in at a kiosk or a TV.
    if (parser.isSet(u"kiosk"_s) || parser.isSet(u"board"_s)) {
        std::unique_ptr<QWidget> queueWindow;
        if (parser.isSet(u"kiosk"_s))
            queueWindow = std::make_unique<KioskWindow>(*db);
        else
            queueWindow = std::make_unique<BoardWindow>(*db);
        queueWindow->showFullScreen();
        if (parser.isSet(u"startup-time"_s)) {
            QTimer::singleShot(0, &app, [&] {
                std::printf("startup_ms=%lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
                app.quit();
            });
        }
        return app.exec();
    }

    UserService users(*db);
    if (!users.hasUsers()) {
        FirstStartDialog first(*db);
        if (first.exec() != QDialog::Accepted)
            return 0;
    }

    std::unique_ptr<MainWindow> window;
    QString autoUser = parser.value(u"user"_s); // signing out forgets it
    std::function<bool()> signIn = [&]() {
        Session session;
        if (!autoUser.isEmpty()) {
            Problems signInProblems;
            const auto s = users.signIn(autoUser, qEnvironmentVariable("ARMCPG_PASSWORD"), &signInProblems);
            if (s && s->user().mustChangePassword)
                signInProblems.append({u"password"_s, u"%1 must choose a new password: sign in without --user"_s.arg(autoUser)});
            if (!s || !signInProblems.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(describe(signInProblems)));
                return false;
            }
            session = *s;
        } else {
            LoginDialog login(*db);
            if (login.exec() != QDialog::Accepted)
                return false;
            session = login.session();
        }
        window = std::make_unique<MainWindow>(*db, session);
        QObject::connect(window.get(), &MainWindow::signOutRequested, &app, [&] {
            window->hide();
            window.release()->deleteLater();
            autoUser.clear();
            if (!signIn())
                app.quit();
        });
        window->show();
        return true;
    };
    if (!signIn())
        return 0;
    if (parser.isSet(u"startup-time"_s)) {
        // The first pass of the event loop after show(): the window has been laid out and painted.
        QTimer::singleShot(0, &app, [&] {
            std::printf("startup_ms=%lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            app.quit();
        });
    }
    return app.exec();
}
