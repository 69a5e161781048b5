<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Drift</name>
    <message numerus="yes">
        <location filename="../models/drift/orphanedcredentialrule.cpp" line="+39"/>
        <source>its last job ended %1 (over %n day(s) ago)</source>
        <translation>
            <numerusform>its last job ended %1 (over %n day ago)</numerusform>
            <numerusform>its last job ended %1 (over %n days ago)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/rolemappingdriftrule.cpp" line="+37"/>
        <source>%n job(s) of service account %1 ran with role %2; the RBAC mapping grants it %3.</source>
        <translation>
            <numerusform>%n job of service account %1 ran with role %2; the RBAC mapping grants it %3.</numerusform>
            <numerusform>%n jobs of service account %1 ran with role %2; the RBAC mapping grants it %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n job(s) ran as %1 with role %2, which none of the user&apos;s groups grants (they grant: %3).</source>
        <translation>
            <numerusform>%n job ran as %1 with role %2, which none of the user&apos;s groups grants (they grant: %3).</numerusform>
            <numerusform>%n jobs ran as %1 with role %2, which none of the user&apos;s groups grants (they grant: %3).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/stalesyncrule.cpp" line="+28"/>
        <source>The last successful sync of %1 finished %2, more than %n hour(s) ago; findings may be out of date: sync again.</source>
        <translation>
            <numerusform>The last successful sync of %1 finished %2, more than %n hour ago; findings may be out of date: sync again.</numerusform>
            <numerusform>The last successful sync of %1 finished %2, more than %n hours ago; findings may be out of date: sync again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/unknownprincipalrule.cpp" line="+56"/>
        <source>%1 launched or ran %n job(s) and matches no IdP user or mapped service account.</source>
        <translation>
            <numerusform>%1 launched or ran %n job and matches no IdP user or mapped service account.</numerusform>
            <numerusform>%1 launched or ran %n jobs and matches no IdP user or mapped service account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/orphanedcredentialrule.cpp" line="+64"/>
        <source>It still has %n enabled user-managed key(s).</source>
        <translation>
            <numerusform>It still has %n enabled user-managed key.</numerusform>
            <numerusform>It still has %n enabled user-managed keys.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/drift/credentialrules.cpp" line="+70"/>
        <source>User-managed key %1 of %2 is %3 days old (created %4); keys should be rotated within %n day(s).</source>
        <translation>
            <numerusform>User-managed key %1 of %2 is %3 days old (created %4); keys should be rotated within %n day.</numerusform>
            <numerusform>User-managed key %1 of %2 is %3 days old (created %4); keys should be rotated within %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>Service account %1 last authenticated on %2, over %n day(s) ago (Policy Analyzer, day granularity); it is still enabled.</source>
        <translation>
            <numerusform>Service account %1 last authenticated on %2, over %n day ago (Policy Analyzer, day granularity); it is still enabled.</numerusform>
            <numerusform>Service account %1 last authenticated on %2, over %n days ago (Policy Analyzer, day granularity); it is still enabled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::Console</name>
    <message numerus="yes">
        <location filename="../app/console.cpp" line="+281"/>
        <source>Received %n OpenLineage run(s).</source>
        <translation>
            <numerusform>Received %n OpenLineage run.</numerusform>
            <numerusform>Received %n OpenLineage runs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialInventoryJob</name>
    <message numerus="yes">
        <location filename="../models/credentials/credentialinventoryjob.cpp" line="+81"/>
        <source>Cancelled before %n credential source(s) were read; their inventory is unchanged.</source>
        <translation>
            <numerusform>Cancelled before %n credential source were read; their inventory is unchanged.</numerusform>
            <numerusform>Cancelled before %n credential sources were read; their inventory is unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::CredentialModel</name>
    <message numerus="yes">
        <location filename="../models/itemmodels/credentialmodel.cpp" line="+77"/>
        <source>%n day(s) since it was created</source>
        <translation>
            <numerusform>%n day since it was created</numerusform>
            <numerusform>%n days since it was created</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::EvidenceItem</name>
    <message numerus="yes">
        <location filename="../models/drift/evidenceitem.cpp" line="+227"/>
        <source>Active service account, %n job(s), owner %1</source>
        <translation>
            <numerusform>Active service account, %n job, owner %1</numerusform>
            <numerusform>Active service account, %n jobs, owner %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Used role %1 in %n job(s); mapping version %2 grants %3</source>
        <translation>
            <numerusform>Used role %1 in %n job; mapping version %2 grants %3</numerusform>
            <numerusform>Used role %1 in %n jobs; mapping version %2 grants %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Last successful sync; last attempt %1, stale after %n hour(s)</source>
        <translation>
            <numerusform>Last successful sync; last attempt %1, stale after %n hour</numerusform>
            <numerusform>Last successful sync; last attempt %1, stale after %n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::MainWindow</name>
    <message numerus="yes">
        <location filename="../views/mainwindow.cpp" line="+433"/>
        <source>Wrote %n row(s) to %1</source>
        <translation>
            <numerusform>Wrote %n row to %1</numerusform>
            <numerusform>Wrote %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::OktaDirectoryReader</name>
    <message numerus="yes">
        <location filename="../models/idp/oktadirectoryreader.cpp" line="+275"/>
        <source>The Okta System Log keeps %n days; this sync&apos;s log window starts on %1, so changes before %2 may be missing from the timeline.</source>
        <translation>
            <numerusform>The Okta System Log keeps %n day; this sync&apos;s log window starts on %1, so changes before %2 may be missing from the timeline.</numerusform>
            <numerusform>The Okta System Log keeps %n days; this sync&apos;s log window starts on %1, so changes before %2 may be missing from the timeline.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::PipelineSyncJob</name>
    <message numerus="yes">
        <location filename="../models/sync/pipelinesyncjob.cpp" line="+69"/>
        <source>Cancelled before %n pipeline source(s) were read; their jobs are unchanged.</source>
        <translation>
            <numerusform>Cancelled before %n pipeline source was read; its jobs are unchanged.</numerusform>
            <numerusform>Cancelled before %n pipeline sources were read; their jobs are unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::RbacMappingDialog</name>
    <message numerus="yes">
        <location filename="../views/rbacmappingdialog.cpp" line="+145"/>
        <source>%n error(s): fix them before saving. Click an error to go to its line.</source>
        <translation>
            <numerusform>%n error: fix it before saving. Click an error to go to its line.</numerusform>
            <numerusform>%n errors: fix them before saving. Click an error to go to its line.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::RemediationPlanDialog</name>
    <message numerus="yes">
        <location filename="../views/remediationplandialog.cpp" line="+24"/>
        <source>Campaign %1 has %n revocation(s) not applied yet.</source>
        <translation>
            <numerusform>Campaign %1 has %n revocation not applied yet.</numerusform>
            <numerusform>Campaign %1 has %n revocations not applied yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) will be sent, one after the other, each with an intent and an outcome entry in the audit log; the others are recorded as not supported. Items already applied are not listed.</source>
        <translation>
            <numerusform>%n change will be sent, with an intent and an outcome entry in the audit log; the others are recorded as not supported. Items already applied are not listed.</numerusform>
            <numerusform>%n changes will be sent, one after the other, each with an intent and an outcome entry in the audit log; the others are recorded as not supported. Items already applied are not listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>&amp;Apply to %n Item(s)</source>
        <translation>
            <numerusform>&amp;Apply to %n Item</numerusform>
            <numerusform>&amp;Apply to %n Items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewController</name>
    <message numerus="yes">
        <location filename="../app/reviewcontroller.cpp" line="+216"/>
        <source>Campaign %1 created with %n item(s).</source>
        <translation>
            <numerusform>Campaign %1 created with %n item.</numerusform>
            <numerusform>Campaign %1 created with %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewRules</name>
    <message numerus="yes">
        <location filename="../models/domain/reviewrules.cpp" line="+27"/>
        <source>%n open finding(s) against this identity</source>
        <translation>
            <numerusform>%n open finding against this identity</numerusform>
            <numerusform>%n open findings against this identity</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>no job ever ran under this access (idle after %n day(s))</source>
        <translation>
            <numerusform>no job ever ran under this access (idle after %n day)</numerusform>
            <numerusform>no job ever ran under this access (idle after %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>used %n day(s) ago; %1 job(s) in the period</source>
        <translation>
            <numerusform>used %n day ago; %1 job(s) in the period</numerusform>
            <numerusform>used %n days ago; %1 job(s) in the period</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::ReviewWindow</name>
    <message numerus="yes">
        <location filename="../views/reviewwindow.cpp" line="+263"/>
        <source>Assign %n item(s) to:</source>
        <translation>
            <numerusform>Assign %n item to:</numerusform>
            <numerusform>Assign %n items to:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Sign off campaign &quot;%1&quot; as %2? Its %n decision(s) are hashed into the audit log and can no longer be changed.</source>
        <translation>
            <numerusform>Sign off campaign &quot;%1&quot; as %2? Its %n decision is hashed into the audit log and can no longer be changed.</numerusform>
            <numerusform>Sign off campaign &quot;%1&quot; as %2? Its %n decisions are hashed into the audit log and can no longer be changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+125"/>
        <source>%n of the selected item(s) need a justification (privileged access kept, or a decision against the recommendation). Justification:</source>
        <translation>
            <numerusform>%n selected item needs a justification (privileged access kept, or a decision against the recommendation). Justification:</numerusform>
            <numerusform>%n of the selected items need a justification (privileged access kept, or a decision against the recommendation). Justification:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>Select All Shown (%n)</source>
        <translation>
            <numerusform>Select All Shown (%n)</numerusform>
            <numerusform>Select All Shown (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::ScimDirectoryReader</name>
    <message numerus="yes">
        <location filename="../models/sync/scimdirectoryreader.cpp" line="+49"/>
        <source>scim: %n users</source>
        <translation>
            <numerusform>scim: %n user</numerusform>
            <numerusform>scim: %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n groups</source>
        <translation>
            <numerusform>, %n group</numerusform>
            <numerusform>, %n groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::SyncScheduler</name>
    <message numerus="yes">
        <location filename="../app/syncscheduler.cpp" line="+133"/>
        <source>Sync failed; next try in %n min</source>
        <translation>
            <numerusform>Sync failed; next try in %n minute</numerusform>
            <numerusform>Sync failed; next try in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Next sync in %n min</source>
        <translation>
            <numerusform>Next sync in %n minute</numerusform>
            <numerusform>Next sync in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scimflow::TimelineView</name>
    <message numerus="yes">
        <location filename="../views/timelineview.cpp" line="+574"/>
        <source>%n identity lane(s)</source>
        <translation>
            <numerusform>%n identity lane</numerusform>
            <numerusform>%n identity lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n job lane(s)</source>
        <translation>
            <numerusform>%n job lane</numerusform>
            <numerusform>%n job lanes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n more principal(s) not shown (limit %1)</source>
        <translation>
            <numerusform>%n more principal not shown (limit %1)</numerusform>
            <numerusform>%n more principals not shown (limit %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
</context>
</TS>
