<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CliApplication</name>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Run syncstudio-cli --help for usage.</source>
        <translation>Hilfe zur Verwendung: syncstudio-cli --help.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No token for %1: set the environment variable %2 to an admin token (tokens are never taken as arguments).</source>
        <translation>Kein Token für %1: Setzen Sie die Umgebungsvariable %2 auf ein Admin-Token (Tokens werden nie als Argumente angenommen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a folder, a URL nor a saved connection. Saved connections: syncstudio-cli connections list.</source>
        <translation>„%1“ ist weder ein Ordner noch eine URL noch eine gespeicherte Verbindung. Gespeicherte Verbindungen: syncstudio-cli connections list.</translation>
    </message>
    <message>
        <source>No secret for the connection &quot;%1&quot;: %2 Set %3 instead.</source>
        <translation>Kein Geheimnis für die Verbindung „%1“: %2 Setzen Sie stattdessen %3.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Instance, folder or connection.</source>
        <translation>Instanz, Ordner oder Verbindung.</translation>
    </message>
    <message>
        <source>The dump folder to write.</source>
        <translation>Der zu schreibende Dump-Ordner.</translation>
    </message>
    <message>
        <source>Sort keys (as --sort-json).</source>
        <translation>Schlüssel sortieren (wie --sort-json).</translation>
    </message>
    <message>
        <source>One snapshot.json.</source>
        <translation>Eine einzige snapshot.json.</translation>
    </message>
    <message>
        <source>Do not write specs/.</source>
        <translation>specs/ nicht schreiben.</translation>
    </message>
    <message>
        <source>Do not write snapshot/.</source>
        <translation>snapshot/ nicht schreiben.</translation>
    </message>
    <message>
        <source>Only these collections (comma-separated).</source>
        <translation>Nur diese Sammlungen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Give untracked items a SyncID first (writes mapping rows on the instance).</source>
        <translation>Nicht verfolgten Elementen zuerst eine SyncID geben (schreibt Zuordnungszeilen auf der Instanz).</translation>
    </message>
    <message>
        <source>Environment variable holding the token.</source>
        <translation>Umgebungsvariable mit dem Token.</translation>
    </message>
    <message>
        <source>export takes a side and a folder.</source>
        <translation>export erwartet eine Seite und einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown collection &quot;%1&quot;. Tracked collections: %2.</source>
        <translation>Unbekannte Sammlung „%1“. Verfolgte Sammlungen: %2.</translation>
    </message>
    <message>
        <source>warning: untracked items left out (no SyncID yet): %1. Track them with --track-untracked or `directus-sync pull`.</source>
        <translation>Warnung: Nicht verfolgte Elemente ausgelassen (noch keine SyncID): %1. Verfolgen Sie sie mit --track-untracked oder `directus-sync pull`.</translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation>%1 nach %2 exportiert</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text oder json.</translation>
    </message>
    <message>
        <source>Log in with this email and a password.</source>
        <translation>Mit dieser E-Mail-Adresse und einem Passwort anmelden.</translation>
    </message>
    <message>
        <source>Environment variable holding the token or password.</source>
        <translation>Umgebungsvariable mit dem Token oder Passwort.</translation>
    </message>
    <message>
        <source>Production: a push needs the name confirmed.</source>
        <translation>Produktion: Ein Push verlangt die Bestätigung des Namens.</translation>
    </message>
    <message>
        <source>Colour tag.</source>
        <translation>Farbmarkierung.</translation>
    </message>
    <message>
        <source>Allow Directus versions this build was not tested with.</source>
        <translation>Directus-Versionen zulassen, mit denen dieser Build nicht getestet wurde.</translation>
    </message>
    <message>
        <source>No saved connections. Add one with: syncstudio-cli connections add NAME URL</source>
        <translation>Keine gespeicherten Verbindungen. Fügen Sie eine hinzu mit: syncstudio-cli connections add NAME URL</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>protected</source>
        <translation>geschützt</translation>
    </message>
    <message>
        <source>connections add takes a name and a URL.</source>
        <translation>connections add erwartet einen Namen und eine URL.</translation>
    </message>
    <message>
        <source>warning: %1 is plain http to another machine: the token would travel unencrypted. Prefer https.</source>
        <translation>Warnung: %1 ist unverschlüsseltes http zu einem anderen Rechner: Das Token würde im Klartext übertragen. Verwenden Sie besser https.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Set %1 to the %2 of this connection: secrets are never taken as arguments.</source>
        <translation>Setzen Sie %1 auf das %2 dieser Verbindung: Geheimnisse werden nie als Argumente angenommen.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>admin token</source>
        <translation>Admin-Token</translation>
    </message>
    <message>
        <source>warning: the secret was NOT stored (%1). The CLI never writes secrets to files: set SYNCSTUDIO_TOKEN when you use &quot;%2&quot;.</source>
        <translation>Warnung: Das Geheimnis wurde NICHT gespeichert (%1). Die CLI schreibt Geheimnisse nie in Dateien: Setzen Sie SYNCSTUDIO_TOKEN, wenn Sie „%2“ verwenden.</translation>
    </message>
    <message>
        <source>Saved the connection &quot;%1&quot; (%2).</source>
        <translation>Verbindung „%1“ gespeichert (%2).</translation>
    </message>
    <message>
        <source>connections remove takes a name.</source>
        <translation>connections remove erwartet einen Namen.</translation>
    </message>
    <message>
        <source>No connection named &quot;%1&quot;.</source>
        <translation>Keine Verbindung namens „%1“.</translation>
    </message>
    <message>
        <source>Removed the connection &quot;%1&quot;.</source>
        <translation>Verbindung „%1“ entfernt.</translation>
    </message>
    <message>
        <source>connections test takes a name.</source>
        <translation>connections test erwartet einen Namen.</translation>
    </message>
    <message>
        <source>connections takes list, add, remove or test.</source>
        <translation>connections erwartet list, add, remove oder test.</translation>
    </message>
    <message>
        <source>%1: no such folder.</source>
        <translation>%1: Diesen Ordner gibt es nicht.</translation>
    </message>
    <message>
        <source>Leave identical items out.</source>
        <translation>Identische Elemente auslassen.</translation>
    </message>
    <message>
        <source>Do not compare the schema.</source>
        <translation>Das Schema nicht vergleichen.</translation>
    </message>
    <message>
        <source>Untracked and dangling items do not count as differences.</source>
        <translation>Nicht verfolgte und verwaiste Elemente zählen nicht als Unterschiede.</translation>
    </message>
    <message>
        <source>Token variable for both sides.</source>
        <translation>Token-Variable für beide Seiten.</translation>
    </message>
    <message>
        <source>Token variable of the left side.</source>
        <translation>Token-Variable der linken Seite.</translation>
    </message>
    <message>
        <source>Token variable of the right side.</source>
        <translation>Token-Variable der rechten Seite.</translation>
    </message>
    <message>
        <source>compare takes two sides: the source (left) and the target (right).</source>
        <translation>compare erwartet zwei Seiten: die Quelle (links) und das Ziel (rechts).</translation>
    </message>
    <message>
        <source>--format takes text or json.</source>
        <translation>--format erwartet text oder json.</translation>
    </message>
    <message>
        <source>Commit the folder (only it) with your git afterwards.</source>
        <translation>Den Ordner (nur ihn) anschließend mit Ihrem git committen.</translation>
    </message>
    <message>
        <source>The commit message.</source>
        <translation>Die Commit-Nachricht.</translation>
    </message>
    <message>
        <source>Export although the folder has uncommitted changes.</source>
        <translation>Exportieren, obwohl der Ordner nicht committete Änderungen enthält.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>No changes: %1 matches the last commit.</source>
        <translation>Keine Änderungen: %1 entspricht dem letzten Commit.</translation>
    </message>
    <message>
        <source>Committed %1 as %2</source>
        <translation>%1 als %2 committet</translation>
    </message>
    <message>
        <source>Use --force to export and commit anyway.</source>
        <translation>Verwenden Sie --force, um trotzdem zu exportieren und zu committen.</translation>
    </message>
    <message>
        <source>The export to git failed.</source>
        <translation>Der Export nach git ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Compare the schema although the Directus versions or database vendors differ.</source>
        <translation>Das Schema vergleichen, obwohl sich die Directus-Versionen oder Datenbanksysteme unterscheiden.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>UNKNOWN (sent, no answer)</source>
        <translation>UNBEKANNT (gesendet, keine Antwort)</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>The target changed since the comparison: nothing was written. Compare and push again.</source>
        <translation>Das Ziel hat sich seit dem Vergleich geändert: Es wurde nichts geschrieben. Vergleichen Sie erneut und wiederholen Sie den Push.</translation>
    </message>
    <message>
        <source>Backup of the target: %1 (syncstudio-cli restore %1 &lt;target&gt;)</source>
        <translation>Sicherung des Ziels: %1 (syncstudio-cli restore %1 &lt;Ziel&gt;)</translation>
    </message>
    <message>
        <source>Interrupted: %1 of %2 steps were applied; the report above says which.</source>
        <translation>Unterbrochen: %1 von %2 Schritten wurden angewendet; welche, steht im Bericht oben.</translation>
    </message>
    <message>
        <source>The push failed.</source>
        <translation>Der Push ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Simulated %1 steps: nothing was written.</source>
        <translation>%1 Schritte simuliert: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Applied %1 steps.</source>
        <translation>%1 Schritte angewendet.</translation>
    </message>
    <message>
        <source>An item: collection/syncId.</source>
        <translation>Ein Element: collection/syncId.</translation>
    </message>
    <message>
        <source>Every source-only and changed item (never deletes).</source>
        <translation>Alle nur in der Quelle vorhandenen und alle geänderten Elemente (löscht nie).</translation>
    </message>
    <message>
        <source>Add what the picked items need on the target.</source>
        <translation>Hinzufügen, was die gewählten Elemente auf dem Ziel benötigen.</translation>
    </message>
    <message>
        <source>Plan and simulate: sends only reads.</source>
        <translation>Planen und simulieren: sendet nur Lesezugriffe.</translation>
    </message>
    <message>
        <source>Allow deleting the selected target-only items.</source>
        <translation>Das Löschen der ausgewählten, nur im Ziel vorhandenen Elemente erlauben.</translation>
    </message>
    <message>
        <source>Create items with the source&apos;s ids (collections, or all).</source>
        <translation>Elemente mit den IDs der Quelle anlegen (diese Sammlungen oder alle).</translation>
    </message>
    <message>
        <source>Apply the schema although the Directus versions or vendors differ.</source>
        <translation>Das Schema anwenden, obwohl sich die Directus-Versionen oder Datenbanksysteme unterscheiden.</translation>
    </message>
    <message>
        <source>The protected target&apos;s name.</source>
        <translation>Der Name des geschützten Ziels.</translation>
    </message>
    <message>
        <source>Where the backup goes.</source>
        <translation>Wohin die Sicherung geschrieben wird.</translation>
    </message>
    <message>
        <source>Token variable of the source.</source>
        <translation>Token-Variable der Quelle.</translation>
    </message>
    <message>
        <source>Token variable of the target.</source>
        <translation>Token-Variable des Ziels.</translation>
    </message>
    <message>
        <source>push takes a source and a target.</source>
        <translation>push erwartet eine Quelle und ein Ziel.</translation>
    </message>
    <message>
        <source>push needs either --select ITEM (repeatable) or --all.</source>
        <translation>push braucht entweder --select ITEM (wiederholbar) oder --all.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item: use collection/syncId (e.g. flows/0b5c…) or schema/&lt;collection&gt;.</source>
        <translation>„%1“ ist kein Element: Verwenden Sie collection/syncId (z. B. flows/0b5c…) oder schema/&lt;collection&gt;.</translation>
    </message>
    <message>
        <source>The target of a push must be an instance (a URL or a saved connection), not %1.</source>
        <translation>Das Ziel eines Push muss eine Instanz sein (eine URL oder eine gespeicherte Verbindung), nicht %1.</translation>
    </message>
    <message numerus="yes">
        <source>The plan cannot be applied (%n problem(s) above); nothing was written.</source>
        <translation>
            <numerusform>Der Plan kann nicht angewendet werden (%n Problem, siehe oben); es wurde nichts geschrieben.</numerusform>
            <numerusform>Der Plan kann nicht angewendet werden (%n Probleme, siehe oben); es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push.</source>
        <translation>Nichts zu übertragen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected: repeat its name with --confirm &quot;%1&quot; to apply.</source>
        <translation>„%1“ ist geschützt: Wiederholen Sie zum Anwenden den Namen mit --confirm &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>restore takes a backup folder and a target.</source>
        <translation>restore erwartet einen Sicherungsordner und ein Ziel.</translation>
    </message>
    <message>
        <source>The target of a restore must be an instance.</source>
        <translation>Das Ziel einer Wiederherstellung muss eine Instanz sein.</translation>
    </message>
    <message>
        <source>Nothing to restore: the target already matches the backup.</source>
        <translation>Nichts wiederherzustellen: Das Ziel entspricht bereits der Sicherung.</translation>
    </message>
    <message>
        <source>The SyncID to give (track).</source>
        <translation>Die zu vergebende SyncID (track).</translation>
    </message>
    <message>
        <source>Show the plan, write nothing.</source>
        <translation>Den Plan zeigen, nichts schreiben.</translation>
    </message>
    <message>
        <source>The protected instance&apos;s name.</source>
        <translation>Der Name der geschützten Instanz.</translation>
    </message>
    <message>
        <source>Token variable.</source>
        <translation>Token-Variable.</translation>
    </message>
    <message>
        <source>adopt takes an instance, collection/localId and the source SyncID.</source>
        <translation>adopt erwartet eine Instanz, collection/localId und die SyncID der Quelle.</translation>
    </message>
    <message>
        <source>%1 takes an instance and collection/localId.</source>
        <translation>%1 erwartet eine Instanz und collection/localId.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item: use collection/localId (e.g. roles/7f3c…).</source>
        <translation>„%1“ ist kein Element: Verwenden Sie collection/localId (z. B. roles/7f3c…).</translation>
    </message>
    <message>
        <source>%1 works on an instance (a URL or a saved connection).</source>
        <translation>%1 arbeitet mit einer Instanz (einer URL oder einer gespeicherten Verbindung).</translation>
    </message>
    <message>
        <source>The protected instance&apos;s name (--track-untracked writes to it).</source>
        <translation>Der Name der geschützten Instanz (--track-untracked schreibt dorthin).</translation>
    </message>
    <message>
        <source>--track-untracked works on an instance (a URL or a saved connection): a folder has no mapping table.</source>
        <translation>--track-untracked arbeitet mit einer Instanz (einer URL oder einer gespeicherten Verbindung): Ein Ordner hat keine Zuordnungstabelle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is protected: --track-untracked writes mapping rows to it; repeat its name with --confirm &quot;%1&quot;.</source>
        <translation>„%1“ ist geschützt: --track-untracked schreibt Zuordnungszeilen dorthin; wiederholen Sie den Namen mit --confirm &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>CollectionDescriptor</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
    <message>
        <source>Open the demo: two bundled sample dumps compared. With --screenshot, the screens %1 show the demo instead of built-in sample data.</source>
        <translation>Öffnet die Demo: zwei mitgelieferte Beispiel-Dumps im Vergleich. Mit --screenshot zeigen die Ansichten %1 die Demo statt der eingebauten Beispieldaten.</translation>
    </message>
    <message>
        <source>Start by comparing (or, alone, browsing) the saved connection or dump folder &lt;side&gt;.</source>
        <translation>Vergleicht beim Start die gespeicherte Verbindung oder den Dump-Ordner &lt;Seite&gt; (allein: zeigt ihn an).</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>The right side of that first comparison (needs --left).</source>
        <translation>Die rechte Seite dieses ersten Vergleichs (erfordert --left).</translation>
    </message>
    <message>
        <source>syncstudio: --right needs --left</source>
        <translation>syncstudio: --right erfordert --left</translation>
    </message>
    <message>
        <source>syncstudio: --demo and --left exclude each other</source>
        <translation>syncstudio: --demo und --left schließen einander aus</translation>
    </message>
</context>
<context>
    <name>CompareReport</name>
    <message>
        <source>(absent)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>Comparing %1 (source) with %2 (target)</source>
        <translation>Vergleich von %1 (Quelle) mit %2 (Ziel)</translation>
    </message>
    <message>
        <source>(%1 identical)</source>
        <translation>(%1 identisch)</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>keine Unterschiede</translation>
    </message>
    <message>
        <source>(only because the Directus versions differ)</source>
        <translation>(nur weil sich die Directus-Versionen unterscheiden)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>%1 items compared, %2 differ, %3 schema differences.</source>
        <translation>%1 Elemente verglichen, %2 unterschiedlich, %3 Schemaunterschiede.</translation>
    </message>
</context>
<context>
    <name>Comparer</name>
    <message>
        <source>%1: the %2 side has two items with the SyncID &quot;%3&quot;; only the first one is compared.</source>
        <translation>%1: Die %2 hat zwei Elemente mit der SyncID „%3“; nur das erste wird verglichen.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quellseite</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielseite</translation>
    </message>
    <message>
        <source>%1 is only on the %2 side and was not compared.</source>
        <translation>%1 gibt es nur auf der %2; es wurde nicht verglichen.</translation>
    </message>
    <message>
        <source>Only one side has a schema snapshot; the schema was not compared.</source>
        <translation>Nur eine Seite hat einen Schema-Snapshot; das Schema wurde nicht verglichen.</translation>
    </message>
</context>
<context>
    <name>DumpChangeSet</name>
    <message>
        <source>schema snapshot</source>
        <translation>Schema-Snapshot</translation>
    </message>
    <message>
        <source>API specs</source>
        <translation>API-Spezifikationen</translation>
    </message>
    <message>
        <source>other files</source>
        <translation>andere Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>%n hinzugefügt</numerusform>
            <numerusform>%n hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n gelöscht</numerusform>
            <numerusform>%n gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no changes</source>
        <translation>keine Änderungen</translation>
    </message>
    <message>
        <source>Directus config: %1</source>
        <translation>Directus-Konfiguration: %1</translation>
    </message>
    <message>
        <source>Directus config from %1: %2</source>
        <translation>Directus-Konfiguration von %1: %2</translation>
    </message>
</context>
<context>
    <name>DumpFolderReader</name>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not valid UTF-8 (byte %2).</source>
        <translation>%1 ist kein gültiges UTF-8 (Byte %2).</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (line %2, column %3): %4</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3): %4</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON array.</source>
        <translation>%1 enthält kein JSON-Array.</translation>
    </message>
    <message>
        <source>%1: the item at index %2 is not a JSON object.</source>
        <translation>%1: Das Element an Index %2 ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1: the item at index %2 has no &quot;_syncId&quot;.</source>
        <translation>%1: Das Element an Index %2 hat kein &quot;_syncId&quot;.</translation>
    </message>
    <message>
        <source>%1: the &quot;_syncId&quot; of the item at index %2 is not a string.</source>
        <translation>%1: Das &quot;_syncId&quot; des Elements an Index %2 ist keine Zeichenkette.</translation>
    </message>
    <message>
        <source>%1: the &quot;_syncId&quot; of the item at index %2 is empty.</source>
        <translation>%1: Das &quot;_syncId&quot; des Elements an Index %2 ist leer.</translation>
    </message>
    <message>
        <source>%1: the items at index %2 and %3 have the same &quot;_syncId&quot; &quot;%4&quot;.</source>
        <translation>%1: Die Elemente an Index %2 und %3 haben dasselbe &quot;_syncId&quot; „%4“.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 holds both a split snapshot (info.json) and snapshot.json; remove the one that is out of date.</source>
        <translation>%1 enthält sowohl einen aufgeteilten Snapshot (info.json) als auch snapshot.json; entfernen Sie den veralteten.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>%1 is not a collection directus-sync tracks; remove or rename it (the tracked collections are: %2).</source>
        <translation>%1 ist keine von directus-sync verfolgte Sammlung; entfernen Sie sie oder benennen Sie sie um (die verfolgten Sammlungen sind: %2).</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 defines hooks. Sync Studio does not run them, so what it reads and writes can differ from what directus-sync does with this configuration.</source>
        <translation>%1 definiert Hooks. Sync Studio führt sie nicht aus; was es liest und schreibt, kann daher von dem abweichen, was directus-sync mit dieser Konfiguration tut.</translation>
    </message>
    <message>
        <source>The dump in %1 holds %2 bytes of JSON, more than the limit of %3 bytes (the largest file is %4 with %5 bytes). SYNCSTUDIO_MAX_DUMP_BYTES raises the limit.</source>
        <translation>Der Dump in %1 enthält %2 Byte JSON, mehr als die Grenze von %3 Byte (die größte Datei ist %4 mit %5 Byte). SYNCSTUDIO_MAX_DUMP_BYTES erhöht die Grenze.</translation>
    </message>
