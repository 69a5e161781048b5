<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Drift</name>
    <message>
        <location filename="../models/drift/deprovisioning.cpp" line="+90"/>
        <source>%1 (%2; %3 %4)</source>
        <translation>%1 (%2&#xa0;; %3 %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2; %3 %4 by %5)</source>
        <translation>%1 (%2 ; %3 %4 par %5)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1 started %2, after its principal left: %3.</source>
        <translation>La tâche %1 a démarré %2, après le départ de son principal&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job %1 (started %2) %3 after its principal left: %4.</source>
        <translation>La tâche %1 (démarrée %2) %3 après le départ de son principal&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>is still running</source>
        <translation>est toujours en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept running</source>
        <translation>a continué à s&apos;exécuter</translation>
    </message>
    <message>
        <location filename="../models/store/findingrepository.cpp" line="+171"/>
        <source>No finding has the fingerprint %1; recompute the findings and copy it from the list.</source>
        <translation>Aucun constat n&apos;a l&apos;empreinte %1&#xa0;; recalculez les constats et copiez-la depuis la liste.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An acknowledgement needs a reason and an author; enter both and try again.</source>
        <translation>Une acceptation nécessite un motif et un auteur&#xa0;; saisissez les deux et réessayez.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An acknowledgement needs an expiry date; accepted risks are reviewed again.</source>
        <translation>Une acceptation nécessite une date d&apos;expiration&#xa0;; les risques acceptés sont réexaminés.</translation>
    </message>
    <message>
        <location filename="../models/drift/orphanedcredentialrule.cpp" line="+34"/>
        <source>no owning group in the RBAC mapping</source>
        <translation>aucun groupe propriétaire dans le mappage RBAC</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its owning group %1 was deleted</source>
        <translation>son groupe propriétaire %1 a été supprimé</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>its last job ended %1 (over %n day(s) ago)</source>
        <translation>
            <numerusform>sa dernière tâche s&apos;est terminée %1 (il y a plus de %n jour)</numerusform>
            <numerusform>sa dernière tâche s&apos;est terminée %1 (il y a plus de %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>it never ran a job</source>
        <translation>il n&apos;a jamais exécuté de tâche</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account %1 is still active: %2.</source>
        <translation>Le compte de service %1 est toujours actif&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/rolemappingdriftrule.cpp" line="+37"/>
        <source>%n job(s) of service account %1 ran with role %2; the RBAC mapping grants it %3.</source>
        <translation>
            <numerusform>%n tâche du compte de service %1 s&apos;est exécutée avec le rôle %2&#xa0;; le mappage RBAC lui accorde %3.</numerusform>
            <numerusform>%n tâches du compte de service %1 se sont exécutées avec le rôle %2&#xa0;; le mappage RBAC lui accorde %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n job(s) ran as %1 with role %2, which none of the user&apos;s groups grants (they grant: %3).</source>
        <translation>
            <numerusform>%n tâche s&apos;est exécutée en tant que %1 avec le rôle %2, qu&apos;aucun des groupes de l&apos;utilisateur n&apos;accorde (ils accordent&#xa0;: %3).</numerusform>
            <numerusform>%n tâches se sont exécutées en tant que %1 avec le rôle %2, qu&apos;aucun des groupes de l&apos;utilisateur n&apos;accorde (ils accordent&#xa0;: %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no role</source>
        <translation>aucun rôle</translation>
    </message>
    <message>
        <location filename="../models/drift/schemadriftrule.cpp" line="+36"/>
        <source>The IdP&apos;s SCIM schemas changed since the previous sync; check the attribute mapping (department, active, emails) still holds.</source>
        <translation>Les schémas SCIM de l&apos;IdP ont changé depuis la synchronisation précédente&#xa0;; vérifiez que la correspondance des attributs (department, active, emails) est toujours valable.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/stalesyncrule.cpp" line="+28"/>
        <source>The last successful sync of %1 finished %2, more than %n hour(s) ago; findings may be out of date: sync again.</source>
        <translation>
            <numerusform>La dernière synchronisation réussie de %1 s&apos;est terminée %2, il y a plus de %n heure&#xa0;; les constats peuvent être périmés&#xa0;: synchronisez à nouveau.</numerusform>
            <numerusform>La dernière synchronisation réussie de %1 s&apos;est terminée %2, il y a plus de %n heures&#xa0;; les constats peuvent être périmés&#xa0;: synchronisez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No sync of %1 has ever succeeded (%2 attempts); check the connection settings and sync again.</source>
        <translation>Aucune synchronisation de %1 n&apos;a jamais réussi (%2 tentatives)&#xa0;; vérifiez les paramètres de connexion et synchronisez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/unknownprincipalrule.cpp" line="+56"/>
        <source>%1 launched or ran %n job(s) and matches no IdP user or mapped service account.</source>
        <translation>
            <numerusform>%1 a lancé ou exécuté %n tâche et ne correspond à aucun utilisateur de l&apos;IdP ni à aucun compte de service mappé.</numerusform>
            <numerusform>%1 a lancé ou exécuté %n tâches et ne correspond à aucun utilisateur de l&apos;IdP ni à aucun compte de service mappé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/orphanedcredentialrule.cpp" line="+54"/>
        <source>It still has %n enabled user-managed key(s).</source>
        <translation>
            <numerusform>Il a encore %n clé gérée par l&apos;utilisateur activée.</numerusform>
            <numerusform>Il a encore %n clés gérées par l&apos;utilisateur activées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/drift/credentialrules.cpp" line="+52"/>
        <source>key %1 of %2</source>
        <translation>clé %1 de %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>User-managed key %1 of %2 is %3 days old (created %4); keys should be rotated within %n day(s).</source>
        <translation>
            <numerusform>La clé gérée par l&apos;utilisateur %1 de %2 a %3 jours (créée le %4) ; les clés devraient être renouvelées sous %n jour.</numerusform>
            <numerusform>La clé gérée par l&apos;utilisateur %1 de %2 a %3 jours (créée le %4) ; les clés devraient être renouvelées sous %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User-managed key %1 of %2 never expires (created %3).</source>
        <translation>La clé gérée par l&apos;utilisateur %1 de %2 n&apos;expire jamais (créée le %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Service account %1 last authenticated on %2, over %n day(s) ago (Policy Analyzer, day granularity); it is still enabled.</source>
        <translation>
            <numerusform>Le compte de service %1 s&apos;est authentifié pour la dernière fois le %2, il y a plus de %n jour (Policy Analyzer, au jour près) ; il est toujours activé.</numerusform>
            <numerusform>Le compte de service %1 s&apos;est authentifié pour la dernière fois le %2, il y a plus de %n jours (Policy Analyzer, au jour près) ; il est toujours activé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service account %1 has no authentication recorded by Policy Analyzer; it is still enabled.</source>
        <translation>Policy Analyzer n&apos;a enregistré aucune authentification du compte de service %1 ; il est toujours activé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>token %1 of %2</source>
        <translation>jeton %1 de %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub token &quot;%1&quot; of %2 still works although %3 was %4 on %5, and it was used on %6, after that.</source>
        <translation>Le jeton GitHub « %1 » de %2 fonctionne encore bien que %3 ait été %4 le %5, et il a été utilisé le %6, après cela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub token &quot;%1&quot; of %2 still works although %3 was %4 on %5.</source>
        <translation>Le jeton GitHub « %1 » de %2 fonctionne encore bien que %3 ait été %4 le %5.</translation>
    </message>
</context>
<context>
    <name>GcpIamFetcher</name>
    <message>
        <location filename="../models/credentials/gcpiamfetcher.cpp" line="+25"/>
        <source>%1: the answer is malformed (%2).</source>
        <translation>%1 : la réponse est mal formée (%2).</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <location filename="../models/pipelines/jsonfields.cpp" line="+11"/>
        <source>&quot;%1&quot; is not %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas %2</translation>
    </message>
</context>
<context>
    <name>ParseReport</name>
    <message>
        <location filename="../models/pipelines/parsereport.cpp" line="+29"/>
        <source>%1 accepted, %2 skipped</source>
        <translation>%1 acceptés, %2 ignorés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 duplicates dropped</source>
        <translation>, %1 doublons écartés</translation>
    </message>
</context>
<context>
    <name>PipelineTransport</name>
    <message>
        <location filename="../models/pipelines/pipelinetransport.cpp" line="+43"/>
        <source>Check the token is valid and not expired.</source>
        <translation>Vérifiez que le jeton est valide et n&apos;a pas expiré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The rate limit is used up; try again later.</source>
        <translation>La limite de requêtes est atteinte&#xa0;; réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token lacks the permission for this.</source>
        <translation>Le jeton n&apos;a pas l&apos;autorisation nécessaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check the project, location or repository; a job deleted since the last sync needs a new sync.</source>
        <translation>Vérifiez le projet, la région ou le dépôt ; un job supprimé depuis la dernière synchronisation demande une nouvelle synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Try again later.</source>
        <translation>Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 failed with HTTP %2</source>
        <translation>%1 a échoué avec HTTP %2</translation>
    </message>
</context>
<context>
    <name>Scimflow</name>
    <message>
        <location filename="../app/demoloader.cpp" line="+43"/>
        <source>Cannot create the folder %1 for the demo database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de démonstration.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot replace the old demo database %1; close other Scimflow windows and try again.</source>
        <translation>Impossible de remplacer l&apos;ancienne base de démonstration %1&#xa0;; fermez les autres fenêtres Scimflow et réessayez.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/consoleloader.cpp" line="+30"/>
        <source>Loading was cancelled.</source>
        <translation>Le chargement a été annulé.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/entitydetails.cpp" line="+44"/>
        <source>… and %1 more (the linked views show all)</source>
        <translation>… et %1 de plus (les vues liées les montrent tous)</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+51"/>
        <location line="+93"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Employee number</source>
        <translation>Matricule</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <source>SCIM id</source>
        <translation>ID SCIM</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+72"/>
        <location line="+20"/>
        <source>External id</source>
        <translation>ID externe</translation>
    </message>
    <message>
        <location line="-91"/>
        <location line="+51"/>
        <location line="+21"/>
        <location line="+22"/>
        <location line="+50"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="-144"/>
        <location line="+73"/>
        <source>Last modified</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group memberships</source>
        <translation>Appartenances aux groupes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Owner group</source>
        <translation>Groupe propriétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None (no group owns it)</source>
        <translation>Aucun (aucun groupe ne le possède)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected role</source>
        <translation>Rôle attendu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Roles used by its jobs</source>
        <translation>Rôles utilisés par ses tâches</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Pipeline roles</source>
        <translation>Rôles de pipeline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Service accounts it owns</source>
        <translation>Comptes de service qu&apos;il possède</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still running</source>
        <translation>toujours en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role used</source>
        <translation>Rôle utilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels</source>
        <translation>Libellés</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no IdP identity matches</source>
        <translation>aucune identité de l&apos;IdP ne correspond</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Launched by %1 → %2</source>
        <translation>Lancée par %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs as %1 → %2</source>
        <translation>S&apos;exécute en tant que %1 → %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principals</source>
        <translation>Principaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles of its principals</source>
        <translation>Rôles de ses principaux</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token id</source>
        <translation>ID du jeton</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access granted</source>
        <translation>Accès accordé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location filename="../models/idp/directoryreaderfactory.cpp" line="+42"/>
        <source>Unknown vendor profile &quot;%1&quot;.</source>
        <translation>Profil de fournisseur « %1 » inconnu.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Enter the Okta org URL, e.g. https://example.okta.com.</source>
        <translation>Saisissez l’URL de l’organisation Okta, par exemple https://example.okta.com.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Enter the client id of the Okta API service app.</source>
        <translation>Saisissez l’identifiant client de l’application de service de l’API Okta.</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/entitydetails.cpp" line="-176"/>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM target accounts</source>
        <translation>Comptes dans les cibles SCIM</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 (%2), created %3, %4, %5%6</source>
        <translation>%1 (%2), créée le %3, %4, %5%6</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>user-managed</source>
        <translation>gérée par l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system-managed</source>
        <translation>gérée par le système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last used %1</source>
        <translation>dernière utilisation le %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no use recorded</source>
        <translation>aucune utilisation enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, disabled</source>
        <translation>, désactivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last authentication</source>
        <translation>Dernière authentification</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>%1 (day granularity)</source>
        <translation>%1 (au jour près)</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+123"/>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <location filename="../models/idp/directoryreaderfactory.cpp" line="+22"/>
        <source>Enter the Entra ID tenant (its id or primary domain).</source>
        <translation>Saisissez le locataire Entra ID (son identifiant ou son domaine principal).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the application (client) id of the app registration.</source>
        <translation>Saisissez l’identifiant d’application (client) de l’inscription d’application.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot read the certificate %1: %2</source>
        <translation>Impossible de lire le certificat %1 : %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown identity provider kind.</source>
        <translation>Type de fournisseur d’identité inconnu.</translation>
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
        <translation>Qt %1 (compilé avec Qt %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Build: %1</source>
        <translation>Compilation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System: %1</source>
        <translation>Système : %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+26"/>
        <source>About Scimflow</source>
        <translation>À propos de Scimflow</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Scimflow icon</source>
        <translation>Icône de Scimflow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;h2&gt;Scimflow %1&lt;/h2&gt;&lt;p&gt;Shows where the identities in the identity provider and the identities data pipelines run as have drifted apart, and lets you fix it by hand with a tamper-evident audit log.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Scimflow %1&lt;/h2&gt;&lt;p&gt;Montre où les identités du fournisseur d&apos;identité et les identités sous lesquelles tournent les pipelines de données ont divergé, et vous permet de le corriger à la main, avec un journal d&apos;audit infalsifiable.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Scimflow&lt;/b&gt; — MIT licence. Copyright © 2026 The Scimflow authors. The full text is in the file LICENSE of the source and in /usr/share/doc/scimflow/copyright of the package.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt 6&lt;/b&gt; — GNU Lesser General Public License v3 (LGPLv3), © The Qt Company Ltd and other contributors. Scimflow links Qt dynamically; you may replace the Qt libraries. &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Qt&apos;s LGPL obligations&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — BSD 3-Clause licence, © Frank Osterfeld and contributors.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SQLite&lt;/b&gt; — public domain.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Licences&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Scimflow&lt;/b&gt; — licence MIT. Copyright © 2026 The Scimflow authors. Le texte complet se trouve dans le fichier LICENSE des sources et dans /usr/share/doc/scimflow/copyright du paquet.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Qt 6&lt;/b&gt; — GNU Lesser General Public License v3 (LGPLv3), © The Qt Company Ltd et autres contributeurs. Scimflow lie Qt dynamiquement ; vous pouvez remplacer les bibliothèques Qt. &lt;a href=&quot;https://www.qt.io/licensing/open-source-lgpl-obligations&quot;&gt;Les obligations LGPL de Qt&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;QtKeychain&lt;/b&gt; — licence BSD à 3 clauses, © Frank Osterfeld et contributeurs.&lt;/p&gt;&lt;p&gt;&lt;b&gt;SQLite&lt;/b&gt; — domaine public.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Copy Version Info</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the version and build lines, e.g. for a bug report</source>
        <translation>Copier les lignes de version et de compilation, par exemple pour un rapport de bogue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Scimflow::AccessReviewReport</name>
    <message>
        <location filename="../models/reports/accessreviewreport.cpp" line="+115"/>
        <source>SOC 2 CC6.1-CC6.3: logical access to data pipelines</source>
        <translation>SOC 2 CC6.1-CC6.3&#xa0;: accès logique aux pipelines de données</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lists every identity holding a pipeline role: users through their IdP groups and the RBAC mapping, service accounts, and principals that ran jobs in the period without matching any IdP identity. Access is as of the last sync (see data freshness); last job runs and findings count up to the end of the period. Review each row and sign off in the CSV&apos;s last column; inactive users who still hold roles, unknown principals and rows with findings need action.</source>
        <translation>Liste chaque identité détenant un rôle de pipeline&#xa0;: les utilisateurs via leurs groupes de l&apos;IdP et le mappage RBAC, les comptes de service, et les principaux ayant exécuté des tâches pendant la période sans correspondre à aucune identité de l&apos;IdP. Les accès sont ceux de la dernière synchronisation (voir fraîcheur des données)&#xa0;; les dernières exécutions et les constats sont comptés jusqu&apos;à la fin de la période. Examinez chaque ligne et validez-la dans la dernière colonne du CSV&#xa0;; les utilisateurs inactifs qui détiennent encore des rôles, les principaux inconnus et les lignes avec des constats demandent une action.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Identities with pipeline access</source>
        <translation>Identités ayant accès aux pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department / owner</source>
        <translation>Service / propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP groups</source>
        <translation>Groupes de l&apos;IdP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles</source>
        <translation>Rôles de pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer sign-off</source>
        <translation>Validation du réviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No identity in scope holds a pipeline role.</source>
        <translation>Aucune identité du périmètre ne détient de rôle de pipeline.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown principal</source>
        <translation>principal inconnu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service account</source>
        <translation>compte de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no IdP match</source>
        <translation>aucune correspondance dans l&apos;IdP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(no owner)</source>
        <translation>(aucun propriétaire)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identities with access</source>
        <translation>Identités ayant un accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive users still holding roles</source>
        <translation>Utilisateurs inactifs détenant encore des rôles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service accounts</source>
        <translation>Comptes de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principals with no IdP match</source>
        <translation>Principaux sans correspondance dans l&apos;IdP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities with findings</source>
        <translation>Identités avec des constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings against them</source>
        <translation>Constats les concernant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identities that never ran a job</source>
        <translation>Identités n&apos;ayant jamais exécuté de tâche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identities by pipeline role</source>
        <translation>Identités par rôle de pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identities</source>
        <translation>identités</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Findings by severity</source>
        <translation>Constats par gravité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>findings</source>
        <translation>constats</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evidence of the findings</source>
        <translation>Preuves des constats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No finding against the identities in scope.</source>
        <translation>Aucun constat sur les identités examinées.</translation>
    </message>
</context>
<context>
    <name>Scimflow::AcknowledgeDialog</name>
    <message>
        <location filename="../views/acknowledgedialog.cpp" line="+17"/>
        <source>Acknowledge finding</source>
        <translation>Accepter le constat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why this risk is accepted, and by whose decision</source>
        <translation>Pourquoi ce risque est accepté, et sur décision de qui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged until</source>
        <translation>Accepté jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Scimflow::AuditLog</name>
    <message>
        <location filename="../models/store/auditlog.cpp" line="+59"/>
        <source>Cannot open a transaction on the audit log.</source>
        <translation>Impossible d&apos;ouvrir une transaction sur le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit log does not end where its recorded head says (%1); it may have been tampered with. Run &apos;scimflow audit verify&apos; before making changes.</source>
        <translation>Le journal d&apos;audit ne se termine pas là où l&apos;indique sa tête enregistrée (%1)&#xa0;; il a peut-être été altéré. Lancez &apos;scimflow audit verify&apos; avant toute modification.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no head</source>
        <translation>aucune tête</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Le journal d&apos;audit ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Entry %1 is missing (the next entry is %2).</source>
        <translation>L&apos;entrée %1 manque (l&apos;entrée suivante est %2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry %1 is out of order.</source>
        <translation>L&apos;entrée %1 n&apos;est pas dans l&apos;ordre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 has an unknown kind &apos;%2&apos;.</source>
        <translation>L&apos;entrée %1 a un type inconnu &apos;%2&apos;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entry %1 does not chain to entry %2 (previous hash differs): an entry was removed or altered.</source>
        <translation>L&apos;entrée %1 n&apos;est pas chaînée à l&apos;entrée %2 (le hachage précédent diffère)&#xa0;: une entrée a été supprimée ou modifiée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entry %1 was altered: its content does not match its hash.</source>
        <translation>L&apos;entrée %1 a été modifiée&#xa0;: son contenu ne correspond pas à son hachage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome entry %1 refers to %2, which is not an earlier intent entry.</source>
        <translation>L&apos;entrée de résultat %1 renvoie à %2, qui n&apos;est pas une entrée d&apos;intention antérieure.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The %1 head &apos;%2&apos; is malformed.</source>
        <translation>La tête %1 &apos;%2&apos; est mal formée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries %1 to %2 are missing: the log ends at %3 but the %4 head is entry %2.</source>
        <translation>Les entrées %1 à %2 manquent&#xa0;: le journal se termine à %3 mais la tête (%4) est l&apos;entrée %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entry %1 differs from the %2 head.</source>
        <translation>L&apos;entrée %1 diffère de la tête (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The recorded head (meta %1) is missing although the log has %2 entries.</source>
        <translation>La tête enregistrée (meta %1) manque alors que le journal compte %2 entrées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recorded</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries after the recorded head %1 were added outside the audit log.</source>
        <translation>Des entrées postérieures à la tête enregistrée %1 ont été ajoutées hors du journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected</source>
        <translation>attendue</translation>
    </message>
</context>
<context>
    <name>Scimflow::AuditLogParser</name>
    <message>
        <location filename="../models/pipelines/auditlogparser.cpp" line="+71"/>
        <source>no protoPayload</source>
        <translation>pas de protoPayload</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no job id in protoPayload.resourceName or resource.labels.job_id</source>
        <translation>pas d&apos;ID de tâche dans protoPayload.resourceName ni resource.labels.job_id</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>serviceAccountDelegationInfo is not an array</source>
        <translation>serviceAccountDelegationInfo n&apos;est pas un tableau</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no principalEmail and no delegation</source>
        <translation>ni principalEmail ni délégation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+82"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>The audit log response</source>
        <translation>La réponse du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log response is not an entries:list response.</source>
        <translation>La réponse du journal d&apos;audit n&apos;est pas une réponse entries:list.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The audit log response holds %1 entries, more than the limit of %2.</source>
        <translation>La réponse du journal d&apos;audit contient %1 entrées, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The audit log export is %1 bytes, more than the limit of %2 bytes; split the file.</source>
        <translation>L&apos;export du journal d&apos;audit fait %1 octets, plus que la limite de %2 octets&#xa0;; scindez le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The audit log export</source>
        <translation>L&apos;export du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit log export holds %1 entries, more than the limit of %2.</source>
        <translation>L&apos;export du journal d&apos;audit contient %1 entrées, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The audit log export holds %1 lines, more than the limit of %2.</source>
        <translation>L&apos;export du journal d&apos;audit contient %1 lignes, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No line of the audit log export is a log entry (%1). Export the entries as JSON or NDJSON.</source>
        <translation>Aucune ligne de l&apos;export du journal d&apos;audit n&apos;est une entrée de journal (%1). Exportez les entrées en JSON ou NDJSON.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ColumnChooser</name>
    <message>
        <location filename="../views/columnchooser.cpp" line="+24"/>
        <source>Click to sort; drag to move a column; right-click to choose the columns</source>
        <translation>Cliquer pour trier ; glisser pour déplacer une colonne ; clic droit pour choisir les colonnes</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Show all columns in their original order</source>
        <translation>Afficher toutes les colonnes dans leur ordre d&apos;origine</translation>
    </message>
</context>
<context>
    <name>Scimflow::ConnectionController</name>
    <message>
        <location filename="../app/connectioncontroller.cpp" line="+31"/>
        <source>&amp;Connect to Identity Provider…</source>
        <translation>Se &amp;connecter au fournisseur d&apos;identité…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sync Now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved. The secrets are kept for this session only.</source>
        <translation>Enregistré. Les secrets sont conservés pour cette session seulement.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved. The secrets are in the system keychain.</source>
        <translation>Enregistré. Les secrets sont dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No identity provider is configured yet: use Connection &gt; Connect to Identity Provider… first.</source>
        <translation>Aucun fournisseur d&apos;identité n&apos;est encore configuré&#xa0;: utilisez d&apos;abord Connexion &gt; Se connecter au fournisseur d&apos;identité….</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The secret of connection %1 could not be read: %2 Enter it again in the connection dialog.</source>
        <translation>Le secret de la connexion %1 n&apos;a pas pu être lu&#xa0;: %2 Saisissez-le à nouveau dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The server&apos;s schemas could not be recorded for the schema drift rule: %1</source>
        <translation>Les schémas du serveur n&apos;ont pas pu être enregistrés pour la règle de dérive de schéma : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sync failed: %1</source>
        <translation>Échec de la synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1: its token could not be read (%2); enter it again in the connection dialog.</source>
        <translation>%1 : son jeton n&apos;a pas pu être lu (%2) ; saisissez-le de nouveau dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Users and groups were synced, but these SCIM targets, pipeline or credential sources could not be read; what was read from them before is kept:
%1</source>
        <translation>Les utilisateurs et les groupes ont été synchronisés, mais ces cibles SCIM, sources de pipeline ou sources d’identifiants n’ont pas pu être lues ; ce qui en avait été lu auparavant est conservé :
%1</translation>
    </message>
    <message>
        <location line="-475"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit the active connection: its identity provider and pipeline sources.</source>
        <translation>Modifier la connexion active : son fournisseur d&apos;identité et ses sources de pipelines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another connection, e.g. a staging tenant beside production.</source>
        <translation>Ajouter une autre connexion, par exemple un locataire de préproduction à côté de la production.</translation>
    </message>
    <message>
        <location line="+416"/>
        <source>%1: its credentials could not be read (%2); enter them again in the connection dialog.</source>
        <translation>%1 : ses identifiants n’ont pas pu être lus (%2) ; saisissez-les à nouveau dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The database could not record which connection it was synced from, so its fixes are not offered when it is opened again: %1</source>
        <translation>La base n&apos;a pas pu enregistrer la connexion dont elle a été synchronisée ; ses corrections ne seront donc pas proposées à sa prochaine ouverture : %1</translation>
    </message>
    <message>
        <location line="-462"/>
        <source>Sync users and groups from the active identity provider connection, then its SCIM targets and pipeline sources.</source>
        <translation>Synchroniser les utilisateurs et groupes de la connexion active au fournisseur d’identité, puis ses cibles SCIM et ses sources de pipelines.</translation>
    </message>
    <message>
        <location line="+290"/>
        <source>SCIM target %1: its token could not be read (%2); enter it again in the connection dialog.</source>
        <translation>Cible SCIM %1 : son jeton n’a pas pu être lu (%2) ; saisissez-le à nouveau dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>SCIM target %1: %2</source>
        <translation>Cible SCIM %1 : %2</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Reading SCIM target %1…</source>
        <translation>Lecture de la cible SCIM %1…</translation>
    </message>
</context>
<context>
    <name>Scimflow::ConnectionDialog</name>
    <message>
        <location filename="../views/connectiondialog.cpp" line="+52"/>
        <source>Keep the secrets for this session only (not saved anywhere)</source>
        <translation>Conserver les secrets pour cette session seulement (enregistrés nulle part)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Modif&amp;y…</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity provider connection</source>
        <translation>Connexion au fournisseur d&apos;identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Generic SCIM 2.0</source>
        <translation>SCIM 2.0 générique</translation>
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
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth 2.0 client credentials</source>
        <translation>Identifiants client OAuth 2.0</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System certificates</source>
        <translation>Certificats du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+27"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Choose a CA certificate file</source>
        <translation>Choisir un fichier de certificat CA</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Identity provider kind</source>
        <translation>Type de fournisseur d’identité</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>API token (SSWS), read-only admin</source>
        <translation>Jeton d’API (SSWS), administrateur en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth service app (private key JWT)</source>
        <translation>Application de service OAuth (JWT à clé privée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: the key id Okta shows for the public key</source>
        <translation>Facultatif : l’identifiant de clé qu’Okta affiche pour la clé publique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Org &amp;URL:</source>
        <translation>&amp;URL de l’organisation :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key &amp;id (kid):</source>
        <translation>&amp;Identifiant de clé (kid) :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reads users, groups and the System Log. A service app needs the scopes okta.users.read, okta.groups.read and okta.logs.read (and okta.users.manage, okta.groups.manage for fixes).</source>
        <translation>Lit les utilisateurs, les groupes et le System Log. Une application de service a besoin des scopes okta.users.read, okta.groups.read et okta.logs.read (et okta.users.manage, okta.groups.manage pour les corrections).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tenant id or primary domain, e.g. contoso.onmicrosoft.com</source>
        <translation>Identifiant du locataire ou domaine principal, par exemple contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate (private key JWT)</source>
        <translation>Certificat (JWT à clé privée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The app&apos;s certificate (PEM)</source>
        <translation>Le certificat de l’application (PEM)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the certificate file</source>
        <translation>Choisir le fichier de certificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ce&amp;rtificate:</source>
        <translation>Ce&amp;rtificat :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tenant:</source>
        <translation>&amp;Locataire :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Graph URL:</source>
        <translation>URL &amp;Graph :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Login URL:</source>
        <translation>URL de &amp;connexion :</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose the private key file</source>
        <translation>Choisir le fichier de clé privée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PEM file; the key is kept in the keychain, not the file name</source>
        <translation>Fichier PEM ; la clé est conservée dans le trousseau, pas le nom du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>SCIM base &amp;URL:</source>
        <translation>&amp;URL de base SCIM&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vendor:</source>
        <translation>&amp;Fournisseur&#xa0;:</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+30"/>
        <location line="+10"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token &amp;endpoint:</source>
        <translation>Point d&apos;accès du &amp;jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+28"/>
        <location line="+13"/>
        <source>&amp;Client id:</source>
        <translation>ID &amp;client&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sco&amp;pe:</source>
        <translation>Port&amp;ée&#xa0;:</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Token:</source>
        <translation>Jet&amp;on&#xa0;:</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Private &amp;key file:</source>
        <translation>Fichier de clé &amp;privée :</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>I&amp;dentity provider:</source>
        <translation>Fournisseur d’i&amp;dentité :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Pipeline sources</source>
        <translation>Sources de &amp;pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reads</source>
        <translation>Lit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline sources</source>
        <translation>Sources de pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;dd…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Service-account credential sources</source>
        <translation>Sources d’identifiants des comptes de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential sources</source>
        <translation>Sources d’identifiants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add &amp;GCP or GitHub…</source>
        <translation>Ajouter &amp;GCP ou GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a credential source</source>
        <translation>Ajouter une source d’identifiants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Google Cloud project whose service-account keys, or a GitHub organisation whose fine-grained tokens, each sync inventories</source>
        <translation>Un projet Google Cloud dont chaque synchronisation inventorie les clés de comptes de service, ou une organisation GitHub dont elle inventorie les jetons à granularité fine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the credential source</source>
        <translation>Modifier la source d’identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the credential source</source>
        <translation>Supprimer la source d’identifiants</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>C&amp;A file:</source>
        <translation>Fic&amp;hier CA&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Private key</source>
        <translation>Clé privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 is a credential source already.</source>
        <translation>%1 est déjà une source d’identifiants.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>access token (keychain)</source>
        <translation>jeton d’accès (trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (keychain)</source>
        <translation>%1 (trousseau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub App %1 (key in the keychain)</source>
        <translation>Application GitHub %1 (clé dans le trousseau)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A pipeline source named %1 exists already; choose another name.</source>
        <translation>Une source de pipeline nommée %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+363"/>
        <location line="+9"/>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Okta API token</source>
        <translation>Jeton d’API Okta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>CA certificate</source>
        <translation>Certificat CA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>Connected: %1</source>
        <translation>Connecté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1
Tick &quot;this session only&quot; and save again to use the secret until the console closes.</source>
        <translation>%1
Cochez «&#xa0;cette session uniquement&#xa0;» et enregistrez à nouveau pour utiliser le secret jusqu&apos;à la fermeture de la console.</translation>
    </message>
    <message>
        <location line="-564"/>
        <source>C&amp;hange…</source>
        <translation>Mo&amp;difier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>Supprim&amp;er</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>SCIM pr&amp;ovisioning targets</source>
        <translation>Cibles de pr&amp;ovisionnement SCIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM provisioning targets</source>
        <translation>Cibles de provisionnement SCIM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;w target…</source>
        <translation>Nouvelle &amp;cible…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a SCIM target</source>
        <translation>Ajouter une cible SCIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the SCIM target</source>
        <translation>Modifier la cible SCIM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the SCIM target</source>
        <translation>Supprimer la cible SCIM</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>A SCIM target named %1 exists already; choose another name.</source>
        <translation>Une cible SCIM nommée %1 existe déjà ; choisissez un autre nom.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ConnectionFixes</name>
    <message>
        <location filename="../app/connectionfixes.cpp" line="+33"/>
        <source>the identity provider&apos;s secret could not be read from the keychain; enter it again in the connection dialog</source>
        <translation>le secret du fournisseur d&apos;identité n&apos;a pas pu être lu dans le trousseau ; saisissez-le de nouveau dans la boîte de dialogue de connexion</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OAuth client %1</source>
        <translation>Client OAuth %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token of connection %1</source>
        <translation>Jeton d&apos;API de la connexion %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Okta service app %1</source>
        <translation>Application de service Okta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Okta API token of connection %1</source>
        <translation>Jeton d’API Okta de la connexion %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entra ID app registration %1</source>
        <translation>Inscription d’application Entra ID %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCIM target %1: its token could not be read from the keychain</source>
        <translation>Cible SCIM %1 : son jeton n’a pas pu être lu dans le trousseau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SCIM target %1: %2</source>
        <translation>Cible SCIM %1 : %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>token of SCIM target %1</source>
        <translation>jeton de la cible SCIM %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::Console</name>
    <message>
        <location filename="../app/console.cpp" line="+91"/>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show another Scimflow database, with the fixes of the connection it was synced from.</source>
        <translation>Afficher une autre base Scimflow, avec les corrections de la connexion dont elle a été synchronisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Team Store…</source>
        <translation>Ouvrir le magasin d’é&amp;quipe…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the PostgreSQL store your team shares: one set of findings, reviews and one audit chain.</source>
        <translation>Affiche le magasin PostgreSQL que votre équipe partage : un seul ensemble de constats et de revues, une seule chaîne d’audit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language, theme, periodic sync, drift thresholds, report defaults and saved connections.</source>
        <translation>Langue, thème, synchronisation périodique, seuils de dérive, valeurs par défaut des rapports et connexions enregistrées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Connection</source>
        <translation>&amp;Connexion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>RBAC &amp;Mapping…</source>
        <translation>&amp;Mappage RBAC…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit which pipeline roles IdP groups and service accounts map to.</source>
        <translation>Modifier les rôles de pipeline associés aux groupes de l&apos;IdP et aux comptes de service.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No saved connections</source>
        <translation>Aucune connexion enregistrée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Make %1 the active connection: show its database and offer its fixes; Sync Now syncs it.</source>
        <translation>Faire de %1 la connexion active : afficher sa base et proposer ses corrections ; « Synchroniser maintenant » la synchronise.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot switch to the connection %1: %2</source>
        <translation>Impossible de passer à la connexion %1 : %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Scimflow — demo</source>
        <translation>Scimflow — démo</translation>
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
        <translation>Synchronisation</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Received %n OpenLineage run(s).</source>
        <translation>
            <numerusform>%n exécution OpenLineage reçue.</numerusform>
            <numerusform>%n exécutions OpenLineage reçues.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receiving OpenLineage: %1</source>
        <translation>Réception OpenLineage : %1</translation>
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
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Scimflow databases (*.db);;All files (*)</source>
        <translation>Bases Scimflow (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 cannot be opened as a Scimflow database.</source>
        <translation>%1 ne peut pas être ouvert comme base Scimflow.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a database written by Scimflow (scimflow sync, Sync Now or scimflow scenario). The console still shows %1, and the file was not changed.</source>
        <translation>Choisissez une base écrite par Scimflow (scimflow sync, « Synchroniser maintenant » ou scimflow scenario). La console affiche toujours %1 et le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+40"/>
        <source>Open Team Store</source>
        <translation>Ouvrir le magasin d’équipe</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>The password is used for this session only: %1</source>
        <translation>Le mot de passe ne sert que pour cette session : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client key passphrase is used for this session only: %1</source>
        <translation>La phrase secrète de la clé client ne sert que pour cette session&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The team store %1 could not be opened at start.</source>
        <translation>Le magasin d’équipe %1 n’a pas pu être ouvert au démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The console shows what it opens without a team store instead. Check that the server can be reached and that the password or client key passphrase is right, then open it with File &gt; Open Team Store…; Settings &gt; Connections turns off opening it at start.</source>
        <translation>La console affiche à la place ce qu’elle ouvre sans magasin d’équipe. Vérifiez que le serveur est joignable et que le mot de passe ou la phrase secrète de la clé client est correct, puis ouvrez-le avec Fichier &gt; Ouvrir le magasin d’équipe…&#xa0;; Paramètres &gt; Connexions permet de ne plus l’ouvrir au démarrage.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unlock Connection</source>
        <translation>Déverrouiller la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database was synced from the connection %1.</source>
        <translation>Cette base a été synchronisée depuis la connexion %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read its secrets from the system keychain to offer its fixes (deactivating users, removing memberships, cancelling jobs)? Without them the findings are shown, but cannot be fixed from here.</source>
        <translation>Lire ses secrets dans le trousseau du système pour proposer ses corrections (désactiver des utilisateurs, retirer des appartenances, annuler des jobs) ? Sans eux, les constats sont affichés mais ne peuvent pas être corrigés d&apos;ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Not Now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialFixConnector</name>
    <message>
        <location filename="../models/fixes/credentialfixconnector.cpp" line="+89"/>
        <location line="+43"/>
        <source>The credential connection is closed.</source>
        <translation>La connexion des identifiants est fermée.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Done (HTTP %1).</source>
        <translation>Fait (HTTP %1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It was already gone (HTTP 404); nothing else was changed.</source>
        <translation>Il avait déjà disparu (HTTP 404) ; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Reading the credential back</source>
        <translation>Relecture de l&apos;identifiant</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialInventoryJob</name>
    <message numerus="yes">
        <location filename="../models/credentials/credentialinventoryjob.cpp" line="+81"/>
        <source>Cancelled before %n credential source(s) were read; their inventory is unchanged.</source>
        <translation>
            <numerusform>Annulé avant la lecture de %n source d&apos;identifiants ; son inventaire est inchangé.</numerusform>
            <numerusform>Annulé avant la lecture de %n sources d&apos;identifiants ; leur inventaire est inchangé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the credentials of %1…</source>
        <translation>Lecture des identifiants de %1…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Reading %1: %2 of %3…</source>
        <translation>Lecture de %1 : %2 sur %3…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading %1: %2 so far…</source>
        <translation>Lecture de %1 : %2 jusqu&apos;ici…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Recording the failed read of %1…</source>
        <translation>Enregistrement de l&apos;échec de lecture de %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saving the credentials of %1…</source>
        <translation>Enregistrement des identifiants de %1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialModel</name>
    <message>
        <location filename="../models/itemmodels/consoleloader.cpp" line="+208"/>
        <location filename="../models/itemmodels/credentialmodel.cpp" line="+56"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location filename="../models/itemmodels/credentialmodel.cpp" line="+12"/>
        <source>Last authentication on %1 (UTC). Google Cloud reports the day only.</source>
        <translation>Dernière authentification le %1 (UTC). Google Cloud n’indique que le jour.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No authentication recorded in Policy Analyzer&apos;s observation period.</source>
        <translation>Aucune authentification enregistrée pendant la période d’observation de Policy Analyzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used %1 UTC</source>
        <translation>Dernière utilisation %1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No use recorded by GitHub.</source>
        <translation>Aucune utilisation enregistrée par GitHub.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Never expires (valid until 9999-12-31)</source>
        <translation>N’expire jamais (valide jusqu’au 9999-12-31)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Never expires</source>
        <translation>N’expire jamais</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) since it was created</source>
        <translation>
            <numerusform>%n jour depuis sa création</numerusform>
            <numerusform>%n jours depuis sa création</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Days since the key was created (validAfterTime) or the token was granted</source>
        <translation>Jours depuis la création de la clé (validAfterTime) ou l’octroi du jeton</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the key or token stops working (UTC); &quot;never&quot; for a key valid until 9999-12-31</source>
        <translation>Quand la clé ou le jeton cesse de fonctionner (UTC) ; « jamais » pour une clé valide jusqu’au 9999-12-31</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last authentication (UTC). Google Cloud (Policy Analyzer) reports the day only; GitHub the time of the last use.</source>
        <translation>Dernière authentification (UTC). Google Cloud (Policy Analyzer) n’indique que le jour ; GitHub l’heure de la dernière utilisation.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name or id</source>
        <translation>Nom ou ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project or organisation</source>
        <translation>Projet ou organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expires (UTC)</source>
        <translation>Expire (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used (UTC; GCP: day)</source>
        <translation>Dernière utilisation (UTC ; GCP : jour)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialSource</name>
    <message>
        <location filename="../models/secrets/credentialsource.cpp" line="+52"/>
        <source>GitHub organisation %1</source>
        <translation>Organisation GitHub %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud project %1</source>
        <translation>Projet Google Cloud %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the Google Cloud project whose service accounts and keys to read.</source>
        <translation>Indiquez le projet Google Cloud dont lire les comptes de service et les clés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The IAM and Policy Analyzer URLs must be https:// addresses (or left empty for Google&apos;s own).</source>
        <translation>Les URL d’IAM et de Policy Analyzer doivent être des adresses https:// (ou rester vides pour celles de Google).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the GitHub organisation whose fine-grained tokens to read.</source>
        <translation>Indiquez l’organisation GitHub dont lire les jetons à granularité fine.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the id of the GitHub App installed on the organisation.</source>
        <translation>Indiquez l’ID de l’application GitHub installée dans l’organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The GitHub API URL must be an https:// address (or left empty for api.github.com).</source>
        <translation>L’URL de l’API GitHub doit être une adresse https:// (ou rester vide pour api.github.com).</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialSourceDialog</name>
    <message>
        <location filename="../views/credentialsourcedialog.cpp" line="+35"/>
        <source>Credential source</source>
        <translation>Source d’identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud project (service accounts and keys)</source>
        <translation>Projet Google Cloud (comptes de service et clés)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub organisation (fine-grained tokens)</source>
        <translation>Organisation GitHub (jetons à granularité fine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credential source kind</source>
        <translation>Type de source d’identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my-project</source>
        <translation>mon-projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud project</source>
        <translation>Projet Google Cloud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://iam.googleapis.com (default)</source>
        <translation>https://iam.googleapis.com (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM API URL</source>
        <translation>URL de l’API IAM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://policyanalyzer.googleapis.com (default)</source>
        <translation>https://policyanalyzer.googleapis.com (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy Analyzer API URL</source>
        <translation>URL de l’API Policy Analyzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Google credentials file</source>
        <translation>Fichier d’identifiants Google</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+8"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service-account key file or an authorized_user file; its content goes to the keychain and access tokens are requested from it as needed.</source>
        <translation>Un fichier de clé de compte de service ou un fichier authorized_user ; son contenu va dans le trousseau et les jetons d’accès sont demandés avec lui au besoin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose the Google credentials file</source>
        <translation>Choisir le fichier d’identifiants Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google credentials</source>
        <translation>Identifiants Google</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Google credentials (*.json);;All files (*)</source>
        <translation>Identifiants Google (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>acme</source>
        <translation>acme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub organisation</source>
        <translation>Organisation GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>123456</source>
        <translation>123456</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub App id</source>
        <translation>ID de l’application GitHub</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub App private key file</source>
        <translation>Fichier de clé privée de l’application GitHub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choose the GitHub App&apos;s private key file</source>
        <translation>Choisir le fichier de clé privée de l’application GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub App private key</source>
        <translation>Clé privée de l’application GitHub</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://api.github.com (default)</source>
        <translation>https://api.github.com (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub API URL</source>
        <translation>URL de l’API GitHub</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials &amp;file:</source>
        <translation>&amp;Fichier d’identifiants :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>App private &amp;key file:</source>
        <translation>Fichier de clé privée de l’&amp;application :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IAM API URL:</source>
        <translation>URL de l’API &amp;IAM :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy &amp;Analyzer API URL:</source>
        <translation>URL de l’API Policy &amp;Analyzer :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials:</source>
        <translation>&amp;Identifiants :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d’accès :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub &amp;App id:</source>
        <translation>ID de l’a&amp;pplication GitHub :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub API &amp;URL:</source>
        <translation>&amp;URL de l’API GitHub :</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>leave empty to keep the stored token</source>
        <translation>laisser vide pour garder le jeton enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Type an access token with the IAM and Policy Analyzer read permissions, or choose a credentials file.</source>
        <translation>Saisissez un jeton d’accès avec les droits de lecture IAM et Policy Analyzer, ou choisissez un fichier d’identifiants.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose the service account&apos;s key file (key.json) or an authorized_user file.</source>
        <translation>Choisissez le fichier de clé du compte de service (key.json) ou un fichier authorized_user.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the GitHub App&apos;s private key file (PEM).</source>
        <translation>Choisissez le fichier de clé privée de l’application GitHub (PEM).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 holds no RSA private key a GitHub App can sign with; download the App&apos;s key (PEM) from its settings page.</source>
        <translation>%1 ne contient aucune clé privée RSA avec laquelle une application GitHub peut signer ; téléchargez la clé de l’application (PEM) depuis sa page de paramètres.</translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialSources</name>
    <message>
        <location filename="../app/credentialsources.cpp" line="+40"/>
        <source>%1: its credentials are not in the keychain; choose the key file or enter the token again in the connection dialog.</source>
        <translation>%1 : ses identifiants ne sont pas dans le trousseau ; choisissez le fichier de clé ou saisissez à nouveau le jeton dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1: the keychain holds no RSA private key the GitHub App can sign with; choose the App&apos;s key file again in the connection dialog.</source>
        <translation>%1 : le trousseau ne contient aucune clé privée RSA avec laquelle l’application GitHub peut signer ; choisissez à nouveau le fichier de clé de l’application dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Google credentials %1</source>
        <translation>Identifiants Google %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google Cloud access token of project %1</source>
        <translation>Jeton d’accès Google Cloud du projet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub App %1</source>
        <translation>Application GitHub %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::DataflowFetcher</name>
    <message>
        <location filename="../models/pipelines/dataflowfetcher.cpp" line="+53"/>
        <source>Give the Dataflow project and location.</source>
        <translation>Indiquez le projet et l&apos;emplacement Dataflow.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The Dataflow fetch was cancelled.</source>
        <translation>La récupération Dataflow a été annulée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>More than %1 pages; raise the page limit.</source>
        <translation>Plus de %1 pages&#xa0;; augmentez la limite de pages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server repeated a page token; the paging loops, so the fetch stops.</source>
        <translation>Le serveur a répété un jeton de page&#xa0;; la pagination boucle, la récupération s&apos;arrête donc.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The page&apos;s nextPageToken reads differently from its text and as JSON.</source>
        <translation>Le nextPageToken de la page se lit différemment dans son texte et en JSON.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Listing Dataflow jobs</source>
        <translation>Liste des tâches Dataflow</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Getting a Dataflow job</source>
        <translation>Récupération d&apos;une tâche Dataflow</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Reading the Dataflow audit log</source>
        <translation>Lecture du journal d&apos;audit Dataflow</translation>
    </message>
</context>
<context>
    <name>Scimflow::DataflowParser</name>
    <message>
        <location filename="../models/pipelines/dataflowparser.cpp" line="+77"/>
        <source>no job id</source>
        <translation>pas d&apos;ID de tâche</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;environment.serviceAccountEmail&quot; is not a string</source>
        <translation>«&#xa0;environment.serviceAccountEmail&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label &quot;%1&quot; is not a string</source>
        <translation>le libellé «&#xa0;%1&#xa0;» n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The Dataflow jobs response</source>
        <translation>La réponse des tâches Dataflow</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataflow jobs response is not a JSON object.</source>
        <translation>La réponse des tâches Dataflow n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Dataflow job cannot be read: %1.</source>
        <translation>La tâche Dataflow ne peut pas être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The Dataflow jobs response has a non-string nextPageToken.</source>
        <translation>La réponse des tâches Dataflow a un nextPageToken qui n&apos;est pas une chaîne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The Dataflow jobs response has &quot;jobs&quot; that is not an array.</source>
        <translation>La réponse des tâches Dataflow a un «&#xa0;jobs&#xa0;» qui n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Dataflow jobs response holds %1 jobs, more than the limit of %2.</source>
        <translation>La réponse des tâches Dataflow contient %1 tâches, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>job %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The Dataflow job response is not a single job.</source>
        <translation>La réponse de tâche Dataflow n&apos;est pas une tâche unique.</translation>
    </message>
</context>
<context>
    <name>Scimflow::DemoLoader</name>
    <message>
        <location filename="../app/demoloader.cpp" line="+68"/>
        <source>The simulated identity provider did not start: %1</source>
        <translation>Le fournisseur d&apos;identité simulé n&apos;a pas démarré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Syncing the simulated identity provider failed</source>
        <translation>La synchronisation du fournisseur d&apos;identité simulé a échoué</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Syncing users, groups and the System Log from the simulated Okta org at %1…</source>
        <translation>Synchronisation des utilisateurs, des groupes et du System Log de l’organisation Okta simulée à %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reading Dataflow jobs and their launchers…</source>
        <translation>Lecture des tâches Dataflow et de leurs lanceurs…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading the simulated Dataflow API failed</source>
        <translation>La lecture de l&apos;API Dataflow simulée a échoué</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading GitHub Actions runs…</source>
        <translation>Lecture des exécutions GitHub Actions…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reading the simulated GitHub Actions API failed</source>
        <translation>La lecture de l&apos;API GitHub Actions simulée a échoué</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Writing pipeline jobs and computing drift findings…</source>
        <translation>Écriture des tâches de pipeline et calcul des constats de dérive…</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Syncing the simulated SCIM target failed</source>
        <translation>La synchronisation de la cible SCIM simulée a échoué</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+7"/>
        <source>Saving the demo&apos;s RBAC mapping failed</source>
        <translation>L&apos;enregistrement du mappage RBAC de la démo a échoué</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reading the simulated credential inventory failed: %1</source>
        <translation>La lecture de l&apos;inventaire simulé des identifiants a échoué : %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::DeprovisioningReport</name>
    <message>
        <location filename="../models/reports/deprovisioningreport.cpp" line="+142"/>
        <source>IdP deprovisioning vs. the last pipeline activity under the identity</source>
        <translation>Déprovisionnement dans l&apos;IdP et dernière activité de pipeline sous l&apos;identité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SLA %1 h</source>
        <translation>SLA %1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity is a job launched by or running as the identity; a job still running counts up to the end of the period (or to the generation time, if earlier). A delay longer than the SLA is a violation: cancel the jobs and revoke the sessions of the identity.</source>
        <translation>Une activité est une tâche lancée par l&apos;identité ou exécutée en son nom&#xa0;; une tâche encore en cours compte jusqu&apos;à la fin de la période (ou jusqu&apos;à l&apos;heure de génération, si elle est antérieure). Un délai supérieur au SLA est une violation&#xa0;: annulez les tâches et révoquez les sessions de l&apos;identité.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Users deprovisioned in the period</source>
        <translation>Utilisateurs déprovisionnés pendant la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovisioned at</source>
        <translation>Déprovisionné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last pipeline activity</source>
        <translation>Dernière activité de pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay (h)</source>
        <translation>Délai (h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user was deprovisioned in the period.</source>
        <translation>Aucun utilisateur n&apos;a été déprovisionné pendant la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activity after deprovisioning (users per delay)</source>
        <translation>Activité après déprovisionnement (utilisateurs par délai)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VIOLATION</source>
        <translation>VIOLATION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Users deprovisioned</source>
        <translation>Utilisateurs déprovisionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With activity afterwards</source>
        <translation>Avec une activité ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA violations</source>
        <translation>Violations du SLA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SLA (hours)</source>
        <translation>SLA (heures)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worst delay (hours)</source>
        <translation>Pire délai (heures)</translation>
    </message>
</context>
<context>
    <name>Scimflow::DetailPane</name>
    <message>
        <location filename="../views/detailpane.cpp" line="+17"/>
        <source>Details of the selected item</source>
        <translation>Détails de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attributes and links of the focus; context menu: timeline, findings</source>
        <translation>Attributs et liens de l&apos;élément actif ; menu contextuel : chronologie, constats</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open in &amp;Timeline</source>
        <translation>Ouvrir dans la &amp;chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Findings</source>
        <translation>Afficher les &amp;constats</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Select a person, service account, role or job to see its details here. The other views then narrow to what it is linked to.</source>
        <translation>Sélectionnez une personne, un compte de service, un rôle ou une tâche pour en voir les détails ici. Les autres vues se limitent alors à ce qui y est lié.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>Scimflow::DisplayFormat</name>
    <message>
        <location filename="../models/itemmodels/displayformat.cpp" line="+76"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credential</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GCP service account</source>
        <translation>Compte de service GCP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GCP user-managed key</source>
        <translation>Clé GCP gérée par l’utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GCP system-managed key</source>
        <translation>Clé GCP gérée par le système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub fine-grained token</source>
        <translation>Jeton GitHub à granularité fine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>Scimflow::EvidenceItem</name>
    <message>
        <location filename="../models/drift/evidenceitem.cpp" line="+57"/>
        <location line="+54"/>
        <location line="+109"/>
        <source>Identity provider</source>
        <translation>Fournisseur d&apos;identité</translation>
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
        <translation>Import de scénario</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Job %1 (%2)</source>
        <translation>Job %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, runs as %1</source>
        <translation>, s&apos;exécute en tant que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, role %1</source>
        <translation>, rôle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; the principal is its %1</source>
        <translation>; le principal en est le %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>IdP user, deleted</source>
        <translation>Utilisateur IdP, supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IdP user, active</source>
        <translation>Utilisateur IdP, actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP user, inactive</source>
        <translation>Utilisateur IdP, inactif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the job&apos;s %1</source>
        <translation>%1 du job</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deprovisioned (%1)</source>
        <translation>déprovisionné (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>IdP audit log</source>
        <translation>Journal d&apos;audit de l&apos;IdP</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Member of the privileged group %1</source>
        <translation>Membre du groupe privilégié %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Active service account, %n job(s), owner %1</source>
        <translation>
            <numerusform>Compte de service actif, %n job, propriétaire %1</numerusform>
            <numerusform>Compte de service actif, %n jobs, propriétaire %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+1"/>
        <location line="+60"/>
        <source>none</source>
        <translation>aucun</translation>
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
            <numerusform>Rôle %1 utilisé dans %n job ; la version %2 de la correspondance accorde %3</numerusform>
            <numerusform>Rôle %1 utilisé dans %n jobs ; la version %2 de la correspondance accorde %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RBAC mapping</source>
        <translation>Correspondance RBAC</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last successful sync; last attempt %1, stale after %n hour(s)</source>
        <translation>
            <numerusform>Dernière synchronisation réussie ; dernière tentative %1, périmée après %n heure</numerusform>
            <numerusform>Dernière synchronisation réussie ; dernière tentative %1, périmée après %n heures</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 changed from %2 to %3</source>
        <translation>%1 modifié de %2 à %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local store</source>
        <translation>Base locale</translation>
    </message>
    <message>
        <location line="-116"/>
        <source>SCIM target %1</source>
        <translation>Cible SCIM %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account %1 in the target, matching no IdP user</source>
        <translation>Compte %1 dans la cible, sans utilisateur IdP correspondant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Account %1 in the target, matched to %2 by %3</source>
        <translation>Compte %1 dans la cible, rapproché de %2 par %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>; %1 in the IdP at %2</source>
        <translation>&#xa0;; %1 dans l’IdP le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 in the IdP at %2 by %3</source>
        <translation>&#xa0;; %1 dans l’IdP le %2 par %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Member of %1 in the target (account matched by %2, group by %3); the IdP does not grant it</source>
        <translation>Membre de %1 dans la cible (compte rapproché par %2, groupe par %3)&#xa0;; l’IdP ne l’accorde pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schemas added: %1; removed: %2</source>
        <translation>Schémas ajoutés&#xa0;: %1&#xa0;; retirés&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no use recorded</source>
        <translation>aucune utilisation enregistrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>last used %1</source>
        <translation>dernière utilisation le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never expires</source>
        <translation>n&apos;expire jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expires %1</source>
        <translation>expire le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Key %1 (%2), created %3, %4, %5, %6</source>
        <translation>Clé %1 (%2), créée le %3, %4, %5, %6</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fine-grained token &quot;%1&quot;, granted %2, %3, %4</source>
        <translation>Jeton à granularité fine « %1 », accordé le %2, %3, %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account in project %1, %2, %3</source>
        <translation>Compte de service du projet %1, %2, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GitHub organisation %1</source>
        <translation>Organisation GitHub %1</translation>
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
Cliquez pour le sélectionner dans les vues liées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
</context>
<context>
    <name>Scimflow::EvidencePack</name>
    <message>
        <location filename="../models/reviews/evidencepack.cpp" line="+67"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>Cannot move %1 into %2.</source>
        <translation>Impossible de déplacer %1 dans %2.</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>undecided</source>
        <translation>non décidé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke</source>
        <translation>retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs info</source>
        <translation>infos requises</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Access review: %1</source>
        <translation>Revue des accès : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18: periodic review of access to data pipelines</source>
        <translation>SOC 2 CC6.2/CC6.3, ISO 27001 A.5.18 : revue périodique des accès aux pipelines de données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>campaign %1</source>
        <translation>campagne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>idle after %1 days</source>
        <translation>inutilisé après %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reviewers: %1</source>
        <translation>réviseurs : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>corrects campaign %1</source>
        <translation>corrige la campagne %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Items reviewed</source>
        <translation>Éléments revus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Revoke</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Needs information</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undecided</source>
        <translation>Non décidés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the recommendation</source>
        <translation>Contre la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocations applied</source>
        <translation>Retraits appliqués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revocations failed or not applied</source>
        <translation>Retraits échoués ou non appliqués</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Signed off by %1 on %2. Digest of the decisions: %3 (audit entry %4).</source>
        <translation>Validée par %1 le %2. Empreinte des décisions : %3 (entrée d’audit %4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In progress: this campaign is not signed off; its decisions may still change.</source>
        <translation>En cours : cette campagne n’est pas validée ; ses décisions peuvent encore changer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item is one access of one identity, with the evidence Scimflow had when the campaign was created: the last job run under it, the jobs in the period, open findings and the IdP status. Recommendations come from that use; decisions against them carry a justification.</source>
        <translation>Chaque élément est un accès d’une identité, avec les preuves dont Scimflow disposait à la création de la campagne : le dernier job exécuté sous cet accès, les jobs de la période, les constats ouverts et le statut IdP. Les recommandations découlent de cet usage ; les décisions contraires sont justifiées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Progress per reviewer</source>
        <translation>Avancement par réviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Assigned</source>
        <translation>Attribués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided</source>
        <translation>Décidés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs info</source>
        <translation>Infos requises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(unassigned)</source>
        <translation>(non attribué)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No items.</source>
        <translation>Aucun élément.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles</source>
        <translation>Rôles de pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs in period</source>
        <translation>Jobs sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The campaign has no items.</source>
        <translation>La campagne n’a aucun élément.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The export was cancelled; no evidence pack was written.</source>
        <translation>L’export a été annulé ; aucun dossier de preuves n’a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the campaign</source>
        <translation>Lecture de la campagne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create a temporary folder beside %1: %2</source>
        <translation>Impossible de créer un dossier temporaire à côté de %1 : %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Writing the decisions</source>
        <translation>Écriture des décisions</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Writing campaign.pdf</source>
        <translation>Écriture de campaign.pdf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Writing the manifest</source>
        <translation>Écriture du manifeste</translation>
    </message>
    <message>
        <location line="-548"/>
        <source>Cannot read back %1: %2</source>
        <translation>Impossible de relire %1 : %2</translation>
    </message>
    <message>
        <location line="+589"/>
        <source>cannot read manifest.json: %1</source>
        <translation>impossible de lire manifest.json : %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>manifest.json is not a Scimflow evidence pack manifest</source>
        <translation>manifest.json n’est pas le manifeste d’un dossier de preuves Scimflow</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the manifest does not list %1</source>
        <translation>le manifeste ne liste pas %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the manifest names a file outside the pack: %1</source>
        <translation>le manifeste nomme un fichier hors du dossier : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is missing or unreadable</source>
        <translation>%1 est absent ou illisible</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 does not match the manifest: SHA-256 %2, expected %3</source>
        <translation>%1 ne correspond pas au manifeste : SHA-256 %2, attendu %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the decisions hash to %1 but the manifest records the digest %2</source>
        <translation>les décisions donnent l’empreinte %1 mais le manifeste indique %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the manifest names another campaign than decisions.json</source>
        <translation>le manifeste nomme une autre campagne que decisions.json</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>audit entry %1 in audit.json does not match its hash</source>
        <translation>l’entrée d’audit %1 de audit.json ne correspond pas à son empreinte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the sign-off audit entry %1 records the digest %2, not %3</source>
        <translation>l’entrée de validation %1 indique l’empreinte %2, et non %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the pack says signed but audit.json holds no sign-off entry</source>
        <translation>le dossier se dit validé mais audit.json ne contient aucune entrée de validation</translation>
    </message>
</context>
<context>
    <name>Scimflow::FaultInjector</name>
    <message>
        <location filename="../app/sandbox/faultinjector.cpp" line="+65"/>
        <source>Unknown fault &quot;%1&quot;. %2</source>
        <translation>Panne inconnue «&#xa0;%1&#xa0;». %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::FindingsDock</name>
    <message>
        <location filename="../app/findingsdock.cpp" line="+31"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Findings could not be computed: %1</source>
        <translation>Les constats n&apos;ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+9"/>
        <source>Acknowledge</source>
        <translation>Accepter</translation>
    </message>
</context>
<context>
    <name>Scimflow::FindingsModel</name>
    <message>
        <location filename="../models/itemmodels/findingsmodel.cpp" line="+54"/>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>critical</source>
        <translation>critique</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>acknowledged until %1</source>
        <translation>accepté jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First seen (UTC)</source>
        <translation>Vu pour la première fois (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>Scimflow::FindingsView</name>
    <message>
        <location filename="../views/findingsview.cpp" line="+90"/>
        <source>Filter findings (rule, subject, summary)</source>
        <translation>Filtrer les constats (règle, sujet, résumé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter findings</source>
        <translation>Filtrer les constats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows only findings whose rule, subject or summary contain this text</source>
        <translation>N&apos;affiche que les constats dont la règle, le sujet ou le résumé contient ce texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;resolved and acknowledged</source>
        <translation>Afficher les &amp;résolus et acceptés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list findings that were fixed or whose risk was accepted</source>
        <translation>Lister aussi les constats corrigés ou dont le risque a été accepté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;compute</source>
        <translation>Re&amp;calculer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the drift rules again over the current data</source>
        <translation>Relancer les règles de dérive sur les données actuelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Findings shown for</source>
        <translation>Constats affichés pour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings about every subject again</source>
        <translation>Afficher de nouveau les constats sur tous les sujets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the findings about every subject</source>
        <translation>Afficher les constats sur tous les sujets</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selecting a finding focuses its subject in the linked views</source>
        <translation>Sélectionner un constat place son sujet au centre des vues liées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finding summary</source>
        <translation>Résumé du constat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Select a finding to see the rows and events that prove it.</source>
        <translation>Sélectionnez un constat pour voir les lignes et les événements qui le prouvent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+142"/>
        <source>&amp;Fix…</source>
        <translation>C&amp;orriger…</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Preview and apply a fix for the selected finding</source>
        <translation>Prévisualiser et appliquer une correction pour le constat sélectionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+140"/>
        <source>&amp;Acknowledge…</source>
        <translation>&amp;Accepter…</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>Accept the risk of the selected finding until a date</source>
        <translation>Accepter le risque du constat sélectionné jusqu&apos;à une date</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>About &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Concernant &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy as CS&amp;V</source>
        <translation>Copier en CS&amp;V</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy &amp;all shown findings as CSV</source>
        <translation>Copier &amp;tous les constats affichés en CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open in &amp;Timeline</source>
        <translation>Ouvrir dans la &amp;chronologie</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Findings&lt;/b&gt; (%1 of %2)</source>
        <translation>&lt;b&gt;Constats&lt;/b&gt; (%1 sur %2)</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>The rows and events that prove the finding; activating a row selects what it names in the linked views</source>
        <translation>Les lignes et les événements qui prouvent le constat ; activer une ligne sélectionne ce qu&apos;elle nomme dans les vues liées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Evidence as JSON</source>
        <translation>Preuves en JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;JSON</source>
        <translation>Afficher le &amp;JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the evidence as the raw JSON the finding stores</source>
        <translation>Afficher les preuves sous forme du JSON brut que le constat enregistre</translation>
    </message>
</context>
<context>
    <name>Scimflow::FixDialog</name>
    <message>
        <location filename="../views/fixdialog.cpp" line="+23"/>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fix</source>
        <translation>Corriger</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Request preview</source>
        <translation>Aperçu de la requête</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why (kept in the audit log), e.g. the ticket number</source>
        <translation>Pourquoi (conservé dans le journal d&apos;audit), p. ex. le numéro de ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;reviewed the request and want to send it</source>
        <translation>J&apos;ai &amp;vérifié la requête et je veux l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Apply fix</source>
        <translation>&amp;Appliquer la correction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Fix:</source>
        <translation>&amp;Correction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected effect:</source>
        <translation>Effet attendu&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request:</source>
        <translation>Requête&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome:</source>
        <translation>Résultat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server now:</source>
        <translation>Serveur maintenant&#xa0;:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No automatic fix applies to this finding. Fix it in the service&apos;s own console, or acknowledge it with a reason and an expiry.</source>
        <translation>Aucune correction automatique ne s&apos;applique à ce constat. Corrigez-le dans la console du service, ou acceptez-le avec un motif et une date d&apos;expiration.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>
(The current state could not be read: %1. It is read again when you apply.)</source>
        <translation>
(L&apos;état actuel n&apos;a pas pu être lu&#xa0;: %1. Il est relu lorsque vous appliquez.)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Done (audit entries %1 and %2).</source>
        <translation>Terminé (entrées d&apos;audit %1 et %2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The resource changed on the server (HTTP %1). Its current state:
%2
Review it, then apply again if the fix is still needed.</source>
        <translation>La ressource a changé sur le serveur (HTTP %1). Son état actuel&#xa0;:
%2
Examinez-le, puis appliquez à nouveau si la correction est toujours nécessaire.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Failed: %1. Nothing else was changed; try again later or fix it in the service&apos;s console.</source>
        <translation>Échec&#xa0;: %1. Rien d&apos;autre n&apos;a été modifié&#xa0;; réessayez plus tard ou corrigez-le dans la console du service.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the resource again…</source>
        <translation>Nouvelle lecture de la ressource…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not read it again: %1</source>
        <translation>Impossible de la relire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confirmed: %1</source>
        <translation>Confirmé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not in effect: %1</source>
        <translation>Sans effet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>I understand that this &amp;cannot be undone</source>
        <translation>Je comprends que cela ne &amp;peut pas être annulé</translation>
    </message>
</context>
<context>
    <name>Scimflow::FixExecutor</name>
    <message>
        <location filename="../models/fixes/fixexecutor.cpp" line="+69"/>
        <source>Enter a reason for the change; it is kept in the audit log.</source>
        <translation>Saisissez un motif pour la modification&#xa0;; il est conservé dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+49"/>
        <source>No connection can perform this fix.</source>
        <translation>Aucune connexion ne peut effectuer cette correction.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No connection can read this resource.</source>
        <translation>Aucune connexion ne peut lire cette ressource.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Entry %1: interrupted; its action could not be re-read.</source>
        <translation>Entrée %1&#xa0;: interrompue&#xa0;; son action n&apos;a pas pu être relue.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry %1 (%2 %3): interrupted; no connection can re-read it yet.</source>
        <translation>Entrée %1 (%2 %3)&#xa0;: interrompue&#xa0;; aucune connexion ne peut encore la relire.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Entry %1 (%2 %3): interrupted; re-reading failed (%4), retried at the next start.</source>
        <translation>Entrée %1 (%2 %3)&#xa0;: interrompue&#xa0;; la relecture a échoué (%4), nouvel essai au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Entry %1 (%2 %3): %4</source>
        <translation>Entrée %1 (%2 %3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>not recorded in the audit log: %1</source>
        <translation>non consigné dans le journal d’audit : %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::FixPlanner</name>
    <message>
        <location filename="../models/fixes/fixplanner.cpp" line="+136"/>
        <source>Deactivate user %1</source>
        <translation>Désactiver l&apos;utilisateur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is set to active = false in the IdP: they can no longer sign in, and every application provisioned from the IdP deactivates them at its next sync.</source>
        <translation>%1 passe à active = false dans l&apos;IdP&#xa0;: la personne ne peut plus se connecter, et chaque application provisionnée depuis l&apos;IdP la désactive à sa prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from %2</source>
        <translation>Retirer %1 de %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loses the membership of %2 in the IdP, and with it the pipeline roles the RBAC mapping grants that group. Other memberships are unchanged.</source>
        <translation>%1 perd son appartenance à %2 dans l&apos;IdP, et avec elle les rôles de pipeline que le mappage RBAC accorde à ce groupe. Les autres appartenances ne changent pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel job %1</source>
        <translation>Annuler la tâche %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 job %2 is cancelled: it stops processing and does not restart by itself. Output written so far stays.</source>
        <translation>La tâche %1 %2 est annulée&#xa0;: elle arrête le traitement et ne redémarre pas d&apos;elle-même. Les sorties déjà écrites sont conservées.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No connection that can %1 is configured; add the %2 connection in the settings, or fix it in the service&apos;s own console.</source>
        <translation>Aucune connexion capable de %1 n&apos;est configurée&#xa0;; ajoutez la connexion %2 dans les paramètres, ou corrigez-le dans la console du service.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deactivate %1 in target %2</source>
        <translation>Désactiver %1 dans la cible %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The account %1 is set to active = false in SCIM target %2, as the identity provider already has it. Nothing changes in the IdP.</source>
        <translation>Le compte %1 passe à active = false dans la cible SCIM %2, comme le fournisseur d’identité l’a déjà. Rien ne change dans l’IdP.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove %1 from %2 in target %3</source>
        <translation>Retirer %1 de %2 dans la cible %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 loses the membership of %2 in SCIM target %3, which the identity provider does not grant. Nothing changes in the IdP.</source>
        <translation>%1 perd l’appartenance à %2 dans la cible SCIM %3, que le fournisseur d’identité n’accorde pas. Rien ne change dans l’IdP.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No connection to SCIM target %1 is configured; sync the target with its token first, or fix it in the target&apos;s own console.</source>
        <translation>Aucune connexion à la cible SCIM %1 n’est configurée&#xa0;; synchronisez d’abord la cible avec son jeton, ou corrigez-la dans la console de la cible.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>key %1 of %2</source>
        <translation>clé %1 de %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>token %1 of %2</source>
        <translation>jeton %1 de %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Disable service account %1</source>
        <translation>Désactiver le compte de service %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 can no longer authenticate to Google Cloud, with any of its keys; the pipelines that run as it fail until it is enabled again (the undo).</source>
        <translation>%1 ne peut plus s&apos;authentifier auprès de Google Cloud, avec aucune de ses clés ; les pipelines qui s&apos;exécutent sous ce compte échouent jusqu&apos;à sa réactivation (l&apos;annulation).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enable service account %1</source>
        <translation>Activer le compte de service %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 can authenticate again.</source>
        <translation>%1 peut de nouveau s&apos;authentifier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disable %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests signed with this key are refused; the account and its other keys keep working. Enabling the key undoes it.</source>
        <translation>Les requêtes signées avec cette clé sont refusées ; le compte et ses autres clés continuent de fonctionner. Réactiver la clé annule l&apos;opération.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enable %1</source>
        <translation>Activer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The key can be used again.</source>
        <translation>La clé peut de nouveau être utilisée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key is deleted for good: it cannot be enabled again, and whoever holds its file can no longer use it. Disable it first if you are unsure who uses it.</source>
        <translation>La clé est supprimée définitivement : elle ne peut pas être réactivée, et quiconque détient son fichier ne peut plus l&apos;utiliser. Désactivez-la d&apos;abord si vous ne savez pas qui l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revoke %1</source>
        <translation>Révoquer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The token loses its access to the organisation&apos;s resources at once. GitHub has no undo: its owner must request a new token.</source>
        <translation>Le jeton perd immédiatement son accès aux ressources de l&apos;organisation. GitHub ne permet pas d&apos;annuler : son propriétaire doit demander un nouveau jeton.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GcpIamFetcher</name>
    <message>
        <location filename="../models/credentials/gcpiamfetcher.cpp" line="+86"/>
        <source>Give the Google Cloud project whose credentials to read.</source>
        <translation>Indiquez le projet Google Cloud dont il faut lire les identifiants.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the service accounts of %1 was cancelled.</source>
        <translation>La lecture des comptes de service de %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>More than %1 pages; raise the page limit.</source>
        <translation>Plus de %1 pages ; augmentez la limite de pages.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Google repeated a page token; the paging loops, so the read stops and nothing is saved.</source>
        <translation>Google a répété un jeton de page ; la pagination boucle, la lecture s&apos;arrête donc et rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Listing the service accounts of %1</source>
        <translation>Liste des comptes de service de %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Listing the keys of %1</source>
        <translation>Liste des clés de %1</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Reading the last authentication of the service accounts of %1 (Policy Analyzer)</source>
        <translation>Lecture de la dernière authentification des comptes de service de %1 (Policy Analyzer)</translation>
    </message>
</context>
<context>
    <name>Scimflow::GdprReport</name>
    <message>
        <location filename="../models/reports/gdprreport.cpp" line="+56"/>
        <source>Pipeline processing under personal identities</source>
        <translation>Traitements de pipeline sous des identités personnelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First job</source>
        <translation>Première tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>Dernière tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No job ran under a personal identity in the period.</source>
        <translation>Aucune tâche ne s&apos;est exécutée sous une identité personnelle pendant la période.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no IdP match</source>
        <translation>aucune correspondance dans l&apos;IdP</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Data retention in the local store</source>
        <translation>Conservation des données dans le stockage local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest</source>
        <translation>Plus ancienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newest</source>
        <translation>Plus récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configured retention</source>
        <translation>Conservation configurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Personal data held</source>
        <translation>Données personnelles détenues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rows per table in the local store</source>
        <translation>Lignes par table dans le stockage local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>none configured (kept until deleted)</source>
        <translation>aucune configurée (conservé jusqu&apos;à suppression)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deletions and fixes performed in the period</source>
        <translation>Suppressions et corrections effectuées pendant la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No deletion or fix was recorded in the period.</source>
        <translation>Aucune suppression ni correction n&apos;a été enregistrée pendant la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>user deleted in the IdP</source>
        <translation>utilisateur supprimé dans l&apos;IdP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no longer returned by the IdP; local row kept as history</source>
        <translation>n&apos;est plus renvoyé par l&apos;IdP&#xa0;; ligne locale conservée comme historique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>fix: %1</source>
        <translation>correction&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>audit seq %1; outcome: %2; reason: %3</source>
        <translation>audit n° %1&#xa0;; résultat&#xa0;: %2&#xa0;; motif&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records of processing: identity and pipeline sync</source>
        <translation>Registre des traitements&#xa0;: synchronisation des identités et des pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last successful sync</source>
        <translation>Dernière synchronisation réussie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs in period</source>
        <translation>Exécutions sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields stored</source>
        <translation>Champs stockés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>detect access drift between the IdP and data pipelines (SOC 2, security)</source>
        <translation>détecter les dérives d&apos;accès entre l&apos;IdP et les pipelines de données (SOC 2, sécurité)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>pipeline sync</source>
        <translation>synchronisation des pipelines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scenario import</source>
        <translation>import de scénario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity sync</source>
        <translation>synchronisation des identités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>jobs: name, state, times, launcher and run-as principals, role, labels</source>
        <translation>tâches&#xa0;: nom, état, horaires, principaux lanceur et d&apos;exécution, rôle, libellés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>users: userName, names, emails, department, employee number, manager, active, timestamps; groups: names and members; identity events</source>
        <translation>utilisateurs&#xa0;: userName, noms, e-mails, service, matricule, responsable, actif, horodatages&#xa0;; groupes&#xa0;: noms et membres&#xa0;; événements d&apos;identité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity provider (%1)</source>
        <translation>fournisseur d&apos;identité (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>endpoint %1; credentials stay in the OS keychain</source>
        <translation>point d&apos;accès %1&#xa0;; les identifiants restent dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>GDPR Art. 30 records of processing and Art. 5(1)(e) storage limitation</source>
        <translation>RGPD art. 30 registre des traitements et art. 5(1)(e) limitation de la conservation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Personal data processed by pipelines is counted per identity the jobs ran under or were launched by; principals that match no IdP user are listed too, since their names and emails are personal data as well.</source>
        <translation>Les données personnelles traitées par les pipelines sont comptées par identité sous laquelle les tâches se sont exécutées ou qui les a lancées&#xa0;; les principaux sans utilisateur correspondant dans l&apos;IdP sont aussi listés, car leurs noms et e-mails sont également des données personnelles.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identities processed under</source>
        <translation>Identités sous lesquelles des traitements ont eu lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Principals with no IdP match</source>
        <translation>Principaux sans correspondance dans l&apos;IdP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs under these identities</source>
        <translation>Tâches sous ces identités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deletions and fixes</source>
        <translation>Suppressions et corrections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync sources</source>
        <translation>Sources de synchronisation</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubActionsFetcher</name>
    <message>
        <location filename="../models/pipelines/githubactionsfetcher.cpp" line="+34"/>
        <source>The repository must be written OWNER/REPO, not &quot;%1&quot;.</source>
        <translation>Le dépôt doit être écrit OWNER/REPO, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The GitHub Actions fetch was cancelled.</source>
        <translation>La récupération GitHub Actions a été annulée.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>GitHub returned a Link to a page already fetched; the paging loops, so the fetch stops.</source>
        <translation>GitHub a renvoyé un Link vers une page déjà récupérée&#xa0;; la pagination boucle, la récupération s&apos;arrête donc.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 pages of workflow runs; raise the page limit.</source>
        <translation>Plus de %1 pages d&apos;exécutions de workflow&#xa0;; augmentez la limite de pages.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing workflow runs</source>
        <translation>Liste des exécutions de workflow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Page %1: %2</source>
        <translation>Page %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>GitHub&apos;s next page points at another host (%1); it is not followed.</source>
        <translation>La page suivante de GitHub pointe vers un autre hôte (%1)&#xa0;; elle n&apos;est pas suivie.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubActionsParser</name>
    <message>
        <location filename="../models/pipelines/githubactionsparser.cpp" line="+53"/>
        <source>&quot;id&quot; is not a run number</source>
        <translation>«&#xa0;id&#xa0;» n&apos;est pas un numéro d&apos;exécution</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The GitHub Actions runs response</source>
        <translation>La réponse des exécutions GitHub Actions</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub Actions response has no &quot;workflow_runs&quot; array; check the URL points at /repos/OWNER/REPO/actions/runs.</source>
        <translation>La réponse GitHub Actions n&apos;a pas de tableau «&#xa0;workflow_runs&#xa0;»&#xa0;; vérifiez que l&apos;URL pointe vers /repos/OWNER/REPO/actions/runs.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The GitHub Actions response holds %1 runs, more than the limit of %2.</source>
        <translation>La réponse GitHub Actions contient %1 exécutions, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>run %1</source>
        <translation>exécution %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubAppAuth</name>
    <message>
        <location filename="../models/credentials/githubappauth.cpp" line="+87"/>
        <source>Give the GitHub App id and the organisation.</source>
        <translation>Indiquez l&apos;identifiant de l&apos;application GitHub et l&apos;organisation.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+28"/>
        <source>The GitHub App&apos;s private key cannot sign: %1</source>
        <translation>La clé privée de l&apos;application GitHub ne peut pas signer : %1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Finding the GitHub App&apos;s installation on %1 (is the App installed there?)</source>
        <translation>Recherche de l&apos;installation de l&apos;application GitHub sur %1 (l&apos;application y est-elle installée ?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub&apos;s installation answer has no id.</source>
        <translation>La réponse d&apos;installation de GitHub ne contient pas d&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Getting a GitHub App installation token</source>
        <translation>Obtention d&apos;un jeton d&apos;installation de l&apos;application GitHub</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>GitHub&apos;s installation token answer lacks token or expires_at.</source>
        <translation>Il manque token ou expires_at dans la réponse de GitHub pour le jeton d&apos;installation.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GithubTokenFetcher</name>
    <message>
        <location filename="../models/credentials/githubtokenfetcher.cpp" line="+70"/>
        <source>Give the GitHub organisation&apos;s login, not &quot;%1&quot;.</source>
        <translation>Indiquez l&apos;identifiant de l&apos;organisation GitHub, pas « %1 ».</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading the tokens of %1 was cancelled.</source>
        <translation>La lecture des jetons de %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+59"/>
        <source>Listing the fine-grained tokens of %1</source>
        <translation>Liste des jetons à granularité fine de %1</translation>
    </message>
    <message>
        <location line="-53"/>
        <source>%1: page %2 is not a JSON array (%3).</source>
        <translation>%1 : la page %2 n&apos;est pas un tableau JSON (%3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrong shape</source>
        <translation>mauvaise forme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a token without id or owner login.</source>
        <translation>%1 : un jeton sans identifiant ni identifiant du propriétaire.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>GitHub returned a Link to a page already fetched; the paging loops, so the read stops and nothing is saved.</source>
        <translation>GitHub a renvoyé un lien vers une page déjà lue ; la pagination boucle, la lecture s&apos;arrête donc et rien n&apos;est enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>More than %1 pages of tokens; raise the page limit.</source>
        <translation>Plus de %1 pages de jetons ; augmentez la limite de pages.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>GitHub&apos;s next page points at another host (%1); it is not followed.</source>
        <translation>La page suivante de GitHub pointe vers un autre hôte (%1) ; elle n&apos;est pas suivie.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GoogleCredentials</name>
    <message>
        <location filename="../models/net/googlecredentials.cpp" line="+30"/>
        <source>%1 is not a Google credentials file (a JSON object with &quot;type&quot; service_account or authorized_user).</source>
        <translation>%1 n’est pas un fichier d’identifiants Google (un objet JSON avec &quot;type&quot; service_account ou authorized_user).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 has credentials of type &quot;%2&quot;; Scimflow reads service_account keys and authorized_user files (gcloud auth application-default login).</source>
        <translation>%1 contient des identifiants de type &quot;%2&quot;&#xa0;; Scimflow lit les clés service_account et les fichiers authorized_user (gcloud auth application-default login).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lacks %2.</source>
        <translation>Il manque %2 dans %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: token_uri is not a URL.</source>
        <translation>%1&#xa0;: token_uri n’est pas une URL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: token_uri: %2</source>
        <translation>%1&#xa0;: token_uri&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: private_key is not an RSA private key in PEM form.</source>
        <translation>%1&#xa0;: private_key n’est pas une clé privée RSA au format PEM.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the Google credentials file %1: %2</source>
        <translation>Impossible de lire le fichier d’identifiants Google %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is larger than 1 MB; it is not a Google credentials file.</source>
        <translation>%1 dépasse 1 Mo&#xa0;; ce n’est pas un fichier d’identifiants Google.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GoogleCredentialsAuth</name>
    <message>
        <location filename="../models/net/googlecredentialsauth.cpp" line="+48"/>
        <source>the Google credentials</source>
        <translation>les identifiants Google</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The HTTP client is gone.</source>
        <translation>Le client HTTP n’existe plus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not obtain a Google access token for %1: %2</source>
        <translation>Impossible d’obtenir un jeton d’accès Google pour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The token endpoint %1 refused the credentials in %2 (HTTP %3%4); check that the file is current, that its key or refresh token was not revoked and that its account is enabled.</source>
        <translation>Le point de terminaison de jetons %1 a refusé les identifiants de %2 (HTTP %3%4)&#xa0;; vérifiez que le fichier est à jour, que sa clé ou son jeton d’actualisation n’a pas été révoqué et que son compte est activé.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphCertificate</name>
    <message>
        <location filename="../models/idp/graphcertificate.cpp" line="+47"/>
        <source>The PEM file holds no certificate; it needs the app registration&apos;s certificate and its private key.</source>
        <translation>Le fichier PEM ne contient aucun certificat ; il doit contenir le certificat de l&apos;inscription d&apos;application et sa clé privée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The private key in the PEM file is encrypted; export it without a passphrase (e.g. openssl pkey -in key.pem -out plain.pem) and protect the file instead.</source>
        <translation>La clé privée du fichier PEM est chiffrée ; exportez-la sans phrase secrète (par ex. openssl pkey -in key.pem -out plain.pem) et protégez plutôt le fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PEM file holds no private key; it needs the certificate and its private key.</source>
        <translation>Le fichier PEM ne contient aucune clé privée ; il doit contenir le certificat et sa clé privée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The private key in the PEM file cannot be used: %1</source>
        <translation>La clé privée du fichier PEM est inutilisable : %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the certificate file %1: %2</source>
        <translation>Impossible de lire le fichier de certificat %1 : %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is too large to be a certificate file.</source>
        <translation>%1 est trop volumineux pour être un fichier de certificat.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphDirectoryReader</name>
    <message>
        <location filename="../models/idp/graphdirectoryreader.cpp" line="+76"/>
        <location line="+102"/>
        <location line="+161"/>
        <source>The HTTP client is gone.</source>
        <translation>Le client HTTP n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>The stored Graph delta links do not belong to %1; the directory was read in full.</source>
        <translation>Les liens delta Graph enregistrés n&apos;appartiennent pas à %1 ; l&apos;annuaire a été lu en entier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The audit log window starts %1, more than %2 days ago: Entra ID keeps directory audits for %2 days (7 without Entra ID P1/P2), so earlier events may be missing.</source>
        <translation>La fenêtre du journal d&apos;audit commence le %1, il y a plus de %2 jours : Entra ID conserve les audits d&apos;annuaire %2 jours (7 sans Entra ID P1/P2), des événements antérieurs peuvent donc manquer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+126"/>
        <source>The Graph read was cancelled; nothing was changed.</source>
        <translation>La lecture Graph a été annulée ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>An incremental Graph read needs the database to complete member lists.</source>
        <translation>Une lecture Graph incrémentielle a besoin de la base de données pour compléter les listes de membres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Graph answered with a %1 pointing outside %2 (%3); it was not followed and nothing was written.</source>
        <translation>Graph a répondu avec un %1 qui sort de %2 (%3) ; il n&apos;a pas été suivi et rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading changed users (Graph delta)</source>
        <translation>Lecture des utilisateurs modifiés (delta Graph)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading users (Graph delta)</source>
        <translation>Lecture des utilisateurs (delta Graph)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>users</source>
        <translation>utilisateurs</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Reading changed groups and members (Graph delta)</source>
        <translation>Lecture des groupes et membres modifiés (delta Graph)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading groups and members (Graph delta)</source>
        <translation>Lecture des groupes et des membres (delta Graph)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>groups</source>
        <translation>groupes</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Graph no longer accepts the stored delta link (%1); the directory was read in full again.</source>
        <translation>Graph n&apos;accepte plus le lien delta enregistré (%1) ; l&apos;annuaire a de nouveau été lu en entier.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Graph returned more than %1 pages of %2; the read was stopped as endless and nothing was written.</source>
        <translation>Graph a renvoyé plus de %1 pages de %2 ; la lecture a été arrêtée comme sans fin et rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Graph refused %1 (HTTP 403: %2). Grant the app registration the application permissions User.Read.All, GroupMember.Read.All and AuditLog.Read.All, with admin consent.</source>
        <translation>Graph a refusé %1 (HTTP 403 : %2). Accordez à l&apos;inscription d&apos;application les autorisations d&apos;application User.Read.All, GroupMember.Read.All et AuditLog.Read.All, avec le consentement administrateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 failed with HTTP %2%3.</source>
        <translation>%1 a échoué avec HTTP %2%3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>next link</source>
        <translation>lien suivant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Graph answered %1 with a next link it had already given (a paging loop); nothing was written.</source>
        <translation>Graph a répondu pour %1 avec un lien suivant déjà fourni (une boucle de pagination) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Graph ended the %1 delta without a delta link; the next sync could not continue from it, so nothing was written.</source>
        <translation>Graph a terminé le delta des %1 sans lien delta ; la prochaine synchronisation ne pourrait pas s&apos;y raccrocher, donc rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>delta link</source>
        <translation>lien delta</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Graph listed a user without an id; nothing was written.</source>
        <translation>Graph a renvoyé un utilisateur sans identifiant ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Graph listed a group without an id; nothing was written.</source>
        <translation>Graph a renvoyé un groupe sans identifiant ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading directory audits</source>
        <translation>Lecture des audits d&apos;annuaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>directory audits</source>
        <translation>audits d&apos;annuaire</translation>
    </message>
    <message>
        <location line="-464"/>
        <source>Graph answered %1 with HTTP %2%3.</source>
        <translation>Graph a répondu à %1 avec HTTP %2%3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Connected to the Entra ID tenant: its users and directory audits can be read.</source>
        <translation>Connecté au locataire Entra ID : ses utilisateurs et ses audits d’annuaire peuvent être lus.</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphFixConnector</name>
    <message>
        <location filename="../models/idp/graphfixconnector.cpp" line="+48"/>
        <source>Graph refused %1 (HTTP 403: %2). The app registration needs the application permissions User.EnableDisableAccount.All and GroupMember.ReadWrite.All, with admin consent; privileged users may also need a directory role.</source>
        <translation>Graph a refusé %1 (HTTP 403 : %2). L&apos;inscription d&apos;application a besoin des autorisations d&apos;application User.EnableDisableAccount.All et GroupMember.ReadWrite.All, avec le consentement administrateur ; les utilisateurs privilégiés peuvent aussi exiger un rôle d&apos;annuaire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: Graph does not know it (HTTP 404: %2).</source>
        <translation>%1 : Graph ne connaît pas cet objet (HTTP 404 : %2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 a échoué avec HTTP %2 : %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+47"/>
        <source>The Graph connection is gone.</source>
        <translation>La connexion Graph n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Graph answered %1 without the user&apos;s accountEnabled.</source>
        <translation>Graph a répondu à %1 sans l&apos;attribut accountEnabled de l&apos;utilisateur.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Graph answered %1 with something that is not a list of groups.</source>
        <translation>Graph a répondu à %1 par autre chose qu&apos;une liste de groupes.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Graph answered the user&apos;s groups with a next link that cannot be followed.</source>
        <translation>Graph a répondu pour les groupes de l&apos;utilisateur avec un lien suivant qui ne peut pas être suivi.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+9"/>
        <source>This connection cannot perform that fix.</source>
        <translation>Cette connexion ne peut pas effectuer cette correction.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already in effect; nothing was sent</source>
        <translation>déjà en vigueur ; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>already in effect on the server after HTTP 404 (%1)</source>
        <translation>déjà en vigueur sur le serveur après HTTP 404 (%1)</translation>
    </message>
</context>
<context>
    <name>Scimflow::GraphParser</name>
    <message>
        <location filename="../models/idp/graphparser.cpp" line="+80"/>
        <source>%1 answered with malformed JSON (%2 at byte %3); nothing was written.</source>
        <translation>%1 a répondu avec du JSON mal formé (%2 à l&apos;octet %3) ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with JSON that is not a Graph collection (no &quot;value&quot; array); check that the Graph URL points at the v1.0 API.</source>
        <translation>%1 a répondu avec du JSON qui n&apos;est pas une collection Graph (pas de tableau « value ») ; vérifiez que l&apos;URL Graph désigne l&apos;API v1.0.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 answered with an %2 that is not an absolute URL; nothing was written.</source>
        <translation>%1 a répondu avec un %2 qui n&apos;est pas une URL absolue ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 answered with both a next link and a delta link; nothing was written.</source>
        <translation>%1 a répondu à la fois avec un lien suivant et un lien delta ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Scimflow::Gui</name>
    <message>
        <location filename="../app/application.cpp" line="+58"/>
        <source>Open the built-in demo (the default until a connection is configured). Its database is rebuilt on each start.</source>
        <translation>Ouvrir la démo intégrée (par défaut tant qu&apos;aucune connexion n&apos;est configurée). Sa base de données est reconstruite à chaque démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the database FILE (default: %1).</source>
        <translation>Ouvrir la base de données FILE (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render the main window to the PNG FILE once the data is loaded, then exit.</source>
        <translation>Rendre la fenêtre principale dans le fichier PNG FILE une fois les données chargées, puis quitter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: render VIEW instead of the main window (%1).</source>
        <translation>Avec --screenshot : rendre VIEW au lieu de la fenêtre principale (%1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the console in LANGUAGE (en, de or fr) instead of the language chosen in Settings or, failing that, the system&apos;s.</source>
        <translation>Afficher la console dans la langue LANGUAGE (en, de ou fr) au lieu de celle choisie dans les paramètres ou, à défaut, de celle du système.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scimflow console: linked users, roles and pipeline jobs, and where they have drifted apart.

Commands (scimflow &lt;command&gt; --help):
%1</source>
        <translation>Console Scimflow&#xa0;: utilisateurs, rôles et tâches de pipeline liés, et leurs dérives.

Commandes (scimflow &lt;command&gt; --help)&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>warning: the console is not translated into %1; it is shown in English</source>
        <translation>avertissement&#xa0;: la console n&apos;est pas traduite en %1&#xa0;; elle s&apos;affiche en anglais</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: use either --demo or --db FILE, not both</source>
        <translation>erreur&#xa0;: utilisez soit --demo, soit --db FILE, pas les deux</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: --screenshot-view takes one of: %1</source>
        <translation>erreur : --screenshot-view attend l&apos;une de ces valeurs : %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>error: %1</source>
        <translation>erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::HttpClient</name>
    <message>
        <location filename="../models/net/httpclient.cpp" line="+37"/>
        <source>No certificate could be read from %1; give a PEM or DER CA certificate file.</source>
        <translation>Aucun certificat n&apos;a pu être lu depuis %1&#xa0;; indiquez un fichier de certificat CA PEM ou DER.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a valid URL; enter an address such as https://idp.example.com/scim/v2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une URL valide&#xa0;; saisissez une adresse comme https://idp.example.com/scim/v2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plain http is only allowed to this computer (127.0.0.1, ::1, localhost); use https:// for %1.</source>
        <translation>Le http en clair n&apos;est autorisé que vers cet ordinateur (127.0.0.1,&#xa0;::1, localhost)&#xa0;; utilisez https:// pour %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsupported URL scheme &quot;%1&quot;; use https://.</source>
        <translation>Schéma d&apos;URL «&#xa0;%1&#xa0;» non pris en charge&#xa0;; utilisez https://.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check the server&apos;s logs</source>
        <translation>consultez les journaux du serveur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>check the token and its permissions</source>
        <translation>vérifiez le jeton et ses autorisations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the resource no longer exists; sync again</source>
        <translation>la ressource n&apos;existe plus&#xa0;; synchronisez à nouveau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the resource changed on the server; re-read it and try again</source>
        <translation>la ressource a changé sur le serveur&#xa0;; relisez-la et réessayez</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>wait and try again</source>
        <translation>patientez et réessayez</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 answered HTTP %2: %3.</source>
        <translation>%1 a répondu HTTP %2&#xa0;: %3.</translation>
    </message>
</context>
<context>
    <name>Scimflow::HttpJob</name>
    <message>
        <location filename="../models/net/httpjob.cpp" line="+119"/>
        <source>The HTTP client was destroyed.</source>
        <translation>Le client HTTP a été détruit.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>%1 returned more than %2 MB; the response was refused. Ask for smaller pages.</source>
        <translation>%1 a renvoyé plus de %2 Mo&#xa0;; la réponse a été refusée. Demandez des pages plus petites.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 did not answer within %2 s; the server may be overloaded or unreachable.</source>
        <translation>%1 n&apos;a pas répondu en %2 s&#xa0;; le serveur est peut-être surchargé ou injoignable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS handshake with %1 failed (%2). If the server uses a private CA, select its certificate as the CA file; verification is never switched off.</source>
        <translation>La négociation TLS avec %1 a échoué (%2). Si le serveur utilise une CA privée, sélectionnez son certificat comme fichier CA&#xa0;; la vérification n&apos;est jamais désactivée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 failed: the connection closed after %2 of %3 bytes.</source>
        <translation>%1 a échoué : la connexion s&apos;est fermée après %2 octets sur %3.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 was rejected as unauthenticated (HTTP 401); the token is missing, wrong or expired: enter a new one in the connection settings.</source>
        <translation>%1 a été refusé comme non authentifié (HTTP 401)&#xa0;; le jeton est absent, erroné ou expiré&#xa0;: saisissez-en un nouveau dans les paramètres de connexion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rate limited (HTTP 429)</source>
        <translation>limite de requêtes atteinte (HTTP 429)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is rate limited (HTTP %2) and asked to wait %3 s; try again later or lower the request rate.</source>
        <translation>%1 limite le débit (HTTP %2) et demande d&apos;attendre %3 s ; réessayez plus tard ou réduisez la fréquence des requêtes.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 failed with HTTP %2 after %3 attempts; the server has a problem, try again later.</source>
        <translation>%1 a échoué avec HTTP %2 après %3 tentatives&#xa0;; le serveur a un problème, réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 answered with content type &quot;%2&quot; instead of %3; check that the URL points at the API and not at a login page or proxy.</source>
        <translation>%1 a répondu avec le type de contenu «&#xa0;%2&#xa0;» au lieu de %3&#xa0;; vérifiez que l&apos;URL pointe vers l&apos;API et non vers une page de connexion ou un proxy.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 was cancelled.</source>
        <translation>%1 a été annulé.</translation>
    </message>
</context>
<context>
    <name>Scimflow::IdentityModel</name>
    <message>
        <location filename="../models/itemmodels/identitymodel.cpp" line="+72"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Display name</source>
        <translation>Nom d&apos;affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner group</source>
        <translation>Groupe propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
</context>
<context>
    <name>Scimflow::JobCancelConnector</name>
    <message>
        <location filename="../models/fixes/jobcancelconnector.cpp" line="+67"/>
        <location line="+78"/>
        <source>The pipeline connection is closed.</source>
        <translation>La connexion au pipeline est fermée.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Cancelling the GitHub run</source>
        <translation>Annulation de l&apos;exécution GitHub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelling the Dataflow job</source>
        <translation>Annulation du job Dataflow</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the API answered HTTP %2 with a body that is not a JSON object, so it is unknown whether the cancellation was accepted; the re-read shows the job&apos;s state.</source>
        <translation>%1 : l&apos;API a répondu HTTP %2 avec un contenu qui n&apos;est pas un objet JSON ; on ne sait donc pas si l&apos;annulation a été acceptée. La relecture montre l&apos;état du job.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancellation requested.</source>
        <translation>Annulation demandée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>already cancelled on the server after HTTP %1 (%2); nothing else was changed</source>
        <translation>déjà annulé sur le serveur après HTTP %1 (%2) ; rien d&apos;autre n&apos;a été modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> (re-reading failed: %1)</source>
        <translation> (la relecture a échoué : %1)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Reading the job</source>
        <translation>Lecture du job</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline API answered with a body that is not a JSON object.</source>
        <translation>L&apos;API de pipeline a répondu avec un contenu qui n&apos;est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>Scimflow::JobModel</name>
    <message>
        <location filename="../models/itemmodels/jobmodel.cpp" line="+90"/>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Launched by</source>
        <translation>Lancée par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs as</source>
        <translation>S&apos;exécute en tant que</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role used</source>
        <translation>Rôle utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created (UTC)</source>
        <translation>Créé (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started (UTC)</source>
        <translation>Démarrée (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended (UTC)</source>
        <translation>Terminée (UTC)</translation>
    </message>
</context>
<context>
    <name>Scimflow::JobsWriter</name>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+26"/>
        <source>%1: %2 jobs (%3 new, %4 updated), %5 with unmatched principals</source>
        <translation>%1&#xa0;: %2 tâches (%3 nouvelles, %4 mises à jour), %5 avec des principaux non associés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>, %1 records skipped</source>
        <translation>, %1 enregistrements ignorés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 listed twice and kept once</source>
        <translation>, %1 listés deux fois et gardés une fois</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot start a transaction for the jobs.</source>
        <translation>Impossible de démarrer une transaction pour les tâches.</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+40"/>
        <source>Cannot read known jobs</source>
        <translation>Impossible de lire les tâches connues</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="-32"/>
        <location line="+48"/>
        <source>job %1</source>
        <translation>tâche %1</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no id</source>
        <translation>pas d&apos;ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>listed twice</source>
        <translation>listé deux fois</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+49"/>
        <source>Cannot write job %1</source>
        <translation>Impossible d&apos;écrire la tâche %1</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+58"/>
        <source>The sync stopped before its jobs were written.</source>
        <translation>La synchronisation s&apos;est arrêtée avant que ses jobs soient écrits.</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+19"/>
        <source>Cannot set the launcher of job %1</source>
        <translation>Impossible de définir le lanceur de la tâche %1</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="-11"/>
        <source>job not synced yet</source>
        <translation>tâche pas encore synchronisée</translation>
    </message>
    <message>
        <location filename="../models/store/jobrepository.cpp" line="+15"/>
        <source>Cannot read jobs</source>
        <translation>Impossible de lire les tâches</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot relink job %1</source>
        <translation>Impossible de relier à nouveau la tâche %1</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+1"/>
        <source>Cannot prepare the jobs table for a first import</source>
        <translation>Impossible de préparer la table des jobs pour un premier import</translation>
    </message>
    <message>
        <location filename="../models/correlation/jobswriter.cpp" line="+1"/>
        <source>Cannot build the jobs&apos; indexes</source>
        <translation>Impossible de construire les index des jobs</translation>
    </message>
</context>
<context>
    <name>Scimflow::JsonInput</name>
    <message>
        <location filename="../models/pipelines/jsoninput.cpp" line="+21"/>
        <source>%1 is %2 bytes, more than the limit of %3 bytes; fetch smaller pages or split the file.</source>
        <translation>%1 fait %2 octets, plus que la limite de %3 octets&#xa0;; récupérez des pages plus petites ou scindez le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 nests JSON deeper than %2 levels; it is not a document this source produces.</source>
        <translation>%1 imbrique du JSON sur plus de %2 niveaux&#xa0;; ce n&apos;est pas un document que cette source produit.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not valid JSON (line %2, column %3: %4).</source>
        <translation>%1 n&apos;est pas du JSON valide (ligne %2, colonne %3&#xa0;: %4).</translation>
    </message>
</context>
<context>
    <name>Scimflow::JwtAssertion</name>
    <message>
        <location filename="../models/net/jwtassertion.cpp" line="+31"/>
        <source>The private key is not an RSA private key in PEM form.</source>
        <translation>La clé privée n’est pas une clé privée RSA au format PEM.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The certificate is not an X.509 certificate in PEM form.</source>
        <translation>Le certificat n’est pas un certificat X.509 au format PEM.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not encode the certificate.</source>
        <translation>Impossible d’encoder le certificat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+6"/>
        <source>Could not sign the assertion.</source>
        <translation>Impossible de signer l’assertion.</translation>
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
        <translation>Import de scénario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GCP keys %1</source>
        <translation>Clés GCP %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub tokens %1</source>
        <translation>Jetons GitHub %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Identity provider (SCIM 2.0)</source>
        <translation>Fournisseur d&apos;identité (SCIM 2.0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity provider (Okta API and System Log)</source>
        <translation>Fournisseur d’identité (API Okta et System Log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>GitHub Actions</source>
        <translation>GitHub Actions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Google Cloud service accounts and keys of project %1</source>
        <translation>Comptes de service et clés Google Cloud du projet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub fine-grained tokens of organisation %1</source>
        <translation>Jetons GitHub à granularité fine de l’organisation %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+40"/>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Scimflow</source>
        <translation>Scimflow</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identities</source>
        <translation>Identités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Row counts</source>
        <translation>Nombre de lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current focus</source>
        <translation>Focus actuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading progress</source>
        <translation>Progression du chargement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync per source</source>
        <translation>Dernière synchronisation par source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading state</source>
        <translation>État du chargement</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export View…</source>
        <translation>&amp;Exporter la vue…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the rows of the view used last (or its selected rows, when several) to a CSV file</source>
        <translation>Écrire les lignes de la dernière vue utilisée (ou ses lignes sélectionnées, s&apos;il y en a plusieurs) dans un fichier CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Filter current view</source>
        <translation>&amp;Filtrer la vue actuelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear focus</source>
        <translation>&amp;Retirer le focus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the focus: every view shows all its rows again (Esc)</source>
        <translation>Retirer le focus&#xa0;: chaque vue affiche à nouveau toutes ses lignes (Échap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear all &amp;filters</source>
        <translation>Effacer &amp;tous les filtres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Empty the filter line of every view (Ctrl+Shift+F)</source>
        <translation>Vider la ligne de filtre de chaque vue (Ctrl+Maj+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Identities</source>
        <translation>&amp;Identités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Jobs</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Credentials</source>
        <translation>&amp;Identifiants</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Status bar</source>
        <translation>&amp;Barre d&apos;état</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Pane</source>
        <translation>Volet &amp;suivant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Previous Pane</source>
        <translation>Volet &amp;précédent</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the user guide (the README)</source>
        <translation>Ouvrir le guide de l&apos;utilisateur (le README)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Scimflow</source>
        <translation>À &amp;propos de Scimflow</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export View</source>
        <translation>Exporter la vue</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync (UTC): %1</source>
        <translation>Dernière synchronisation (UTC) : %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last successful sync per source:</source>
        <translation>Dernière synchronisation réussie par source :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never (every sync failed)</source>
        <translation>jamais (toutes les synchronisations ont échoué)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet: Connection &gt; Sync Now (F5) fetches the data</source>
        <translation>aucune pour l&apos;instant : Connexion &gt; Synchroniser maintenant (F5) récupère les données</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 identities</source>
        <translation>%1 identités sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 roles</source>
        <translation>%1 rôles sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 jobs</source>
        <translation>%1 tâches sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 of %2 credentials</source>
        <translation>%1 sur %2 identifiants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds no identities or jobs yet: start with --demo, or import a scenario with &quot;scimflow scenario&quot;.</source>
        <translation>%1 ne contient encore aucune identité ni tâche&#xa0;: démarrez avec --demo, ou importez un scénario avec «&#xa0;scimflow scenario&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loaded %1</source>
        <translation>%1 chargé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Loading failed: %1</source>
        <translation>Échec du chargement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No focus: select a row to link the views</source>
        <translation>Aucun focus&#xa0;: sélectionnez une ligne pour lier les vues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus: %1 (%2) — Esc clears</source>
        <translation>Focus&#xa0;: %1 (%2) — Échap le retire</translation>
    </message>
    <message>
        <location line="-512"/>
        <source>Entra ID</source>
        <translation>Entra ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>target %1</source>
        <translation>cible %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Identity provider (Microsoft Graph and directory audits)</source>
        <translation>Fournisseur d’identité (Microsoft Graph et audits d’annuaire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SCIM provisioning target %1</source>
        <translation>Cible de provisionnement SCIM %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::OAuthClientCredentials</name>
    <message>
        <location filename="../models/net/authprovider.cpp" line="+94"/>
        <source>The HTTP client is gone.</source>
        <translation>Le client HTTP n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Could not obtain an OAuth access token: %1</source>
        <translation>Impossible d&apos;obtenir un jeton d&apos;accès OAuth&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token endpoint refused the client credentials (HTTP %1%2); check the client id, secret and scope.</source>
        <translation>Le point d&apos;accès du jeton a refusé les identifiants client (HTTP %1%2)&#xa0;; vérifiez l&apos;ID client, le secret et la portée.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaDirectoryReader</name>
    <message>
        <location filename="../models/idp/oktadirectoryreader.cpp" line="+59"/>
        <location line="+46"/>
        <source>The HTTP client is gone.</source>
        <translation>Le client HTTP n’existe plus.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Connected to the Okta org %1: its users and System Log can be read.</source>
        <translation>Connecté à l’organisation Okta %1 : ses utilisateurs et son System Log sont lisibles.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Reading Okta users</source>
        <translation>Lecture des utilisateurs Okta</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Reading Okta groups</source>
        <translation>Lecture des groupes Okta</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Reading Okta group members</source>
        <translation>Lecture des membres des groupes Okta</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Okta listed a group member without an id; nothing was changed.</source>
        <translation>Okta a listé un membre de groupe sans identifiant ; rien n’a été modifié.</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>The Okta System Log keeps %n days; this sync&apos;s log window starts on %1, so changes before %2 may be missing from the timeline.</source>
        <translation>
            <numerusform>Le System Log Okta conserve %n jour ; la fenêtre de journal de cette synchronisation commence le %1, des changements antérieurs au %2 peuvent donc manquer dans la chronologie.</numerusform>
            <numerusform>Le System Log Okta conserve %n jours ; la fenêtre de journal de cette synchronisation commence le %1, des changements antérieurs au %2 peuvent donc manquer dans la chronologie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the Okta System Log</source>
        <translation>Lecture du System Log Okta</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Okta answered %1 with something that is not a JSON array (%2); nothing was changed.</source>
        <translation>Okta a répondu à %1 par autre chose qu’un tableau JSON (%2) ; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>another JSON value</source>
        <translation>une autre valeur JSON</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Okta&apos;s next-page link leads off the org (%1); the sync stopped and nothing was changed.</source>
        <translation>Le lien d’Okta vers la page suivante sort de l’organisation (%1) ; la synchronisation s’est arrêtée et rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Okta&apos;s next-page link for %1 repeats a page already read; the paging would never end, so the sync stopped and nothing was changed.</source>
        <translation>Le lien d’Okta vers la page suivante de %1 répète une page déjà lue ; la pagination ne finirait jamais, la synchronisation s’est donc arrêtée et rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Okta answered %1 with HTTP %2</source>
        <translation>Okta a répondu à %1 avec HTTP %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>. The token or service app lacks a permission this read needs (a read-only admin role, or the scopes okta.users.read, okta.groups.read and okta.logs.read).</source>
        <translation>. Il manque au jeton ou à l’application de service une autorisation nécessaire à cette lecture (un rôle d’administrateur en lecture seule, ou les scopes okta.users.read, okta.groups.read et okta.logs.read).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>okta: %1 users, %2 groups, %3 memberships; %4 log events (%5 deactivations)</source>
        <translation>okta : %1 utilisateurs, %2 groupes, %3 appartenances ; %4 événements du journal (%5 désactivations)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>La synchronisation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaFixConnector</name>
    <message>
        <location filename="../models/idp/oktafixconnector.cpp" line="+107"/>
        <location line="+64"/>
        <source>The Okta connection is gone.</source>
        <translation>La connexion Okta n’existe plus.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Reading %1 from Okta</source>
        <translation>Lecture de %1 dans Okta</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+9"/>
        <source>This connection cannot perform that fix.</source>
        <translation>Cette connexion ne peut pas effectuer cette correction.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>already in effect; nothing was sent</source>
        <translation>déjà en vigueur&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Okta refused %1</source>
        <translation>Okta a refusé %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaParser</name>
    <message>
        <location filename="../models/idp/oktaparser.cpp" line="+50"/>
        <source>An Okta user without an id.</source>
        <translation>Un utilisateur Okta sans identifiant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Okta user %1 has no profile.login.</source>
        <translation>L’utilisateur Okta %1 n’a pas de profile.login.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>An Okta group without an id.</source>
        <translation>Un groupe Okta sans identifiant.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageAssembler</name>
    <message>
        <location filename="../models/pipelines/openlineageassembler.cpp" line="+80"/>
        <source>no run.runId (not a RunEvent)</source>
        <translation>pas de run.runId (pas un RunEvent)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no job.name or job.namespace</source>
        <translation>pas de job.name ni de job.namespace</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no eventTime</source>
        <translation>pas de eventTime</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown eventType &quot;%1&quot;</source>
        <translation>eventType inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>more than %1 runs; split the file</source>
        <translation>plus de %1 exécutions&#xa0;; scindez le fichier</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageIntake</name>
    <message>
        <location filename="../app/openlineageintake.cpp" line="+46"/>
        <source>OpenLineage events for %1 are not received: its token could not be read (%2). Enter it again in the connection dialog.</source>
        <translation>Les événements OpenLineage pour %1 ne sont pas reçus : son jeton n&apos;a pas pu être lu (%2). Saisissez-le de nouveau dans la boîte de dialogue de connexion.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OpenLineage events for %1 are not received: %2</source>
        <translation>Les événements OpenLineage pour %1 ne sont pas reçus : %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on 127.0.0.1:%2</source>
        <translation>%1 sur 127.0.0.1:%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+6"/>
        <source>Received OpenLineage runs could not be saved: %1</source>
        <translation>Les exécutions OpenLineage reçues n&apos;ont pas pu être enregistrées : %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageParser</name>
    <message>
        <location filename="../models/pipelines/openlineageparser.cpp" line="+32"/>
        <source>The OpenLineage file is %1 bytes, more than the limit of %2 bytes; split the file.</source>
        <translation>Le fichier OpenLineage fait %1 octets, plus que la limite de %2 octets&#xa0;; scindez le fichier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The OpenLineage file</source>
        <translation>Le fichier OpenLineage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The OpenLineage file holds %1 events, more than the limit of %2.</source>
        <translation>Le fichier OpenLineage contient %1 événements, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>event %1</source>
        <translation>événement %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OpenLineage file holds %1 lines, more than the limit of %2.</source>
        <translation>Le fichier OpenLineage contient %1 lignes, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No line of the OpenLineage file is a RunEvent (%1). Check the file is newline-delimited JSON.</source>
        <translation>Aucune ligne du fichier OpenLineage n&apos;est un RunEvent (%1). Vérifiez que le fichier est du JSON délimité par des sauts de ligne.</translation>
    </message>
</context>
<context>
    <name>Scimflow::OpenLineageReceiver</name>
    <message>
        <location filename="../models/pipelines/openlineagereceiver.cpp" line="+32"/>
        <source>Cannot listen for OpenLineage events on 127.0.0.1:%1; choose another port.</source>
        <translation>Impossible d&apos;écouter les événements OpenLineage sur 127.0.0.1:%1&#xa0;; choisissez un autre port.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>missing or wrong bearer token</source>
        <translation>jeton Bearer absent ou erroné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the event is larger than %1 bytes</source>
        <translation>l&apos;événement dépasse %1 octets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The event</source>
        <translation>L&apos;événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the event is not a JSON object</source>
        <translation>l&apos;événement n&apos;est pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>Scimflow::OrphanedCredentialsReport</name>
    <message>
        <location filename="../models/reports/orphanedcredentialsreport.cpp" line="+57"/>
        <source>Service accounts without an owner or unused</source>
        <translation>Comptes de service sans propriétaire ou inutilisés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>idle after %1 days</source>
        <translation>inactif après %1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active service accounts with no owning group in the RBAC mapping, or whose last job ended more than %1 days before the end of the period. Assign an owner in the mapping or disable the account and revoke its keys.</source>
        <translation>Comptes de service actifs sans groupe propriétaire dans le mappage RBAC, ou dont la dernière tâche s&apos;est terminée plus de %1 jours avant la fin de la période. Attribuez un propriétaire dans le mappage ou désactivez le compte et révoquez ses clés.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orphaned or idle service accounts</source>
        <translation>Comptes de service orphelins ou inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service account</source>
        <translation>Compte de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner group</source>
        <translation>Groupe propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected role</source>
        <translation>Rôle attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last use</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>Dernière tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle (days)</source>
        <translation>Inactif (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every active service account has an owner and was used recently.</source>
        <translation>Chaque compte de service actif a un propriétaire et a été utilisé récemment.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no owner</source>
        <translation>aucun propriétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>idle</source>
        <translation>inactif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never used</source>
        <translation>jamais utilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Active service accounts reviewed</source>
        <translation>Comptes de service actifs examinés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orphaned or idle</source>
        <translation>Orphelins ou inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without owner</source>
        <translation>Sans propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never used</source>
        <translation>Jamais utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle limit (days)</source>
        <translation>Seuil d&apos;inactivité (jours)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Service accounts by days since last use</source>
        <translation>Comptes de service par jours depuis la dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accounts</source>
        <translation>comptes</translation>
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
        <translation>Clés et jetons : âge et expiration d&apos;après l&apos;inventaire cloud ; la dernière utilisation d&apos;une clé Google Cloud est un jour (Policy Analyzer).</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineFileImporter</name>
    <message>
        <location filename="../models/correlation/pipelinefileimporter.cpp" line="+30"/>
        <source>Cannot open the %1 %2: %3.</source>
        <translation>Impossible d&apos;ouvrir %1 %2&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The %1 %2 is %3 bytes, more than the limit of %4 bytes; split it.</source>
        <translation>%3 octets pour %1 %2, plus que la limite de %4 octets&#xa0;; scindez le fichier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OpenLineage file</source>
        <translation>le fichier OpenLineage</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>audit log export</source>
        <translation>l&apos;export du journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>RBAC mapping</source>
        <translation>Mappage RBAC</translation>
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
        <translation>%1 / %2 sur %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, and events received on 127.0.0.1:%2</source>
        <translation>%1, et événements reçus sur 127.0.0.1:%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>events received on 127.0.0.1:%1</source>
        <translation>événements reçus sur 127.0.0.1:%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the source a name.</source>
        <translation>Donnez un nom à la source.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Dataflow source needs the API URL, the project and the location.</source>
        <translation>Une source Dataflow a besoin de l&apos;URL de l&apos;API, du projet et de la région.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A GitHub source needs the API URL and a repository as OWNER/REPO.</source>
        <translation>Une source GitHub a besoin de l&apos;URL de l&apos;API et d&apos;un dépôt sous la forme OWNER/REPO.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An OpenLineage source needs an NDJSON file to import, a port to receive events on, or both.</source>
        <translation>Une source OpenLineage a besoin d&apos;un fichier NDJSON à importer, d&apos;un port pour recevoir des événements, ou des deux.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>Le port doit être compris entre 1 et 65535.</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineSourceDialog</name>
    <message>
        <location filename="../views/pipelinesourcedialog.cpp" line="+34"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pipeline source</source>
        <translation>Source de pipeline</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>https://logging.googleapis.com (default)</source>
        <translation>https://logging.googleapis.com (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>my-project</source>
        <translation>mon-projet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>europe-west1</source>
        <translation>europe-west1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner/repository</source>
        <translation>propriétaire/dépôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the OpenLineage file</source>
        <translation>Choisir le fichier OpenLineage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NDJSON &amp;file:</source>
        <translation>&amp;Fichier NDJSON :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>While the console is open, accept OpenLineage events on POST http://127.0.0.1:PORT/api/v1/lineage (loopback only).</source>
        <translation>Tant que la console est ouverte, accepter les événements OpenLineage sur POST http://127.0.0.1:PORT/api/v1/lineage (boucle locale uniquement).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Access token</source>
        <translation>Jeton d’accès</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Google credentials file</source>
        <translation>Fichier d’identifiants Google</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Credentials</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service-account key file or an authorized_user file (gcloud auth application-default login); its key or refresh token goes to the keychain and access tokens are requested from it as needed.</source>
        <translation>Un fichier de clé de compte de service ou un fichier authorized_user (gcloud auth application-default login)&#xa0;; sa clé ou son jeton d’actualisation va dans le trousseau et les jetons d’accès sont demandés avec au besoin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>service-account key or authorized_user JSON</source>
        <translation>clé de compte de service ou JSON authorized_user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the Google credentials file</source>
        <translation>Choisir le fichier d’identifiants Google</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credentials &amp;file:</source>
        <translation>&amp;Fichier d’identifiants&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataflow API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API Dataflow :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cloud &amp;Logging API URL:</source>
        <translation>URL de l&apos;API Cloud &amp;Logging :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Project:</source>
        <translation>&amp;Projet :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ocation:</source>
        <translation>&amp;Région :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GitHub API &amp;URL:</source>
        <translation>&amp;URL de l&apos;API GitHub :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receive on port:</source>
        <translation>Réce&amp;ption sur le port :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials:</source>
        <translation>&amp;Identifiants&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OpenLineage events</source>
        <translation>Événements OpenLineage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OpenLineage events (*.ndjson *.json);;All files (*)</source>
        <translation>Événements OpenLineage (*.ndjson *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Google credentials</source>
        <translation>Identifiants Google</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Google credentials (*.json);;All files (*)</source>
        <translation>Identifiants Google (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Optional: the bearer token senders must present</source>
        <translation>Facultatif : le jeton porteur que les expéditeurs doivent présenter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Personal access token (optional for public repositories)</source>
        <translation>Jeton d&apos;accès personnel (facultatif pour les dépôts publics)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OAuth 2.0 access token</source>
        <translation>Jeton d&apos;accès OAuth 2.0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stored; type a new one to replace it</source>
        <translation>Enregistré ; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Choose the Google credentials file: a service-account key or an authorized_user file.</source>
        <translation>Choisissez le fichier d’identifiants Google&#xa0;: une clé de compte de service ou un fichier authorized_user.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the access token that replaces the credentials file.</source>
        <translation>Saisissez le jeton d’accès qui remplace le fichier d’identifiants.</translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineSyncJob</name>
    <message numerus="yes">
        <location filename="../models/sync/pipelinesyncjob.cpp" line="+69"/>
        <source>Cancelled before %n pipeline source(s) were read; their jobs are unchanged.</source>
        <translation>
            <numerusform>Annulé avant la lecture de %n source de pipeline ; ses jobs sont inchangés.</numerusform>
            <numerusform>Annulé avant la lecture de %n sources de pipeline ; leurs jobs sont inchangés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Reading %1 (%2)…</source>
        <translation>Lecture de %1 (%2)…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reading %1: %2 jobs read so far…</source>
        <translation>Lecture de %1 : %2 jobs lus jusqu&apos;ici…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Saving the jobs of %1…</source>
        <translation>Enregistrement des jobs de %1…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::PrivilegedDriftRule</name>
    <message>
        <location filename="../models/drift/privilegeddriftrule.cpp" line="+56"/>
        <source>%1 is %2 but still a member of the privileged group %3; remove the membership.</source>
        <translation>%1 est %2 mais toujours membre du groupe privilégié %3&#xa0;; retirez cette appartenance.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The department of %1 changed (now %2) while a member of the privileged group %3; review whether the membership is still needed.</source>
        <translation>Le service de %1 a changé (désormais %2) alors qu&apos;il est membre du groupe privilégié %3&#xa0;; vérifiez si cette appartenance est toujours nécessaire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is a member of the privileged group %2 but no change record shows the addition; confirm who granted it.</source>
        <translation>%1 est membre du groupe privilégié %2 mais aucun enregistrement de modification ne montre l&apos;ajout&#xa0;; confirmez qui l&apos;a accordé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was removed from the privileged group %2 without a change record; confirm the removal was intended.</source>
        <translation>%1 a été retiré du groupe privilégié %2 sans enregistrement de modification&#xa0;; confirmez que ce retrait était voulu.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ProvisioningDriftRule</name>
    <message>
        <location filename="../models/drift/provisioningdriftrule.cpp" line="+108"/>
        <source>The account %1 in SCIM target %2 matches no user of the identity provider (by externalId, userName or email) and is active: an orphan the IdP does not manage. Remove it in the target or link it to its IdP user.</source>
        <translation>Le compte %1 de la cible SCIM %2 ne correspond à aucun utilisateur du fournisseur d’identité (par externalId, userName ou e-mail) et il est actif&#xa0;: un compte orphelin que l’IdP ne gère pas. Supprimez-le dans la cible ou reliez-le à son utilisateur IdP.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was %2 in the identity provider at %3 but is still active in SCIM target %4, past the provisioning SLA of %5 minutes: the deprovisioning did not reach the target.</source>
        <translation>%1 a été %2 dans le fournisseur d’identité le %3 mais reste actif dans la cible SCIM %4 au-delà du SLA de provisionnement de %5 minutes&#xa0;: le déprovisionnement n’a pas atteint la cible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 was %2 in the identity provider at %3 by %6 but is still active in SCIM target %4, past the provisioning SLA of %5 minutes: the deprovisioning did not reach the target.</source>
        <translation>%1 a été %2 dans le fournisseur d’identité le %3 par %6 mais reste actif dans la cible SCIM %4 au-delà du SLA de provisionnement de %5 minutes&#xa0;: le déprovisionnement n’a pas atteint la cible.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>%1 is a member of %2 in SCIM target %3, but the identity provider does not grant that group: the target kept a membership the IdP removed, or it was added in the target by hand.</source>
        <translation>%1 est membre de %2 dans la cible SCIM %3, mais le fournisseur d’identité n’accorde pas ce groupe&#xa0;: la cible a gardé une appartenance que l’IdP a retirée, ou elle y a été ajoutée à la main.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The schemas SCIM target %1 serves changed between its last two syncs (%2 added, %3 removed): attributes the IdP pushes may now be dropped or rejected.</source>
        <translation>Les schémas que sert la cible SCIM %1 ont changé entre ses deux dernières synchronisations (%2 ajoutés, %3 retirés)&#xa0;: des attributs envoyés par l’IdP peuvent maintenant être ignorés ou refusés.</translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingDialog</name>
    <message>
        <location filename="../views/rbacmappingdialog.cpp" line="+32"/>
        <source>RBAC Mapping</source>
        <translation>Mappage RBAC</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Mapping text</source>
        <translation>Texte du mappage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{&quot;version&quot;: 1, &quot;groups&quot;: {...}, &quot;serviceAccounts&quot;: [...]}</source>
        <translation>{&quot;version&quot;: 1, &quot;groups&quot;: {...}, &quot;serviceAccounts&quot;: [...]}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Validation errors</source>
        <translation>Erreurs de validation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Validate</source>
        <translation>&amp;Valider</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the mapping (F7)</source>
        <translation>Vérifier le mappage (F7)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as New Version</source>
        <translation>Enregistrer comme nouvelle ve&amp;rsion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Store the mapping as a new version and apply it (Ctrl+S)</source>
        <translation>Enregistrer le mappage comme nouvelle version et l&apos;appliquer (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Errors:</source>
        <translation>Erreurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The mapping cannot be read: %1</source>
        <translation>Le mappage ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Version %1, saved %2 by %3</source>
        <translation>Version %1, enregistrée %2 par %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No mapping saved yet. Write one and save it as version 1.</source>
        <translation>Aucun mappage enregistré pour l&apos;instant. Rédigez-en un et enregistrez-le comme version 1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The mapping is empty.</source>
        <translation>Le mappage est vide.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n error(s): fix them before saving. Click an error to go to its line.</source>
        <translation>
            <numerusform>%n erreur&#xa0;: corrigez-la avant d&apos;enregistrer. Cliquez sur une erreur pour aller à sa ligne.</numerusform>
            <numerusform>%n erreurs&#xa0;: corrigez-les avant d&apos;enregistrer. Cliquez sur une erreur pour aller à sa ligne.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Valid: %1 groups, %2 service accounts, %3 privileged groups, %4 aliases.</source>
        <translation>Valide&#xa0;: %1 groupes, %2 comptes de service, %3 groupes privilégiés, %4 alias.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No changes: version %1 is already current.</source>
        <translation>Aucune modification&#xa0;: la version %1 est déjà la version en vigueur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved as version %1: %2 service accounts and %3 group roles applied, %4 jobs relinked.</source>
        <translation>Enregistré comme version %1&#xa0;: %2 comptes de service et %3 rôles de groupe appliqués, %4 tâches reliées à nouveau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Warnings:</source>
        <translation>Avertissements&#xa0;:</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Saving a new version and relinking the jobs to it…</source>
        <translation>Enregistrement d&apos;une nouvelle version et nouvelle liaison des jobs…</translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingParser</name>
    <message>
        <location filename="../models/correlation/rbacmapping.cpp" line="+44"/>
        <source>%1 must be a list of names, not %2</source>
        <translation>%1 doit être une liste de noms, et non %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must hold non-empty names; this entry is %2</source>
        <translation>%1 doit contenir des noms non vides&#xa0;; cette entrée est %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the mapping is larger than %1 MB</source>
        <translation>le mappage dépasse %1 Mo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the mapping must be an object with &quot;version&quot;, &quot;groups&quot; and &quot;serviceAccounts&quot;</source>
        <translation>le mappage doit être un objet avec «&#xa0;version&#xa0;», «&#xa0;groups&#xa0;» et «&#xa0;serviceAccounts&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1&quot;; expected one of %2</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;»&#xa0;; attendu&#xa0;: une parmi %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;version&quot; is missing; write &quot;version&quot;: %1</source>
        <translation>«&#xa0;version&#xa0;» manque&#xa0;; écrivez &quot;version&quot;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;version&quot; must be %1</source>
        <translation>«&#xa0;version&#xa0;» doit valoir %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;groups&quot; must map group names to lists of roles, not %1</source>
        <translation>«&#xa0;groups&#xa0;» doit associer des noms de groupe à des listes de rôles, et non %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a group name is empty</source>
        <translation>un nom de groupe est vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the roles of group &quot;%1&quot;</source>
        <translation>les rôles du groupe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a role name (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de rôle (lettres, chiffres, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;, &apos;/&apos;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;groups&quot; is missing; map each IdP group to its pipeline roles</source>
        <translation>«&#xa0;groups&#xa0;» manque&#xa0;; associez chaque groupe de l&apos;IdP à ses rôles de pipeline</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;serviceAccounts&quot; must be a list, not %1</source>
        <translation>«&#xa0;serviceAccounts&#xa0;» doit être une liste, et non %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a service account must be an object with &quot;email&quot;, &quot;owner&quot; and &quot;role&quot;</source>
        <translation>un compte de service doit être un objet avec «&#xa0;email&#xa0;», «&#xa0;owner&#xa0;» et «&#xa0;role&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; in a service account; expected email, owner, role</source>
        <translation>clé inconnue «&#xa0;%1&#xa0;» dans un compte de service&#xa0;; attendu&#xa0;: email, owner, role</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; must be a string, not %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne, et non %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>a service account has no &quot;email&quot;</source>
        <translation>un compte de service n&apos;a pas d&apos;«&#xa0;email&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an email address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a role name</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de rôle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the service account %1 is listed twice</source>
        <translation>le compte de service %1 est listé deux fois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;serviceAccounts&quot; is missing; write &quot;serviceAccounts&quot;: [] if there are none</source>
        <translation>«&#xa0;serviceAccounts&#xa0;» manque&#xa0;; écrivez &quot;serviceAccounts&quot;: [] s&apos;il n&apos;y en a aucun</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;privilegedGroups&quot;</source>
        <translation>«&#xa0;privilegedGroups&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;aliases&quot; must map logins to IdP userNames, not %1</source>
        <translation>«&#xa0;aliases&#xa0;» doit associer des identifiants de connexion à des userNames de l&apos;IdP, et non %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the alias &quot;%1&quot; must name an IdP userName</source>
        <translation>l&apos;alias «&#xa0;%1&#xa0;» doit désigner un userName de l&apos;IdP</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;matchBy&quot;</source>
        <translation>« matchBy »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; cannot be matched; &quot;matchBy&quot; lists some of %2</source>
        <translation>« %1 » ne peut pas servir à la correspondance ; « matchBy » liste certaines de ces valeurs : %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;matchBy&quot; is empty: no principal could match anyone; leave it out to match by every key</source>
        <translation>« matchBy » est vide : aucun principal ne pourrait correspondre à personne ; omettez-le pour utiliser toutes les clés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;openLineage&quot; must be an object with &quot;principalPaths&quot;, &quot;runAsPaths&quot; and &quot;namespaces&quot;, not %1</source>
        <translation>« openLineage » doit être un objet avec « principalPaths », « runAsPaths » et « namespaces », pas %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;principalPaths&quot;</source>
        <translation>« principalPaths »</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;runAsPaths&quot;</source>
        <translation>« runAsPaths »</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;namespaces&quot; must map job namespaces to principals, not %1</source>
        <translation>« namespaces » doit associer des espaces de noms de jobs à des principaux, pas %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the namespace &quot;%1&quot; must name a principal</source>
        <translation>l&apos;espace de noms « %1 » doit nommer un principal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown key &quot;%1&quot; in &quot;openLineage&quot;; expected principalPaths, runAsPaths, namespaces</source>
        <translation>clé inconnue « %1 » dans « openLineage » ; attendu : principalPaths, runAsPaths, namespaces</translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingRepository</name>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+33"/>
        <source>Cannot read the RBAC mapping</source>
        <translation>Impossible de lire le mappage RBAC</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Cannot read groups</source>
        <translation>Impossible de lire les groupes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot replace the group roles</source>
        <translation>Impossible de remplacer les rôles des groupes</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+56"/>
        <source>The group &quot;%1&quot; is not in the IdP snapshot; its roles apply once it is.</source>
        <translation>Le groupe «&#xa0;%1&#xa0;» n&apos;est pas dans l&apos;instantané de l&apos;IdP&#xa0;; ses rôles s&apos;appliqueront dès qu&apos;il y sera.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+7"/>
        <source>Cannot write the group roles</source>
        <translation>Impossible d&apos;écrire les rôles des groupes</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+14"/>
        <source>The privileged group &quot;%1&quot; is not in the IdP snapshot.</source>
        <translation>Le groupe privilégié «&#xa0;%1&#xa0;» n&apos;est pas dans l&apos;instantané de l&apos;IdP.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+12"/>
        <source>Cannot update service accounts</source>
        <translation>Impossible de mettre à jour les comptes de service</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+11"/>
        <source>Line %1: the owner &quot;%2&quot; of %3 is not in the IdP snapshot; the account is treated as unowned.</source>
        <translation>Ligne %1&#xa0;: le propriétaire «&#xa0;%2&#xa0;» de %3 n&apos;est pas dans l&apos;instantané de l&apos;IdP&#xa0;; le compte est traité comme sans propriétaire.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+12"/>
        <source>Cannot write service accounts</source>
        <translation>Impossible d&apos;écrire les comptes de service</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>Cannot read the RBAC mapping history</source>
        <translation>Impossible de lire l&apos;historique du mappage RBAC</translation>
    </message>
    <message>
        <location filename="../models/correlation/rbacmappingrepository.cpp" line="+45"/>
        <source>The RBAC mapping has errors; fix them and save again:
%1</source>
        <translation>Le mappage RBAC contient des erreurs&#xa0;; corrigez-les et enregistrez à nouveau&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot start a transaction to save the RBAC mapping.</source>
        <translation>Impossible de démarrer une transaction pour enregistrer le mappage RBAC.</translation>
    </message>
    <message>
        <location filename="../models/store/rbacmappingtables.cpp" line="+20"/>
        <source>Cannot store the RBAC mapping</source>
        <translation>Impossible d&apos;enregistrer le mappage RBAC</translation>
    </message>
</context>
<context>
    <name>Scimflow::RemediationPlanDialog</name>
    <message>
        <location filename="../views/remediationplandialog.cpp" line="+19"/>
        <source>Apply Remediation Plan: %1</source>
        <translation>Appliquer le plan de remédiation : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Campaign %1 has %n revocation(s) not applied yet.</source>
        <translation>
            <numerusform>La campagne %1 a %n révocation pas encore appliquée.</numerusform>
            <numerusform>La campagne %1 a %n révocations pas encore appliquées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) will be sent, one after the other, each with an intent and an outcome entry in the audit log; the others are recorded as not supported. Items already applied are not listed.</source>
        <translation>
            <numerusform>%n modification sera envoyée, avec une entrée d’intention et une entrée de résultat dans le journal d’audit ; les autres sont enregistrées comme non prises en charge. Les éléments déjà appliqués ne sont pas listés.</numerusform>
            <numerusform>%n modifications seront envoyées l’une après l’autre, chacune avec une entrée d’intention et une entrée de résultat dans le journal d’audit ; les autres sont enregistrées comme non prises en charge. Les éléments déjà appliqués ne sont pas listés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changes to send</source>
        <translation>Modifications à envoyer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not supported: %1</source>
        <translation>Non pris en charge : %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Why (kept in the audit log with every change), e.g. the ticket number</source>
        <translation>Pourquoi (conservé dans le journal d’audit avec chaque modification), p. ex. le numéro de ticket</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access review &quot;%1&quot;, campaign %2</source>
        <translation>revue des accès « %1 », campagne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I have &amp;reviewed every change and want to send them</source>
        <translation>J’ai &amp;vérifié chaque modification et je veux les envoyer</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&amp;Apply to %n Item(s)</source>
        <translation>
            <numerusform>&amp;Appliquer à %n élément</numerusform>
            <numerusform>&amp;Appliquer à %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>Scimflow::RemediationRun</name>
    <message>
        <location filename="../models/reviews/remediationrun.cpp" line="+50"/>
        <source>no connection of this console can carry it out</source>
        <translation>aucune connexion de cette console ne peut l’effectuer</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1; recording the result failed: %2</source>
        <translation>%1 ; l’enregistrement du résultat a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportData</name>
    <message>
        <location filename="../models/reports/reportdata.cpp" line="+296"/>
        <source>Service-account keys and tokens</source>
        <translation>Clés et jetons des comptes de service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key or token</source>
        <translation>Clé ou jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account or owner</source>
        <translation>Compte ou propriétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project or organisation</source>
        <translation>Projet ou organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Age (days)</source>
        <translation>Âge (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last use</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No user-managed keys or tokens were inventoried.</source>
        <translation>Aucune clé gérée par l&apos;utilisateur ni aucun jeton n&apos;a été inventorié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>enabled</source>
        <translation>activé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owner %1 left</source>
        <translation>le propriétaire %1 est parti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>GCP key</source>
        <translation>Clé GCP</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GitHub token</source>
        <translation>Jeton GitHub</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none recorded</source>
        <translation>aucune enregistrée</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportHtmlWriter</name>
    <message>
        <location filename="../models/reports/reporthtmlwriter.cpp" line="+58"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sync</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings computed</source>
        <translation>Constats calculés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain head</source>
        <translation>Tête de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>%1 more rows are in the exported report.</source>
        <translation>%1 lignes supplémentaires figurent dans le rapport exporté.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportJob</name>
    <message>
        <location filename="../models/reports/reportjob.cpp" line="+51"/>
        <source>The database %1 does not exist; sync or open a database first.</source>
        <translation>La base de données %1 n&apos;existe pas&#xa0;; synchronisez ou ouvrez d&apos;abord une base.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reading the database</source>
        <translation>Lecture de la base de données</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Laying out pages</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportPageLayout</name>
    <message>
        <location filename="../models/reports/reportpagelayout.cpp" line="+154"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data freshness</source>
        <translation>Fraîcheur des données</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings computed</source>
        <translation>Constats calculés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not recorded</source>
        <translation>non enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit chain head</source>
        <translation>Tête de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Period %1 to %2</source>
        <translation>Période du %1 au %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Generated %1 by Scimflow - audit chain head: %2</source>
        <translation>Généré %1 par Scimflow - tête de la chaîne d&apos;audit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>seq %1</source>
        <translation>n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 rows)</source>
        <translation>%1 (%2 lignes)</translation>
    </message>
</context>
<context>
    <name>Scimflow::Reports</name>
    <message>
        <location filename="../models/reports/deprovisioningreport.cpp" line="-183"/>
        <source>none</source>
        <translation>aucun</translation>
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
        <translation>1-3 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3-7 d</source>
        <translation>3-7 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&gt; 7 d</source>
        <translation>&gt; 7 j</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1, reactivated %2</source>
        <translation>%1, réactivé %2</translation>
    </message>
    <message>
        <location filename="../models/reports/reportbuilder.cpp" line="+47"/>
        <location filename="../models/reports/reportdata.cpp" line="-302"/>
        <location filename="../models/reports/reportpdfwriter.cpp" line="+16"/>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportcsvwriter.cpp" line="+17"/>
        <location filename="../models/reports/reportexporter.cpp" line="+19"/>
        <location filename="../models/reports/reportpdfwriter.cpp" line="+39"/>
        <source>Cannot write %1: %2. Choose another folder or free some disk space.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier ou libérez de l&apos;espace disque.</translation>
    </message>
    <message>
        <location filename="../models/reports/reportdata.cpp" line="+59"/>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (check with: scimflow audit verify --head %1)</source>
        <translation>%1 (vérifier avec&#xa0;: scimflow audit verify --head %1)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Warning: the findings are older than the last successful sync (%1). Run scimflow findings --recompute, or Recompute in the console, before relying on the findings in this report.</source>
        <translation>Attention&#xa0;: les constats sont antérieurs à la dernière synchronisation réussie (%1). Exécutez scimflow findings --recompute, ou Recalculer dans la console, avant de vous fier aux constats de ce rapport.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Warning: the audit log&apos;s recorded head is %1 but its last entry is %2. Run scimflow audit verify before relying on this report.</source>
        <translation>Avertissement&#xa0;: la tête enregistrée du journal d&apos;audit est %1 mais sa dernière entrée est %2. Lancez scimflow audit verify avant de vous fier à ce rapport.</translation>
    </message>
    <message>
        <location line="+260"/>
        <source>, acknowledged</source>
        <translation>, accepté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, resolved</source>
        <translation>, résolu</translation>
    </message>
    <message>
        <location filename="../models/reports/reportoptions.cpp" line="+19"/>
        <source>Access review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovisioning timeliness</source>
        <translation>Délais de déprovisionnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orphaned credentials</source>
        <translation>Identifiants orphelins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GDPR processing and retention</source>
        <translation>RGPD&#xa0;: traitements et conservation</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>roles/groups %1</source>
        <translation>rôles/groupes %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>pipeline source %1</source>
        <translation>source de pipeline %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all identities and pipeline sources</source>
        <translation>toutes les identités et sources de pipeline</translation>
    </message>
    <message>
        <location filename="../models/reports/reportpdfwriter.cpp" line="-26"/>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot start the PDF %1.</source>
        <translation>Impossible de commencer le PDF %1.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReportsDialog</name>
    <message>
        <location filename="../views/reportsdialog.cpp" line="+46"/>
        <source>Compliance reports</source>
        <translation>Rapports de conformité</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Compliance &amp;reports...</source>
        <translation>&amp;Rapports de conformité...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access review, deprovisioning, orphaned credentials and GDPR reports</source>
        <translation>Rapports de revue des accès, de déprovisionnement, d&apos;identifiants orphelins et RGPD</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter to date</source>
        <translation>Trimestre en cours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period preset</source>
        <translation>Période prédéfinie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Period start</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period end (inclusive)</source>
        <translation>Fin de la période (incluse)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All identities</source>
        <translation>Toutes les identités</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Roles or groups</source>
        <translation>Rôles ou groupes</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>Pipeline source</source>
        <translation>Source de pipeline</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. dataflow.admin, data-engineering</source>
        <translation>p. ex. dataflow.admin, data-engineering</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roles or groups, comma separated</source>
        <translation>Rôles ou groupes, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deprovisioning SLA in hours</source>
        <translation>SLA de déprovisionnement en heures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle limit in days</source>
        <translation>Seuil d&apos;inactivité en jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Scope:</source>
        <translation>Périmè&amp;tre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deprovisioning S&amp;LA:</source>
        <translation>S&amp;LA de déprovisionnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Idle after:</source>
        <translation>&amp;Inactif après&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
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
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export...</source>
        <translation>&amp;Exporter...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel report</source>
        <translation>Annuler le rapport</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report page preview</source>
        <translation>Aperçu des pages du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a report and press Preview.</source>
        <translation>Choisissez un rapport et cliquez sur Aperçu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Starting...</source>
        <translation>Démarrage...</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview ready.</source>
        <translation>Aperçu prêt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>The console now shows %1: Preview builds the report from it.</source>
        <translation>La console affiche maintenant %1 : « Aperçu » construit le rapport à partir de celle-ci.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewCampaignDialog</name>
    <message>
        <location filename="../views/reviewcampaigndialog.cpp" line="+44"/>
        <source>Correct Campaign %1</source>
        <translation>Corriger la campagne %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Access Review Campaign</source>
        <translation>Nouvelle campagne de revue des accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (correction)</source>
        <translation>%1 (correction)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Q4 2026 pipeline access</source>
        <translation>p. ex. accès aux pipelines T4 2026</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Group &amp;memberships that grant a pipeline role</source>
        <translation>&amp;Appartenances à des groupes donnant un rôle de pipeline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Service accounts (owner and role)</source>
        <translation>&amp;Comptes de service (propriétaire et rôle)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keys and tokens of the credential inventory</source>
        <translation>Clés et &amp;jetons de l’inventaire des identifiants</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scope:</source>
        <translation>Périmètre :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every pipeline role; or e.g. dataflow.admin, dataflow.developer</source>
        <translation>tous les rôles de pipeline ; ou p. ex. dataflow.admin, dataflow.developer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles in scope</source>
        <translation>Rôles de pipeline du périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline &amp;roles:</source>
        <translation>&amp;Rôles de pipeline :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every IdP group; or a comma-separated list</source>
        <translation>tous les groupes IdP ; ou une liste séparée par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP groups in scope</source>
        <translation>Groupes IdP du périmètre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IdP &amp;groups:</source>
        <translation>&amp;Groupes IdP :</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Review period start</source>
        <translation>Début de la période revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review period end</source>
        <translation>Fin de la période revue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Period (UTC):</source>
        <translation>&amp;Période (UTC) :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>names or IdP identities, comma-separated; items are shared among them</source>
        <translation>noms ou identités IdP, séparés par des virgules ; les éléments sont répartis entre eux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewers</source>
        <translation>Réviseurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;viewers:</source>
        <translation>Ré&amp;viseurs :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommend revoking access unused for</source>
        <translation>Recommander le retrait des accès inutilisés depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke when &amp;unused for:</source>
        <translation>Retirer si &amp;inutilisé depuis :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Corrects:</source>
        <translation>Corrige :</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>campaign %1, %2, signed off by %3</source>
        <translation>campagne %1, %2, validée par %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What is missing</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Create Campaign</source>
        <translation>&amp;Créer la campagne</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the campaign a name.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one kind of access to review.</source>
        <translation>Choisissez au moins un type d’accès à revoir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewController</name>
    <message>
        <location filename="../app/reviewcontroller.cpp" line="+43"/>
        <source>&amp;Access Review…</source>
        <translation>&amp;Revue des accès…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Run an access review campaign: decide on each access, sign off, revoke and export the evidence pack.</source>
        <translation>Mener une campagne de revue des accès : décider de chaque accès, valider, retirer et exporter le dossier de preuves.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+14"/>
        <source>Access Review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No database is open.</source>
        <translation>Aucune base de données n’est ouverte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Q4 pipeline access</source>
        <translation>Accès aux pipelines T4</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>Campaign %1 created with %n item(s).</source>
        <translation>
            <numerusform>Campagne %1 créée avec %n élément.</numerusform>
            <numerusform>Campagne %1 créée avec %n éléments.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Creating the campaign was cancelled; nothing was saved.</source>
        <translation>La création de la campagne a été annulée ; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New Campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Sign Off</source>
        <translation>Valider</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed Off</source>
        <translation>Validée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign %1 is signed off. Digest %2 is in audit entry %3.</source>
        <translation>La campagne %1 est validée. L’empreinte %2 figure dans l’entrée d’audit %3.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+28"/>
        <source>Apply Revocation</source>
        <translation>Appliquer le retrait</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>This revocation cannot be carried out from Scimflow: %1.</source>
        <translation>Ce retrait ne peut pas être effectué depuis Scimflow : %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Revoke decision of access review &quot;%1&quot; (item %2): %3 loses %4. Justification: %5</source>
        <translation>Décision de retrait de la revue des accès « %1 » (élément %2) : %3 perd %4. Justification : %5</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>access review &quot;%1&quot;, campaign %2, item %3</source>
        <translation>revue des accès « %1 », campagne %2, élément %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Export Evidence Pack: Choose an Empty Folder</source>
        <translation>Exporter le dossier de preuves : choisir un dossier vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>Export Evidence Pack</source>
        <translation>Exporter le dossier de preuves</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The evidence pack is in %1 (%2, digest %3). The auditor checks it with scimflow review verify.</source>
        <translation>Le dossier de preuves est dans %1 (%2, empreinte %3). L’auditeur le vérifie avec scimflow review verify.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The pack in %1 does not verify: %2</source>
        <translation>Le dossier dans %1 ne se vérifie pas : %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>The export was cancelled; the folder was left as it was.</source>
        <translation>L’export a été annulé ; le dossier est resté tel quel.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+7"/>
        <location line="+4"/>
        <location line="+17"/>
        <location line="+24"/>
        <source>Apply Remediation Plan</source>
        <translation>Appliquer le plan de remédiation</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Sign the campaign off first: the plan carries out its final decisions.</source>
        <translation>Validez d’abord la campagne : le plan exécute ses décisions définitives.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Every revocation of this campaign is applied already.</source>
        <translation>Toutes les révocations de cette campagne sont déjà appliquées.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Applying the revocations… Cancel stops after the current item.</source>
        <translation>Application des révocations… Annuler s’arrête après l’élément en cours.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applied: %1. Failed: %2. Not found: %3. Not supported: %4. Not tried: %5.</source>
        <translation>Appliquées : %1. Échouées : %2. Introuvables : %3. Non prises en charge : %4. Non tentées : %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Each item shows its result. Apply the plan again to retry the failed items and carry out those not tried; applied ones are skipped.</source>
        <translation>Chaque élément affiche son résultat. Appliquez de nouveau le plan pour réessayer les éléments échoués et effectuer ceux non tentés ; les éléments appliqués sont ignorés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each item shows its result.</source>
        <translation>Chaque élément affiche son résultat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewItemModel</name>
    <message>
        <location filename="../models/reviews/reviewitemmodel.cpp" line="+57"/>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoke</source>
        <translation>retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>needs info</source>
        <translation>infos requises</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (privileged)</source>
        <translation>%1 (privilégié)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline roles</source>
        <translation>Rôles de pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last used (UTC)</source>
        <translation>Dernière utilisation (UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jobs in period</source>
        <translation>Jobs sur la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remediation</source>
        <translation>Remédiation</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewJob</name>
    <message>
        <location filename="../models/reviews/reviewjob.cpp" line="+20"/>
        <source>The database %1 does not exist; sync or open a database first.</source>
        <translation>La base de données %1 n’existe pas ; synchronisez ou ouvrez d’abord une base de données.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Generating the items from the store</source>
        <translation>Génération des éléments à partir de la base</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Verifying the pack</source>
        <translation>Vérification du dossier</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewRemediation</name>
    <message>
        <location filename="../models/reviews/reviewremediation.cpp" line="+30"/>
        <source>the user or the group is no longer in the store</source>
        <translation>l’utilisateur ou le groupe n’est plus dans la base</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not in the Google Cloud IAM inventory; disable it in its own console</source>
        <translation>%1 n’est pas dans l’inventaire IAM de Google Cloud ; désactivez-le dans sa propre console</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the credential is no longer in the inventory</source>
        <translation>l’identifiant n’est plus dans l’inventaire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>token %1 of %2</source>
        <translation>jeton %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a key managed by Google Cloud cannot be disabled</source>
        <translation>une clé gérée par Google Cloud ne peut pas être désactivée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>key %1 of %2</source>
        <translation>clé %1 de %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewRules</name>
    <message>
        <location filename="../models/domain/reviewrules.cpp" line="+21"/>
        <source>the IdP user is %1: access should not outlive the account</source>
        <translation>l’utilisateur IdP est %1 : un accès ne doit pas survivre au compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service account is disabled</source>
        <translation>le compte de service est désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the service account has no owning group</source>
        <translation>le compte de service n’a pas de groupe propriétaire</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open finding(s) against this identity</source>
        <translation>
            <numerusform>%n constat ouvert sur cette identité</numerusform>
            <numerusform>%n constats ouverts sur cette identité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no job ever ran under this access (idle after %n day(s))</source>
        <translation>
            <numerusform>aucun job n’a jamais tourné sous cet accès (inutilisé après %n jour)</numerusform>
            <numerusform>aucun job n’a jamais tourné sous cet accès (inutilisé après %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no job in %1 days under this access (idle after %2)</source>
        <translation>aucun job depuis %1 jours sous cet accès (inutilisé après %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>used %n day(s) ago; %1 job(s) in the period</source>
        <translation>
            <numerusform>utilisé il y a %n jour ; %1 job(s) sur la période</numerusform>
            <numerusform>utilisé il y a %n jours ; %1 job(s) sur la période</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose keep, revoke or needs-info.</source>
        <translation>Choisissez keep, revoke ou needs-info.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>keeping privileged access</source>
        <translation>conserver un accès privilégié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deciding against the recommendation (%1)</source>
        <translation>décider contre la recommandation (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item %1 (%2, %3): %4 needs a justification.</source>
        <translation>Élément %1 (%2, %3) : %4 demande une justification.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewWindow</name>
    <message>
        <location filename="../views/reviewwindow.cpp" line="+102"/>
        <source>Access Review</source>
        <translation>Revue des accès</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign state</source>
        <translation>État de la campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reviewer deciding</source>
        <translation>Réviseur qui décide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>your name or IdP identity</source>
        <translation>votre nom ou identité IdP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign:</source>
        <translation>Campagne :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reviewer:</source>
        <translation>Réviseur :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Filter items (Ctrl+F)</source>
        <translation>Filtrer les éléments (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter items</source>
        <translation>Filtrer les éléments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show items</source>
        <translation>Éléments affichés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undecided</source>
        <translation>Non décidés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept</source>
        <translation>Conservés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs information</source>
        <translation>Informations requises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended for revoking</source>
        <translation>Retrait recommandé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assigned to me</source>
        <translation>Qui me sont attribués</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Review items</source>
        <translation>Éléments à revoir</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence of the current item</source>
        <translation>Preuves de l’élément courant</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Items decided</source>
        <translation>Éléments décidés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Progress per reviewer</source>
        <translation>Avancement par réviseur</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;New Campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create a campaign from the store</source>
        <translation>Créer une campagne à partir de la base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Correct in New Campaign…</source>
        <translation>&amp;Corriger dans une nouvelle campagne…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A signed campaign is corrected by a new one that references it</source>
        <translation>Une campagne validée se corrige par une nouvelle campagne qui y fait référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep the access of the selected items</source>
        <translation>Conserver l’accès des éléments sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoke the access of the selected items</source>
        <translation>Retirer l’accès des éléments sélectionnés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs &amp;Info</source>
        <translation>&amp;Infos requises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask for more information</source>
        <translation>Demander plus d’informations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Item</source>
        <translation>Élément &amp;suivant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the next item</source>
        <translation>Aller à l’élément suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Item</source>
        <translation>Élément &amp;précédent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to the previous item</source>
        <translation>Aller à l’élément précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assign to…</source>
        <translation>&amp;Attribuer à…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assign the selected items to a reviewer</source>
        <translation>Attribuer les éléments sélectionnés à un réviseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sign Off…</source>
        <translation>&amp;Valider…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the campaign: its decisions are hashed into the audit log</source>
        <translation>Clore la campagne : l’empreinte de ses décisions entre dans le journal d’audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply &amp;Revocation…</source>
        <translation>Appliquer le re&amp;trait…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out the current item&apos;s revoke decision through the fix dialog</source>
        <translation>Appliquer la décision de retrait de l’élément courant via la boîte de correction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply Remediation &amp;Plan…</source>
        <translation>Appliquer le &amp;plan de remédiation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Carry out every revoke decision of the signed campaign that is not applied yet, after one preview</source>
        <translation>Exécuter chaque décision de révocation de la campagne validée qui n’est pas encore appliquée, après un seul aperçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export Evidence Pack…</source>
        <translation>&amp;Exporter le dossier de preuves…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the PDF, decisions, audit entries and manifest for the auditor</source>
        <translation>Écrire le PDF, les décisions, les entrées d’audit et le manifeste pour l’auditeur</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Assign Items</source>
        <translation>Attribuer des éléments</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Assign %n item(s) to:</source>
        <translation>
            <numerusform>Attribuer %n élément à :</numerusform>
            <numerusform>Attribuer %n éléments à :</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign Off</source>
        <translation>Valider</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Sign off campaign &quot;%1&quot; as %2? Its %n decision(s) are hashed into the audit log and can no longer be changed.</source>
        <translation>
            <numerusform>Valider la campagne « %1 » en tant que %2 ? L’empreinte de sa décision (%n) entre dans le journal d’audit et elle ne pourra plus être modifiée.</numerusform>
            <numerusform>Valider la campagne « %1 » en tant que %2 ? L’empreinte de ses %n décisions entre dans le journal d’audit et elles ne pourront plus être modifiées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 (%3/%4 decided, %5)</source>
        <translation>%1 : %2 (%3/%4 décidés, %5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>signed</source>
        <translation>validée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+164"/>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enter your name or IdP identity as the reviewer first.</source>
        <translation>Saisissez d’abord votre nom ou identité IdP comme réviseur.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What information is needed?</source>
        <translation>Quelles informations faut-il ?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n of the selected item(s) need a justification (privileged access kept, or a decision against the recommendation). Justification:</source>
        <translation>
            <numerusform>%n des éléments sélectionnés demande une justification (accès privilégié conservé, ou décision contraire à la recommandation). Justification :</numerusform>
            <numerusform>%n des éléments sélectionnés demandent une justification (accès privilégiés conservés, ou décisions contraires à la recommandation). Justification :</numerusform>
        </translation>
    </message>
    <message>
        <location line="-231"/>
        <location line="+272"/>
        <source>%1 of %2 decided</source>
        <translation>%1 sur %2 décidés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2/%3</source>
        <translation>%1 : %2/%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unassigned</source>
        <translation>non attribués</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no campaign: create one with New Campaign (Ctrl+N)</source>
        <translation>aucune campagne : créez-en une avec Nouvelle campagne (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>signed off by %1 on %2</source>
        <translation>validée par %1 le %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>open, due %1</source>
        <translation>ouverte, échéance %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;p&gt;Select an item to see its evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un élément pour voir ses preuves.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (privileged)</source>
        <translation> (privilégié)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline roles</source>
        <translation>Rôles de pipeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last job</source>
        <translation>Dernier job</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs in the period</source>
        <translation>Jobs sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open findings</source>
        <translation>Constats ouverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewer</source>
        <translation>Réviseur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recommended: revoke.</source>
        <translation>Recommandé : retirer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommended: keep.</source>
        <translation>Recommandé : conserver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision: %1</source>
        <translation>Décision : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by %1 on %2</source>
        <translation>par %1 le %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Justification: %1</source>
        <translation>Justification : %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keeping this access needs a justification.</source>
        <translation>Conserver cet accès demande une justification.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remediation: %1 %2</source>
        <translation>Remédiation : %1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>K keep · R revoke · I needs info · N/P next/previous</source>
        <translation>K conserver · R retirer · I infos requises · N/P suivant/précédent</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>Select All Shown (%n)</source>
        <translation>
            <numerusform>Sélectionner tout l’affiché (%n)</numerusform>
            <numerusform>Sélectionner tout l’affiché (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::RoleModel</name>
    <message>
        <location filename="../models/itemmodels/rolemodel.cpp" line="+58"/>
        <source>Service accounts this group owns</source>
        <translation>Comptes de service que possède ce groupe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline roles</source>
        <translation>Rôles de pipeline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Privileged</source>
        <translation>Privilégié</translation>
    </message>
</context>
<context>
    <name>Scimflow::SandboxServer</name>
    <message>
        <location filename="../app/sandbox/sandboxserver.cpp" line="+46"/>
        <source>Cannot listen on 127.0.0.1:%1; the port may be in use. Choose another with --port.</source>
        <translation>Impossible d&apos;écouter sur 127.0.0.1:%1&#xa0;; le port est peut-être occupé. Choisissez-en un autre avec --port.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SchemeTokenAuth</name>
    <message>
        <location filename="../models/net/authprovider.cpp" line="-100"/>
        <source>No API token is configured; enter one in the connection settings.</source>
        <translation>Aucun jeton d&apos;API n&apos;est configuré&#xa0;; saisissez-en un dans les paramètres de connexion.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimClient</name>
    <message>
        <location filename="../models/scim/scimclient.cpp" line="+94"/>
        <location line="+4"/>
        <source>Discovery failed at %1: %2</source>
        <translation>La découverte a échoué à %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Discovery failed: %1 is not valid JSON (%2).</source>
        <translation>La découverte a échoué&#xa0;: %1 n&apos;est pas du JSON valide (%2).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The SCIM server does not serve the schema(s) %1, which the &quot;%2&quot; profile needs; nothing was synced. Check the base URL and the vendor profile.</source>
        <translation>Le serveur SCIM ne fournit pas le ou les schémas %1, dont le profil «&#xa0;%2&#xa0;» a besoin&#xa0;; rien n&apos;a été synchronisé. Vérifiez l&apos;URL de base et le profil du fournisseur.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 answered HTTP %2 with malformed JSON or a document that is not a SCIM resource; the server or a proxy in between is misbehaving.</source>
        <translation>%1 a répondu HTTP %2 avec un JSON mal formé ou un document qui n&apos;est pas une ressource SCIM ; le serveur ou un proxy intermédiaire se comporte mal.</translation>
    </message>
    <message>
        <location filename="../models/scim/scimerror.cpp" line="+22"/>
        <source>%1: the resource was changed on the server since it was read (HTTP 412, ETag mismatch); re-read it, review the difference and try again.</source>
        <translation>%1&#xa0;: la ressource a été modifiée sur le serveur depuis sa lecture (HTTP 412, ETag différent)&#xa0;; relisez-la, examinez la différence et réessayez.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SCIM server rejected %1 (HTTP %2%3): %4</source>
        <translation>Le serveur SCIM a refusé %1 (HTTP %2%3)&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no detail given</source>
        <translation>aucun détail fourni</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimConnection</name>
    <message>
        <location filename="../models/sync/scimconnection.cpp" line="+15"/>
        <source>Unknown vendor profile &quot;%1&quot;.</source>
        <translation>Profil de fournisseur inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Unknown SCIM target profile &quot;%1&quot;; use one of %2.</source>
        <translation>Profil de cible SCIM «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez l’un de %2.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimCursorListJob</name>
    <message>
        <location filename="../models/scim/scimcursorlistjob.cpp" line="+85"/>
        <source>the server rejected its own cursor (invalidCursor)</source>
        <translation>le serveur a refusé son propre curseur (invalidCursor)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the cursor expired before the next page was read (expiredCursor)</source>
        <translation>le curseur a expiré avant la lecture de la page suivante (expiredCursor)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The SCIM server reports %1 resources, more than the limit of %2.</source>
        <translation>Le serveur SCIM annonce %1 ressources, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The SCIM server listed more than %1 resources.</source>
        <translation>Le serveur SCIM a listé plus de %1 ressources.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the server handed out a cursor it had already given (a paging loop)</source>
        <translation>le serveur a rendu un curseur qu’il avait déjà donné (une boucle de pagination)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SCIM server returned %1 empty pages in a row that still named a next cursor; its paging does not end. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a renvoyé %1 pages vides d’affilée qui indiquaient encore un curseur suivant&#xa0;; sa pagination ne se termine pas. L’instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Listing %1 by cursor failed: %2, again after restarting the listing. Nothing was saved; the previous snapshot was kept. Try again later.</source>
        <translation>La liste de %1 par curseur a échoué&#xa0;: %2, de nouveau après le redémarrage de la liste. Rien n’a été enregistré&#xa0;; l’instantané précédent a été conservé. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SCIM server reported %1 resources but its cursor pages held only %2 distinct ones; a full snapshot cannot be trusted. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a annoncé %1 ressources mais ses pages par curseur n’en contenaient que %2 distinctes&#xa0;; un instantané complet n’est pas fiable. L’instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimDirectoryReader</name>
    <message>
        <location filename="../models/sync/scimdirectoryreader.cpp" line="+21"/>
        <source>The SCIM client is gone.</source>
        <translation>Le client SCIM n’existe plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the server&apos;s capabilities</source>
        <translation>Lecture des capacités du serveur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>La synchronisation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading users</source>
        <translation>Lecture des utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading groups</source>
        <translation>Lecture des groupes</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>scim: %n users</source>
        <translation>
            <numerusform>scim : %n utilisateur</numerusform>
            <numerusform>scim : %n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n groups</source>
        <translation>
            <numerusform>, %n groupe</numerusform>
            <numerusform>, %n groupes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimFilter</name>
    <message>
        <location filename="../app/sandbox/filter/scimfilterparser.cpp" line="+37"/>
        <source>unexpected text</source>
        <translation>texte inattendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invalid SCIM filter at character %1: %2.</source>
        <translation>Filtre SCIM invalide au caractère %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+32"/>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+10"/>
        <source>expected &quot;)&quot;</source>
        <translation>«&#xa0;)&#xa0;» attendu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an attribute name</source>
        <translation>nom d&apos;attribut attendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &quot;]&quot;</source>
        <translation>«&#xa0;]&#xa0;» attendu</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected an operator</source>
        <translation>opérateur attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown operator &quot;%1&quot;</source>
        <translation>opérateur inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid escape in string</source>
        <translation>échappement invalide dans une chaîne</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>expected a value (a quoted string, number, true, false or null)</source>
        <translation>valeur attendue (chaîne entre guillemets, nombre, true, false ou null)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SCIM filter is longer than %1 characters.</source>
        <translation>Le filtre SCIM dépasse %1 caractères.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SCIM filter is empty.</source>
        <translation>Le filtre SCIM est vide.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimFixConnector</name>
    <message>
        <location filename="../models/fixes/scimfixconnector.cpp" line="+90"/>
        <location line="+54"/>
        <location line="+92"/>
        <source>The SCIM connection is gone.</source>
        <translation>La connexion SCIM n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+17"/>
        <source>This connection cannot perform that fix.</source>
        <translation>Cette connexion ne peut pas effectuer cette correction.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>already in effect; nothing was sent</source>
        <translation>déjà en vigueur&#xa0;; rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>already in effect on the server after HTTP %1 (%2)</source>
        <translation>déjà en vigueur sur le serveur après HTTP %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimListJob</name>
    <message>
        <location filename="../models/scim/scimlistjob.cpp" line="+69"/>
        <source>The SCIM server needed more than %1 requests to list %2 resources; its paging does not add up. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a eu besoin de plus de %1 requêtes pour lister %2 ressources&#xa0;; sa pagination est incohérente. L&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The SCIM server answered startIndex=%1 with a page starting at %2: it ignores startIndex, so the collection cannot be paged reliably. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a répondu à startIndex=%1 par une page commençant à %2&#xa0;: il ignore startIndex, la collection ne peut donc pas être paginée de façon fiable. L&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SCIM server reports %1 resources, more than the limit of %2.</source>
        <translation>Le serveur SCIM annonce %1 ressources, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The SCIM server returned %1 resources on the first page but reports totalResults=%2. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a renvoyé %1 ressources sur la première page mais annonce totalResults=%2. L&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SCIM server&apos;s totalResults changed during the sync (%1, then %2) %3 times in a row; the directory is changing too fast or the server miscounts. Try again later; the previous snapshot was kept.</source>
        <translation>Le totalResults du serveur SCIM a changé pendant la synchronisation (%1, puis %2) %3 fois de suite&#xa0;; l&apos;annuaire change trop vite ou le serveur compte mal. Réessayez plus tard&#xa0;; l&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SCIM server returned the first page again for startIndex=%1: it ignores startIndex. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a renvoyé à nouveau la première page pour startIndex=%1&#xa0;: il ignore startIndex. L&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The SCIM server reports totalResults=%1 but returned no resources from index %2; its count is wrong. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM annonce totalResults=%1 mais n&apos;a renvoyé aucune ressource à partir de l&apos;index %2&#xa0;; son décompte est faux. L&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The SCIM server reported %1 resources but paging returned only %2 distinct ones (%3 duplicates); a full snapshot cannot be trusted. The previous snapshot was kept.</source>
        <translation>Le serveur SCIM a annoncé %1 ressources mais la pagination n&apos;en a renvoyé que %2 distinctes (%3 doublons)&#xa0;; un instantané complet n&apos;est pas fiable. L&apos;instantané précédent a été conservé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimParser</name>
    <message>
        <location filename="../models/scim/scimparser.cpp" line="+74"/>
        <source>A SCIM user has no id.</source>
        <translation>Un utilisateur SCIM n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The SCIM user %1 has more than %2 e-mail addresses.</source>
        <translation>L&apos;utilisateur SCIM %1 a plus de %2 adresses e-mail.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The SCIM user %1 is in more than %2 groups.</source>
        <translation>L&apos;utilisateur SCIM %1 est dans plus de %2 groupes.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The SCIM user %1 has an attribute longer than %2 characters.</source>
        <translation>L&apos;utilisateur SCIM %1 a un attribut de plus de %2 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM user %1 has no userName.</source>
        <translation>L&apos;utilisateur SCIM %1 n&apos;a pas de userName.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A SCIM group has no id.</source>
        <translation>Un groupe SCIM n&apos;a pas d&apos;ID.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The SCIM group %1 has more than %2 members.</source>
        <translation>Le groupe SCIM %1 a plus de %2 membres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The SCIM group %1 has an attribute longer than %2 characters.</source>
        <translation>Le groupe SCIM %1 a un attribut de plus de %2 caractères.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The SCIM group %1 has no displayName.</source>
        <translation>Le groupe SCIM %1 n&apos;a pas de displayName.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SCIM server sent malformed JSON (%1 at byte %2).</source>
        <translation>Le serveur SCIM a envoyé du JSON mal formé (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The SCIM server sent JSON that is not a ListResponse object.</source>
        <translation>Le serveur SCIM a envoyé du JSON qui n&apos;est pas un objet ListResponse.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The SCIM server&apos;s list response has no valid totalResults; it is not a SCIM ListResponse.</source>
        <translation>La réponse de liste du serveur SCIM n&apos;a pas de totalResults valide&#xa0;; ce n&apos;est pas une ListResponse SCIM.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The SCIM list response&apos;s Resources is not an array.</source>
        <translation>Resources dans la réponse de liste SCIM n&apos;est pas un tableau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SCIM page holds %1 resources, more than the limit of %2.</source>
        <translation>Une page SCIM contient %1 ressources, plus que la limite de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A SCIM list entry is not an object.</source>
        <translation>Une entrée de la liste SCIM n&apos;est pas un objet.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The SCIM server&apos;s nextCursor is not a string; the listing cannot go on.</source>
        <translation>Le nextCursor du serveur SCIM n’est pas une chaîne&#xa0;; la liste ne peut pas continuer.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimTargetDialog</name>
    <message>
        <location filename="../views/scimtargetdialog.cpp" line="+20"/>
        <source>SCIM provisioning target</source>
        <translation>Cible de provisionnement SCIM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target name</source>
        <translation>Nom de la cible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SCIM base URL</source>
        <translation>URL de base SCIM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS IAM Identity Center</source>
        <translation>AWS IAM Identity Center</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generic SCIM 2.0</source>
        <translation>SCIM 2.0 générique</translation>
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
        <translation>Profil de la cible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the target pages, filters and reports group memberships.</source>
        <translation>Comment la cible pagine, filtre et indique les appartenances aux groupes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bearer token</source>
        <translation>Jeton Bearer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>kept in the system keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;URL:</source>
        <translation>&amp;URL de base :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer &amp;token:</source>
        <translation>&amp;Jeton Bearer :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>leave empty to keep the stored token</source>
        <translation>laisser vide pour garder le jeton enregistré</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Type the target&apos;s bearer token: the SCIM token the identity provider pushes with, or one made for reading in the target&apos;s console.</source>
        <translation>Saisissez le jeton Bearer de la cible : le jeton SCIM avec lequel le fournisseur d’identité pousse, ou un jeton créé pour la lecture dans la console de la cible.</translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimTargetSource</name>
    <message>
        <location filename="../models/secrets/scimtargetsource.cpp" line="+12"/>
        <source>Give the target a name.</source>
        <translation>Donnez un nom à la cible.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A SCIM target needs its base URL, e.g. https://scim.us-east-1.amazonaws.com/TENANT/scim/v2.</source>
        <translation>Une cible SCIM a besoin de son URL de base, p. ex. https://scim.us-east-1.amazonaws.com/TENANT/scim/v2.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SecretStore</name>
    <message>
        <location filename="../models/secrets/secretstore.cpp" line="+29"/>
        <source>No keychain is reachable on this computer (%1). Install and unlock a Secret Service provider such as GNOME Keyring or KWallet, or use the secret for this session only; it is never written to a file.</source>
        <translation>Aucun trousseau n&apos;est accessible sur cet ordinateur (%1). Installez et déverrouillez un fournisseur Secret Service comme GNOME Keyring ou KWallet, ou utilisez le secret pour cette session uniquement&#xa0;; il n&apos;est jamais écrit dans un fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain holds no secret for this connection; enter it again in the connection settings.</source>
        <translation>Le trousseau ne contient aucun secret pour cette connexion&#xa0;; saisissez-le à nouveau dans les paramètres de connexion.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Access to the keychain was denied: %1</source>
        <translation>L&apos;accès au trousseau a été refusé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain could not be used (%1). Check that a Secret Service provider is running and unlocked, or use the secret for this session only.</source>
        <translation>Le trousseau n&apos;a pas pu être utilisé (%1). Vérifiez qu&apos;un fournisseur Secret Service est lancé et déverrouillé, ou utilisez le secret pour cette session uniquement.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SettingsConnectionsPage</name>
    <message>
        <location filename="../views/settingsconnectionspage.cpp" line="+34"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Connection…</source>
        <translation>&amp;Nouvelle connexion…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Identity provider connections saved in %1. Their secrets stay in the system keychain and are never shown here.</source>
        <translation>Connexions aux fournisseurs d&apos;identité enregistrées dans %1. Leurs secrets restent dans le trousseau du système et ne sont jamais affichés ici.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved &amp;connections:</source>
        <translation>&amp;Connexions enregistrées :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved connections</source>
        <translation>Connexions enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected connection</source>
        <translation>Modifier la connexion sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected connection and its secret</source>
        <translation>Supprimer la connexion sélectionnée et son secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a new identity provider</source>
        <translation>Se connecter à un nouveau fournisseur d&apos;identité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connections status</source>
        <translation>État des connexions</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Team store</source>
        <translation>Magasin d’équipe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remembered team store</source>
        <translation>Magasin d’équipe mémorisé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team store secrets in the keychain</source>
        <translation>Secrets du magasin d’équipe dans le trousseau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open this team store when the console starts</source>
        <translation>&amp;Ouvrir ce magasin d’équipe au démarrage de la console</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the remembered team store when the console starts</source>
        <translation>Ouvrir le magasin d’équipe mémorisé au démarrage de la console</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unless a database is given with --db. If the team store cannot be opened, the console says why and opens what it would have opened otherwise.</source>
        <translation>Sauf si une base est donnée avec --db. Si le magasin d’équipe ne peut pas être ouvert, la console en donne la raison et ouvre ce qu’elle aurait ouvert sinon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget saved &amp;secrets</source>
        <translation>Oublier les secrets &amp;enregistrés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove the team store&apos;s password and passphrase from the keychain</source>
        <translation>Supprimer du trousseau le mot de passe et la phrase secrète du magasin d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget this team store</source>
        <translation>Oublier ce magasin d’é&amp;quipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the team store and its saved secrets</source>
        <translation>Oublier le magasin d’équipe et ses secrets enregistrés</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No team store is remembered: File &gt; Open Team Store… remembers the one you open.</source>
        <translation>Aucun magasin d’équipe mémorisé&#xa0;: Fichier &gt; Ouvrir le magasin d’équipe… mémorise celui que vous ouvrez.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Removing the team store&apos;s secrets from the keychain…</source>
        <translation>Suppression des secrets du magasin d’équipe du trousseau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the keychain which secrets it holds for this team store…</source>
        <translation>Interrogation du trousseau sur les secrets qu’il détient pour ce magasin d’équipe…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The secrets could not be removed from the keychain: %1</source>
        <translation>Les secrets n’ont pas pu être supprimés du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain could not be asked: %1</source>
        <translation>Le trousseau n’a pas pu être interrogé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>The keychain holds its password and its client key passphrase.</source>
        <translation>Le trousseau détient son mot de passe et la phrase secrète de sa clé client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds its password.</source>
        <translation>Le trousseau détient son mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain holds its client key passphrase.</source>
        <translation>Le trousseau détient la phrase secrète de sa clé client.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The keychain holds no password or client key passphrase for it.</source>
        <translation>Le trousseau ne détient pour lui ni mot de passe ni phrase secrète de clé client.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Forget team store</source>
        <translation>Oublier le magasin d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the team store %1 and remove its password and client key passphrase from the keychain? The team store itself is not changed.</source>
        <translation>Oublier le magasin d’équipe %1 et supprimer du trousseau son mot de passe et la phrase secrète de sa clé client&#xa0;? Le magasin d’équipe lui-même n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Forgot %1; removing its secrets from the keychain…</source>
        <translation>%1 oublié&#xa0;; suppression de ses secrets du trousseau…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Forgot %1 and removed its secrets from the keychain.</source>
        <translation>%1 oublié et ses secrets supprimés du trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forgot %1, but its secrets could not be removed from the keychain: %2</source>
        <translation>%1 oublié, mais ses secrets n’ont pas pu être supprimés du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+2"/>
        <source>OAuth client %1</source>
        <translation>Client OAuth %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API token</source>
        <translation>Jeton d&apos;API</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No connection is saved yet: use New Connection… to add one.</source>
        <translation>Aucune connexion n&apos;est encore enregistrée : utilisez Nouvelle connexion… pour en ajouter une.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Remove connection</source>
        <translation>Supprimer la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the connection %1 and its secret from the keychain? Synced data stays in the database.</source>
        <translation>Supprimer la connexion %1 et son secret du trousseau ? Les données synchronisées restent dans la base.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Removed %1.</source>
        <translation>%1 supprimée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removed %1; removing its secret from the keychain…</source>
        <translation>%1 supprimée ; suppression de son secret du trousseau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Removed %1 and its secret.</source>
        <translation>%1 et son secret supprimés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removed %1, but its secret could not be removed from the keychain: %2</source>
        <translation>%1 supprimée, mais son secret n&apos;a pas pu être supprimé du trousseau : %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::SettingsDialog</name>
    <message>
        <location filename="../views/settingsdialog.cpp" line="+58"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync</source>
        <translation>S&amp;ynchronisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Drift Rules</source>
        <translation>Règles de &amp;dérive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co&amp;nnections</source>
        <translation>Co&amp;nnexions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save and close</source>
        <translation>Enregistrer et fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and apply</source>
        <translation>Enregistrer et appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the default values</source>
        <translation>Rétablir les valeurs par défaut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>System default</source>
        <translation>Valeur du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language changes the next time Scimflow starts. System default follows the language of the desktop.</source>
        <translation>La langue change au prochain démarrage de Scimflow. Valeur du système suit la langue du bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light and Dark apply at once to every window. System uses the desktop&apos;s own style and colours.</source>
        <translation>Clair et Sombre s&apos;appliquent aussitôt à toutes les fenêtres. Système utilise le style et les couleurs du bureau.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 15 minutes</source>
        <translation>Toutes les 15 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 30 minutes</source>
        <translation>Toutes les 30 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 60 minutes</source>
        <translation>Toutes les 60 minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Periodic sync</source>
        <translation>Synchronisation périodique</translation>
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
        <translation>Intervalle de synchronisation personnalisé en minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Periodic sync:</source>
        <translation>Synchronisation &amp;périodique :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom &amp;interval:</source>
        <translation>&amp;Intervalle personnalisé :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>While the console is open, the saved identity provider connection (see Connections) is synced at this interval and the findings are computed again. Nothing is synced while only the demo is shown, or before a connection is saved. Its state shows in the system tray, or in the status bar where there is no tray. Connection &gt; Sync Now (F5) works at any time.</source>
        <translation>Tant que la console est ouverte, la connexion enregistrée au fournisseur d&apos;identité (voir Connexions) est synchronisée à cet intervalle et les constats sont recalculés. Rien n&apos;est synchronisé tant que seule la démo est affichée, ni avant qu&apos;une connexion soit enregistrée. Son état s&apos;affiche dans la zone de notification, ou dans la barre d&apos;état s&apos;il n&apos;y en a pas. Connexion &gt; Synchroniser maintenant (F5) fonctionne à tout moment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+2"/>
        <location line="+16"/>
        <location line="+37"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Orphaned credential after days</source>
        <translation>Identifiant orphelin après jours</translation>
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
        <translation>Synchronisation périmée après heures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One group name per line, e.g. breakglass-admins</source>
        <translation>Un nom de groupe par ligne, par exemple breakglass-admins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Privileged groups, one per line</source>
        <translation>Groupes privilégiés, un par ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orp&amp;haned credential after:</source>
        <translation>Identifiant &amp;orphelin après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A service account whose jobs all ended longer ago is reported as an orphaned credential.</source>
        <translation>Un compte de service dont tous les jobs se sont terminés il y a plus longtemps est signalé comme identifiant orphelin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stale sync after:</source>
        <translation>Synchronisation pér&amp;imée après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A source whose last successful sync is older is reported as stale.</source>
        <translation>Une source dont la dernière synchronisation réussie est plus ancienne est signalée comme périmée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pri&amp;vileged groups:</source>
        <translation>Groupes pri&amp;vilégiés :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked by the privileged drift rule in addition to the privileged groups of the RBAC mapping.</source>
        <translation>Vérifiés par la règle de dérive privilégiée en plus des groupes privilégiés du mappage RBAC.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deprovisioning SLA in hours</source>
        <translation>SLA de déprovisionnement en heures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credentials idle after days, for reports</source>
        <translation>Identifiants inactifs après jours, pour les rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance reports</source>
        <translation>Rapports de conformité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deprovisioning S&amp;LA:</source>
        <translation>S&amp;LA de déprovisionnement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity later than this after a user was deactivated is an SLA violation in the deprovisioning report.</source>
        <translation>Une activité plus tardive que ce délai après la désactivation d&apos;un utilisateur est une violation du SLA dans le rapport de déprovisionnement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials idle a&amp;fter:</source>
        <translation>Identifiants inactifs a&amp;près :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service accounts unused this long are listed by the orphaned credentials report.</source>
        <translation>Les comptes de service inutilisés depuis si longtemps sont listés par le rapport des identifiants orphelins.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+42"/>
        <source>Default output folder</source>
        <translation>Dossier de sortie par défaut</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the default output folder</source>
        <translation>Choisir le dossier de sortie par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Output f&amp;older:</source>
        <translation>&amp;Dossier de sortie :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default report format</source>
        <translation>Format de rapport par défaut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter to date</source>
        <translation>Trimestre en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default report period</source>
        <translation>Période de rapport par défaut</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Default for&amp;mat:</source>
        <translation>For&amp;mat par défaut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default &amp;period:</source>
        <translation>Pé&amp;riode par défaut :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Reports dialog opens with these choices and suggests files in this folder. The thresholds are on the Drift Rules page.</source>
        <translation>La boîte de dialogue des rapports s&apos;ouvre avec ces choix et propose des fichiers dans ce dossier. Les seuils se trouvent sur la page Règles de dérive.</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Provisioning SLA in minutes</source>
        <translation>SLA de provisionnement en minutes</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Provisioning SL&amp;A:</source>
        <translation>SL&amp;A de provisionnement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A user deprovisioned in the identity provider who is still active in a SCIM target after this long is reported as provisioning drift.</source>
        <translation>Un utilisateur déprovisionné dans le fournisseur d’identité qui est encore actif dans une cible SCIM après ce délai est signalé comme écart de provisionnement.</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Rotate user-managed keys within days</source>
        <translation>Renouveler les clés gérées par l&apos;utilisateur sous tant de jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service account unused after days</source>
        <translation>Compte de service inutilisé après tant de jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rotate &amp;keys within:</source>
        <translation>Renouveler les &amp;clés sous :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enabled user-managed Google Cloud key older than this is reported as not rotated.</source>
        <translation>Une clé Google Cloud gérée par l&apos;utilisateur et activée plus ancienne est signalée comme non renouvelée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service account &amp;unused after:</source>
        <translation>Compte de service &amp;inutilisé après :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An enabled service account with no authentication for this long (Policy Analyzer counts whole days) is reported as unused; Google&apos;s own insight uses 90 days.</source>
        <translation>Un compte de service activé sans authentification pendant cette durée (Policy Analyzer compte des jours entiers) est signalé comme inutilisé ; la recommandation de Google utilise 90 jours.</translation>
    </message>
</context>
<context>
    <name>Scimflow::StaticTokenAuth</name>
    <message>
        <location filename="../models/net/authprovider.cpp" line="-16"/>
        <source>No API token is configured; enter one in the connection settings.</source>
        <translation>Aucun jeton d&apos;API n&apos;est configuré&#xa0;; saisissez-en un dans les paramètres de connexion.</translation>
    </message>
</context>
<context>
    <name>Scimflow::SyncJob</name>
    <message>
        <location filename="../models/sync/syncjob.cpp" line="+19"/>
        <source>synced %1 users, %2 groups, %3 memberships; %4 events derived (%5 sync, %6 s, %7 requests)</source>
        <translation>%1 utilisateurs, %2 groupes, %3 appartenances synchronisés&#xa0;; %4 événements déduits (synchronisation %5, %6 s, %7 requêtes)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1 (%2 sync, %3 s, %4 requests)</source>
        <translation>%1 (synchronisation %2, %3 s, %4 requêtes)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The directory reader is gone.</source>
        <translation>Le lecteur d’annuaire n’existe plus.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The directory reader finished without a result.</source>
        <translation>Le lecteur d’annuaire s’est terminé sans résultat.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>La synchronisation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saving the snapshot</source>
        <translation>Enregistrement de l&apos;instantané</translation>
    </message>
</context>
<context>
    <name>Scimflow::SyncScheduler</name>
    <message>
        <location filename="../app/syncscheduler.cpp" line="+31"/>
        <source>Show Scimflow</source>
        <translation>Afficher Scimflow</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Periodic sync status</source>
        <translation>État de la synchronisation périodique</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Periodic sync failed</source>
        <translation>La synchronisation périodique a échoué</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+20"/>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Periodic sync off while the demo is shown</source>
        <translation>Synchronisation périodique désactivée pendant l&apos;affichage de la démo</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Sync failed; next try in %n min</source>
        <translation>
            <numerusform>La synchronisation a échoué ; prochain essai dans %n minute</numerusform>
            <numerusform>La synchronisation a échoué ; prochain essai dans %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next sync in %n min</source>
        <translation>
            <numerusform>Prochaine synchronisation dans %n minute</numerusform>
            <numerusform>Prochaine synchronisation dans %n minutes</numerusform>
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
        <translation>Dernière synchronisation : %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: none in this session</source>
        <translation>Dernière synchronisation : aucune dans cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last attempt failed: %1</source>
        <translation>La dernière tentative a échoué : %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periodic sync is off (Tools &gt; Settings &gt; Sync)</source>
        <translation>La synchronisation périodique est désactivée (Outils &gt; Paramètres &gt; Synchronisation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodic sync does nothing while the demo is shown</source>
        <translation>La synchronisation périodique ne fait rien pendant l&apos;affichage de la démo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Periodic sync waits for a saved connection (Connection &gt; Connect to Identity Provider…)</source>
        <translation>La synchronisation périodique attend une connexion enregistrée (Connexion &gt; Se connecter au fournisseur d&apos;identité…)</translation>
    </message>
</context>
<context>
    <name>Scimflow::TablePane</name>
    <message>
        <location filename="../views/tablepane.cpp" line="+43"/>
        <source>Filter %1 (Ctrl+F)</source>
        <translation>Filtrer&#xa0;: %1 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>Filtrer&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows only rows whose visible columns contain this text</source>
        <translation>Affiche seulement les lignes dont les colonnes visibles contiennent ce texte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Selecting a row makes it the focus; the other views follow. Menu key: copy, timeline, findings</source>
        <translation>Sélectionner une ligne en fait l&apos;élément actif ; les autres vues suivent. Touche menu : copier, chronologie, constats</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 — linked to the focus</source>
        <translation>%1 — lié au focus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 of %3)</source>
        <translation>%1 (%2 sur %3)</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Copy &amp;cell</source>
        <translation>Copier la c&amp;ellule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy selected rows</source>
        <translation>&amp;Copier les lignes sélectionnées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy selected rows as CS&amp;V</source>
        <translation>Copier les lignes sélectionnées en CS&amp;V</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy &amp;all shown rows as CSV</source>
        <translation>Copier &amp;toutes les lignes affichées en CSV</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open in &amp;Timeline</source>
        <translation>Ouvrir dans la &amp;chronologie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;Findings</source>
        <translation>Afficher les &amp;constats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear focus</source>
        <translation>&amp;Retirer le focus</translation>
    </message>
</context>
<context>
    <name>Scimflow::TargetSyncJob</name>
    <message>
        <location filename="../models/sync/targetsyncjob.cpp" line="+18"/>
        <source>target %1: %2 users, %3 groups, %4 memberships (%5, %6 requests</source>
        <translation>cible %1&#xa0;: %2 utilisateurs, %3 groupes, %4 appartenances (%5, %6 requêtes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cursor paging</source>
        <translation>pagination par curseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startIndex paging</source>
        <translation>pagination par startIndex</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 of them per-user membership queries</source>
        <translation>, dont %1 requêtes d’appartenance par utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, %1 listing(s) restarted after a cursor fault</source>
        <translation>, %1 liste(s) redémarrée(s) après une erreur de curseur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; no incremental read: full read</source>
        <translation>&#xa0;; pas de lecture incrémentale&#xa0;: lecture complète</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; first read: the baseline</source>
        <translation>&#xa0;; première lecture&#xa0;: la référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; since the last read: %1 users added, %2 removed, %3 changed; %4 memberships added, %5 removed</source>
        <translation>&#xa0;; depuis la dernière lecture&#xa0;: %1 utilisateurs ajoutés, %2 retirés, %3 modifiés&#xa0;; %4 appartenances ajoutées, %5 retirées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Reading the capabilities of target %1</source>
        <translation>Lecture des capacités de la cible %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading the users of target %1</source>
        <translation>Lecture des utilisateurs de la cible %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reading the groups of target %1</source>
        <translation>Lecture des groupes de la cible %1</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Reading the group memberships of target %1, one query per user</source>
        <translation>Lecture des appartenances aux groupes de la cible %1, une requête par utilisateur</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+44"/>
        <source>The sync of target %1 was cancelled; nothing was changed.</source>
        <translation>La synchronisation de la cible %1 a été annulée&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Saving the snapshot of target %1</source>
        <translation>Enregistrement de l’instantané de la cible %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Target %1: %2</source>
        <translation>Cible %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Scimflow::TeamStoreDialog</name>
    <message>
        <location filename="../views/teamstoredialog.cpp" line="+18"/>
        <source>Open Team Store</source>
        <translation>Ouvrir le magasin d’équipe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A team store is a PostgreSQL database that several consoles share: one set of findings, reviews and one audit chain.</source>
        <translation>Un magasin d’équipe est une base PostgreSQL partagée par plusieurs consoles : un seul ensemble de constats et de revues, une seule chaîne d’audit.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>From the keychain, PGPASSWORD or ~/.pgpass</source>
        <translation>Depuis le trousseau, PGPASSWORD ou ~/.pgpass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save the password in the system keychain</source>
        <translation>&amp;Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the password in the system keychain</source>
        <translation>Enregistrer le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Client key passphrase</source>
        <translation>Phrase secrète de la clé client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the keychain; only for a location with sslkey=</source>
        <translation>Depuis le trousseau&#xa0;; seulement pour un emplacement avec sslkey=</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sa&amp;ve the passphrase in the system keychain</source>
        <translation>Enregistrer la phrase secrète dans le trousseau du s&amp;ystème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the client key passphrase in the system keychain</source>
        <translation>Enregistrer la phrase secrète de la clé client dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Client &amp;key passphrase:</source>
        <translation>Phrase secrète de la clé c&amp;lient&#xa0;:</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter the store&apos;s postgresql:// URL.</source>
        <translation>Saisissez l’URL postgresql:// du magasin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A team store&apos;s location starts with postgresql://; open a database file with File &gt; Open Database.</source>
        <translation>L’emplacement d’un magasin d’équipe commence par postgresql:// ; ouvrez un fichier de base avec Fichier &gt; Ouvrir une base de données.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The client key passphrase contains a semicolon, which Qt&apos;s PostgreSQL driver cannot pass on. Give the key a passphrase without one.</source>
        <translation>La phrase secrète de la clé client contient un point-virgule, que le pilote PostgreSQL de Qt ne peut pas transmettre. Donnez à la clé une phrase secrète sans point-virgule.</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineDock</name>
    <message>
        <location filename="../views/timelinedock.cpp" line="+11"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
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
        <translation>actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>service account %1, owner: %2</source>
        <translation>compte de service %1, propriétaire&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All identities: created, deactivated, reactivated, deleted</source>
        <translation>Toutes les identités&#xa0;: créées, désactivées, réactivées, supprimées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memberships and roles</source>
        <translation>Appartenances et rôles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All identities: group memberships added or removed, roles changed</source>
        <translation>Toutes les identités&#xa0;: appartenances ajoutées ou retirées, rôles modifiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attribute updates</source>
        <translation>Mises à jour d&apos;attributs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All identities: other attribute changes</source>
        <translation>Toutes les identités&#xa0;: autres modifications d&apos;attributs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Dataflow jobs</source>
        <translation>Tâches Dataflow</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GitHub Actions runs</source>
        <translation>Exécutions GitHub Actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenLineage runs</source>
        <translation>Exécutions OpenLineage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 jobs</source>
        <translation>Tâches %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All jobs from %1</source>
        <translation>Toutes les tâches de %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Group %1: membership and role changes</source>
        <translation>Groupe %1&#xa0;: modifications d&apos;appartenances et de rôles</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineLegend</name>
    <message>
        <location filename="../views/timelinelegend.cpp" line="+22"/>
        <source>Timeline legend</source>
        <translation>Légende de la chronologie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Job %1</source>
        <translation>Tâche %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding begins</source>
        <translation>Début d&apos;un constat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key created</source>
        <translation>Clé créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key or token last used</source>
        <translation>Dernière utilisation d’une clé ou d’un jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineText</name>
    <message>
        <location filename="../views/timelinetext.cpp" line="+55"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reactivated</source>
        <translation>Réactivé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership added</source>
        <translation>Appartenance ajoutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membership removed</source>
        <translation>Appartenance retirée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role changed</source>
        <translation>Rôle modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded</source>
        <translation>Réussie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failed</source>
        <translation>Échouée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Inconnu</translation>
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
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;%1 identity events&lt;/b&gt; on %2&lt;br&gt;%3&lt;br&gt;from %4&lt;br&gt;to %5&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 événements d&apos;identité&lt;/b&gt; sur %2&lt;br&gt;%3&lt;br&gt;du %4&lt;br&gt;au %5&lt;br&gt;&lt;i&gt;Cliquez pour zoomer.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2&lt;br&gt;when: %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: %2&lt;br&gt;quand&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;by: %1</source>
        <translation>&lt;br&gt;par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;source: %1</source>
        <translation>&lt;br&gt;source&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;%1 jobs active&lt;/b&gt; on %2&lt;br&gt;%3&lt;br&gt;between %4&lt;br&gt;and %5&lt;br&gt;&lt;i&gt;Click to zoom in.&lt;/i&gt;</source>
        <translation>&lt;b&gt;%1 tâches actives&lt;/b&gt; sur %2&lt;br&gt;%3&lt;br&gt;entre %4&lt;br&gt;et %5&lt;br&gt;&lt;i&gt;Cliquez pour zoomer.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;started: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2, %3)&lt;br&gt;démarrée&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;br&gt;still running after %1</source>
        <translation>&lt;br&gt;toujours en cours après %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;ended: %1 (%2)</source>
        <translation>&lt;br&gt;terminée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;launched by: %1</source>
        <translation>&lt;br&gt;lancée par&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;br&gt;runs as: %1</source>
        <translation>&lt;br&gt;s&apos;exécute en tant que&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Finding: %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;subject: %3&lt;br&gt;began: %4</source>
        <translation>&lt;b&gt;Constat&#xa0;: %1&lt;/b&gt;&lt;br&gt;%2&lt;br&gt;sujet&#xa0;: %3&lt;br&gt;début&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Key %1 created</source>
        <translation>Clé %1 créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token %1 last used</source>
        <translation>Dernière utilisation du jeton %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key %1 last used</source>
        <translation>Dernière utilisation de la clé %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (UTC; Google Cloud reports the day only)</source>
        <translation>%1 (UTC ; Google Cloud n’indique que le jour)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;owner: %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;propriétaire : %2&lt;br&gt;%3</translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineView</name>
    <message>
        <location filename="../views/timelineview.cpp" line="+52"/>
        <location line="+33"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Timeline chart</source>
        <translation>Graphique chronologique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to pan, wheel to zoom, Shift-drag or right-drag to zoom into a range, click an item to select it.</source>
        <translation>Faites glisser pour vous déplacer, la molette pour zoomer, Maj+glisser ou glisser avec le bouton droit pour zoomer sur une plage, cliquez sur un élément pour le sélectionner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Timeline status</source>
        <translation>État de la chronologie</translation>
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
        <translation>7 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30 days</source>
        <translation>30 jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Finding</source>
        <translation>◀ Constat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding ▶</source>
        <translation>Constat ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jump to the previous finding&apos;s start (Shift+F3)</source>
        <translation>Aller au début du constat précédent (Maj+F3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jump to the next finding&apos;s start (F3)</source>
        <translation>Aller au début du constat suivant (F3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aggregate lanes for all identities and jobs (Ctrl+Shift+A)</source>
        <translation>Pistes agrégées pour toutes les identités et tâches (Ctrl+Maj+A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export the visible timeline</source>
        <translation>Exporter la chronologie visible</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The timeline could not be loaded: %1</source>
        <translation>La chronologie n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>No later finding for this selection.</source>
        <translation>Aucun constat ultérieur pour cette sélection.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No earlier finding for this selection.</source>
        <translation>Aucun constat antérieur pour cette sélection.</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>%n identity lane(s)</source>
        <translation>
            <numerusform>%n piste d&apos;identité</numerusform>
            <numerusform>%n pistes d&apos;identité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job lane(s)</source>
        <translation>
            <numerusform>%n piste de tâches</numerusform>
            <numerusform>%n pistes de tâches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more principal(s) not shown (limit %1)</source>
        <translation>
            <numerusform>%n principal de plus non affiché (limite %1)</numerusform>
            <numerusform>%n principaux de plus non affichés (limite %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2</source>
        <translation>%1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Scimflow timeline</source>
        <translation>Chronologie Scimflow</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity events and job executions from %1 to %2</source>
        <translation>Événements d&apos;identité et exécutions de tâches du %1 au %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SVG images (*.svg)</source>
        <translation>Images SVG (*.svg)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export timeline as SVG</source>
        <translation>Exporter la chronologie en SVG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export timeline as PNG</source>
        <translation>Exporter la chronologie en PNG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>timeline.svg</source>
        <translation>chronologie.svg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>timeline.png</source>
        <translation>chronologie.png</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::VendorProfile</name>
    <message>
        <location filename="../models/scim/vendorprofile.cpp" line="+113"/>
        <source>cursor paging</source>
        <translation>pagination par curseur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>startIndex paging</source>
        <translation>pagination par startIndex</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>members from groups</source>
        <translation>membres depuis les groupes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>members from users&apos; groups</source>
        <translation>membres depuis les groupes des utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members by one query per user</source>
        <translation>membres par une requête par utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2 per page), %3, %4, %5</source>
        <translation>%1 (%2 par page), %3, %4, %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>any</source>
        <translation>quelconque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incremental reads</source>
        <translation>lectures incrémentales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no incremental read</source>
        <translation>pas de lecture incrémentale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PATCH replace on groups</source>
        <translation>PATCH replace sur les groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no PATCH replace on groups</source>
        <translation>pas de PATCH replace sur les groupes</translation>
    </message>
</context>
<context>
    <name>Scimflow::ViewScreenshot</name>
    <message>
        <location filename="../app/viewscreenshot.cpp" line="+114"/>
        <source>Okta production</source>
        <translation>Okta production</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>error: cannot write the screenshot to %1</source>
        <translation>erreur : impossible d&apos;écrire la capture d&apos;écran dans %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::Workspace</name>
    <message>
        <location filename="../app/workspace.cpp" line="+173"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This database does not record which connection it was synced from, so no connection can fix its findings. Choose a connection in the Connection menu and sync it.</source>
        <translation>Cette base n&apos;indique pas de quelle connexion elle a été synchronisée ; aucune connexion ne peut donc corriger ses constats. Choisissez une connexion dans le menu Connexion et synchronisez-la.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This database was synced from the connection “%1”, which is not saved here: add it with Connection &gt; New Connection… to fix its findings.</source>
        <translation>Cette base a été synchronisée depuis la connexion « %1 », qui n&apos;est pas enregistrée ici : ajoutez-la avec Connexion &gt; Nouvelle connexion… pour corriger ses constats.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The secrets of the connection “%1” are locked: choose it in the Connection menu to unlock them and offer its fixes.</source>
        <translation>Les secrets de la connexion « %1 » sont verrouillés : choisissez-la dans le menu Connexion pour les déverrouiller et proposer ses corrections.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no saved connection “%1”.</source>
        <translation>Il n&apos;existe pas de connexion enregistrée « %1 ».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection “%1” has not been synced into this database yet: use Connection &gt; Sync Now.</source>
        <translation>La connexion « %1 » n&apos;a pas encore été synchronisée dans cette base : utilisez Connexion &gt; Synchroniser maintenant.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Reading the secrets of the connection “%1”…</source>
        <translation>Lecture des secrets de la connexion « %1 »…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: its token could not be read from the keychain</source>
        <translation>%1 : son jeton n&apos;a pas pu être lu dans le trousseau</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>token of pipeline source %1</source>
        <translation>jeton de la source de pipelines %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: its credentials could not be read from the keychain</source>
        <translation>%1 : ses identifiants n’ont pas pu être lus depuis le trousseau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Some fixes of the connection “%1” are unavailable: %2.</source>
        <translation>Certaines corrections de la connexion « %1 » sont indisponibles : %2.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Interrupted fixes: %1 reconciled, %2 still pending.</source>
        <translation>Corrections interrompues&#xa0;: %1 rapprochées, %2 encore en attente.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Preparing the demo data…</source>
        <translation>Préparation des données de démonstration…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>demo</source>
        <translation>démo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo Dataflow</source>
        <translation>Dataflow de démo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo GitHub</source>
        <translation>GitHub de démo</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>demo Google Cloud token</source>
        <translation>jeton Google Cloud de la démo</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The team store has changed; the views were reloaded.</source>
        <translation>Le magasin d’équipe a changé ; les vues ont été rechargées.</translation>
    </message>
    <message>
        <location line="+295"/>
        <source>GitHub App %1</source>
        <translation>Application GitHub %1</translation>
    </message>
</context>
<context>
    <name>Scimflow::Writer</name>
    <message>
        <location filename="../models/store/snapshotwriter.cpp" line="+93"/>
        <source>Cannot start a transaction; is the database locked?</source>
        <translation>Impossible de démarrer une transaction&#xa0;; la base de données est-elle verrouillée&#xa0;?</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The sync was cancelled; nothing was changed.</source>
        <translation>La synchronisation a été annulée&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Scimflow::YamlReader</name>
    <message>
        <location filename="../models/correlation/yamlreader.cpp" line="+89"/>
        <source>the file holds more than one YAML document; remove the &quot;---&quot; line</source>
        <translation>le fichier contient plus d’un document YAML ; supprimez la ligne «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>aliases (*name) are not supported; write the value out</source>
        <translation>les alias (*nom) ne sont pas pris en charge ; écrivez la valeur en entier</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the tag &quot;%1&quot; is not supported</source>
        <translation>la balise «&#xa0;%1&#xa0;» n’est pas prise en charge</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>nesting deeper than %1 levels</source>
        <translation>imbrication sur plus de %1 niveaux</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a key must be a name, not %1</source>
        <translation>une clé doit être un nom, pas %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the key &quot;%1&quot; appears twice</source>
        <translation>la clé «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not valid YAML: %1</source>
        <translation>YAML non valide : %1</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
</context>
<context>
    <name>TextIssue</name>
    <message>
        <location filename="../models/correlation/textissue.cpp" line="+9"/>
        <source>line %1, column %2: %3</source>
        <translation>ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <location filename="../views/timelineexport.cpp" line="+32"/>
        <source>Cannot write %1: check that the folder exists and is writable.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>TimelineIndex</name>
    <message>
        <location filename="../models/timeline/timelineindex.cpp" line="+22"/>
        <source>Building the timeline index was cancelled.</source>
        <translation>La construction de l&apos;index de la chronologie a été annulée.</translation>
    </message>
</context>
<context>
    <name>TimelineItem</name>
    <message>
        <location filename="../views/timelineitem.cpp" line="+192"/>
        <source>Nothing to show here: select users, a role or a job, or choose &quot;All&quot; to see the whole history.</source>
        <translation>Rien à afficher ici&#xa0;: sélectionnez des utilisateurs, un rôle ou une tâche, ou choisissez «&#xa0;Tout&#xa0;» pour voir tout l&apos;historique.</translation>
    </message>
</context>
<context>
    <name>TimelineWorker</name>
    <message>
        <location filename="../models/timeline/timelineworker.cpp" line="+23"/>
        <source>The timeline cannot open the database: %1</source>
        <translation>La chronologie ne peut pas ouvrir la base de données&#xa0;: %1</translation>
    </message>
</context>
</TS>
