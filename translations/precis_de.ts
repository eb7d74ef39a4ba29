<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Main</name>
    <message>
        <source>Precis Cannot Start</source>
        <translation>Precis kann nicht starten</translation>
    </message>
    <message>
        <source>A start-up self-test of the cryptography or the database library failed, so Precis will not open any vault on this computer.

%1

Reinstall Precis or ask your administrator.</source>
        <translation>Ein Selbsttest der Kryptografie oder der Datenbankbibliothek ist beim Start fehlgeschlagen. Precis öffnet deshalb auf diesem Computer keinen Tresor.

%1

Installieren Sie Precis neu oder wenden Sie sich an Ihre Administration.</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdministrationWidget</name>
    <message>
        <source>Administration</source>
        <translation>Verwaltung</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Automatic Lock</source>
        <translation>Automatische Sperre</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Sperren nach Minuten ohne Eingabe</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Lock every workstation after</source>
        <translation>Jeden Arbeitsplatz sperren nach</translation>
    </message>
    <message>
        <source>Users, Roles and Backups</source>
        <translation>Benutzer, Rollen und Sicherungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 user name, %2 roles</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only an administrator may change the lock period.</source>
        <translation>Nur die Administration darf die Sperrfrist ändern.</translation>
    </message>
    <message>
        <source>The lock period could not be saved.</source>
        <translation>Die Sperrfrist konnte nicht gespeichert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Precis now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Gespeichert. Precis sperrt jetzt nach %n Minute ohne Eingabe.</numerusform>
            <numerusform>Gespeichert. Precis sperrt jetzt nach %n Minuten ohne Eingabe.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>Die Benutzerliste konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Users, roles, password resets, key rotation and backups are managed with precis-cli, which asks for your password again before each change. See %1 for the commands and which role may run them.</source>
        <translation>Benutzer, Rollen, Passwort-Zurücksetzungen, Schlüsselwechsel und Sicherungen werden mit precis-cli verwaltet, das vor jeder Änderung erneut nach Ihrem Passwort fragt. Die Befehle und welche Rolle sie ausführen darf, stehen in %1.</translation>
    </message>