</context>
<context>
    <name>DumpFolderWriter</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>Cannot move %1 aside.</source>
        <translation>%1 kann nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>Cannot move the new %1 into place.</source>
        <translation>Das neue %1 kann nicht an seinen Platz verschoben werden.</translation>
    </message>
    <message>
        <source>%1: item %2 (%3) is untracked and has no SyncID yet; track it before exporting, or leave untracked items out.</source>
        <translation>%1: Element %2 (%3) wird nicht verfolgt und hat noch keine SyncID; verfolgen Sie es vor dem Export oder lassen Sie nicht verfolgte Elemente aus.</translation>
    </message>
    <message>
        <source>%1: two items have the SyncID &quot;%2&quot;.</source>
        <translation>%1: Zwei Elemente haben die SyncID „%2“.</translation>
    </message>
    <message>
        <source>The schema snapshot is not a JSON object.</source>
        <translation>Der Schema-Snapshot ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Schema snapshot: %1 entry %2 has a name that cannot be a file name.</source>
        <translation>Schema-Snapshot: Der Eintrag %2 in %1 hat einen Namen, der kein Dateiname sein kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection directus-sync tracks.</source>
        <translation>„%1“ ist keine von directus-sync verfolgte Sammlung.</translation>
    </message>
    <message>
        <source>The OpenAPI specification is not valid JSON: %1</source>
        <translation>Die OpenAPI-Spezifikation ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder.</source>
        <translation>%1 existiert und ist kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder next to %1: %2.</source>
        <translation>Neben %1 kann kein temporärer Ordner angelegt werden: %2.</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder next to %1.</source>
        <translation>Neben %1 kann kein temporärer Ordner angelegt werden.</translation>
    </message>
    <message>
        <source>The collections, snapshot and specs paths must be three separate folders inside the dump (got &quot;%1&quot;, &quot;%2&quot; and &quot;%3&quot;).</source>
        <translation>Die Pfade collections, snapshot und specs müssen drei getrennte Ordner im Dump sein (angegeben: „%1“, „%2“ und „%3“).</translation>
    </message>
