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
        <translation type="unfinished">%1: %2</translation>
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
        <source>warning: untracked items left out (no SyncID yet): %1. Track them with --track-untracked or `directus-sync pull`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in with this email and a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment variable holding the token or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production: a push needs the name confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow Directus versions this build was not tested with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved connections. Add one with: syncstudio-cli connections add NAME URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections add takes a name and a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1 is plain http to another machine: the token would travel unencrypted. Prefer https.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 to the %2 of this connection: secrets are never taken as arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admin token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the secret was NOT stored (%1). The CLI never writes secrets to files: set SYNCSTUDIO_TOKEN when you use &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the connection &quot;%1&quot; (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections remove takes a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections test takes a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connections takes list, add, remove or test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave identical items out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not compare the schema.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untracked and dangling items do not count as differences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token variable for both sides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token variable of the left side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token variable of the right side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compare takes two sides: the source (left) and the target (right).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit the folder (only it) with your git afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The commit message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export although the folder has uncommitted changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes: %1 matches the last commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --force to export and commit anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export to git failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CollectionDescriptor</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Einstellungen</translation>
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
    <name>CompareReport</name>
    <message>
        <source>(absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing %1 (source) with %2 (target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 identical)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema</source>
        <translation type="unfinished">Schema</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(only because the Directus versions differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items compared, %2 differ, %3 schema differences.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1: the %2 side has two items with the SyncID &quot;%3&quot;; only the first one is compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only on the %2 side and was not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one side has a schema snapshot; the schema was not compared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DumpChangeSet</name>
    <message>
        <source>schema snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API specs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directus config from %1: %2</source>
        <translation type="unfinished"></translation>
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
    <message>
        <source>The collections, snapshot and specs paths must be three separate folders inside the dump (got &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitRevisionReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; cannot be read safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dump holds %1 bytes, more than the limit of %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write a temporary copy of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GitSnapshotExport</name>
    <message>
        <source>%1 The exported files are in %2, not committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD is detached (at %1): the commit will be on no branch. Create a branch to keep it, e.g. git switch -c snapshots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git ignores %1 (a .gitignore or exclude rule matches %2), so the export could not be committed. Remove the rule or choose another folder. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has uncommitted changes (%2). Commit or discard them first, or confirm to export over them (--force). Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncommitted changes already in %1 are committed with the export: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The folder was left as it was; nothing was committed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no prepared export to commit in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingActions</name>
    <message>
        <source>&quot;%1&quot; is not a collection directus-sync tracks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrack %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopting needs the source item&apos;s SyncID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adopt %1 %2 as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete duplicate permissions (keep the %1 of each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate permissions are deleted directly in the database: no backup, activity or revision records them.</source>
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
    <name>ProcessGitRepository</name>
    <message>
        <source>The git program %1 does not exist or cannot be run. Install git or correct the path, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git was not found on PATH. Install git (or add the folder that contains it to PATH), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git %1 did not finish within %2 seconds in %3 (it may be waiting for a passphrase, or a hook may hang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git %1 crashed in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not inside a git work tree. Choose a folder inside a repository, or let the app initialise one there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git init failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read HEAD in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEAD in %1 points at no commit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git status failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git check-ignore failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot work out the changes below %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git does not know who you are in %1. Set your name and e-mail (git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git add failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The git %1 hook rejected the commit in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the hook printed nothing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git commit failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git commit ran in %1, but HEAD names no commit afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git log failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no commit in %2. Use a branch, tag, commit hash or an expression such as HEAD~1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist at commit %2 in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git ls-tree failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a git object id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git cat-file failed in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>git cat-file did not return the file object %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushBackup</name>
    <message>
        <source>Could not write the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the backup file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a push backup this version can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPlan</name>
    <message>
        <source>%1. %2
   %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PushPlanner</name>
    <message>
        <source>%1 is not an item of the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted: directus-sync never deletes %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to delete %1 (&quot;%2&quot;): deleting needs --allow-delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is untracked and was not pushed; track or adopt it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 names %3/%4, which is neither on the target nor part of this push. Select it too, or push with dependencies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The relation %1.%2 was left out: it points at %3, whose schema is not part of this push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema comes from Directus %1 and the target runs %2; push with --force to apply it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The schema changes drop %n collection(s) or field(s) and their data.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the schema changes (%1 collection(s), %2 field(s), %3 relation(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These items need each other to be created first, which no order satisfies: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping row %1/%2 (no item on the target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track %1 &quot;%2&quot; as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1 of the %2 that point where %3 &quot;%4&quot; will point (it must be unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists untracked on the target (id %3); it is adopted, not created again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; would replace the untracked item %3 on the target, which is a delete: it needs --allow-delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the untracked %1 %2 that %3 replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 set later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the target&apos;s %2 rows were not read, so they cannot be updated safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 of %2 &quot;%3&quot; (first of two updates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update %1 &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3 stays empty because %4/%5 is neither on the target nor part of this push.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link %1 &quot;%2&quot;: set %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 &quot;%2&quot; (id %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrack the deleted %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 needs the id of %2 before it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is protected: confirm the push by typing its name (--confirm &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a protected target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: %3 holds the source&apos;s raw id %4, which no other instance can resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be deleted on the target.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: its %3 rows without %4 (public or user access) are not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>The backup has no data for the deleted %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) exists again; it was not re-created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-create the deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track the re-created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had no row before the push; its values cannot be removed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) no longer exists; restore it by hand from the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the mapping row the push added for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put back the mapping row of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be deleted; it stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1, created by the push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untrack %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema is put back to the saved snapshot; collections and fields the push added are dropped with their data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the schema back</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) created by the push will be deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>syncstudio::AppController</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the comparison (Esc)</source>
        <translation>Den Vergleich abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Open a dump folder written by directus-sync</source>
        <translation>Einen von directus-sync geschriebenen Dump-Ordner öffnen</translation>
    </message>
    <message>
        <source>Choose a connection or a dump folder on both sides.</source>
        <translation>Wählen Sie auf beiden Seiten eine Verbindung oder einen Dump-Ordner.</translation>
    </message>
    <message>
        <source>No token or password is stored for %1: open Connections and enter it again.</source>
        <translation>Für %1 ist kein Token und kein Passwort gespeichert: Öffnen Sie „Verbindungen“ und geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Choose a connection or a dump folder on both sides, then compare.</source>
        <translation>Wählen Sie auf beiden Seiten eine Verbindung oder einen Dump-Ordner und vergleichen Sie dann.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet …</translation>
    </message>
    <message numerus="yes">
        <source>Compared %n item(s) · %1 differ</source>
        <translation>
            <numerusform>%n Eintrag verglichen · %1 unterschiedlich</numerusform>
            <numerusform>%n Einträge verglichen · %1 unterschiedlich</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · Directus %2</source>
        <translation>%1 · Directus %2</translation>
    </message>
    <message>
        <source>A side of “%1” no longer exists: choose the sides again.</source>
        <translation>Eine Seite von „%1“ gibt es nicht mehr: Wählen Sie die Seiten erneut.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Browsing %1 · %2 tracked · %3 untracked</source>
        <translation>Durchsuchen: %1 · %2 verfolgt · %3 nicht verfolgt</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
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
    <name>syncstudio::CompareCollectionsModel</name>
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
</context>
<context>
    <name>syncstudio::CompareItemsModel</name>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>%1 (Directus version difference)</source>
        <translation>%1 (Unterschied der Directus-Versionen)</translation>
    </message>
    <message>
        <source>%1 (mapping without item)</source>
        <translation>%1 (Zuordnung ohne Eintrag)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · not present</source>
        <translation>%1 · nicht vorhanden</translation>
    </message>
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
        <source>Tracked</source>
        <translation>Verfolgt</translation>
    </message>
    <message>
        <source>Untracked: no SyncID mapping</source>
        <translation>Nicht verfolgt: keine SyncID-Zuordnung</translation>
    </message>
    <message>
        <source>%1
SyncID: %2</source>
        <translation>%1
SyncID: %2</translation>
    </message>
</context>
<context>
    <name>syncstudio::Comparison</name>
    <message>
        <source>The comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A side could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
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
        <translation>Directus %1 · %2 · %3</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <source>not admin</source>
        <translation>kein Admin</translation>
    </message>
    <message>
        <source>sync extension installed</source>
        <translation>Sync-Erweiterung installiert</translation>
    </message>
    <message>
        <source>sync extension missing</source>
        <translation>Sync-Erweiterung fehlt</translation>
    </message>
</context>
<context>
    <name>syncstudio::ConnectionListModel</name>
    <message>
        <source>Dump folder %1</source>
        <translation>Dump-Ordner %1</translation>
    </message>
    <message>
        <source>Open folder…</source>
        <translation>Ordner öffnen …</translation>
    </message>
    <message>
        <source>Compare with a dump folder written by directus-sync</source>
        <translation>Mit einem von directus-sync geschriebenen Dump-Ordner vergleichen</translation>
    </message>
    <message>
        <source>%1 · protected: a push needs the name typed</source>
        <translation>%1 · geschützt: Ein Push verlangt die Eingabe des Namens</translation>
    </message>
</context>
<context>
    <name>syncstudio::ConnectionsDialog</name>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>no keyring service in use</source>
        <translation>kein Schlüsselbund-Dienst in Verwendung</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>https://cms.example.com</source>
        <translation>https://cms.example.com</translation>
    </message>
    <message>
        <source>Static token</source>
        <translation>Statisches Token</translation>
    </message>
    <message>
        <source>Email and password</source>
        <translation>E-Mail und Passwort</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Protected (production): a push needs the name typed</source>
        <translation>&amp;Geschützt (Produktion): Ein Push verlangt die Eingabe des Namens</translation>
    </message>
    <message>
        <source>Allow Directus versions not tested with this app</source>
        <translation>Directus-Versionen zulassen, die mit dieser App nicht getestet sind</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Sign in with:</source>
        <translation>&amp;Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Colour tag:</source>
        <translation>&amp;Farbmarkierung:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Unchanged (kept in the keyring)</source>
        <translation>Unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Plain http to another machine: the token travels unencrypted. Use https unless this network is trusted.</source>
        <translation>Unverschlüsseltes http zu einem anderen Rechner: Das Token wird im Klartext übertragen. Verwenden Sie https, sofern Sie diesem Netzwerk nicht vertrauen.</translation>
    </message>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <source>Enter the URL of the Directus instance.</source>
        <translation>Geben Sie die URL der Directus-Instanz ein.</translation>
    </message>
    <message>
        <source>Enter the email address to sign in with.</source>
        <translation>Geben Sie die E-Mail-Adresse für die Anmeldung ein.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Enter the static token of an admin user.</source>
        <translation>Geben Sie das statische Token eines Admin-Benutzers ein.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring is not available, so secrets are kept in memory for this session only: you will be asked for them again after a restart. (%1)</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar, daher werden Geheimnisse nur für diese Sitzung im Arbeitsspeicher gehalten: Nach einem Neustart werden Sie erneut danach gefragt. (%1)</translation>
    </message>
    <message>
        <source>Enter the token or password first.</source>
        <translation>Geben Sie zuerst das Token oder das Passwort ein.</translation>
    </message>
    <message>
        <source>Reading the secret from the keyring…</source>
        <translation>Das Geheimnis wird aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>No secret is stored for this connection: enter it again.</source>
        <translation>Für diese Verbindung ist kein Geheimnis gespeichert: Geben Sie es erneut ein.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet …</translation>
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
    <name>syncstudio::DiffPresentation</name>
    <message numerus="yes">
        <source>⋯ %n identical line(s)</source>
        <translation>
            <numerusform>⋯ %n identische Zeile</numerusform>
            <numerusform>⋯ %n identische Zeilen</numerusform>
        </translation>
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
    <name>syncstudio::FolderSide</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished">%1 wird gelesen … {1?}</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::GitRevisionSide</name>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished">%1 wird gelesen … {1?}</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished">Abgebrochen.</translation>
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
    <name>syncstudio::InstanceSide</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
    <message>
        <source>Next &amp;Difference in Item</source>
        <translation>Nächster &amp;Unterschied im Eintrag</translation>
    </message>
    <message>
        <source>No further difference in this item.</source>
        <translation>Kein weiterer Unterschied in diesem Eintrag.</translation>
    </message>
    <message>
        <source>Previous D&amp;ifference in Item</source>
        <translation>Vorheriger U&amp;nterschied im Eintrag</translation>
    </message>
    <message>
        <source>No earlier difference in this item.</source>
        <translation>Kein früherer Unterschied in diesem Eintrag.</translation>
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
    <name>syncstudio::PushExecutor</name>
    <message>
        <source>The plan cannot be applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup folder was given; nothing is written without a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the target again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: its collection could not be read again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it was created meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2): it was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2): it changed since the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2): its mapping row changed since the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: it exists on the target now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the target again before writing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target changed since the comparison; nothing was written. Compare again. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan changes the schema, but the source&apos;s snapshot was not given to check the schema diff again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema: it changed since the comparison.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The target&apos;s schema changed since the comparison; nothing was written. Compare again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the items for the backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (id %2) could not be read for the backup; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled after step %1 of %2; the steps before it were applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 got no answer (%2); it may or may not have been applied. It was not sent again: compare again before pushing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::PushPreparer</name>
    <message>
        <source>Could not read the target items the plan needs: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::RawItemReader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::RecentComparisonsModel</name>
    <message>
        <source>Compare again: %1</source>
        <translation>Erneut vergleichen: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::RestorePreparer</name>
    <message>
        <source>Could not read the target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the items to restore: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>syncstudio::SchemaDiffer</name>
    <message>
        <source>The answer to POST /schema/diff is not JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be compared: %1 Compare with --force to compare anyway; such differences are shown, never pushed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema could not be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
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
