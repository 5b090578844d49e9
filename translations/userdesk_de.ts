<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>BulkJobDialog</name>
    <message>
        <source>Bulk action</source>
        <translation>Massenaktion</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>The selected users</source>
        <translation>Die ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>All users matching the current search and filters</source>
        <translation>Alle Benutzer, die der aktuellen Suche und den Filtern entsprechen</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>e.g. beta</source>
        <translation>z. B. beta</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Appwrite message</source>
        <translation>Appwrite-Meldung</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>CompareSettingsWidget</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation>Erneut ver&amp;gleichen</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur &amp;Unterschiede</translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation>&amp;Vorschau …</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Every field is optional. A user with a password needs an e-mail or a phone number to sign in.</source>
        <translation>Alle Felder sind optional. Ein Benutzer mit Passwort braucht eine E-Mail-Adresse oder Telefonnummer, um sich anzumelden.</translation>
    </message>
    <message>
        <source>Custom &amp;ID</source>
        <translation>Eigene &amp;ID</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation>Automatisch erzeugt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Users matching the current search and filters</source>
        <translation>Benutzer, die der aktuellen Suche und den Filtern entsprechen</translation>
    </message>
    <message>
        <source>The selected users</source>
        <translation>Die ausgewählten Benutzer</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation>F&amp;ormat</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON (can be imported again, with password hashes)</source>
        <translation>JSON (wieder importierbar, mit Passwort-Hashes)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>The file contains password hashes. Keep it as safe as the project itself.</source>
        <translation>Die Datei enthält Passwort-Hashes. Bewahren Sie sie so sicher auf wie das Projekt selbst.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>A CSV or JSON file exported by Userdesk, or an array of Appwrite users</source>
        <translation>Eine von Userdesk exportierte CSV- oder JSON-Datei oder ein Array von Appwrite-Benutzern</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Laden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation>Fehlgeschlagene Zeilen wiederholen</translation>
    </message>
    <message>
        <source>Sends the rows that failed again, with the same user IDs: a user that was created without its answer arriving is recognised, not made twice.</source>
        <translation>Sendet die fehlgeschlagenen Zeilen erneut, mit denselben Benutzer-IDs: Ein Benutzer, der angelegt wurde, ohne dass die Antwort ankam, wird erkannt und nicht doppelt angelegt.</translation>
    </message>
</context>
<context>
    <name>LoginMethodsWidget</name>
    <message>
        <source>Which ways end users of this project may sign up and sign in. A switched-off method answers 501 “user_auth_method_unsupported”; API keys and console admins are not affected.</source>
        <translation>Auf welchen Wegen sich Endbenutzer dieses Projekts registrieren und anmelden dürfen. Eine abgeschaltete Methode antwortet mit 501 „user_auth_method_unsupported“; API-Schlüssel und Konsolen-Administratoren sind nicht betroffen.</translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>&amp;Enable All</source>
        <translation>Alle &amp;aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable All</source>
        <translation>Alle &amp;deaktivieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No profile yet — add one to connect to an Appwrite server.</source>
        <translation>Noch kein Profil – legen Sie eines an, um sich mit einem Appwrite-Server zu verbinden.</translation>
    </message>
    <message>
        <source>You need the server&apos;s API endpoint, the project ID and an API key with the users.read and users.write scopes.</source>
        <translation>Sie brauchen den API-Endpunkt des Servers, die Projekt-ID und einen API-Schlüssel mit den Berechtigungen users.read und users.write.</translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation>Profil &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation>Projekt-ID:</translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation>Anmeldung mit:</translation>
    </message>
    <message>
        <source>Appwrite version:</source>
        <translation>Appwrite-Version:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Erneut &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation>Profil &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation>Profile &amp;verwalten …</translation>
    </message>
    <message>
        <source>Add, edit or remove connection profiles</source>
        <translation>Verbindungsprofile hinzufügen, bearbeiten oder entfernen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Check the connection to the server again</source>
        <translation>Die Verbindung zum Server erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Edit Current Profile…</source>
        <translation>Aktuelles Profil &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;About Userdesk</source>
        <translation>Ü&amp;ber Userdesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Con&amp;sole</source>
        <translation>&amp;Konsole</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Sign in with the console account of this server to change login methods and security settings</source>
        <translation>Mit dem Konsolen-Konto dieses Servers anmelden, um Anmeldemethoden und Sicherheitseinstellungen zu ändern</translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>End the console session on the server and forget it in this profile</source>
        <translation>Die Konsolen-Sitzung auf dem Server beenden und in diesem Profil vergessen</translation>
    </message>
    <message>
        <source>Userdesk &amp;Help</source>
        <translation>Userdesk-&amp;Hilfe</translation>
    </message>
    <message>
        <source>The user guide: what each part of Userdesk does and how to connect to a server</source>
        <translation>Das Handbuch: was jeder Teil von Userdesk tut und wie man sich mit einem Server verbindet</translation>
    </message>
</context>
<context>
    <name>OAuthProviderDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation>&amp;Aktiviert</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>Register this URI with the provider as the authorized callback of the app.</source>
        <translation>Registrieren Sie diese URI beim Anbieter als autorisierten Callback der App.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>OAuthProvidersWidget</name>
    <message>
        <source>Search providers by name or key</source>
        <translation>Anbieter nach Name oder Schlüssel suchen</translation>
    </message>
    <message>
        <source>&amp;Edit Provider…</source>
        <translation>Anbieter &amp;bearbeiten …</translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Show or hide the overview charts</source>
        <translation>Die Übersichtsdiagramme ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Period of the sign-up and activity chart</source>
        <translation>Zeitraum des Registrierungs- und Aktivitätsdiagramms</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Erneut zählen</translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>A profile tells Userdesk which Appwrite server and project to manage and how to sign in.</source>
        <translation>Ein Profil legt fest, welchen Appwrite-Server und welches Projekt Userdesk verwaltet und wie es sich anmeldet.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>https://appwrite.example.com/v1</source>
        <translation>https://appwrite.example.com/v1</translation>
    </message>
    <message>
        <source>The API endpoint of the Appwrite server, ending in /v1</source>
        <translation>Der API-Endpunkt des Appwrite-Servers, endet auf /v1</translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation>&amp;Projekt-ID:</translation>
    </message>
    <message>
        <source>Shown in the Appwrite console under the project&apos;s settings</source>
        <translation>Steht in der Appwrite-Konsole in den Einstellungen des Projekts</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmeldung mit:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Console sign-in</source>
        <translation>Konsolen-Anmeldung</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Paste the project&apos;s API key</source>
        <translation>API-Schlüssel des Projekts einfügen</translation>
    </message>
    <message>
        <source>Create the key in the Appwrite console under the project&apos;s API keys, with the scopes users.read and users.write. It is kept in the system keychain, never in a settings file.</source>
        <translation>Erstellen Sie den Schlüssel in der Appwrite-Konsole unter den API-Schlüsseln des Projekts, mit den Berechtigungen users.read und users.write. Er wird im Schlüsselbund des Systems aufbewahrt, nie in einer Einstellungsdatei.</translation>
    </message>
    <message>
        <source>Console e-&amp;mail:</source>
        <translation>Konsolen-E-&amp;Mail:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>Console sign-in uses your Appwrite console account. The password is never stored.</source>
        <translation>Die Konsolen-Anmeldung verwendet Ihr Konto der Appwrite-Konsole. Das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Manage Profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Each profile connects to one Appwrite project. API keys are kept in the system keychain.</source>
        <translation>Jedes Profil verbindet sich mit einem Appwrite-Projekt. API-Schlüssel werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>No profile yet. Add one to connect to an Appwrite server.</source>
        <translation>Noch kein Profil. Legen Sie eines an, um sich mit einem Appwrite-Server zu verbinden.</translation>
    </message>
