<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppealScreening</name>
    <message numerus="yes">
        <location filename="../core/appeal/AppealScreening.cpp" line="+313"/>
        <source>the same person&apos;s question was received %n time(s) before in this prosecutor&apos;s office; confirm that it challenges the decision, reports an untimely answer or other defects (I-2(12))</source>
        <translation>
            <numerusform>the same person&apos;s question was received %n time before in this prosecutor&apos;s office; confirm that it challenges the decision, reports an untimely answer or other defects (I-2(12))</numerusform>
            <numerusform>the same person&apos;s question was received %n times before in this prosecutor&apos;s office; confirm that it challenges the decision, reports an untimely answer or other defects (I-2(12))</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message numerus="yes">
        <location filename="../core/deadline/DeadlineCalculator.cpp" line="+230"/>
        <source>%n working days counting %1 itself end on %2.</source>
        <translation>
            <numerusform>%n working day counting %1 itself end on %2.</numerusform>
            <numerusform>%n working days counting %1 itself end on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n working days after %1 end on %2.</source>
        <translation>
            <numerusform>%n working day after %1 end on %2.</numerusform>
            <numerusform>%n working days after %1 end on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n working days before %1: %2.</source>
        <translation>
            <numerusform>%n working day before %1: %2.</numerusform>
            <numerusform>%n working days before %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n calendar days counting %1 itself end on %2.</source>
        <translation>
            <numerusform>%n calendar day counting %1 itself end on %2.</numerusform>
            <numerusform>%n calendar days counting %1 itself end on %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n calendar days after %1: %2.</source>
        <translation>
            <numerusform>%n calendar day after %1: %2.</numerusform>
            <numerusform>%n calendar days after %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n calendar days before %1: %2.</source>
        <translation>
            <numerusform>%n calendar day before %1: %2.</numerusform>
            <numerusform>%n calendar days before %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n months after %1: %2.</source>
        <translation>
            <numerusform>%n month after %1: %2.</numerusform>
            <numerusform>%n months after %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n months before %1: %2.</source>
        <translation>
            <numerusform>%n month before %1: %2.</numerusform>
            <numerusform>%n months before %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n hours after %1: %2.</source>
        <translation>
            <numerusform>%n hour after %1: %2.</numerusform>
            <numerusform>%n hours after %1: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hours before %1: %2.</source>
        <translation>
            <numerusform>%n hour before %1: %2.</numerusform>
            <numerusform>%n hours before %1: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreRegistrationReminders</name>
    <message numerus="yes">
        <location filename="../core/prereg/PreRegistrationReminders.cpp" line="+17"/>
        <source>Справки (%1) for the reception of %2 on %3: %4, %n person(s)</source>
        <translation>
            <numerusform>Справки (%1) for the reception of %2 on %3: %4, %n person</numerusform>
            <numerusform>Справки (%1) for the reception of %2 on %3: %4, %n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleService</name>
    <message numerus="yes">
        <location filename="../core/schedule/ScheduleService.cpp" line="+459"/>
        <source>Schedule: %n person(s) signed up for a coming reception of this line</source>
        <translation>
            <numerusform>Schedule: %n person signed up for a coming reception of this line</numerusform>
            <numerusform>Schedule: %n persons signed up for a coming reception of this line</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armcpg::DirectoryPage</name>
    <message numerus="yes">
        <location filename="../ui/directory/DirectoryPage.cpp" line="+387"/>
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n entries</source>
        <translation>
            <numerusform>%1 of %n entry</numerusform>
            <numerusform>%1 of %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+211"/>
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armcpg::JournalPage</name>
    <message numerus="yes">
        <location filename="../ui/reception/JournalPage.cpp" line="+316"/>
        <source>%n card(s)</source>
        <translation>
            <numerusform>%n card</numerusform>
            <numerusform>%n cards</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>Exported %n card(s) to %1 (PDF).</source>
        <translation>
            <numerusform>Exported %n card to %1 (PDF).</numerusform>
            <numerusform>Exported %n cards to %1 (PDF).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Exported %n card(s) to %1 (CSV).</source>
        <translation>
            <numerusform>Exported %n card to %1 (CSV).</numerusform>
            <numerusform>Exported %n cards to %1 (CSV).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armcpg::OperatorPanel</name>
    <message numerus="yes">
        <location filename="../ui/queue/OperatorPanel.cpp" line="+178"/>
        <source>Called %n times</source>
        <translation>
            <numerusform>Called %n times</numerusform>
            <numerusform>Called %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armcpg::PreRegistrationPage</name>
    <message numerus="yes">
        <location filename="../ui/prereg/PreRegistrationPage.cpp" line="+319"/>
        <source>Registration closed on %1 by %2: %n person(s) signed up.</source>
        <translation>
            <numerusform>Registration closed on %1 by %2: %n person signed up.</numerusform>
            <numerusform>Registration closed on %1 by %2: %n persons signed up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armcpg::ReceptionCardForm</name>
    <message numerus="yes">
        <location filename="../ui/reception/ReceptionCardForm.cpp" line="+1532"/>
        <source>This person (same IIN) has %n earlier card(s). Tick those on the same question to link them.</source>
        <translation>
            <numerusform>This person (same IIN) has %n earlier card. Tick those on the same question to link them.</numerusform>
            <numerusform>This person (same IIN) has %n earlier cards. Tick those on the same question to link them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n earlier card(s) with the same name and date of birth. Tick those of this person on the same question to link them.</source>
        <translation>
            <numerusform>%n earlier card with the same name and date of birth. Tick those of this person on the same question to link them.</numerusform>
            <numerusform>%n earlier cards with the same name and date of birth. Tick those of this person on the same question to link them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>armcpg::SyncPage</name>
    <message numerus="yes">
        <location filename="../ui/sync/SyncPage.cpp" line="+232"/>
        <source>%n waiting</source>
        <comment>changes not yet sent to the centre</comment>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n open conflict(s)</source>
        <translation>
            <numerusform>%n open conflict</numerusform>
            <numerusform>%n open conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+133"/>
        <source>Synced: sent %1, received %2, %n new conflict(s).</source>
        <translation>
            <numerusform>Synced: sent %1, received %2, %n new conflict.</numerusform>
            <numerusform>Synced: sent %1, received %2, %n new conflicts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n change(s), the oldest from %1</source>
        <translation>
            <numerusform>%n change, the oldest from %1</numerusform>
            <numerusform>%n changes, the oldest from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
</TS>