</context>
<context>
    <name>GitRevisionReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file name &quot;%1&quot; cannot be read safely.</source>
        <translation>der Dateiname „%1“ kann nicht sicher gelesen werden.</translation>
    </message>
    <message>
        <source>the dump holds %1 bytes, more than the limit of %2 bytes.</source>
        <translation>der Dump enthält %1 Byte, mehr als die Grenze von %2 Byte.</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1.</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>cannot write a temporary copy of %1: %2.</source>
        <translation>eine temporäre Kopie von %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>cannot create a temporary folder.</source>
        <translation>ein temporärer Ordner kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>GitSnapshotExport</name>
    <message>
        <source>%1 The exported files are in %2, not committed.</source>
        <translation>%1 Die exportierten Dateien liegen in %2 und sind nicht committet.</translation>
    </message>
    <message>
        <source>%1 Nothing was exported.</source>
        <translation>%1 Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>HEAD is detached (at %1): the commit will be on no branch. Create a branch to keep it, e.g. git switch -c snapshots.</source>
        <translation>HEAD ist losgelöst (bei %1): Der Commit liegt auf keinem Branch. Legen Sie einen Branch an, um ihn zu behalten, z. B. git switch -c snapshots.</translation>
    </message>
    <message>
        <source>git ignores %1 (a .gitignore or exclude rule matches %2), so the export could not be committed. Remove the rule or choose another folder. Nothing was exported.</source>
        <translation>git ignoriert %1 (eine .gitignore- oder exclude-Regel passt auf %2), daher konnte der Export nicht committet werden. Entfernen Sie die Regel oder wählen Sie einen anderen Ordner. Es wurde nichts exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has uncommitted changes (%2). Commit or discard them first, or confirm to export over them (--force). Nothing was exported.</source>
        <translation>%1 enthält nicht committete Änderungen (%2). Committen oder verwerfen Sie sie zuerst oder bestätigen Sie, dass darüber exportiert werden soll (--force). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Uncommitted changes already in %1 are committed with the export: %2.</source>
        <translation>Bereits vorhandene, nicht committete Änderungen in %1 werden mit dem Export committet: %2.</translation>
    </message>
    <message>
        <source>%1 The folder was left as it was; nothing was committed.</source>
        <translation>%1 Der Ordner blieb unverändert; es wurde nichts committet.</translation>
    </message>
    <message>
        <source>There is no prepared export to commit in %1.</source>
        <translation>In %1 gibt es keinen vorbereiteten Export zum Committen.</translation>
    </message>
</context>
<context>
    <name>MappingActions</name>
    <message>
        <source>&quot;%1&quot; is not a collection directus-sync tracks.</source>
        <translation>„%1“ ist keine von directus-sync verfolgte Sammlung.</translation>
    </message>
    <message>
        <source>Track %1 %2</source>
        <translation>%1 %2 verfolgen</translation>
    </message>
    <message>
        <source>Untrack %1 %2</source>
        <translation>Verfolgung von %1 %2 beenden</translation>
    </message>
    <message>
        <source>Adopting needs the source item&apos;s SyncID.</source>
        <translation>Zum Übernehmen wird die SyncID des Quellelements benötigt.</translation>
    </message>
    <message>
        <source>Adopt %1 %2 as %3</source>
        <translation>%1 %2 als %3 übernehmen</translation>
    </message>
    <message>
        <source>Delete duplicate permissions (keep the %1 of each)</source>
        <translation>Doppelte Berechtigungen löschen (jeweils die %1 behalten)</translation>
    </message>
    <message>
        <source>first</source>
        <translation>erste</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>Duplicate permissions are deleted directly in the database: no backup, activity or revision records them.</source>
        <translation>Doppelte Berechtigungen werden direkt in der Datenbank gelöscht: Keine Sicherung, Aktivität oder Revision hält das fest.</translation>
    </message>
</context>
<context>
    <name>MappingChoices</name>
    <message>
        <source>Choose an item in the list: the schema has no mapping rows.</source>
        <translation>Wählen Sie ein Element in der Liste: Das Schema hat keine Zuordnungszeilen.</translation>
    </message>
    <message>
        <source>%1 is a dump folder or a git revision: only an instance has mapping rows. Compare with a connection on that side.</source>
        <translation>%1 ist ein Dump-Ordner oder eine Git-Revision: Nur eine Instanz hat Zuordnungszeilen. Vergleichen Sie mit einer Verbindung auf dieser Seite.</translation>
    </message>
    <message>
        <source>%1 is not a collection directus-sync tracks.</source>
        <translation>%1 ist keine Sammlung, die directus-sync verfolgt.</translation>
    </message>
    <message>
        <source>“%1” is not tracked: there is no mapping row to forget.</source>
        <translation>„%1“ wird nicht verfolgt: Es gibt keine Zuordnungszeile zu vergessen.</translation>
    </message>
    <message>
        <source>The local id of “%1” on %2 is not known: compare again.</source>
        <translation>Die lokale ID von „%1“ auf %2 ist nicht bekannt: Vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>Forget the mapping row of “%1” on %2 (the item stays).</source>
        <translation>Die Zuordnungszeile von „%1“ auf %2 vergessen (das Element bleibt).</translation>
    </message>
    <message>
        <source>“%1” is already tracked (it has a SyncID).</source>
        <translation>„%1“ wird bereits verfolgt (es hat eine SyncID).</translation>
    </message>
    <message>
        <source>Only an untracked item can adopt a SyncID; “%1” has one.</source>
        <translation>Nur ein nicht verfolgtes Element kann eine SyncID übernehmen; „%1“ hat bereits eine.</translation>
    </message>
    <message>
        <source>Give “%1” on %2 a SyncID (a mapping row).</source>
        <translation>„%1“ auf %2 eine SyncID geben (eine Zuordnungszeile).</translation>
    </message>
    <message>
        <source>No %1 item exists only on %2: there is no SyncID to adopt.</source>
        <translation>Kein Element aus %1 gibt es nur auf %2: Es gibt keine SyncID zum Übernehmen.</translation>
    </message>
    <message>
        <source>Give “%1” on %2 the SyncID of an item of %3, so both count as the same.</source>
        <translation>„%1“ auf %2 die SyncID eines Elements von %3 geben, damit beide als dasselbe gelten.</translation>
    </message>
</context>
<context>
    <name>Normalizer</name>
    <message>
        <source>%1: the API returned something that is not an object at index %2; it was skipped.</source>
        <translation>%1: Die API lieferte an Index %2 etwas, das kein Objekt ist; es wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the item at index %2 has no id; directus-sync pull would stop with an error. It was skipped.</source>
        <translation>%1: Das Element an Index %2 hat keine ID; directus-sync pull würde mit einem Fehler abbrechen. Es wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: the API returned the item with id %2 twice; the copy at index %3 was skipped.</source>
        <translation>%1: Die API lieferte das Element mit der ID %2 zweimal; die Kopie an Index %3 wurde übersprungen.</translation>
    </message>
    <message>
        <source>%1: item %2 would get the SyncID &quot;%3&quot;, which the mapping table already gives to local id %4; directus-sync pull would stop with an error.</source>
        <translation>%1: Element %2 bekäme die SyncID „%3“, die die Zuordnungstabelle bereits der lokalen ID %4 gibt; directus-sync pull würde mit einem Fehler abbrechen.</translation>
    </message>
    <message>
        <source>%1: item %2, field %3 holds an object where an id is expected; directus-sync pull would stop with an error.</source>
        <translation>%1: Element %2, Feld %3 enthält ein Objekt, wo eine ID erwartet wird; directus-sync pull würde mit einem Fehler abbrechen.</translation>
    </message>
    <message>
        <source>%1: item %2, field %3 holds a plain value where an object is expected; directus-sync pull would stop with an error.</source>
        <translation>%1: Element %2, Feld %3 enthält einen einfachen Wert, wo ein Objekt erwartet wird; directus-sync pull würde mit einem Fehler abbrechen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a collection directus-sync tracks.</source>
        <translation>„%1“ ist keine von directus-sync verfolgte Sammlung.</translation>
    </message>
    <message>
        <source>Field %1 holds an object where a SyncID is expected.</source>
        <translation>Feld %1 enthält ein Objekt, wo eine SyncID erwartet wird.</translation>
    </message>
    <message>
        <source>Field %1 holds a plain value where an object is expected.</source>
        <translation>Feld %1 enthält einen einfachen Wert, wo ein Objekt erwartet wird.</translation>
    </message>
    <message>
        <source>The raw items of %1 could not be read.</source>
        <translation>Die Rohdaten von %1 konnten nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>ProcessGitRepository</name>
    <message>
        <source>The git program %1 does not exist or cannot be run. Install git or correct the path, then try again.</source>
        <translation>Das git-Programm %1 existiert nicht oder kann nicht ausgeführt werden. Installieren Sie git oder korrigieren Sie den Pfad und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>git was not found on PATH. Install git (or add the folder that contains it to PATH), then try again.</source>
        <translation>git wurde im PATH nicht gefunden. Installieren Sie git (oder nehmen Sie den Ordner, der es enthält, in PATH auf) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2.</source>
        <translation>%1 kann nicht ausgeführt werden: %2.</translation>
    </message>
    <message>
        <source>git %1 did not finish within %2 seconds in %3 (it may be waiting for a passphrase, or a hook may hang).</source>
        <translation>git %1 wurde in %3 nicht innerhalb von %2 Sekunden fertig (es wartet vielleicht auf eine Passphrase, oder ein Hook hängt).</translation>
    </message>
    <message>
        <source>git %1 crashed in %2.</source>
        <translation>git %1 ist in %2 abgestürzt.</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>%1 is not inside a git work tree. Choose a folder inside a repository, or let the app initialise one there.</source>
        <translation>%1 liegt in keinem git-Arbeitsverzeichnis. Wählen Sie einen Ordner in einem Repository oder lassen Sie die App dort eines anlegen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>git init failed in %1: %2</source>
        <translation>git init ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot read HEAD in %1: %2</source>
        <translation>HEAD in %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>HEAD in %1 points at no commit.</source>
        <translation>HEAD in %1 zeigt auf keinen Commit.</translation>
    </message>
    <message>
        <source>git status failed in %1: %2</source>
        <translation>git status ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>git check-ignore failed in %1: %2</source>
        <translation>git check-ignore ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1.</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1.</translation>
    </message>
    <message>
        <source>Cannot work out the changes below %1 in %2: %3</source>
        <translation>Die Änderungen unterhalb von %1 in %2 können nicht ermittelt werden: %3</translation>
    </message>
    <message>
        <source>git does not know who you are in %1. Set your name and e-mail (git config --global user.name &quot;Your Name&quot; and git config --global user.email you@example.com), then try again.</source>
        <translation>git weiß in %1 nicht, wer Sie sind. Legen Sie Ihren Namen und Ihre E-Mail-Adresse fest (git config --global user.name &quot;Ihr Name&quot; und git config --global user.email sie@example.com) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>git add failed in %1: %2</source>
        <translation>git add ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The git %1 hook rejected the commit in %2: %3</source>
        <translation>Der git-Hook %1 hat den Commit in %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>(the hook printed nothing)</source>
        <translation>(der Hook hat nichts ausgegeben)</translation>
    </message>
    <message>
        <source>git commit failed in %1: %2</source>
        <translation>git commit ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>git commit ran in %1, but HEAD names no commit afterwards.</source>
        <translation>git commit lief in %1, aber HEAD bezeichnet danach keinen Commit.</translation>
    </message>
    <message>
        <source>git log failed in %1: %2</source>
        <translation>git log ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no commit in %2. Use a branch, tag, commit hash or an expression such as HEAD~1.</source>
        <translation>„%1“ bezeichnet in %2 keinen Commit. Verwenden Sie einen Branch, ein Tag, einen Commit-Hash oder einen Ausdruck wie HEAD~1.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist at commit %2 in %3.</source>
        <translation>Den Ordner %1 gibt es in Commit %2 in %3 nicht.</translation>
    </message>
    <message>
        <source>git ls-tree failed in %1: %2</source>
        <translation>git ls-tree ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a git object id.</source>
        <translation>„%1“ ist keine git-Objekt-ID.</translation>
    </message>
    <message>
        <source>git cat-file failed in %1: %2</source>
        <translation>git cat-file ist in %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>git cat-file did not return the file object %1 in %2.</source>
        <translation>git cat-file hat das Dateiobjekt %1 in %2 nicht geliefert.</translation>
    </message>