</context>
<context>
    <name>SecurityWidget</name>
    <message>
        <source>Users limit</source>
        <translation>Benutzerlimit</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source> users</source>
        <translation> Benutzer</translation>
    </message>
    <message>
        <source>New sign-ups fail once the project has this many users. 0 means unlimited; at most 10,000.</source>
        <translation>Neue Registrierungen schlagen fehl, sobald das Projekt so viele Benutzer hat. 0 bedeutet unbegrenzt; höchstens 10.000.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>How long a new session stays valid, at most one year (31,536,000 seconds). Existing sessions keep their expiry.</source>
        <translation>Wie lange eine neue Sitzung gültig bleibt, höchstens ein Jahr (31.536.000 Sekunden). Bestehende Sitzungen behalten ihren Ablaufzeitpunkt.</translation>
    </message>
    <message>
        <source>Sessions per user</source>
        <translation>Sitzungen pro Benutzer</translation>
    </message>
    <message>
        <source> sessions</source>
        <translation> Sitzungen</translation>
    </message>
    <message>
        <source>When a user signs in once more than this (1–100), the oldest session is deleted.</source>
        <translation>Meldet sich ein Benutzer einmal öfter an als hier angegeben (1–100), wird die älteste Sitzung gelöscht.</translation>
    </message>
    <message>
        <source>Password policies</source>
        <translation>Passwortrichtlinien</translation>
    </message>
    <message>
        <source>Password &amp;history: reject the last</source>
        <translation>Passwort&amp;verlauf: keine Wiederverwendung der letzten</translation>
    </message>
    <message>
        <source> passwords</source>
        <translation> Passwörter</translation>
    </message>
    <message>
        <source>Password &amp;dictionary: reject common passwords</source>
        <translation>Passwort-&amp;Wörterbuch: gängige Passwörter ablehnen</translation>
    </message>
    <message>
        <source>Disallow &amp;personal data (name, e-mail, phone) in passwords</source>
        <translation>&amp;Persönliche Daten (Name, E-Mail, Telefon) in Passwörtern verbieten</translation>
    </message>
    <message>
        <source>Session security</source>
        <translation>Sitzungssicherheit</translation>
    </message>
    <message>
        <source>Session &amp;alerts: e-mail users about new sessions</source>
        <translation>Sitzungs&amp;benachrichtigungen: Benutzer per E-Mail über neue Sitzungen informieren</translation>
    </message>
    <message>
        <source>&amp;Invalidate sessions when the password changes</source>
        <translation>Sitzungen bei Passwortänderung &amp;ungültig machen</translation>
    </message>
    <message>
        <source>Mock phone numbers</source>
        <translation>Test-Telefonnummern</translation>
    </message>
    <message>
        <source>Phone sign-ins with these numbers accept the fixed code and send no SMS. Up to 10 numbers in E.164 form with 6-digit codes.</source>
        <translation>Telefon-Anmeldungen mit diesen Nummern akzeptieren den festen Code und senden keine SMS. Bis zu 10 Nummern im E.164-Format mit 6-stelligen Codes.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Add &amp;Number</source>
        <translation>Nummer &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Memberships privacy</source>
        <translation>Datenschutz bei Mitgliedschaften</translation>
    </message>
    <message>
        <source>What team members can see about each other in membership lists.</source>
        <translation>Was Teammitglieder in Mitgliederlisten voneinander sehen können.</translation>
    </message>
    <message>
        <source>Show members&apos; &amp;names</source>
        <translation>&amp;Namen der Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>Show members&apos; e-&amp;mail addresses</source>
        <translation>E-&amp;Mail-Adressen der Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>Show members&apos; &amp;MFA status</source>
        <translation>M&amp;FA-Status der Mitglieder anzeigen</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>&amp;Scan All Users</source>
        <translation>Alle Benutzer &amp;durchsuchen</translation>
    </message>
    <message>
        <source>Read the sessions of every user of the project</source>
        <translation>Die Sitzungen aller Benutzer des Projekts lesen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Scan the project to list every user&apos;s sessions.</source>
        <translation>Durchsuchen Sie das Projekt, um die Sitzungen aller Benutzer aufzulisten.</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>Client or OS</source>
        <translation>Client oder Betriebssystem</translation>
    </message>
    <message>
        <source>Country or code</source>
        <translation>Land oder Ländercode</translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation>Ä&amp;lter als:</translation>
    </message>
    <message>
        <source>any age</source>
        <translation>beliebiges Alter</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Newer than:</source>
        <translation>&amp;Neuer als:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select &amp;All Shown</source>
        <translation>Alle angezeigten a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>Ausgewählte &amp;widerrufen …</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the project&apos;s settings from the server again</source>
        <translation>Die Einstellungen des Projekts erneut vom Server lesen</translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation>&amp;Anmelden …</translation>
    </message>
    <message>
        <source>Login Methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>OAuth2 Providers</source>
        <translation>OAuth2-Anbieter</translation>
    </message>
    <message>
        <source>Compare &amp;&amp; Copy</source>
        <translation>Vergleichen &amp;&amp; Kopieren</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to the Appwrite Console</source>
        <translation>Bei der Appwrite-Konsole anmelden</translation>
    </message>
    <message>
        <source>Login methods, security limits and OAuth2 providers can only be changed with the console account of the server. The password is sent to the server once and never stored; the session stays in this profile until you sign out.</source>
        <translation>Anmeldemethoden, Sicherheitslimits und OAuth2-Anbieter lassen sich nur mit dem Konsolen-Konto des Servers ändern. Das Passwort wird einmal an den Server gesendet und nie gespeichert; die Sitzung bleibt in diesem Profil, bis Sie sich abmelden.</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation>admin@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>SignInTesterPage</name>
    <message>
        <source>Test user</source>
        <translation>Testbenutzer</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>tester@example.com</source>
        <translation>tester@example.com</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>optional, for sign-up</source>
        <translation>optional, für die Registrierung</translation>
    </message>
    <message>
        <source>Accounts API</source>
        <translation>Accounts-API</translation>
    </message>
    <message>
        <source>Sign &amp;Up</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>POST /v1/account</source>
        <translation>POST /v1/account</translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>POST /v1/account/sessions/email</source>
        <translation>POST /v1/account/sessions/email</translation>
    </message>
    <message>
        <source>&amp;Anonymous Sign-In</source>
        <translation>An&amp;onym anmelden</translation>
    </message>
    <message>
        <source>POST /v1/account/sessions/anonymous</source>
        <translation>POST /v1/account/sessions/anonymous</translation>
    </message>
    <message>
        <source>&amp;Convert Anonymous</source>
        <translation>Anonymes Konto &amp;umwandeln</translation>
    </message>
    <message>
        <source>PATCH /v1/account/email with the e-mail and password above</source>
        <translation>PATCH /v1/account/email mit der E-Mail-Adresse und dem Passwort oben</translation>
    </message>
    <message>
        <source>Show A&amp;ccount</source>
        <translation>&amp;Konto anzeigen</translation>
    </message>
    <message>
        <source>GET /v1/account</source>
        <translation>GET /v1/account</translation>
    </message>
    <message>
        <source>&amp;List Sessions</source>
        <translation>&amp;Sitzungen auflisten</translation>
    </message>
    <message>
        <source>GET /v1/account/sessions</source>
        <translation>GET /v1/account/sessions</translation>
    </message>
    <message>
        <source>Delete C&amp;urrent</source>
        <translation>Aktuelle lösc&amp;hen</translation>
    </message>
    <message>
        <source>DELETE /v1/account/sessions/current</source>
        <translation>DELETE /v1/account/sessions/current</translation>
    </message>
    <message>
        <source>Delete A&amp;ll</source>
        <translation>Alle &amp;löschen</translation>
    </message>
    <message>
        <source>DELETE /v1/account/sessions</source>
        <translation>DELETE /v1/account/sessions</translation>
    </message>
    <message>
        <source>Create &amp;JWT</source>
        <translation>&amp;JWT erstellen</translation>
    </message>
    <message>
        <source>POST /v1/account/jwts</source>
        <translation>POST /v1/account/jwts</translation>
    </message>
    <message>
        <source>&amp;Forget Cookies</source>
        <translation>&amp;Cookies vergessen</translation>
    </message>
    <message>
        <source>Start over like a fresh browser</source>
        <translation>Neu beginnen wie ein frisch gestarteter Browser</translation>
    </message>
    <message>
        <source>Sessions (from List Sessions)</source>
        <translation>Sitzungen (aus „Sitzungen auflisten“)</translation>
    </message>
    <message>
        <source>Delete &amp;Selected Session</source>
        <translation>Ausge&amp;wählte Sitzung löschen</translation>
    </message>
    <message>
        <source>DELETE /v1/account/sessions/{id}</source>
        <translation>DELETE /v1/account/sessions/{id}</translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <source>Cookies set by the answer (Set-Cookie):</source>
        <translation>Von der Antwort gesetzte Cookies (Set-Cookie):</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value (elided)</source>
        <translation>Wert (gekürzt)</translation>
    </message>
    <message>
        <source>X-Fallback-Cookies:</source>
        <translation>X-Fallback-Cookies:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>UserAccountTab</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation>+14155550100</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Pass&amp;wort</translation>
    </message>
    <message>
        <source>New password (8 characters or more)</source>
        <translation>Neues Passwort (mindestens 8 Zeichen)</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation>&amp;Labels</translation>
    </message>
    <message>
        <source>comma-separated, e.g. admin, beta</source>
        <translation>durch Kommas getrennt, z. B. admin, beta</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Require multi-factor authentication</source>
        <translation>Multi-Faktor-Authentifizierung verlangen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Also sign out of every session</source>
        <translation>Auch von allen Sitzungen abmelden</translation>
    </message>
    <message>
        <source>color: #da4453;</source>
        <translation>color: #da4453;</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Benutzer löschen …</translation>
    </message>
</context>
<context>
    <name>UserActivityTab</name>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>UserDetailWidget</name>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Copy the user ID</source>
        <translation>Die Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Load the user again from the server</source>
        <translation>Den Benutzer erneut vom Server laden</translation>
    </message>
</context>
<context>
    <name>UserIdentitiesTab</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Provider user ID</source>
        <translation>Benutzer-ID beim Anbieter</translation>
    </message>
    <message>
        <source>Provider e-mail</source>
        <translation>E-Mail beim Anbieter</translation>
    </message>
    <message>
        <source>Linked</source>
        <translation>Verknüpft</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Unlink identity…</source>
        <translation>Identität trennen …</translation>
    </message>
</context>
<context>
    <name>UserJsonTab</name>
    <message>
        <source>The password hash and its secret parameters are hidden.</source>
        <translation>Der Passwort-Hash und seine geheimen Parameter sind ausgeblendet.</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
</context>
<context>
    <name>UserMembershipsTab</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>UserPrefsTab</name>
    <message>
        <source>Keys and values</source>
        <translation>Schlüssel und Werte</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>color: #da4453;</source>
        <translation>color: #da4453;</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Präferenzen speichern</translation>
    </message>
</context>
<context>
    <name>UserSessionsTab</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>Sitzung abmelden</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden …</translation>
    </message>
</context>
<context>
    <name>Userdesk</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation>Feld „%1“ muss true oder false sein</translation>
    </message>
    <message>
        <source>field &quot;labels&quot; must be a list</source>
        <translation>Feld „labels“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>field &quot;prefs&quot; must be an object</source>
        <translation>Feld „prefs“ muss ein Objekt sein</translation>
    </message>
</context>
<context>
    <name>Userdesk::ApiError</name>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut: %1</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP %1).</source>
        <translation>Der Server hat die Anfrage als ungültig abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The credentials were not accepted (HTTP 401).</source>
        <translation>Die Zugangsdaten wurden nicht akzeptiert (HTTP 401).</translation>
    </message>
    <message>
        <source>Access was refused (HTTP %1).</source>
        <translation>Der Zugriff wurde verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404).</source>
        <translation>Auf dem Server nicht gefunden (HTTP 404).</translation>
    </message>
    <message>
        <source>This conflicts with existing data (HTTP 409).</source>
        <translation>Das steht im Widerspruch zu vorhandenen Daten (HTTP 409).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Zu viele Anfragen; versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation>Zu viele Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server does not support this (HTTP 501).</source>
        <translation>Der Server unterstützt das nicht (HTTP 501).</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation>Fehler auf dem Server (HTTP %1).</translation>
    </message>
    <message>
        <source>The server sent an answer Userdesk cannot read.</source>
        <translation>Der Server hat eine Antwort gesendet, die Userdesk nicht lesen kann.</translation>
    </message>
    <message>
        <source>The server sent an answer Userdesk cannot read: %1</source>
        <translation>Der Server hat eine Antwort gesendet, die Userdesk nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>no HTTP status in the answer</source>
        <translation>kein HTTP-Status in der Antwort</translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation>fehlerhaftes JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON</source>
        <translation>der Server hat mit einer HTML-Seite statt mit JSON geantwortet</translation>
    </message>
    <message>
        <source>the error answer is not JSON</source>
        <translation>die Fehlerantwort ist kein JSON</translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation>keine Serveradresse festgelegt</translation>
    </message>
    <message>
        <source>the version answer has no version</source>
        <translation>die Versionsantwort enthält keine Version</translation>
    </message>
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation>Fehler auf dem Server (HTTP %1): %2</translation>
    </message>
    <message>
        <source>the certificate changed since it was trusted (trusted SHA-256 %1, now %2); %3</source>
        <translation>das Zertifikat hat sich geändert, seit ihm vertraut wurde (vertrauter SHA-256 %1, jetzt %2); %3</translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON; check the endpoint address</source>
        <translation>der Server hat mit einer HTML-Seite statt mit JSON geantwortet; prüfen Sie die Adresse des Endpunkts</translation>
    </message>
    <message>
        <source>%1 — the request carried no accepted credential: give the profile an API key with the scope %2, or sign in to the console.</source>
        <translation>%1 – die Anfrage enthielt keine akzeptierten Zugangsdaten: Geben Sie dem Profil einen API-Schlüssel mit der Berechtigung %2 oder melden Sie sich bei der Konsole an.</translation>
    </message>
    <message>
        <source>%1 — the API key needs the scope %2 (Appwrite console → project → Overview → API keys).</source>
        <translation>%1 – der API-Schlüssel braucht die Berechtigung %2 (Appwrite-Konsole → Projekt → Overview → API keys).</translation>
    </message>
