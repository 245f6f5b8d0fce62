<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
  <context>
    <name>App</name>
    <message>
      <location filename="../../evidence_app/app.py" />
      <source>Data directory: {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/app.py" />
      <source>Evidence App</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CLI</name>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source> (withdrawn: {reason})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>Collect court-ready evidence of online attacks and hand it over as one signed PDF.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Created: {when}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Custody log: {count} events, head {hash}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Description: {text}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Intact: {items} items, {files} files and {events} custody events check out; head {head}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Items: {count}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>No cases yet. Create one with: evidence-app case new --title TITLE</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Note: the check could not be logged: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Owner: {owner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>PROBLEM: {message}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>add evidence to a case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>change fields (each change is logged with old and new value)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>check every stored file and the custody log of a case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>create a case and print its id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>create, list and show cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>data directory (default: EVIDENCE_APP_DATA_DIR or the user data folder)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>edit or withdraw an item</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>evidence-app: bad usage: {detail} (see evidence-app --help)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>evidence-app: internal error (a bug). Details were written to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>evidence-app: interrupted; nothing half-done was kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>import files, one item each; prints the item ids</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>language of messages: zh_CN or en</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>list cases</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>not decodable as an image</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>print the custody log of a case</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>show a case and its items</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>the operator's role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>who is acting (name recorded in the custody log)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>withdraw an item (it is kept, never deleted)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>{count} problems found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>{id}  {title}  ({count} items, created {created})</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Categories</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account profile</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Comment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Evidence of harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Identity document</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Post</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Private message</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Search result</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>A case has no property “{key}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>A case needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Event {seq} of the custody log is unreadable; the case database is damaged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/commands/cases.py" />
      <source>Give at least one --field KEY=VALUE to change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>No time-stamping authority is configured: give --tsa URL or add one in the settings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>Reading {path} failed after {done} bytes ({reason}); nothing was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Say why the item is withdrawn (a reason is required).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The case database {path} could not be used ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The case database {path} is damaged ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The case has no item “{ref}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The copy of {path} read back differently from what was written; the disk may be failing. Nothing was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>The data directory {path} cannot be written to ({reason}); nothing was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The disk holding the data directory {path} is full; nothing was stored. Free some space and try again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The file {path} cannot be read (permission denied).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The file {path} cannot be read ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>The file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>The file {path} is empty (0 bytes); there is nothing to keep.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The passphrase for the signing key is wrong.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The passphrase for the signing key must not be empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing certificate needs the owner's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing certificate {path} is damaged ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing identity file {path} cannot be read ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing key needs its passphrase: set {variable} or run this in a terminal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing key {path} does not belong to its certificate; make a new one with: evidence-app key new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The signing key {path} is damaged ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>The stored copy {blob} is damaged (its content no longer matches its name). Run verify-case; nothing was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The time-stamp response is a refusal ({status}), not a token.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The two passphrases differ; nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The value of field “{key}” contains a NUL character.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The value of field “{key}” is too long.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>There is no case “{ref}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>There is no signing key yet; make one with: evidence-app key new</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>This data directory was written by a newer version of Evidence App (schema {found}, this version knows {known}); update the app.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>This is not an RFC 3161 time-stamp token ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Unknown category “{category}”. Use one of: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Unknown field “{key}”. Known fields: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Unknown file role “{role}”. Use one of: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/cli.py" />
      <source>Unknown language “{lang}”. Use zh_CN or en.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>Unknown role “{role}”. Use one of: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>Writing to the data directory {path} failed ({reason}); nothing was stored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>{number} is already withdrawn.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <location filename="../../evidence_app/core/store.py" />
      <source>{path} is a folder, not a file; choose the files inside it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>{path} is a link to something that does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/blobs.py" />
      <source>{path} is not a regular file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/store.py" />
      <source>“{ref}” matches more than one case; give more of the id.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>“{text}” is not KEY=VALUE.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>“{url}” is not a time-stamping authority address; it must start with http:// or https://.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Fields</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Account name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Anything else a lawyer should know.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Comment count when observed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Comments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Content text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Counts observed at</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Defamation, insult, doxxing, threats, lost income…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Final URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Follower count as shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Followers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>IP location</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Kind of harm</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Like count when observed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Likes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Page title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Platform</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Post ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Posting time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Posting time shown</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Purpose (证明目的)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Report ticket</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Repost count when observed (500 or more matters in law).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Reposts</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The IP location (IP属地) the platform shows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The address after redirects.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The address of the poster's home page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The full address of the page, as text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The platform ID or UID; a nickname alone identifies nobody.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The post's own ID, if the platform shows one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The poster's nickname as shown.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The posting time as a full date and time, if known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The posting time exactly as the page shows it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The text of the post, copied word for word.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The ticket number of your report to the platform.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>The title the page shows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>URL</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>View count when observed (5,000 or more matters in law).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Views</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>What this item proves.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>When you read the counts; capture them again later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Where it was published, e.g. Weibo or Douyin.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Guide</name>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>, </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>Account {account} (who posted {number}) has no saved home page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No bundle has been exported yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No evidence of the harm done to you yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No purchase invoice or registration yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>No report ticket number recorded yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>Nothing has been captured yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>The case has no account of what happened yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>There is no screen recording of the way to a post.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: fill in {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: no screenshot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: no trusted time-stamp yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: no views, reposts, comments or likes recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{number}: the raw page (MHTML or HTML) was not kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/guide.py" />
      <source>{title} (recommended)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Identity</name>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>Passphrase for the signing key: </source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/identity.py" />
      <source>The same passphrase again: </source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Integrity</name>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq} records file {role} “{name}”, but the store has no such file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: belongs to another case ({found}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: its content does not match its hash (altered after it was written).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: the link to the previous event is broken (expected {expected}, found {found}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>Event {seq}: the log skips or repeats a sequence number (expected {expected}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>The log does not begin with the case's creation.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>The log ends at event {seq}, but the case records event {recorded} as its last ({hash}); events are missing or were added behind the store's back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: category or capture time differs from what the log recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: field {key} was changed without a custody event (the log says “{logged}”, the store holds “{stored}”).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: file {role} “{name}” differs from what event {seq} recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: file {role} “{name}” has no custody event.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: file {role} “{name}” is {actual} bytes, the record says {size}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: its withdrawal state differs from the log.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: no custody event records this item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the log recorded it as {logged}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the log records this item (event {seq}) but the store has no such item.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the stored copy of {role} “{name}” cannot be read ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the stored copy of {role} “{name}” has been altered (its SHA-256 is {actual}, not {sha}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/integrity.py" />
      <source>{number}: the stored copy of {role} “{name}” is missing ({sha}).</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Roles</name>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Lawyer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Owner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/fields.py" />
      <source>Support staff</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>TrustedTime</name>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The TSA certificate “{subject}” does not lead to a trusted root or is not fit for time-stamping ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The TSA's signature on the token could not be checked ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The TSA's signature on the token does not verify: the token was altered or forged.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The token stamps SHA-256 {stamped}, but the file's SHA-256 is {actual}: the file is not the one that was stamped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>The token stamps a {algorithm} hash, not a SHA-256 hash.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>This is not an RFC 3161 time-stamp token ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>could not connect (offline, or the TSA is down): {detail}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>no answer within {seconds} seconds.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the TSA answered with HTTP error {status} ({message}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the TSA refused or answered wrongly: {detail}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the TSA's token does not check out: {problems}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the answer is not a valid time-stamp response ({detail}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>the request failed: {detail}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} d</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{count} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{seconds} s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{span} after capture</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../evidence_app/core/trusted_time.py" />
      <source>{span} before the recorded capture time (the computer's clock was ahead)</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