</context>
<context>
    <name>PushBackup</name>
    <message>
        <source>Could not write the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not read the backup file %1: %2</source>
        <translation>Die Sicherungsdatei %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The backup file %1 is not valid JSON: %2</source>
        <translation>Die Sicherungsdatei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Could not create the backup folder %1.</source>
        <translation>Der Sicherungsordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 is not a push backup this version can read.</source>
        <translation>%1 ist keine Push-Sicherung, die diese Version lesen kann.</translation>
    </message>
</context>
<context>
    <name>PushPlan</name>
    <message>
        <source>%1. %2
   %3</source>
        <translation>%1. %2
   %3</translation>
    </message>
</context>
<context>
    <name>PushPlanner</name>
    <message>
        <source>%1 is not an item of the comparison.</source>
        <translation>%1 ist kein Element des Vergleichs.</translation>
    </message>
    <message>
        <source>%1 cannot be deleted: directus-sync never deletes %2.</source>
        <translation>%1 kann nicht gelöscht werden: directus-sync löscht nie %2.</translation>
    </message>
    <message>
        <source>Refused to delete %1 (&quot;%2&quot;): deleting needs --allow-delete.</source>
        <translation>Löschen von %1 („%2“) verweigert: Löschen erfordert --allow-delete.</translation>
    </message>
    <message>
        <source>%1 is untracked and was not pushed; track or adopt it first.</source>
        <translation>%1 wird nicht verfolgt und wurde nicht übertragen; verfolgen oder übernehmen Sie es zuerst.</translation>
    </message>
    <message>
        <source>%1: %2 names %3/%4, which is neither on the target nor part of this push. Select it too, or push with dependencies.</source>
        <translation>%1: %2 verweist auf %3/%4, das weder auf dem Ziel vorhanden noch Teil dieses Push ist. Wählen Sie es mit aus oder übertragen Sie mit Abhängigkeiten.</translation>
    </message>
    <message>
        <source>The relation %1.%2 was left out: it points at %3, whose schema is not part of this push.</source>
        <translation>Die Beziehung %1.%2 wurde ausgelassen: Sie zeigt auf %3, dessen Schema nicht Teil dieses Push ist.</translation>
    </message>
    <message>
        <source>The schema comes from Directus %1 and the target runs %2; push with --force to apply it anyway.</source>
        <translation>Das Schema stammt von Directus %1, auf dem Ziel läuft %2; übertragen Sie mit --force, um es trotzdem anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>The schema changes drop %n collection(s) or field(s) and their data.</source>
        <translation>
            <numerusform>Die Schemaänderungen entfernen %n Sammlung oder Feld samt Daten.</numerusform>
            <numerusform>Die Schemaänderungen entfernen %n Sammlungen oder Felder samt ihren Daten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the schema changes (%1 collection(s), %2 field(s), %3 relation(s))</source>
        <translation>Schemaänderungen anwenden (%1 Sammlung(en), %2 Feld(er), %3 Beziehung(en))</translation>
    </message>
    <message>
        <source>These items need each other to be created first, which no order satisfies: %1</source>
        <translation>Diese Elemente setzen sich beim Anlegen gegenseitig voraus, was keine Reihenfolge erfüllt: %1</translation>
    </message>
    <message>
        <source>Remove the mapping row %1/%2 (no item on the target)</source>
        <translation>Zuordnungszeile %1/%2 entfernen (kein Element auf dem Ziel)</translation>
    </message>
    <message>
        <source>Track %1 &quot;%2&quot; as %3</source>
        <translation>%1 „%2“ als %3 verfolgen</translation>
    </message>
    <message>
        <source>Clear %1 of the %2 that point where %3 &quot;%4&quot; will point (it must be unique)</source>
        <translation>%1 bei den %2 leeren, die dorthin zeigen, wohin %3 „%4“ zeigen wird (der Wert muss eindeutig sein)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; already exists untracked on the target (id %3); it is adopted, not created again.</source>
        <translation>%1 „%2“ gibt es bereits nicht verfolgt auf dem Ziel (ID %3); es wird übernommen, nicht neu angelegt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; would replace the untracked item %3 on the target, which is a delete: it needs --allow-delete.</source>
        <translation>%1 „%2“ würde das nicht verfolgte Element %3 auf dem Ziel ersetzen, also löschen: Dafür ist --allow-delete nötig.</translation>
    </message>
    <message>
        <source>Delete the untracked %1 %2 that %3 replaces</source>
        <translation>Nicht verfolgtes %1 %2 löschen, das %3 ersetzt</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>%1 setzen</translation>
    </message>
    <message>
        <source>Create %1 &quot;%2&quot;</source>
        <translation>%1 „%2“ anlegen</translation>
    </message>
    <message>
        <source> (%1 set later)</source>
        <translation> (%1 wird später gesetzt)</translation>
    </message>
    <message>
        <source>%1: the target&apos;s %2 rows were not read, so they cannot be updated safely.</source>
        <translation>%1: Die %2-Zeilen des Ziels wurden nicht gelesen und können daher nicht sicher aktualisiert werden.</translation>
    </message>
    <message>
        <source>Update %1 of %2 &quot;%3&quot; (first of two updates)</source>
        <translation>%1 von %2 „%3“ aktualisieren (erste von zwei Aktualisierungen)</translation>
    </message>
    <message>
        <source>Update %1 (%2)</source>
        <translation>%1 aktualisieren (%2)</translation>
    </message>
    <message>
        <source>Update %1 &quot;%2&quot; (%3)</source>
        <translation>%1 „%2“ aktualisieren (%3)</translation>
    </message>
    <message>
        <source>%1/%2: %3 stays empty because %4/%5 is neither on the target nor part of this push.</source>
        <translation>%1/%2: %3 bleibt leer, weil %4/%5 weder auf dem Ziel vorhanden noch Teil dieses Push ist.</translation>
    </message>
    <message>
        <source>Link %1 &quot;%2&quot;: set %3</source>
        <translation>%1 „%2“ verbinden: %3 setzen</translation>
    </message>
    <message>
        <source>Delete %1 &quot;%2&quot; (id %3)</source>
        <translation>%1 „%2“ löschen (ID %3)</translation>
    </message>
    <message>
        <source>Untrack the deleted %1 &quot;%2&quot;</source>
        <translation>Verfolgung des gelöschten %1 „%2“ beenden</translation>
    </message>
    <message>
        <source>Step %1 needs the id of %2 before it exists.</source>
        <translation>Schritt %1 braucht die ID von %2, bevor es existiert.</translation>
    </message>
    <message>
        <source>%1 is protected: confirm the push by typing its name (--confirm &quot;%1&quot;).</source>
        <translation>%1 ist geschützt: Bestätigen Sie den Push durch Eingabe des Namens (--confirm &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>%1 is a protected target.</source>
        <translation>%1 ist ein geschütztes Ziel.</translation>
    </message>
    <message>
        <source>%1/%2: %3 holds the source&apos;s raw id %4, which no other instance can resolve.</source>
        <translation>%1/%2: %3 enthält die rohe ID %4 der Quelle, die keine andere Instanz auflösen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) will be deleted on the target.</source>
        <translation>
            <numerusform>%n Element wird auf dem Ziel gelöscht.</numerusform>
            <numerusform>%n Elemente werden auf dem Ziel gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: its %3 rows without %4 (public or user access) are not created.</source>
        <translation>%1 „%2“: Die zugehörigen %3-Zeilen ohne %4 (öffentlicher oder Benutzerzugriff) werden nicht angelegt.</translation>
    </message>
    <message>
        <source>The schema comes from a %1 database and the target uses %2; push with --force to apply it anyway.</source>
        <translation>Das Schema stammt aus einer %1-Datenbank, das Ziel verwendet %2; übertragen Sie mit --force, um es trotzdem anzuwenden.</translation>
    </message>
    <message>
        <source>an unknown number of rows</source>
        <translation>eine unbekannte Anzahl von Zeilen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dropping the collection %1 deletes its %2.</source>
        <translation>Das Entfernen der Sammlung %1 löscht %2.</translation>
    </message>
    <message>
        <source>Dropping the field %1 deletes its values in %2.</source>
        <translation>Das Entfernen des Felds %1 löscht seine Werte (%2).</translation>
    </message>
