<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>Main</name>
    <message>
        <source>Precis Cannot Start</source>
        <translation>Precis Cannot Start</translation>
    </message>
    <message>
        <source>A start-up self-test of the cryptography or the database library failed, so Precis will not open any vault on this computer.

%1

Reinstall Precis or ask your administrator.</source>
        <translation>A start-up self-test of the cryptography or the database library failed, so Precis will not open any vault on this computer.

%1

Reinstall Precis or ask your administrator.</translation>
    </message>
</context>
<context>
    <name>precis::ui::AdministrationWidget</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Signed in</translation>
    </message>
    <message>
        <source>Automatic Lock</source>
        <translation>Automatic Lock</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Lock every workstation after</source>
        <translation>Lock every workstation after</translation>
    </message>
    <message>
        <source>Users, Roles and Backups</source>
        <translation>Users, Roles and Backups</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 user name, %2 roles</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only an administrator may change the lock period.</source>
        <translation>Only an administrator may change the lock period.</translation>
    </message>
    <message>
        <source>The lock period could not be saved.</source>
        <translation>The lock period could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>Saved. Precis now locks after %n minute(s) without input.</source>
        <translation>
            <numerusform>Saved. Precis now locks after %n minute without input.</numerusform>
            <numerusform>Saved. Precis now locks after %n minutes without input.</numerusform>
        </translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>The list of users could not be read.</source>
        <translation>The list of users could not be read.</translation>
    </message>
    <message>
        <source>Users, roles, password resets, key rotation and backups are managed with precis-cli, which asks for your password again before each change. See %1 for the commands and which role may run them.</source>
        <translation>Users, roles, password resets, key rotation and backups are managed with precis-cli, which asks for your password again before each change. See %1 for the commands and which role may run them.</translation>
    </message>
