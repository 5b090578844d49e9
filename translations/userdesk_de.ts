<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>Userdesk::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Userdesk::MainWindow</name>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>The Appwrite project this window manages</source>
        <translation>Das Appwrite-Projekt, das dieses Fenster verwaltet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation>API-Schlüssel wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the profile and enter the project&apos;s API key.</source>
        <translation>Für „%1“ ist kein API-Schlüssel gespeichert. Bearbeiten Sie das Profil und geben Sie den API-Schlüssel des Projekts ein.</translation>
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
        <source>API key (kept in the system keychain)</source>
        <translation>API-Schlüssel (im Schlüsselbund des Systems)</translation>
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
    <message>
        <source>About Userdesk</source>
        <translation>Über Userdesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Userdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the users and authentication of an Appwrite project.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Userdesk %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Konsole für die Benutzer und die Anmeldung eines Appwrite-Projekts.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
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
        <source>No system keychain is available, so the API key is kept for this session only. It was not written to disk.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher wird der API-Schlüssel nur für diese Sitzung aufbewahrt. Er wurde nicht auf die Festplatte geschrieben.</translation>
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