</context>
<context>
    <name>RestorePlanner</name>
    <message>
        <source>The backup has no data for the deleted %1.</source>
        <translation>Die Sicherung enthält keine Daten für das gelöschte Element %1.</translation>
    </message>
    <message>
        <source>%1 (id %2) exists again; it was not re-created.</source>
        <translation>%1 (ID %2) existiert wieder; es wurde nicht neu angelegt.</translation>
    </message>
    <message>
        <source>Re-create the deleted %1</source>
        <translation>Gelöschtes Element %1 neu anlegen</translation>
    </message>
    <message>
        <source>Track the re-created %1</source>
        <translation>Neu angelegtes Element %1 verfolgen</translation>
    </message>
    <message>
        <source>%1 had no row before the push; its values cannot be removed again.</source>
        <translation>%1 hatte vor dem Push keine Zeile; seine Werte können nicht wieder entfernt werden.</translation>
    </message>
    <message>
        <source>%1 (id %2) no longer exists; restore it by hand from the backup.</source>
        <translation>%1 (ID %2) existiert nicht mehr; stellen Sie es von Hand aus der Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Put back %1 (%2)</source>
        <translation>%1 wiederherstellen (%2)</translation>
    </message>
    <message>
        <source>Remove the mapping row the push added for %1</source>
        <translation>Die vom Push für %1 hinzugefügte Zuordnungszeile entfernen</translation>
    </message>
    <message>
        <source>Put back the mapping row of %1</source>
        <translation>Die Zuordnungszeile von %1 wiederherstellen</translation>
    </message>
    <message>
        <source>%1 cannot be deleted; it stays.</source>
        <translation>%1 kann nicht gelöscht werden; es bleibt erhalten.</translation>
    </message>
    <message>
        <source>Delete %1, created by the push</source>
        <translation>%1 löschen (vom Push angelegt)</translation>
    </message>
    <message>
        <source>Untrack %1</source>
        <translation>Verfolgung von %1 beenden</translation>
    </message>
    <message>
        <source>The schema is put back to the saved snapshot; collections and fields the push added are dropped with their data.</source>
        <translation>Das Schema wird auf den gespeicherten Snapshot zurückgesetzt; vom Push hinzugefügte Sammlungen und Felder werden samt ihren Daten entfernt.</translation>
    </message>
    <message>
        <source>Put the schema back</source>
        <translation>Schema zurücksetzen</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) created by the push will be deleted.</source>
        <translation>
            <numerusform>%n vom Push angelegtes Element wird gelöscht.</numerusform>
            <numerusform>%n vom Push angelegte Elemente werden gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 had no row before the push: its default values are put back, but the row stays.</source>
        <translation>%1 hatte vor dem Push keine Zeile: Die Standardwerte werden wiederhergestellt, aber die Zeile bleibt.</translation>
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
        <translation>%1 antwortete mit ungültigem JSON: %2</translation>
    </message>
    <message>
        <source>%1 answered without a &quot;data&quot; member</source>
        <translation>%1 antwortete ohne das Element &quot;data&quot;</translation>
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
            <numerusform>%n Element verglichen · %1 unterschiedlich</numerusform>
            <numerusform>%n Elemente verglichen · %1 unterschiedlich</numerusform>
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
    <message>
        <source>Wait for the comparison to finish, then review the push.</source>
        <translation>Warten Sie, bis der Vergleich abgeschlossen ist, und prüfen Sie dann den Push.</translation>
    </message>
    <message>
        <source>Compare two sides first: the push goes from the left side to the right one.</source>
        <translation>Vergleichen Sie zuerst zwei Seiten: Der Push geht von der linken zur rechten Seite.</translation>
    </message>
    <message>
        <source>Push needs an instance</source>
        <translation>Push braucht eine Instanz</translation>
    </message>
    <message>
        <source>%1 is a dump folder. A push writes to a Directus instance: choose a connection on the right side, compare, then push. (To update a folder, export the left side into it.)</source>
        <translation>%1 ist ein Dump-Ordner. Ein Push schreibt in eine Directus-Instanz: Wählen Sie rechts eine Verbindung, vergleichen Sie und übertragen Sie dann. (Um einen Ordner zu aktualisieren, exportieren Sie die linke Seite in ihn.)</translation>
    </message>
    <message>
        <source>Check the items to push first (Space).</source>
        <translation>Markieren Sie zuerst die zu übertragenden Elemente (Leertaste).</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>The demo could not be copied to %1. Check that the folder is writable.</source>
        <translation>Die Demo konnte nicht nach %1 kopiert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Compare or browse a side first: the export writes the left side as it was read.</source>
        <translation>Vergleichen oder durchsuchen Sie zuerst eine Seite: Der Export schreibt die linke Seite so, wie sie gelesen wurde.</translation>
    </message>
    <message>
        <source>“%1” is neither a saved connection nor a dump folder.</source>
        <translation>„%1“ ist weder eine gespeicherte Verbindung noch ein Dump-Ordner.</translation>
    </message>
    <message>
        <source>Compare two sides first: browsing one side pushes nothing.</source>
        <translation>Vergleichen Sie zuerst zwei Seiten: Beim Durchsehen einer Seite wird nichts übertragen.</translation>
    </message>
    <message>
        <source>%1 is a dump folder or a git revision: a push writes to a Directus instance. Choose a connection on that side and compare again.</source>
        <translation>%1 ist ein Dump-Ordner oder eine Git-Revision: Ein Push schreibt in eine Directus-Instanz. Wählen Sie auf dieser Seite eine Verbindung und vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>Compare two sides first: Push ← goes from the right side to the left one.</source>
        <translation>Vergleichen Sie zuerst zwei Seiten: Push ← geht von der rechten zur linken Seite.</translation>
    </message>
    <message>
        <source>%1 is a dump folder. Push ← writes to a Directus instance: choose a connection on the left side, compare, then push.</source>
        <translation>%1 ist ein Dump-Ordner. Push ← schreibt in eine Directus-Instanz: Wählen Sie links eine Verbindung, vergleichen Sie und übertragen Sie dann.</translation>
    </message>
    <message numerus="yes">
        <source>%n checked item(s) left out: only the left side has them, so pushing ← would delete them. Turn on Comparison ▸ Allow Picking Deletes to include them.</source>
        <translation>
            <numerusform>%n markiertes Element ausgelassen: Nur die linke Seite hat es, ein Push ← würde es löschen. Schalten Sie Vergleich ▸ Auswahl zum Löschen erlauben ein, um es einzuschließen.</numerusform>
            <numerusform>%n markierte Elemente ausgelassen: Nur die linke Seite hat sie, ein Push ← würde sie löschen. Schalten Sie Vergleich ▸ Auswahl zum Löschen erlauben ein, um sie einzuschließen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked item(s) left out: only the right side has them, so pushing → would delete them. Turn on Comparison ▸ Allow Picking Deletes to include them.</source>
        <translation>
            <numerusform>%n markiertes Element ausgelassen: Nur die rechte Seite hat es, ein Push → würde es löschen. Schalten Sie Vergleich ▸ Auswahl zum Löschen erlauben ein, um es einzuschließen.</numerusform>
            <numerusform>%n markierte Elemente ausgelassen: Nur die rechte Seite hat sie, ein Push → würde sie löschen. Schalten Sie Vergleich ▸ Auswahl zum Löschen erlauben ein, um sie einzuschließen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparing from %1&apos;s side for Push ←…</source>
        <translation>Vergleich aus Sicht von %1 für Push ←…</translation>
    </message>
    <message>
        <source>Review the push into %1.</source>
        <translation>Prüfen Sie den Push nach %1.</translation>
    </message>
    <message>
        <source>Compare two sides first: mapping rows are changed on a compared instance.</source>
        <translation>Vergleichen Sie zuerst zwei Seiten: Zuordnungszeilen werden auf einer verglichenen Instanz geändert.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Adopt a SyncID</source>
        <translation>SyncID übernehmen</translation>
    </message>
    <message>
        <source>“%1” on %2 takes the SyncID of:</source>
        <translation>„%1“ auf %2 übernimmt die SyncID von:</translation>
    </message>
    <message>
        <source>Track “%1” on %2</source>
        <translation>„%1“ auf %2 verfolgen</translation>
    </message>
    <message>
        <source>Untrack “%1” on %2</source>
        <translation>Verfolgung von „%1“ auf %2 beenden</translation>
    </message>
    <message>
        <source>“%1” on %2 adopts SyncID %3</source>
        <translation>„%1“ auf %2 übernimmt die SyncID %3</translation>
    </message>
    <message>
        <source>Only a dump folder has a history: choose a folder on that side first.</source>
        <translation>Nur ein Dump-Ordner hat einen Verlauf: Wählen Sie zuerst auf dieser Seite einen Ordner.</translation>
    </message>
    <message>
        <source>Choose a dump folder in a git repository</source>
        <translation>Einen Dump-Ordner in einem git-Repository wählen</translation>
    </message>
    <message>
        <source>Choose the left side, then compare (F5).</source>
        <translation>Wählen Sie die linke Seite und vergleichen Sie dann (F5).</translation>
    </message>
    <message>
        <source>No side is chosen.</source>
        <translation>Es ist keine Seite gewählt.</translation>
    </message>
    <message>
        <source>%1 cannot be written to now (no instance read, or a review or comparison is open). Nothing was tracked or exported; read the side again and retry.</source>
        <translation>In %1 kann jetzt nicht geschrieben werden (keine Instanz gelesen, oder eine Prüfung oder ein Vergleich ist offen). Nichts wurde verfolgt oder exportiert; lesen Sie die Seite erneut und versuchen Sie es noch einmal.</translation>
    </message>
    <message numerus="yes">
        <source>Track %n untracked item(s) on %1 before the export</source>
        <translation>
            <numerusform>%n nicht verfolgtes Element auf %1 vor dem Export verfolgen</numerusform>
            <numerusform>%n nicht verfolgte Elemente auf %1 vor dem Export verfolgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was tracked and nothing exported: the review was closed without applying. Export again to choose.</source>
        <translation>Nichts wurde verfolgt und nichts exportiert: Die Prüfung wurde ohne Anwenden geschlossen. Exportieren Sie erneut, um zu wählen.</translation>
    </message>
    <message>
        <source>The items were tracked, but reading %1 again was cancelled: nothing was exported. Export again to write the dump with them.</source>
        <translation>Die Elemente werden jetzt verfolgt, aber das erneute Lesen von %1 wurde abgebrochen: Nichts wurde exportiert. Exportieren Sie erneut, um den Dump mit ihnen zu schreiben.</translation>
    </message>
    <message>
        <source>The items were tracked, but reading %1 again failed: %2 Nothing was exported.</source>
        <translation>Die Elemente werden jetzt verfolgt, aber das erneute Lesen von %1 ist fehlgeschlagen: %2 Nichts wurde exportiert.</translation>
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
        <translation>%1 (Zuordnung ohne Element)</translation>
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
        <translation>Der Vergleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>A side could not be read.</source>
        <translation>Eine Seite konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Comparing the schema</source>
        <translation>Schema wird verglichen</translation>
    </message>
    <message>
        <source>Comparing items</source>
        <translation>Elemente werden verglichen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
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
        <translation>%1 sieht nicht wie eine Directus-API aus (GET /users/me: %2). Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 does not look like a Directus API: %2</source>
        <translation>%1 sieht nicht wie eine Directus-API aus: %2</translation>
    </message>
    <message>
        <source>The user %1 has no admin access. Sync Studio needs an admin token (the sync extension and the schema endpoints are admin-only).</source>
        <translation>Der Benutzer %1 hat keinen Admin-Zugriff. Sync Studio benötigt ein Admin-Token (die Sync-Erweiterung und die Schema-Endpunkte sind Admins vorbehalten).</translation>
    </message>
    <message>
        <source>The server did not report its version in /server/info; Sync Studio cannot tell whether it is supported.</source>
        <translation>Der Server hat in /server/info keine Version gemeldet; Sync Studio kann nicht feststellen, ob er unterstützt wird.</translation>
    </message>
    <message>
        <source>The Directus extension directus-extension-sync is not installed on %1. Install it (npm package directus-extension-sync 3.x) and restart Directus.</source>
        <translation>Die Directus-Erweiterung directus-extension-sync ist auf %1 nicht installiert. Installieren Sie sie (npm-Paket directus-extension-sync 3.x) und starten Sie Directus neu.</translation>
    </message>
    <message>
        <source>Checking directus-extension-sync failed: %1</source>
        <translation>Die Prüfung von directus-extension-sync ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>directus-extension-sync answered its ping unexpectedly (HTTP %1): an incompatible version may be installed.</source>
        <translation>directus-extension-sync hat unerwartet auf den Ping geantwortet (HTTP %1): Möglicherweise ist eine inkompatible Version installiert.</translation>
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
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1 @ %2 (%3)</source>
        <translation>%1 @ %2 (%3)</translation>
    </message>
    <message>
        <source>Dump folder %1 as committed in %2 (read from git; the working tree is not touched)</source>
        <translation>Dump-Ordner %1 wie in %2 committet (aus git gelesen; das Arbeitsverzeichnis bleibt unberührt)</translation>
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
    <message>
        <source>Unencrypted connection</source>
        <translation>Unverschlüsselte Verbindung</translation>
    </message>
    <message>
        <source>%1 is plain http to another machine: the token or password travels unencrypted and anyone on the network path can read it.

Use it anyway?</source>
        <translation>%1 ist unverschlüsseltes http zu einem anderen Rechner: Token oder Passwort werden im Klartext übertragen, und jeder auf dem Netzwerkweg kann sie mitlesen.

