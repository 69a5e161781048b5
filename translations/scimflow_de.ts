<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Drift</name>
    <message>
        <location filename="../models/drift/deprovisioning.cpp" line="+90"/>
        <source>%1 (%2; %3 %4)</source>
        <translation>%1 (%2; %3 %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2; %3 %4 by %5)</source>
        <translation>%1 (%2; %3 %4 von %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1 started %2, after its principal left: %3.</source>
        <translation>Job %1 wurde %2 gestartet, nachdem sein Principal ausgeschieden war: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 (started %2) %3 after its principal left: %4.</source>
        <translation>Job %1 (gestartet %2) %3, nachdem sein Principal ausgeschieden war: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept running</source>
        <translation>lief weiter</translation>
    </message>
    <message>
        <location filename="../models/store/findingrepository.cpp" line="+171"/>
        <source>No finding has the fingerprint %1; recompute the findings and copy it from the list.</source>
        <translation>Kein Befund hat den Fingerabdruck %1; berechnen Sie die Befunde neu und kopieren Sie ihn aus der Liste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An acknowledgement needs a reason and an author; enter both and try again.</source>
        <translation>Eine Akzeptanz braucht eine Begründung und einen Autor; geben Sie beides ein und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An acknowledgement needs an expiry date; accepted risks are reviewed again.</source>
        <translation>Eine Akzeptanz braucht ein Ablaufdatum; akzeptierte Risiken werden erneut geprüft.</translation>
    </message>
    <message>
        <location filename="../models/drift/orphanedcredentialrule.cpp" line="+34"/>
        <source>no owning group in the RBAC mapping</source>
        <translation>keine besitzende Gruppe in der RBAC-Zuordnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its owning group %1 was deleted</source>
        <translation>seine besitzende Gruppe %1 wurde gelöscht</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>its last job ended %1 (over %n day(s) ago)</source>
        <translation>
            <numerusform>sein letzter Job endete %1 (vor über %n Tag)</numerusform>
            <numerusform>sein letzter Job endete %1 (vor über %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it never ran a job</source>
        <translation>es hat nie einen Job ausgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account %1 is still active: %2.</source>
        <translation>Das Dienstkonto %1 ist noch aktiv: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/rolemappingdriftrule.cpp" line="+37"/>
        <source>%n job(s) of service account %1 ran with role %2; the RBAC mapping grants it %3.</source>
        <translation>
            <numerusform>%n Job des Dienstkontos %1 lief mit der Rolle %2; die RBAC-Zuordnung gewährt ihm %3.</numerusform>
            <numerusform>%n Jobs des Dienstkontos %1 liefen mit der Rolle %2; die RBAC-Zuordnung gewährt ihm %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n job(s) ran as %1 with role %2, which none of the user&apos;s groups grants (they grant: %3).</source>
        <translation>
            <numerusform>%n Job lief als %1 mit der Rolle %2, die keine der Gruppen des Benutzers gewährt (sie gewähren: %3).</numerusform>
            <numerusform>%n Jobs liefen als %1 mit der Rolle %2, die keine der Gruppen des Benutzers gewährt (sie gewähren: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location filename="../models/drift/schemadriftrule.cpp" line="+36"/>
        <source>The IdP&apos;s SCIM schemas changed since the previous sync; check the attribute mapping (department, active, emails) still holds.</source>
        <translation>Die SCIM-Schemas des IdP haben sich seit der vorigen Synchronisierung geändert; prüfen Sie, ob die Attributzuordnung (department, active, emails) noch stimmt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/stalesyncrule.cpp" line="+28"/>
        <source>The last successful sync of %1 finished %2, more than %n hour(s) ago; findings may be out of date: sync again.</source>
        <translation>
            <numerusform>Die letzte erfolgreiche Synchronisierung von %1 endete %2, vor mehr als %n Stunde; Befunde können veraltet sein: synchronisieren Sie erneut.</numerusform>
            <numerusform>Die letzte erfolgreiche Synchronisierung von %1 endete %2, vor mehr als %n Stunden; Befunde können veraltet sein: synchronisieren Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sync of %1 has ever succeeded (%2 attempts); check the connection settings and sync again.</source>
        <translation>Keine Synchronisierung von %1 war je erfolgreich (%2 Versuche); prüfen Sie die Verbindungseinstellungen und synchronisieren Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/unknownprincipalrule.cpp" line="+56"/>
        <source>%1 launched or ran %n job(s) and matches no IdP user or mapped service account.</source>
        <translation>
            <numerusform>%1 hat %n Job gestartet oder ausgeführt und passt zu keinem IdP-Benutzer und keinem zugeordneten Dienstkonto.</numerusform>
            <numerusform>%1 hat %n Jobs gestartet oder ausgeführt und passt zu keinem IdP-Benutzer und keinem zugeordneten Dienstkonto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/orphanedcredentialrule.cpp" line="+54"/>
        <source>It still has %n enabled user-managed key(s).</source>
        <translation>
            <numerusform>Es hat noch %n aktivierten vom Nutzer verwalteten Schlüssel.</numerusform>
            <numerusform>Es hat noch %n aktivierte vom Nutzer verwaltete Schlüssel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/drift/credentialrules.cpp" line="+52"/>
        <source>key %1 of %2</source>
        <translation>Schlüssel %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>User-managed key %1 of %2 is %3 days old (created %4); keys should be rotated within %n day(s).</source>
        <translation>
            <numerusform>Der vom Nutzer verwaltete Schlüssel %1 von %2 ist %3 Tage alt (erstellt am %4); Schlüssel sollten innerhalb von %n Tag rotiert werden.</numerusform>
            <numerusform>Der vom Nutzer verwaltete Schlüssel %1 von %2 ist %3 Tage alt (erstellt am %4); Schlüssel sollten innerhalb von %n Tagen rotiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User-managed key %1 of %2 never expires (created %3).</source>
        <translation>Der vom Nutzer verwaltete Schlüssel %1 von %2 läuft nie ab (erstellt am %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Service account %1 last authenticated on %2, over %n day(s) ago (Policy Analyzer, day granularity); it is still enabled.</source>
        <translation>
            <numerusform>Das Dienstkonto %1 hat sich zuletzt am %2 authentifiziert, vor über %n Tag (Policy Analyzer, tagesgenau); es ist weiterhin aktiviert.</numerusform>
            <numerusform>Das Dienstkonto %1 hat sich zuletzt am %2 authentifiziert, vor über %n Tagen (Policy Analyzer, tagesgenau); es ist weiterhin aktiviert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account %1 has no authentication recorded by Policy Analyzer; it is still enabled.</source>
        <translation>Für das Dienstkonto %1 hat Policy Analyzer keine Authentifizierung erfasst; es ist weiterhin aktiviert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>token %1 of %2</source>
        <translation>Token %1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub token &quot;%1&quot; of %2 still works although %3 was %4 on %5, and it was used on %6, after that.</source>
        <translation>Das GitHub-Token „%1“ von %2 funktioniert noch, obwohl %3 am %5 %4 wurde, und es wurde danach, am %6, benutzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub token &quot;%1&quot; of %2 still works although %3 was %4 on %5.</source>
        <translation>Das GitHub-Token „%1“ von %2 funktioniert noch, obwohl %3 am %5 %4 wurde.</translation>
    </message>
</context>
<context>
    <name>GcpIamFetcher</name>
    <message>
        <location filename="../models/credentials/gcpiamfetcher.cpp" line="+25"/>
        <source>%1: the answer is malformed (%2).</source>
        <translation>%1: Die Antwort ist fehlerhaft (%2).</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/pipelines/jsonfields.cpp" line="+11"/>
        <source>&quot;%1&quot; is not %2</source>
        <translation>„%1“ ist nicht %2</translation>
    </message>
</context>
<context>
    <name>ParseReport</name>
    <message>
        <location filename="../models/pipelines/parsereport.cpp" line="+29"/>
        <source>%1 accepted, %2 skipped</source>
        <translation>%1 übernommen, %2 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 duplicates dropped</source>
        <translation>, %1 Duplikate verworfen</translation>
    </message>
</context>
<context>
    <name>PipelineTransport</name>
    <message>
        <location filename="../models/pipelines/pipelinetransport.cpp" line="+43"/>
        <source>Check the token is valid and not expired.</source>
        <translation>Prüfen Sie, ob das Token gültig und nicht abgelaufen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate limit is used up; try again later.</source>
        <translation>Das Anfragelimit ist ausgeschöpft; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token lacks the permission for this.</source>
        <translation>Dem Token fehlt dafür die Berechtigung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the project, location or repository; a job deleted since the last sync needs a new sync.</source>
        <translation>Prüfen Sie Projekt, Region oder Repository; ein seit der letzten Synchronisierung gelöschter Job erfordert eine neue Synchronisierung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed with HTTP %2</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Scimflow</name>
    <message>
        <location filename="../app/demoloader.cpp" line="+43"/>
        <source>Cannot create the folder %1 for the demo database.</source>
        <translation>Der Ordner %1 für die Demo-Datenbank kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot replace the old demo database %1; close other Scimflow windows and try again.</source>
        <translation>Die alte Demo-Datenbank %1 kann nicht ersetzt werden; schließen Sie andere Scimflow-Fenster und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/consoleloader.cpp" line="+30"/>
        <source>Loading was cancelled.</source>
        <translation>Das Laden wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/entitydetails.cpp" line="+44"/>
        <source>… and %1 more (the linked views show all)</source>
        <translation>… und %1 weitere (die verknüpften Ansichten zeigen alle)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+51"/>
        <location line="+93"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee number</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>SCIM id</source>
        <translation>SCIM-ID</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location line="+20"/>
        <source>External id</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+51"/>
        <location line="+21"/>
        <location line="+22"/>
        <location line="+50"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+73"/>
        <source>Last modified</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships</source>
        <translation>Gruppenmitgliedschaften</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Owner group</source>
        <translation>Besitzende Gruppe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None (no group owns it)</source>
        <translation>Keine (keine Gruppe besitzt es)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected role</source>
        <translation>Erwartete Rolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles used by its jobs</source>
        <translation>Von seinen Jobs verwendete Rollen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pipeline roles</source>
        <translation>Pipeline-Rollen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service accounts it owns</source>
        <translation>Dienstkonten, die sie besitzt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role used</source>
        <translation>Verwendete Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no IdP identity matches</source>
        <translation>keine IdP-Identität passt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launched by %1 → %2</source>
        <translation>Gestartet von %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as %1 → %2</source>
        <translation>Läuft als %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principals</source>
        <translation>Principals</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles of its principals</source>
        <translation>Rollen seiner Principals</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token id</source>
        <translation>Token-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access granted</source>
        <translation>Zugriff erteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location filename="../models/idp/directoryreaderfactory.cpp" line="+42"/>
        <source>Unknown vendor profile &quot;%1&quot;.</source>
        <translation>Unbekanntes Anbieterprofil „%1“.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter the Okta org URL, e.g. https://example.okta.com.</source>
        <translation>Geben Sie die URL der Okta-Organisation ein, z. B. https://example.okta.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id of the Okta API service app.</source>
        <translation>Geben Sie die Client-ID der Okta-API-Service-App ein.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/entitydetails.cpp" line="-176"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM target accounts</source>
        <translation>Konten in SCIM-Zielen</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2), created %3, %4, %5%6</source>
        <translation>%1 (%2), erstellt am %3, %4, %5%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user-managed</source>
        <translation>vom Nutzer verwaltet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system-managed</source>
        <translation>vom System verwaltet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last used %1</source>
        <translation>zuletzt benutzt am %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no use recorded</source>
        <translation>keine Nutzung erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, disabled</source>
        <translation>, deaktiviert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last authentication</source>
        <translation>Letzte Authentifizierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>%1 (day granularity)</source>
        <translation>%1 (tagesgenau)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+123"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/idp/directoryreaderfactory.cpp" line="+22"/>
        <source>Enter the Entra ID tenant (its id or primary domain).</source>
        <translation>Geben Sie den Entra-ID-Mandanten ein (seine ID oder primäre Domäne).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the application (client) id of the app registration.</source>
        <translation>Geben Sie die Anwendungs-(Client-)ID der App-Registrierung ein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Das Zertifikat %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown identity provider kind.</source>
        <translation>Unbekannte Art von Identitätsanbieter.</translation>
    </message>
</context>
<context>
    <name>Scimflow::AboutDialog</name>
    <message>
        <location filename="../views/aboutdialog.cpp" line="+36"/>
        <source>Scimflow %1</source>
        <translation>Scimflow %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (erstellt mit Qt %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build: %1</source>
        <translation>Build: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>About Scimflow</source>
        <translation>Über Scimflow</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Scimflow icon</source>
        <translation>Scimflow-Symbol</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Scimflow %1&lt;/h2&gt;&lt;p&gt;Shows where the identities in the identity provider and the identities data pipelines run as have drifted apart, and lets you fix it by hand with a tamper-evident audit log.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Scimflow %1&lt;/h2&gt;&lt;p&gt;Zeigt, wo die Identitäten im Identitätsanbieter und die Identitäten, unter denen Datenpipelines laufen, auseinandergedriftet sind, und lässt Sie das von Hand beheben – mit einem manipulationssicheren Prüfprotokoll.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Scimflow&lt;/b&gt; — MIT licence. Copyright © 2026 The Scimflow authors. The full text is in the file LICENSE of the source and in /usr/share/doc/scimflow/copyright of the package.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt 6&lt;/b&gt; — GNU Lesser General Public License v3 (LGPLv3), © The Qt Company Ltd and other contributors. Scimflow links Qt dynamically; you may replace the Qt libraries. &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Qt&apos;s LGPL obligations&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause licence, © Frank Osterfeld and contributors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SQLite&lt;/b&gt; — public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lizenzen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Scimflow&lt;/b&gt; — MIT-Lizenz. Copyright © 2026 The Scimflow authors. Der vollständige Text steht in der Datei LICENSE der Quellen und in /usr/share/doc/scimflow/copyright des Pakets.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt 6&lt;/b&gt; — GNU Lesser General Public License v3 (LGPLv3), © The Qt Company Ltd und weitere Mitwirkende. Scimflow bindet Qt dynamisch ein; Sie dürfen die Qt-Bibliotheken ersetzen. &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Die LGPL-Pflichten von Qt&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD-3-Clause-Lizenz, © Frank Osterfeld und Mitwirkende.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SQLite&lt;/b&gt; — gemeinfrei.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Copy Version Info</source>
        <translation>Versionsangaben &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the version and build lines, e.g. for a bug report</source>
        <translation>Versions- und Build-Zeilen kopieren, z. B. für einen Fehlerbericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Scimflow::AccessReviewReport</name>
    <message>
        <location filename="../models/reports/accessreviewreport.cpp" line="+115"/>
        <source>SOC 2 CC6.1-CC6.3: logical access to data pipelines</source>
        <translation>SOC 2 CC6.1-CC6.3: logischer Zugriff auf Datenpipelines</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists every identity holding a pipeline role: users through their IdP groups and the RBAC mapping, service accounts, and principals that ran jobs in the period without matching any IdP identity. Access is as of the last sync (see data freshness); last job runs and findings count up to the end of the period. Review each row and sign off in the CSV&apos;s last column; inactive users who still hold roles, unknown principals and rows with findings need action.</source>
        <translation>Listet jede Identität mit einer Pipeline-Rolle auf: Benutzer über ihre IdP-Gruppen und die RBAC-Zuordnung, Dienstkonten sowie Principals, die im Zeitraum Jobs ausgeführt haben, ohne zu einer IdP-Identität zu passen. Der Zugriff entspricht dem Stand der letzten Synchronisierung (siehe Datenaktualität); letzte Jobläufe und Befunde zählen bis zum Ende des Zeitraums. Prüfen Sie jede Zeile und zeichnen Sie sie in der letzten Spalte der CSV-Datei ab; inaktive Benutzer, die noch Rollen haben, unbekannte Principals und Zeilen mit Befunden erfordern Maßnahmen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Identities with pipeline access</source>
        <translation>Identitäten mit Pipeline-Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department / owner</source>
        <translation>Abteilung / Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP groups</source>
        <translation>IdP-Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles</source>
        <translation>Pipeline-Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job run</source>
        <translation>Letzter Joblauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer sign-off</source>
        <translation>Abzeichnung Prüfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No identity in scope holds a pipeline role.</source>
        <translation>Keine Identität im Umfang hat eine Pipeline-Rolle.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown principal</source>
        <translation>unbekannter Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no IdP match</source>
        <translation>kein IdP-Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no owner)</source>
        <translation>(kein Besitzer)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identities with access</source>
        <translation>Identitäten mit Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive users still holding roles</source>
        <translation>Inaktive Benutzer mit Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principals with no IdP match</source>
        <translation>Principals ohne IdP-Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities with findings</source>
        <translation>Identitäten mit Befunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings against them</source>
        <translation>Befunde zu ihnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities that never ran a job</source>
        <translation>Identitäten ohne je einen Job</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identities by pipeline role</source>
        <translation>Identitäten nach Pipeline-Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Findings by severity</source>
        <translation>Befunde nach Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence of the findings</source>
        <translation>Nachweise der Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finding against the identities in scope.</source>
        <translation>Kein Befund zu den geprüften Identitäten.</translation>
    </message>
</context>
<context>
    <name>Scimflow::AcknowledgeDialog</name>
    <message>
        <location filename="../views/acknowledgedialog.cpp" line="+17"/>
        <source>Acknowledge finding</source>
        <translation>Befund akzeptieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this risk is accepted, and by whose decision</source>
        <translation>Warum dieses Risiko akzeptiert wird und auf wessen Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged until</source>
        <translation>Akzeptiert bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Akzeptieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Gültig bis:</translation>
    </message>
</context>
<context>
    <name>Scimflow::AuditLog</name>
    <message>
        <location filename="../models/store/auditlog.cpp" line="+59"/>
        <source>Cannot open a transaction on the audit log.</source>
        <translation>Auf dem Audit-Log kann keine Transaktion geöffnet werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit log does not end where its recorded head says (%1); it may have been tampered with. Run &apos;scimflow audit verify&apos; before making changes.</source>
        <translation>Das Audit-Log endet nicht dort, wo sein gespeicherter Kopf angibt (%1); es wurde möglicherweise manipuliert. Führen Sie &apos;scimflow audit verify&apos; aus, bevor Sie Änderungen vornehmen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no head</source>
        <translation>kein Kopf</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Audit-Log kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>Eintrag %1 fehlt (der nächste Eintrag ist %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1 is out of order.</source>
        <translation>Eintrag %1 steht an der falschen Stelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 has an unknown kind &apos;%2&apos;.</source>
        <translation>Eintrag %1 hat die unbekannte Art &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 does not chain to entry %2 (previous hash differs): an entry was removed or altered.</source>
        <translation>Eintrag %1 ist nicht mit Eintrag %2 verkettet (vorheriger Hash weicht ab): ein Eintrag wurde entfernt oder verändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 was altered: its content does not match its hash.</source>
        <translation>Eintrag %1 wurde verändert: sein Inhalt passt nicht zu seinem Hash.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome entry %1 refers to %2, which is not an earlier intent entry.</source>
        <translation>Ergebniseintrag %1 verweist auf %2, das kein früherer Absichtseintrag ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The %1 head &apos;%2&apos; is malformed.</source>
        <translation>Der Kopf %1 &apos;%2&apos; ist fehlerhaft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries %1 to %2 are missing: the log ends at %3 but the %4 head is entry %2.</source>
        <translation>Die Einträge %1 bis %2 fehlen: das Log endet bei %3, aber der Kopf (%4) ist Eintrag %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry %1 differs from the %2 head.</source>
        <translation>Eintrag %1 weicht vom Kopf (%2) ab.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recorded head (meta %1) is missing although the log has %2 entries.</source>
        <translation>Der gespeicherte Kopf (meta %1) fehlt, obwohl das Log %2 Einträge hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recorded</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries after the recorded head %1 were added outside the audit log.</source>
        <translation>Einträge nach dem gespeicherten Kopf %1 wurden außerhalb des Audit-Logs hinzugefügt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
</context>
<context>
    <name>Scimflow::AuditLogParser</name>
    <message>
        <location filename="../models/pipelines/auditlogparser.cpp" line="+71"/>
        <source>no protoPayload</source>
        <translation>kein protoPayload</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no job id in protoPayload.resourceName or resource.labels.job_id</source>
        <translation>keine Job-ID in protoPayload.resourceName oder resource.labels.job_id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>serviceAccountDelegationInfo is not an array</source>
        <translation>serviceAccountDelegationInfo ist kein Array</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no principalEmail and no delegation</source>
        <translation>keine principalEmail und keine Delegierung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The audit log response</source>
        <translation>Die Audit-Log-Antwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log response is not an entries:list response.</source>
        <translation>Die Audit-Log-Antwort ist keine entries:list-Antwort.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log response holds %1 entries, more than the limit of %2.</source>
        <translation>Die Audit-Log-Antwort enthält %1 Einträge, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit log export is %1 bytes, more than the limit of %2 bytes; split the file.</source>
        <translation>Der Audit-Log-Export ist %1 Byte groß, mehr als das Limit von %2 Byte; teilen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit log export</source>
        <translation>Der Audit-Log-Export</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log export holds %1 entries, more than the limit of %2.</source>
        <translation>Der Audit-Log-Export enthält %1 Einträge, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit log export holds %1 lines, more than the limit of %2.</source>
        <translation>Der Audit-Log-Export enthält %1 Zeilen, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No line of the audit log export is a log entry (%1). Export the entries as JSON or NDJSON.</source>
        <translation>Keine Zeile des Audit-Log-Exports ist ein Logeintrag (%1). Exportieren Sie die Einträge als JSON oder NDJSON.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ColumnChooser</name>
    <message>
        <location filename="../views/columnchooser.cpp" line="+24"/>
        <source>Click to sort; drag to move a column; right-click to choose the columns</source>
        <translation>Klicken zum Sortieren; ziehen, um eine Spalte zu verschieben; Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show all columns in their original order</source>
        <translation>Alle Spalten in ursprünglicher Reihenfolge zeigen</translation>
    </message>
</context>
<context>
    <name>Scimflow::ConnectionController</name>
    <message>
        <location filename="../app/connectioncontroller.cpp" line="+31"/>
        <source>&amp;Connect to Identity Provider…</source>
        <translation>Mit Identitätsanbieter &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The secrets are kept for this session only.</source>
        <translation>Gespeichert. Die Geheimnisse werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation>Gespeichert. Die Geheimnisse liegen im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No identity provider is configured yet: use Connection &gt; Connect to Identity Provider… first.</source>
        <translation>Noch ist kein Identitätsanbieter eingerichtet: verwenden Sie zuerst Verbindung &gt; Mit Identitätsanbieter verbinden….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret of connection %1 could not be read: %2 Enter it again in the connection dialog.</source>
        <translation>Das Geheimnis der Verbindung %1 konnte nicht gelesen werden: %2 Geben Sie es im Verbindungsdialog erneut ein.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s schemas could not be recorded for the schema drift rule: %1</source>
        <translation>Die Schemata des Servers konnten für die Schema-Drift-Regel nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed: %1</source>
        <translation>Synchronisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: its token could not be read (%2); enter it again in the connection dialog.</source>
        <translation>%1: Das Token konnte nicht gelesen werden (%2); geben Sie es im Verbindungsdialog erneut ein.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Users and groups were synced, but these SCIM targets, pipeline or credential sources could not be read; what was read from them before is kept:
%1</source>
        <translation>Benutzer und Gruppen wurden synchronisiert, aber diese SCIM-Ziele, Pipeline- oder Anmeldedatenquellen konnten nicht gelesen werden; was zuvor aus ihnen gelesen wurde, bleibt erhalten:
%1</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the active connection: its identity provider and pipeline sources.</source>
        <translation>Die aktive Verbindung bearbeiten: ihren Identitätsanbieter und ihre Pipeline-Quellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another connection, e.g. a staging tenant beside production.</source>
        <translation>Eine weitere Verbindung hinzufügen, z. B. einen Staging-Mandanten neben der Produktion.</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>%1: its credentials could not be read (%2); enter them again in the connection dialog.</source>
        <translation>%1: Die Anmeldedaten konnten nicht gelesen werden (%2); geben Sie sie im Verbindungsdialog erneut ein.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The database could not record which connection it was synced from, so its fixes are not offered when it is opened again: %1</source>
        <translation>Die Datenbank konnte nicht vermerken, von welcher Verbindung sie synchronisiert wurde; beim nächsten Öffnen werden daher keine Korrekturen angeboten: %1</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Sync users and groups from the active identity provider connection, then its SCIM targets and pipeline sources.</source>
        <translation>Benutzer und Gruppen der aktiven Identitätsanbieter-Verbindung synchronisieren, danach ihre SCIM-Ziele und Pipeline-Quellen.</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>SCIM target %1: its token could not be read (%2); enter it again in the connection dialog.</source>
        <translation>SCIM-Ziel %1: Sein Token konnte nicht gelesen werden (%2); geben Sie es im Verbindungsdialog erneut ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>SCIM target %1: %2</source>
        <translation>SCIM-Ziel %1: %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reading SCIM target %1…</source>
        <translation>SCIM-Ziel %1 wird gelesen…</translation>
    </message>
</context>
<context>
    <name>Scimflow::ConnectionDialog</name>
    <message>
        <location filename="../views/connectiondialog.cpp" line="+52"/>
        <source>Keep the secrets for this session only (not saved anywhere)</source>
        <translation>Geheimnisse nur für diese Sitzung behalten (nirgends gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modif&amp;y…</source>
        <translation>Än&amp;dern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity provider connection</source>
        <translation>Verbindung zum Identitätsanbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Generic SCIM 2.0</source>
        <translation>Allgemeines SCIM 2.0</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+16"/>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>Microsoft Entra ID</source>
        <translation>Microsoft Entra ID</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth 2.0 client credentials</source>
        <translation>OAuth-2.0-Client-Credentials</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Choose a CA certificate file</source>
        <translation>CA-Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity provider kind</source>
        <translation>Art des Identitätsanbieters</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API token (SSWS), read-only admin</source>
        <translation>API-Token (SSWS), Administrator mit Leserechten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth service app (private key JWT)</source>
        <translation>OAuth-Service-App (Private-Key-JWT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the key id Okta shows for the public key</source>
        <translation>Optional: die Schlüssel-ID, die Okta für den öffentlichen Schlüssel anzeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org &amp;URL:</source>
        <translation>Organisations-&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key &amp;id (kid):</source>
        <translation>Schlüssel-&amp;ID (kid):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads users, groups and the System Log. A service app needs the scopes okta.users.read, okta.groups.read and okta.logs.read (and okta.users.manage, okta.groups.manage for fixes).</source>
        <translation>Liest Benutzer, Gruppen und das System Log. Eine Service-App braucht die Scopes okta.users.read, okta.groups.read und okta.logs.read (und okta.users.manage, okta.groups.manage für Korrekturen).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenant id or primary domain, e.g. contoso.onmicrosoft.com</source>
        <translation>Mandanten-ID oder primäre Domäne, z. B. contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate (private key JWT)</source>
        <translation>Zertifikat (Private-Key-JWT)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s certificate (PEM)</source>
        <translation>Das Zertifikat der App (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the certificate file</source>
        <translation>Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce&amp;rtificate:</source>
        <translation>&amp;Zertifikat:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Mandant:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Graph URL:</source>
        <translation>&amp;Graph-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login URL:</source>
        <translation>&amp;Anmelde-URL:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the private key file</source>
        <translation>Datei mit dem privaten Schlüssel auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file; the key is kept in the keychain, not the file name</source>
        <translation>PEM-Datei; gespeichert wird der Schlüssel im Schlüsselbund, nicht der Dateiname</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>SCIM base &amp;URL:</source>
        <translation>SCIM-Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vendor:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>&amp;Authentication:</source>
        <translation>Authentifi&amp;zierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token &amp;endpoint:</source>
        <translation>Token-&amp;Endpunkt:</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+28"/>
        <location line="+13"/>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sco&amp;pe:</source>
        <translation>Sco&amp;pe:</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Private &amp;key file:</source>
        <translation>Datei mit privatem &amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>I&amp;dentity provider:</source>
        <translation>I&amp;dentitätsanbieter:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pipeline sources</source>
        <translation>&amp;Pipeline-Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reads</source>
        <translation>Liest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline sources</source>
        <translation>Pipeline-Quellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Service-account credential sources</source>
        <translation>Quellen für Dienstkonto-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential sources</source>
        <translation>Anmeldedatenquellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;GCP or GitHub…</source>
        <translation>&amp;GCP oder GitHub hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a credential source</source>
        <translation>Eine Anmeldedatenquelle hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud project whose service-account keys, or a GitHub organisation whose fine-grained tokens, each sync inventories</source>
        <translation>Ein Google-Cloud-Projekt, dessen Dienstkontoschlüssel, oder eine GitHub-Organisation, deren fein granulierte Tokens jede Synchronisierung erfasst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the credential source</source>
        <translation>Die Anmeldedatenquelle bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the credential source</source>
        <translation>Die Anmeldedatenquelle entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;A file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is a credential source already.</source>
        <translation>%1 ist bereits eine Anmeldedatenquelle.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>access token (keychain)</source>
        <translation>Zugriffstoken (Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (keychain)</source>
        <translation>%1 (Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub App %1 (key in the keychain)</source>
        <translation>GitHub-App %1 (Schlüssel im Schlüsselbund)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A pipeline source named %1 exists already; choose another name.</source>
        <translation>Eine Pipeline-Quelle namens %1 gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+363"/>
        <location line="+9"/>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Okta API token</source>
        <translation>Okta-API-Token</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
Tick &quot;this session only&quot; and save again to use the secret until the console closes.</source>
        <translation>%1
Kreuzen Sie „nur für diese Sitzung“ an und speichern Sie erneut, um das Geheimnis bis zum Schließen der Konsole zu verwenden.</translation>
    </message>
    <message>
        <location line="-564"/>
        <source>C&amp;hange…</source>
        <translation>Ä&amp;ndern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>SCIM pr&amp;ovisioning targets</source>
        <translation>SCIM-Bereitstellungs&amp;ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM provisioning targets</source>
        <translation>SCIM-Bereitstellungsziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;w target…</source>
        <translation>Ne&amp;ues Ziel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a SCIM target</source>
        <translation>Ein SCIM-Ziel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the SCIM target</source>
        <translation>Das SCIM-Ziel bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the SCIM target</source>
        <translation>Das SCIM-Ziel entfernen</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>A SCIM target named %1 exists already; choose another name.</source>
        <translation>Ein SCIM-Ziel namens %1 existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ConnectionFixes</name>
    <message>
        <location filename="../app/connectionfixes.cpp" line="+33"/>
        <source>the identity provider&apos;s secret could not be read from the keychain; enter it again in the connection dialog</source>
        <translation>das Geheimnis des Identitätsanbieters konnte nicht aus dem Schlüsselbund gelesen werden; geben Sie es im Verbindungsdialog erneut ein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth client %1</source>
        <translation>OAuth-Client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token of connection %1</source>
        <translation>API-Token der Verbindung %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Okta service app %1</source>
        <translation>Okta-Service-App %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okta API token of connection %1</source>
        <translation>Okta-API-Token der Verbindung %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entra ID app registration %1</source>
        <translation>Entra-ID-App-Registrierung %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCIM target %1: its token could not be read from the keychain</source>
        <translation>SCIM-Ziel %1: Sein Token konnte nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCIM target %1: %2</source>
        <translation>SCIM-Ziel %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token of SCIM target %1</source>
        <translation>Token des SCIM-Ziels %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::Console</name>
    <message>
        <location filename="../app/console.cpp" line="+91"/>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show another Scimflow database, with the fixes of the connection it was synced from.</source>
        <translation>Eine andere Scimflow-Datenbank anzeigen, mit den Korrekturen der Verbindung, von der sie synchronisiert wurde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Team Store…</source>
        <translation>&amp;Team-Speicher öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the PostgreSQL store your team shares: one set of findings, reviews and one audit chain.</source>
        <translation>Zeigt den PostgreSQL-Speicher, den Ihr Team teilt: ein Bestand an Befunden und Prüfungen und eine Audit-Kette.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language, theme, periodic sync, drift thresholds, report defaults and saved connections.</source>
        <translation>Sprache, Design, regelmäßige Synchronisierung, Drift-Schwellenwerte, Berichtsvorgaben und gespeicherte Verbindungen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connection</source>
        <translation>&amp;Verbindung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RBAC &amp;Mapping…</source>
        <translation>RBAC-&amp;Zuordnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit which pipeline roles IdP groups and service accounts map to.</source>
        <translation>Festlegen, welchen Pipeline-Rollen IdP-Gruppen und Dienstkonten zugeordnet sind.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No saved connections</source>
        <translation>Keine gespeicherten Verbindungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make %1 the active connection: show its database and offer its fixes; Sync Now syncs it.</source>
        <translation>%1 zur aktiven Verbindung machen: ihre Datenbank anzeigen und ihre Korrekturen anbieten; „Jetzt synchronisieren“ synchronisiert sie.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot switch to the connection %1: %2</source>
        <translation>Wechsel zur Verbindung %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Scimflow — demo</source>
        <translation>Scimflow — Demo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scimflow — %1</source>
        <translation>Scimflow — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scimflow — %1 (%2)</source>
        <translation>Scimflow — %1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+6"/>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Received %n OpenLineage run(s).</source>
        <translation>
            <numerusform>%n OpenLineage-Lauf empfangen.</numerusform>
            <numerusform>%n OpenLineage-Läufe empfangen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receiving OpenLineage: %1</source>
        <translation>OpenLineage-Empfang: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenLineage</source>
        <translation>OpenLineage</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+11"/>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Scimflow databases (*.db);;All files (*)</source>
        <translation>Scimflow-Datenbanken (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be opened as a Scimflow database.</source>
        <translation>%1 kann nicht als Scimflow-Datenbank geöffnet werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a database written by Scimflow (scimflow sync, Sync Now or scimflow scenario). The console still shows %1, and the file was not changed.</source>
        <translation>Wählen Sie eine von Scimflow geschriebene Datenbank (scimflow sync, „Jetzt synchronisieren“ oder scimflow scenario). Die Konsole zeigt weiterhin %1, und die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+40"/>
        <source>Open Team Store</source>
        <translation>Team-Speicher öffnen</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The password is used for this session only: %1</source>
        <translation>Das Passwort gilt nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client key passphrase is used for this session only: %1</source>
        <translation>Die Passphrase des Client-Schlüssels gilt nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The team store %1 could not be opened at start.</source>
        <translation>Der Team-Speicher %1 konnte beim Start nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console shows what it opens without a team store instead. Check that the server can be reached and that the password or client key passphrase is right, then open it with File &gt; Open Team Store…; Settings &gt; Connections turns off opening it at start.</source>
        <translation>Die Konsole zeigt stattdessen, was sie ohne Team-Speicher öffnet. Prüfen Sie, ob der Server erreichbar ist und Passwort oder Passphrase des Client-Schlüssels stimmen, und öffnen Sie ihn dann mit Datei &gt; Team-Speicher öffnen…; unter Einstellungen &gt; Verbindungen lässt sich das Öffnen beim Start abschalten.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock Connection</source>
        <translation>Verbindung entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was synced from the connection %1.</source>
        <translation>Diese Datenbank wurde von der Verbindung %1 synchronisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read its secrets from the system keychain to offer its fixes (deactivating users, removing memberships, cancelling jobs)? Without them the findings are shown, but cannot be fixed from here.</source>
        <translation>Ihre Geheimnisse aus dem Schlüsselbund des Systems lesen, um ihre Korrekturen anzubieten (Benutzer deaktivieren, Mitgliedschaften entfernen, Jobs abbrechen)? Ohne sie werden die Befunde angezeigt, können hier aber nicht behoben werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialFixConnector</name>
    <message>
        <location filename="../models/fixes/credentialfixconnector.cpp" line="+89"/>
        <location line="+43"/>
        <source>The credential connection is closed.</source>
        <translation>Die Verbindung für Zugangsdaten ist geschlossen.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done (HTTP %1).</source>
        <translation>Erledigt (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It was already gone (HTTP 404); nothing else was changed.</source>
        <translation>Es war bereits entfernt (HTTP 404); sonst wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading the credential back</source>
        <translation>Erneutes Lesen der Zugangsdaten</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialInventoryJob</name>
    <message numerus="yes">
        <location filename="../models/credentials/credentialinventoryjob.cpp" line="+81"/>
        <source>Cancelled before %n credential source(s) were read; their inventory is unchanged.</source>
        <translation>
            <numerusform>Abgebrochen, bevor %n Zugangsdatenquelle gelesen wurde; ihr Bestand ist unverändert.</numerusform>
            <numerusform>Abgebrochen, bevor %n Zugangsdatenquellen gelesen wurden; ihr Bestand ist unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the credentials of %1…</source>
        <translation>Zugangsdaten von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading %1: %2 of %3…</source>
        <translation>%1 wird gelesen: %2 von %3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1: %2 so far…</source>
        <translation>%1 wird gelesen: bisher %2…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recording the failed read of %1…</source>
        <translation>Das fehlgeschlagene Lesen von %1 wird festgehalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the credentials of %1…</source>
        <translation>Zugangsdaten von %1 werden gespeichert…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialModel</name>
    <message>
        <location filename="../models/itemmodels/consoleloader.cpp" line="+208"/>
        <location filename="../models/itemmodels/credentialmodel.cpp" line="+56"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credentialmodel.cpp" line="+12"/>
        <source>Last authentication on %1 (UTC). Google Cloud reports the day only.</source>
        <translation>Letzte Authentifizierung am %1 (UTC). Google Cloud meldet nur den Tag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No authentication recorded in Policy Analyzer&apos;s observation period.</source>
        <translation>Keine Authentifizierung im Beobachtungszeitraum von Policy Analyzer erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used %1 UTC</source>
        <translation>Zuletzt genutzt %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No use recorded by GitHub.</source>
        <translation>Keine Nutzung von GitHub erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never expires (valid until 9999-12-31)</source>
        <translation>Läuft nie ab (gültig bis 9999-12-31)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) since it was created</source>
        <translation>
            <numerusform>%n Tag seit der Erstellung</numerusform>
            <numerusform>%n Tage seit der Erstellung</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Days since the key was created (validAfterTime) or the token was granted</source>
        <translation>Tage seit der Erstellung des Schlüssels (validAfterTime) oder der Erteilung des Tokens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the key or token stops working (UTC); &quot;never&quot; for a key valid until 9999-12-31</source>
        <translation>Wann der Schlüssel oder das Token aufhört zu funktionieren (UTC); „nie“ für einen Schlüssel, der bis 9999-12-31 gilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last authentication (UTC). Google Cloud (Policy Analyzer) reports the day only; GitHub the time of the last use.</source>
        <translation>Letzte Authentifizierung (UTC). Google Cloud (Policy Analyzer) meldet nur den Tag, GitHub die Uhrzeit der letzten Nutzung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or id</source>
        <translation>Name oder ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project or organisation</source>
        <translation>Projekt oder Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires (UTC)</source>
        <translation>Läuft ab (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used (UTC; GCP: day)</source>
        <translation>Zuletzt genutzt (UTC; GCP: Tag)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialSource</name>
    <message>
        <location filename="../models/secrets/credentialsource.cpp" line="+52"/>
        <source>GitHub organisation %1</source>
        <translation>GitHub-Organisation %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud project %1</source>
        <translation>Google-Cloud-Projekt %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the Google Cloud project whose service accounts and keys to read.</source>
        <translation>Geben Sie das Google-Cloud-Projekt an, dessen Dienstkonten und Schlüssel gelesen werden sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IAM and Policy Analyzer URLs must be https:// addresses (or left empty for Google&apos;s own).</source>
        <translation>Die URLs von IAM und Policy Analyzer müssen https://-Adressen sein (oder leer bleiben für die von Google).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the GitHub organisation whose fine-grained tokens to read.</source>
        <translation>Geben Sie die GitHub-Organisation an, deren fein granulierte Tokens gelesen werden sollen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the id of the GitHub App installed on the organisation.</source>
        <translation>Geben Sie die ID der GitHub-App an, die in der Organisation installiert ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GitHub API URL must be an https:// address (or left empty for api.github.com).</source>
        <translation>Die GitHub-API-URL muss eine https://-Adresse sein (oder leer bleiben für api.github.com).</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialSourceDialog</name>
    <message>
        <location filename="../views/credentialsourcedialog.cpp" line="+35"/>
        <source>Credential source</source>
        <translation>Anmeldedatenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud project (service accounts and keys)</source>
        <translation>Google-Cloud-Projekt (Dienstkonten und Schlüssel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub organisation (fine-grained tokens)</source>
        <translation>GitHub-Organisation (fein granulierte Tokens)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential source kind</source>
        <translation>Art der Anmeldedatenquelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my-project</source>
        <translation>mein-projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud project</source>
        <translation>Google-Cloud-Projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://iam.googleapis.com (default)</source>
        <translation>https://iam.googleapis.com (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM API URL</source>
        <translation>IAM-API-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://policyanalyzer.googleapis.com (default)</source>
        <translation>https://policyanalyzer.googleapis.com (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy Analyzer API URL</source>
        <translation>Policy-Analyzer-API-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Google credentials file</source>
        <translation>Google-Anmeldedatei</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service-account key file or an authorized_user file; its content goes to the keychain and access tokens are requested from it as needed.</source>
        <translation>Eine Dienstkonto-Schlüsseldatei oder eine authorized_user-Datei; ihr Inhalt kommt in den Schlüsselbund, und Zugriffstokens werden bei Bedarf damit angefordert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the Google credentials file</source>
        <translation>Die Google-Anmeldedatei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google credentials</source>
        <translation>Google-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google credentials (*.json);;All files (*)</source>
        <translation>Google-Anmeldedaten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acme</source>
        <translation>acme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub organisation</source>
        <translation>GitHub-Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub App id</source>
        <translation>GitHub-App-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub App private key file</source>
        <translation>Datei mit dem privaten Schlüssel der GitHub-App</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the GitHub App&apos;s private key file</source>
        <translation>Die Datei mit dem privaten Schlüssel der GitHub-App auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub App private key</source>
        <translation>Privater Schlüssel der GitHub-App</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://api.github.com (default)</source>
        <translation>https://api.github.com (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub API URL</source>
        <translation>GitHub-API-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials &amp;file:</source>
        <translation>Anmelde&amp;datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App private &amp;key file:</source>
        <translation>Privater &amp;Schlüssel der App:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IAM API URL:</source>
        <translation>&amp;IAM-API-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;Analyzer API URL:</source>
        <translation>Policy-&amp;Analyzer-API-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials:</source>
        <translation>An&amp;meldedaten:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub &amp;App id:</source>
        <translation>GitHub-&amp;App-ID:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub API &amp;URL:</source>
        <translation>GitHub-API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>leave empty to keep the stored token</source>
        <translation>leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Type an access token with the IAM and Policy Analyzer read permissions, or choose a credentials file.</source>
        <translation>Geben Sie ein Zugriffstoken mit Leseberechtigung für IAM und Policy Analyzer ein oder wählen Sie eine Anmeldedatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the service account&apos;s key file (key.json) or an authorized_user file.</source>
        <translation>Wählen Sie die Schlüsseldatei des Dienstkontos (key.json) oder eine authorized_user-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the GitHub App&apos;s private key file (PEM).</source>
        <translation>Wählen Sie die Datei mit dem privaten Schlüssel der GitHub-App (PEM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no RSA private key a GitHub App can sign with; download the App&apos;s key (PEM) from its settings page.</source>
        <translation>%1 enthält keinen privaten RSA-Schlüssel, mit dem eine GitHub-App signieren kann; laden Sie den Schlüssel der App (PEM) von ihrer Einstellungsseite herunter.</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialSources</name>
    <message>
        <location filename="../app/credentialsources.cpp" line="+40"/>
        <source>%1: its credentials are not in the keychain; choose the key file or enter the token again in the connection dialog.</source>
        <translation>%1: Die Anmeldedaten sind nicht im Schlüsselbund; wählen Sie die Schlüsseldatei oder geben Sie das Token im Verbindungsdialog erneut ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: the keychain holds no RSA private key the GitHub App can sign with; choose the App&apos;s key file again in the connection dialog.</source>
        <translation>%1: Der Schlüsselbund enthält keinen privaten RSA-Schlüssel, mit dem die GitHub-App signieren kann; wählen Sie die Schlüsseldatei der App im Verbindungsdialog erneut.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Google credentials %1</source>
        <translation>Google-Anmeldedaten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud access token of project %1</source>
        <translation>Google-Cloud-Zugriffstoken des Projekts %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub App %1</source>
        <translation>GitHub-App %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::DataflowFetcher</name>
    <message>
        <location filename="../models/pipelines/dataflowfetcher.cpp" line="+53"/>
        <source>Give the Dataflow project and location.</source>
        <translation>Geben Sie das Dataflow-Projekt und den Standort an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Dataflow fetch was cancelled.</source>
        <translation>Der Dataflow-Abruf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>More than %1 pages; raise the page limit.</source>
        <translation>Mehr als %1 Seiten; erhöhen Sie das Seitenlimit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server repeated a page token; the paging loops, so the fetch stops.</source>
        <translation>Der Server hat ein Seitentoken wiederholt; das Blättern läuft im Kreis, daher stoppt der Abruf.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page&apos;s nextPageToken reads differently from its text and as JSON.</source>
        <translation>Das nextPageToken der Seite liest sich im Text anders als im JSON.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Listing Dataflow jobs</source>
        <translation>Dataflow-Jobs werden aufgelistet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Getting a Dataflow job</source>
        <translation>Dataflow-Job wird abgerufen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the Dataflow audit log</source>
        <translation>Dataflow-Audit-Log wird gelesen</translation>
    </message>
</context>
<context>
    <name>Scimflow::DataflowParser</name>
    <message>
        <location filename="../models/pipelines/dataflowparser.cpp" line="+77"/>
        <source>no job id</source>
        <translation>keine Job-ID</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;environment.serviceAccountEmail&quot; is not a string</source>
        <translation>„environment.serviceAccountEmail“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label &quot;%1&quot; is not a string</source>
        <translation>Label „%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Dataflow jobs response</source>
        <translation>Die Dataflow-Jobs-Antwort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataflow jobs response is not a JSON object.</source>
        <translation>Die Dataflow-Jobs-Antwort ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Dataflow job cannot be read: %1.</source>
        <translation>Der Dataflow-Job kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Dataflow jobs response has a non-string nextPageToken.</source>
        <translation>Die Dataflow-Jobs-Antwort hat ein nextPageToken, das keine Zeichenkette ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Dataflow jobs response has &quot;jobs&quot; that is not an array.</source>
        <translation>Die Dataflow-Jobs-Antwort hat ein „jobs“, das kein Array ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataflow jobs response holds %1 jobs, more than the limit of %2.</source>
        <translation>Die Dataflow-Jobs-Antwort enthält %1 Jobs, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Dataflow job response is not a single job.</source>
        <translation>Die Dataflow-Job-Antwort ist kein einzelner Job.</translation>
    </message>
</context>
<context>
    <name>Scimflow::DemoLoader</name>
    <message>
        <location filename="../app/demoloader.cpp" line="+68"/>
        <source>The simulated identity provider did not start: %1</source>
        <translation>Der simulierte Identitätsanbieter ist nicht gestartet: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Syncing the simulated identity provider failed</source>
        <translation>Die Synchronisierung des simulierten Identitätsanbieters ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing users, groups and the System Log from the simulated Okta org at %1…</source>
        <translation>Benutzer, Gruppen und System Log der simulierten Okta-Organisation unter %1 werden synchronisiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading Dataflow jobs and their launchers…</source>
        <translation>Dataflow-Jobs und ihre Starter werden gelesen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the simulated Dataflow API failed</source>
        <translation>Das Lesen der simulierten Dataflow-API ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading GitHub Actions runs…</source>
        <translation>GitHub-Actions-Läufe werden gelesen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the simulated GitHub Actions API failed</source>
        <translation>Das Lesen der simulierten GitHub-Actions-API ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Writing pipeline jobs and computing drift findings…</source>
        <translation>Pipeline-Jobs werden geschrieben und Abweichungsbefunde berechnet…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Syncing the simulated SCIM target failed</source>
        <translation>Die Synchronisierung des simulierten SCIM-Ziels ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+7"/>
        <source>Saving the demo&apos;s RBAC mapping failed</source>
        <translation>Das Speichern der RBAC-Zuordnung der Demo ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the simulated credential inventory failed: %1</source>
        <translation>Das Lesen des simulierten Zugangsdatenbestands ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::DeprovisioningReport</name>
    <message>
        <location filename="../models/reports/deprovisioningreport.cpp" line="+142"/>
        <source>IdP deprovisioning vs. the last pipeline activity under the identity</source>
        <translation>IdP-Deprovisionierung im Vergleich zur letzten Pipeline-Aktivität unter der Identität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA %1 h</source>
        <translation>SLA %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity is a job launched by or running as the identity; a job still running counts up to the end of the period (or to the generation time, if earlier). A delay longer than the SLA is a violation: cancel the jobs and revoke the sessions of the identity.</source>
        <translation>Aktivität ist ein Job, der von der Identität gestartet wurde oder als sie läuft; ein noch laufender Job zählt bis zum Ende des Zeitraums (oder bis zum Erstellungszeitpunkt, falls früher). Eine Verzögerung über dem SLA ist ein Verstoß: brechen Sie die Jobs ab und widerrufen Sie die Sitzungen der Identität.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users deprovisioned in the period</source>
        <translation>Im Zeitraum deprovisionierte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Wie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovisioned at</source>
        <translation>Deprovisioniert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pipeline activity</source>
        <translation>Letzte Pipeline-Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay (h)</source>
        <translation>Verzögerung (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user was deprovisioned in the period.</source>
        <translation>Im Zeitraum wurde kein Benutzer deprovisioniert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity after deprovisioning (users per delay)</source>
        <translation>Aktivität nach der Deprovisionierung (Benutzer je Verzögerung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VIOLATION</source>
        <translation>VERSTOSS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users deprovisioned</source>
        <translation>Deprovisionierte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With activity afterwards</source>
        <translation>Mit späterer Aktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA violations</source>
        <translation>SLA-Verstöße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA (hours)</source>
        <translation>SLA (Stunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst delay (hours)</source>
        <translation>Größte Verzögerung (Stunden)</translation>
    </message>
</context>
<context>
    <name>Scimflow::DetailPane</name>
    <message>
        <location filename="../views/detailpane.cpp" line="+17"/>
        <source>Details of the selected item</source>
        <translation>Details des ausgewählten Eintrags</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes and links of the focus; context menu: timeline, findings</source>
        <translation>Attribute und Verknüpfungen des Fokus; Kontextmenü: Zeitleiste, Befunde</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open in &amp;Timeline</source>
        <translation>In der &amp;Zeitleiste öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Findings</source>
        <translation>&amp;Befunde zeigen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a person, service account, role or job to see its details here. The other views then narrow to what it is linked to.</source>
        <translation>Wählen Sie eine Person, ein Dienstkonto, eine Rolle oder einen Job aus, um hier die Details zu sehen. Die anderen Ansichten zeigen dann nur, was damit verknüpft ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>Scimflow::DisplayFormat</name>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="+76"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GCP service account</source>
        <translation>GCP-Dienstkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GCP user-managed key</source>
        <translation>GCP-Schlüssel (benutzerverwaltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GCP system-managed key</source>
        <translation>GCP-Schlüssel (systemverwaltet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub fine-grained token</source>
        <translation>GitHub-Token (fein granuliert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
</context>
<context>
    <name>Scimflow::EvidenceItem</name>
    <message>
        <location filename="../models/drift/evidenceitem.cpp" line="+57"/>
        <location line="+54"/>
        <location line="+109"/>
        <source>Identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataflow</source>
        <translation>Dataflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenLineage</source>
        <translation>OpenLineage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario import</source>
        <translation>Szenario-Import</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, runs as %1</source>
        <translation>, läuft als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, role %1</source>
        <translation>, Rolle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the principal is its %1</source>
        <translation>; der Principal ist sein %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>IdP user, deleted</source>
        <translation>IdP-Benutzer, gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IdP user, active</source>
        <translation>IdP-Benutzer, aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP user, inactive</source>
        <translation>IdP-Benutzer, inaktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s %1</source>
        <translation>%1 des Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deprovisioned (%1)</source>
        <translation>deprovisioniert (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>IdP audit log</source>
        <translation>IdP-Auditprotokoll</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Member of the privileged group %1</source>
        <translation>Mitglied der privilegierten Gruppe %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Active service account, %n job(s), owner %1</source>
        <translation>
            <numerusform>Aktives Dienstkonto, %n Job, Eigentümer %1</numerusform>
            <numerusform>Aktives Dienstkonto, %n Jobs, Eigentümer %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>Cloud IAM</source>
        <translation>Cloud IAM</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Used role %1 in %n job(s); mapping version %2 grants %3</source>
        <translation>
            <numerusform>Rolle %1 in %n Job verwendet; Zuordnungsversion %2 gewährt %3</numerusform>
            <numerusform>Rolle %1 in %n Jobs verwendet; Zuordnungsversion %2 gewährt %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RBAC mapping</source>
        <translation>RBAC-Zuordnung</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last successful sync; last attempt %1, stale after %n hour(s)</source>
        <translation>
            <numerusform>Letzte erfolgreiche Synchronisierung; letzter Versuch %1, veraltet nach %n Stunde</numerusform>
            <numerusform>Letzte erfolgreiche Synchronisierung; letzter Versuch %1, veraltet nach %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 geändert von %2 zu %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local store</source>
        <translation>Lokaler Speicher</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>SCIM target %1</source>
        <translation>SCIM-Ziel %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account %1 in the target, matching no IdP user</source>
        <translation>Konto %1 im Ziel, passt zu keinem IdP-Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Account %1 in the target, matched to %2 by %3</source>
        <translation>Konto %1 im Ziel, %2 zugeordnet über %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1 in the IdP at %2</source>
        <translation>; im IdP %1 am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 in the IdP at %2 by %3</source>
        <translation>; im IdP %1 am %2 von %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member of %1 in the target (account matched by %2, group by %3); the IdP does not grant it</source>
        <translation>Mitglied von %1 im Ziel (Konto zugeordnet über %2, Gruppe über %3); der IdP gewährt es nicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schemas added: %1; removed: %2</source>
        <translation>Schemas hinzugefügt: %1; entfernt: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no use recorded</source>
        <translation>keine Nutzung erfasst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last used %1</source>
        <translation>zuletzt benutzt am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never expires</source>
        <translation>läuft nie ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires %1</source>
        <translation>läuft am %1 ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key %1 (%2), created %3, %4, %5, %6</source>
        <translation>Schlüssel %1 (%2), erstellt am %3, %4, %5, %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fine-grained token &quot;%1&quot;, granted %2, %3, %4</source>
        <translation>Fein granuliertes Token „%1“, gewährt am %2, %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account in project %1, %2, %3</source>
        <translation>Dienstkonto im Projekt %1, %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub organisation %1</source>
        <translation>GitHub-Organisation %1</translation>
    </message>
    <message>
        <location line="-138"/>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
</context>
<context>
    <name>Scimflow::EvidenceModel</name>
    <message>
        <location filename="../models/itemmodels/evidencemodel.cpp" line="+53"/>
        <source>%1
Click to select it in the linked views.</source>
        <translation>%1
Klicken, um es in den verknüpften Ansichten auszuwählen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
</context>
<context>
    <name>Scimflow::EvidencePack</name>
    <message>
        <location filename="../models/reviews/evidencepack.cpp" line="+67"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot move %1 into %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>undecided</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke</source>
        <translation>entziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Access review: %1</source>
        <translation>Zugriffsprüfung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18: periodic review of access to data pipelines</source>
        <translation>SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18: regelmäßige Prüfung der Zugriffe auf Datenpipelines</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>campaign %1</source>
        <translation>Kampagne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle after %1 days</source>
        <translation>ungenutzt nach %1 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewers: %1</source>
        <translation>Prüfer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrects campaign %1</source>
        <translation>korrigiert Kampagne %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Items reviewed</source>
        <translation>Geprüfte Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Revoke</source>
        <translation>Entziehen</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Needs information</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the recommendation</source>
        <translation>Gegen die Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocations applied</source>
        <translation>Entzüge ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocations failed or not applied</source>
        <translation>Entzüge fehlgeschlagen oder nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed off by %1 on %2. Digest of the decisions: %3 (audit entry %4).</source>
        <translation>Abgezeichnet von %1 am %2. Digest der Entscheidungen: %3 (Audit-Eintrag %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress: this campaign is not signed off; its decisions may still change.</source>
        <translation>In Bearbeitung: Diese Kampagne ist nicht abgezeichnet; ihre Entscheidungen können sich noch ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item is one access of one identity, with the evidence Scimflow had when the campaign was created: the last job run under it, the jobs in the period, open findings and the IdP status. Recommendations come from that use; decisions against them carry a justification.</source>
        <translation>Jeder Eintrag ist ein Zugriff einer Identität, mit den Nachweisen, die Scimflow beim Anlegen der Kampagne hatte: der letzte Job unter diesem Zugriff, die Jobs im Zeitraum, offene Befunde und der IdP-Status. Die Empfehlungen ergeben sich aus dieser Nutzung; Entscheidungen dagegen sind begründet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress per reviewer</source>
        <translation>Fortschritt je Prüfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unassigned)</source>
        <translation>(nicht zugewiesen)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No items.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles</source>
        <translation>Pipeline-Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Zuletzt genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs in period</source>
        <translation>Jobs im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The campaign has no items.</source>
        <translation>Die Kampagne hat keine Einträge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export was cancelled; no evidence pack was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde kein Nachweispaket geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the campaign</source>
        <translation>Kampagne wird gelesen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a temporary folder beside %1: %2</source>
        <translation>Neben %1 kann kein temporärer Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the decisions</source>
        <translation>Entscheidungen werden geschrieben</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Writing campaign.pdf</source>
        <translation>campaign.pdf wird geschrieben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the manifest</source>
        <translation>Manifest wird geschrieben</translation>
    </message>
    <message>
        <location line="-548"/>
        <source>Cannot read back %1: %2</source>
        <translation>%1 kann nicht zurückgelesen werden: %2</translation>
    </message>
    <message>
        <location line="+589"/>
        <source>cannot read manifest.json: %1</source>
        <translation>manifest.json kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manifest.json is not a Scimflow evidence pack manifest</source>
        <translation>manifest.json ist kein Manifest eines Scimflow-Nachweispakets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the manifest does not list %1</source>
        <translation>das Manifest führt %1 nicht auf</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the manifest names a file outside the pack: %1</source>
        <translation>das Manifest nennt eine Datei außerhalb des Pakets: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is missing or unreadable</source>
        <translation>%1 fehlt oder ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not match the manifest: SHA-256 %2, expected %3</source>
        <translation>%1 passt nicht zum Manifest: SHA-256 %2, erwartet %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the decisions hash to %1 but the manifest records the digest %2</source>
        <translation>die Entscheidungen ergeben den Hash %1, das Manifest verzeichnet aber den Digest %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest names another campaign than decisions.json</source>
        <translation>das Manifest nennt eine andere Kampagne als decisions.json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audit entry %1 in audit.json does not match its hash</source>
        <translation>Audit-Eintrag %1 in audit.json passt nicht zu seinem Hash</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sign-off audit entry %1 records the digest %2, not %3</source>
        <translation>der Abzeichnungs-Eintrag %1 verzeichnet den Digest %2, nicht %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pack says signed but audit.json holds no sign-off entry</source>
        <translation>das Paket gibt „abgezeichnet“ an, audit.json enthält aber keinen Abzeichnungs-Eintrag</translation>
    </message>
</context>
<context>
    <name>Scimflow::FaultInjector</name>
    <message>
        <location filename="../app/sandbox/faultinjector.cpp" line="+65"/>
        <source>Unknown fault &quot;%1&quot;. %2</source>
        <translation>Unbekannter Fehler „%1“. %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::FindingsDock</name>
    <message>
        <location filename="../app/findingsdock.cpp" line="+31"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Findings could not be computed: %1</source>
        <translation>Befunde konnten nicht berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+9"/>
        <source>Acknowledge</source>
        <translation>Akzeptieren</translation>
    </message>
</context>
<context>
    <name>Scimflow::FindingsModel</name>
    <message>
        <location filename="../models/itemmodels/findingsmodel.cpp" line="+54"/>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>acknowledged until %1</source>
        <translation>akzeptiert bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen (UTC)</source>
        <translation>Zuerst gesehen (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>Scimflow::FindingsView</name>
    <message>
        <location filename="../views/findingsview.cpp" line="+90"/>
        <source>Filter findings (rule, subject, summary)</source>
        <translation>Befunde filtern (Regel, Betroffene, Zusammenfassung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only findings whose rule, subject or summary contain this text</source>
        <translation>Zeigt nur Befunde, deren Regel, Gegenstand oder Zusammenfassung diesen Text enthält</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;resolved and acknowledged</source>
        <translation>&amp;Erledigte und akzeptierte anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list findings that were fixed or whose risk was accepted</source>
        <translation>Auch Befunde auflisten, die behoben wurden oder deren Risiko akzeptiert wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;compute</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the drift rules again over the current data</source>
        <translation>Die Abweichungsregeln erneut auf die aktuellen Daten anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings shown for</source>
        <translation>Befunde gezeigt für</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings about every subject again</source>
        <translation>Wieder die Befunde zu allen Gegenständen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings about every subject</source>
        <translation>Die Befunde zu allen Gegenständen zeigen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selecting a finding focuses its subject in the linked views</source>
        <translation>Die Auswahl eines Befunds setzt den Fokus in den verknüpften Ansichten auf seinen Gegenstand</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finding summary</source>
        <translation>Zusammenfassung des Befunds</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence</source>
        <translation>Nachweise</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a finding to see the rows and events that prove it.</source>
        <translation>Wählen Sie einen Befund aus, um die Zeilen und Ereignisse zu sehen, die ihn belegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+142"/>
        <source>&amp;Fix…</source>
        <translation>&amp;Beheben…</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Preview and apply a fix for the selected finding</source>
        <translation>Korrektur für den ausgewählten Befund ansehen und anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Akzeptieren…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Accept the risk of the selected finding until a date</source>
        <translation>Das Risiko des ausgewählten Befunds bis zu einem Datum akzeptieren</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>About &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Zu &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as CS&amp;V</source>
        <translation>Als CS&amp;V kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;all shown findings as CSV</source>
        <translation>&amp;Alle gezeigten Befunde als CSV kopieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open in &amp;Timeline</source>
        <translation>In der &amp;Zeitleiste öffnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (%1 of %2)</source>
        <translation>&lt;b&gt;Befunde&lt;/b&gt; (%1 von %2)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The rows and events that prove the finding; activating a row selects what it names in the linked views</source>
        <translation>Die Zeilen und Ereignisse, die den Befund belegen; das Aktivieren einer Zeile wählt aus, was sie nennt, in den verknüpften Ansichten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence as JSON</source>
        <translation>Nachweise als JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;JSON</source>
        <translation>&amp;JSON anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the evidence as the raw JSON the finding stores</source>
        <translation>Die Nachweise als das rohe JSON anzeigen, das der Befund speichert</translation>
    </message>
</context>
<context>
    <name>Scimflow::FixDialog</name>
    <message>
        <location filename="../views/fixdialog.cpp" line="+23"/>
        <source>Fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix</source>
        <translation>Beheben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request preview</source>
        <translation>Vorschau der Anfrage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why (kept in the audit log), e.g. the ticket number</source>
        <translation>Warum (wird im Audit-Log festgehalten), z. B. die Ticketnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;reviewed the request and want to send it</source>
        <translation>Ich habe die Anfrage &amp;geprüft und möchte sie senden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Apply fix</source>
        <translation>Korrektur &amp;anwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Korrektur:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect:</source>
        <translation>Erwartete Wirkung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request:</source>
        <translation>Anfrage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>Beg&amp;ründung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server now:</source>
        <translation>Server jetzt:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No automatic fix applies to this finding. Fix it in the service&apos;s own console, or acknowledge it with a reason and an expiry.</source>
        <translation>Für diesen Befund gibt es keine automatische Korrektur. Beheben Sie ihn in der Konsole des Dienstes oder akzeptieren Sie ihn mit Begründung und Ablaufdatum.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>
(The current state could not be read: %1. It is read again when you apply.)</source>
        <translation>
(Der aktuelle Zustand konnte nicht gelesen werden: %1. Er wird beim Anwenden erneut gelesen.)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done (audit entries %1 and %2).</source>
        <translation>Erledigt (Audit-Einträge %1 und %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The resource changed on the server (HTTP %1). Its current state:
%2
Review it, then apply again if the fix is still needed.</source>
        <translation>Die Ressource wurde auf dem Server geändert (HTTP %1). Ihr aktueller Zustand:
%2
Prüfen Sie ihn und wenden Sie die Korrektur erneut an, falls sie noch nötig ist.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed: %1. Nothing else was changed; try again later or fix it in the service&apos;s console.</source>
        <translation>Fehlgeschlagen: %1. Sonst wurde nichts geändert; versuchen Sie es später erneut oder beheben Sie es in der Konsole des Dienstes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the resource again…</source>
        <translation>Ressource wird erneut gelesen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read it again: %1</source>
        <translation>Erneutes Lesen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in effect: %1</source>
        <translation>Nicht wirksam: %1</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>I understand that this &amp;cannot be undone</source>
        <translation>Mir ist klar, dass dies &amp;nicht rückgängig gemacht werden kann</translation>
    </message>
</context>
<context>
    <name>Scimflow::FixExecutor</name>
    <message>
        <location filename="../models/fixes/fixexecutor.cpp" line="+69"/>
        <source>Enter a reason for the change; it is kept in the audit log.</source>
        <translation>Geben Sie eine Begründung für die Änderung ein; sie wird im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>No connection can perform this fix.</source>
        <translation>Keine Verbindung kann diese Korrektur ausführen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No connection can read this resource.</source>
        <translation>Keine Verbindung kann diese Ressource lesen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Entry %1: interrupted; its action could not be re-read.</source>
        <translation>Eintrag %1: unterbrochen; seine Aktion konnte nicht erneut gelesen werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 (%2 %3): interrupted; no connection can re-read it yet.</source>
        <translation>Eintrag %1 (%2 %3): unterbrochen; noch kann keine Verbindung ihn erneut lesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1 (%2 %3): interrupted; re-reading failed (%4), retried at the next start.</source>
        <translation>Eintrag %1 (%2 %3): unterbrochen; erneutes Lesen fehlgeschlagen (%4), wird beim nächsten Start wiederholt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entry %1 (%2 %3): %4</source>
        <translation>Eintrag %1 (%2 %3): %4</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>not recorded in the audit log: %1</source>
        <translation>nicht im Audit-Log festgehalten: %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::FixPlanner</name>
    <message>
        <location filename="../models/fixes/fixplanner.cpp" line="+136"/>
        <source>Deactivate user %1</source>
        <translation>Benutzer %1 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is set to active = false in the IdP: they can no longer sign in, and every application provisioned from the IdP deactivates them at its next sync.</source>
        <translation>%1 wird im IdP auf active = false gesetzt: die Person kann sich nicht mehr anmelden, und jede vom IdP versorgte Anwendung deaktiviert sie bei ihrer nächsten Synchronisierung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loses the membership of %2 in the IdP, and with it the pipeline roles the RBAC mapping grants that group. Other memberships are unchanged.</source>
        <translation>%1 verliert im IdP die Mitgliedschaft in %2 und damit die Pipeline-Rollen, die die RBAC-Zuordnung dieser Gruppe gewährt. Andere Mitgliedschaften bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel job %1</source>
        <translation>Job %1 abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 job %2 is cancelled: it stops processing and does not restart by itself. Output written so far stays.</source>
        <translation>Der %1-Job %2 wird abgebrochen: er beendet die Verarbeitung und startet nicht von selbst neu. Bisher geschriebene Ausgaben bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No connection that can %1 is configured; add the %2 connection in the settings, or fix it in the service&apos;s own console.</source>
        <translation>Es ist keine Verbindung eingerichtet, die %1 kann; fügen Sie die Verbindung %2 in den Einstellungen hinzu oder beheben Sie es in der Konsole des Dienstes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deactivate %1 in target %2</source>
        <translation>%1 im Ziel %2 deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is set to active = false in SCIM target %2, as the identity provider already has it. Nothing changes in the IdP.</source>
        <translation>Das Konto %1 wird im SCIM-Ziel %2 auf active = false gesetzt, wie es der Identitätsanbieter bereits hat. Im IdP ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from %2 in target %3</source>
        <translation>%1 im Ziel %3 aus %2 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loses the membership of %2 in SCIM target %3, which the identity provider does not grant. Nothing changes in the IdP.</source>
        <translation>%1 verliert im SCIM-Ziel %3 die Mitgliedschaft in %2, die der Identitätsanbieter nicht gewährt. Im IdP ändert sich nichts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection to SCIM target %1 is configured; sync the target with its token first, or fix it in the target&apos;s own console.</source>
        <translation>Für das SCIM-Ziel %1 ist keine Verbindung eingerichtet; synchronisieren Sie das Ziel zuerst mit seinem Token oder beheben Sie es in der Konsole des Ziels.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>key %1 of %2</source>
        <translation>Schlüssel %1 von %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token %1 of %2</source>
        <translation>Token %1 von %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable service account %1</source>
        <translation>Dienstkonto %1 deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can no longer authenticate to Google Cloud, with any of its keys; the pipelines that run as it fail until it is enabled again (the undo).</source>
        <translation>%1 kann sich mit keinem seiner Schlüssel mehr bei Google Cloud authentifizieren; die Pipelines, die als dieses Konto laufen, schlagen fehl, bis es wieder aktiviert wird (die Rücknahme).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable service account %1</source>
        <translation>Dienstkonto %1 aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can authenticate again.</source>
        <translation>%1 kann sich wieder authentifizieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable %1</source>
        <translation>%1 deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests signed with this key are refused; the account and its other keys keep working. Enabling the key undoes it.</source>
        <translation>Mit diesem Schlüssel signierte Anfragen werden abgelehnt; das Konto und seine anderen Schlüssel funktionieren weiter. Das Aktivieren des Schlüssels nimmt es zurück.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable %1</source>
        <translation>%1 aktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key can be used again.</source>
        <translation>Der Schlüssel kann wieder benutzt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is deleted for good: it cannot be enabled again, and whoever holds its file can no longer use it. Disable it first if you are unsure who uses it.</source>
        <translation>Der Schlüssel wird endgültig gelöscht: Er kann nicht wieder aktiviert werden, und wer seine Datei besitzt, kann ihn nicht mehr benutzen. Deaktivieren Sie ihn zuerst, wenn Sie nicht sicher sind, wer ihn benutzt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token loses its access to the organisation&apos;s resources at once. GitHub has no undo: its owner must request a new token.</source>
        <translation>Das Token verliert sofort seinen Zugriff auf die Ressourcen der Organisation. GitHub bietet keine Rücknahme: Sein Eigentümer muss ein neues Token beantragen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GcpIamFetcher</name>
    <message>
        <location filename="../models/credentials/gcpiamfetcher.cpp" line="+86"/>
        <source>Give the Google Cloud project whose credentials to read.</source>
        <translation>Geben Sie das Google-Cloud-Projekt an, dessen Zugangsdaten gelesen werden sollen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the service accounts of %1 was cancelled.</source>
        <translation>Das Lesen der Dienstkonten von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than %1 pages; raise the page limit.</source>
        <translation>Mehr als %1 Seiten; erhöhen Sie die Seitengrenze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google repeated a page token; the paging loops, so the read stops and nothing is saved.</source>
        <translation>Google hat ein Seitentoken wiederholt; das Blättern läuft im Kreis, daher wird das Lesen beendet und nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Listing the service accounts of %1</source>
        <translation>Auflisten der Dienstkonten von %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Listing the keys of %1</source>
        <translation>Auflisten der Schlüssel von %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the last authentication of the service accounts of %1 (Policy Analyzer)</source>
        <translation>Lesen der letzten Authentifizierung der Dienstkonten von %1 (Policy Analyzer)</translation>
    </message>
</context>
<context>
    <name>Scimflow::GdprReport</name>
    <message>
        <location filename="../models/reports/gdprreport.cpp" line="+56"/>
        <source>Pipeline processing under personal identities</source>
        <translation>Pipeline-Verarbeitung unter persönlichen Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First job</source>
        <translation>Erster Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>Letzter Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job ran under a personal identity in the period.</source>
        <translation>Im Zeitraum lief kein Job unter einer persönlichen Identität.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no IdP match</source>
        <translation>kein IdP-Treffer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data retention in the local store</source>
        <translation>Datenaufbewahrung im lokalen Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Älteste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>Neueste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured retention</source>
        <translation>Eingestellte Aufbewahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data held</source>
        <translation>Gespeicherte personenbezogene Daten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows per table in the local store</source>
        <translation>Zeilen je Tabelle im lokalen Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none configured (kept until deleted)</source>
        <translation>nicht eingestellt (bis zur Löschung aufbewahrt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletions and fixes performed in the period</source>
        <translation>Im Zeitraum ausgeführte Löschungen und Korrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deletion or fix was recorded in the period.</source>
        <translation>Im Zeitraum wurde keine Löschung und keine Korrektur aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user deleted in the IdP</source>
        <translation>Benutzer im IdP gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer returned by the IdP; local row kept as history</source>
        <translation>vom IdP nicht mehr geliefert; lokale Zeile bleibt als Verlauf erhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix: %1</source>
        <translation>Korrektur: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit seq %1; outcome: %2; reason: %3</source>
        <translation>Audit-Nr. %1; Ergebnis: %2; Begründung: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records of processing: identity and pipeline sync</source>
        <translation>Verarbeitungsverzeichnis: Identitäts- und Pipeline-Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Letzte erfolgreiche Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs in period</source>
        <translation>Läufe im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields stored</source>
        <translation>Gespeicherte Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detect access drift between the IdP and data pipelines (SOC 2, security)</source>
        <translation>Zugriffsabweichungen zwischen IdP und Datenpipelines erkennen (SOC 2, Sicherheit)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pipeline sync</source>
        <translation>Pipeline-Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenario import</source>
        <translation>Szenario-Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity sync</source>
        <translation>Identitätssynchronisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jobs: name, state, times, launcher and run-as principals, role, labels</source>
        <translation>Jobs: Name, Status, Zeiten, startende und ausführende Principals, Rolle, Labels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users: userName, names, emails, department, employee number, manager, active, timestamps; groups: names and members; identity events</source>
        <translation>Benutzer: userName, Namen, E-Mails, Abteilung, Personalnummer, Vorgesetzte, aktiv, Zeitstempel; Gruppen: Namen und Mitglieder; Identitätsereignisse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity provider (%1)</source>
        <translation>Identitätsanbieter (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endpoint %1; credentials stay in the OS keychain</source>
        <translation>Endpunkt %1; Zugangsdaten bleiben im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GDPR Art. 30 records of processing and Art. 5(1)(e) storage limitation</source>
        <translation>DSGVO Art. 30 Verarbeitungsverzeichnis und Art. 5 Abs. 1 lit. e Speicherbegrenzung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data processed by pipelines is counted per identity the jobs ran under or were launched by; principals that match no IdP user are listed too, since their names and emails are personal data as well.</source>
        <translation>Von Pipelines verarbeitete personenbezogene Daten werden je Identität gezählt, unter der die Jobs liefen oder von der sie gestartet wurden; Principals ohne passenden IdP-Benutzer werden ebenfalls aufgeführt, da auch ihre Namen und E-Mails personenbezogene Daten sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identities processed under</source>
        <translation>Identitäten, unter denen verarbeitet wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principals with no IdP match</source>
        <translation>Principals ohne IdP-Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs under these identities</source>
        <translation>Jobs unter diesen Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletions and fixes</source>
        <translation>Löschungen und Korrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync sources</source>
        <translation>Synchronisierungsquellen</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubActionsFetcher</name>
    <message>
        <location filename="../models/pipelines/githubactionsfetcher.cpp" line="+34"/>
        <source>The repository must be written OWNER/REPO, not &quot;%1&quot;.</source>
        <translation>Das Repository muss als OWNER/REPO angegeben werden, nicht als „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The GitHub Actions fetch was cancelled.</source>
        <translation>Der GitHub-Actions-Abruf wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GitHub returned a Link to a page already fetched; the paging loops, so the fetch stops.</source>
        <translation>GitHub hat einen Link auf eine bereits abgerufene Seite geliefert; das Blättern läuft im Kreis, daher stoppt der Abruf.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 pages of workflow runs; raise the page limit.</source>
        <translation>Mehr als %1 Seiten mit Workflow-Läufen; erhöhen Sie das Seitenlimit.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing workflow runs</source>
        <translation>Workflow-Läufe werden aufgelistet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1: %2</source>
        <translation>Seite %1: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>GitHub&apos;s next page points at another host (%1); it is not followed.</source>
        <translation>Die nächste Seite von GitHub verweist auf einen anderen Host (%1); ihr wird nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubActionsParser</name>
    <message>
        <location filename="../models/pipelines/githubactionsparser.cpp" line="+53"/>
        <source>&quot;id&quot; is not a run number</source>
        <translation>„id“ ist keine Laufnummer</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The GitHub Actions runs response</source>
        <translation>Die GitHub-Actions-Läufe-Antwort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub Actions response has no &quot;workflow_runs&quot; array; check the URL points at /repos/OWNER/REPO/actions/runs.</source>
        <translation>Die GitHub-Actions-Antwort hat kein „workflow_runs“-Array; prüfen Sie, ob die URL auf /repos/OWNER/REPO/actions/runs zeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub Actions response holds %1 runs, more than the limit of %2.</source>
        <translation>Die GitHub-Actions-Antwort enthält %1 Läufe, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubAppAuth</name>
    <message>
        <location filename="../models/credentials/githubappauth.cpp" line="+87"/>
        <source>Give the GitHub App id and the organisation.</source>
        <translation>Geben Sie die ID der GitHub-App und die Organisation an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+28"/>
        <source>The GitHub App&apos;s private key cannot sign: %1</source>
        <translation>Der private Schlüssel der GitHub-App kann nicht signieren: %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Finding the GitHub App&apos;s installation on %1 (is the App installed there?)</source>
        <translation>Suchen der Installation der GitHub-App in %1 (ist die App dort installiert?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub&apos;s installation answer has no id.</source>
        <translation>Die Installationsantwort von GitHub enthält keine ID.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Getting a GitHub App installation token</source>
        <translation>Abrufen eines Installationstokens der GitHub-App</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s installation token answer lacks token or expires_at.</source>
        <translation>Der Antwort von GitHub auf die Installationstoken-Anfrage fehlt token oder expires_at.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubTokenFetcher</name>
    <message>
        <location filename="../models/credentials/githubtokenfetcher.cpp" line="+70"/>
        <source>Give the GitHub organisation&apos;s login, not &quot;%1&quot;.</source>
        <translation>Geben Sie den Login der GitHub-Organisation an, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the tokens of %1 was cancelled.</source>
        <translation>Das Lesen der Tokens von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+59"/>
        <source>Listing the fine-grained tokens of %1</source>
        <translation>Auflisten der fein granulierten Tokens von %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1: page %2 is not a JSON array (%3).</source>
        <translation>%1: Seite %2 ist kein JSON-Array (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong shape</source>
        <translation>falsche Form</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a token without id or owner login.</source>
        <translation>%1: ein Token ohne ID oder Login des Eigentümers.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub returned a Link to a page already fetched; the paging loops, so the read stops and nothing is saved.</source>
        <translation>GitHub hat einen Link auf eine bereits abgerufene Seite geliefert; das Blättern läuft im Kreis, daher wird das Lesen beendet und nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 pages of tokens; raise the page limit.</source>
        <translation>Mehr als %1 Seiten mit Tokens; erhöhen Sie die Seitengrenze.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>GitHub&apos;s next page points at another host (%1); it is not followed.</source>
        <translation>Die nächste Seite von GitHub zeigt auf einen anderen Host (%1); ihr wird nicht gefolgt.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GoogleCredentials</name>
    <message>
        <location filename="../models/net/googlecredentials.cpp" line="+30"/>
        <source>%1 is not a Google credentials file (a JSON object with &quot;type&quot; service_account or authorized_user).</source>
        <translation>%1 ist keine Google-Anmeldedatei (ein JSON-Objekt mit &quot;type&quot; service_account oder authorized_user).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has credentials of type &quot;%2&quot;; Scimflow reads service_account keys and authorized_user files (gcloud auth application-default login).</source>
        <translation>%1 enthält Anmeldedaten vom Typ &quot;%2&quot;; Scimflow liest service_account-Schlüssel und authorized_user-Dateien (gcloud auth application-default login).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lacks %2.</source>
        <translation>In %1 fehlt %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: token_uri is not a URL.</source>
        <translation>%1: token_uri ist keine URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: token_uri: %2</source>
        <translation>%1: token_uri: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: private_key is not an RSA private key in PEM form.</source>
        <translation>%1: private_key ist kein privater RSA-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the Google credentials file %1: %2</source>
        <translation>Die Google-Anmeldedatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 MB; it is not a Google credentials file.</source>
        <translation>%1 ist größer als 1 MB; das ist keine Google-Anmeldedatei.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GoogleCredentialsAuth</name>
    <message>
        <location filename="../models/net/googlecredentialsauth.cpp" line="+48"/>
        <source>the Google credentials</source>
        <translation>die Google-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HTTP client is gone.</source>
        <translation>Der HTTP-Client ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not obtain a Google access token for %1: %2</source>
        <translation>Für %1 konnte kein Google-Zugriffstoken bezogen werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token endpoint %1 refused the credentials in %2 (HTTP %3%4); check that the file is current, that its key or refresh token was not revoked and that its account is enabled.</source>
        <translation>Der Token-Endpunkt %1 hat die Anmeldedaten in %2 abgelehnt (HTTP %3%4); prüfen Sie, ob die Datei aktuell ist, ihr Schlüssel oder Aktualisierungstoken nicht widerrufen wurde und ihr Konto aktiviert ist.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphCertificate</name>
    <message>
        <location filename="../models/idp/graphcertificate.cpp" line="+47"/>
        <source>The PEM file holds no certificate; it needs the app registration&apos;s certificate and its private key.</source>
        <translation>Die PEM-Datei enthält kein Zertifikat; sie braucht das Zertifikat der App-Registrierung und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private key in the PEM file is encrypted; export it without a passphrase (e.g. openssl pkey -in key.pem -out plain.pem) and protect the file instead.</source>
        <translation>Der private Schlüssel in der PEM-Datei ist verschlüsselt; exportieren Sie ihn ohne Passphrase (z. B. openssl pkey -in key.pem -out plain.pem) und schützen Sie stattdessen die Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PEM file holds no private key; it needs the certificate and its private key.</source>
        <translation>Die PEM-Datei enthält keinen privaten Schlüssel; sie braucht das Zertifikat und seinen privaten Schlüssel.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in the PEM file cannot be used: %1</source>
        <translation>Der private Schlüssel in der PEM-Datei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 ist zu groß für eine Zertifikatsdatei.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphDirectoryReader</name>
    <message>
        <location filename="../models/idp/graphdirectoryreader.cpp" line="+76"/>
        <location line="+102"/>
        <location line="+161"/>
        <source>The HTTP client is gone.</source>
        <translation>Der HTTP-Client ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The stored Graph delta links do not belong to %1; the directory was read in full.</source>
        <translation>Die gespeicherten Graph-Delta-Links gehören nicht zu %1; das Verzeichnis wurde vollständig gelesen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit log window starts %1, more than %2 days ago: Entra ID keeps directory audits for %2 days (7 without Entra ID P1/P2), so earlier events may be missing.</source>
        <translation>Das Zeitfenster des Audit-Logs beginnt %1, vor mehr als %2 Tagen: Entra ID bewahrt Verzeichnis-Audits %2 Tage auf (7 ohne Entra ID P1/P2), frühere Ereignisse können also fehlen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+126"/>
        <source>The Graph read was cancelled; nothing was changed.</source>
        <translation>Das Lesen über Graph wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>An incremental Graph read needs the database to complete member lists.</source>
        <translation>Ein inkrementelles Lesen über Graph braucht die Datenbank, um Mitgliederlisten zu vervollständigen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Graph answered with a %1 pointing outside %2 (%3); it was not followed and nothing was written.</source>
        <translation>Graph antwortete mit einem %1, der aus %2 hinausführt (%3); er wurde nicht verfolgt und nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading changed users (Graph delta)</source>
        <translation>Geänderte Benutzer werden gelesen (Graph-Delta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading users (Graph delta)</source>
        <translation>Benutzer werden gelesen (Graph-Delta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading changed groups and members (Graph delta)</source>
        <translation>Geänderte Gruppen und Mitglieder werden gelesen (Graph-Delta)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading groups and members (Graph delta)</source>
        <translation>Gruppen und Mitglieder werden gelesen (Graph-Delta)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Graph no longer accepts the stored delta link (%1); the directory was read in full again.</source>
        <translation>Graph akzeptiert den gespeicherten Delta-Link nicht mehr (%1); das Verzeichnis wurde erneut vollständig gelesen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph returned more than %1 pages of %2; the read was stopped as endless and nothing was written.</source>
        <translation>Graph lieferte mehr als %1 Seiten %2; das Lesen wurde als endlos abgebrochen und nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Graph refused %1 (HTTP 403: %2). Grant the app registration the application permissions User.Read.All, GroupMember.Read.All and AuditLog.Read.All, with admin consent.</source>
        <translation>Graph hat %1 abgelehnt (HTTP 403: %2). Erteilen Sie der App-Registrierung die Anwendungsberechtigungen User.Read.All, GroupMember.Read.All und AuditLog.Read.All mit Administratorzustimmung.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed with HTTP %2%3.</source>
        <translation>%1 ist mit HTTP %2%3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>next link</source>
        <translation>Next-Link</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Graph answered %1 with a next link it had already given (a paging loop); nothing was written.</source>
        <translation>Graph antwortete für %1 mit einem Next-Link, den es schon geliefert hatte (eine Blätterschleife); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Graph ended the %1 delta without a delta link; the next sync could not continue from it, so nothing was written.</source>
        <translation>Graph beendete das Delta für %1 ohne Delta-Link; die nächste Synchronisierung könnte nicht daran anschließen, daher wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delta link</source>
        <translation>Delta-Link</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Graph listed a user without an id; nothing was written.</source>
        <translation>Graph lieferte einen Benutzer ohne ID; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Graph listed a group without an id; nothing was written.</source>
        <translation>Graph lieferte eine Gruppe ohne ID; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading directory audits</source>
        <translation>Verzeichnis-Audits werden gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory audits</source>
        <translation>Verzeichnis-Audits</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>Graph answered %1 with HTTP %2%3.</source>
        <translation>Graph hat %1 mit HTTP %2%3 beantwortet.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to the Entra ID tenant: its users and directory audits can be read.</source>
        <translation>Mit dem Entra-ID-Mandanten verbunden: Seine Benutzer und Verzeichnisüberwachungen können gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphFixConnector</name>
    <message>
        <location filename="../models/idp/graphfixconnector.cpp" line="+48"/>
        <source>Graph refused %1 (HTTP 403: %2). The app registration needs the application permissions User.EnableDisableAccount.All and GroupMember.ReadWrite.All, with admin consent; privileged users may also need a directory role.</source>
        <translation>Graph hat %1 abgelehnt (HTTP 403: %2). Die App-Registrierung braucht die Anwendungsberechtigungen User.EnableDisableAccount.All und GroupMember.ReadWrite.All mit Administratorzustimmung; für privilegierte Benutzer kann zusätzlich eine Verzeichnisrolle nötig sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: Graph does not know it (HTTP 404: %2).</source>
        <translation>%1: Graph kennt das Objekt nicht (HTTP 404: %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 ist mit HTTP %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+47"/>
        <source>The Graph connection is gone.</source>
        <translation>Die Graph-Verbindung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Graph answered %1 without the user&apos;s accountEnabled.</source>
        <translation>Graph antwortete auf %1 ohne accountEnabled des Benutzers.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Graph answered %1 with something that is not a list of groups.</source>
        <translation>Graph antwortete auf %1 mit etwas, das keine Liste von Gruppen ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Graph answered the user&apos;s groups with a next link that cannot be followed.</source>
        <translation>Graph lieferte zu den Gruppen des Benutzers einen Next-Link, dem nicht gefolgt werden kann.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>This connection cannot perform that fix.</source>
        <translation>Diese Verbindung kann diese Korrektur nicht ausführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already in effect; nothing was sent</source>
        <translation>bereits wirksam; nichts wurde gesendet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>already in effect on the server after HTTP 404 (%1)</source>
        <translation>auf dem Server nach HTTP 404 bereits wirksam (%1)</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphParser</name>
    <message>
        <location filename="../models/idp/graphparser.cpp" line="+80"/>
        <source>%1 answered with malformed JSON (%2 at byte %3); nothing was written.</source>
        <translation>%1 antwortete mit fehlerhaftem JSON (%2 bei Byte %3); nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with JSON that is not a Graph collection (no &quot;value&quot; array); check that the Graph URL points at the v1.0 API.</source>
        <translation>%1 antwortete mit JSON, das keine Graph-Sammlung ist (kein &quot;value&quot;-Array); prüfen Sie, ob die Graph-URL auf die v1.0-API zeigt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered with an %2 that is not an absolute URL; nothing was written.</source>
        <translation>%1 antwortete mit einem %2, der keine absolute URL ist; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with both a next link and a delta link; nothing was written.</source>
        <translation>%1 antwortete mit einem Next-Link und zugleich einem Delta-Link; nichts wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>Scimflow::Gui</name>
    <message>
        <location filename="../app/application.cpp" line="+58"/>
        <source>Open the built-in demo (the default until a connection is configured). Its database is rebuilt on each start.</source>
        <translation>Die eingebaute Demo öffnen (Standard, bis eine Verbindung eingerichtet ist). Ihre Datenbank wird bei jedem Start neu aufgebaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the database FILE (default: %1).</source>
        <translation>Die Datenbank FILE öffnen (Standard: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window to the PNG FILE once the data is loaded, then exit.</source>
        <translation>Das Hauptfenster nach dem Laden der Daten in die PNG-Datei FILE zeichnen und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: render VIEW instead of the main window (%1).</source>
        <translation>Mit --screenshot: VIEW statt des Hauptfensters darstellen (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the console in LANGUAGE (en, de or fr) instead of the language chosen in Settings or, failing that, the system&apos;s.</source>
        <translation>Die Konsole in LANGUAGE (en, de oder fr) anzeigen statt in der in den Einstellungen gewählten Sprache bzw. der des Systems.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scimflow console: linked users, roles and pipeline jobs, and where they have drifted apart.

Commands (scimflow &lt;command&gt; --help):
%1</source>
        <translation>Scimflow-Konsole: verknüpfte Benutzer, Rollen und Pipeline-Jobs und wo sie voneinander abweichen.

Befehle (scimflow &lt;command&gt; --help):
%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>warning: the console is not translated into %1; it is shown in English</source>
        <translation>Warnung: die Konsole ist nicht in %1 übersetzt; sie wird auf Englisch angezeigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: use either --demo or --db FILE, not both</source>
        <translation>Fehler: verwenden Sie entweder --demo oder --db FILE, nicht beides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: --screenshot-view takes one of: %1</source>
        <translation>Fehler: --screenshot-view erwartet eines von: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::HttpClient</name>
    <message>
        <location filename="../models/net/httpclient.cpp" line="+37"/>
        <source>No certificate could be read from %1; give a PEM or DER CA certificate file.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden; geben Sie eine CA-Zertifikatsdatei im PEM- oder DER-Format an.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a valid URL; enter an address such as https://idp.example.com/scim/v2.</source>
        <translation>„%1“ ist keine gültige URL; geben Sie eine Adresse wie https://idp.example.com/scim/v2 ein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain http is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Unverschlüsseltes http ist nur zu diesem Computer erlaubt (127.0.0.1, ::1, localhost); verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported URL scheme &quot;%1&quot;; use https://.</source>
        <translation>Nicht unterstütztes URL-Schema „%1“; verwenden Sie https://.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check the server&apos;s logs</source>
        <translation>prüfen Sie die Logs des Servers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the token and its permissions</source>
        <translation>prüfen Sie das Token und seine Berechtigungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the resource no longer exists; sync again</source>
        <translation>die Ressource existiert nicht mehr; synchronisieren Sie erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the resource changed on the server; re-read it and try again</source>
        <translation>die Ressource wurde auf dem Server geändert; lesen Sie sie erneut und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wait and try again</source>
        <translation>warten Sie und versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2: %3.</source>
        <translation>%1 antwortete mit HTTP %2: %3.</translation>
    </message>
</context>
<context>
    <name>Scimflow::HttpJob</name>
    <message>
        <location filename="../models/net/httpjob.cpp" line="+119"/>
        <source>The HTTP client was destroyed.</source>
        <translation>Der HTTP-Client wurde zerstört.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 returned more than %2 MB; the response was refused. Ask for smaller pages.</source>
        <translation>%1 lieferte mehr als %2 MB; die Antwort wurde abgelehnt. Fordern Sie kleinere Seiten an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 did not answer within %2 s; the server may be overloaded or unreachable.</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet; der Server ist möglicherweise überlastet oder nicht erreichbar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake with %1 failed (%2). If the server uses a private CA, select its certificate as the CA file; verification is never switched off.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2). Wenn der Server eine private CA verwendet, wählen Sie deren Zertifikat als CA-Datei; die Prüfung wird nie abgeschaltet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 failed: the connection closed after %2 of %3 bytes.</source>
        <translation>%1 fehlgeschlagen: Die Verbindung wurde nach %2 von %3 Bytes geschlossen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was rejected as unauthenticated (HTTP 401); the token is missing, wrong or expired: enter a new one in the connection settings.</source>
        <translation>%1 wurde als nicht authentifiziert abgelehnt (HTTP 401); das Token fehlt, ist falsch oder abgelaufen: geben Sie in den Verbindungseinstellungen ein neues ein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rate limited (HTTP 429)</source>
        <translation>Anfragelimit erreicht (HTTP 429)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is rate limited (HTTP %2) and asked to wait %3 s; try again later or lower the request rate.</source>
        <translation>%1 ist ratenbegrenzt (HTTP %2) und bat, %3 s zu warten; versuchen Sie es später erneut oder senken Sie die Anfragerate.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 failed with HTTP %2 after %3 attempts; the server has a problem, try again later.</source>
        <translation>%1 ist nach %3 Versuchen mit HTTP %2 fehlgeschlagen; der Server hat ein Problem, versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered with content type &quot;%2&quot; instead of %3; check that the URL points at the API and not at a login page or proxy.</source>
        <translation>%1 antwortete mit dem Inhaltstyp „%2“ statt %3; prüfen Sie, ob die URL auf die API zeigt und nicht auf eine Anmeldeseite oder einen Proxy.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::IdentityModel</name>
    <message>
        <location filename="../models/itemmodels/identitymodel.cpp" line="+72"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner group</source>
        <translation>Besitzende Gruppe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
</context>
<context>
    <name>Scimflow::JobCancelConnector</name>
    <message>
        <location filename="../models/fixes/jobcancelconnector.cpp" line="+67"/>
        <location line="+78"/>
        <source>The pipeline connection is closed.</source>
        <translation>Die Pipeline-Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Cancelling the GitHub run</source>
        <translation>GitHub-Lauf abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling the Dataflow job</source>
        <translation>Dataflow-Job abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the API answered HTTP %2 with a body that is not a JSON object, so it is unknown whether the cancellation was accepted; the re-read shows the job&apos;s state.</source>
        <translation>%1: Die API antwortete mit HTTP %2 und einem Inhalt, der kein JSON-Objekt ist; ob der Abbruch angenommen wurde, ist daher unbekannt. Das erneute Lesen zeigt den Zustand des Jobs.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancellation requested.</source>
        <translation>Abbruch angefordert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>already cancelled on the server after HTTP %1 (%2); nothing else was changed</source>
        <translation>nach HTTP %1 (%2) auf dem Server bereits abgebrochen; sonst wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (re-reading failed: %1)</source>
        <translation> (erneutes Lesen fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the job</source>
        <translation>Job lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline API answered with a body that is not a JSON object.</source>
        <translation>Die Pipeline-API antwortete mit einem Inhalt, der kein JSON-Objekt ist.</translation>
    </message>
</context>
<context>
    <name>Scimflow::JobModel</name>
    <message>
        <location filename="../models/itemmodels/jobmodel.cpp" line="+90"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launched by</source>
        <translation>Gestartet von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs as</source>
        <translation>Läuft als</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role used</source>
        <translation>Verwendete Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created (UTC)</source>
        <translation>Angelegt (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started (UTC)</source>
        <translation>Gestartet (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended (UTC)</source>
        <translation>Beendet (UTC)</translation>
    </message>
</context>
<context>
    <name>Scimflow::JobsWriter</name>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+26"/>
        <source>%1: %2 jobs (%3 new, %4 updated), %5 with unmatched principals</source>
        <translation>%1: %2 Jobs (%3 neu, %4 aktualisiert), %5 mit nicht zugeordneten Principals</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1 records skipped</source>
        <translation>, %1 Datensätze übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 listed twice and kept once</source>
        <translation>, %1 doppelt gelistet und einmal behalten</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot start a transaction for the jobs.</source>
        <translation>Für die Jobs kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+40"/>
        <source>Cannot read known jobs</source>
        <translation>Bekannte Jobs können nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="-32"/>
        <location line="+48"/>
        <source>job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no id</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>listed twice</source>
        <translation>doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+49"/>
        <source>Cannot write job %1</source>
        <translation>Job %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+58"/>
        <source>The sync stopped before its jobs were written.</source>
        <translation>Die Synchronisierung endete, bevor ihre Jobs geschrieben waren.</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+19"/>
        <source>Cannot set the launcher of job %1</source>
        <translation>Der Starter von Job %1 kann nicht gesetzt werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="-11"/>
        <source>job not synced yet</source>
        <translation>Job noch nicht synchronisiert</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+15"/>
        <source>Cannot read jobs</source>
        <translation>Jobs können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot relink job %1</source>
        <translation>Job %1 kann nicht neu verknüpft werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+1"/>
        <source>Cannot prepare the jobs table for a first import</source>
        <translation>Die Job-Tabelle kann nicht für einen ersten Import vorbereitet werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+1"/>
        <source>Cannot build the jobs&apos; indexes</source>
        <translation>Die Indizes der Jobs können nicht aufgebaut werden</translation>
    </message>
</context>
<context>
    <name>Scimflow::JsonInput</name>
    <message>
        <location filename="../models/pipelines/jsoninput.cpp" line="+21"/>
        <source>%1 is %2 bytes, more than the limit of %3 bytes; fetch smaller pages or split the file.</source>
        <translation>%1 ist %2 Byte groß, mehr als das Limit von %3 Byte; rufen Sie kleinere Seiten ab oder teilen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 nests JSON deeper than %2 levels; it is not a document this source produces.</source>
        <translation>%1 verschachtelt JSON tiefer als %2 Ebenen; ein solches Dokument erzeugt diese Quelle nicht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 ist kein gültiges JSON (Zeile %2, Spalte %3: %4).</translation>
    </message>
</context>
<context>
    <name>Scimflow::JwtAssertion</name>
    <message>
        <location filename="../models/net/jwtassertion.cpp" line="+31"/>
        <source>The private key is not an RSA private key in PEM form.</source>
        <translation>Der private Schlüssel ist kein privater RSA-Schlüssel im PEM-Format.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The certificate is not an X.509 certificate in PEM form.</source>
        <translation>Das Zertifikat ist kein X.509-Zertifikat im PEM-Format.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not encode the certificate.</source>
        <translation>Das Zertifikat konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>Could not sign the assertion.</source>
        <translation>Die Assertion konnte nicht signiert werden.</translation>
    </message>
</context>
<context>
    <name>Scimflow::MainWindow</name>
    <message>
        <location filename="../views/mainwindow.cpp" line="+60"/>
        <source>IdP</source>
        <translation>IdP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Okta</source>
        <translation>Okta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dataflow</source>
        <translation>Dataflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenLineage</source>
        <translation>OpenLineage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario import</source>
        <translation>Szenario-Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GCP keys %1</source>
        <translation>GCP-Schlüssel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub tokens %1</source>
        <translation>GitHub-Tokens %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity provider (SCIM 2.0)</source>
        <translation>Identitätsanbieter (SCIM 2.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity provider (Okta API and System Log)</source>
        <translation>Identitätsanbieter (Okta-API und System Log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud service accounts and keys of project %1</source>
        <translation>Google-Cloud-Dienstkonten und -Schlüssel des Projekts %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub fine-grained tokens of organisation %1</source>
        <translation>Fein granulierte GitHub-Tokens der Organisation %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+40"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Scimflow</source>
        <translation>Scimflow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identities</source>
        <translation>Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Row counts</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current focus</source>
        <translation>Aktueller Fokus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading progress</source>
        <translation>Ladefortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync per source</source>
        <translation>Letzte Synchronisierung je Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading state</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export View…</source>
        <translation>Ansicht e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the rows of the view used last (or its selected rows, when several) to a CSV file</source>
        <translation>Die Zeilen der zuletzt benutzten Ansicht (oder ihre ausgewählten Zeilen, wenn es mehrere sind) in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter current view</source>
        <translation>Aktuelle Ansicht &amp;filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear focus</source>
        <translation>F&amp;okus aufheben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the focus: every view shows all its rows again (Esc)</source>
        <translation>Fokus aufheben: jede Ansicht zeigt wieder alle ihre Zeilen (Esc)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all &amp;filters</source>
        <translation>Alle Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty the filter line of every view (Ctrl+Shift+F)</source>
        <translation>Die Filterzeile jeder Ansicht leeren (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Identities</source>
        <translation>&amp;Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credentials</source>
        <translation>A&amp;nmeldedaten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status bar</source>
        <translation>&amp;Statusleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the user guide (the README)</source>
        <translation>Das Benutzerhandbuch (das README) öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Scimflow</source>
        <translation>&amp;Über Scimflow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Nie synchronisiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync (UTC): %1</source>
        <translation>Letzte Synchronisierung (UTC): %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last successful sync per source:</source>
        <translation>Letzte erfolgreiche Synchronisierung je Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (every sync failed)</source>
        <translation>nie (jede Synchronisierung schlug fehl)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet: Connection &gt; Sync Now (F5) fetches the data</source>
        <translation>noch keine: Verbindung &gt; Jetzt synchronisieren (F5) holt die Daten</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 identities</source>
        <translation>%1 von %2 Identitäten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 roles</source>
        <translation>%1 von %2 Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 jobs</source>
        <translation>%1 von %2 Jobs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 credentials</source>
        <translation>%1 von %2 Anmeldedaten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1…</source>
        <translation>%1 wird geladen…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds no identities or jobs yet: start with --demo, or import a scenario with &quot;scimflow scenario&quot;.</source>
        <translation>%1 enthält noch keine Identitäten oder Jobs: starten Sie mit --demo oder importieren Sie ein Szenario mit „scimflow scenario“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded %1</source>
        <translation>%1 geladen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No focus: select a row to link the views</source>
        <translation>Kein Fokus: wählen Sie eine Zeile, um die Ansichten zu verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus: %1 (%2) — Esc clears</source>
        <translation>Fokus: %1 (%2) — Esc hebt ihn auf</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>target %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity provider (Microsoft Graph and directory audits)</source>
        <translation>Identitätsanbieter (Microsoft Graph und Verzeichnisüberwachungen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCIM provisioning target %1</source>
        <translation>SCIM-Bereitstellungsziel %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::OAuthClientCredentials</name>
    <message>
        <location filename="../models/net/authprovider.cpp" line="+94"/>
        <source>The HTTP client is gone.</source>
        <translation>Der HTTP-Client existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not obtain an OAuth access token: %1</source>
        <translation>Es konnte kein OAuth-Zugriffstoken bezogen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token endpoint refused the client credentials (HTTP %1%2); check the client id, secret and scope.</source>
        <translation>Der Token-Endpunkt hat die Client-Credentials abgelehnt (HTTP %1%2); prüfen Sie Client-ID, Geheimnis und Scope.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaDirectoryReader</name>
    <message>
        <location filename="../models/idp/oktadirectoryreader.cpp" line="+59"/>
        <location line="+46"/>
        <source>The HTTP client is gone.</source>
        <translation>Der HTTP-Client ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connected to the Okta org %1: its users and System Log can be read.</source>
        <translation>Mit der Okta-Organisation %1 verbunden: Benutzer und System Log sind lesbar.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading Okta users</source>
        <translation>Okta-Benutzer werden gelesen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading Okta groups</source>
        <translation>Okta-Gruppen werden gelesen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading Okta group members</source>
        <translation>Mitglieder der Okta-Gruppen werden gelesen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Okta listed a group member without an id; nothing was changed.</source>
        <translation>Okta hat ein Gruppenmitglied ohne ID geliefert; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The Okta System Log keeps %n days; this sync&apos;s log window starts on %1, so changes before %2 may be missing from the timeline.</source>
        <translation>
            <numerusform>Das Okta System Log bewahrt %n Tag auf; das Log-Fenster dieser Synchronisierung beginnt am %1, daher können Änderungen vor %2 in der Zeitachse fehlen.</numerusform>
            <numerusform>Das Okta System Log bewahrt %n Tage auf; das Log-Fenster dieser Synchronisierung beginnt am %1, daher können Änderungen vor %2 in der Zeitachse fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the Okta System Log</source>
        <translation>Das Okta System Log wird gelesen</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Okta answered %1 with something that is not a JSON array (%2); nothing was changed.</source>
        <translation>Okta hat auf %1 nicht mit einem JSON-Array geantwortet (%2); nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Okta&apos;s next-page link leads off the org (%1); the sync stopped and nothing was changed.</source>
        <translation>Der Link von Okta zur nächsten Seite führt aus der Organisation hinaus (%1); die Synchronisierung wurde angehalten, nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Okta&apos;s next-page link for %1 repeats a page already read; the paging would never end, so the sync stopped and nothing was changed.</source>
        <translation>Der Link von Okta zur nächsten Seite von %1 wiederholt eine bereits gelesene Seite; das Blättern würde nie enden, daher wurde die Synchronisierung angehalten und nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Okta answered %1 with HTTP %2</source>
        <translation>Okta hat auf %1 mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>. The token or service app lacks a permission this read needs (a read-only admin role, or the scopes okta.users.read, okta.groups.read and okta.logs.read).</source>
        <translation>. Dem Token oder der Service-App fehlt eine Berechtigung, die dieses Lesen braucht (eine Administratorrolle mit Leserechten oder die Scopes okta.users.read, okta.groups.read und okta.logs.read).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>okta: %1 users, %2 groups, %3 memberships; %4 log events (%5 deactivations)</source>
        <translation>okta: %1 Benutzer, %2 Gruppen, %3 Mitgliedschaften; %4 Log-Ereignisse (%5 Deaktivierungen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>Die Synchronisierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaFixConnector</name>
    <message>
        <location filename="../models/idp/oktafixconnector.cpp" line="+107"/>
        <location line="+64"/>
        <source>The Okta connection is gone.</source>
        <translation>Die Okta-Verbindung ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading %1 from Okta</source>
        <translation>Lesen von %1 bei Okta</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+9"/>
        <source>This connection cannot perform that fix.</source>
        <translation>Diese Verbindung kann diese Korrektur nicht ausführen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already in effect; nothing was sent</source>
        <translation>bereits wirksam; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Okta refused %1</source>
        <translation>Okta hat %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaParser</name>
    <message>
        <location filename="../models/idp/oktaparser.cpp" line="+50"/>
        <source>An Okta user without an id.</source>
        <translation>Ein Okta-Benutzer ohne ID.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Okta user %1 has no profile.login.</source>
        <translation>Der Okta-Benutzer %1 hat kein profile.login.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An Okta group without an id.</source>
        <translation>Eine Okta-Gruppe ohne ID.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageAssembler</name>
    <message>
        <location filename="../models/pipelines/openlineageassembler.cpp" line="+80"/>
        <source>no run.runId (not a RunEvent)</source>
        <translation>kein run.runId (kein RunEvent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no job.name or job.namespace</source>
        <translation>kein job.name oder job.namespace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no eventTime</source>
        <translation>keine eventTime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown eventType &quot;%1&quot;</source>
        <translation>unbekannter eventType „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more than %1 runs; split the file</source>
        <translation>mehr als %1 Läufe; teilen Sie die Datei</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageIntake</name>
    <message>
        <location filename="../app/openlineageintake.cpp" line="+46"/>
        <source>OpenLineage events for %1 are not received: its token could not be read (%2). Enter it again in the connection dialog.</source>
        <translation>OpenLineage-Ereignisse für %1 werden nicht empfangen: Das Token konnte nicht gelesen werden (%2). Geben Sie es im Verbindungsdialog erneut ein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OpenLineage events for %1 are not received: %2</source>
        <translation>OpenLineage-Ereignisse für %1 werden nicht empfangen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on 127.0.0.1:%2</source>
        <translation>%1 auf 127.0.0.1:%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>Received OpenLineage runs could not be saved: %1</source>
        <translation>Empfangene OpenLineage-Läufe konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageParser</name>
    <message>
        <location filename="../models/pipelines/openlineageparser.cpp" line="+32"/>
        <source>The OpenLineage file is %1 bytes, more than the limit of %2 bytes; split the file.</source>
        <translation>Die OpenLineage-Datei ist %1 Byte groß, mehr als das Limit von %2 Byte; teilen Sie die Datei.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OpenLineage file</source>
        <translation>Die OpenLineage-Datei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OpenLineage file holds %1 events, more than the limit of %2.</source>
        <translation>Die OpenLineage-Datei enthält %1 Ereignisse, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OpenLineage file holds %1 lines, more than the limit of %2.</source>
        <translation>Die OpenLineage-Datei enthält %1 Zeilen, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No line of the OpenLineage file is a RunEvent (%1). Check the file is newline-delimited JSON.</source>
        <translation>Keine Zeile der OpenLineage-Datei ist ein RunEvent (%1). Prüfen Sie, ob die Datei zeilenweises JSON (NDJSON) ist.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageReceiver</name>
    <message>
        <location filename="../models/pipelines/openlineagereceiver.cpp" line="+32"/>
        <source>Cannot listen for OpenLineage events on 127.0.0.1:%1; choose another port.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf OpenLineage-Ereignisse gewartet werden; wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing or wrong bearer token</source>
        <translation>fehlendes oder falsches Bearer-Token</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event is larger than %1 bytes</source>
        <translation>das Ereignis ist größer als %1 Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event</source>
        <translation>Das Ereignis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the event is not a JSON object</source>
        <translation>das Ereignis ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Scimflow::OrphanedCredentialsReport</name>
    <message>
        <location filename="../models/reports/orphanedcredentialsreport.cpp" line="+57"/>
        <source>Service accounts without an owner or unused</source>
        <translation>Dienstkonten ohne Besitzer oder ungenutzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle after %1 days</source>
        <translation>ungenutzt nach %1 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active service accounts with no owning group in the RBAC mapping, or whose last job ended more than %1 days before the end of the period. Assign an owner in the mapping or disable the account and revoke its keys.</source>
        <translation>Aktive Dienstkonten ohne besitzende Gruppe in der RBAC-Zuordnung oder deren letzter Job mehr als %1 Tage vor dem Ende des Zeitraums endete. Weisen Sie in der Zuordnung einen Besitzer zu oder deaktivieren Sie das Konto und widerrufen Sie seine Schlüssel.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orphaned or idle service accounts</source>
        <translation>Verwaiste oder ungenutzte Dienstkonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service account</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner group</source>
        <translation>Besitzende Gruppe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected role</source>
        <translation>Erwartete Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last use</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>Letzter Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle (days)</source>
        <translation>Ungenutzt (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every active service account has an owner and was used recently.</source>
        <translation>Jedes aktive Dienstkonto hat einen Besitzer und wurde kürzlich genutzt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no owner</source>
        <translation>kein Besitzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>ungenutzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never used</source>
        <translation>nie genutzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Active service accounts reviewed</source>
        <translation>Geprüfte aktive Dienstkonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphaned or idle</source>
        <translation>Verwaist oder ungenutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without owner</source>
        <translation>Ohne Besitzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Ungenutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never used</source>
        <translation>Nie genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle limit (days)</source>
        <translation>Ungenutzt-Grenze (Tage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service accounts by days since last use</source>
        <translation>Dienstkonten nach Tagen seit der letzten Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0-7</source>
        <translation>0-7</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>8-30</source>
        <translation>8-30</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31-90</source>
        <translation>31-90</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&gt; 90</source>
        <translation>&gt; 90</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Keys and tokens: age and expiry from the cloud inventory; the last use of a Google Cloud key is a day (Policy Analyzer).</source>
        <translation>Schlüssel und Tokens: Alter und Ablauf aus dem Cloud-Bestand; die letzte Nutzung eines Google-Cloud-Schlüssels ist ein Tag (Policy Analyzer).</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineFileImporter</name>
    <message>
        <location filename="../models/correlation/pipelinefileimporter.cpp" line="+30"/>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>%1 %2 kann nicht geöffnet werden: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 %2 is %3 bytes, more than the limit of %4 bytes; split it.</source>
        <translation>%1 %2 ist %3 Byte groß, mehr als das Limit von %4 Byte; teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OpenLineage file</source>
        <translation>Die OpenLineage-Datei</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>audit log export</source>
        <translation>Der Audit-Log-Export</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>RBAC mapping</source>
        <translation>RBAC-Zuordnung</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineSource</name>
    <message>
        <location filename="../models/secrets/pipelinesource.cpp" line="+35"/>
        <source>Google Cloud Dataflow</source>
        <translation>Google Cloud Dataflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenLineage</source>
        <translation>OpenLineage</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 / %2 on %3</source>
        <translation>%1 / %2 auf %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, and events received on 127.0.0.1:%2</source>
        <translation>%1 sowie Ereignisse, empfangen auf 127.0.0.1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events received on 127.0.0.1:%1</source>
        <translation>Ereignisse, empfangen auf 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the source a name.</source>
        <translation>Geben Sie der Quelle einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Dataflow source needs the API URL, the project and the location.</source>
        <translation>Eine Dataflow-Quelle braucht die API-URL, das Projekt und die Region.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A GitHub source needs the API URL and a repository as OWNER/REPO.</source>
        <translation>Eine GitHub-Quelle braucht die API-URL und ein Repository als OWNER/REPO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An OpenLineage source needs an NDJSON file to import, a port to receive events on, or both.</source>
        <translation>Eine OpenLineage-Quelle braucht eine zu importierende NDJSON-Datei, einen Port für den Ereignisempfang oder beides.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineSourceDialog</name>
    <message>
        <location filename="../views/pipelinesourcedialog.cpp" line="+34"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline source</source>
        <translation>Pipeline-Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://logging.googleapis.com (default)</source>
        <translation>https://logging.googleapis.com (Vorgabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my-project</source>
        <translation>mein-projekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>europe-west1</source>
        <translation>europe-west1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/repository</source>
        <translation>besitzer/repository</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the OpenLineage file</source>
        <translation>OpenLineage-Datei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NDJSON &amp;file:</source>
        <translation>NDJSON-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the console is open, accept OpenLineage events on POST http://127.0.0.1:PORT/api/v1/lineage (loopback only).</source>
        <translation>Solange die Konsole offen ist, OpenLineage-Ereignisse auf POST http://127.0.0.1:PORT/api/v1/lineage annehmen (nur Loopback).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Google credentials file</source>
        <translation>Google-Anmeldedatei</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Credentials</source>
        <translation>Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service-account key file or an authorized_user file (gcloud auth application-default login); its key or refresh token goes to the keychain and access tokens are requested from it as needed.</source>
        <translation>Eine Dienstkonto-Schlüsseldatei oder eine authorized_user-Datei (gcloud auth application-default login); ihr Schlüssel oder Aktualisierungstoken kommt in den Schlüsselbund, und Zugriffstoken werden bei Bedarf damit angefordert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service-account key or authorized_user JSON</source>
        <translation>Dienstkonto-Schlüssel oder authorized_user-JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Google credentials file</source>
        <translation>Google-Anmeldedatei auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials &amp;file:</source>
        <translation>Anmelde&amp;datei:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataflow API &amp;URL:</source>
        <translation>Dataflow-API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud &amp;Logging API URL:</source>
        <translation>Cloud-&amp;Logging-API-URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocation:</source>
        <translation>Reg&amp;ion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub API &amp;URL:</source>
        <translation>GitHub-API-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receive on port:</source>
        <translation>&amp;Empfang auf Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials:</source>
        <translation>An&amp;meldedaten:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OpenLineage events</source>
        <translation>OpenLineage-Ereignisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenLineage events (*.ndjson *.json);;All files (*)</source>
        <translation>OpenLineage-Ereignisse (*.ndjson *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google credentials</source>
        <translation>Google-Anmeldedaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google credentials (*.json);;All files (*)</source>
        <translation>Google-Anmeldedaten (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Optional: the bearer token senders must present</source>
        <translation>Optional: das Bearer-Token, das Absender vorlegen müssen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal access token (optional for public repositories)</source>
        <translation>Persönliches Zugriffstoken (für öffentliche Repositories optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth 2.0 access token</source>
        <translation>OAuth-2.0-Zugriffstoken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored; type a new one to replace it</source>
        <translation>Gespeichert; geben Sie ein neues ein, um es zu ersetzen</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose the Google credentials file: a service-account key or an authorized_user file.</source>
        <translation>Wählen Sie die Google-Anmeldedatei: einen Dienstkonto-Schlüssel oder eine authorized_user-Datei.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the access token that replaces the credentials file.</source>
        <translation>Geben Sie das Zugriffstoken ein, das die Anmeldedatei ersetzt.</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineSyncJob</name>
    <message numerus="yes">
        <location filename="../models/sync/pipelinesyncjob.cpp" line="+69"/>
        <source>Cancelled before %n pipeline source(s) were read; their jobs are unchanged.</source>
        <translation>
            <numerusform>Abgebrochen, bevor %n Pipeline-Quelle gelesen wurde; ihre Jobs sind unverändert.</numerusform>
            <numerusform>Abgebrochen, bevor %n Pipeline-Quellen gelesen wurden; ihre Jobs sind unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 (%2)…</source>
        <translation>%1 wird gelesen (%2)…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reading %1: %2 jobs read so far…</source>
        <translation>%1 wird gelesen: bisher %2 Jobs gelesen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the jobs of %1…</source>
        <translation>Die Jobs von %1 werden gespeichert…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::PrivilegedDriftRule</name>
    <message>
        <location filename="../models/drift/privilegeddriftrule.cpp" line="+56"/>
        <source>%1 is %2 but still a member of the privileged group %3; remove the membership.</source>
        <translation>%1 ist %2, aber noch Mitglied der privilegierten Gruppe %3; entfernen Sie die Mitgliedschaft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The department of %1 changed (now %2) while a member of the privileged group %3; review whether the membership is still needed.</source>
        <translation>Die Abteilung von %1 hat sich geändert (jetzt %2), während die Person Mitglied der privilegierten Gruppe %3 ist; prüfen Sie, ob die Mitgliedschaft noch nötig ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a member of the privileged group %2 but no change record shows the addition; confirm who granted it.</source>
        <translation>%1 ist Mitglied der privilegierten Gruppe %2, aber kein Änderungseintrag belegt die Aufnahme; klären Sie, wer sie gewährt hat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from the privileged group %2 without a change record; confirm the removal was intended.</source>
        <translation>%1 wurde ohne Änderungseintrag aus der privilegierten Gruppe %2 entfernt; bestätigen Sie, dass die Entfernung beabsichtigt war.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ProvisioningDriftRule</name>
    <message>
        <location filename="../models/drift/provisioningdriftrule.cpp" line="+108"/>
        <source>The account %1 in SCIM target %2 matches no user of the identity provider (by externalId, userName or email) and is active: an orphan the IdP does not manage. Remove it in the target or link it to its IdP user.</source>
        <translation>Das Konto %1 im SCIM-Ziel %2 passt zu keinem Benutzer des Identitätsanbieters (nach externalId, userName oder E-Mail) und ist aktiv: ein verwaistes Konto, das der IdP nicht verwaltet. Entfernen Sie es im Ziel oder verknüpfen Sie es mit seinem IdP-Benutzer.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was %2 in the identity provider at %3 but is still active in SCIM target %4, past the provisioning SLA of %5 minutes: the deprovisioning did not reach the target.</source>
        <translation>%1 wurde im Identitätsanbieter am %3 %2, ist im SCIM-Ziel %4 aber nach Ablauf der Bereitstellungs-SLA von %5 Minuten noch aktiv: die Deprovisionierung hat das Ziel nicht erreicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was %2 in the identity provider at %3 by %6 but is still active in SCIM target %4, past the provisioning SLA of %5 minutes: the deprovisioning did not reach the target.</source>
        <translation>%1 wurde im Identitätsanbieter am %3 von %6 %2, ist im SCIM-Ziel %4 aber nach Ablauf der Bereitstellungs-SLA von %5 Minuten noch aktiv: die Deprovisionierung hat das Ziel nicht erreicht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is a member of %2 in SCIM target %3, but the identity provider does not grant that group: the target kept a membership the IdP removed, or it was added in the target by hand.</source>
        <translation>%1 ist im SCIM-Ziel %3 Mitglied von %2, der Identitätsanbieter gewährt diese Gruppe aber nicht: das Ziel hat eine vom IdP entfernte Mitgliedschaft behalten, oder sie wurde im Ziel von Hand hinzugefügt.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The schemas SCIM target %1 serves changed between its last two syncs (%2 added, %3 removed): attributes the IdP pushes may now be dropped or rejected.</source>
        <translation>Die Schemas, die das SCIM-Ziel %1 anbietet, haben sich zwischen seinen letzten beiden Synchronisierungen geändert (%2 hinzugefügt, %3 entfernt): Attribute, die der IdP überträgt, werden jetzt womöglich verworfen oder abgelehnt.</translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingDialog</name>
    <message>
        <location filename="../views/rbacmappingdialog.cpp" line="+32"/>
        <source>RBAC Mapping</source>
        <translation>RBAC-Zuordnung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping text</source>
        <translation>Zuordnungstext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{&quot;version&quot;: 1, &quot;groups&quot;: {...}, &quot;serviceAccounts&quot;: [...]}</source>
        <translation>{&quot;version&quot;: 1, &quot;groups&quot;: {...}, &quot;serviceAccounts&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation errors</source>
        <translation>Validierungsfehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Validate</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the mapping (F7)</source>
        <translation>Die Zuordnung prüfen (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as New Version</source>
        <translation>Als neue &amp;Version speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the mapping as a new version and apply it (Ctrl+S)</source>
        <translation>Die Zuordnung als neue Version speichern und anwenden (Strg+S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The mapping cannot be read: %1</source>
        <translation>Die Zuordnung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version %1, saved %2 by %3</source>
        <translation>Version %1, gespeichert %2 von %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No mapping saved yet. Write one and save it as version 1.</source>
        <translation>Noch keine Zuordnung gespeichert. Schreiben Sie eine und speichern Sie sie als Version 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping is empty.</source>
        <translation>Die Zuordnung ist leer.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n error(s): fix them before saving. Click an error to go to its line.</source>
        <translation>
            <numerusform>%n Fehler: beheben Sie ihn vor dem Speichern. Klicken Sie auf einen Fehler, um zu seiner Zeile zu springen.</numerusform>
            <numerusform>%n Fehler: beheben Sie sie vor dem Speichern. Klicken Sie auf einen Fehler, um zu seiner Zeile zu springen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid: %1 groups, %2 service accounts, %3 privileged groups, %4 aliases.</source>
        <translation>Gültig: %1 Gruppen, %2 Dienstkonten, %3 privilegierte Gruppen, %4 Aliasse.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No changes: version %1 is already current.</source>
        <translation>Keine Änderungen: Version %1 ist bereits aktuell.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as version %1: %2 service accounts and %3 group roles applied, %4 jobs relinked.</source>
        <translation>Als Version %1 gespeichert: %2 Dienstkonten und %3 Gruppenrollen angewendet, %4 Jobs neu verknüpft.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings:</source>
        <translation>Warnungen:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Saving a new version and relinking the jobs to it…</source>
        <translation>Neue Version wird gespeichert und die Jobs werden neu verknüpft…</translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingParser</name>
    <message>
        <location filename="../models/correlation/rbacmapping.cpp" line="+44"/>
        <source>%1 must be a list of names, not %2</source>
        <translation>%1 muss eine Liste von Namen sein, nicht %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must hold non-empty names; this entry is %2</source>
        <translation>%1 darf nur nicht leere Namen enthalten; dieser Eintrag ist %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the mapping is larger than %1 MB</source>
        <translation>die Zuordnung ist größer als %1 MB</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the mapping must be an object with &quot;version&quot;, &quot;groups&quot; and &quot;serviceAccounts&quot;</source>
        <translation>die Zuordnung muss ein Objekt mit „version“, „groups“ und „serviceAccounts“ sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannter Schlüssel „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; is missing; write &quot;version&quot;: %1</source>
        <translation>„version“ fehlt; schreiben Sie &quot;version&quot;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;version&quot; must be %1</source>
        <translation>„version“ muss %1 sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;groups&quot; must map group names to lists of roles, not %1</source>
        <translation>„groups“ muss Gruppennamen auf Rollenlisten abbilden, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a group name is empty</source>
        <translation>ein Gruppenname ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the roles of group &quot;%1&quot;</source>
        <translation>die Rollen der Gruppe „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a role name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;)</source>
        <translation>„%1“ ist kein Rollenname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;groups&quot; is missing; map each IdP group to its pipeline roles</source>
        <translation>„groups“ fehlt; ordnen Sie jeder IdP-Gruppe ihre Pipeline-Rollen zu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;serviceAccounts&quot; must be a list, not %1</source>
        <translation>„serviceAccounts“ muss eine Liste sein, nicht %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a service account must be an object with &quot;email&quot;, &quot;owner&quot; and &quot;role&quot;</source>
        <translation>ein Dienstkonto muss ein Objekt mit „email“, „owner“ und „role“ sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; in a service account; expected email, owner, role</source>
        <translation>unbekannter Schlüssel „%1“ in einem Dienstkonto; erwartet werden email, owner, role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>„%1“ muss eine Zeichenkette sein, nicht %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a service account has no &quot;email&quot;</source>
        <translation>ein Dienstkonto hat keine „email“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>„%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a role name</source>
        <translation>„%1“ ist kein Rollenname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service account %1 is listed twice</source>
        <translation>das Dienstkonto %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;serviceAccounts&quot; is missing; write &quot;serviceAccounts&quot;: [] if there are none</source>
        <translation>„serviceAccounts“ fehlt; schreiben Sie &quot;serviceAccounts&quot;: [], wenn es keine gibt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;privilegedGroups&quot;</source>
        <translation>„privilegedGroups“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;aliases&quot; must map logins to IdP userNames, not %1</source>
        <translation>„aliases“ muss Anmeldenamen auf IdP-userNames abbilden, nicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the alias &quot;%1&quot; must name an IdP userName</source>
        <translation>der Alias „%1“ muss einen IdP-userName nennen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;matchBy&quot;</source>
        <translation>&quot;matchBy&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; cannot be matched; &quot;matchBy&quot; lists some of %2</source>
        <translation>&quot;%1&quot; kann nicht abgeglichen werden; &quot;matchBy&quot; nennt einige von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;matchBy&quot; is empty: no principal could match anyone; leave it out to match by every key</source>
        <translation>&quot;matchBy&quot; ist leer: Kein Principal könnte jemandem zugeordnet werden; lassen Sie es weg, um nach allen Schlüsseln abzugleichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;openLineage&quot; must be an object with &quot;principalPaths&quot;, &quot;runAsPaths&quot; and &quot;namespaces&quot;, not %1</source>
        <translation>&quot;openLineage&quot; muss ein Objekt mit &quot;principalPaths&quot;, &quot;runAsPaths&quot; und &quot;namespaces&quot; sein, nicht %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;principalPaths&quot;</source>
        <translation>&quot;principalPaths&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;runAsPaths&quot;</source>
        <translation>&quot;runAsPaths&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;namespaces&quot; must map job namespaces to principals, not %1</source>
        <translation>&quot;namespaces&quot; muss Job-Namespaces auf Principals abbilden, nicht %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the namespace &quot;%1&quot; must name a principal</source>
        <translation>der Namespace &quot;%1&quot; muss einen Principal nennen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; in &quot;openLineage&quot;; expected principalPaths, runAsPaths, namespaces</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in &quot;openLineage&quot;; erwartet: principalPaths, runAsPaths, namespaces</translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingRepository</name>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+33"/>
        <source>Cannot read the RBAC mapping</source>
        <translation>Die RBAC-Zuordnung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot read groups</source>
        <translation>Gruppen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot replace the group roles</source>
        <translation>Die Gruppenrollen können nicht ersetzt werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+56"/>
        <source>The group &quot;%1&quot; is not in the IdP snapshot; its roles apply once it is.</source>
        <translation>Die Gruppe „%1“ ist nicht im IdP-Snapshot; ihre Rollen gelten, sobald sie es ist.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+7"/>
        <source>Cannot write the group roles</source>
        <translation>Die Gruppenrollen können nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+14"/>
        <source>The privileged group &quot;%1&quot; is not in the IdP snapshot.</source>
        <translation>Die privilegierte Gruppe „%1“ ist nicht im IdP-Snapshot.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+12"/>
        <source>Cannot update service accounts</source>
        <translation>Dienstkonten können nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+11"/>
        <source>Line %1: the owner &quot;%2&quot; of %3 is not in the IdP snapshot; the account is treated as unowned.</source>
        <translation>Zeile %1: der Besitzer „%2“ von %3 ist nicht im IdP-Snapshot; das Konto gilt als besitzerlos.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+12"/>
        <source>Cannot write service accounts</source>
        <translation>Dienstkonten können nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cannot read the RBAC mapping history</source>
        <translation>Der Verlauf der RBAC-Zuordnung kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+45"/>
        <source>The RBAC mapping has errors; fix them and save again:
%1</source>
        <translation>Die RBAC-Zuordnung enthält Fehler; beheben Sie sie und speichern Sie erneut:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot start a transaction to save the RBAC mapping.</source>
        <translation>Zum Speichern der RBAC-Zuordnung kann keine Transaktion gestartet werden.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+20"/>
        <source>Cannot store the RBAC mapping</source>
        <translation>Die RBAC-Zuordnung kann nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>Scimflow::RemediationPlanDialog</name>
    <message>
        <location filename="../views/remediationplandialog.cpp" line="+19"/>
        <source>Apply Remediation Plan: %1</source>
        <translation>Behebungsplan anwenden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Campaign %1 has %n revocation(s) not applied yet.</source>
        <translation>
            <numerusform>Kampagne %1 hat %n noch nicht angewendeten Entzug.</numerusform>
            <numerusform>Kampagne %1 hat %n noch nicht angewendete Entzüge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) will be sent, one after the other, each with an intent and an outcome entry in the audit log; the others are recorded as not supported. Items already applied are not listed.</source>
        <translation>
            <numerusform>%n Änderung wird gesendet, mit einem Absichts- und einem Ergebniseintrag im Audit-Log; die übrigen werden als nicht unterstützt festgehalten. Bereits angewendete Einträge sind nicht aufgeführt.</numerusform>
            <numerusform>%n Änderungen werden nacheinander gesendet, jede mit einem Absichts- und einem Ergebniseintrag im Audit-Log; die übrigen werden als nicht unterstützt festgehalten. Bereits angewendete Einträge sind nicht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes to send</source>
        <translation>Zu sendende Änderungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not supported: %1</source>
        <translation>Nicht unterstützt: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why (kept in the audit log with every change), e.g. the ticket number</source>
        <translation>Warum (wird bei jeder Änderung im Audit-Log festgehalten), z. B. die Ticketnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access review &quot;%1&quot;, campaign %2</source>
        <translation>Zugriffsüberprüfung „%1“, Kampagne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;reviewed every change and want to send them</source>
        <translation>Ich habe jede Änderung &amp;geprüft und möchte sie senden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Apply to %n Item(s)</source>
        <translation>
            <numerusform>Auf %n Eintrag &amp;anwenden</numerusform>
            <numerusform>Auf %n Einträge &amp;anwenden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;eason:</source>
        <translation>Beg&amp;ründung:</translation>
    </message>
</context>
<context>
    <name>Scimflow::RemediationRun</name>
    <message>
        <location filename="../models/reviews/remediationrun.cpp" line="+50"/>
        <source>no connection of this console can carry it out</source>
        <translation>keine Verbindung dieser Konsole kann sie ausführen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1; recording the result failed: %2</source>
        <translation>%1; das Ergebnis konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportData</name>
    <message>
        <location filename="../models/reports/reportdata.cpp" line="+296"/>
        <source>Service-account keys and tokens</source>
        <translation>Schlüssel und Tokens von Dienstkonten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key or token</source>
        <translation>Schlüssel oder Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account or owner</source>
        <translation>Konto oder Eigentümer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project or organisation</source>
        <translation>Projekt oder Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (days)</source>
        <translation>Alter (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last use</source>
        <translation>Letzte Nutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user-managed keys or tokens were inventoried.</source>
        <translation>Es wurden keine vom Nutzer verwalteten Schlüssel oder Tokens erfasst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1 left</source>
        <translation>Eigentümer %1 ist ausgeschieden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GCP key</source>
        <translation>GCP-Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportHtmlWriter</name>
    <message>
        <location filename="../models/reports/reporthtmlwriter.cpp" line="+58"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings computed</source>
        <translation>Befunde berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain head</source>
        <translation>Kopf der Audit-Kette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 more rows are in the exported report.</source>
        <translation>%1 weitere Zeilen stehen im exportierten Bericht.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportJob</name>
    <message>
        <location filename="../models/reports/reportjob.cpp" line="+51"/>
        <source>The database %1 does not exist; sync or open a database first.</source>
        <translation>Die Datenbank %1 existiert nicht; synchronisieren oder öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the database</source>
        <translation>Datenbank wird gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Laying out pages</source>
        <translation>Seiten werden gesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1</source>
        <translation>%1 wird geschrieben</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportPageLayout</name>
    <message>
        <location filename="../models/reports/reportpagelayout.cpp" line="+154"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data freshness</source>
        <translation>Datenaktualität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings computed</source>
        <translation>Befunde berechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain head</source>
        <translation>Kopf der Audit-Kette</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Period %1 to %2</source>
        <translation>Zeitraum %1 bis %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated %1 by Scimflow - audit chain head: %2</source>
        <translation>Erstellt %1 von Scimflow - Kopf der Audit-Kette: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seq %1</source>
        <translation>Nr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 (continued)</source>
        <translation>%1 (Fortsetzung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 Zeilen)</translation>
    </message>
</context>
<context>
    <name>Scimflow::Reports</name>
    <message>
        <location filename="../models/reports/deprovisioningreport.cpp" line="-183"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; 1 h</source>
        <translation>&lt; 1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-24 h</source>
        <translation>1-24 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-3 d</source>
        <translation>1-3 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-7 d</source>
        <translation>3-7 T</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 7 d</source>
        <translation>&gt; 7 T</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1, reactivated %2</source>
        <translation>%1, reaktiviert %2</translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="+47"/>
        <location filename="../models/reports/reportdata.cpp" line="-302"/>
        <location filename="../models/reports/reportpdfwriter.cpp" line="+16"/>
        <source>The report was cancelled.</source>
        <translation>Der Bericht wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportcsvwriter.cpp" line="+17"/>
        <location filename="../models/reports/reportexporter.cpp" line="+19"/>
        <location filename="../models/reports/reportpdfwriter.cpp" line="+39"/>
        <source>Cannot write %1: %2. Choose another folder or free some disk space.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner oder schaffen Sie Speicherplatz.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportdata.cpp" line="+59"/>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (check with: scimflow audit verify --head %1)</source>
        <translation>%1 (prüfen mit: scimflow audit verify --head %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Warning: the findings are older than the last successful sync (%1). Run scimflow findings --recompute, or Recompute in the console, before relying on the findings in this report.</source>
        <translation>Warnung: Die Befunde sind älter als die letzte erfolgreiche Synchronisierung (%1). Führen Sie scimflow findings --recompute oder „Neu berechnen“ in der Konsole aus, bevor Sie sich auf die Befunde in diesem Bericht verlassen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: the audit log&apos;s recorded head is %1 but its last entry is %2. Run scimflow audit verify before relying on this report.</source>
        <translation>Warnung: der gespeicherte Kopf des Audit-Logs ist %1, sein letzter Eintrag aber %2. Führen Sie scimflow audit verify aus, bevor Sie sich auf diesen Bericht verlassen.</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>, acknowledged</source>
        <translation>, akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, resolved</source>
        <translation>, erledigt</translation>
    </message>
    <message>
        <location filename="../models/reports/reportoptions.cpp" line="+19"/>
        <source>Access review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovisioning timeliness</source>
        <translation>Rechtzeitigkeit der Deprovisionierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned credentials</source>
        <translation>Verwaiste Zugangsdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR processing and retention</source>
        <translation>DSGVO: Verarbeitung und Aufbewahrung</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>roles/groups %1</source>
        <translation>Rollen/Gruppen %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipeline source %1</source>
        <translation>Pipeline-Quelle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all identities and pipeline sources</source>
        <translation>alle Identitäten und Pipeline-Quellen</translation>
    </message>
    <message>
        <location filename="../models/reports/reportpdfwriter.cpp" line="-26"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start the PDF %1.</source>
        <translation>Das PDF %1 kann nicht begonnen werden.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportsDialog</name>
    <message>
        <location filename="../views/reportsdialog.cpp" line="+46"/>
        <source>Compliance reports</source>
        <translation>Compliance-Berichte</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Compliance &amp;reports...</source>
        <translation>&amp;Compliance-Berichte...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access review, deprovisioning, orphaned credentials and GDPR reports</source>
        <translation>Berichte zu Zugriffsprüfung, Deprovisionierung, verwaisten Zugangsdaten und DSGVO</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter to date</source>
        <translation>Laufendes Quartal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period preset</source>
        <translation>Zeitraumvorgabe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end (inclusive)</source>
        <translation>Ende des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All identities</source>
        <translation>Alle Identitäten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles or groups</source>
        <translation>Rollen oder Gruppen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Pipeline source</source>
        <translation>Pipeline-Quelle</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. dataflow.admin, data-engineering</source>
        <translation>z. B. dataflow.admin, data-engineering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles or groups, comma separated</source>
        <translation>Rollen oder Gruppen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovisioning SLA in hours</source>
        <translation>Deprovisionierungs-SLA in Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle limit in days</source>
        <translation>Ungenutzt-Grenze in Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report:</source>
        <translation>&amp;Bericht:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Umfang:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deprovisioning S&amp;LA:</source>
        <translation>Deprovisionierungs-S&amp;LA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Idle after:</source>
        <translation>Unge&amp;nutzt nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exportieren...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel report</source>
        <translation>Bericht abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report page preview</source>
        <translation>Seitenvorschau des Berichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a report and press Preview.</source>
        <translation>Wählen Sie einen Bericht und klicken Sie auf Vorschau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report progress</source>
        <translation>Berichtsfortschritt</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting...</source>
        <translation>Wird gestartet...</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview ready.</source>
        <translation>Vorschau bereit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The console now shows %1: Preview builds the report from it.</source>
        <translation>Die Konsole zeigt jetzt %1: „Vorschau“ erstellt den Bericht daraus.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewCampaignDialog</name>
    <message>
        <location filename="../views/reviewcampaigndialog.cpp" line="+44"/>
        <source>Correct Campaign %1</source>
        <translation>Kampagne %1 korrigieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Access Review Campaign</source>
        <translation>Neue Zugriffsprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (correction)</source>
        <translation>%1 (Korrektur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Name der Kampagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Q4 2026 pipeline access</source>
        <translation>z. B. Pipeline-Zugriffe Q4 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group &amp;memberships that grant a pipeline role</source>
        <translation>Gruppen&amp;mitgliedschaften, die eine Pipeline-Rolle gewähren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service accounts (owner and role)</source>
        <translation>&amp;Dienstkonten (Besitzer und Rolle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys and tokens of the credential inventory</source>
        <translation>&amp;Schlüssel und Tokens des Credential-Inventars</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every pipeline role; or e.g. dataflow.admin, dataflow.developer</source>
        <translation>alle Pipeline-Rollen; oder z. B. dataflow.admin, dataflow.developer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles in scope</source>
        <translation>Pipeline-Rollen im Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline &amp;roles:</source>
        <translation>Pipeline-&amp;Rollen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every IdP group; or a comma-separated list</source>
        <translation>alle IdP-Gruppen; oder eine kommagetrennte Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP groups in scope</source>
        <translation>IdP-Gruppen im Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP &amp;groups:</source>
        <translation>IdP-&amp;Gruppen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review period start</source>
        <translation>Beginn des Prüfzeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review period end</source>
        <translation>Ende des Prüfzeitraums</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period (UTC):</source>
        <translation>&amp;Zeitraum (UTC):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names or IdP identities, comma-separated; items are shared among them</source>
        <translation>Namen oder IdP-Identitäten, kommagetrennt; die Einträge werden unter ihnen aufgeteilt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewers:</source>
        <translation>&amp;Prüfer:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommend revoking access unused for</source>
        <translation>Entzug empfehlen bei Zugriffen, ungenutzt seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke when &amp;unused for:</source>
        <translation>Entziehen, wenn &amp;ungenutzt seit:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects:</source>
        <translation>Korrigiert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>campaign %1, %2, signed off by %3</source>
        <translation>Kampagne %1, %2, abgezeichnet von %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is missing</source>
        <translation>Was fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Campaign</source>
        <translation>Kampagne &amp;anlegen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the campaign a name.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one kind of access to review.</source>
        <translation>Wählen Sie mindestens eine Art von Zugriff zur Prüfung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>Der Zeitraum endet vor seinem Beginn.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewController</name>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="+43"/>
        <source>&amp;Access Review…</source>
        <translation>&amp;Zugriffsprüfung…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run an access review campaign: decide on each access, sign off, revoke and export the evidence pack.</source>
        <translation>Eine Zugriffsprüfung durchführen: über jeden Zugriff entscheiden, abzeichnen, entziehen und das Nachweispaket exportieren.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+14"/>
        <source>Access Review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No database is open.</source>
        <translation>Keine Datenbank ist geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Q4 pipeline access</source>
        <translation>Pipeline-Zugriffe Q4</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Campaign %1 created with %n item(s).</source>
        <translation>
            <numerusform>Kampagne %1 mit %n Eintrag angelegt.</numerusform>
            <numerusform>Kampagne %1 mit %n Einträgen angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Creating the campaign was cancelled; nothing was saved.</source>
        <translation>Das Anlegen der Kampagne wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sign Off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed Off</source>
        <translation>Abgezeichnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign %1 is signed off. Digest %2 is in audit entry %3.</source>
        <translation>Kampagne %1 ist abgezeichnet. Der Digest %2 steht in Audit-Eintrag %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+28"/>
        <source>Apply Revocation</source>
        <translation>Entzug ausführen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>This revocation cannot be carried out from Scimflow: %1.</source>
        <translation>Dieser Entzug kann nicht aus Scimflow ausgeführt werden: %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoke decision of access review &quot;%1&quot; (item %2): %3 loses %4. Justification: %5</source>
        <translation>Entzugsentscheidung der Zugriffsprüfung „%1“ (Eintrag %2): %3 verliert %4. Begründung: %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>access review &quot;%1&quot;, campaign %2, item %3</source>
        <translation>Zugriffsprüfung „%1“, Kampagne %2, Eintrag %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Evidence Pack: Choose an Empty Folder</source>
        <translation>Nachweispaket exportieren: leeren Ordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export Evidence Pack</source>
        <translation>Nachweispaket exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence pack is in %1 (%2, digest %3). The auditor checks it with scimflow review verify.</source>
        <translation>Das Nachweispaket liegt in %1 (%2, Digest %3). Der Prüfer kontrolliert es mit scimflow review verify.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack in %1 does not verify: %2</source>
        <translation>Das Paket in %1 besteht die Prüfung nicht: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The export was cancelled; the folder was left as it was.</source>
        <translation>Der Export wurde abgebrochen; der Ordner blieb unverändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+17"/>
        <location line="+24"/>
        <source>Apply Remediation Plan</source>
        <translation>Behebungsplan anwenden</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Sign the campaign off first: the plan carries out its final decisions.</source>
        <translation>Zeichnen Sie die Kampagne zuerst ab: Der Plan führt ihre endgültigen Entscheidungen aus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every revocation of this campaign is applied already.</source>
        <translation>Jeder Entzug dieser Kampagne ist bereits angewendet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Applying the revocations… Cancel stops after the current item.</source>
        <translation>Entzüge werden angewendet… Abbrechen hält nach dem aktuellen Eintrag an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applied: %1. Failed: %2. Not found: %3. Not supported: %4. Not tried: %5.</source>
        <translation>Angewendet: %1. Fehlgeschlagen: %2. Nicht gefunden: %3. Nicht unterstützt: %4. Nicht versucht: %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each item shows its result. Apply the plan again to retry the failed items and carry out those not tried; applied ones are skipped.</source>
        <translation>Jeder Eintrag zeigt sein Ergebnis. Wenden Sie den Plan erneut an, um die fehlgeschlagenen Einträge zu wiederholen und die nicht versuchten auszuführen; angewendete werden übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item shows its result.</source>
        <translation>Jeder Eintrag zeigt sein Ergebnis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewItemModel</name>
    <message>
        <location filename="../models/reviews/reviewitemmodel.cpp" line="+57"/>
        <source>keep</source>
        <translation>behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke</source>
        <translation>entziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (privileged)</source>
        <translation>%1 (privilegiert)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline roles</source>
        <translation>Pipeline-Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used (UTC)</source>
        <translation>Zuletzt genutzt (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs in period</source>
        <translation>Jobs im Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewJob</name>
    <message>
        <location filename="../models/reviews/reviewjob.cpp" line="+20"/>
        <source>The database %1 does not exist; sync or open a database first.</source>
        <translation>Die Datenbank %1 existiert nicht; synchronisieren oder öffnen Sie zuerst eine Datenbank.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Generating the items from the store</source>
        <translation>Einträge werden aus dem Speicher erzeugt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Verifying the pack</source>
        <translation>Paket wird geprüft</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewRemediation</name>
    <message>
        <location filename="../models/reviews/reviewremediation.cpp" line="+30"/>
        <source>the user or the group is no longer in the store</source>
        <translation>der Benutzer oder die Gruppe ist nicht mehr im Speicher</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not in the Google Cloud IAM inventory; disable it in its own console</source>
        <translation>%1 ist nicht im Google-Cloud-IAM-Inventar; deaktivieren Sie es in dessen eigener Konsole</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the credential is no longer in the inventory</source>
        <translation>das Credential ist nicht mehr im Inventar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token %1 of %2</source>
        <translation>Token %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key managed by Google Cloud cannot be disabled</source>
        <translation>ein von Google Cloud verwalteter Schlüssel kann nicht deaktiviert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key %1 of %2</source>
        <translation>Schlüssel %1 von %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewRules</name>
    <message>
        <location filename="../models/domain/reviewrules.cpp" line="+21"/>
        <source>the IdP user is %1: access should not outlive the account</source>
        <translation>der IdP-Benutzer ist %1: Zugriffe sollen das Konto nicht überdauern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service account is disabled</source>
        <translation>das Dienstkonto ist deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service account has no owning group</source>
        <translation>das Dienstkonto hat keine besitzende Gruppe</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open finding(s) against this identity</source>
        <translation>
            <numerusform>%n offener Befund zu dieser Identität</numerusform>
            <numerusform>%n offene Befunde zu dieser Identität</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no job ever ran under this access (idle after %n day(s))</source>
        <translation>
            <numerusform>nie lief ein Job unter diesem Zugriff (ungenutzt nach %n Tag)</numerusform>
            <numerusform>nie lief ein Job unter diesem Zugriff (ungenutzt nach %n Tagen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no job in %1 days under this access (idle after %2)</source>
        <translation>seit %1 Tagen kein Job unter diesem Zugriff (ungenutzt nach %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>used %n day(s) ago; %1 job(s) in the period</source>
        <translation>
            <numerusform>vor %n Tag genutzt; %1 Job(s) im Zeitraum</numerusform>
            <numerusform>vor %n Tagen genutzt; %1 Job(s) im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose keep, revoke or needs-info.</source>
        <translation>Wählen Sie keep, revoke oder needs-info.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keeping privileged access</source>
        <translation>das Behalten eines privilegierten Zugriffs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deciding against the recommendation (%1)</source>
        <translation>eine Entscheidung gegen die Empfehlung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 (%2, %3): %4 needs a justification.</source>
        <translation>Eintrag %1 (%2, %3): %4 braucht eine Begründung.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewWindow</name>
    <message>
        <location filename="../views/reviewwindow.cpp" line="+102"/>
        <source>Access Review</source>
        <translation>Zugriffsprüfung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign state</source>
        <translation>Zustand der Kampagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer deciding</source>
        <translation>Entscheidender Prüfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name or IdP identity</source>
        <translation>Ihr Name oder Ihre IdP-Identität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter items (Ctrl+F)</source>
        <translation>Einträge filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter items</source>
        <translation>Einträge filtern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show items</source>
        <translation>Angezeigte Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Alle Einträge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undecided</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Entzogen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs information</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended for revoking</source>
        <translation>Zum Entzug empfohlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review items</source>
        <translation>Prüfeinträge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence of the current item</source>
        <translation>Nachweise des aktuellen Eintrags</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items decided</source>
        <translation>Entschiedene Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress per reviewer</source>
        <translation>Fortschritt je Prüfer</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a campaign from the store</source>
        <translation>Eine Kampagne aus dem Datenbestand anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct in New Campaign…</source>
        <translation>In neuer Kampagne &amp;korrigieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed campaign is corrected by a new one that references it</source>
        <translation>Eine abgezeichnete Kampagne wird durch eine neue korrigiert, die auf sie verweist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep</source>
        <translation>&amp;Behalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the access of the selected items</source>
        <translation>Den Zugriff der gewählten Einträge behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Entziehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke the access of the selected items</source>
        <translation>Den Zugriff der gewählten Einträge entziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;Info</source>
        <translation>&amp;Rückfrage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask for more information</source>
        <translation>Weitere Informationen anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Item</source>
        <translation>&amp;Nächster Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next item</source>
        <translation>Zum nächsten Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Item</source>
        <translation>&amp;Vorheriger Eintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous item</source>
        <translation>Zum vorherigen Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Zuweisen an…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign the selected items to a reviewer</source>
        <translation>Die gewählten Einträge einem Prüfer zuweisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Abzeichnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the campaign: its decisions are hashed into the audit log</source>
        <translation>Die Kampagne abschließen: ihre Entscheidungen werden als Hash ins Audit-Log geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Revocation…</source>
        <translation>Entzug aus&amp;führen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out the current item&apos;s revoke decision through the fix dialog</source>
        <translation>Die Entzugsentscheidung des aktuellen Eintrags über den Korrekturdialog ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Remediation &amp;Plan…</source>
        <translation>Behebungs&amp;plan anwenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out every revoke decision of the signed campaign that is not applied yet, after one preview</source>
        <translation>Jede noch nicht angewendete Entzugsentscheidung der abgezeichneten Kampagne nach einer Vorschau ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Evidence Pack…</source>
        <translation>Nachweispaket &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the PDF, decisions, audit entries and manifest for the auditor</source>
        <translation>PDF, Entscheidungen, Audit-Einträge und Manifest für den Prüfer schreiben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Assign Items</source>
        <translation>Einträge zuweisen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Assign %n item(s) to:</source>
        <translation>
            <numerusform>%n Eintrag zuweisen an:</numerusform>
            <numerusform>%n Einträge zuweisen an:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign Off</source>
        <translation>Abzeichnen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sign off campaign &quot;%1&quot; as %2? Its %n decision(s) are hashed into the audit log and can no longer be changed.</source>
        <translation>
            <numerusform>Kampagne „%1“ als %2 abzeichnen? Ihre %n Entscheidung wird als Hash ins Audit-Log geschrieben und kann nicht mehr geändert werden.</numerusform>
            <numerusform>Kampagne „%1“ als %2 abzeichnen? Ihre %n Entscheidungen werden als Hash ins Audit-Log geschrieben und können nicht mehr geändert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 (%3/%4 decided, %5)</source>
        <translation>%1: %2 (%3/%4 entschieden, %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed</source>
        <translation>abgezeichnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+164"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decide</source>
        <translation>Entscheiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter your name or IdP identity as the reviewer first.</source>
        <translation>Geben Sie zuerst Ihren Namen oder Ihre IdP-Identität als Prüfer ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What information is needed?</source>
        <translation>Welche Informationen werden benötigt?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the selected item(s) need a justification (privileged access kept, or a decision against the recommendation). Justification:</source>
        <translation>
            <numerusform>%n der gewählten Einträge braucht eine Begründung (privilegierter Zugriff behalten oder Entscheidung gegen die Empfehlung). Begründung:</numerusform>
            <numerusform>%n der gewählten Einträge brauchen eine Begründung (privilegierter Zugriff behalten oder Entscheidung gegen die Empfehlung). Begründung:</numerusform>
        </translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+272"/>
        <source>%1 of %2 decided</source>
        <translation>%1 von %2 entschieden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2/%3</source>
        <translation>%1: %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no campaign: create one with New Campaign (Ctrl+N)</source>
        <translation>keine Kampagne: legen Sie eine mit Neue Kampagne an (Strg+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed off by %1 on %2</source>
        <translation>abgezeichnet von %1 am %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open, due %1</source>
        <translation>offen, fällig %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Select an item to see its evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Eintrag, um seine Nachweise zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (privileged)</source>
        <translation> (privilegiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles</source>
        <translation>Pipeline-Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>Letzter Job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs in the period</source>
        <translation>Jobs im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open findings</source>
        <translation>Offene Befunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: revoke.</source>
        <translation>Empfohlen: entziehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended: keep.</source>
        <translation>Empfohlen: behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision: %1</source>
        <translation>Entscheidung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1 on %2</source>
        <translation>von %1 am %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Justification: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping this access needs a justification.</source>
        <translation>Das Behalten dieses Zugriffs braucht eine Begründung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remediation: %1 %2</source>
        <translation>Behebung: %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K keep · R revoke · I needs info · N/P next/previous</source>
        <translation>K behalten · R entziehen · I Rückfrage · N/P nächster/vorheriger</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Select All Shown (%n)</source>
        <translation>
            <numerusform>Alle angezeigten auswählen (%n)</numerusform>
            <numerusform>Alle angezeigten auswählen (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::RoleModel</name>
    <message>
        <location filename="../models/itemmodels/rolemodel.cpp" line="+58"/>
        <source>Service accounts this group owns</source>
        <translation>Dienstkonten im Besitz dieser Gruppe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline roles</source>
        <translation>Pipeline-Rollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privileged</source>
        <translation>Privilegiert</translation>
    </message>
</context>
<context>
    <name>Scimflow::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+46"/>
        <source>Cannot listen on 127.0.0.1:%1; the port may be in use. Choose another with --port.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gewartet werden; der Port ist möglicherweise belegt. Wählen Sie mit --port einen anderen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SchemeTokenAuth</name>
    <message>
        <location filename="../models/net/authprovider.cpp" line="-100"/>
        <source>No API token is configured; enter one in the connection settings.</source>
        <translation>Es ist kein API-Token eingerichtet; geben Sie eines in den Verbindungseinstellungen ein.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimClient</name>
    <message>
        <location filename="../models/scim/scimclient.cpp" line="+94"/>
        <location line="+4"/>
        <source>Discovery failed at %1: %2</source>
        <translation>Erkennung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discovery failed: %1 is not valid JSON (%2).</source>
        <translation>Erkennung fehlgeschlagen: %1 ist kein gültiges JSON (%2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The SCIM server does not serve the schema(s) %1, which the &quot;%2&quot; profile needs; nothing was synced. Check the base URL and the vendor profile.</source>
        <translation>Der SCIM-Server stellt das Schema bzw. die Schemas %1 nicht bereit, die das Profil „%2“ benötigt; es wurde nichts synchronisiert. Prüfen Sie die Basis-URL und das Anbieterprofil.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 answered HTTP %2 with malformed JSON or a document that is not a SCIM resource; the server or a proxy in between is misbehaving.</source>
        <translation>%1 antwortete mit HTTP %2 und fehlerhaftem JSON oder einem Dokument, das keine SCIM-Ressource ist; der Server oder ein Proxy dazwischen verhält sich falsch.</translation>
    </message>
    <message>
        <location filename="../models/scim/scimerror.cpp" line="+22"/>
        <source>%1: the resource was changed on the server since it was read (HTTP 412, ETag mismatch); re-read it, review the difference and try again.</source>
        <translation>%1: die Ressource wurde seit dem Lesen auf dem Server geändert (HTTP 412, ETag stimmt nicht überein); lesen Sie sie erneut, prüfen Sie den Unterschied und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SCIM server rejected %1 (HTTP %2%3): %4</source>
        <translation>Der SCIM-Server hat %1 abgelehnt (HTTP %2%3): %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no detail given</source>
        <translation>keine Angabe</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimConnection</name>
    <message>
        <location filename="../models/sync/scimconnection.cpp" line="+15"/>
        <source>Unknown vendor profile &quot;%1&quot;.</source>
        <translation>Unbekanntes Anbieterprofil „%1“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown SCIM target profile &quot;%1&quot;; use one of %2.</source>
        <translation>Unbekanntes SCIM-Zielprofil „%1“; verwenden Sie eines von %2.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimCursorListJob</name>
    <message>
        <location filename="../models/scim/scimcursorlistjob.cpp" line="+85"/>
        <source>the server rejected its own cursor (invalidCursor)</source>
        <translation>der Server hat seinen eigenen Cursor abgelehnt (invalidCursor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the cursor expired before the next page was read (expiredCursor)</source>
        <translation>der Cursor ist abgelaufen, bevor die nächste Seite gelesen wurde (expiredCursor)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The SCIM server reports %1 resources, more than the limit of %2.</source>
        <translation>Der SCIM-Server meldet %1 Ressourcen, mehr als die Grenze von %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The SCIM server listed more than %1 resources.</source>
        <translation>Der SCIM-Server hat mehr als %1 Ressourcen aufgelistet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server handed out a cursor it had already given (a paging loop)</source>
        <translation>der Server hat einen Cursor ausgegeben, den er schon einmal ausgegeben hatte (eine Seitenschleife)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SCIM server returned %1 empty pages in a row that still named a next cursor; its paging does not end. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server hat %1 leere Seiten hintereinander geliefert, die noch einen nächsten Cursor nannten; seine Seitenfolge endet nicht. Der vorherige Stand wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing %1 by cursor failed: %2, again after restarting the listing. Nothing was saved; the previous snapshot was kept. Try again later.</source>
        <translation>Das Auflisten von %1 per Cursor ist fehlgeschlagen: %2, auch nach dem Neustart der Auflistung. Nichts wurde gespeichert; der vorherige Stand wurde beibehalten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SCIM server reported %1 resources but its cursor pages held only %2 distinct ones; a full snapshot cannot be trusted. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server meldete %1 Ressourcen, seine Cursor-Seiten enthielten aber nur %2 verschiedene; einem vollständigen Stand kann nicht vertraut werden. Der vorherige Stand wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimDirectoryReader</name>
    <message>
        <location filename="../models/sync/scimdirectoryreader.cpp" line="+21"/>
        <source>The SCIM client is gone.</source>
        <translation>Der SCIM-Client ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the server&apos;s capabilities</source>
        <translation>Fähigkeiten des Servers werden gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>Die Synchronisierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading users</source>
        <translation>Benutzer werden gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading groups</source>
        <translation>Gruppen werden gelesen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>scim: %n users</source>
        <translation>
            <numerusform>scim: %n Benutzer</numerusform>
            <numerusform>scim: %n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n groups</source>
        <translation>
            <numerusform>, %n Gruppe</numerusform>
            <numerusform>, %n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimFilter</name>
    <message>
        <location filename="../app/sandbox/filter/scimfilterparser.cpp" line="+37"/>
        <source>unexpected text</source>
        <translation>unerwarteter Text</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid SCIM filter at character %1: %2.</source>
        <translation>Ungültiger SCIM-Filter bei Zeichen %1: %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+32"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>expected &quot;)&quot;</source>
        <translation>„)“ erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an attribute name</source>
        <translation>Attributname erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;]&quot;</source>
        <translation>„]“ erwartet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected an operator</source>
        <translation>Operator erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>unbekannter Operator „%1“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid escape in string</source>
        <translation>ungültiges Escape in Zeichenkette</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a value (a quoted string, number, true, false or null)</source>
        <translation>Wert erwartet (Zeichenkette in Anführungszeichen, Zahl, true, false oder null)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SCIM filter is longer than %1 characters.</source>
        <translation>Der SCIM-Filter ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCIM filter is empty.</source>
        <translation>Der SCIM-Filter ist leer.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimFixConnector</name>
    <message>
        <location filename="../models/fixes/scimfixconnector.cpp" line="+90"/>
        <location line="+54"/>
        <location line="+92"/>
        <source>The SCIM connection is gone.</source>
        <translation>Die SCIM-Verbindung existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+17"/>
        <source>This connection cannot perform that fix.</source>
        <translation>Diese Verbindung kann diese Korrektur nicht ausführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already in effect; nothing was sent</source>
        <translation>bereits wirksam; es wurde nichts gesendet</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>already in effect on the server after HTTP %1 (%2)</source>
        <translation>nach HTTP %1 (%2) auf dem Server bereits wirksam</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimListJob</name>
    <message>
        <location filename="../models/scim/scimlistjob.cpp" line="+69"/>
        <source>The SCIM server needed more than %1 requests to list %2 resources; its paging does not add up. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server brauchte mehr als %1 Anfragen, um %2 Ressourcen aufzulisten; sein Blättern geht nicht auf. Der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The SCIM server answered startIndex=%1 with a page starting at %2: it ignores startIndex, so the collection cannot be paged reliably. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server beantwortete startIndex=%1 mit einer Seite ab %2: er ignoriert startIndex, daher lässt sich die Sammlung nicht zuverlässig durchblättern. Der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SCIM server reports %1 resources, more than the limit of %2.</source>
        <translation>Der SCIM-Server meldet %1 Ressourcen, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SCIM server returned %1 resources on the first page but reports totalResults=%2. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server lieferte %1 Ressourcen auf der ersten Seite, meldet aber totalResults=%2. Der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SCIM server&apos;s totalResults changed during the sync (%1, then %2) %3 times in a row; the directory is changing too fast or the server miscounts. Try again later; the previous snapshot was kept.</source>
        <translation>totalResults des SCIM-Servers hat sich während der Synchronisierung %3-mal hintereinander geändert (%1, dann %2); das Verzeichnis ändert sich zu schnell oder der Server zählt falsch. Versuchen Sie es später erneut; der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SCIM server returned the first page again for startIndex=%1: it ignores startIndex. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server lieferte für startIndex=%1 erneut die erste Seite: er ignoriert startIndex. Der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SCIM server reports totalResults=%1 but returned no resources from index %2; its count is wrong. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server meldet totalResults=%1, lieferte aber ab Index %2 keine Ressourcen; seine Zählung ist falsch. Der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The SCIM server reported %1 resources but paging returned only %2 distinct ones (%3 duplicates); a full snapshot cannot be trusted. The previous snapshot was kept.</source>
        <translation>Der SCIM-Server meldete %1 Ressourcen, das Blättern lieferte aber nur %2 verschiedene (%3 Duplikate); einem vollständigen Snapshot kann nicht vertraut werden. Der vorige Snapshot wurde beibehalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sync was cancelled.</source>
        <translation>Die Synchronisierung wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimParser</name>
    <message>
        <location filename="../models/scim/scimparser.cpp" line="+74"/>
        <source>A SCIM user has no id.</source>
        <translation>Ein SCIM-Benutzer hat keine ID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The SCIM user %1 has more than %2 e-mail addresses.</source>
        <translation>Der SCIM-Benutzer %1 hat mehr als %2 E-Mail-Adressen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The SCIM user %1 is in more than %2 groups.</source>
        <translation>Der SCIM-Benutzer %1 ist in mehr als %2 Gruppen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SCIM user %1 has an attribute longer than %2 characters.</source>
        <translation>Der SCIM-Benutzer %1 hat ein Attribut, das länger als %2 Zeichen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM user %1 has no userName.</source>
        <translation>Der SCIM-Benutzer %1 hat keinen userName.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A SCIM group has no id.</source>
        <translation>Eine SCIM-Gruppe hat keine ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SCIM group %1 has more than %2 members.</source>
        <translation>Die SCIM-Gruppe %1 hat mehr als %2 Mitglieder.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SCIM group %1 has an attribute longer than %2 characters.</source>
        <translation>Die SCIM-Gruppe %1 hat ein Attribut, das länger als %2 Zeichen ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM group %1 has no displayName.</source>
        <translation>Die SCIM-Gruppe %1 hat keinen displayName.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SCIM server sent malformed JSON (%1 at byte %2).</source>
        <translation>Der SCIM-Server hat fehlerhaftes JSON gesendet (%1 bei Byte %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SCIM server sent JSON that is not a ListResponse object.</source>
        <translation>Der SCIM-Server hat JSON gesendet, das kein ListResponse-Objekt ist.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SCIM server&apos;s list response has no valid totalResults; it is not a SCIM ListResponse.</source>
        <translation>Die Listenantwort des SCIM-Servers hat kein gültiges totalResults; sie ist keine SCIM-ListResponse.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SCIM list response&apos;s Resources is not an array.</source>
        <translation>Resources in der SCIM-Listenantwort ist kein Array.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SCIM page holds %1 resources, more than the limit of %2.</source>
        <translation>Eine SCIM-Seite enthält %1 Ressourcen, mehr als das Limit von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A SCIM list entry is not an object.</source>
        <translation>Ein Eintrag der SCIM-Liste ist kein Objekt.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The SCIM server&apos;s nextCursor is not a string; the listing cannot go on.</source>
        <translation>Der nextCursor des SCIM-Servers ist keine Zeichenkette; die Auflistung kann nicht fortgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimTargetDialog</name>
    <message>
        <location filename="../views/scimtargetdialog.cpp" line="+20"/>
        <source>SCIM provisioning target</source>
        <translation>SCIM-Bereitstellungsziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target name</source>
        <translation>Name des Ziels</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM base URL</source>
        <translation>SCIM-Basis-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS IAM Identity Center</source>
        <translation>AWS IAM Identity Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic SCIM 2.0</source>
        <translation>Generisches SCIM 2.0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub Enterprise Managed Users</source>
        <translation>GitHub Enterprise Managed Users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target profile</source>
        <translation>Zielprofil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the target pages, filters and reports group memberships.</source>
        <translation>Wie das Ziel seitenweise liefert, filtert und Gruppenmitgliedschaften meldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>kept in the system keychain</source>
        <translation>wird im Schlüsselbund des Systems aufbewahrt</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer &amp;token:</source>
        <translation>Bearer-&amp;Token:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>leave empty to keep the stored token</source>
        <translation>leer lassen, um das gespeicherte Token zu behalten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the target&apos;s bearer token: the SCIM token the identity provider pushes with, or one made for reading in the target&apos;s console.</source>
        <translation>Geben Sie das Bearer-Token des Ziels ein: das SCIM-Token, mit dem der Identitätsanbieter überträgt, oder eines, das in der Konsole des Ziels zum Lesen erstellt wurde.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimTargetSource</name>
    <message>
        <location filename="../models/secrets/scimtargetsource.cpp" line="+12"/>
        <source>Give the target a name.</source>
        <translation>Geben Sie dem Ziel einen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SCIM target needs its base URL, e.g. https://scim.us-east-1.amazonaws.com/TENANT/scim/v2.</source>
        <translation>Ein SCIM-Ziel braucht seine Basis-URL, z. B. https://scim.us-east-1.amazonaws.com/TENANT/scim/v2.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SecretStore</name>
    <message>
        <location filename="../models/secrets/secretstore.cpp" line="+29"/>
        <source>No keychain is reachable on this computer (%1). Install and unlock a Secret Service provider such as GNOME Keyring or KWallet, or use the secret for this session only; it is never written to a file.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund erreichbar (%1). Installieren und entsperren Sie einen Secret-Service-Anbieter wie GNOME Keyring oder KWallet, oder verwenden Sie das Geheimnis nur für diese Sitzung; es wird nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain holds no secret for this connection; enter it again in the connection settings.</source>
        <translation>Der Schlüsselbund enthält kein Geheimnis für diese Verbindung; geben Sie es in den Verbindungseinstellungen erneut ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access to the keychain was denied: %1</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not be used (%1). Check that a Secret Service provider is running and unlocked, or use the secret for this session only.</source>
        <translation>Der Schlüsselbund konnte nicht verwendet werden (%1). Prüfen Sie, ob ein Secret-Service-Anbieter läuft und entsperrt ist, oder verwenden Sie das Geheimnis nur für diese Sitzung.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SettingsConnectionsPage</name>
    <message>
        <location filename="../views/settingsconnectionspage.cpp" line="+34"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Neue Verbindung…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity provider connections saved in %1. Their secrets stay in the system keychain and are never shown here.</source>
        <translation>Verbindungen zu Identitätsanbietern, gespeichert in %1. Ihre Geheimnisse bleiben im Schlüsselbund des Systems und werden hier nie angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved &amp;connections:</source>
        <translation>Gespeicherte &amp;Verbindungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected connection</source>
        <translation>Die ausgewählte Verbindung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected connection and its secret</source>
        <translation>Die ausgewählte Verbindung und ihr Geheimnis entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a new identity provider</source>
        <translation>Mit einem neuen Identitätsanbieter verbinden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections status</source>
        <translation>Status der Verbindungen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Team store</source>
        <translation>Team-Speicher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remembered team store</source>
        <translation>Gemerkter Team-Speicher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team store secrets in the keychain</source>
        <translation>Geheimnisse des Team-Speichers im Schlüsselbund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open this team store when the console starts</source>
        <translation>Diesen Team-Speicher beim &amp;Start der Konsole öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the remembered team store when the console starts</source>
        <translation>Den gemerkten Team-Speicher beim Start der Konsole öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unless a database is given with --db. If the team store cannot be opened, the console says why and opens what it would have opened otherwise.</source>
        <translation>Außer wenn mit --db eine Datenbank angegeben ist. Lässt sich der Team-Speicher nicht öffnen, nennt die Konsole den Grund und öffnet, was sie sonst geöffnet hätte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget saved &amp;secrets</source>
        <translation>&amp;Gespeicherte Geheimnisse vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the team store&apos;s password and passphrase from the keychain</source>
        <translation>Passwort und Passphrase des Team-Speichers aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget this team store</source>
        <translation>Diesen &amp;Team-Speicher vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the team store and its saved secrets</source>
        <translation>Den Team-Speicher und seine gespeicherten Geheimnisse vergessen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No team store is remembered: File &gt; Open Team Store… remembers the one you open.</source>
        <translation>Kein Team-Speicher gemerkt: Datei &gt; Team-Speicher öffnen… merkt sich den, den Sie öffnen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Removing the team store&apos;s secrets from the keychain…</source>
        <translation>Die Geheimnisse des Team-Speichers werden aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the keychain which secrets it holds for this team store…</source>
        <translation>Der Schlüsselbund wird gefragt, welche Geheimnisse er für diesen Team-Speicher enthält…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secrets could not be removed from the keychain: %1</source>
        <translation>Die Geheimnisse konnten nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain could not be asked: %1</source>
        <translation>Der Schlüsselbund konnte nicht gefragt werden: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The keychain holds its password and its client key passphrase.</source>
        <translation>Der Schlüsselbund enthält sein Passwort und die Passphrase seines Client-Schlüssels.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds its password.</source>
        <translation>Der Schlüsselbund enthält sein Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds its client key passphrase.</source>
        <translation>Der Schlüsselbund enthält die Passphrase seines Client-Schlüssels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain holds no password or client key passphrase for it.</source>
        <translation>Der Schlüsselbund enthält dafür weder Passwort noch Passphrase eines Client-Schlüssels.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Forget team store</source>
        <translation>Team-Speicher vergessen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the team store %1 and remove its password and client key passphrase from the keychain? The team store itself is not changed.</source>
        <translation>Den Team-Speicher %1 vergessen und sein Passwort sowie die Passphrase seines Client-Schlüssels aus dem Schlüsselbund entfernen? Der Team-Speicher selbst bleibt unverändert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forgot %1; removing its secrets from the keychain…</source>
        <translation>%1 vergessen; seine Geheimnisse werden aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forgot %1 and removed its secrets from the keychain.</source>
        <translation>%1 vergessen und seine Geheimnisse aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot %1, but its secrets could not be removed from the keychain: %2</source>
        <translation>%1 vergessen, aber seine Geheimnisse konnten nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>OAuth client %1</source>
        <translation>OAuth-Client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection is saved yet: use New Connection… to add one.</source>
        <translation>Noch keine Verbindung gespeichert: Fügen Sie mit „Neue Verbindung…“ eine hinzu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection %1 and its secret from the keychain? Synced data stays in the database.</source>
        <translation>Die Verbindung %1 und ihr Geheimnis aus dem Schlüsselbund entfernen? Synchronisierte Daten bleiben in der Datenbank.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1; removing its secret from the keychain…</source>
        <translation>%1 entfernt; sein Geheimnis wird aus dem Schlüsselbund entfernt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 and its secret.</source>
        <translation>%1 und sein Geheimnis entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1, but its secret could not be removed from the keychain: %2</source>
        <translation>%1 entfernt, aber sein Geheimnis konnte nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="+58"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drift Rules</source>
        <translation>&amp;Drift-Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnections</source>
        <translation>Ver&amp;bindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save and close</source>
        <translation>Speichern und schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Schließen ohne zu speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and apply</source>
        <translation>Speichern und anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default values</source>
        <translation>Die Standardwerte wiederherstellen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time Scimflow starts. System default follows the language of the desktop.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Scimflow. Die Systemvorgabe folgt der Sprache des Desktops.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light and Dark apply at once to every window. System uses the desktop&apos;s own style and colours.</source>
        <translation>Hell und Dunkel gelten sofort für alle Fenster. System verwendet Stil und Farben des Desktops.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>Alle 15 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>Alle 30 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 60 minutes</source>
        <translation>Alle 60 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodic sync</source>
        <translation>Regelmäßige Synchronisierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+42"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Custom sync interval in minutes</source>
        <translation>Benutzerdefiniertes Synchronisierungsintervall in Minuten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Periodic sync:</source>
        <translation>&amp;Regelmäßig synchronisieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;interval:</source>
        <translation>Eigenes &amp;Intervall:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While the console is open, the saved identity provider connection (see Connections) is synced at this interval and the findings are computed again. Nothing is synced while only the demo is shown, or before a connection is saved. Its state shows in the system tray, or in the status bar where there is no tray. Connection &gt; Sync Now (F5) works at any time.</source>
        <translation>Solange die Konsole offen ist, wird die gespeicherte Verbindung zum Identitätsanbieter (siehe Verbindungen) in diesem Intervall synchronisiert und die Befunde werden neu berechnet. Solange nur die Demo angezeigt wird oder noch keine Verbindung gespeichert ist, wird nichts synchronisiert. Der Zustand erscheint im Infobereich des Systems oder, wo es keinen gibt, in der Statusleiste. Verbindung &gt; Jetzt synchronisieren (F5) funktioniert jederzeit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+37"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Orphaned credential after days</source>
        <translation>Verwaiste Zugangsdaten nach Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+33"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Stale sync after hours</source>
        <translation>Veraltete Synchronisierung nach Stunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One group name per line, e.g. breakglass-admins</source>
        <translation>Ein Gruppenname pro Zeile, z. B. breakglass-admins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privileged groups, one per line</source>
        <translation>Privilegierte Gruppen, eine pro Zeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orp&amp;haned credential after:</source>
        <translation>&amp;Verwaiste Zugangsdaten nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service account whose jobs all ended longer ago is reported as an orphaned credential.</source>
        <translation>Ein Dienstkonto, dessen Jobs alle länger zurück endeten, wird als verwaiste Zugangsdaten gemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stale sync after:</source>
        <translation>Ver&amp;altete Synchronisierung nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source whose last successful sync is older is reported as stale.</source>
        <translation>Eine Quelle, deren letzte erfolgreiche Synchronisierung älter ist, wird als veraltet gemeldet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pri&amp;vileged groups:</source>
        <translation>Pri&amp;vilegierte Gruppen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by the privileged drift rule in addition to the privileged groups of the RBAC mapping.</source>
        <translation>Von der Regel für privilegierte Drift zusätzlich zu den privilegierten Gruppen der RBAC-Zuordnung geprüft.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deprovisioning SLA in hours</source>
        <translation>Deprovisionierungs-SLA in Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials idle after days, for reports</source>
        <translation>Zugangsdaten ungenutzt nach Tagen, für Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance reports</source>
        <translation>Compliance-Berichte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovisioning S&amp;LA:</source>
        <translation>Deprovisionierungs-S&amp;LA:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity later than this after a user was deactivated is an SLA violation in the deprovisioning report.</source>
        <translation>Aktivität, die später als dies nach der Deaktivierung eines Benutzers stattfindet, ist im Deprovisionierungsbericht eine SLA-Verletzung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials idle a&amp;fter:</source>
        <translation>Zugangsdaten ungenutzt &amp;nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service accounts unused this long are listed by the orphaned credentials report.</source>
        <translation>Dienstkonten, die so lange ungenutzt sind, listet der Bericht über verwaiste Zugangsdaten auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+42"/>
        <source>Default output folder</source>
        <translation>Standard-Ausgabeordner</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default output folder</source>
        <translation>Den Standard-Ausgabeordner wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output f&amp;older:</source>
        <translation>Ausgabe&amp;ordner:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default report format</source>
        <translation>Standard-Berichtsformat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous month</source>
        <translation>Vormonat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter to date</source>
        <translation>Quartal bis heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default report period</source>
        <translation>Standard-Berichtszeitraum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default for&amp;mat:</source>
        <translation>Standard&amp;format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;period:</source>
        <translation>Standard&amp;zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Reports dialog opens with these choices and suggests files in this folder. The thresholds are on the Drift Rules page.</source>
        <translation>Der Berichtsdialog öffnet sich mit diesen Vorgaben und schlägt Dateien in diesem Ordner vor. Die Schwellenwerte stehen auf der Seite Drift-Regeln.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Provisioning SLA in minutes</source>
        <translation>Bereitstellungs-SLA in Minuten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Provisioning SL&amp;A:</source>
        <translation>Bereitstellungs-SL&amp;A:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user deprovisioned in the identity provider who is still active in a SCIM target after this long is reported as provisioning drift.</source>
        <translation>Ein im Identitätsanbieter deprovisionierter Benutzer, der nach dieser Zeit in einem SCIM-Ziel noch aktiv ist, wird als Bereitstellungsabweichung gemeldet.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Rotate user-managed keys within days</source>
        <translation>Vom Nutzer verwaltete Schlüssel innerhalb von Tagen rotieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account unused after days</source>
        <translation>Dienstkonto ungenutzt nach Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;keys within:</source>
        <translation>&amp;Schlüssel rotieren innerhalb von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enabled user-managed Google Cloud key older than this is reported as not rotated.</source>
        <translation>Ein aktivierter, vom Nutzer verwalteter Google-Cloud-Schlüssel, der älter ist, wird als nicht rotiert gemeldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account &amp;unused after:</source>
        <translation>Dienstkonto &amp;ungenutzt nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enabled service account with no authentication for this long (Policy Analyzer counts whole days) is reported as unused; Google&apos;s own insight uses 90 days.</source>
        <translation>Ein aktiviertes Dienstkonto ohne Authentifizierung in diesem Zeitraum (Policy Analyzer zählt ganze Tage) wird als ungenutzt gemeldet; Googles eigene Empfehlung verwendet 90 Tage.</translation>
    </message>
</context>
<context>
    <name>Scimflow::StaticTokenAuth</name>
    <message>
        <location filename="../models/net/authprovider.cpp" line="-16"/>
        <source>No API token is configured; enter one in the connection settings.</source>
        <translation>Es ist kein API-Token eingerichtet; geben Sie eines in den Verbindungseinstellungen ein.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SyncJob</name>
    <message>
        <location filename="../models/sync/syncjob.cpp" line="+19"/>
        <source>synced %1 users, %2 groups, %3 memberships; %4 events derived (%5 sync, %6 s, %7 requests)</source>
        <translation>%1 Benutzer, %2 Gruppen, %3 Mitgliedschaften synchronisiert; %4 Ereignisse abgeleitet (%5 Synchronisierung, %6 s, %7 Anfragen)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 (%2 sync, %3 s, %4 requests)</source>
        <translation>%1 (%2 Synchronisierung, %3 s, %4 Anfragen)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The directory reader is gone.</source>
        <translation>Der Verzeichnisleser ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The directory reader finished without a result.</source>
        <translation>Der Verzeichnisleser ist ohne Ergebnis beendet worden.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>Die Synchronisierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the snapshot</source>
        <translation>Snapshot wird gespeichert</translation>
    </message>
</context>
<context>
    <name>Scimflow::SyncScheduler</name>
    <message>
        <location filename="../app/syncscheduler.cpp" line="+31"/>
        <source>Show Scimflow</source>
        <translation>Scimflow zeigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periodic sync status</source>
        <translation>Status der regelmäßigen Synchronisierung</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Periodic sync failed</source>
        <translation>Regelmäßige Synchronisierung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Periodic sync off while the demo is shown</source>
        <translation>Regelmäßige Synchronisierung aus, solange die Demo angezeigt wird</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync failed; next try in %n min</source>
        <translation>
            <numerusform>Synchronisierung fehlgeschlagen; nächster Versuch in %n Minute</numerusform>
            <numerusform>Synchronisierung fehlgeschlagen; nächster Versuch in %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next sync in %n min</source>
        <translation>
            <numerusform>Nächste Synchronisierung in %n Minute</numerusform>
            <numerusform>Nächste Synchronisierung in %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Scimflow</source>
        <translation>Scimflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: none in this session</source>
        <translation>Letzte Synchronisierung: keine in dieser Sitzung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed: %1</source>
        <translation>Letzter Versuch fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periodic sync is off (Tools &gt; Settings &gt; Sync)</source>
        <translation>Regelmäßige Synchronisierung ist aus (Extras &gt; Einstellungen &gt; Synchronisierung)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodic sync does nothing while the demo is shown</source>
        <translation>Regelmäßige Synchronisierung tut nichts, solange die Demo angezeigt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodic sync waits for a saved connection (Connection &gt; Connect to Identity Provider…)</source>
        <translation>Regelmäßige Synchronisierung wartet auf eine gespeicherte Verbindung (Verbindung &gt; Mit Identitätsanbieter verbinden…)</translation>
    </message>
</context>
<context>
    <name>Scimflow::TablePane</name>
    <message>
        <location filename="../views/tablepane.cpp" line="+43"/>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>%1 filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>%1 filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only rows whose visible columns contain this text</source>
        <translation>Zeigt nur Zeilen, deren sichtbare Spalten diesen Text enthalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selecting a row makes it the focus; the other views follow. Menu key: copy, timeline, findings</source>
        <translation>Die Auswahl einer Zeile macht sie zum Fokus; die anderen Ansichten folgen. Menütaste: Kopieren, Zeitleiste, Befunde</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — linked to the focus</source>
        <translation>%1 — mit dem Fokus verknüpft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 von %3)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Copy &amp;cell</source>
        <translation>&amp;Zelle kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy selected rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy selected rows as CS&amp;V</source>
        <translation>Ausgewählte Zeilen als CS&amp;V kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;all shown rows as CSV</source>
        <translation>&amp;Alle angezeigten Zeilen als CSV kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in &amp;Timeline</source>
        <translation>In der &amp;Zeitleiste öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Findings</source>
        <translation>&amp;Befunde zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear focus</source>
        <translation>F&amp;okus aufheben</translation>
    </message>
</context>
<context>
    <name>Scimflow::TargetSyncJob</name>
    <message>
        <location filename="../models/sync/targetsyncjob.cpp" line="+18"/>
        <source>target %1: %2 users, %3 groups, %4 memberships (%5, %6 requests</source>
        <translation>Ziel %1: %2 Benutzer, %3 Gruppen, %4 Mitgliedschaften (%5, %6 Anfragen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cursor paging</source>
        <translation>Seiten per Cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startIndex paging</source>
        <translation>Seiten per startIndex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 of them per-user membership queries</source>
        <translation>, davon %1 Mitgliedschaftsabfragen je Benutzer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 listing(s) restarted after a cursor fault</source>
        <translation>, %1 Auflistung(en) nach einem Cursorfehler neu gestartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no incremental read: full read</source>
        <translation>; kein inkrementelles Lesen: vollständig gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; first read: the baseline</source>
        <translation>; erstes Lesen: die Ausgangsbasis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; since the last read: %1 users added, %2 removed, %3 changed; %4 memberships added, %5 removed</source>
        <translation>; seit dem letzten Lesen: %1 Benutzer hinzugefügt, %2 entfernt, %3 geändert; %4 Mitgliedschaften hinzugefügt, %5 entfernt</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the capabilities of target %1</source>
        <translation>Lese die Fähigkeiten des Ziels %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the users of target %1</source>
        <translation>Lese die Benutzer des Ziels %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the groups of target %1</source>
        <translation>Lese die Gruppen des Ziels %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading the group memberships of target %1, one query per user</source>
        <translation>Lese die Gruppenmitgliedschaften des Ziels %1, eine Abfrage je Benutzer</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+44"/>
        <source>The sync of target %1 was cancelled; nothing was changed.</source>
        <translation>Die Synchronisierung des Ziels %1 wurde abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Saving the snapshot of target %1</source>
        <translation>Speichere den Stand des Ziels %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Target %1: %2</source>
        <translation>Ziel %1: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::TeamStoreDialog</name>
    <message>
        <location filename="../views/teamstoredialog.cpp" line="+18"/>
        <source>Open Team Store</source>
        <translation>Team-Speicher öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team store is a PostgreSQL database that several consoles share: one set of findings, reviews and one audit chain.</source>
        <translation>Ein Team-Speicher ist eine PostgreSQL-Datenbank, die mehrere Konsolen teilen: ein Bestand an Befunden und Prüfungen und eine Audit-Kette.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From the keychain, PGPASSWORD or ~/.pgpass</source>
        <translation>Aus dem Schlüsselbund, PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the password in the system keychain</source>
        <translation>Passwort im System-&amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client key passphrase</source>
        <translation>Passphrase des Client-Schlüssels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the keychain; only for a location with sslkey=</source>
        <translation>Aus dem Schlüsselbund; nur für einen Ort mit sslkey=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve the passphrase in the system keychain</source>
        <translation>Passphrase &amp;im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the client key passphrase in the system keychain</source>
        <translation>Passphrase des Client-Schlüssels im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;key passphrase:</source>
        <translation>Passphrase des &amp;Client-Schlüssels:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter the store&apos;s postgresql:// URL.</source>
        <translation>Geben Sie die postgresql://-URL des Speichers ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team store&apos;s location starts with postgresql://; open a database file with File &gt; Open Database.</source>
        <translation>Der Ort eines Team-Speichers beginnt mit postgresql://; eine Datenbankdatei öffnen Sie mit Datei &gt; Datenbank öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client key passphrase contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on. Give the key a passphrase without one.</source>
        <translation>Die Passphrase des Client-Schlüssels enthält ein Semikolon, das Qts PostgreSQL-Treiber nicht weitergeben kann. Geben Sie dem Schlüssel eine Passphrase ohne Semikolon.</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineDock</name>
    <message>
        <location filename="../views/timelinedock.cpp" line="+11"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineLaneResolver</name>
    <message>
        <location filename="../models/timeline/timelinelaneresolver.cpp" line="+50"/>
        <source>%1 &lt;%2&gt;, %3, %4</source>
        <translation>%1 &lt;%2&gt;, %3, %4</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>service account %1, owner: %2</source>
        <translation>Dienstkonto %1, Besitzer: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Lifecycle</source>
        <translation>Lebenszyklus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All identities: created, deactivated, reactivated, deleted</source>
        <translation>Alle Identitäten: angelegt, deaktiviert, reaktiviert, gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memberships and roles</source>
        <translation>Mitgliedschaften und Rollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All identities: group memberships added or removed, roles changed</source>
        <translation>Alle Identitäten: Gruppenmitgliedschaften hinzugefügt oder entfernt, Rollen geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute updates</source>
        <translation>Attributänderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All identities: other attribute changes</source>
        <translation>Alle Identitäten: sonstige Attributänderungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dataflow jobs</source>
        <translation>Dataflow-Jobs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub Actions runs</source>
        <translation>GitHub-Actions-Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenLineage runs</source>
        <translation>OpenLineage-Läufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 jobs</source>
        <translation>%1-Jobs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All jobs from %1</source>
        <translation>Alle Jobs aus %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Group %1: membership and role changes</source>
        <translation>Gruppe %1: Änderungen an Mitgliedschaften und Rollen</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineLegend</name>
    <message>
        <location filename="../views/timelinelegend.cpp" line="+22"/>
        <source>Timeline legend</source>
        <translation>Legende der Zeitleiste</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1</source>
        <translation>Job %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding begins</source>
        <translation>Beginn eines Befunds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key or token last used</source>
        <translation>Schlüssel oder Token zuletzt genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineText</name>
    <message>
        <location filename="../views/timelinetext.cpp" line="+55"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership added</source>
        <translation>Mitgliedschaft hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership removed</source>
        <translation>Mitgliedschaft entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;%1 identity events&lt;/b&gt; on %2&lt;br&gt;%3&lt;br&gt;from %4&lt;br&gt;to %5&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 Identitätsereignisse&lt;/b&gt; in %2&lt;br&gt;%3&lt;br&gt;von %4&lt;br&gt;bis %5&lt;br&gt;&lt;i&gt;Zum Vergrößern klicken.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;when: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;wann: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;by: %1</source>
        <translation>&lt;br&gt;von: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;source: %1</source>
        <translation>&lt;br&gt;Quelle: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1 jobs active&lt;/b&gt; on %2&lt;br&gt;%3&lt;br&gt;between %4&lt;br&gt;and %5&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 aktive Jobs&lt;/b&gt; in %2&lt;br&gt;%3&lt;br&gt;zwischen %4&lt;br&gt;und %5&lt;br&gt;&lt;i&gt;Zum Vergrößern klicken.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;started: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;gestartet: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;still running after %1</source>
        <translation>&lt;br&gt;läuft noch nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;ended: %1 (%2)</source>
        <translation>&lt;br&gt;beendet: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;launched by: %1</source>
        <translation>&lt;br&gt;gestartet von: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;runs as: %1</source>
        <translation>&lt;br&gt;läuft als: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Finding: %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;subject: %3&lt;br&gt;began: %4</source>
        <translation>&lt;b&gt;Befund: %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;betroffen: %3&lt;br&gt;Beginn: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1 created</source>
        <translation>Schlüssel %1 erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token %1 last used</source>
        <translation>Token %1 zuletzt genutzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key %1 last used</source>
        <translation>Schlüssel %1 zuletzt genutzt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (UTC; Google Cloud reports the day only)</source>
        <translation>%1 (UTC; Google Cloud meldet nur den Tag)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;owner: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Eigentümer: %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineView</name>
    <message>
        <location filename="../views/timelineview.cpp" line="+52"/>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Timeline chart</source>
        <translation>Zeitleistendiagramm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, wheel to zoom, Shift-drag or right-drag to zoom into a range, click an item to select it.</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Umschalt-Ziehen oder Ziehen mit rechter Maustaste zum Zoomen in einen Bereich, Klick auf ein Element zum Auswählen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline status</source>
        <translation>Status der Zeitleiste</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>7 days</source>
        <translation>7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 days</source>
        <translation>30 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Finding</source>
        <translation>◀ Befund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding ▶</source>
        <translation>Befund ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the previous finding&apos;s start (Shift+F3)</source>
        <translation>Zum Beginn des vorigen Befunds springen (Umschalt+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the next finding&apos;s start (F3)</source>
        <translation>Zum Beginn des nächsten Befunds springen (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Gesamtübersicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate lanes for all identities and jobs (Ctrl+Shift+A)</source>
        <translation>Zusammengefasste Spuren für alle Identitäten und Jobs (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the visible timeline</source>
        <translation>Die sichtbare Zeitleiste exportieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The timeline could not be loaded: %1</source>
        <translation>Die Zeitleiste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>No later finding for this selection.</source>
        <translation>Kein späterer Befund für diese Auswahl.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No earlier finding for this selection.</source>
        <translation>Kein früherer Befund für diese Auswahl.</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>%n identity lane(s)</source>
        <translation>
            <numerusform>%n Identitätsspur</numerusform>
            <numerusform>%n Identitätsspuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job lane(s)</source>
        <translation>
            <numerusform>%n Jobspur</numerusform>
            <numerusform>%n Jobspuren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more principal(s) not shown (limit %1)</source>
        <translation>
            <numerusform>%n weiterer Principal nicht angezeigt (Limit %1)</numerusform>
            <numerusform>%n weitere Principals nicht angezeigt (Limit %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Scimflow timeline</source>
        <translation>Scimflow-Zeitleiste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity events and job executions from %1 to %2</source>
        <translation>Identitätsereignisse und Jobausführungen von %1 bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export timeline as SVG</source>
        <translation>Zeitleiste als SVG exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export timeline as PNG</source>
        <translation>Zeitleiste als PNG exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeline.svg</source>
        <translation>zeitleiste.svg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>timeline.png</source>
        <translation>zeitleiste.png</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>Scimflow::VendorProfile</name>
    <message>
        <location filename="../models/scim/vendorprofile.cpp" line="+113"/>
        <source>cursor paging</source>
        <translation>Seiten per Cursor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startIndex paging</source>
        <translation>Seiten per startIndex</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>members from groups</source>
        <translation>Mitglieder aus den Gruppen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members from users&apos; groups</source>
        <translation>Mitglieder aus den Gruppen der Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members by one query per user</source>
        <translation>Mitglieder per Abfrage je Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 per page), %3, %4, %5</source>
        <translation>%1 (%2 je Seite), %3, %4, %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incremental reads</source>
        <translation>inkrementelles Lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no incremental read</source>
        <translation>kein inkrementelles Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATCH replace on groups</source>
        <translation>PATCH replace auf Gruppen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no PATCH replace on groups</source>
        <translation>kein PATCH replace auf Gruppen</translation>
    </message>
</context>
<context>
    <name>Scimflow::ViewScreenshot</name>
    <message>
        <location filename="../app/viewscreenshot.cpp" line="+114"/>
        <source>Okta production</source>
        <translation>Okta Produktion</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>error: cannot write the screenshot to %1</source>
        <translation>Fehler: Das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Scimflow::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+173"/>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This database does not record which connection it was synced from, so no connection can fix its findings. Choose a connection in the Connection menu and sync it.</source>
        <translation>Diese Datenbank vermerkt nicht, von welcher Verbindung sie synchronisiert wurde; daher kann keine Verbindung ihre Befunde beheben. Wählen Sie im Menü „Verbindung“ eine Verbindung und synchronisieren Sie sie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was synced from the connection “%1”, which is not saved here: add it with Connection &gt; New Connection… to fix its findings.</source>
        <translation>Diese Datenbank wurde von der Verbindung „%1“ synchronisiert, die hier nicht gespeichert ist: Fügen Sie sie mit Verbindung &gt; Neue Verbindung… hinzu, um ihre Befunde zu beheben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets of the connection “%1” are locked: choose it in the Connection menu to unlock them and offer its fixes.</source>
        <translation>Die Geheimnisse der Verbindung „%1“ sind gesperrt: Wählen Sie sie im Menü „Verbindung“, um sie zu entsperren und ihre Korrekturen anzubieten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no saved connection “%1”.</source>
        <translation>Es gibt keine gespeicherte Verbindung „%1“.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection “%1” has not been synced into this database yet: use Connection &gt; Sync Now.</source>
        <translation>Die Verbindung „%1“ wurde noch nicht in diese Datenbank synchronisiert: Verwenden Sie Verbindung &gt; Jetzt synchronisieren.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the secrets of the connection “%1”…</source>
        <translation>Die Geheimnisse der Verbindung „%1“ werden gelesen…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: its token could not be read from the keychain</source>
        <translation>%1: sein Token konnte nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>token of pipeline source %1</source>
        <translation>Token der Pipeline-Quelle %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its credentials could not be read from the keychain</source>
        <translation>%1: Die Anmeldedaten konnten nicht aus dem Schlüsselbund gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some fixes of the connection “%1” are unavailable: %2.</source>
        <translation>Einige Korrekturen der Verbindung „%1“ sind nicht verfügbar: %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interrupted fixes: %1 reconciled, %2 still pending.</source>
        <translation>Unterbrochene Korrekturen: %1 abgeglichen, %2 noch offen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the demo data…</source>
        <translation>Demo-Daten werden vorbereitet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo Dataflow</source>
        <translation>Demo-Dataflow</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo GitHub</source>
        <translation>Demo-GitHub</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>demo Google Cloud token</source>
        <translation>Google-Cloud-Token der Demo</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The team store has changed; the views were reloaded.</source>
        <translation>Der Team-Speicher hat sich geändert; die Ansichten wurden neu geladen.</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>GitHub App %1</source>
        <translation>GitHub-App %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::Writer</name>
    <message>
        <location filename="../models/store/snapshotwriter.cpp" line="+93"/>
        <source>Cannot start a transaction; is the database locked?</source>
        <translation>Es kann keine Transaktion gestartet werden; ist die Datenbank gesperrt?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>Die Synchronisierung wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Scimflow::YamlReader</name>
    <message>
        <location filename="../models/correlation/yamlreader.cpp" line="+89"/>
        <source>the file holds more than one YAML document; remove the &quot;---&quot; line</source>
        <translation>die Datei enthält mehr als ein YAML-Dokument; entfernen Sie die Zeile „---“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>aliases (*name) are not supported; write the value out</source>
        <translation>Aliase (*Name) werden nicht unterstützt; schreiben Sie den Wert aus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the tag &quot;%1&quot; is not supported</source>
        <translation>das Tag „%1“ wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a key must be a name, not %1</source>
        <translation>ein Schlüssel muss ein Name sein, nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>der Schlüssel „%1“ kommt doppelt vor</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not valid YAML: %1</source>
        <translation>kein gültiges YAML: %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::YamlValue</name>
    <message>
        <location filename="../models/correlation/yamlvalue.cpp" line="+20"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
</context>
<context>
    <name>TextIssue</name>
    <message>
        <location filename="../models/correlation/textissue.cpp" line="+9"/>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../views/timelineexport.cpp" line="+32"/>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>%1 kann nicht geschrieben werden: prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>TimelineIndex</name>
    <message>
        <location filename="../models/timeline/timelineindex.cpp" line="+22"/>
        <source>Building the timeline index was cancelled.</source>
        <translation>Der Aufbau des Zeitleistenindex wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <location filename="../views/timelineitem.cpp" line="+192"/>
        <source>Nothing to show here: select users, a role or a job, or choose &quot;All&quot; to see the whole history.</source>
        <translation>Hier gibt es nichts anzuzeigen: wählen Sie Benutzer, eine Rolle oder einen Job aus, oder wählen Sie „Alles“, um den gesamten Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>TimelineWorker</name>
    <message>
        <location filename="../models/timeline/timelineworker.cpp" line="+23"/>
        <source>The timeline cannot open the database: %1</source>
        <translation>Die Zeitleiste kann die Datenbank nicht öffnen: %1</translation>
    </message>
</context>
</TS>