</context>
<context>
    <name>Userdesk::BulkJob</name>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Verify e-mail</source>
        <translation>E-Mail bestätigen</translation>
    </message>
    <message>
        <source>Unverify e-mail</source>
        <translation>E-Mail-Bestätigung aufheben</translation>
    </message>
    <message>
        <source>Verify phone</source>
        <translation>Telefonnummer bestätigen</translation>
    </message>
    <message>
        <source>Unverify phone</source>
        <translation>Telefon-Bestätigung aufheben</translation>
    </message>
    <message>
        <source>Add label</source>
        <translation>Label hinzufügen</translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation>Label entfernen</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Userdesk::BulkJobDialog</name>
    <message>
        <source>%1 — bulk action</source>
        <translation>%1 – Massenaktion</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected user(s)</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Benutzer</numerusform>
            <numerusform>Die %Ln ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match: nothing will change.</source>
        <translation>Keine passenden Benutzer: Es wird nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>This will block %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch wird %Ln Benutzer gesperrt.</numerusform>
            <numerusform>Dadurch werden %Ln Benutzer gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will unblock %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch wird %Ln Benutzer entsperrt.</numerusform>
            <numerusform>Dadurch werden %Ln Benutzer entsperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the e-mail of %Ln user(s) as verified.</source>
        <translation>
            <numerusform>Dadurch wird die E-Mail-Adresse von %Ln Benutzer als bestätigt markiert.</numerusform>
            <numerusform>Dadurch wird die E-Mail-Adresse von %Ln Benutzern als bestätigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the e-mail of %Ln user(s) as unverified.</source>
        <translation>
            <numerusform>Dadurch wird die E-Mail-Adresse von %Ln Benutzer als unbestätigt markiert.</numerusform>
            <numerusform>Dadurch wird die E-Mail-Adresse von %Ln Benutzern als unbestätigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the phone of %Ln user(s) as verified.</source>
        <translation>
            <numerusform>Dadurch wird die Telefonnummer von %Ln Benutzer als bestätigt markiert.</numerusform>
            <numerusform>Dadurch wird die Telefonnummer von %Ln Benutzern als bestätigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the phone of %Ln user(s) as unverified.</source>
        <translation>
            <numerusform>Dadurch wird die Telefonnummer von %Ln Benutzer als unbestätigt markiert.</numerusform>
            <numerusform>Dadurch wird die Telefonnummer von %Ln Benutzern als unbestätigt markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will add a label to %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch erhält %Ln Benutzer ein Label.</numerusform>
            <numerusform>Dadurch erhalten %Ln Benutzer ein Label.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will add the label “%1” to %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch erhält %Ln Benutzer das Label „%1“.</numerusform>
            <numerusform>Dadurch erhalten %Ln Benutzer das Label „%1“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will remove a label from %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch wird bei %Ln Benutzer ein Label entfernt.</numerusform>
            <numerusform>Dadurch wird bei %Ln Benutzern ein Label entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will remove the label “%1” from %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch wird bei %Ln Benutzer das Label „%1“ entfernt.</numerusform>
            <numerusform>Dadurch wird bei %Ln Benutzern das Label „%1“ entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will sign %Ln user(s) out of every session.</source>
        <translation>
            <numerusform>Dadurch wird %Ln Benutzer von allen Sitzungen abgemeldet.</numerusform>
            <numerusform>Dadurch werden %Ln Benutzer von allen Sitzungen abgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will permanently delete %Ln user(s).</source>
        <translation>
            <numerusform>Dadurch wird %Ln Benutzer endgültig gelöscht.</numerusform>
            <numerusform>Dadurch werden %Ln Benutzer endgültig gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the users.</source>
        <translation>Die Benutzer konnten nicht gezählt werden.</translation>
    </message>
    <message>
        <source>Counting the users…</source>
        <translation>Benutzer werden gezählt …</translation>
    </message>
    <message>
        <source>%1 This cannot be undone.</source>
        <translation>%1 Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>%1 · %2 users/s</source>
        <translation>%1 · %2 Benutzer/s</translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translation>%1 · noch etwa %2</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln failed</source>
        <translation>
            <numerusform>%1 · %Ln fehlgeschlagen</numerusform>
            <numerusform>%1 · %Ln fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) could not be changed:</source>
        <translation>
            <numerusform>%Ln Benutzer konnte nicht geändert werden:</numerusform>
            <numerusform>%Ln Benutzer konnten nicht geändert werden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln user(s) changed; the others were not touched.</source>
        <translation type="vanished">
            <numerusform>Abgebrochen: %Ln Benutzer geändert; die übrigen blieben unverändert.</numerusform>
            <numerusform>Abgebrochen: %Ln Benutzer geändert; die übrigen blieben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln user(s) changed.</source>
        <translation type="vanished">
            <numerusform>Fertig: %Ln Benutzer geändert.</numerusform>
            <numerusform>Fertig: %Ln Benutzer geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln failed.</source>
        <translation>
            <numerusform>%1 %Ln fehlgeschlagen.</numerusform>
            <numerusform>%1 %Ln fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) blocked</source>
        <translation>
            <numerusform>%Ln Benutzer gesperrt</numerusform>
            <numerusform>%Ln Benutzer gesperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) unblocked</source>
        <translation>
            <numerusform>%Ln Benutzer entsperrt</numerusform>
            <numerusform>%Ln Benutzer entsperrt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es) marked verified</source>
        <translation>
            <numerusform>%Ln E-Mail-Adresse als bestätigt markiert</numerusform>
            <numerusform>%Ln E-Mail-Adressen als bestätigt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es) marked unverified</source>
        <translation>
            <numerusform>%Ln E-Mail-Adresse als unbestätigt markiert</numerusform>
            <numerusform>%Ln E-Mail-Adressen als unbestätigt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s) marked verified</source>
        <translation>
            <numerusform>%Ln Telefonnummer als bestätigt markiert</numerusform>
            <numerusform>%Ln Telefonnummern als bestätigt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s) marked unverified</source>
        <translation>
            <numerusform>%Ln Telefonnummer als unbestätigt markiert</numerusform>
            <numerusform>%Ln Telefonnummern als unbestätigt markiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label “%1” added to %Ln user(s)</source>
        <translation>
            <numerusform>Label „%1“ bei %Ln Benutzer hinzugefügt</numerusform>
            <numerusform>Label „%1“ bei %Ln Benutzern hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label “%1” removed from %Ln user(s)</source>
        <translation>
            <numerusform>Label „%1“ bei %Ln Benutzer entfernt</numerusform>
            <numerusform>Label „%1“ bei %Ln Benutzern entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) signed out everywhere</source>
        <translation>
            <numerusform>%Ln Benutzer überall abgemeldet</numerusform>
            <numerusform>%Ln Benutzer überall abgemeldet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) deleted</source>
        <translation>
            <numerusform>%Ln Benutzer gelöscht</numerusform>
            <numerusform>%Ln Benutzer gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1; the others were not touched.</source>
        <translation>Abgebrochen: %1; die übrigen blieben unverändert.</translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
</context>
<context>
    <name>Userdesk::CompareSettingsWidget</name>
    <message>
        <source>Copy ticked settings from left to right</source>
        <translation>Angehakte Einstellungen von links nach rechts kopieren</translation>
    </message>
    <message>
        <source>Copy ticked settings from right to left</source>
        <translation>Angehakte Einstellungen von rechts nach links kopieren</translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation>%1 (dieses Fenster)</translation>
    </message>
    <message>
        <source>Choose two projects. Differences are marked; tick the ones to copy, preview, then apply. OAuth2 secrets are never compared or copied.</source>
        <translation>Wählen Sie zwei Projekte. Unterschiede werden markiert; haken Sie die zu kopierenden an, prüfen Sie die Vorschau und übernehmen Sie sie dann. OAuth2-Geheimnisse werden nie verglichen oder kopiert.</translation>
    </message>
    <message>
        <source>Comparing projects needs a console sign-in.</source>
        <translation>Zum Vergleichen von Projekten ist eine Konsolen-Anmeldung nötig.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>The left project could not be read: %1</source>
        <translation>Das linke Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The right project could not be read: %1</source>
        <translation>Das rechte Projekt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation>≠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n Unterschied</numerusform>
            <numerusform>%n Unterschiede</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n Unterschied.</numerusform>
            <numerusform>%n Unterschiede.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two projects have the same settings.</source>
        <translation>Die beiden Projekte haben dieselben Einstellungen.</translation>
    </message>
    <message>
        <source>Tick at least one difference to copy.</source>
        <translation>Haken Sie mindestens einen Unterschied zum Kopieren an.</translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of %1 — %2 will change:</source>
        <translation>
            <numerusform>%n Einstellung von %1 – %2 wird geändert:</numerusform>
            <numerusform>%n Einstellungen von %1 – %2 werden geändert:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <translation>• %1: %2 → %3</translation>
    </message>
    <message>
        <source>OAuth2 secrets are not copied: the target keeps its own secret (set it in its OAuth2 editor if it has none).</source>
        <translation>OAuth2-Geheimnisse werden nicht kopiert: Das Ziel behält sein eigenes Geheimnis (legen Sie es in dessen OAuth2-Editor fest, falls es keines hat).</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übernommen …</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n setting(s)…</source>
        <translation>
            <numerusform>%n Einstellung wird übernommen …</numerusform>
            <numerusform>%n Einstellungen werden übernommen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n setting(s) applied; %2 failed (see Result).</source>
        <translation>
            <numerusform>%1 von %n Einstellung übernommen; %2 fehlgeschlagen (siehe Ergebnis).</numerusform>
            <numerusform>%1 von %n Einstellungen übernommen; %2 fehlgeschlagen (siehe Ergebnis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) applied.</source>
        <translation>
            <numerusform>%n Einstellung übernommen.</numerusform>
            <numerusform>%n Einstellungen übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message numerus="yes">
        <source>A reconnect interrupted the copy: %n setting(s) may or may not have been applied; the projects were read again.</source>
        <translation>
            <numerusform>Ein erneutes Verbinden hat das Kopieren unterbrochen: %n Einstellung wurde vielleicht übernommen, vielleicht nicht; die Projekte wurden neu gelesen.</numerusform>
            <numerusform>Ein erneutes Verbinden hat das Kopieren unterbrochen: %n Einstellungen wurden vielleicht übernommen, vielleicht nicht; die Projekte wurden neu gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of both projects</source>
        <translation>Einstellungen beider Projekte</translation>
    </message>
