<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>No profile yet — add one to connect to an Appwrite server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need the server&apos;s API endpoint, the project ID and an API key with the users.read and users.write scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appwrite version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, edit or remove connection profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the connection to the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Current Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Userdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileEditDialog</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A profile tells Userdesk which Appwrite server and project to manage and how to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://appwrite.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API endpoint of the Appwrite server, ending in /v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in the Appwrite console under the project&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the project&apos;s API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the key in the Appwrite console under the project&apos;s API keys, with the scopes users.read and users.write. It is kept in the system keychain, never in a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console e-&amp;mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console sign-in uses your Appwrite console account. The password is never stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfilesDialog</name>
    <message>
        <source>Manage Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each profile connects to one Appwrite project. API keys are kept in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet. Add one to connect to an Appwrite server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk</name>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;labels&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &quot;prefs&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ApiError</name>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request as invalid (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credentials were not accepted (HTTP 401).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was refused (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found on the server (HTTP 404).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with existing data (HTTP 409).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>Too many requests; try again in %n second.</numerusform>
            <numerusform>Too many requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this (HTTP 501).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Userdesk cannot read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer Userdesk cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no HTTP status in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the error answer is not JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no server address is set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the version answer has no version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::BulkJob</name>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverify e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverify phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ExportJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::MainWindow</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Appwrite project this window manages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the API key from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the profile and enter the project&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key of “%1” could not be read from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The key can read users (%n user(s)).</source>
        <translation>
            <numerusform>Connected. The key can read users (%n user).</numerusform>
            <numerusform>Connected. The key can read users (%n users).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected. The console session can read users (%n user(s)).</source>
        <translation>
            <numerusform>Connected. The console session can read users (%n user).</numerusform>
            <numerusform>Connected. The console session can read users (%n users).</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the key cannot read users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, but reading users needs a console sign-in or an API key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Userdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Userdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the users and authentication of an Appwrite project.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::MessageBanner</name>
    <message>
        <source>Close message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::Profile</name>
    <message>
        <source>Enter the address of the Appwrite server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a user name, query or fragment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfileEditDialog</name>
    <message>
        <source>Add Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Profile “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keychain — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept for this session only — leave empty to keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another profile is already called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API endpoint of the Appwrite server, for example https://appwrite.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a usable endpoint. Use the form https://appwrite.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the Appwrite project whose users you manage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API key of the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored API key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to Appwrite %1 — the key can read users (%n user(s))</source>
        <translation>
            <numerusform>Connected to Appwrite %1 — the key can read users (%n user)</numerusform>
            <numerusform>Connected to Appwrite %1 — the key can read users (%n users)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Connected to Appwrite %1 — the console session can read users (%n user(s))</source>
        <translation>
            <numerusform>Connected to Appwrite %1 — the console session can read users (%n user)</numerusform>
            <numerusform>Connected to Appwrite %1 — the console session can read users (%n users)</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected to Appwrite %1, but the key cannot read users: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to Appwrite %1. Reading users needs a console sign-in or an API key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain, so nothing was saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored API key could not be read, so nothing was saved. Enter the key again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfilesDialog</name>
    <message>
        <source>%1 — project %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key of “%1” is kept for this session only. It was not written to disk; enter it again after restarting Userdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the profile “%1”?

Its API key is deleted from the system keychain and its console sign-in is forgotten. Nothing changes on the Appwrite server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile “%1” was removed, but its API key could not be deleted from the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ProjectSettings</name>
    <message>
        <source>Value must be a whole number between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 mock phone numbers are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code of %1 must be exactly 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate phone numbers are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::SessionsExplorerModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Factors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::SignInTester</name>
    <message>
        <source>Sign up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convert anonymous account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create JWT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserFile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hash: unknown algorithm &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email: Appwrite needs an e-mail address to import a password hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashOptions: scrypt needs &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hashOptions: scrypt-modified needs &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emailVerification: the user has no e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phoneVerification: the user has no phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file must hold a list of users (or an object with a &quot;users&quot; list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file has no header row with known columns (e.g. $id, name, email).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected true or false, got &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has more cells (%1) than the header (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UsersTableModel</name>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Select the profile named &lt;name&gt; at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or update the profile “Local demo” with this API endpoint (with --project and --api-key-file) and select it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project ID for --endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the API key for --endpoint from &lt;file&gt;. The key goes to the system keychain, never to a settings file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userdesk — a desktop console for the users of an Appwrite project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--endpoint needs --project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the API key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key is kept for this session only. It was not written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