Trotzdem verwenden?</translation>
    </message>
    <message>
        <source>Nothing was sent: use https, or confirm plain http on a trusted network.</source>
        <translation>Es wurde nichts gesendet: Verwenden Sie https oder bestätigen Sie unverschlüsseltes http in einem vertrauenswürdigen Netzwerk.</translation>
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
    <message>
        <source>%1  (matches “%1” by name)</source>
        <translation>%1  (Name stimmt mit „%1“ überein)</translation>
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
        <translation>Directus %1 wird nicht unterstützt: Directus 11 oder neuer ist erforderlich (directus-sync 3 und seine Erweiterung benötigen 11.x).</translation>
    </message>
    <message>
        <source>Directus %1 has not been tested with this version of Sync Studio (tested: 11.x and 12.x). Allow untested versions in the connection to use it anyway.</source>
        <translation>Directus %1 wurde mit dieser Version von Sync Studio nicht getestet (getestet: 11.x und 12.x). Lassen Sie in der Verbindung ungetestete Versionen zu, um es trotzdem zu verwenden.</translation>
    </message>
    <message>
        <source>The server reported the version &quot;%1&quot;, which is not a Directus version number. Allow untested versions in the connection to use it anyway.</source>
        <translation>Der Server meldete die Version „%1“, die keine Directus-Versionsnummer ist. Lassen Sie in der Verbindung ungetestete Versionen zu, um ihn trotzdem zu verwenden.</translation>
    </message>
</context>
<context>
    <name>syncstudio::ExportDialog</name>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>Writes &lt;b&gt;%1&lt;/b&gt; as a directus-sync dump (collections/ and snapshot/), byte for byte what &lt;code&gt;directus-sync pull&lt;/code&gt; writes, so both tools can use the folder. specs/ is left as it is.</source>
        <translation>Schreibt &lt;b&gt;%1&lt;/b&gt; als directus-sync-Dump (collections/ und snapshot/), Byte für Byte wie &lt;code&gt;directus-sync pull&lt;/code&gt;, sodass beide Werkzeuge den Ordner verwenden können. specs/ bleibt unverändert.</translation>
    </message>
    <message>
        <source>e.g. ~/config-repo/directus-config</source>
        <translation>z. B. ~/config-repo/directus-config</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Sort keys (as --sort-json)</source>
        <translation>Schlüssel sortieren (wie --sort-json)</translation>
    </message>
    <message>
        <source>One snapshot.json (as --no-split)</source>
        <translation>Eine einzige snapshot.json (wie --no-split)</translation>
    </message>
    <message>
        <source>Commit the folder with git (only that folder)</source>
        <translation>Den Ordner mit git committen (nur diesen Ordner)</translation>
    </message>
    <message>
        <source>Commit message (empty: the changed collections and counts)</source>
        <translation>Commit-Nachricht (leer: die geänderten Sammlungen und Anzahlen)</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Choose the dump folder (e.g. directus-config)</source>
        <translation>Dump-Ordner wählen (z. B. directus-config)</translation>
    </message>
    <message>
        <source>&amp;Export Anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Committed %1 as %2:</source>
        <translation>%1 als %2 committet:</translation>
    </message>
    <message>
        <source>No changes: %1 matches the last commit; nothing was committed.</source>
        <translation>Keine Änderungen: %1 entspricht dem letzten Commit; es wurde nichts committet.</translation>
    </message>
    <message>
        <source>Nothing was written. Commit or discard those changes, or press &quot;Export Anyway&quot; to export and commit them with the export.</source>
        <translation>Es wurde nichts geschrieben. Committen oder verwerfen Sie diese Änderungen oder wählen Sie „Trotzdem exportieren“, um sie mit dem Export zu committen.</translation>
    </message>
    <message>
        <source>The export to git failed.</source>
        <translation>Der Export nach git ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The dump was written and stays in %1 (not committed).</source>
        <translation>Der Dump wurde geschrieben und bleibt in %1 (nicht committet).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>&amp;Initialise a git repository here if the folder is in none</source>
        <translation>Hier ein git-Repository &amp;initialisieren, wenn der Ordner in keinem liegt</translation>
    </message>
    <message>
        <source>Runs git init in the folder when it is not inside a git work tree, then commits. Without it, such a folder is refused and nothing is written.</source>
        <translation>Führt git init im Ordner aus, wenn er in keinem git-Arbeitsverzeichnis liegt, und committet dann. Ohne diese Option wird ein solcher Ordner abgelehnt und nichts geschrieben.</translation>
    </message>
    <message>
        <source>Export &amp;only tracked items (leave these out)</source>
        <translation>Nur &amp;verfolgte Elemente exportieren (diese auslassen)</translation>
    </message>
    <message>
        <source>&amp;Track them first on %1 (a mapping row each, reviewed before it is written), then export them too</source>
        <translation>&amp;Zuerst auf %1 verfolgen (je eine Zuordnungszeile, vor dem Schreiben geprüft), dann mit exportieren</translation>
    </message>
    <message>
        <source>Untracked items</source>
        <translation>Nicht verfolgte Elemente</translation>
    </message>
    <message>
        <source>Opens the review of the mapping rows (Simulate or Apply). The items keep their data; they only get a SyncID, as directus-sync pull gives them.</source>
        <translation>Öffnet die Prüfung der Zuordnungszeilen (Simulieren oder Anwenden). Die Elemente behalten ihre Daten; sie bekommen nur eine SyncID, wie directus-sync pull sie vergibt.</translation>
    </message>
    <message>
        <source>%1 is a dump folder or a git revision: tracking writes mapping rows on a Directus instance. Track the items there (or run directus-sync pull), then read and export it.</source>
        <translation>%1 ist ein Dump-Ordner oder eine git-Revision: Verfolgen schreibt Zuordnungszeilen auf einer Directus-Instanz. Verfolgen Sie die Elemente dort (oder führen Sie directus-sync pull aus), dann lesen und exportieren Sie sie.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have no SyncID yet (untracked): %1.</source>
        <translation>
            <numerusform>%n Element hat noch keine SyncID (nicht verfolgt): %1.</numerusform>
            <numerusform>%n Elemente haben noch keine SyncID (nicht verfolgt): %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item is tracked now.</source>
        <translation>Jetzt werden alle Elemente verfolgt.</translation>
    </message>
    <message numerus="yes">
        <source>Tracking %n item(s) on %1 first: review the mapping rows…</source>
        <translation>
            <numerusform>Zuerst wird %n Element auf %1 verfolgt: Prüfen Sie die Zuordnungszeilen…</numerusform>
            <numerusform>Zuerst werden %n Elemente auf %1 verfolgt: Prüfen Sie die Zuordnungszeilen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Initialised a git repository in %1.</source>
        <translation>Ein git-Repository in %1 initialisiert.</translation>
    </message>
    <message>
        <source>Tick &quot;Initialise a git repository here&quot; to create one, or choose a folder inside a repository.</source>
        <translation>Aktivieren Sie „Hier ein git-Repository initialisieren“, um eines anzulegen, oder wählen Sie einen Ordner in einem Repository.</translation>
    </message>
    <message numerus="yes">
        <source>Tracked %n item(s) on %1 first.</source>
        <translation>
            <numerusform>Zuerst %n Element auf %1 verfolgt.</numerusform>
            <numerusform>Zuerst %n Elemente auf %1 verfolgt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (untracked): %1.</source>
        <translation>Ausgelassen (nicht verfolgt): %1.</translation>
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
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>syncstudio::GitRevisionSide</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 gelesen</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
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
    <name>syncstudio::HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Use as &amp;Left</source>
        <translation>Als &amp;linke Seite</translation>
    </message>
    <message>
        <source>The folder as it was in this commit becomes the left side (the source of a push)</source>
        <translation>Der Ordner, wie er in diesem Commit war, wird die linke Seite (die Quelle eines Pushs)</translation>
    </message>
    <message>
        <source>Use as &amp;Right</source>
        <translation>Als &amp;rechte Seite</translation>
    </message>
    <message>
        <source>The folder as it was in this commit becomes the right side</source>
        <translation>Der Ordner, wie er in diesem Commit war, wird die rechte Seite</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous</source>
        <translation>Mit &amp;Vorgänger vergleichen</translation>
    </message>
    <message>
        <source>What this commit changed: the commit before it on the left, this one on the right</source>
        <translation>Was dieser Commit geändert hat: der Commit davor links, dieser rechts</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>Commits that changed &lt;b&gt;%1&lt;/b&gt;, newest first.</source>
        <translation>Commits, die &lt;b&gt;%1&lt;/b&gt; geändert haben, neueste zuerst.</translation>
    </message>
    <message>
        <source>Reading the history with git…</source>
        <translation>Der Verlauf wird mit git gelesen …</translation>
    </message>
    <message>
        <source>No commit has changed this folder yet: export into it with “Commit the folder with git”.</source>
        <translation>Noch kein Commit hat diesen Ordner geändert: Exportieren Sie mit „Den Ordner mit git committen“ hinein.</translation>
    </message>
    <message numerus="yes">
        <source>%n commit(s). Select one and use it as a side; the working tree is not touched.</source>
        <translation>
            <numerusform>%n Commit. Wählen Sie einen aus und verwenden Sie ihn als Seite; das Arbeitsverzeichnis bleibt unberührt.</numerusform>
            <numerusform>%n Commits. Wählen Sie einen aus und verwenden Sie ihn als Seite; das Arbeitsverzeichnis bleibt unberührt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>syncstudio::HistoryModel</name>
    <message>
        <source>%1 is not in a git work tree, so it has no history. Export into it with “Commit the folder with git” after running git init there (or choose a folder inside a git repository).</source>
        <translation>%1 liegt in keinem git-Arbeitsverzeichnis und hat daher keinen Verlauf. Führen Sie dort git init aus und exportieren Sie dann mit „Den Ordner mit git committen“ hinein (oder wählen Sie einen Ordner in einem git-Repository).</translation>
    </message>
    <message>
        <source>Commit %1</source>
        <translation>Commit %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>syncstudio::HttpDirectusClient</name>
    <message>
        <source>Login failed: the server rejected the email or password (%1).</source>
        <translation>Anmeldung fehlgeschlagen: Der Server hat E-Mail-Adresse oder Passwort abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Login failed: the server&apos;s answer had no access token. %1</source>
        <translation>Anmeldung fehlgeschlagen: Die Antwort des Servers enthielt kein Zugriffstoken. %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No answer from %1 within %2 s (%3).</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s (%3).</translation>
    </message>
    <message>
        <source>Connection refused by %1. Is Directus running at this address and port?</source>
        <translation>Verbindung von %1 abgelehnt. Läuft Directus unter dieser Adresse und diesem Port?</translation>
    </message>
    <message>
        <source>Host not found: %1. Check the URL.</source>
        <translation>Host nicht gefunden: %1. Prüfen Sie die URL.</translation>
    </message>
    <message>
        <source>%1 did not answer in time (%2).</source>
        <translation>%1 hat nicht rechtzeitig geantwortet (%2).</translation>
    </message>
    <message>
        <source>TLS handshake with %1 failed: %2</source>
        <translation>TLS-Handshake mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering (%2).</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen (%2).</translation>
    </message>
    <message>
        <source>Network error talking to %1 (%2): %3</source>
        <translation>Netzwerkfehler in der Verbindung mit %1 (%2): %3</translation>
    </message>
    <message>
        <source>The session token expired (%1).</source>
        <translation>Das Sitzungstoken ist abgelaufen (%1).</translation>
    </message>
    <message>
        <source>The server rejected the credentials: invalid token or email/password (%1: %2).</source>
        <translation>Der Server hat die Zugangsdaten abgelehnt: ungültiges Token oder ungültige E-Mail-Adresse/Passwort (%1: %2).</translation>
    </message>
    <message>
        <source>Permission denied for %1: %2</source>
        <translation>Zugriff verweigert für %1: %2</translation>
    </message>
    <message>
        <source>%1 redirected %2 to %3; use the final URL in the connection.</source>
        <translation>%1 hat %2 nach %3 umgeleitet; verwenden Sie die endgültige URL in der Verbindung.</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3 and a non-JSON body: is this the Directus API URL?</source>
        <translation>%1 hat %2 mit HTTP %3 und einem Inhalt, der kein JSON ist, beantwortet: Ist das die URL der Directus-API?</translation>
    </message>
    <message>
        <source>%1 answered %2 with HTTP %3: %4</source>
        <translation>%1 hat %2 mit HTTP %3 beantwortet: %4</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 broke off: %3</source>
        <translation>Die Antwort von %1 auf %2 brach ab: %3</translation>
    </message>
    <message>
        <source>The login expired and logging in again failed: the server rejected the email or password (%1).</source>
        <translation>Die Anmeldung ist abgelaufen, und die erneute Anmeldung ist fehlgeschlagen: Der Server hat E-Mail-Adresse oder Passwort abgelehnt (%1).</translation>
    </message>