</context>
<context>
    <name>Userdesk::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>An anderer Stelle geändert</translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Ursprünglich</translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation>Jetzt auf dem Server</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Eingabe</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>Keep the changes made elsewhere and apply yours on top of them</source>
        <translation>Die an anderer Stelle vorgenommenen Änderungen behalten und Ihre darauf anwenden</translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation>&amp;Meine speichern</translation>
    </message>
    <message>
        <source>Replace the server&apos;s value with yours</source>
        <translation>Den Wert auf dem Server durch Ihren ersetzen</translation>
    </message>
    <message>
        <source>&amp;Use the Server&apos;s</source>
        <translation>&amp;Serverstand verwenden</translation>
    </message>
    <message>
        <source>Discard your edit and show what the server holds now</source>
        <translation>Ihre Änderung verwerfen und den aktuellen Stand des Servers anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save nothing and keep what you typed</source>
        <translation>Nichts speichern und Ihre Eingaben behalten</translation>
    </message>
</context>
<context>
    <name>Userdesk::ConnectionMonitor</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Connecting… reading the API key from the system keychain</source>
        <translation>Verbindung wird hergestellt … API-Schlüssel wird aus dem Schlüsselbund des Systems gelesen</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key of “%1” is kept for this session only. It was not written to disk.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird der API-Schlüssel von „%1“ nur für diese Sitzung aufbewahrt. Er wurde nicht auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>The system keychain did not store the API key of “%1” (%2), so it is kept for this session only. It was not written to disk.</source>
        <translation>Der Schlüsselbund des Systems hat den API-Schlüssel von „%1“ nicht gespeichert (%2), daher wird er nur für diese Sitzung aufbewahrt. Er wurde nicht auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the profile and enter the project&apos;s API key.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Bearbeiten Sie das Profil und geben Sie den API-Schlüssel des Projekts ein.</translation>
    </message>
    <message>
        <source>No system keychain is available, so no API key of “%1” was kept from an earlier run. Edit the profile and enter the project&apos;s API key; it is kept for this session only.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher ist kein API-Schlüssel von „%1“ aus einem früheren Start vorhanden. Bearbeiten Sie das Profil und geben Sie den API-Schlüssel des Projekts ein; er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The API key of “%1” could not be read from the system keychain: %2</source>
        <translation>Der API-Schlüssel von „%1“ konnte nicht aus dem Schlüsselbund des Systems gelesen werden: %2</translation>
    </message>
    <message>
        <source>Console sign-in</source>
        <translation>Konsolen-Anmeldung</translation>
    </message>
    <message>
        <source>API key (reading it from the system keychain…)</source>
        <translation>API-Schlüssel (wird aus dem Schlüsselbund des Systems gelesen …)</translation>
    </message>
    <message>
        <source>API key (kept in the system keychain)</source>
        <translation>API-Schlüssel (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <source>API key (kept for this session only: no system keychain stored it)</source>
        <translation>API-Schlüssel (nur für diese Sitzung: kein Schlüsselbund des Systems hat ihn gespeichert)</translation>
    </message>
    <message>
        <source>API key (none available: edit the profile to enter it)</source>
        <translation>API-Schlüssel (keiner vorhanden: Profil bearbeiten, um ihn einzugeben)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The key can read users (%n user(s)).</source>
        <translation>
            <numerusform>Verbunden. Der Schlüssel kann Benutzer lesen (%n Benutzer).</numerusform>
            <numerusform>Verbunden. Der Schlüssel kann Benutzer lesen (%n Benutzer).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The console session can read users (%n user(s)).</source>
        <translation>
            <numerusform>Verbunden. Die Konsolen-Sitzung kann Benutzer lesen (%n Benutzer).</numerusform>
            <numerusform>Verbunden. Die Konsolen-Sitzung kann Benutzer lesen (%n Benutzer).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the key cannot read users: %1</source>
        <translation>Verbunden, aber der Schlüssel kann keine Benutzer lesen: %1</translation>
    </message>
    <message>
        <source>Connected, but reading users needs a console sign-in or an API key: %1</source>
        <translation>Verbunden, aber zum Lesen der Benutzer ist eine Konsolen-Anmeldung oder ein API-Schlüssel nötig: %1</translation>
    </message>
</context>
<context>
    <name>Userdesk::ConsoleControls</name>
    <message>
        <source>P&amp;roject:</source>
        <translation>P&amp;rojekt:</translation>
    </message>
    <message>
        <source>The projects of the signed-in console account</source>
        <translation>Die Projekte des angemeldeten Konsolen-Kontos</translation>
    </message>
    <message>
        <source>The console account&apos;s projects could not be listed: %1</source>
        <translation>Die Projekte des Konsolen-Kontos konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>Console: signed in as %1</source>
        <translation>Konsole: angemeldet als %1</translation>
    </message>
    <message>
        <source>Console: checking the stored session…</source>
        <translation>Konsole: gespeicherte Sitzung wird geprüft …</translation>
    </message>
    <message>
        <source>Console: signing in…</source>
        <translation>Konsole: Anmeldung läuft …</translation>
    </message>
    <message>
        <source>Console: session expired — sign in again</source>
        <translation>Konsole: Sitzung abgelaufen – bitte erneut anmelden</translation>
    </message>
    <message>
        <source>Console: not signed in</source>
        <translation>Konsole: nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>Userdesk::CreateUserDialog</name>
    <message>
        <source>letters, digits, . _ -</source>
        <translation>Buchstaben, Ziffern, . _ -</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt …</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation>Automatisch erzeugt</translation>
    </message>
    <message>
        <source>Enter an ID or let Userdesk generate one.</source>
        <translation>Geben Sie eine ID ein oder lassen Sie Userdesk eine erzeugen.</translation>
    </message>
    <message>
        <source>Custom user ID</source>
        <translation>Eigene Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>Userdesk::ExportDialog</name>
    <message numerus="yes">
        <source>The %Ln selected user(s)</source>
        <translation>
            <numerusform>Der %Ln ausgewählte Benutzer</numerusform>
            <numerusform>Die %Ln ausgewählten Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>Users in the current view (no search or filter: everyone)</source>
        <translation>Benutzer der aktuellen Ansicht (ohne Suche oder Filter: alle)</translation>
    </message>
    <message>
        <source>users-%1</source>
        <translation>benutzer-%1</translation>
    </message>
    <message>
        <source>Export users</source>
        <translation>Benutzer exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written…</source>
        <translation>
            <numerusform>%Ln Benutzer geschrieben …</numerusform>
            <numerusform>%Ln Benutzer geschrieben …</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
            <numerusform>%Ln Benutzer nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
        <translation>Der Export ist fehlgeschlagen, es wurde keine Datei geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>Userdesk::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Userdesk::ImportDialog</name>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>%1 hash</source>
        <translation>%1-Hash</translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>User files (*.csv *.json);;All files (*)</source>
        <translation>Benutzerdateien (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(generated)</source>
        <translation>(wird erzeugt)</translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation>Wird übersprungen</translation>
    </message>
    <message>
        <source>No users in the file.</source>
        <translation>Keine Benutzer in der Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) ready to import.</source>
        <translation>
            <numerusform>%Ln Benutzer bereit zum Import.</numerusform>
            <numerusform>%Ln Benutzer bereit zum Import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln row(s) have problems and will be skipped.</source>
        <translation>
            <numerusform>%1 %Ln Zeile hat Probleme und wird übersprungen.</numerusform>
            <numerusform>%1 %Ln Zeilen haben Probleme und werden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Created, but %1 failed: %2</source>
        <translation>Erstellt, aber %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cancelled: the server may or may not have created it</source>
        <translation>Abgebrochen: Der Server hat den Benutzer möglicherweise trotzdem erstellt</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 partly created, %3 failed, %4 skipped.</source>
        <translation>Importiert: %1 erstellt, %2 teilweise erstellt, %3 fehlgeschlagen, %4 übersprungen.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation>Zu importierende Zeilen</translation>
    </message>
</context>
<context>
    <name>Userdesk::LoginMethodsWidget</name>
    <message>
        <source>Sign up and sign in with e-mail and password.</source>
        <translation>Registrierung und Anmeldung mit E-Mail-Adresse und Passwort.</translation>
    </message>
    <message>
        <source>Sign in through a link sent by e-mail.</source>
        <translation>Anmeldung über einen per E-Mail gesendeten Link.</translation>
    </message>
    <message>
        <source>Sign in with a one-time code sent by e-mail.</source>
        <translation>Anmeldung mit einem per E-Mail gesendeten Einmalcode.</translation>
    </message>
    <message>
        <source>Guest sessions without any identifier.</source>
        <translation>Gastsitzungen ohne jede Kennung.</translation>
    </message>
    <message>
        <source>Team members may invite others by e-mail.</source>
        <translation>Teammitglieder dürfen andere per E-Mail einladen.</translation>
    </message>
    <message>
        <source>Short-lived tokens for calls from a server on a user&apos;s behalf.</source>
        <translation>Kurzlebige Tokens für Aufrufe eines Servers im Namen eines Benutzers.</translation>
    </message>
    <message>
        <source>Sign in with a code sent by SMS.</source>
        <translation>Anmeldung mit einem per SMS gesendeten Code.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Enable All Login Methods</source>
        <translation>Alle Anmeldemethoden aktivieren</translation>
    </message>
    <message>
        <source>Enable every login method of this project? End users can then sign in with any of them.</source>
        <translation>Alle Anmeldemethoden dieses Projekts aktivieren? Endbenutzer können sich dann mit jeder davon anmelden.</translation>
    </message>
    <message>
        <source>Enable All</source>
        <translation>Alle aktivieren</translation>
    </message>
    <message>
        <source>Disable All Login Methods</source>
        <translation>Alle Anmeldemethoden deaktivieren</translation>
    </message>
    <message>
        <source>Disable every login method of this project? End users can then no longer sign up or sign in with them; existing sessions stay valid.</source>
        <translation>Alle Anmeldemethoden dieses Projekts deaktivieren? Endbenutzer können sich dann nicht mehr damit registrieren oder anmelden; bestehende Sitzungen bleiben gültig.</translation>
    </message>
    <message>
        <source>Disable All</source>
        <translation>Alle deaktivieren</translation>
    </message>
</context>
<context>
    <name>Userdesk::MainWindow</name>
    <message>
        <source>About Userdesk</source>
        <translation>Über Userdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Userdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the users and authentication of an Appwrite project.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Userdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für die Benutzer und die Anmeldung eines Appwrite-Projekts.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The console session of “%1” has expired or was revoked. Sign in again to go on; the open pages and what you typed are kept.</source>
        <translation>Die Konsolen-Sitzung von „%1“ ist abgelaufen oder wurde widerrufen. Melden Sie sich erneut an, um fortzufahren; die geöffneten Seiten und Ihre Eingaben bleiben erhalten.</translation>
    </message>
    <message>
        <source>Userdesk Help</source>
        <translation>Userdesk-Hilfe</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
</context>
<context>
    <name>Userdesk::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthProviderDialog</name>
    <message>
        <source>%1 OAuth2 Settings</source>
        <translation>OAuth2-Einstellungen für %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Appwrite keeps these fields together as the provider&apos;s secret. It is write-only: leave every field empty to keep the stored secret, or fill in all required fields to replace it.</source>
        <translation>Appwrite speichert diese Felder zusammen als Geheimnis des Anbieters. Es kann nur geschrieben werden: Lassen Sie alle Felder leer, um das gespeicherte Geheimnis zu behalten, oder füllen Sie alle Pflichtfelder aus, um es zu ersetzen.</translation>
    </message>
    <message>
        <source>The secret is write-only: it is never shown. Leave the field empty to keep the stored secret.</source>
        <translation>Das Geheimnis kann nur geschrieben werden: Es wird nie angezeigt. Lassen Sie das Feld leer, um das gespeicherte Geheimnis zu behalten.</translation>
    </message>
    <message>
        <source>Redirect URI copied.</source>
        <translation>Weiterleitungs-URI kopiert.</translation>
    </message>
    <message>
        <source>The app ID can have at most 256 characters.</source>
        <translation>Die App-ID darf höchstens 256 Zeichen haben.</translation>
    </message>
    <message>
        <source>The secret can have at most 512 characters.</source>
        <translation>Das Geheimnis darf höchstens 512 Zeichen haben.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saving was interrupted by a reconnect. Save again.</source>
        <translation>Das Speichern wurde durch ein erneutes Verbinden unterbrochen. Bitte erneut speichern.</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Changed elsewhere — not saved yet</source>
        <translation>An anderer Stelle geändert – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>This provider was changed elsewhere since this dialog opened (another admin or the Appwrite console). Save yours over it, or use the server&apos;s?</source>
        <translation>Dieser Anbieter wurde an anderer Stelle geändert, seit dieser Dialog geöffnet wurde (von einem anderen Administrator oder in der Appwrite-Konsole). Ihre Eingabe darüber speichern oder den Serverstand verwenden?</translation>
    </message>
    <message>
        <source>Showing the server&apos;s values</source>
        <translation>Werte des Servers werden angezeigt</translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthProvidersModel</name>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>%1 (%2): no app ID set</source>
        <translation>%1 (%2): keine App-ID festgelegt</translation>
    </message>
    <message>
        <source>%1 (%2): app ID %3</source>
        <translation>%1 (%2): App-ID %3</translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthProvidersWidget</name>
    <message>
        <source>%1 of %2 providers enabled</source>
        <translation>%1 von %2 Anbietern aktiviert</translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation>Anbieter suchen</translation>
    </message>
    <message>
        <source>OAuth2 providers</source>
        <translation>OAuth2-Anbieter</translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthSecret</name>
    <message>
        <source>Services ID:</source>
        <translation>Services-ID:</translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation>Anwendungs-ID (Client-ID):</translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation>Client-ID:</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>P8 file:</source>
        <translation>P8-Datei:</translation>
    </message>
    <message>
        <source>Contents of the .p8 key file</source>
        <translation>Inhalt der .p8-Schlüsseldatei</translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation>Team-ID:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Geheimnis:</translation>
    </message>
    <message>
        <source>Auth0 domain:</source>
        <translation>Auth0-Domain:</translation>
    </message>
    <message>
        <source>Base domain:</source>
        <translation>Basis-Domain:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>App-Geheimnis:</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Endpunkt:</translation>
    </message>
    <message>
        <source>Target tenant:</source>
        <translation>Ziel-Tenant:</translation>
    </message>
    <message>
        <source>common, organizations, consumers or a tenant ID</source>
        <translation>common, organizations, consumers oder eine Tenant-ID</translation>
    </message>
    <message>
        <source>Well-known endpoint:</source>
        <translation>Well-known-Endpunkt:</translation>
    </message>
    <message>
        <source>Authorization endpoint:</source>
        <translation>Autorisierungs-Endpunkt:</translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation>Token-Endpunkt:</translation>
    </message>
    <message>
        <source>User info endpoint:</source>
        <translation>Userinfo-Endpunkt:</translation>
    </message>
    <message>
        <source>Okta domain:</source>
        <translation>Okta-Domain:</translation>
    </message>
    <message>
        <source>Authorization server ID:</source>
        <translation>Autorisierungsserver-ID:</translation>
    </message>
    <message>
        <source>Enter the well-known endpoint, or the authorization, token and user info endpoints.</source>
        <translation>Geben Sie den Well-known-Endpunkt ein oder den Autorisierungs-, Token- und Userinfo-Endpunkt.</translation>
    </message>
    <message>
        <source>The stored secret is replaced as a whole. Also fill in: %1.</source>
        <translation>Das gespeicherte Geheimnis wird als Ganzes ersetzt. Füllen Sie auch aus: %1.</translation>
    </message>
</context>
<context>
    <name>Userdesk::OverviewWidget</name>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
    <message>
        <source>Sign-ups and active users per day</source>
        <translation>Registrierungen und aktive Benutzer pro Tag</translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation>Registrierungen</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <source>Users by status</source>
        <translation>Benutzer nach Status</translation>
    </message>
    <message>
        <source>Counting… %1 of %2</source>
        <translation>Wird gezählt … %1 von %2</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Active users (not available)</source>
        <translation>Aktive Benutzer (nicht verfügbar)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Active users per day are not available from this server.</source>
        <translation>Aktive Benutzer pro Tag sind von diesem Server nicht verfügbar.</translation>
    </message>
    <message>
        <source>Some counts reached Appwrite&apos;s limit of %1 and are shown as %2.</source>
        <translation>Einige Zählungen haben das Appwrite-Limit von %1 erreicht und werden als %2 angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 users · %n sign-up(s) in the period</source>
        <translation>
            <numerusform>%1 Benutzer · %n Registrierung im Zeitraum</numerusform>
            <numerusform>%1 Benutzer · %n Registrierungen im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 active today</source>
        <translation>%1 · %2 heute aktiv</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The overview is counted when it is shown.</source>
        <translation>Die Übersicht wird ausgezählt, sobald sie angezeigt wird.</translation>
    </message>
    <message>
        <source>Counting the users…</source>
        <translation>Benutzer werden gezählt …</translation>
    </message>
    <message>
        <source>Could not count the users: %1</source>
        <translation>Die Benutzer konnten nicht gezählt werden: %1</translation>
    </message>
</context>
<context>
    <name>Userdesk::Profile</name>
    <message>
        <source>Enter the address of the Appwrite server.</source>
        <translation>Geben Sie die Adresse des Appwrite-Servers ein.</translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation>Die Serveradresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Die Serveradresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation>Die Serveradresse darf keinen Benutzernamen, keine Abfrage und kein Fragment enthalten.</translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfileEditDialog</name>
    <message>
        <source>Add Profile</source>
        <translation>Profil hinzufügen</translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation>Profil „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Stored in the system keychain — leave empty to keep it</source>
        <translation>Im Schlüsselbund des Systems gespeichert – leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Kept for this session only — leave empty to keep it</source>
        <translation>Nur für diese Sitzung aufbewahrt – leer lassen, um ihn zu behalten</translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation>Geben Sie einen Namen für dieses Profil ein.</translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation>Es gibt bereits ein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>Enter the API endpoint of the Appwrite server, for example https://appwrite.example.com/v1.</source>
        <translation>Geben Sie den API-Endpunkt des Appwrite-Servers ein, zum Beispiel https://appwrite.example.com/v1.</translation>
    </message>
    <message>
        <source>This is not a usable endpoint. Use the form https://appwrite.example.com/v1.</source>
        <translation>Das ist kein verwendbarer Endpunkt. Verwenden Sie die Form https://appwrite.example.com/v1.</translation>
    </message>
    <message>
        <source>Enter the ID of the Appwrite project whose users you manage.</source>
        <translation>Geben Sie die ID des Appwrite-Projekts ein, dessen Benutzer Sie verwalten.</translation>
    </message>
    <message>
        <source>Enter the API key of the project.</source>
        <translation>Geben Sie den API-Schlüssel des Projekts ein.</translation>
    </message>
    <message>
        <source>The stored API key could not be read: %1</source>
        <translation>Der gespeicherte API-Schlüssel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt …</translation>
    </message>
    <message numerus="yes">
        <source>Connected to Appwrite %1 — the key can read users (%n user(s))</source>
        <translation>
            <numerusform>Verbunden mit Appwrite %1 – der Schlüssel kann Benutzer lesen (%n Benutzer)</numerusform>
            <numerusform>Verbunden mit Appwrite %1 – der Schlüssel kann Benutzer lesen (%n Benutzer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to Appwrite %1 — the console session can read users (%n user(s))</source>
        <translation>
            <numerusform>Verbunden mit Appwrite %1 – die Konsolen-Sitzung kann Benutzer lesen (%n Benutzer)</numerusform>
            <numerusform>Verbunden mit Appwrite %1 – die Konsolen-Sitzung kann Benutzer lesen (%n Benutzer)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to Appwrite %1, but the key cannot read users: %2</source>
        <translation>Verbunden mit Appwrite %1, aber der Schlüssel kann keine Benutzer lesen: %2</translation>
    </message>
    <message>
        <source>Connected to Appwrite %1. Reading users needs a console sign-in or an API key: %2</source>
        <translation>Verbunden mit Appwrite %1. Zum Lesen der Benutzer ist eine Konsolen-Anmeldung oder ein API-Schlüssel nötig: %2</translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain, so nothing was saved: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The stored API key could not be read, so nothing was saved. Enter the key again: %1</source>
        <translation>Der gespeicherte API-Schlüssel konnte nicht gelesen werden, daher wurde nichts gespeichert. Geben Sie den Schlüssel erneut ein: %1</translation>
    </message>
    <message>
        <source>no key found</source>
        <translation>kein Schlüssel gefunden</translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfilePages</name>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Benutzer</translation>
    </message>
    <message>
        <source>Sessio&amp;ns</source>
        <translation>&amp;Sitzungen</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Sign-in &amp;Tester</source>
        <translation>Anmelde-&amp;Tester</translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfileSelector</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>The Appwrite project this window manages</source>
        <translation>Das Appwrite-Projekt, das dieses Fenster verwaltet</translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfilesDialog</name>
    <message>
        <source>%1 — project %2</source>
        <translation>%1 – Projekt %2</translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key of “%1” is kept for this session only. It was not written to disk; enter it again after restarting Userdesk.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird der API-Schlüssel von „%1“ nur für diese Sitzung aufbewahrt. Er wurde nicht auf die Festplatte geschrieben; geben Sie ihn nach einem Neustart von Userdesk erneut ein.</translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove the profile “%1”?

Its API key is deleted from the system keychain and its console sign-in is forgotten. Nothing changes on the Appwrite server.</source>
        <translation>Das Profil „%1“ entfernen?

Sein API-Schlüssel wird aus dem Schlüsselbund des Systems gelöscht und seine Konsolen-Anmeldung vergessen. Auf dem Appwrite-Server ändert sich nichts.</translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its API key could not be deleted from the system keychain: %2</source>
        <translation>Das Profil „%1“ wurde entfernt, aber sein API-Schlüssel konnte nicht aus dem Schlüsselbund des Systems gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>Userdesk::ProjectComboBox</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Userdesk::ProjectSettings</name>
    <message>
        <source>Value must be a whole number between %1 and %2.</source>
        <translation>Der Wert muss eine ganze Zahl zwischen %1 und %2 sein.</translation>
    </message>
    <message>
        <source>At most 10 mock phone numbers are allowed.</source>
        <translation>Höchstens 10 Test-Telefonnummern sind erlaubt.</translation>
    </message>
    <message>
        <source>The code of %1 must be exactly 6 digits.</source>
        <translation>Der Code von %1 muss aus genau 6 Ziffern bestehen.</translation>
    </message>
    <message>
        <source>Duplicate phone numbers are not allowed.</source>
        <translation>Doppelte Telefonnummern sind nicht erlaubt.</translation>
    </message>
</context>
<context>
    <name>Userdesk::SavedViewsSelector</name>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>No saved view: all users, with the search and filters above</source>
        <translation>Keine gespeicherte Ansicht: alle Benutzer, mit der Suche und den Filtern oben</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view (the search, filters and order are saved for this profile):</source>
        <translation>Name der Ansicht (Suche, Filter und Sortierung werden für dieses Profil gespeichert):</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The users are not affected.</source>
        <translation>Die gespeicherte Ansicht „%1“ löschen? Die Benutzer sind davon nicht betroffen.</translation>
    </message>
</context>
<context>
    <name>Userdesk::SecurityWidget</name>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation>Noch nicht übernommen</translation>
    </message>
    <message>
        <source>E.164, e.g. +14155552671</source>
        <translation>E.164, z. B. +14155552671</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved — %1</source>
        <translation>Nicht gespeichert – %1</translation>
    </message>
    <message>
        <source>Interrupted by a reconnect — apply again if needed</source>
        <translation>Durch erneutes Verbinden unterbrochen – bei Bedarf erneut anwenden</translation>
    </message>
    <message>
        <source>Mock phone numbers</source>
        <translation>Test-Telefonnummern</translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation>Server wird geprüft …</translation>
    </message>
    <message>
        <source>Changed elsewhere — not saved yet</source>
        <translation>An anderer Stelle geändert – noch nicht gespeichert</translation>
    </message>
    <message>
        <source>These settings were changed elsewhere since they were read (another admin or the Appwrite console). Save yours over them, or use the server&apos;s?</source>
        <translation>Diese Einstellungen wurden seit dem Lesen an anderer Stelle geändert (von einem anderen Administrator oder in der Appwrite-Konsole). Ihre Werte darüber speichern oder den Serverstand verwenden?</translation>
    </message>
    <message>
        <source>Showing the server&apos;s values</source>
        <translation>Werte des Servers werden angezeigt</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Userdesk::SessionsExplorerModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
</context>
<context>
    <name>Userdesk::SessionsPage</name>
    <message>
        <source>Any provider</source>
        <translation>Beliebiger Anbieter</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <source>Magic URL</source>
        <translation>Magic URL</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Token (e-mail OTP, custom)</source>
        <translation>Token (E-Mail-OTP, benutzerdefiniert)</translation>
    </message>
    <message>
        <source>Server (Users API)</source>
        <translation>Server (Users-API)</translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation>Die Suche wurde angehalten: %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Wird durchsucht …</translation>
    </message>
    <message>
        <source>%1 users scanned, %2 sessions found</source>
        <translation>%1 Benutzer durchsucht, %2 Sitzungen gefunden</translation>
    </message>
    <message>
        <source>%1 users, %2 sessions</source>
        <translation>%1 Benutzer, %2 Sitzungen</translation>
    </message>
    <message>
        <source>Scan complete: %1</source>
        <translation>Suche abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Scan stopped: %1</source>
        <translation>Suche angehalten: %1</translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation>%1 von %2 Sitzungen angezeigt</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected (%1)…</source>
        <translation>Ausgewählte &amp;widerrufen (%1) …</translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation>Ausgewählte &amp;widerrufen …</translation>
    </message>
    <message>
        <source>Revoke Sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s)? Their users are signed out on those devices at once.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen? Der Benutzer wird auf diesem Gerät sofort abgemeldet.</numerusform>
            <numerusform>%n Sitzungen widerrufen? Die Benutzer werden auf diesen Geräten sofort abgemeldet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Session(s)</source>
        <translation>
            <numerusform>%n Sitzung widerrufen</numerusform>
            <numerusform>%n Sitzungen widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>%n Sitzung wird widerrufen …</numerusform>
            <numerusform>%n Sitzungen werden widerrufen …</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) revoked; %2 failed:</source>
        <translation>
            <numerusform>%1 von %n Sitzung widerrufen; %2 fehlgeschlagen:</numerusform>
            <numerusform>%1 von %n Sitzungen widerrufen; %2 fehlgeschlagen:</numerusform>
        </translation>
    </message>
    <message>
        <source>• session %1 of user %2: %3</source>
        <translation>• Sitzung %1 von Benutzer %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… und %n weitere.</numerusform>
            <numerusform>… und %n weitere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after revoking %n session(s).</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %n Sitzung widerrufen wurde.</numerusform>
            <numerusform>Abgebrochen, nachdem %n Sitzungen widerrufen wurden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n Sitzung widerrufen.</numerusform>
            <numerusform>%n Sitzungen widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Scan All Users lists every session of every user of the project, to filter, sort and revoke.</source>
        <translation>„Alle Benutzer durchsuchen“ listet alle Sitzungen aller Benutzer des Projekts auf – zum Filtern, Sortieren und Widerrufen.</translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation>Client-Filter</translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation>Länderfilter</translation>
    </message>
    <message>
        <source>No session matches the filters.</source>
        <translation>Keine Sitzung entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No sessions: nobody is signed in to this project.</source>
        <translation>Keine Sitzungen: Niemand ist bei diesem Projekt angemeldet.</translation>
    </message>