</context>
<context>
    <name>precis::ui::Format</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Diverse</source>
        <extracomment>Administrative sex other than female or male (FHIR &quot;other&quot;; German &quot;divers&quot;).</extracomment>
        <translation>Divers</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Pflegefachkraft</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Arzt/Ärztin</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>precis::ui::MainWindow</name>
    <message>
        <source>Synthetic demo data — every patient in this vault is fictitious. Not for clinical use.</source>
        <translation>Synthetische Demodaten – alle Patientinnen und Patienten in diesem Tresor sind erfunden. Nicht für den klinischen Einsatz.</translation>
    </message>
    <message>
        <source>This user holds no role that can use Precis. Ask your administrator.</source>
        <translation>Dieser Benutzer hat keine Rolle, mit der Precis genutzt werden kann. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Tresor</translation>
    </message>
    <message>
        <source>&amp;Open Vault...</source>
        <translation>Tresor ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Precis</source>
        <translation>Ü&amp;ber Precis</translation>
    </message>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Tresor jetzt sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Your roles do not allow opening the patient list.</source>
        <translation>Ihre Rollen erlauben nicht, die Patientenliste zu öffnen.</translation>
    </message>
    <message>
        <source>The patient list could not be read. Lock the vault and run a vault check, or ask your administrator.</source>
        <translation>Die Patientenliste konnte nicht gelesen werden. Sperren Sie den Tresor und führen Sie eine Tresorprüfung durch, oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patienten</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Verwaltung</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis-Tresore (*.precis)</translation>
    </message>
    <message>
        <source>About Precis</source>
        <translation>Über Precis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Offline clinical decision support.&lt;/p&gt;&lt;p&gt;Precis supports the clinician; it never decides.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Klinische Entscheidungsunterstützung, offline.&lt;/p&gt;&lt;p&gt;Precis unterstützt Ärztinnen, Ärzte und Pflegende; es entscheidet nie selbst.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 – Precis</source>
        <extracomment>Window title: %1 vault file name</extracomment>
        <translation>%1 – Precis</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientListWidget</name>
    <message>
        <source>Patients</source>
        <translation>Patientenliste</translation>
    </message>
    <message>
        <source>Search by name, record number or date of birth (Ctrl+F)</source>
        <translation>Suche nach Name, Patientennummer oder Geburtsdatum (Strg+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <extracomment>%1 matching patients, %n all patients</extracomment>
        <translation>
            <numerusform>%1 von %n Patient</numerusform>
            <numerusform>%1 von %n Patienten</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>Kein Patient passt zu „%1“.</translation>
    </message>
</context>
<context>
    <name>precis::ui::PatientTableModel</name>
    <message>
        <source>%1, %2</source>
        <extracomment>Patient name in lists: %1 family name, %2 given name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Record No.</source>
        <extracomment>Column header: the clinic&apos;s medical record number.</extracomment>
        <translation>Patienten-Nr.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of Birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: age in completed years.</extracomment>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
</context>
<context>
    <name>precis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>The new language is used the next time Precis starts.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Precis.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
</context>
<context>
    <name>precis::ui::UnlockWidget</name>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Clinical decision support</source>
        <translation>Klinische Entscheidungsunterstützung</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Auswählen...</translation>
    </message>
    <message>
        <source>Open another vault file</source>
        <translation>Eine andere Tresordatei öffnen</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Fehler beim Entsperren</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Precis locks itself when you are away. Lock now at any time with Ctrl+L.</source>
        <translation>Precis sperrt sich selbst, wenn Sie nicht am Platz sind. Mit Strg+L sperren Sie jederzeit sofort.</translation>
    </message>
    <message>
        <source>No vault chosen</source>
        <translation>Kein Tresor gewählt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 file name, %2 folder</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Wird entsperrt...</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Zu viele Fehlversuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>Benutzername oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This user may not open this vault.</source>
        <translation>Dieser Benutzer darf diesen Tresor nicht öffnen.</translation>
    </message>
    <message>
        <source>The key file of this vault is missing. It must be next to the vault with the same name and the ending .keys. Restore it from a backup.</source>
        <translation>Die Schlüsseldatei dieses Tresors fehlt. Sie muss neben dem Tresor liegen, mit gleichem Namen und der Endung .keys. Stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file was not found. Choose another vault.</source>
        <translation>Die Tresordatei wurde nicht gefunden. Wählen Sie einen anderen Tresor.</translation>
    </message>
    <message>
        <source>The file that counts failed sign-ins (ending .auth) is damaged. Ask your administrator.</source>
        <translation>Die Datei, die fehlgeschlagene Anmeldungen zählt (Endung .auth), ist beschädigt. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The key file of this vault is damaged. Restore it from a backup or ask your administrator.</source>
        <translation>Die Schlüsseldatei dieses Tresors ist beschädigt. Stellen Sie sie aus einer Sicherung wieder her oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup or ask your administrator.</source>
        <translation>Der Tresor ist beschädigt und kann nicht geöffnet werden. Es wurde nichts verändert. Stellen Sie ihn aus einer Sicherung wieder her oder wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>Der Tresor konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>This vault was made by a newer or incompatible version of Precis.</source>
        <translation>Dieser Tresor wurde mit einer neueren oder nicht kompatiblen Version von Precis erstellt.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Geben Sie Benutzername und Passwort ein.</translation>
    </message>
    <message>
        <source>The vault could not be opened because an internal check failed.</source>
        <translation>Der Tresor konnte nicht geöffnet werden, weil eine interne Prüfung fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>The key file next to this vault belongs to another version of the vault (from before or after a key change). Nothing was changed. Put the matching key file back, or restore both files from a backup.</source>
        <translation>Die Schlüsseldatei neben diesem Tresor gehört zu einer anderen Version des Tresors (von vor oder nach einem Schlüsselwechsel). Es wurde nichts verändert. Legen Sie die passende Schlüsseldatei zurück oder stellen Sie beide Dateien aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The vault file is older than its key file: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>Die Tresordatei ist älter als ihre Schlüsseldatei: Sie wurde möglicherweise durch eine alte Kopie ersetzt. Es wurde nichts verändert. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>The key file is older than the vault: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>Die Schlüsseldatei ist älter als der Tresor: Sie wurde möglicherweise durch eine alte Kopie ersetzt. Es wurde nichts verändert. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>This vault is older than the one this computer has already opened: both files may have been replaced by old copies. Nothing was changed. Ask your administrator.</source>
        <translation>Dieser Tresor ist älter als der, den dieser Computer bereits geöffnet hat: Beide Dateien wurden möglicherweise durch alte Kopien ersetzt. Es wurde nichts verändert. Wenden Sie sich an Ihre Administration.</translation>
    </message>
    <message>
        <source>This file is not a Precis vault. Nothing was changed. Choose another vault.</source>
        <translation>Diese Datei ist kein Precis-Tresor. Es wurde nichts verändert. Wählen Sie einen anderen Tresor.</translation>
    </message>
    <message>
        <source>A restore of this vault was interrupted and cannot be finished. Ask your administrator to run the restore again.</source>
        <translation>Eine Wiederherstellung dieses Tresors wurde unterbrochen und kann nicht abgeschlossen werden. Bitten Sie Ihre Administration, die Wiederherstellung erneut auszuführen.</translation>
    </message>
</context>
</TS>
