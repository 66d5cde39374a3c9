#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace armcpg {

// One synced table and how sync treats it. Every table created with {{SYNCED}} columns is listed here and
// logged on the centre by the triggers of migration 0004; a table added later joins by the same two steps
// (tst_sync checks that none is missing).
struct SyncTable
{
    enum class Owner
    {
        Centre,      // directories, calendar, settings: changed at the centre, read-only on a device
        Organisation // rows carry organisation_code; a device reads and writes its organisation's subtree
    };

    QString name;
    Owner owner = Owner::Organisation;
    // Legally significant: the same field changed on both sides becomes a conflict for a person, never a
    // silent overwrite. Otherwise the later change (by hybrid logical clock) wins.
    bool legal = false;
    // The only columns a device may change (empty: all of them, when the owner is the organisation).
    QStringList deviceColumns;
    // Columns that identify a row apart from its id (UNIQUE in the schema): a device's own row with the same
    // key as the centre's is replaced by the centre's on pull.
    QStringList naturalKey;

    bool deviceWrites() const { return owner == Owner::Organisation; }
    bool deviceMayChange(const QString& column) const
    {
        return deviceWrites() && (deviceColumns.isEmpty() || deviceColumns.contains(column));
    }

    static const QList<SyncTable>& all();
    static const SyncTable* find(const QString& name);
};

} // namespace armcpg