</context>
<context>
    <name>Userdesk::SettingsDiff</name>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message numerus="yes">
        <source>Last %n password(s)</source>
        <translation>
            <numerusform>Letztes %n Passwort</numerusform>
            <numerusform>Letzte %n Passwörter</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Name %1, e-mail %2, MFA %3</source>
        <translation>Name %1, E-Mail %2, MFA %3</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>sichtbar</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1 · app ID %2</source>
        <translation>%1 · App-ID %2</translation>
    </message>
    <message>
        <source>Users limit</source>
        <translation>Benutzerlimit</translation>
    </message>
    <message>
        <source>Session length</source>
        <translation>Sitzungsdauer</translation>
    </message>
    <message>
        <source>Sessions per user</source>
        <translation>Sitzungen pro Benutzer</translation>
    </message>
    <message>
        <source>Password history</source>
        <translation>Passwortverlauf</translation>
    </message>
    <message>
        <source>Password dictionary</source>
        <translation>Passwort-Wörterbuch</translation>
    </message>
    <message>
        <source>Disallow personal data in passwords</source>
        <translation>Persönliche Daten in Passwörtern verbieten</translation>
    </message>
    <message>
        <source>Session alerts</source>
        <translation>Sitzungsbenachrichtigungen</translation>
    </message>
    <message>
        <source>Invalidate sessions on password change</source>
        <translation>Sitzungen bei Passwortänderung ungültig machen</translation>
    </message>
    <message>
        <source>Mock phone numbers</source>
        <translation>Test-Telefonnummern</translation>
    </message>
    <message>
        <source>Memberships privacy</source>
        <translation>Datenschutz bei Mitgliedschaften</translation>
    </message>
    <message>
        <source>Email/Password</source>
        <translation>E-Mail/Passwort</translation>
    </message>
    <message>
        <source>Magic URL</source>
        <translation>Magic URL</translation>
    </message>
    <message>
        <source>Email OTP</source>
        <translation>E-Mail-OTP</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>Team invites</source>
        <translation>Team-Einladungen</translation>
    </message>
    <message>
        <source>JWT</source>
        <translation>JWT</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>OAuth2 provider %1</source>
        <translation>OAuth2-Anbieter %1</translation>
    </message>
    <message>
        <source>Login method %1</source>
        <translation>Anmeldemethode %1</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation>Anmeldemethoden</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>OAuth2 providers (secrets excluded)</source>
        <translation>OAuth2-Anbieter (ohne Geheimnisse)</translation>
    </message>
