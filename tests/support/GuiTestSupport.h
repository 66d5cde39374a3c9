#pragma once

// What the GUI tests share: typing Kazakh and Russian text key by key, screenshots on request, answering a modal
// dialog from a timer, showing a window active, clicking, and directory kinds, entries and an administrator for a
// fixture. Header-only on purpose: only the GUI tests include it, and tests/support/*.cpp is compiled into a library
// that links Qt Core and Qt Test but not Qt Widgets.
#include "common/Problem.h"
#include "directory/DirectoryEntry.h"
#include "directory/DirectoryRepository.h"
#include "directory/DirectoryService.h"
#include "security/Session.h"
#include "security/UserService.h"
#include "storage/Database.h"
#include "storage/WriteTransaction.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDate>
#include <QDeadlineTimer>
#include <QDialog>
#include <QDialogButtonBox>
#include <QList>
#include <QPointer>
#include <QPushButton>
#include <QString>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace armcpg::test {

// Types any text into a widget key by key. QTest::keyClicks handles only Latin-1, so Kazakh and Russian letters go
// with Qt::Key_unknown and their text; ASCII goes with its key code (Qt::Key_A for 'a'), as some tests rely on
// shortcuts and on keys such as Return being recognised.
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// With ARMCPG_SCREENSHOTS=<folder>, the states a person would see are saved as PNG for a look.
inline void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("ARMCPG_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // pending layout requests, as a person's screen would have them done
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// The timers of onModal() that have not fired yet; cancelPendingModals() drops them.
inline QList<QPointer<QTimer>>& pendingModals()
{
    static QList<QPointer<QTimer>> timers;
    return timers;
}

// Runs `handle` on the first modal dialog of type T that opens within five seconds (the caller then opens it with
// a click and blocks in its exec()). Should none open, or the handler leave it open, it is closed so that the test
// fails instead of hanging. cancelPendingModals() at the end of each test drops handlers that never ran.
template <typename T> void onModal(std::function<void(T*)> handle, bool* handled = nullptr)
{
    auto* timer = new QTimer;
    pendingModals() << timer;
    timer->setInterval(20);
    const QDeadlineTimer deadline(5000);
    QObject::connect(timer, &QTimer::timeout, [=] {
        QWidget* modal = QApplication::activeModalWidget();
        if (auto* dialog = qobject_cast<T*>(modal)) {
            timer->stop();
            timer->deleteLater();
            if (handled)
                *handled = true;
            QPointer<QDialog> guard(dialog);
            handle(dialog);
            if (guard && guard->isVisible()) {
                qWarning("the handler left %s open; closing it", guard->metaObject()->className());
                guard->reject();
            }
        } else if (deadline.hasExpired()) {
            timer->stop();
            timer->deleteLater();
            if (auto* dialog = qobject_cast<QDialog*>(modal))
                dialog->reject();
        }
    });
    timer->start();
}

inline void cancelPendingModals()
{
    QList<QPointer<QTimer>>& timers = pendingModals();
    for (const QPointer<QTimer>& timer : std::as_const(timers))
        delete timer.data();
    timers.clear();
}

// Shows a window and makes it the active one, as a person's click on it would; false if it never becomes active.
[[nodiscard]] inline bool showActive(QWidget* window)
{
    window->show();
    QApplication::setActiveWindow(window);
    return QTest::qWaitForWindowActive(window);
}

// Keyboard shortcuts follow the focus; offscreen, closing a dialog does not give it back to the window.
inline void focusOn(QWidget* widget)
{
    QApplication::setActiveWindow(widget->window());
    widget->setFocus();
    QTRY_VERIFY(widget->hasFocus());
}

inline void click(QAbstractButton* button)
{
    QVERIFY(button);
    QVERIFY2(button->isEnabled(), qPrintable(button->objectName()));
    // A check box reacts to its box and label only, not to the empty rest of a stretched row.
    const QPoint where = qobject_cast<QCheckBox*>(button) ? QPoint(8, button->height() / 2) : button->rect().center();
    QTest::mouseClick(button, Qt::LeftButton, {}, where);
}

inline QAbstractButton* dialogButton(QDialog* dialog, QDialogButtonBox::StandardButton which)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox*>();
    return boxes.isEmpty() ? nullptr : boxes.first()->button(which);
}

// A directory kind as the fixtures need it, written straight through the repository: one name for Kazakh and
// Russian, another for English.
inline void addKind(Database& db, const QString& code, const QString& name, const QString& nameEn, bool hierarchical,
                    int sortOrder)
{
    DirectoryKind kind;
    kind.code = code;
    kind.nameKk = name;
    kind.nameRu = name;
    kind.nameEn = nameEn;
    kind.hierarchical = hierarchical;
    kind.sortOrder = sortOrder;
    WriteTransaction tx(db, Session::program(QStringLiteral("test")).actor());
    QVERIFY(!DirectoryRepository(db).insertKind(tx, kind).isEmpty());
    QVERIFY(tx.commit());
}

// A kind named by its code in Kazakh and Russian, without an English name, in the default place.
inline void addKind(Database& db, const QString& code, bool hierarchical)
{
    addKind(db, code, code, QString(), hierarchical, 0);
}

// A kind with one name for Kazakh and Russian, its code for English, and a place in the list of kinds.
inline void addKind(Database& db, const QString& code, const QString& name, bool hierarchical, int sortOrder)
{
    addKind(db, code, name, code, hierarchical, sortOrder);
}

// A directory entry saved through the service, as the program would.
inline void addEntry(Database& db, const QString& kind, const QString& code, const QString& kk, const QString& ru,
                     const QString& en = {}, const QString& parent = {}, const QDate& validTo = {})
{
    DirectoryEntry e;
    e.kind = kind;
    e.code = code;
    e.nameKk = kk;
    e.nameRu = ru;
    e.nameEn = en;
    e.parentCode = parent;
    e.validTo = validTo;
    Problems problems;
    QVERIFY2(DirectoryService(db).save(Session::program(QStringLiteral("test")), e, &problems),
             qPrintable(describe(problems)));
}

// Creates the administrator "admin" (password Admin-2026, organisation GP) and signs in as them.
inline Session signInAdministrator(Database& db, const QString& fullName)
{
    UserService users(db);
    UserAccount admin;
    admin.login = QStringLiteral("admin");
    admin.fullName = fullName;
    admin.roles = {Role::Administrator};
    admin.organisationCode = QStringLiteral("GP");
    Problems problems;
    users.createUser(Session::program(QStringLiteral("test")), admin, QStringLiteral("Admin-2026"), &problems);
    const auto session = users.signIn(QStringLiteral("admin"), QStringLiteral("Admin-2026"), &problems);
    if (!session)
        qFatal("cannot sign in: %s", qPrintable(describe(problems)));
    return *session;
}

} // namespace armcpg::test
