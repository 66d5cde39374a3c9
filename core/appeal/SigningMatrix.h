#pragma once

#include "common/Problem.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace armcpg {

class Database;
class Session;

// Who signs the answer to which decision (I-88): a matrix of decision kind (the codes of the directory
// appeal_decision, plus "deputy_request", I-12) by signer level (app_user.signing_level). The matrix is data, not
// code (rules-000 §8 item 20): shipped in resources/rules/signing-matrix.csv, a row overridden by an administrator in
// app_setting "signing_matrix.<decision>" (the levels allowed, comma-separated; "none"; "default" = as shipped).
class SigningMatrix
{
    Q_DECLARE_TR_FUNCTIONS(SigningMatrix)

public:
    // The seven levels of I-88, highest first.
    static const QStringList& levels();
    // The level's rank: 1 (the General Prosecutor) to 7 (a district prosecutor); 0 for an unknown level.
    static int rank(const QString& level);
    // Translated name of a level, e.g. "Deputy General Prosecutor".
    static QString levelName(const QString& level);

    // The row that governs an answer: a deputy's request is the GP's whatever the decision (I-12, I-88(1)).
    static QString rowFor(const QString& appealKindCode, const QString& decisionCode);

    // :/rules/signing-matrix.csv; problems in the shipped file are reported.
    static SigningMatrix builtin(Problems* problems = nullptr);
    // Reads a matrix in the same format; bad rows are reported with their line and left out.
    static SigningMatrix fromCsv(const QByteArray& utf8, Problems* problems);
    // The shipped matrix with the administrator's overrides applied.
    static SigningMatrix load(Database& db, Problems* problems = nullptr);

    // Stores an administrator's override of one row (only an administrator); an empty list means nobody signs.
    // resetRow goes back to the shipped row.
    static bool setRow(Database& db, const Session& by, const QString& decision, const QStringList& levels,
                       Problems* problems);
    static bool resetRow(Database& db, const Session& by, const QString& decision, Problems* problems);
    static QString settingKey(const QString& decision);

    bool hasRow(const QString& decision) const { return m_rows.contains(decision); }
    QStringList rows() const { return m_order; }
    // The levels that may sign the row, highest first.
    QStringList allowedLevels(const QString& decision) const;
    bool allows(const QString& decision, const QString& level) const;

private:
    QHash<QString, QSet<QString>> m_rows;
    QStringList m_order;
};

} // namespace armcpg