</context>
<context>
    <name>precis::ui::Format</name>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Diverse</source>
        <extracomment>Administrative sex other than female or male (FHIR &quot;other&quot;; German &quot;divers&quot;).</extracomment>
        <translation>Diverse</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>Nurse</translation>
    </message>
    <message>
        <source>Physician</source>
        <translation>Physician</translation>
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
        <translation>Synthetic demo data — every patient in this vault is fictitious. Not for clinical use.</translation>
    </message>
    <message>
        <source>This user holds no role that can use Precis. Ask your administrator.</source>
        <translation>This user holds no role that can use Precis. Ask your administrator.</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation>&amp;Vault</translation>
    </message>
    <message>
        <source>&amp;Open Vault...</source>
        <translation>&amp;Open Vault...</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Precis</source>
        <translation>&amp;About Precis</translation>
    </message>
    <message>
        <source>Precis</source>
        <translation>Precis</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the vault now (Ctrl+L)</source>
        <translation>Lock the vault now (Ctrl+L)</translation>
    </message>
    <message>
        <source>Your roles do not allow opening the patient list.</source>
        <translation>Your roles do not allow opening the patient list.</translation>
    </message>
    <message>
        <source>The patient list could not be read. Lock the vault and run a vault check, or ask your administrator.</source>
        <translation>The patient list could not be read. Lock the vault and run a vault check, or ask your administrator.</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>&amp;Patients</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administration</translation>
    </message>
    <message>
        <source>Open Vault</source>
        <translation>Open Vault</translation>
    </message>
    <message>
        <source>Precis vaults (*.precis)</source>
        <translation>Precis vaults (*.precis)</translation>
    </message>
    <message>
        <source>About Precis</source>
        <translation>About Precis</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Offline clinical decision support.&lt;/p&gt;&lt;p&gt;Precis supports the clinician; it never decides.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Precis %1&lt;/h3&gt;&lt;p&gt;Offline clinical decision support.&lt;/p&gt;&lt;p&gt;Precis supports the clinician; it never decides.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</translation>
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
        <translation>Patients</translation>
    </message>
    <message>
        <source>Search by name, record number or date of birth (Ctrl+F)</source>
        <translation>Search by name, record number or date of birth (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Search patients</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n patient</numerusform>
            <numerusform>%n patients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n patient(s)</source>
        <extracomment>%1 matching patients, %n all patients</extracomment>
        <translation>
            <numerusform>%1 of %n patient</numerusform>
            <numerusform>%1 of %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>No patient matches “%1”.</translation>
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
        <translation>Record No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of Birth</source>
        <translation>Date of Birth</translation>
    </message>
    <message>
        <source>Age</source>
        <extracomment>Column header: age in completed years.</extracomment>
        <translation>Age</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
</context>
<context>
    <name>precis::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>System Language</source>
        <translation>System Language</translation>
    </message>
    <message>
        <source>The new language is used the next time Precis starts.</source>
        <translation>The new language is used the next time Precis starts.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
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
        <translation>Clinical decision support</translation>
    </message>
    <message>
        <source>Unlock Vault</source>
        <translation>Unlock Vault</translation>
    </message>
    <message>
        <source>&amp;Choose...</source>
        <translation>&amp;Choose...</translation>
    </message>
    <message>
        <source>Open another vault file</source>
        <translation>Open another vault file</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;User name</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Unlock error</source>
        <translation>Unlock error</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Precis locks itself when you are away. Lock now at any time with Ctrl+L.</source>
        <translation>Precis locks itself when you are away. Lock now at any time with Ctrl+L.</translation>
    </message>
    <message>
        <source>No vault chosen</source>
        <translation>No vault chosen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1 file name, %2 folder</extracomment>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Unlocking...</source>
        <translation>Unlocking...</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n second.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment, then try again.</source>
        <translation>Too many failed attempts. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>The user name or password is incorrect.</translation>
    </message>
    <message>
        <source>This user may not open this vault.</source>
        <translation>This user may not open this vault.</translation>
    </message>
    <message>
        <source>The key file of this vault is missing. It must be next to the vault with the same name and the ending .keys. Restore it from a backup.</source>
        <translation>The key file of this vault is missing. It must be next to the vault with the same name and the ending .keys. Restore it from a backup.</translation>
    </message>
    <message>
        <source>The vault file was not found. Choose another vault.</source>
        <translation>The vault file was not found. Choose another vault.</translation>
    </message>
    <message>
        <source>The file that counts failed sign-ins (ending .auth) is damaged. Ask your administrator.</source>
        <translation>The file that counts failed sign-ins (ending .auth) is damaged. Ask your administrator.</translation>
    </message>
    <message>
        <source>The key file of this vault is damaged. Restore it from a backup or ask your administrator.</source>
        <translation>The key file of this vault is damaged. Restore it from a backup or ask your administrator.</translation>
    </message>
    <message>
        <source>The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup or ask your administrator.</source>
        <translation>The vault is damaged and cannot be opened. Nothing was changed. Restore it from a backup or ask your administrator.</translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation>The vault could not be read (%1).</translation>
    </message>
    <message>
        <source>This vault was made by a newer or incompatible version of Precis.</source>
        <translation>This vault was made by a newer or incompatible version of Precis.</translation>
    </message>
    <message>
        <source>Enter a user name and a password.</source>
        <translation>Enter a user name and a password.</translation>
    </message>
    <message>
        <source>The vault could not be opened because an internal check failed.</source>
        <translation>The vault could not be opened because an internal check failed.</translation>
    </message>
    <message>
        <source>The key file next to this vault belongs to another version of the vault (from before or after a key change). Nothing was changed. Put the matching key file back, or restore both files from a backup.</source>
        <translation>The key file next to this vault belongs to another version of the vault (from before or after a key change). Nothing was changed. Put the matching key file back, or restore both files from a backup.</translation>
    </message>
    <message>
        <source>The vault file is older than its key file: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>The vault file is older than its key file: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</translation>
    </message>
    <message>
        <source>The key file is older than the vault: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</source>
        <translation>The key file is older than the vault: it may have been replaced by an old copy. Nothing was changed. Ask your administrator.</translation>
    </message>
    <message>
        <source>This vault is older than the one this computer has already opened: both files may have been replaced by old copies. Nothing was changed. Ask your administrator.</source>
        <translation>This vault is older than the one this computer has already opened: both files may have been replaced by old copies. Nothing was changed. Ask your administrator.</translation>
    </message>
    <message>
        <source>This file is not a Precis vault. Nothing was changed. Choose another vault.</source>
        <translation>This file is not a Precis vault. Nothing was changed. Choose another vault.</translation>
    </message>
    <message>
        <source>A restore of this vault was interrupted and cannot be finished. Ask your administrator to run the restore again.</source>
        <translation>A restore of this vault was interrupted and cannot be finished. Ask your administrator to run the restore again.</translation>
    </message>
</context>
</TS>
