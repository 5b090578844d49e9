<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BulkJobDialog</name>
    <message>
        <source>Bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users matching the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appwrite message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompareSettingsWidget</name>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateUserDialog</name>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every field is optional. A user with a password needs an e-mail or a phone number to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users matching the current search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (can be imported again, with password hashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains password hashes. Keep it as safe as the project itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV or JSON file exported by Userdesk, or an array of Appwrite users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the rows that failed again, with the same user IDs: a user that was created without its answer arriving is recognised, not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginMethodsWidget</name>
    <message>
        <source>Which ways end users of this project may sign up and sign in. A switched-off method answers 501 “user_auth_method_unsupported”; API keys and console admins are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Con&amp;sole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the console account of this server to change login methods and security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the console session on the server and forget it in this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userdesk &amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user guide: what each part of Userdesk does and how to connect to a server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthProviderDialog</name>
    <message>
        <source>&amp;Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this URI with the provider as the authorized callback of the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthProvidersWidget</name>
    <message>
        <source>Search providers by name or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Provider…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewWidget</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the overview charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period of the sign-up and activity chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count again</source>
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
    <name>SecurityWidget</name>
    <message>
        <source>Users limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sign-ups fail once the project has this many users. 0 means unlimited; at most 10,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long a new session stays valid, at most one year (31,536,000 seconds). Existing sessions keep their expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a user signs in once more than this (1–100), the oldest session is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;history: reject the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password &amp;dictionary: reject common passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallow &amp;personal data (name, e-mail, phone) in passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;alerts: e-mail users about new sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Invalidate sessions when the password changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone sign-ins with these numbers accept the fixed code and send no SMS. Up to 10 numbers in E.164 form with 6-digit codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What team members can see about each other in membership lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members&apos; &amp;names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members&apos; e-&amp;mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show members&apos; &amp;MFA status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>&amp;Scan All Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the sessions of every user of the project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the project to list every user&apos;s sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client or OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country or code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Older than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Newer than:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>&amp;Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the project&apos;s settings from the server again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;&amp; Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign In to the Appwrite Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login methods, security limits and OAuth2 providers can only be changed with the console account of the server. The password is sent to the server once and never stored; the session stays in this profile until you sign out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInTesterPage</name>
    <message>
        <source>Test user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tester@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, for sign-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /v1/account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /v1/account/sessions/email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Anonymous Sign-In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /v1/account/sessions/anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Convert Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATCH /v1/account/email with the e-mail and password above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show A&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v1/account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;List Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v1/account/sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete C&amp;urrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE /v1/account/sessions/current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete A&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE /v1/account/sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /v1/account/jwts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forget Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over like a fresh browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (from List Sessions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete &amp;Selected Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETE /v1/account/sessions/{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies set by the answer (Set-Cookie):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (elided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Fallback-Cookies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserAccountTab</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+14155550100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated, e.g. admin, beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require multi-factor authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also sign out of every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #da4453;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserActivityTab</name>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDetailWidget</name>
    <message>
        <source>Copy ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the user again from the server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserIdentitiesTab</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink identity…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserJsonTab</name>
    <message>
        <source>The password hash and its secret parameters are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserMembershipsTab</name>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserPrefsTab</name>
    <message>
        <source>Keys and values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color: #da4453;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserSessionsTab</name>
    <message>
        <source>Client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
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
    <message>
        <source>The server failed (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate changed since it was trusted (trusted SHA-256 %1, now %2); %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server answered with an HTML page instead of JSON; check the endpoint address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the request carried no accepted credential: give the profile an API key with the scope %2, or sign in to the console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — the API key needs the scope %2 (Appwrite console → project → Overview → API keys).</source>
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
    <name>Userdesk::BulkJobDialog</name>
    <message>
        <source>%1 — bulk action</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln selected user(s)</source>
        <translation>
            <numerusform>The %Ln selected user</numerusform>
            <numerusform>The %Ln selected users</numerusform>
        </translation>
    </message>
    <message>
        <source>No users match: nothing will change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This will block %Ln user(s).</source>
        <translation>
            <numerusform>This will block %Ln user.</numerusform>
            <numerusform>This will block %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will unblock %Ln user(s).</source>
        <translation>
            <numerusform>This will unblock %Ln user.</numerusform>
            <numerusform>This will unblock %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the e-mail of %Ln user(s) as verified.</source>
        <translation>
            <numerusform>This will mark the e-mail of %Ln user as verified.</numerusform>
            <numerusform>This will mark the e-mail of %Ln users as verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the e-mail of %Ln user(s) as unverified.</source>
        <translation>
            <numerusform>This will mark the e-mail of %Ln user as unverified.</numerusform>
            <numerusform>This will mark the e-mail of %Ln users as unverified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the phone of %Ln user(s) as verified.</source>
        <translation>
            <numerusform>This will mark the phone of %Ln user as verified.</numerusform>
            <numerusform>This will mark the phone of %Ln users as verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will mark the phone of %Ln user(s) as unverified.</source>
        <translation>
            <numerusform>This will mark the phone of %Ln user as unverified.</numerusform>
            <numerusform>This will mark the phone of %Ln users as unverified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will add a label to %Ln user(s).</source>
        <translation>
            <numerusform>This will add a label to %Ln user.</numerusform>
            <numerusform>This will add a label to %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will add the label “%1” to %Ln user(s).</source>
        <translation>
            <numerusform>This will add the label “%1” to %Ln user.</numerusform>
            <numerusform>This will add the label “%1” to %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will remove a label from %Ln user(s).</source>
        <translation>
            <numerusform>This will remove a label from %Ln user.</numerusform>
            <numerusform>This will remove a label from %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will remove the label “%1” from %Ln user(s).</source>
        <translation>
            <numerusform>This will remove the label “%1” from %Ln user.</numerusform>
            <numerusform>This will remove the label “%1” from %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will sign %Ln user(s) out of every session.</source>
        <translation>
            <numerusform>This will sign %Ln user out of every session.</numerusform>
            <numerusform>This will sign %Ln users out of every session.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This will permanently delete %Ln user(s).</source>
        <translation>
            <numerusform>This will permanently delete %Ln user.</numerusform>
            <numerusform>This will permanently delete %Ln users.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 users/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · about %2 left</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%1 · %Ln failed</numerusform>
            <numerusform>%1 · %Ln failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) could not be changed:</source>
        <translation>
            <numerusform>%Ln user could not be changed:</numerusform>
            <numerusform>%Ln users could not be changed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %Ln user(s) changed; the others were not touched.</source>
        <translation type="vanished">
            <numerusform>Cancelled: %Ln user changed; the others were not touched.</numerusform>
            <numerusform>Cancelled: %Ln users changed; the others were not touched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln user(s) changed.</source>
        <translation type="vanished">
            <numerusform>Done: %Ln user changed.</numerusform>
            <numerusform>Done: %Ln users changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln failed.</source>
        <translation>
            <numerusform>%1 %Ln failed.</numerusform>
            <numerusform>%1 %Ln failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) blocked</source>
        <translation>
            <numerusform>%Ln user blocked</numerusform>
            <numerusform>%Ln users blocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) unblocked</source>
        <translation>
            <numerusform>%Ln user unblocked</numerusform>
            <numerusform>%Ln users unblocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es) marked verified</source>
        <translation>
            <numerusform>%Ln e-mail address marked verified</numerusform>
            <numerusform>%Ln e-mail addresses marked verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln e-mail address(es) marked unverified</source>
        <translation>
            <numerusform>%Ln e-mail address marked unverified</numerusform>
            <numerusform>%Ln e-mail addresses marked unverified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s) marked verified</source>
        <translation>
            <numerusform>%Ln phone number marked verified</numerusform>
            <numerusform>%Ln phone numbers marked verified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln phone number(s) marked unverified</source>
        <translation>
            <numerusform>%Ln phone number marked unverified</numerusform>
            <numerusform>%Ln phone numbers marked unverified</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label “%1” added to %Ln user(s)</source>
        <translation>
            <numerusform>label “%1” added to %Ln user</numerusform>
            <numerusform>label “%1” added to %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>label “%1” removed from %Ln user(s)</source>
        <translation>
            <numerusform>label “%1” removed from %Ln user</numerusform>
            <numerusform>label “%1” removed from %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) signed out everywhere</source>
        <translation>
            <numerusform>%Ln user signed out everywhere</numerusform>
            <numerusform>%Ln users signed out everywhere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) deleted</source>
        <translation>
            <numerusform>%Ln user deleted</numerusform>
            <numerusform>%Ln users deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1; the others were not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::CompareSettingsWidget</name>
    <message>
        <source>Copy ticked settings from left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy ticked settings from right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose two projects. Differences are marked; tick the ones to copy, preview, then apply. OAuth2 secrets are never compared or copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing projects needs a console sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left project could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right project could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s)</source>
        <translation>
            <numerusform>%n difference</numerusform>
            <numerusform>%n differences</numerusform>
        </translation>
    </message>
    <message>
        <source>identical</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s).</source>
        <translation>
            <numerusform>%n difference.</numerusform>
            <numerusform>%n differences.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two projects have the same settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one difference to copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) of %1 — %2 will change:</source>
        <translation>
            <numerusform>%n setting of %1 — %2 will change:</numerusform>
            <numerusform>%n settings of %1 — %2 will change:</numerusform>
        </translation>
    </message>
    <message>
        <source>• %1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 secrets are not copied: the target keeps its own secret (set it in its OAuth2 editor if it has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applying %n setting(s)…</source>
        <translation>
            <numerusform>Applying %n setting…</numerusform>
            <numerusform>Applying %n settings…</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n setting(s) applied; %2 failed (see Result).</source>
        <translation>
            <numerusform>%1 of %n setting applied; %2 failed (see Result).</numerusform>
            <numerusform>%1 of %n settings applied; %2 failed (see Result).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) applied.</source>
        <translation>
            <numerusform>%n setting applied.</numerusform>
            <numerusform>%n settings applied.</numerusform>
        </translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A reconnect interrupted the copy: %n setting(s) may or may not have been applied; the projects were read again.</source>
        <translation>
            <numerusform>A reconnect interrupted the copy: %n setting may or may not have been applied; the projects were read again.</numerusform>
            <numerusform>A reconnect interrupted the copy: %n settings may or may not have been applied; the projects were read again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Settings of both projects</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ConflictDialog</name>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the changes made elsewhere and apply yours on top of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the server&apos;s value with yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use the Server&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your edit and show what the server holds now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save nothing and keep what you typed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ConnectionMonitor</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting… reading the API key from the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so the API key of “%1” is kept for this session only. It was not written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain did not store the API key of “%1” (%2), so it is kept for this session only. It was not written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key is stored for “%1”. Edit the profile and enter the project&apos;s API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system keychain is available, so no API key of “%1” was kept from an earlier run. Edit the profile and enter the project&apos;s API key; it is kept for this session only.</source>
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
        <source>API key (reading it from the system keychain…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (kept in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (kept for this session only: no system keychain stored it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key (none available: edit the profile to enter it)</source>
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
</context>
<context>
    <name>Userdesk::ConsoleControls</name>
    <message>
        <source>P&amp;roject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The projects of the signed-in console account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console account&apos;s projects could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: checking the stored session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: session expired — sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console: not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::CreateUserDialog</name>
    <message>
        <source>letters, digits, . _ -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated automatically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID or let Userdesk generate one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom user ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ExportDialog</name>
    <message numerus="yes">
        <source>The %Ln selected user(s)</source>
        <translation>
            <numerusform>The %Ln selected user</numerusform>
            <numerusform>The %Ln selected users</numerusform>
        </translation>
    </message>
    <message>
        <source>Users in the current view (no search or filter: everyone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>users-%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) written…</source>
        <translation>
            <numerusform>%Ln user written…</numerusform>
            <numerusform>%Ln users written…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln user(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln user to %1.</numerusform>
            <numerusform>Exported %Ln users to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed and no file was written: %1</source>
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
    <name>Userdesk::ImportDialog</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User files (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(generated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s) ready to import.</source>
        <translation>
            <numerusform>%Ln user ready to import.</numerusform>
            <numerusform>%Ln users ready to import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 %Ln row(s) have problems and will be skipped.</source>
        <translation>
            <numerusform>%1 %Ln row has problems and will be skipped.</numerusform>
            <numerusform>%1 %Ln rows have problems and will be skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created, but %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the server may or may not have created it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1 created, %2 partly created, %3 failed, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows to import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::LoginMethodsWidget</name>
    <message>
        <source>Sign up and sign in with e-mail and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in through a link sent by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a one-time code sent by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guest sessions without any identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team members may invite others by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short-lived tokens for calls from a server on a user&apos;s behalf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with a code sent by SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable All Login Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable every login method of this project? End users can then sign in with any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable All Login Methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable every login method of this project? End users can then no longer sign up or sign in with them; existing sessions stay valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::MainWindow</name>
    <message>
        <source>About Userdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Userdesk %1&lt;/h3&gt;&lt;p&gt;A desktop console for the users and authentication of an Appwrite project.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console session of “%1” has expired or was revoked. Sign in again to go on; the open pages and what you typed are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Userdesk Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
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
    <name>Userdesk::OAuthProviderDialog</name>
    <message>
        <source>%1 OAuth2 Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appwrite keeps these fields together as the provider&apos;s secret. It is write-only: leave every field empty to keep the stored secret, or fill in all required fields to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is write-only: it is never shown. Leave the field empty to keep the stored secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The app ID can have at most 256 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret can have at most 512 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was interrupted by a reconnect. Save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This provider was changed elsewhere since this dialog opened (another admin or the Appwrite console). Save yours over it, or use the server&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthProvidersModel</name>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): no app ID set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): app ID %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthProvidersWidget</name>
    <message>
        <source>%1 of %2 providers enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::OAuthSecret</name>
    <message>
        <source>Services ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (client) ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P8 file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents of the .p8 key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth0 domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target tenant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>common, organizations, consumers or a tenant ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well-known endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User info endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Okta domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization server ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the well-known endpoint, or the authorization, token and user info endpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored secret is replaced as a whole. Also fill in: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::OverviewWidget</name>
    <message>
        <source>%1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups and active users per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users by status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users (not available)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active users per day are not available from this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some counts reached Appwrite&apos;s limit of %1 and are shown as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 users · %n sign-up(s) in the period</source>
        <translation>
            <numerusform>%1 users · %n sign-up in the period</numerusform>
            <numerusform>%1 users · %n sign-ups in the period</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 active today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The overview is counted when it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the users: %1</source>
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
    <name>Userdesk::ProfilePages</name>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessio&amp;ns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;Tester</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ProfileSelector</name>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Appwrite project this window manages</source>
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
    <message>
        <source>Profiles</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::ProjectComboBox</name>
    <message>
        <source>%1 (%2)</source>
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
    <name>Userdesk::SavedViewsSelector</name>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved view: all users, with the search and filters above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the view (the search, filters and order are saved for this profile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved view “%1”? The users are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::SecurityWidget</name>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.164, e.g. +14155552671</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted by a reconnect — apply again if needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed elsewhere — not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings were changed elsewhere since they were read (another admin or the Appwrite console). Save yours over them, or use the server&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing the server&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entr(y/ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
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
    <name>Userdesk::SessionsPage</name>
    <message>
        <source>Any provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token (e-mail OTP, custom)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server (Users API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users scanned, %2 sessions found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users, %2 sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 sessions shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Selected (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke Selected…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n session(s)? Their users are signed out on those devices at once.</source>
        <translation>
            <numerusform>Revoke %n session? Its user is signed out on that device at once.</numerusform>
            <numerusform>Revoke %n sessions? Their users are signed out on those devices at once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n Session(s)</source>
        <translation>
            <numerusform>Revoke %n Session</numerusform>
            <numerusform>Revoke %n Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoking %n session(s)…</source>
        <translation>
            <numerusform>Revoking %n session…</numerusform>
            <numerusform>Revoking %n sessions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n session(s) revoked; %2 failed:</source>
        <translation>
            <numerusform>%1 of %n session revoked; %2 failed:</numerusform>
            <numerusform>%1 of %n sessions revoked; %2 failed:</numerusform>
        </translation>
    </message>
    <message>
        <source>• session %1 of user %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after revoking %n session(s).</source>
        <translation>
            <numerusform>Cancelled after revoking %n session.</numerusform>
            <numerusform>Cancelled after revoking %n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) revoked.</source>
        <translation>
            <numerusform>%n session revoked.</numerusform>
            <numerusform>%n sessions revoked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan All Users lists every session of every user of the project, to filter, sort and revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: nobody is signed in to this project.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::SettingsDiff</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last %n password(s)</source>
        <translation>
            <numerusform>Last %n password</numerusform>
            <numerusform>Last %n passwords</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name %1, e-mail %2, MFA %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · app ID %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions per user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disallow personal data in passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalidate sessions on password change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock phone numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email/Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Magic URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email OTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team invites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 provider %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login method %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Login methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 providers (secrets excluded)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::SettingsPage</name>
    <message>
        <source>Project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the console session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The console session has expired or was revoked, so these settings are read-only. Sign in again to change them; nothing you typed is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These settings are read-only: Appwrite changes login methods, security limits and OAuth2 providers only for a signed-in console account (the Projects API does not accept API keys). Sign in with the console account of this server to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the project&apos;s settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s settings could not be read: %1
Use Reload to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s settings have not been read yet. Use Reload to read them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded. These settings are read through the Appwrite console, which needs a console sign-in; nothing is shown until they are read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::SignInDialog</name>
    <message>
        <source>Signing in…</source>
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
    <name>Userdesk::SignInTesterPage</name>
    <message>
        <source>Acts as an end user&apos;s app against project %1 with its own cookies — never your API key or console session. Use it to check that a settings change works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  %2 %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 → %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1 → %2 %3%4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no content)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester holds a session cookie for this project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tester has no session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Fallback-Cookies header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions of the signed-in user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserAccountTab</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password last changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user has no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the user before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the server&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the server&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number of “%1” was changed elsewhere since you started editing it. Save yours over it, or use the server&apos;s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels had been changed elsewhere (now: %1); your edit was applied on top of that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifying the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverifying the phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning MFA on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning MFA off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unblocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was unblocked elsewhere already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user was blocked elsewhere already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked — signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the user out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked and signed out of every session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserActivityTab</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the activity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No activity recorded for this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest %1 of %2 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Userdesk::UserBulkActions</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy user ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln user ID(s)</source>
        <translation>
            <numerusform>Copied %Ln user ID</numerusform>
            <numerusform>Copied %Ln user IDs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %Ln e-mail address(es)</source>
        <translation>
            <numerusform>Copied %Ln e-mail address</numerusform>
            <numerusform>Copied %Ln e-mail addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserChangeRunner</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserDetailTabs</name>
    <message>
        <source>Close the tab of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserDetailWidget</name>
    <message>
        <source>ID %1 · joined %2 · last active %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was deleted elsewhere. Nothing on this tab can be saved any more; close it when you are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was restarted; changes that were on their way may or may not have been saved. The user was loaded again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
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
    <name>Userdesk::UserIdentitiesTab</name>
    <message>
        <source>Linked identities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load identities: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No linked identities: this user does not sign in with an OAuth2 provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln linked identit(y/ies)</source>
        <translation>
            <numerusform>%Ln linked identity</numerusform>
            <numerusform>%Ln linked identities</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlink identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink the %1 identity from “%2”? They can no longer sign in with %1 until they link it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlinking the identity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserJsonTab</name>
    <message>
        <source>The user as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hidden)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserListTab</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserMembershipsTab</name>
    <message>
        <source>Team memberships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load memberships: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a member of any team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln team(s)</source>
        <translation>
            <numerusform>%Ln team</numerusform>
            <numerusform>%Ln teams</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Userdesk::UserPrefsTab</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preferences. Add a key with Add, or write them as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON at character %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences must be a JSON object: { &quot;key&quot;: &quot;value&quot; }.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has a value but no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key “%1” appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the user before saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preferences had been changed elsewhere; your edit was applied on top of that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These preferences of “%1” were changed elsewhere since you started editing them. Merge keeps the other changes and takes your values for these keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the preferences</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserSessionsTab</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load sessions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions: this user is signed out on every device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign “%1” out of every session on every device?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out everywhere…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out every session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UserTexts</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user “%1” (%2)? Their sessions, identities and memberships are deleted too. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UsersItemDelegate</name>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone unverified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Userdesk::UsersPage</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users match the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No users yet. Create the first one or import users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading more…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln loaded</source>
        <translation>
            <numerusform>%1 · %Ln loaded</numerusform>
            <numerusform>%1 · %Ln loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected</source>
        <translation>
            <numerusform>%Ln selected</numerusform>
            <numerusform>%Ln selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load users: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search users (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches name, e-mail, phone and ID on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected view (the users are not affected)</source>
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
    <name>UsersPage</name>
    <message>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, e-mail, phone or ID (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of the users (sorted by the server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest joined first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest joined first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name Z–A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail A–Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail Z–A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved views: a search, filters and order under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current search, filters and order as a view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the users (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With or without phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Joined between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading users…</source>
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
        <source>The API key could not be stored in the system keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