</context>
<context>
    <name>Userdesk::SettingsPage</name>
    <message>
        <source>Project %1</source>
        <translation>Projekt %1</translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation>Projekt %1 (%2)</translation>
    </message>
    <message>
        <source>Checking the console session…</source>
        <translation>Konsolen-Sitzung wird geprüft …</translation>
    </message>
    <message>
        <source>The console session has expired or was revoked, so these settings are read-only. Sign in again to change them; nothing you typed is lost.</source>
        <translation>Die Konsolen-Sitzung ist abgelaufen oder wurde widerrufen, daher sind diese Einstellungen schreibgeschützt. Melden Sie sich erneut an, um sie zu ändern; Ihre Eingaben gehen nicht verloren.</translation>
    </message>
    <message>
        <source>These settings are read-only: Appwrite changes login methods, security limits and OAuth2 providers only for a signed-in console account (the Projects API does not accept API keys). Sign in with the console account of this server to change them.</source>
        <translation>Diese Einstellungen sind schreibgeschützt: Appwrite ändert Anmeldemethoden, Sicherheitslimits und OAuth2-Anbieter nur für ein angemeldetes Konsolen-Konto (die Projects-API akzeptiert keine API-Schlüssel). Melden Sie sich mit dem Konsolen-Konto dieses Servers an, um sie zu ändern.</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>The project&apos;s settings could not be read: %1</source>
        <translation>Die Einstellungen des Projekts konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the project&apos;s settings…</source>
        <translation>Einstellungen des Projekts werden gelesen …</translation>
    </message>
    <message>
        <source>The project&apos;s settings could not be read: %1
