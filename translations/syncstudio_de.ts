<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run syncstudio-cli --help for usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token for %1: set the environment variable %2 to an admin token (tokens are never taken as arguments).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder, a URL nor a saved connection. Saved connections: syncstudio-cli connections list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret for the connection &quot;%1&quot;: %2 Set %3 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance, folder or connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump folder to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort keys (as --sort-json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One snapshot.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write specs/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not write snapshot/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these collections (comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give untracked items a SyncID first (writes mapping rows on the instance).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export takes a side and a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--track-untracked is not available yet: track the items with `directus-sync pull` or in the app, then export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown collection &quot;%1&quot;. Tracked collections: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting from a git revision is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: untracked items left out (no SyncID yet): %1. Track them with --track-untracked or `directus-sync pull`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionDescriptor</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>syncstudio: unknown screen &quot;%1&quot;; valid screens are: %2</source>
        <translation>syncstudio: unbekannte Ansicht „%1“; gültige Ansichten sind: %2</translation>
    </message>
    <message>
        <source>syncstudio: could not write the screenshot to &quot;%1&quot;</source>
        <translation>syncstudio: Das Bildschirmfoto konnte nicht nach „%1“ geschrieben werden</translation>
    </message>
    <message>
        <source>Directus Sync Studio: compare, browse and selectively push Directus configuration.</source>
        <translation>Directus Sync Studio: Directus-Konfiguration vergleichen, durchsuchen und gezielt übertragen.</translation>
    </message>
    <message>
        <source>Render a screen offscreen to the PNG file &lt;file&gt; and exit.</source>
        <translation>Eine Ansicht ohne Bildschirm in die PNG-Datei &lt;Datei&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The screen for --screenshot: %1 (default: %2).</source>
        <translation>Die Ansicht für --screenshot: %1 (Vorgabe: %2).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>syncstudio: --screen needs --screenshot</source>
        <translation>syncstudio: --screen braucht --screenshot</translation>
    </message>
</context>
<context>
    <name>DumpFolderReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the item at index %2 is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the item at index %2 has no &quot;_syncId&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;_syncId&quot; of the item at index %2 is not a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the &quot;_syncId&quot; of the item at index %2 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the items at index %2 and %3 have the same &quot;_syncId&quot; &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds both a split snapshot (info.json) and snapshot.json; remove the one that is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a collection directus-sync tracks; remove or rename it (the tracked collections are: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dump in %1 holds %2 bytes of JSON, more than the limit of %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 defines hooks. Sync Studio does not run them, so what it reads and writes can differ from what directus-sync does with this configuration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpFolderWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the new %1 into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 (%3) is untracked and has no SyncID yet; track it before exporting, or leave untracked items out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: two items have the SyncID &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema snapshot is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema snapshot: %1 entry %2 has a name that cannot be a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection directus-sync tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OpenAPI specification is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder next to %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder next to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Normalizer</name>
    <message>
        <source>%1: the API returned something that is not an object at index %2; it was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the item at index %2 has no id; directus-sync pull would stop with an error. It was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the API returned the item with id %2 twice; the copy at index %3 was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 would get the SyncID &quot;%3&quot;, which the mapping table already gives to local id %4; directus-sync pull would stop with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2, field %3 holds an object where an id is expected; directus-sync pull would stop with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2, field %3 holds a plain value where an object is expected; directus-sync pull would stop with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection directus-sync tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 holds an object where a SyncID is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field %1 holds a plain value where an object is expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio</name>
    <message>
        <source>The answer to %1 is not a Directus JSON answer%2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::AboutDialog</name>
    <message>
        <source>About Directus Sync Studio</source>
        <translation>Über Directus Sync Studio</translation>
    </message>
    <message>
        <source>Directus Sync Studio</source>
        <translation>Directus Sync Studio</translation>
    </message>
    <message>
        <source>Compare, browse and selectively push the configuration of Directus instances: schema, flows, roles, policies, permissions and more.</source>
        <translation>Die Konfiguration von Directus-Instanzen vergleichen, durchsuchen und gezielt übertragen: Schema, Flows, Rollen, Richtlinien, Berechtigungen und mehr.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>JSON highlighting:</source>
        <translation>JSON-Hervorhebung:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
</context>
<context>
    <name>syncstudio::ApiResponse</name>
    <message>
        <source>%1 answered with invalid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a &quot;data&quot; member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::CollectionDelegate</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>syncstudio::ComparisonView</name>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
</context>
<context>
    <name>syncstudio::ConnectionCheck</name>
    <message>
        <source>%1 does not look like a Directus API (GET /users/me: %2). Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not look like a Directus API: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has no admin access. Sync Studio needs an admin token (the sync extension and the schema endpoints are admin-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not report its version in /server/info; Sync Studio cannot tell whether it is supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Directus extension directus-extension-sync is not installed on %1. Install it (npm package directus-extension-sync 3.x) and restart Directus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking directus-extension-sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>directus-extension-sync answered its ping unexpectedly (HTTP %1): an incompatible version may be installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::ConnectionCheckResult</name>
    <message>
        <source>Directus %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync extension installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync extension missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::DemoContent</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Connection: %1 · Directus %2</source>
        <translation>Verbindung: %1 · Directus %2</translation>
    </message>
    <message>
        <source>Connection: %1 · Directus %2 · protected</source>
        <translation>Verbindung: %1 · Directus %2 · geschützt</translation>
    </message>
    <message>
        <source>Dump folder written by directus-sync</source>
        <translation>Von directus-sync geschriebener Dump-Ordner</translation>
    </message>
    <message>
        <source>The dump folder at git revision %1</source>
        <translation>Der Dump-Ordner in der Git-Revision %1</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>Alle Sammlungen</translation>
    </message>
    <message>
        <source>Schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Sammlungen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operationen</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Translations</source>
        <translation>Übersetzungen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not present</source>
        <translation>%1 · nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>Demo data · compared %n items in %1 s · %2 differ</source>
        <translation>
            <numerusform>Demodaten · %n Element in %1 s verglichen · %2 unterschiedlich</numerusform>
            <numerusform>Demodaten · %n Elemente in %1 s verglichen · %2 unterschiedlich</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Directus %2</source>
        <translation>%1 · Directus %2</translation>
    </message>
    <message>
        <source>%1 · Directus %2 · protected</source>
        <translation>%1 · Directus %2 · geschützt</translation>
    </message>
</context>
<context>
    <name>syncstudio::DiffStatus</name>
    <message>
        <source>Identical</source>
        <translation>Identisch</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Only left</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Only right</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>Untracked</source>
        <translation>Nicht verfolgt</translation>
    </message>
</context>
<context>
    <name>syncstudio::DirectusVersion</name>
    <message>
        <source>Directus %1 is not supported: Directus 11 or newer is required (directus-sync 3 and its extension need 11.x).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus %1 has not been tested with this version of Sync Studio (tested: 11.x and 12.x). Allow untested versions in the connection to use it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported the version &quot;%1&quot;, which is not a Directus version number. Allow untested versions in the connection to use it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::FilterBar</name>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Namen filtern…</translation>
    </message>
    <message>
        <source>Show or hide items with the status “%1”</source>
        <translation>Elemente mit dem Status „%1“ ein- oder ausblenden</translation>
    </message>
</context>
<context>
    <name>syncstudio::HighlighterFactory</name>
    <message>
        <source>built-in</source>
        <translation>eingebaut</translation>
    </message>
</context>
<context>
    <name>syncstudio::HttpDirectusClient</name>
    <message>
        <source>Login failed: the server rejected the email or password (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login failed: the server&apos;s answer had no access token. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused by %1. Is Directus running at this address and port?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host not found: %1. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection before answering (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network error talking to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session token expired (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the credentials: invalid token or email/password (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission denied for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected %2 to %3; use the final URL in the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 and a non-JSON body: is this the Directus API URL?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of %1 to %2 broke off: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::InstanceReader</name>
    <message>
        <source>Reading server information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown collection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SyncID mapping of %1 (directus-extension-sync)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not count the %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normalising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SyncID mapping of %1 is not a JSON list (%2). Is directus-extension-sync 3.x installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SyncID mapping of %1 has a malformed row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 did not answer an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 did not answer a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 changed while they were read page by page (an item came twice). Read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET %1 did not report how many %2 exist, so the read cannot be checked for completeness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete read of %1: the server returned %2 of the %3 it counts. Nothing was compared or written. (An unlicensed Directus 12 hides permissions with custom rules; a proxy may cut long answers.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incomplete read of %1: the %2 of item %3 came back with %4 of %5 entries. Raise QUERY_LIMIT_MAX on the server or read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema snapshot is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::JsonDiffView</name>
    <message>
        <source>Select an item to see its JSON side by side.</source>
        <translation>Wählen Sie ein Element aus, um sein JSON nebeneinander zu sehen.</translation>
    </message>
</context>
<context>
    <name>syncstudio::JsonReader</name>
    <message>
        <source>the input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character %1 after the JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strings must be enclosed in double quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NaN and Infinity are not valid JSON numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leading zeros are not allowed in numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unescaped control character %1 in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trailing commas are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a property name in double quotes but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the property name but found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; but found %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::MainWindow</name>
    <message>
        <source>Directus Sync Studio</source>
        <translation>Directus Sync Studio</translation>
    </message>
    <message>
        <source>&amp;Add Connection…</source>
        <translation>Verbindung &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Open Dump Folder…</source>
        <translation>Dump-Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the shown side as a configuration folder</source>
        <translation>Die angezeigte Seite als Konfigurationsordner exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the left and the right side (F5)</source>
        <translation>Die linke mit der rechten Seite vergleichen (F5)</translation>
    </message>
    <message>
        <source>&amp;Swap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Swap the left and the right side</source>
        <translation>Die linke und die rechte Seite vertauschen</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>No further change below.</source>
        <translation>Keine weitere Änderung weiter unten.</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>V&amp;orherige Änderung</translation>
    </message>
    <message>
        <source>No further change above.</source>
        <translation>Keine weitere Änderung weiter oben.</translation>
    </message>
    <message>
        <source>Push Selected →</source>
        <translation>Auswahl übertragen →</translation>
    </message>
    <message>
        <source>&amp;Find Items</source>
        <translation>Elemente &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Start Page</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>&amp;About Directus Sync Studio</source>
        <translation>Ü&amp;ber Directus Sync Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>C&amp;omparison</source>
        <translation>&amp;Vergleich</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
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
        <source>Choose the left side…</source>
        <translation>Linke Seite wählen…</translation>
    </message>
    <message>
        <source>The source: a connection, a dump folder or a git revision</source>
        <translation>Die Quelle: eine Verbindung, ein Dump-Ordner oder eine Git-Revision</translation>
    </message>
    <message>
        <source>Choose the right side…</source>
        <translation>Rechte Seite wählen…</translation>
    </message>
    <message>
        <source>The target: what a push would change</source>
        <translation>Das Ziel: das, was eine Übertragung ändern würde</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message numerus="yes">
        <source>Push Selected → (%n)</source>
        <translation>
            <numerusform>Auswahl übertragen → (%n)</numerusform>
            <numerusform>Auswahl übertragen → (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the push of the checked items before anything is written (Ctrl+Enter)</source>
        <translation>Die Übertragung der markierten Elemente prüfen, bevor etwas geschrieben wird (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Not available in this preview yet.</source>
        <translation>In dieser Vorschauversion noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the settings file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::TokenStore</name>
    <message>
        <source>No secret is stored in the keyring for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable system keyring: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::WelcomePage</name>
    <message>
        <source>Directus Sync Studio</source>
        <translation>Directus Sync Studio</translation>
    </message>
    <message>
        <source>Compare Directus instances and configuration folders side by side, then push exactly the items you pick.</source>
        <translation>Directus-Instanzen und Konfigurationsordner nebeneinander vergleichen und dann genau die ausgewählten Elemente übertragen.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Loslegen</translation>
    </message>
    <message>
        <source>Add a connection…</source>
        <translation>Verbindung hinzufügen…</translation>
    </message>
    <message>
        <source>Connect to a Directus instance with its URL and an access token.</source>
        <translation>Mit einer Directus-Instanz über ihre URL und ein Zugriffstoken verbinden.</translation>
    </message>
    <message>
        <source>Open a dump folder…</source>
        <translation>Dump-Ordner öffnen…</translation>
    </message>
    <message>
        <source>Browse a configuration folder written by directus-sync or the Directus CLI.</source>
        <translation>Einen von directus-sync oder der Directus-CLI geschriebenen Konfigurationsordner durchsuchen.</translation>
    </message>
    <message>
        <source>Open the demo</source>
        <translation>Demo öffnen</translation>
    </message>
    <message>
        <source>Explore a sample comparison without connecting to a server.</source>
        <translation>Einen Beispielvergleich ohne Serververbindung erkunden.</translation>
    </message>
    <message>
        <source>Recent comparisons</source>
        <translation>Letzte Vergleiche</translation>
    </message>
    <message>
        <source>No recent comparisons yet.
Comparisons you run will be listed here.</source>
        <translation>Noch keine Vergleiche.
Ihre Vergleiche werden hier aufgeführt.</translation>
    </message>
</context>
</TS>
