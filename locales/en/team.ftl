## Settings → Team: several laptops, one caseload, through a shared folder.

team-title = Team
team-help = Several laptops can keep the same caseload: each puts its changes, encrypted, in a shared folder (a USB key, a network share, a folder kept in step by Syncthing or Nextcloud) and reads the others'. Permanence never opens a connection: you choose the folder.
team-none = This laptop works alone.
team-create-title = Start a team
team-create-help = This laptop's caseload becomes the team's. The other laptops then join from a portable backup made here.
team-join-title = Join a team
team-join-help = First restore on this laptop a portable backup made on a laptop of the team (Settings → Backups). Then choose the team's folder and type its passphrase.
team-folder = Team's shared folder
team-folder-help = Choose below a USB key plugged in or a folder kept in step by Syncthing or Nextcloud, or type a folder's full path, for example /media/volunteer/KEY/permanence-equipe.
team-label = Name of this laptop
team-label-help = So the others recognise it: "Office", "Tuesday laptop".
team-passphrase = Team passphrase
team-passphrase-confirm = The same passphrase, once more
team-passphrase-help = It encrypts everything that goes through the shared folder. Each laptop of the team asks for it once, to join.
team-create = Start the team
team-join = Join the team
team-created = Team started. Now make a portable backup for each other laptop.
team-joined = This laptop has joined the team.
team-this-laptop = This laptop: { $label }
team-folder-is = Shared folder: { $folder }
team-pending = { $count ->
    [0] All of this laptop's changes are in the shared folder.
    [one] One change of this laptop waits for the next exchange.
   *[other] { $count } changes of this laptop wait for the next exchange.
}
team-must-join = This database was restored from a backup: join the team before exchanging.
team-exchange = Exchange now
team-exchange-help = An exchange also happens at each unlock and when closing.
team-exchanged = Exchange done: { $written } change(s) put in the folder, { $applied } received from the other laptops.
team-exchanged-conflicts = { $count ->
    [one] One value was changed on two laptops: choose which to keep, below.
   *[other] { $count } values were changed on two laptops: choose which to keep, below.
}
team-peers-title = The other laptops
team-peers-none = No other laptop has put changes in the folder yet.
team-peer-last = { $label }: last changes put in on { $date }
team-peer-never = { $label }: nothing put in yet
team-peer-silent = Nothing from { $label } for { $days } days: what is typed there does not reach the others. Remember to exchange on that laptop.
team-conflicts-title = Values to choose
team-conflicts-help = The same field was changed on two laptops between two exchanges. Both values are kept; the more recent one is shown, marked, until you choose.
team-conflicts-none = No value to choose.
team-conflict-record = { $name } — { $field }
team-conflict-kept = Shown: "{ $value }" ({ $by })
team-conflict-other = Set aside: "{ $value }" ({ $by })
team-conflict-keep = Keep the value shown
team-conflict-take-other = Take back "{ $value }"
team-conflict-resolved = Chosen
team-field-unknown = field { $field }

error-team-packet-cut = Packet { $file } in the team folder is incomplete (copy interrupted, key pulled out too soon?): nothing was applied, your data has not changed. Wait for the copy or sync to finish, then exchange again.
error-team-packet-unknown = File { $file } in the team folder is not a Permanence packet: nothing was applied, your data has not changed. Remove it from the folder, then exchange again.
error-team-packet-other-team = Packet { $file } comes from another team: nothing was applied, your data has not changed. Remove it from the team folder (it was probably copied to the wrong place).
error-team-packet-altered = Packet { $file } was altered, or sealed with another passphrase than the team's: nothing was applied, your data has not changed. Remove this file and ask the laptop that wrote it to exchange again.
error-team-packet-replayed = Packet { $file } is not in its place (copied or renamed): nothing was applied, your data has not changed. Remove this file from the team folder.
error-team-packet-out-of-order = A packet is missing before { $file } (copy or sync not finished?): nothing was applied, your data has not changed. Wait until the team folder is complete, then exchange again.
error-team-packet-waiting = Packet { $file } needs changes of laptop { $laptop } that are not in the team folder yet: nothing was applied, your data has not changed. Wait for the sync to finish, then exchange again.
error-team-folder-unreachable = The team folder { $folder } cannot be found (USB key not plugged in, share not connected?): nothing was exchanged, your data has not changed. Plug in the key or open the share, then exchange again.
error-team-schema = Laptop "{ $laptop }" runs another version of Permanence: nothing was applied. Changes will be merged once Permanence is updated on both laptops.
error-team-none = This laptop is not in a team.
error-team-already = This laptop is already in a team.
error-team-folder-taken = A team already uses the folder { $folder }: to be part of it, choose "Join a team".
error-team-folder-empty = No team in the folder { $folder }: check the folder chosen (USB key, share).
error-team-not-from-team = This database does not come from a laptop of this team. First restore a portable backup made on a laptop of the team, then join it.
error-team-wrong-passphrase = Wrong team passphrase. Nothing has changed.
error-team-copy = This database was restored from a backup: join the team (Settings → Team) before exchanging, so this laptop does not write in another's place.

person-conflicts = A value of this record was changed on two laptops of the team: the more recent one is shown, marked, until you choose.
person-conflicts-where = Choose in Settings → Team
person-field-conflict = to choose
audit-who-laptop = { $who } (laptop "{ $laptop }")
team-duplicates-title = Duplicate records?
team-duplicates-help = Two laptops created a record for what looks like the same person (same name, given names and birth date). Nothing is merged without you: choose the record to keep — the other's dossiers and documents move to it, its empty fields are filled — or say they are two people.
team-duplicates-none = No duplicate record.
team-duplicate-side = { $name }, born { $born } — { $dossiers } dossier(s)
team-merge-into = Merge into the record of { $name } ({ $dossiers } dossier(s))
team-not-same = They are two different people
audit-detail-merged = record no. { $number } was merged into it
team-field-answer = { $demarche }: "{ $question }"