Use Reload to try again.</source>
        <translation>Die Einstellungen des Projekts konnten nicht gelesen werden: %1
Versuchen Sie es mit „Neu laden“ erneut.</translation>
    </message>
    <message>
        <source>The project&apos;s settings have not been read yet. Use Reload to read them.</source>
        <translation>Die Einstellungen des Projekts wurden noch nicht gelesen. Lesen Sie sie mit „Neu laden“.</translation>
    </message>
    <message>
        <source>Not loaded. These settings are read through the Appwrite console, which needs a console sign-in; nothing is shown until they are read.</source>
        <translation>Nicht geladen. Diese Einstellungen werden über die Appwrite-Konsole gelesen, die eine Konsolen-Anmeldung erfordert; bis sie gelesen sind, wird nichts angezeigt.</translation>
    </message>
</context>
<context>
    <name>Userdesk::SignInDialog</name>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft …</translation>
    </message>
</context>
<context>
    <name>Userdesk::SignInTester</name>
    <message>
        <source>Sign up</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>Sign in with e-mail</source>
        <translation>Mit E-Mail anmelden</translation>
    </message>
    <message>
        <source>Sign in anonymously</source>
        <translation>Anonym anmelden</translation>
    </message>
    <message>
        <source>Convert anonymous account</source>
        <translation>Anonymes Konto umwandeln</translation>
    </message>
    <message>
        <source>Show account</source>
        <translation>Konto anzeigen</translation>
    </message>
    <message>
        <source>List sessions</source>
        <translation>Sitzungen auflisten</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete all sessions</source>
        <translation>Alle Sitzungen löschen</translation>
    </message>
    <message>
        <source>Create JWT</source>
        <translation>JWT erstellen</translation>
    </message>
</context>
<context>
    <name>Userdesk::SignInTesterPage</name>
    <message>
        <source>Acts as an end user&apos;s app against project %1 with its own cookies — never your API key or console session. Use it to check that a settings change works.</source>
        <translation>Verhält sich wie die App eines Endbenutzers gegenüber dem Projekt %1, mit eigenen Cookies – nie mit Ihrem API-Schlüssel oder Ihrer Konsolen-Sitzung. Damit können Sie prüfen, ob eine Einstellungsänderung wirkt.</translation>
    </message>
    <message>
        <source>%1  %2 %3 → %4</source>
        <translation>%1  %2 %3 → %4</translation>
    </message>
    <message>
        <source>%1 · %2 · this session</source>
        <translation>%1 · %2 · diese Sitzung</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>✔ %1 → %2 %3</source>
        <translation>✔ %1 → %2 %3</translation>
    </message>
    <message>
        <source>✘ %1 → %2 %3%4: %5</source>
        <translation>✘ %1 → %2 %3%4: %5</translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation>✘ %1: %2</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>(no content)</source>
        <translation>(kein Inhalt)</translation>
    </message>
    <message>
        <source>The tester holds a session cookie for this project.</source>
        <translation>Der Tester hat ein Sitzungs-Cookie für dieses Projekt.</translation>
    </message>
    <message>
        <source>The tester has no session.</source>
        <translation>Der Tester hat keine Sitzung.</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>X-Fallback-Cookies header</source>
        <translation>X-Fallback-Cookies-Header</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Sessions of the signed-in user</source>
        <translation>Sitzungen des angemeldeten Benutzers</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserAccountTab</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Password last changed %1</source>
        <translation>Passwort zuletzt geändert: %1</translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation>Dieser Benutzer hat kein Passwort.</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation>Labels: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Checking the user before saving</source>
        <translation>Prüfen des Benutzers vor dem Speichern</translation>
    </message>
    <message>
        <source>The name of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the server&apos;s?</source>
        <translation>Der Name von „%1“ wurde an anderer Stelle geändert, seit Sie mit der Bearbeitung begonnen haben. Ihre Eingabe darüber speichern oder den Serverstand verwenden?</translation>
    </message>
    <message>
        <source>The e-mail address of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the server&apos;s?</source>
        <translation>Die E-Mail-Adresse von „%1“ wurde an anderer Stelle geändert, seit Sie mit der Bearbeitung begonnen haben. Ihre Eingabe darüber speichern oder den Serverstand verwenden?</translation>
    </message>
    <message>
        <source>The phone number of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the server&apos;s?</source>
        <translation>Die Telefonnummer von „%1“ wurde an anderer Stelle geändert, seit Sie mit der Bearbeitung begonnen haben. Ihre Eingabe darüber speichern oder den Serverstand verwenden?</translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation>Ändern des Namens</translation>
    </message>
    <message>
        <source>Changing the e-mail</source>
        <translation>Ändern der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Changing the phone number</source>
        <translation>Ändern der Telefonnummer</translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation>Festlegen des Passworts</translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation>Das Passwort wurde geändert.</translation>
    </message>
    <message>
        <source>The labels had been changed elsewhere (now: %1); your edit was applied on top of that.</source>
        <translation>Die Labels wurden inzwischen an anderer Stelle geändert (jetzt: %1); Ihre Änderung wurde darauf angewendet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation>Ändern der Labels</translation>
    </message>
    <message>
        <source>Verifying the e-mail</source>
        <translation>Bestätigen der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Unverifying the e-mail</source>
        <translation>Aufheben der E-Mail-Bestätigung</translation>
    </message>
    <message>
        <source>Verifying the phone</source>
        <translation>Bestätigen der Telefonnummer</translation>
    </message>
    <message>
        <source>Unverifying the phone</source>
        <translation>Aufheben der Telefon-Bestätigung</translation>
    </message>
    <message>
        <source>Turning MFA on</source>
        <translation>Aktivieren von MFA</translation>
    </message>
    <message>
        <source>Turning MFA off</source>
        <translation>Deaktivieren von MFA</translation>
    </message>
    <message>
        <source>Blocking the user</source>
        <translation>Sperren des Benutzers</translation>
    </message>
    <message>
        <source>Unblocking the user</source>
        <translation>Entsperren des Benutzers</translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation>Wird gesperrt …</translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation>Wird entsperrt …</translation>
    </message>
    <message>
        <source>The user was unblocked elsewhere already.</source>
        <translation>Der Benutzer wurde bereits an anderer Stelle entsperrt.</translation>
    </message>
    <message>
        <source>The user was blocked elsewhere already.</source>
        <translation>Der Benutzer wurde bereits an anderer Stelle gesperrt.</translation>
    </message>
    <message>
        <source>Blocked — signing out…</source>
        <translation>Gesperrt – wird abgemeldet …</translation>
    </message>
    <message>
        <source>Signing the user out</source>
        <translation>Abmelden des Benutzers</translation>
    </message>
    <message>
        <source>Blocked and signed out of every session.</source>
        <translation>Gesperrt und von allen Sitzungen abgemeldet.</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserActivityTab</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation>Die Aktivität konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No activity recorded for this user.</source>
        <translation>Für diesen Benutzer ist keine Aktivität aufgezeichnet.</translation>
    </message>
    <message>
        <source>Latest %1 of %2 events</source>
        <translation>Neueste %1 von %2 Ereignissen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln Ereignis</numerusform>
            <numerusform>%Ln Ereignisse</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Userdesk::UserBulkActions</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation>Benutzer-ID kopieren</translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation>E-Mail-Adresse kopieren</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1 …</translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln user ID(s)</source>
        <translation>
            <numerusform>%Ln Benutzer-ID kopiert</numerusform>
            <numerusform>%Ln Benutzer-IDs kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln e-mail address(es)</source>
        <translation>
            <numerusform>%Ln E-Mail-Adresse kopiert</numerusform>
            <numerusform>%Ln E-Mail-Adressen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserChangeRunner</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserDetailTabs</name>
    <message>
        <source>Close the tab of %1</source>
        <translation>Den Tab von %1 schließen</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserDetailWidget</name>
    <message>
        <source>ID %1 · joined %2 · last active %3</source>
        <translation>ID %1 · beigetreten %2 · zuletzt aktiv %3</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation>Wird gelöscht …</translation>
    </message>
    <message>
        <source>Deleting the user</source>
        <translation>Löschen des Benutzers</translation>
    </message>
    <message>
        <source>Loading the user</source>
        <translation>Laden des Benutzers</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere. Nothing on this tab can be saved any more; close it when you are done.</source>
        <translation>„%1“ wurde an anderer Stelle gelöscht. Auf diesem Tab kann nichts mehr gespeichert werden; schließen Sie ihn, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>The connection was restarted; changes that were on their way may or may not have been saved. The user was loaded again.</source>
        <translation>Die Verbindung wurde neu gestartet; Änderungen, die gerade unterwegs waren, wurden vielleicht gespeichert, vielleicht nicht. Der Benutzer wurde neu geladen.</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Mitgliedschaften</translation>
    </message>
    <message>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserFile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hash: unknown algorithm &quot;%1&quot;</source>
        <translation>hash: unbekannter Algorithmus „%1“</translation>
    </message>
    <message>
        <source>email: Appwrite needs an e-mail address to import a password hash</source>
        <translation>email: Appwrite braucht eine E-Mail-Adresse, um einen Passwort-Hash zu importieren</translation>
    </message>
    <message>
        <source>hashOptions: scrypt needs &quot;%1&quot;</source>
        <translation>hashOptions: scrypt braucht „%1“</translation>
    </message>
    <message>
        <source>hashOptions: scrypt-modified needs &quot;%1&quot;</source>
        <translation>hashOptions: scrypt-modified braucht „%1“</translation>
    </message>
    <message>
        <source>emailVerification: the user has no e-mail address</source>
        <translation>emailVerification: der Benutzer hat keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phoneVerification: the user has no phone number</source>
        <translation>phoneVerification: der Benutzer hat keine Telefonnummer</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation>Die Datei ist kein gültiges JSON: %1 (bei Byte %2).</translation>
    </message>
    <message>
        <source>The JSON file must hold a list of users (or an object with a &quot;users&quot; list).</source>
        <translation>Die JSON-Datei muss eine Liste von Benutzern enthalten (oder ein Objekt mit einer Liste „users“).</translation>
    </message>
    <message>
        <source>entry is not an object</source>
        <translation>Eintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation>Die CSV-Datei ist leer.</translation>
    </message>
    <message>
        <source>The CSV file has no header row with known columns (e.g. $id, name, email).</source>
        <translation>Die CSV-Datei hat keine Kopfzeile mit bekannten Spalten (z. B. $id, name, email).</translation>
    </message>
    <message>
        <source>%1: expected true or false, got &quot;%2&quot;</source>
        <translation>%1: true oder false erwartet, „%2“ erhalten</translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation>%1: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the row has more cells (%1) than the header (%2)</source>
        <translation>die Zeile hat mehr Zellen (%1) als die Kopfzeile (%2)</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserIdentitiesTab</name>
    <message>
        <source>Linked identities</source>
        <translation>Verknüpfte Identitäten</translation>
    </message>
    <message>
        <source>Could not load identities: %1</source>
        <translation>Identitäten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>No linked identities: this user does not sign in with an OAuth2 provider.</source>
        <translation>Keine verknüpften Identitäten: Dieser Benutzer meldet sich nicht über einen OAuth2-Anbieter an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked identit(y/ies)</source>
        <translation>
            <numerusform>%Ln verknüpfte Identität</numerusform>
            <numerusform>%Ln verknüpfte Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink identity</source>
        <translation>Identität trennen</translation>
    </message>
    <message>
        <source>Unlink the %1 identity from “%2”? They can no longer sign in with %1 until they link it again.</source>
        <translation>Die %1-Identität von „%2“ trennen? Der Benutzer kann sich dann nicht mehr mit %1 anmelden, bis er sie erneut verknüpft.</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>Unlinking the identity</source>
        <translation>Trennen der Identität</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserJsonTab</name>
    <message>
        <source>The user as JSON</source>
        <translation>Der Benutzer als JSON</translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation>(ausgeblendet)</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserListTab</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserMembershipsTab</name>
    <message>
        <source>Team memberships</source>
        <translation>Team-Mitgliedschaften</translation>
    </message>
    <message>
        <source>Could not load memberships: %1</source>
        <translation>Mitgliedschaften konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation>Kein Mitglied eines Teams.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln Team</numerusform>
            <numerusform>%Ln Teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Userdesk::UserPrefsTab</name>
    <message>
        <source>Preferences</source>
        <translation>Präferenzen</translation>
    </message>
    <message>
        <source>Preferences as JSON</source>
        <translation>Präferenzen als JSON</translation>
    </message>
    <message>
        <source>No preferences. Add a key with Add, or write them as JSON.</source>
        <translation>Keine Präferenzen. Fügen Sie mit „Hinzufügen“ einen Schlüssel hinzu oder schreiben Sie sie als JSON.</translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation>JSON-Wert</translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation>Kein gültiges JSON bei Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Preferences must be a JSON object: { &quot;key&quot;: &quot;value&quot; }.</source>
        <translation>Präferenzen müssen ein JSON-Objekt sein: { &quot;key&quot;: &quot;value&quot; }.</translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation>Zeile %1 hat einen Wert, aber keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice.</source>
        <translation>Der Schlüssel „%1“ kommt doppelt vor.</translation>
    </message>
    <message>
        <source>The value of “%1” is not valid JSON.</source>
        <translation>Der Wert von „%1“ ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation>%1 von %2 belegt</translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation>Präferenzen speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Checking the user before saving</source>
        <translation>Prüfen des Benutzers vor dem Speichern</translation>
    </message>
    <message>
        <source>The preferences had been changed elsewhere; your edit was applied on top of that.</source>
        <translation>Die Präferenzen wurden inzwischen an anderer Stelle geändert; Ihre Änderung wurde darauf angewendet.</translation>
    </message>
    <message>
        <source>These preferences of “%1” were changed elsewhere since you started editing them. Merge keeps the other changes and takes your values for these keys.</source>
        <translation>Diese Präferenzen von „%1“ wurden an anderer Stelle geändert, seit Sie mit der Bearbeitung begonnen haben. „Zusammenführen“ behält die anderen Änderungen und übernimmt Ihre Werte für diese Schlüssel.</translation>
    </message>
    <message>
        <source>Saving the preferences</source>
        <translation>Speichern der Präferenzen</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserSessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Could not load sessions: %1</source>
        <translation>Sitzungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation>Unbekannter Client</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No sessions: this user is signed out on every device.</source>
        <translation>Keine Sitzungen: Dieser Benutzer ist auf allen Geräten abgemeldet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Wird abgemeldet …</translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation>Sitzung abmelden</translation>
    </message>
    <message>
        <source>Signing out the session</source>
        <translation>Abmelden der Sitzung</translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation>Überall abmelden</translation>
    </message>
    <message>
        <source>Sign “%1” out of every session on every device?</source>
        <translation>„%1“ von allen Sitzungen auf allen Geräten abmelden?</translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation>Überall abmelden …</translation>
    </message>
    <message>
        <source>Signing out every session</source>
        <translation>Abmelden aller Sitzungen</translation>
    </message>