</context>
<context>
    <name>syncstudio::InstanceReader</name>
    <message>
        <source>Reading server information</source>
        <translation>Serverinformationen werden gelesen</translation>
    </message>
    <message>
        <source>server information</source>
        <translation>Serverinformationen</translation>
    </message>
    <message>
        <source>the connected user</source>
        <translation>angemeldeter Benutzer</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Lesen fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <source>Reading configuration</source>
        <translation>Konfiguration wird gelesen</translation>
    </message>
    <message>
        <source>Unknown collection &quot;%1&quot;.</source>
        <translation>Unbekannte Sammlung „%1“.</translation>
    </message>
    <message>
        <source>the SyncID mapping of %1 (directus-extension-sync)</source>
        <translation>SyncID-Zuordnung von %1 (directus-extension-sync)</translation>
    </message>
    <message>
        <source>the schema snapshot</source>
        <translation>Schema-Snapshot</translation>
    </message>
    <message>
        <source>the number of %1</source>
        <translation>Anzahl der Elemente in %1</translation>
    </message>
    <message>
        <source>The server did not count the %1.</source>
        <translation>Der Server hat die Elemente von %1 nicht gezählt.</translation>
    </message>
    <message>
        <source>Normalising</source>
        <translation>Wird normalisiert</translation>
    </message>
    <message>
        <source>The SyncID mapping of %1 is not a JSON list (%2). Is directus-extension-sync 3.x installed?</source>
        <translation>Die SyncID-Zuordnung von %1 ist keine JSON-Liste (%2). Ist directus-extension-sync 3.x installiert?</translation>
    </message>
    <message>
        <source>unexpected shape</source>
        <translation>unerwartete Struktur</translation>
    </message>
    <message>
        <source>The SyncID mapping of %1 has a malformed row.</source>
        <translation>Die SyncID-Zuordnung von %1 hat eine fehlerhafte Zeile.</translation>
    </message>
    <message>
        <source>GET %1 did not answer an object.</source>
        <translation>GET %1 lieferte kein Objekt.</translation>
    </message>
    <message>
        <source>GET %1 did not answer a list.</source>
        <translation>GET %1 lieferte keine Liste.</translation>
    </message>
    <message>
        <source>The %1 changed while they were read page by page (an item came twice). Read again.</source>
        <translation>%1 hat sich während des seitenweisen Lesens geändert (ein Element kam doppelt). Lesen Sie erneut.</translation>
    </message>
    <message>
        <source>GET %1 did not report how many %2 exist, so the read cannot be checked for completeness.</source>
        <translation>GET %1 hat nicht gemeldet, wie viele Elemente %2 enthält; daher lässt sich nicht prüfen, ob vollständig gelesen wurde.</translation>
    </message>
    <message>
        <source>Incomplete read of %1: the server returned %2 of the %3 it counts. Nothing was compared or written. (An unlicensed Directus 12 hides permissions with custom rules; a proxy may cut long answers.)</source>
        <translation>%1 wurde unvollständig gelesen: Der Server lieferte %2 der %3 gezählten Elemente. Es wurde nichts verglichen oder geschrieben. (Ein unlizenziertes Directus 12 verbirgt Berechtigungen mit eigenen Regeln; ein Proxy kann lange Antworten abschneiden.)</translation>
    </message>
    <message>
        <source>Incomplete read of %1: the %2 of item %3 came back with %4 of %5 entries. Raise QUERY_LIMIT_MAX on the server or read again.</source>
        <translation>%1 wurde unvollständig gelesen: %2 von Element %3 kam mit %4 von %5 Einträgen zurück. Erhöhen Sie QUERY_LIMIT_MAX auf dem Server oder lesen Sie erneut.</translation>
    </message>
    <message>
        <source>The schema snapshot is not valid JSON: %1</source>
        <translation>Der Schema-Snapshot ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The answer to %1 is not a Directus JSON answer%2.</source>
        <translation>Die Antwort (%1) ist keine Directus-JSON-Antwort%2.</translation>
    </message>
</context>
<context>
    <name>syncstudio::InstanceSide</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <translation>die Eingabe ist leer</translation>
    </message>
    <message>
        <source>unexpected character %1 after the JSON value</source>
        <translation>unerwartetes Zeichen %1 nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>comments are not allowed in JSON</source>
        <translation>Kommentare sind in JSON nicht erlaubt</translation>
    </message>
    <message>
        <source>strings must be enclosed in double quotes</source>
        <translation>Zeichenketten müssen in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>NaN and Infinity are not valid JSON numbers</source>
        <translation>NaN und Infinity sind keine gültigen JSON-Zahlen</translation>
    </message>
    <message>
        <source>unexpected character %1</source>
        <translation>unerwartetes Zeichen %1</translation>
    </message>
    <message>
        <source>expected a digit after &apos;-&apos;</source>
        <translation>Ziffer nach &apos;-&apos; erwartet</translation>
    </message>
    <message>
        <source>leading zeros are not allowed in numbers</source>
        <translation>führende Nullen sind in Zahlen nicht erlaubt</translation>
    </message>
    <message>
        <source>expected a digit after the decimal point</source>
        <translation>Ziffer nach dem Dezimalpunkt erwartet</translation>
    </message>
    <message>
        <source>expected a digit in the exponent</source>
        <translation>Ziffer im Exponenten erwartet</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>unescaped control character %1 in string</source>
        <translation>nicht maskiertes Steuerzeichen %1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>ungültiges UTF-8</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation>ungültige \u-Escape-Sequenz: vier Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>invalid escape sequence \%1 in string</source>
        <translation>ungültige Escape-Sequenz \%1 in einer Zeichenkette</translation>
    </message>
    <message>
        <source>the JSON is nested more than %1 levels deep</source>
        <translation>das JSON ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>trailing commas are not allowed</source>
        <translation>nachgestellte Kommas sind nicht erlaubt</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; but found %1</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected a property name in double quotes but found %1</source>
        <translation>Eigenschaftsname in doppelten Anführungszeichen erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after the property name but found %1</source>
        <translation>&apos;:&apos; nach dem Eigenschaftsnamen erwartet, aber %1 gefunden</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; but found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet, aber %1 gefunden</translation>
    </message>
