#include "AppealSidePanel.h"

#include "appeal/AppealAttachments.h"
#include "appeal/AppealForm.h"
#include "appeal/AppealScreening.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace armcpg {

AppealSidePanel::AppealSidePanel(Database& db, const Session& session, AppealForm* form)
    : QWidget(form), m_db(db), m_session(session), m_form(form), m_candidates(new QTreeWidget),
      m_suggestion(new QLabel), m_files(new QListWidget), m_add(new QPushButton), m_open(new QPushButton),
      m_remove(new QPushButton), m_typing(new QTimer(this))
{
    chooseFile = [this] { return QFileDialog::getOpenFileName(this, tr("Add a file to the appeal")); };
    openFile = [](const QString& path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); };
    m_candidates->setObjectName(u"candidates"_s);
    m_candidates->setRootIsDecorated(false);
    m_candidates->setColumnCount(3);
    m_candidates->setHeaderLabels({tr("Number"), tr("Received"), tr("Why")});
    m_suggestion->setObjectName(u"suggestion"_s);
    m_suggestion->setWordWrap(true);
    m_files->setObjectName(u"attachments"_s);
    m_add->setObjectName(u"addFile"_s);
    m_open->setObjectName(u"openFile"_s);
    m_remove->setObjectName(u"removeFile"_s);
    m_add->setText(tr("Add…"));
    m_open->setText(tr("Open"));
    m_remove->setText(tr("Remove"));
    connect(m_add, &QPushButton::clicked, this, &AppealSidePanel::addFile);
    connect(m_open, &QPushButton::clicked, this, &AppealSidePanel::openSelected);
    connect(m_remove, &QPushButton::clicked, this, &AppealSidePanel::removeSelected);
    connect(m_files, &QListWidget::itemActivated, this, &AppealSidePanel::openSelected);

    auto* screening = new QGroupBox(tr("Earlier appeals of the applicant (I-2, RR-13)"));
    auto* sl = new QVBoxLayout(screening);
    sl->addWidget(m_suggestion);
    sl->addWidget(m_candidates, 1);
    auto* files = new QGroupBox(tr("Files"));
    auto* fl = new QVBoxLayout(files);
    fl->addWidget(m_files, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    fl->addLayout(buttons);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(screening, 2);
    layout->addWidget(files, 1);

    // Candidates follow the typing, after a pause.
    m_typing->setSingleShot(true);
    m_typing->setInterval(400);
    connect(m_typing, &QTimer::timeout, this, &AppealSidePanel::refreshCandidates);
    for (const char* name : {"applicantName", "iin", "bin", "subject", "addressee"}) {
        if (auto* e = qobject_cast<QLineEdit*>(m_form->editor(QString::fromLatin1(name))))
            connect(e, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    }
    if (auto* e = qobject_cast<QPlainTextEdit*>(m_form->editor(u"essence"_s)))
        connect(e, &QPlainTextEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_form, &AppealForm::saved, this, &AppealSidePanel::appealSaved);
    connect(m_form, &AppealForm::shown, this, [this] {
        m_pending.clear();
        refreshCandidates();
        refreshFiles();
    });
}

void AppealSidePanel::refreshCandidates()
{
    const Appeal draft = m_form->appeal();
    AppealScreening screening(m_db);
    QList<ScreeningCandidate> found = screening.candidates(draft);
    // A registered appeal is no candidate of itself.
    found.removeIf([&draft](const ScreeningCandidate& c) { return !draft.id.isEmpty() && c.appealId == draft.id; });
    m_candidates->clear();
    for (const ScreeningCandidate& c : std::as_const(found)) {
        auto* item = new QTreeWidgetItem({c.number, c.receivedOn.toString(u"dd.MM.yyyy"_s), c.reason});
        item->setData(0, Qt::UserRole, c.appealId);
        item->setToolTip(2, c.reason);
        m_candidates->addTopLevelItem(item);
    }
    const ScreeningSuggestion s = screening.suggest(draft, found);
    m_screening = s.screening;
    m_mainAppealId = s.mainAppealId;
    m_reasons = s.reasons.join(u'\n');
    QString text = tr("Proposed: %1").arg(AppealScreening::screeningName(s.screening));
    if (!s.mainNumber.isEmpty())
        text += u" — "_s + tr("main appeal %1 (I-35)").arg(s.mainNumber);
    if (!s.reasons.isEmpty())
        text += u"\n"_s + s.reasons.join(u'\n');
    m_suggestion->setText(text);
}

void AppealSidePanel::refreshFiles()
{
    m_files->clear();
    const QString id = m_form->appeal().id;
    if (!id.isEmpty()) {
        for (const AppealAttachment& a : AppealAttachments(m_db).list(id)) {
            auto* item = new QListWidgetItem(u"%1 (%2 KB)"_s.arg(a.fileName).arg((a.sizeBytes + 1023) / 1024), m_files);
            item->setData(Qt::UserRole, a.id);
        }
    }
    for (const QString& path : std::as_const(m_pending)) {
        auto* item = new QListWidgetItem(tr("%1 (stored on saving)").arg(QFileInfo(path).fileName()), m_files);
        item->setData(Qt::UserRole + 1, path);
    }
}

void AppealSidePanel::appealSaved(const QString& id)
{
    Problems problems;
    for (const QString& path : std::as_const(m_pending))
        AppealAttachments(m_db).addFile(m_session, id, path, QString(), &problems);
    m_pending.clear();
    // A new appeal's screening as proposed for what was saved; the registrar changes it from the opened appeal
    // (Screening…).
    refreshCandidates();
    const auto saved = m_form->appeal();
    if (saved.screening.isEmpty() && !m_screening.isEmpty())
        AppealScreening(m_db).confirm(m_session, id, m_screening, m_mainAppealId, m_reasons, &problems);
    refreshFiles();
}

void AppealSidePanel::addFile()
{
    const QString path = chooseFile();
    if (path.isEmpty())
        return;
    const QString id = m_form->appeal().id;
    if (id.isEmpty()) {
        m_pending << path;
    } else {
        Problems problems;
        AppealAttachments(m_db).addFile(m_session, id, path, QString(), &problems);
        if (!problems.isEmpty())
            m_suggestion->setText(describe(problems));
    }
    refreshFiles();
}

void AppealSidePanel::openSelected()
{
    QListWidgetItem* item = m_files->currentItem();
    if (!item)
        return;
    const QString pending = item->data(Qt::UserRole + 1).toString();
    if (!pending.isEmpty()) {
        openFile(pending);
        return;
    }
    AppealAttachments attachments(m_db);
    const QString id = item->data(Qt::UserRole).toString();
    const auto meta = attachments.find(id);
    const auto bytes = attachments.content(id);
    if (!meta || !bytes)
        return;
    // A copy in the temporary folder for the program that opens its kind of file.
    const QString dir = QDir::tempPath() + u"/armcpg-attachments"_s;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + QFileInfo(meta->fileName).fileName();
    QFile f(path);
    if (f.open(QIODevice::WriteOnly) && f.write(*bytes) == bytes->size()) {
        f.close();
        openFile(path);
    }
}

void AppealSidePanel::removeSelected()
{
    QListWidgetItem* item = m_files->currentItem();
    if (!item)
        return;
    const QString pending = item->data(Qt::UserRole + 1).toString();
    if (!pending.isEmpty()) {
        m_pending.removeAll(pending);
    } else {
        Problems problems;
        AppealAttachments(m_db).remove(m_session, item->data(Qt::UserRole).toString(), &problems);
        if (!problems.isEmpty())
            m_suggestion->setText(describe(problems));
    }
    refreshFiles();
}

} // namespace armcpg