</context>
<context>
    <name>Userdesk::UserTexts</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete the user “%1” (%2)? Their sessions, identities and memberships are deleted too. This cannot be undone.</source>
        <translation>Den Benutzer „%1“ (%2) löschen? Seine Sitzungen, Identitäten und Mitgliedschaften werden ebenfalls gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Userdesk::UsersItemDelegate</name>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <source>E-mail unverified</source>
        <translation>E-Mail unbestätigt</translation>
    </message>
    <message>
        <source>Phone verified</source>
        <translation>Telefon bestätigt</translation>
    </message>
    <message>
        <source>Phone unverified</source>
        <translation>Telefon unbestätigt</translation>
    </message>
</context>
<context>
    <name>Userdesk::UsersPage</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation>Label: %1</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <source>No users match the search and filters.</source>
        <translation>Keine Benutzer entsprechen der Suche und den Filtern.</translation>
    </message>
    <message>
        <source>No users yet. Create the first one or import users.</source>
        <translation>Noch keine Benutzer. Erstellen Sie den ersten oder importieren Sie Benutzer.</translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation>Suche und Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation>Weitere werden geladen …</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln Benutzer</numerusform>
            <numerusform>%Ln Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln loaded</source>
        <translation>
            <numerusform>%1 · %Ln geladen</numerusform>
            <numerusform>%1 · %Ln geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load users: %1</source>
        <translation>Benutzer konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation>„%1“ erstellt.</translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Ansicht:</translation>
    </message>
    <message>
        <source>Search users (Ctrl+F)</source>
        <translation>Benutzer suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Searches name, e-mail, phone and ID on the server</source>
        <translation>Durchsucht Name, E-Mail, Telefon und ID auf dem Server</translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation>S&amp;ortierung:</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Delete the selected view (the users are not affected)</source>
        <translation>Die ausgewählte Ansicht löschen (die Benutzer sind nicht betroffen)</translation>
    </message>
</context>
<context>
    <name>Userdesk::UsersTableModel</name>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation>E-Mail bestätigt</translation>
    </message>
    <message>
        <source>Verified phone</source>
        <translation>Telefon bestätigt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Kennungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1+</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <source>Search name, e-mail, phone or ID (Ctrl+F)</source>
        <translation>Name, E-Mail, Telefon oder ID suchen (Strg+F)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation>Die Filter anzeigen</translation>
    </message>
    <message>
        <source>Order of the users (sorted by the server)</source>
        <translation>Reihenfolge der Benutzer (vom Server sortiert)</translation>
    </message>
    <message>
        <source>Newest joined first</source>
        <translation>Beitritt: neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest joined first</source>
        <translation>Beitritt: älteste zuerst</translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation>Name A–Z</translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation>Name Z–A</translation>
    </message>
    <message>
        <source>E-mail A–Z</source>
        <translation>E-Mail A–Z</translation>
    </message>
    <message>
        <source>E-mail Z–A</source>
        <translation>E-Mail Z–A</translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation>Kürzlich aktualisiert</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>Benutzer-ID</translation>
    </message>
    <message>
        <source>Saved views: a search, filters and order under a name</source>
        <translation>Gespeicherte Ansichten: Suche, Filter und Sortierung unter einem Namen</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern …</translation>
    </message>
    <message>
        <source>Save the current search, filters and order as a view</source>
        <translation>Die aktuelle Suche, Filter und Sortierung als Ansicht speichern</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Create user</source>
        <translation>Benutzer erstellen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation>Massenaktionen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the users (F5)</source>
        <translation>Die Benutzer neu laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation>Bestätigt oder nicht</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>With or without e-mail</source>
        <translation>Mit oder ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Has an e-mail</source>
        <translation>Mit E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation>Ohne E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <source>any label</source>
        <translation>beliebiges Label</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Telefon</translation>
    </message>
    <message>
        <source>With or without phone</source>
        <translation>Mit oder ohne Telefonnummer</translation>
    </message>
    <message>
        <source>Has a phone</source>
        <translation>Mit Telefonnummer</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Ohne Telefonnummer</translation>
    </message>
    <message>
        <source>&amp;Joined between</source>
        <translation>&amp;Beigetreten zwischen</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Loading users…</source>
        <translation>Benutzer werden geladen …</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Select the profile named &lt;name&gt; at start.</source>
        <translation>Beim Start das Profil namens &lt;name&gt; auswählen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Create or update the profile “Local demo” with this API endpoint (with --project and --api-key-file) and select it.</source>
        <translation>Das Profil „Local demo“ mit diesem API-Endpunkt anlegen oder aktualisieren (mit --project und --api-key-file) und auswählen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Project ID for --endpoint.</source>
        <translation>Projekt-ID für --endpoint.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Read the API key for --endpoint from &lt;file&gt;. The key goes to the system keychain, never to a settings file.</source>
        <translation>Den API-Schlüssel für --endpoint aus &lt;datei&gt; lesen. Der Schlüssel kommt in den Schlüsselbund des Systems, nie in eine Einstellungsdatei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Userdesk — a desktop console for the users of an Appwrite project.</source>
        <translation>Userdesk – eine Desktop-Konsole für die Benutzer eines Appwrite-Projekts.</translation>
    </message>
    <message>
        <source>--endpoint: %1</source>
        <translation>--endpoint: %1</translation>
    </message>
    <message>
        <source>--endpoint needs --project.</source>
        <translation>--endpoint braucht --project.</translation>
    </message>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation>Die API-Schlüsseldatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
</context>
</TS>