</context>
<context>
    <name>syncstudio::LanguageMenu</name>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Sp&amp;rache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time you start Directus Sync Studio.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von Directus Sync Studio.</translation>
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
        <source>Not available in this preview yet.</source>
        <translation>In dieser Vorschauversion noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Next &amp;Difference in Item</source>
        <translation>Nächster &amp;Unterschied im Element</translation>
    </message>
    <message>
        <source>No further difference in this item.</source>
        <translation>Kein weiterer Unterschied in diesem Element.</translation>
    </message>
    <message>
        <source>Previous D&amp;ifference in Item</source>
        <translation>Vo&amp;rheriger Unterschied im Element</translation>
    </message>
    <message>
        <source>No earlier difference in this item.</source>
        <translation>Kein früherer Unterschied in diesem Element.</translation>
    </message>
    <message>
        <source>&amp;Allow Picking Deletes</source>
        <translation>Auswahl zum &amp;Löschen erlauben</translation>
    </message>
    <message>
        <source>Let items that exist only on the target be checked: pushing them deletes them</source>
        <translation>Elemente, die es nur auf dem Ziel gibt, markierbar machen: Ein Push löscht sie</translation>
    </message>
    <message>
        <source>Push ← writes into the left side: choose a connection there and compare.</source>
        <translation>Push ← schreibt in die linke Seite: Wählen Sie dort eine Verbindung und vergleichen Sie.</translation>
    </message>
    <message>
        <source>Push Selected ←</source>
        <translation>Auswahl übertragen ←</translation>
    </message>
    <message>
        <source>&amp;Track Item…</source>
        <translation>Element ver&amp;folgen…</translation>
    </message>
    <message>
        <source>&amp;Untrack Item…</source>
        <translation>Verfolgung &amp;beenden…</translation>
    </message>
    <message>
        <source>Ad&amp;opt SyncID…</source>
        <translation>SyncID &amp;übernehmen…</translation>
    </message>
    <message>
        <source>Compare and choose an untracked item first</source>
        <translation>Zuerst vergleichen und ein nicht verfolgtes Element wählen</translation>
    </message>
    <message>
        <source>Compare and choose a tracked item first</source>
        <translation>Zuerst vergleichen und ein verfolgtes Element wählen</translation>
    </message>
    <message numerus="yes">
        <source>Push Selected ← (%n)</source>
        <translation>
            <numerusform>Auswahl übertragen ← (%n)</numerusform>
            <numerusform>Auswahl übertragen ← (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the push of the checked items into the right side before anything is written (Ctrl+Enter)</source>
        <translation>Die Übertragung der markierten Elemente auf die rechte Seite prüfen, bevor etwas geschrieben wird (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Review the push of the checked items from the right side into the left one before anything is written (Ctrl+Shift+Left)</source>
        <translation>Die Übertragung der markierten Elemente von der rechten auf die linke Seite prüfen, bevor etwas geschrieben wird (Strg+Umschalt+Links)</translation>
    </message>
    <message>
        <source>Show &amp;Ignored Fields</source>
        <translation>&amp;Ignorierte Felder anzeigen</translation>
    </message>
    <message>
        <source>Show the fields directus-sync ignores (creation dates, users…) greyed in the item&apos;s JSON. Dumps do not contain them.</source>
        <translation>Die Felder, die directus-sync ignoriert (Erstellungsdatum, Benutzer …), ausgegraut im JSON des Elements anzeigen. Dumps enthalten sie nicht.</translation>
    </message>
    <message>
        <source>Folder &amp;History…</source>
        <translation>Ordner&amp;verlauf…</translation>
    </message>
    <message>
        <source>The commits that changed a dump folder in git: compare any of them (Ctrl+H)</source>
        <translation>Die Commits, die einen Dump-Ordner in git geändert haben: jeden davon vergleichen (Strg+H)</translation>
    </message>
    <message>
        <source>Show &amp;History of This Folder…</source>
        <translation>&amp;Verlauf dieses Ordners anzeigen…</translation>
    </message>
</context>
<context>
    <name>syncstudio::ProfileStore</name>
    <message>
        <source>A connection needs a name.</source>
        <translation>Eine Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>Could not write the settings file.</source>
        <translation>Die Einstellungsdatei konnte nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>syncstudio::PushExecutor</name>
    <message>
        <source>The plan cannot be applied: %1</source>
        <translation>Der Plan kann nicht angewendet werden: %1</translation>
    </message>
    <message>
        <source>No backup folder was given; nothing is written without a backup.</source>
        <translation>Es wurde kein Sicherungsordner angegeben; ohne Sicherung wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Reading the target again</source>
        <translation>Ziel wird erneut gelesen</translation>
    </message>
    <message>
        <source>%1: its collection could not be read again.</source>
        <translation>%1: Seine Sammlung konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <source>%1: it was created meanwhile.</source>
        <translation>%1: Es wurde inzwischen angelegt.</translation>
    </message>
    <message>
        <source>%1 (id %2): it was deleted meanwhile.</source>
        <translation>%1 (ID %2): Es wurde inzwischen gelöscht.</translation>
    </message>
    <message>
        <source>%1 (id %2): it changed since the comparison.</source>
        <translation>%1 (ID %2): Es hat sich seit dem Vergleich geändert.</translation>
    </message>
    <message>
        <source>%1 (id %2): its mapping row changed since the comparison.</source>
        <translation>%1 (ID %2): Seine Zuordnungszeile hat sich seit dem Vergleich geändert.</translation>
    </message>
    <message>
        <source>%1: it exists on the target now.</source>
        <translation>%1: Es existiert jetzt auf dem Ziel.</translation>
    </message>
    <message>
        <source>Could not read the target again before writing: %1</source>
        <translation>Das Ziel konnte vor dem Schreiben nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The target changed since the comparison; nothing was written. Compare again. %1</source>
        <translation>Das Ziel hat sich seit dem Vergleich geändert; es wurde nichts geschrieben. Vergleichen Sie erneut. %1</translation>
    </message>
    <message>
        <source>Checking the schema</source>
        <translation>Schema wird geprüft</translation>
    </message>
    <message>
        <source>The plan changes the schema, but the source&apos;s snapshot was not given to check the schema diff again.</source>
        <translation>Der Plan ändert das Schema, aber der Snapshot der Quelle wurde nicht übergeben, um die Schemaunterschiede erneut zu prüfen.</translation>
    </message>
    <message>
        <source>schema: it changed since the comparison.</source>
        <translation>Schema: Es hat sich seit dem Vergleich geändert.</translation>
    </message>
    <message>
        <source>The target&apos;s schema changed since the comparison; nothing was written. Compare again.</source>
        <translation>Das Schema des Ziels hat sich seit dem Vergleich geändert; es wurde nichts geschrieben. Vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>Saving the backup</source>
        <translation>Sicherung wird gespeichert</translation>
    </message>
    <message>
        <source>Could not read the items for the backup: %1</source>
        <translation>Die Elemente für die Sicherung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (id %2) could not be read for the backup; nothing was written.</source>
        <translation>%1 (ID %2) konnte für die Sicherung nicht gelesen werden; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cancelled after step %1 of %2; the steps before it were applied.</source>
        <translation>Nach Schritt %1 von %2 abgebrochen; die Schritte davor wurden angewendet.</translation>
    </message>
    <message>
        <source>Step %1 got no answer (%2); it may or may not have been applied. It was not sent again: compare again before pushing more.</source>
        <translation>Schritt %1 erhielt keine Antwort (%2); ob er angewendet wurde, ist unklar. Er wurde nicht erneut gesendet: Vergleichen Sie erneut, bevor Sie weiter übertragen.</translation>
    </message>
    <message>
        <source>Step %1 failed: %2</source>
        <translation>Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>syncstudio::PushPlanModel</name>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>ändern</translation>
    </message>
    <message>
        <source>link</source>
        <translation>verbinden</translation>
    </message>
    <message>
        <source>unlink</source>
        <translation>lösen</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>track</source>
        <translation>verfolgen</translation>
    </message>
    <message>
        <source>untrack</source>
        <translation>austragen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>simuliert</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>benötigt</translation>
    </message>
    <message>
        <source>SyncID %1 · id on the target %2</source>
        <translation>SyncID %1 · ID auf dem Ziel %2</translation>
    </message>
    <message>
        <source>Not picked: added because a picked item needs it.</source>
        <translation>Nicht ausgewählt: hinzugefügt, weil ein ausgewähltes Element es benötigt.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Sammlung</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>SyncID</source>
        <translation>SyncID</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>syncstudio::PushPreparer</name>
    <message>
        <source>Could not read the target items the plan needs: %1</source>
        <translation>Die Elemente des Ziels, die der Plan braucht, konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::PushReviewDialog</name>
    <message>
        <source>Review push</source>
        <translation>Push prüfen</translation>
    </message>
    <message>
        <source>Include &amp;dependencies</source>
        <translation>&amp;Abhängigkeiten einbeziehen</translation>
    </message>
    <message>
        <source>Also push what the picked items need on the target (a flow&apos;s operations, a permission&apos;s policy…).</source>
        <translation>Auch übertragen, was die ausgewählten Elemente auf dem Ziel benötigen (die Operationen eines Flows, die Richtlinie einer Berechtigung …).</translation>
    </message>
    <message>
        <source>Allow &amp;deletes</source>
        <translation>&amp;Löschen erlauben</translation>
    </message>
    <message>
        <source>Let the push delete picked items that exist only on the target, and drop picked schema that the source lacks.</source>
        <translation>Der Push darf ausgewählte Elemente löschen, die es nur auf dem Ziel gibt, und ausgewähltes Schema entfernen, das in der Quelle fehlt.</translation>
    </message>
    <message>
        <source>&amp;Open backup folder</source>
        <translation>Sicherungsordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Restore this &amp;backup…</source>
        <translation>Diese &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Plan putting the target back as it was before this push; you review it first.</source>
        <translation>Planen, das Ziel auf den Stand vor diesem Push zurückzusetzen; Sie prüfen den Plan zuerst.</translation>
    </message>
    <message>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <source>Run the plan sending only reads: re-read the target, check it did not change, write nothing.</source>
        <translation>Den Plan nur mit Lesezugriffen ausführen: das Ziel erneut lesen, prüfen, dass es sich nicht geändert hat, nichts schreiben.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore %1 from its backup</source>
        <translation>%1 aus der Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Push to %1</source>
        <translation>Push nach %1</translation>
    </message>
    <message>
        <source>Push %1 → %2</source>
        <translation>Push %1 → %2</translation>
    </message>
    <message>
        <source>Target: %1 · protected</source>
        <translation>Ziel: %1 · geschützt</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>%1 is protected. Type its name to %2:</source>
        <translation>%1 ist geschützt. Geben Sie zum %2 den Namen ein:</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Write to %1 (type its name first). A backup is saved before the first write.</source>
        <translation>In %1 schreiben (zuerst den Namen eingeben). Vor dem ersten Schreibzugriff wird eine Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Write to %1. A backup is saved before the first write.</source>
        <translation>In %1 schreiben. Vor dem ersten Schreibzugriff wird eine Sicherung gespeichert.</translation>
    </message>
    <message>
        <source>Nothing to restore: the target matches the backup.</source>
        <translation>Nichts wiederherzustellen: Das Ziel entspricht der Sicherung.</translation>
    </message>
    <message>
        <source>Nothing to push.</source>
        <translation>Nichts zu übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n Schritt</numerusform>
            <numerusform>%n Schritte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n create(s)</source>
        <translation>
            <numerusform>%n Neuanlage</numerusform>
            <numerusform>%n Neuanlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n update(s)</source>
        <translation>
            <numerusform>%n Aktualisierung</numerusform>
            <numerusform>%n Aktualisierungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n delete(s)</source>
        <translation>
            <numerusform>%n Löschung</numerusform>
            <numerusform>%n Löschungen</numerusform>
        </translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Backup of the target before the push: %1</source>
        <translation>Sicherung des Ziels vor dem Push: %1</translation>
    </message>
    <message>
        <source>Apply first saves what it changes on the target to %1</source>
        <translation>Anwenden sichert zuerst, was es auf dem Ziel ändert, in %1</translation>
    </message>
    <message>
        <source>Planning: reading what %1 has now…</source>
        <translation>Planung: Der aktuelle Stand von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing to push: the target already has the picked items.</source>
        <translation>Nichts zu übertragen: Das Ziel hat die ausgewählten Elemente bereits.</translation>
    </message>
    <message>
        <source>There is no connection to %1: close this review and compare again.</source>
        <translation>Es besteht keine Verbindung zu %1: Schließen Sie diese Prüfung und vergleichen Sie erneut.</translation>
    </message>
    <message>
        <source>Simulating: reading %1 again…</source>
        <translation>Simulation: %1 wird erneut gelesen …</translation>
    </message>
    <message>
        <source>Reading %1 again and saving the backup…</source>
        <translation>%1 wird erneut gelesen und die Sicherung gespeichert …</translation>
    </message>
    <message>
        <source>%1 changed since the comparison: nothing was written. Close this review, compare again and push again.</source>
        <translation>%1 hat sich seit dem Vergleich geändert: Es wurde nichts geschrieben. Schließen Sie diese Prüfung, vergleichen Sie erneut und wiederholen Sie den Push.</translation>
    </message>
    <message>
        <source>Cancelled: %1 of %2 steps were applied; the table says which.</source>
        <translation>Abgebrochen: %1 von %2 Schritten wurden angewendet; welche, zeigt die Tabelle.</translation>
    </message>
    <message>
        <source>The push failed.</source>
        <translation>Der Push ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>A write got no answer and was not sent again: compare again before pushing anything else.</source>
        <translation>Ein Schreibzugriff erhielt keine Antwort und wurde nicht erneut gesendet: Vergleichen Sie erneut, bevor Sie weitere Elemente übertragen.</translation>
    </message>
    <message numerus="yes">
        <source>Simulated %n step(s): nothing was written.</source>
        <translation>
            <numerusform>%n Schritt simuliert: Es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Schritte simuliert: Es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %1: %n step(s) applied.</source>
        <translation>
            <numerusform>%1 wiederhergestellt: %n Schritt angewendet.</numerusform>
            <numerusform>%1 wiederhergestellt: %n Schritte angewendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n step(s) to %1.</source>
        <translation>
            <numerusform>%n Schritt auf %1 angewendet.</numerusform>
            <numerusform>%n Schritte auf %1 angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current step…</source>
        <translation>Abbruch nach dem aktuellen Schritt …</translation>
    </message>
    <message>
        <source>Planning the restore: reading %1 as it is now…</source>
        <translation>Wiederherstellung wird geplant: Der aktuelle Stand von %1 wird gelesen …</translation>
    </message>
    <message>
        <source>Only mapping rows change: no backup is needed (Track and Untrack undo each other).</source>
        <translation>Nur Zuordnungszeilen ändern sich: Keine Sicherung nötig (Verfolgen und Verfolgung beenden heben einander auf).</translation>
    </message>
</context>
<context>
    <name>syncstudio::RawItemReader</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
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
        <translation>Das Ziel konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not read the items to restore: %1</source>
        <translation>Die wiederherzustellenden Elemente konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>syncstudio::SchemaDiffer</name>
    <message>
        <source>The answer to POST /schema/diff is not JSON: %1</source>
        <translation>Die Antwort auf POST /schema/diff ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The schema could not be compared: %1 Compare with --force to compare anyway; such differences are shown, never pushed.</source>
        <translation>Das Schema konnte nicht verglichen werden: %1 Vergleichen Sie mit --force, um trotzdem zu vergleichen; solche Unterschiede werden angezeigt, aber nie übertragen.</translation>
    </message>
    <message>
        <source>The schema could not be compared: %1</source>
        <translation>Das Schema konnte nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>syncstudio::TokenStore</name>
    <message>
        <source>No secret is stored in the keyring for this connection.</source>
        <translation>Für diese Verbindung ist kein Geheimnis im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No usable system keyring: %1</source>
        <translation>Kein nutzbarer Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>The system keyring failed: %1</source>
        <translation>Fehler im Schlüsselbund des Systems: %1</translation>
    </message>
    <message>
        <source>No secret is stored for this connection.</source>
        <translation>Für diese Verbindung ist kein Geheimnis gespeichert.</translation>
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
