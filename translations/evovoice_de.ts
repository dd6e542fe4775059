<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EvoVoice Files Console</source>
        <translation>Über EvoVoice Files Console</translation>
    </message>
    <message>
        <source>EvoVoice Files Console %1

Browse, filter and inspect the files of the EvoVoice telephony API.

Server: %2
Qt %3</source>
        <translation>EvoVoice Files Console %1

Dateien der EvoVoice-Telefonie-API durchsuchen, filtern und prüfen.

Server: %2
Qt %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <comment>SPDX licence identifier</comment>
        <translation>Lizenz: %1</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (nicht geladen)</translation>
    </message>
    <message>
        <source>Account id: %1</source>
        <translation>Konto-ID: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>Die Serveradresse ist keine gültige URL.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local test server).</source>
        <translation>Die Serveradresse muss mit https:// beginnen (oder mit http:// für einen lokalen Testserver).</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>Die Serveradresse enthält keinen Hostnamen.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>Die Serveradresse darf weder Benutzernamen noch Passwort enthalten.</translation>
    </message>
    <message>
        <source>A password is never sent over plain HTTP except to this computer; use https://.</source>
        <translation>Ein Passwort wird nie über unverschlüsseltes HTTP gesendet, außer an diesen Computer; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>A user name and a password are needed.</source>
        <translation>Benutzername und Passwort werden benötigt.</translation>
    </message>
    <message>
        <source>The download has nowhere to write to.</source>
        <translation>Für den Download ist kein Ziel angegeben.</translation>
    </message>
    <message>
        <source>The file&apos;s address is not usable: %1</source>
        <translation>Die Adresse der Datei ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>No server is set.</source>
        <translation>Es ist kein Server eingestellt.</translation>
    </message>
    <message>
        <source>No file ID was given.</source>
        <translation>Es wurde keine Datei-ID angegeben.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>Der Server hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>Dazu fehlt Ihnen die Berechtigung.</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read.</source>
        <translation>Der Server hat eine Antwort gesendet, die nicht gelesen werden konnte.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The request could not be made.</source>
        <translation>Die Anfrage konnte nicht gestellt werden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server sent a different part of the file than asked for.</source>
        <translation>Der Server hat einen anderen Teil der Datei gesendet als angefordert.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>The server redirected a request that cannot be repeated.</source>
        <translation>Der Server hat eine Anfrage umgeleitet, die nicht wiederholt werden kann.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Zu viele Umleitungen.</translation>
    </message>
    <message>
        <source>The server redirected to an invalid address.</source>
        <translation>Der Server hat auf eine ungültige Adresse umgeleitet.</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to an insecure address.</source>
        <translation>Eine Umleitung von HTTPS auf eine unsichere Adresse wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in but sent no session.</source>
        <translation>Der Server hat die Anmeldung angenommen, aber keine Sitzung gesendet.</translation>
    </message>
    <message>
        <source>Signing in again with the saved credentials failed.</source>
        <translation>Die erneute Anmeldung mit den gespeicherten Zugangsdaten ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>AudioFeeder</name>
    <message>
        <source>No audio output device is available.</source>
        <translation>Kein Audio-Ausgabegerät verfügbar.</translation>
    </message>
    <message>
        <source>The audio device cannot play %1 Hz, %2 channel(s).</source>
        <translation>Das Audiogerät kann %1 Hz mit %2 Kanal/Kanälen nicht abspielen.</translation>
    </message>
    <message>
        <source>The audio device could not be opened.</source>
        <translation>Das Audiogerät konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The audio device failed.</source>
        <translation>Das Audiogerät ist ausgefallen.</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <source>The file holds no sound that could be decoded.</source>
        <translation>Die Datei enthält keinen dekodierbaren Ton.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported (%1).</source>
        <translation>Das Format der Datei wird nicht unterstützt (%1).</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>Show this customer&apos;s files (%1)</source>
        <translation>Dateien dieses Kunden anzeigen (%1)</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CheckListPicker</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The password is empty.</source>
        <translation>Das Passwort ist leer.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server refused the user name or password.</source>
        <translation>der Server hat Benutzername oder Passwort abgelehnt.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>A password is never accepted as an argument (it would show in the process list and the shell history): set EVOVOICE_PASSWORD or use --password-stdin.</source>
        <translation>Ein Passwort wird nie als Argument angenommen (es stünde in der Prozessliste und im Verlauf der Shell): setzen Sie EVOVOICE_PASSWORD oder verwenden Sie --password-stdin.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;files&quot; needs a subcommand: list or get.</source>
        <translation>„files“ braucht einen Unterbefehl: list oder get.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;files %1&quot; (list or get).</source>
        <translation>Unbekannter Unterbefehl „files %1“ (list oder get).</translation>
    </message>
    <message>
        <source>The API&apos;s URL (or EVOVOICE_SERVER).</source>
        <translation>Die URL der API (oder EVOVOICE_SERVER).</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail (or EVOVOICE_USER).</source>
        <translation>Die E-Mail-Adresse des Benutzers (oder EVOVOICE_USER).</translation>
    </message>
    <message>
        <source>Read the password from stdin (otherwise EVOVOICE_PASSWORD).</source>
        <translation>Das Passwort von stdin lesen (sonst EVOVOICE_PASSWORD).</translation>
    </message>
    <message>
        <source>Output: table (default), csv or json.</source>
        <translation>Ausgabe: table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>No server: give --server URL or set EVOVOICE_SERVER.</source>
        <translation>Kein Server: --server URL angeben oder EVOVOICE_SERVER setzen.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a URL.</source>
        <translation>--server: „%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>No user: give --user EMAIL or set EVOVOICE_USER.</source>
        <translation>Kein Benutzer: --user EMAIL angeben oder EVOVOICE_USER setzen.</translation>
    </message>
    <message>
        <source>No password: set EVOVOICE_PASSWORD or use --password-stdin.</source>
        <translation>Kein Passwort: EVOVOICE_PASSWORD setzen oder --password-stdin verwenden.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not table, csv or json.</source>
        <translation>--format: „%1“ ist weder table noch csv noch json.</translation>
    </message>
    <message>
        <source>List files. Without --limit one page is printed; with --limit N the pages are walked until N files (0 = all).</source>
        <translation>Dateien auflisten. Ohne --limit wird eine Seite ausgegeben; mit --limit N werden die Seiten durchlaufen, bis N Dateien ausgegeben sind (0 = alle).</translation>
    </message>
    <message>
        <source>A saved query&apos;s text form (flags below override it).</source>
        <translation>Die Textform einer gespeicherten Abfrage (die Optionen unten haben Vorrang).</translation>
    </message>
    <message>
        <source>Account ID (repeatable): AccountIds.</source>
        <translation>Konto-ID (wiederholbar): AccountIds.</translation>
    </message>
    <message>
        <source>Customer ID (repeatable): CustomerIds.</source>
        <translation>Kunden-ID (wiederholbar): CustomerIds.</translation>
    </message>
    <message>
        <source>Session ID: SessionId.</source>
        <translation>Sitzungs-ID: SessionId.</translation>
    </message>
    <message>
        <source>File name contains: FileName.</source>
        <translation>Dateiname enthält: FileName.</translation>
    </message>
    <message>
        <source>Content type contains: ContentType.</source>
        <translation>Inhaltstyp enthält: ContentType.</translation>
    </message>
    <message>
        <source>Upload, VoiceMessage, CallRecording, Fax, Attachment or FaxOutgoing.</source>
        <translation>Upload, VoiceMessage, CallRecording, Fax, Attachment oder FaxOutgoing.</translation>
    </message>
    <message>
        <source>Created at or after (ISO date or date-time; UTC unless an offset is given).</source>
        <translation>Erstellt am oder nach (ISO-Datum oder -Datum/Uhrzeit; UTC, wenn kein Versatz angegeben ist).</translation>
    </message>
    <message>
        <source>Created at or before (a bare date means the end of that day).</source>
        <translation>Erstellt am oder vor (ein Datum allein steht für das Ende dieses Tages).</translation>
    </message>
    <message>
        <source>The agent&apos;s user ID: UserId.</source>
        <translation>Die Benutzer-ID des Agenten: UserId.</translation>
    </message>
    <message>
        <source>Transcription contains: TranscriptionContains.</source>
        <translation>Transkription enthält: TranscriptionContains.</translation>
    </message>
    <message>
        <source>A file ID (repeatable): SpecificIds.</source>
        <translation>Eine Datei-ID (wiederholbar): SpecificIds.</translation>
    </message>
    <message>
        <source>Sort field, a FileInfo property (DateCreated, FileName, ...).</source>
        <translation>Sortierfeld, eine Eigenschaft von FileInfo (DateCreated, FileName, ...).</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Absteigend sortieren.</translation>
    </message>
    <message>
        <source>Files per page: CountPerPage (default 200).</source>
        <translation>Dateien pro Seite: CountPerPage (Standard 200).</translation>
    </message>
    <message>
        <source>Zero-based page: Page.</source>
        <translation>Seite, ab 0 gezählt: Page.</translation>
    </message>
    <message>
        <source>Ask the server for every file at once: All.</source>
        <translation>Alle Dateien auf einmal vom Server anfordern: All.</translation>
    </message>
    <message>
        <source>Skip the server&apos;s counts: SimplifiedPaging.</source>
        <translation>Ohne die Zählung des Servers: SimplifiedPaging.</translation>
    </message>
    <message>
        <source>Walk the pages until N files are printed (0 = all of them).</source>
        <translation>Die Seiten durchlaufen, bis N Dateien ausgegeben sind (0 = alle).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.</source>
        <translation>--type: „%1“ ist keiner von Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO date or date-time (2026-11-28 or 2026-11-28T08:00:00Z).</source>
        <translation>--%1: „%2“ ist kein ISO-Datum und keine ISO-Datum/Uhrzeit (2026-11-28 oder 2026-11-28T08:00:00Z).</translation>
    </message>
    <message>
        <source>--sort: &quot;%1&quot; is not a sortable file field (e.g. DateCreated, FileName, ContentLength, RecordingDuration).</source>
        <translation>--sort: „%1“ ist kein sortierbares Dateifeld (z. B. DateCreated, FileName, ContentLength, RecordingDuration).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number of at least %3.</source>
        <translation>--%1: „%2“ ist keine Zahl von mindestens %3.</translation>
    </message>
    <message>
        <source>Show one file&apos;s fields.</source>
        <translation>Die Felder einer Datei anzeigen.</translation>
    </message>
    <message>
        <source>The file&apos;s ID.</source>
        <translation>Die ID der Datei.</translation>
    </message>
    <message>
        <source>files get needs exactly one file ID.</source>
        <translation>files get braucht genau eine Datei-ID.</translation>
    </message>
    <message>
        <source>Usage: evovoice-cli COMMAND [options]

Commands:
  files list    List files (one flag per filter of the API&apos;s ListFiles)
  files get ID  Show one file&apos;s fields

Connection (every command):
  --server URL        the API (or EVOVOICE_SERVER), e.g. https://evovoice.io
  --user EMAIL        the user (or EVOVOICE_USER)
  --password-stdin    read the password from the first line of stdin
                      (otherwise EVOVOICE_PASSWORD; never as an argument)

  --version           show the version and exit

Run &apos;evovoice-cli files list --help&apos; or &apos;evovoice-cli files get --help&apos; for details.
Exit codes: 0 ok, 1 error, 2 usage.
</source>
        <translation>Aufruf: evovoice-cli BEFEHL [Optionen]

Befehle:
  files list    Dateien auflisten (eine Option je Filter von ListFiles der API)
  files get ID  Die Felder einer Datei anzeigen

Verbindung (jeder Befehl):
  --server URL        die API (oder EVOVOICE_SERVER), z. B. https://evovoice.io
  --user EMAIL        der Benutzer (oder EVOVOICE_USER)
  --password-stdin    das Passwort aus der ersten Zeile von stdin lesen
                      (sonst EVOVOICE_PASSWORD; nie als Argument)

  --version           die Version anzeigen und beenden

Einzelheiten: &apos;evovoice-cli files list --help&apos; oder &apos;evovoice-cli files get --help&apos;.
Exit-Codes: 0 ok, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <source>%1/%2 files</source>
        <translation>%1/%2 Dateien</translation>
    </message>
    <message>
        <source>listed %1/%2 files</source>
        <translation>%1/%2 Dateien aufgelistet</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, noch %1</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (angehalten)</translation>
    </message>
</context>
<context>
    <name>ConsoleLink</name>
    <message>
        <source>The link names no server.</source>
        <translation>Der Link nennt keinen Server.</translation>
    </message>
    <message>
        <source>The link&apos;s server “%1” is not a valid address.</source>
        <translation>Der Server „%1“ des Links ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The link&apos;s server must be an https address, not “%1”.</source>
        <translation>Der Server des Links muss eine https-Adresse sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The link&apos;s server address must not contain a user name or password.</source>
        <translation>Die Serveradresse des Links darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The link&apos;s server must be an address without a path: “%1”.</source>
        <translation>Der Server des Links muss eine Adresse ohne Pfad sein: „%1“.</translation>
    </message>
    <message>
        <source>The link&apos;s server uses plain http; only https is accepted for %1.</source>
        <translation>Der Server des Links verwendet unverschlüsseltes http; für %1 wird nur https akzeptiert.</translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation>Der Link ist leer.</translation>
    </message>
    <message>
        <source>The link is too long (%1 characters; at most %2).</source>
        <translation>Der Link ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The link contains control characters.</source>
        <translation>Der Link enthält Steuerzeichen.</translation>
    </message>
    <message>
        <source>The link is not a valid evovoice: address.</source>
        <translation>Der Link ist keine gültige evovoice:-Adresse.</translation>
    </message>
    <message>
        <source>The link is not an evovoice://open address.</source>
        <translation>Der Link ist keine evovoice://open-Adresse.</translation>
    </message>
    <message>
        <source>The link names more than one server.</source>
        <translation>Der Link nennt mehr als einen Server.</translation>
    </message>
    <message>
        <source>The link names more than one file.</source>
        <translation>Der Link nennt mehr als eine Datei.</translation>
    </message>
    <message>
        <source>The link&apos;s file id “%1” is not a valid id.</source>
        <translation>Die Datei-ID „%1“ des Links ist keine gültige ID.</translation>
    </message>
    <message>
        <source>This is not an EvoVoice link: it should start with evovoice: or be a filter&apos;s text form.</source>
        <translation>Das ist kein EvoVoice-Link: Er sollte mit evovoice: beginnen oder die Textform eines Filters sein.</translation>
    </message>
    <message>
        <source>The link&apos;s filter is not valid: %1</source>
        <translation>Der Filter des Links ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>EvoVoice Files Console: browse, filter and inspect the files of the EvoVoice API.
Without options it signs in with a remembered session or asks.</source>
        <translation>EvoVoice Files Console: Dateien der EvoVoice-API durchsuchen, filtern und prüfen.
Ohne Optionen meldet sie sich mit einer gespeicherten Sitzung an oder fragt nach den Zugangsdaten.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>The API&apos;s address (default https://evovoice.io).</source>
        <translation>Die Adresse der API (Standard: https://evovoice.io).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as EMAIL without the dialog; the password comes from the environment variable EVOVOICE_PASSWORD.</source>
        <translation>Ohne Dialog als EMAIL anmelden; das Passwort kommt aus der Umgebungsvariablen EVOVOICE_PASSWORD.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>Start the bundled simulator (evovoice-sim) and sign in to it as the demo manager.</source>
        <translation>Den mitgelieferten Simulator (evovoice-sim) starten und sich dort als Demo-Manager anmelden.</translation>
    </message>
    <message>
        <source>
Environment:
  EVOVOICE_PASSWORD  the password for --user (never stored)
</source>
        <translation>
Umgebung:
  EVOVOICE_PASSWORD  das Passwort für --user (wird nie gespeichert)
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Unerwartetes Argument: %1
</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --server or --user.
</source>
        <translation>--demo kann nicht mit --server oder --user kombiniert werden.
</translation>
    </message>
    <message>
        <source>An evovoice: link or a filter&apos;s text form to open (a running console is handed the link and comes to the front).</source>
        <translation>Ein evovoice:-Link oder die Textform eines Filters zum Öffnen (eine laufende Konsole übernimmt den Link und kommt nach vorn).</translation>
    </message>
    <message>
        <source>Cannot open the link: %1
</source>
        <translation>Der Link kann nicht geöffnet werden: %1
</translation>
    </message>
</context>
<context>
    <name>ConsoleShell</name>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
    </message>
    <message>
        <source>Sign in to %1 to open the link.</source>
        <translation>Melden Sie sich bei %1 an, um den Link zu öffnen.</translation>
    </message>
    <message>
        <source>The link was for %1; you signed in to %2, so it was not opened.</source>
        <translation>Der Link war für %1; Sie haben sich bei %2 angemeldet, daher wurde er nicht geöffnet.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>This link is for %1, but you are signed in to %2.

Sign out and sign in to %1?</source>
        <translation>Dieser Link ist für %1, Sie sind aber bei %2 angemeldet.

Abmelden und bei %1 anmelden?</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2
Roles: %3</source>
        <translation>Angemeldet als %1 auf %2
Rollen: %3</translation>
    </message>
    <message>
        <source>Nothing remembered: no keychain</source>
        <translation>Nichts gespeichert: kein Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <comment>copy a value to the clipboard</comment>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available (%1); nothing will be remembered.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar (%1); es wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>CustomerTreeModel</name>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (nicht geladen)</translation>
    </message>
    <message>
        <source>Customer id: %1</source>
        <translation>Kunden-ID: %1</translation>
    </message>
    <message>
        <source>%1
Account: %2
Customer id: %3</source>
        <translation>%1
Konto: %2
Kunden-ID: %3</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <source>The start of the range is after its end; the filter is not applied.</source>
        <translation>Der Beginn des Zeitraums liegt nach seinem Ende; der Filter wird nicht angewendet.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitraum</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom range</source>
        <comment>date range preset</comment>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>the date range filter</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>no limit on this end of a date range</comment>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Erstellt ab</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Erstellt bis</translation>
    </message>
    <message>
        <source>From:</source>
        <comment>start of a date range</comment>
        <translation>Von:</translation>
    </message>
    <message>
        <source>Until:</source>
        <comment>end of a date range</comment>
        <translation>Bis:</translation>
    </message>
</context>
<context>
    <name>DemoSimulator</name>
    <message>
        <source>The demo simulator did not announce its address in time.</source>
        <translation>Der Demo-Simulator hat seine Adresse nicht rechtzeitig gemeldet.</translation>
    </message>
    <message>
        <source>The demo simulator could not be started (%1): %2</source>
        <translation>Der Demo-Simulator konnte nicht gestartet werden (%1): %2</translation>
    </message>
    <message>
        <source>The demo simulator stopped before it was ready (exit code %1).</source>
        <translation>Der Demo-Simulator wurde beendet, bevor er bereit war (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo simulator was not found at %1. Build the evovoice-sim target (it must sit next to the console).</source>
        <translation>Der Demo-Simulator wurde unter %1 nicht gefunden. Bauen Sie das Ziel evovoice-sim (es muss neben der Konsole liegen).</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a file to see its details</source>
        <translation>Wählen Sie eine Datei, um ihre Details zu sehen</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>group: the call&apos;s fields</comment>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>File</source>
        <comment>group of the file&apos;s own properties</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>group: who made or changed the file, when</comment>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a detail field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Transcriptions</source>
        <translation>Transkriptionen</translation>
    </message>
    <message>
        <source>No transcription.</source>
        <translation>Keine Transkription.</translation>
    </message>
    <message>
        <source>No AI transcription.</source>
        <translation>Keine KI-Transkription.</translation>
    </message>
    <message>
        <source>Copy &amp;link to this file</source>
        <translation>&amp;Link zu dieser Datei kopieren</translation>
    </message>
    <message>
        <source>Copies an evovoice: link that opens the console at this file, to send to a colleague.</source>
        <translation>Kopiert einen evovoice:-Link, der die Konsole bei dieser Datei öffnet, zum Weitergeben an Kollegen.</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>The server gave no address for this file.</source>
        <translation>Der Server hat für diese Datei keine Adresse angegeben.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The file could not be written to the disk.</source>
        <translation>Die Datei konnte nicht auf die Festplatte geschrieben werden.</translation>
    </message>
    <message>
        <source>The server announced %1 bytes but sent %2.</source>
        <translation>Der Server hat %1 Bytes angekündigt, aber %2 gesendet.</translation>
    </message>
    <message>
        <source>The file should have %1 bytes but the server sent %2.</source>
        <translation>Die Datei sollte %1 Bytes haben, der Server hat aber %2 gesendet.</translation>
    </message>
    <message>
        <source>The finished file could not be renamed to &quot;%1&quot;.</source>
        <translation>Die fertige Datei konnte nicht in „%1“ umbenannt werden.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>hide the error banner</comment>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <comment>repeated error</comment>
        <translation>
            <numerusform>%1 (%n-mal)</numerusform>
            <numerusform>%1 (%n-mal)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCliFlags</name>
    <message>
        <source>
Export (every file the filters match, all pages):
  --output FILE       where the metadata goes (&quot;-&quot; = stdout)
  --format csv|json   CSV (default) or JSON
  --columns LIST      CSV columns in order, API names: id,dateCreated,fileName,...
  --bom               start the CSV with a UTF-8 BOM (for Excel)
  --raw-csv           do not neutralise cells starting with = + - @ (machine consumers)
  --quiet             no progress on stderr
Exit code 1 when a page could not be read.
</source>
        <translation>
Export (jede Datei, auf die die Filter passen, alle Seiten):
  --output FILE       wohin die Metadaten gehen (&quot;-&quot; = stdout)
  --format csv|json   CSV (Standard) oder JSON
  --columns LIST      CSV-Spalten in Reihenfolge, API-Namen: id,dateCreated,fileName,...
  --bom               die CSV mit einem UTF-8-BOM beginnen (für Excel)
  --raw-csv           Zellen, die mit = + - @ beginnen, nicht entschärfen (für Programme)
  --quiet             kein Fortschritt auf stderr
Exit-Code 1, wenn eine Seite nicht gelesen werden konnte.
</translation>
    </message>
    <message>
        <source>
Download (every file the filters match, all pages):
  --dest DIR          the folder (created; gets manifest.csv)
  --template T        file names, e.g. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}
  --subfolders S      none, account, customer or date
  --jobs N            parallel downloads, 1..16
  --transcripts       also write &lt;name&gt;.txt with the transcription and AI transcription
  --transcripts-only  only the transcripts, no media
  --quiet             no progress on stderr
Files already complete from an earlier run (manifest.csv) are skipped; exit code 1 when any file failed.
</source>
        <translation>
Herunterladen (jede Datei, auf die die Filter passen, alle Seiten):
  --dest DIR          der Ordner (wird angelegt; erhält manifest.csv)
  --template T        Dateinamen, z. B. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}
  --subfolders S      none, account, customer oder date
  --jobs N            parallele Downloads, 1..16
  --transcripts       auch &lt;Name&gt;.txt mit der Transkription und der KI-Transkription schreiben
  --transcripts-only  nur die Transkripte, keine Mediendateien
  --quiet             kein Fortschritt auf stderr
Dateien, die aus einem früheren Lauf schon vollständig sind (manifest.csv), werden übersprungen; Exit-Code 1, wenn eine Datei fehlschlug.
</translation>
    </message>
    <message>
        <source>--jobs: &quot;%1&quot; is not a number from 1 to 16.</source>
        <translation>--jobs: „%1“ ist keine Zahl von 1 bis 16.</translation>
    </message>
    <message>
        <source>--subfolders: &quot;%1&quot; is not none, account, customer or date.</source>
        <translation>--subfolders: „%1“ ist weder none, account, customer noch date.</translation>
    </message>
    <message>
        <source>Export the metadata of every file the filters match.</source>
        <translation>Die Metadaten aller Dateien exportieren, auf die die Filter passen.</translation>
    </message>
    <message>
        <source>Download every file the filters match.</source>
        <translation>Alle Dateien herunterladen, auf die die Filter passen.</translation>
    </message>
    <message>
        <source>files export: --format is csv or json.</source>
        <translation>files export: --format ist csv oder json.</translation>
    </message>
    <message>
        <source>files export needs --output FILE (or --output - for stdout).</source>
        <translation>files export braucht --output FILE (oder --output - für stdout).</translation>
    </message>
    <message>
        <source>files download needs --dest DIR.</source>
        <translation>files download braucht --dest DIR.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
</context>
<context>
    <name>ExportColumnsPicker</name>
    <message>
        <source>Up</source>
        <comment>move a column up</comment>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>move a column down</comment>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>All</source>
        <comment>check every column</comment>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <comment>uncheck every column</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>columns back to every field in order</comment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <comment>API column name (column title)</comment>
        <translation>%1  (%2)</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>An export is running. Wait for it to finish or cancel it in the Export panel.</source>
        <translation>Ein Export läuft. Warten Sie, bis er fertig ist, oder brechen Sie ihn im Exportbereich ab.</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>Export läuft</translation>
    </message>
    <message>
        <source>An export is still running. Stop it and close? Files already finished are kept; a new export into the same folder continues where this one stopped.</source>
        <translation>Ein Export läuft noch. Abbrechen und schließen? Bereits fertige Dateien bleiben erhalten; ein neuer Export in denselben Ordner macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export files</source>
        <translation>Dateien exportieren</translation>
    </message>
    <message>
        <source>CSV columns, in order</source>
        <translation>CSV-Spalten, in Reihenfolge</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>start the export</comment>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The selected files (%1)</source>
        <translation>Die ausgewählten Dateien (%1)</translation>
    </message>
    <message>
        <source>The selected files (none selected)</source>
        <translation>Die ausgewählten Dateien (keine ausgewählt)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <comment>a count not known yet</comment>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>All files matching the filter (%1)</source>
        <translation>Alle Dateien, auf die der Filter passt (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV (a spreadsheet)</source>
        <translation>CSV (eine Tabelle)</translation>
    </message>
    <message>
        <source>JSON (the items as the API sent them)</source>
        <translation>JSON (die Einträge, wie die API sie gesendet hat)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no metadata file</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>With a BOM, for Excel</source>
        <translation>Mit BOM, für Excel</translation>
    </message>
    <message>
        <source>Transcripts (one UTF-8 text file per file)</source>
        <translation>Transkripte (eine UTF-8-Textdatei je Datei)</translation>
    </message>
    <message>
        <source>Media files (recordings, voicemail, faxes…)</source>
        <translation>Mediendateien (Aufzeichnungen, Sprachnachrichten, Faxe …)</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadaten:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no subfolders</comment>
        <translation>Keine</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Nach Konto</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>Nach Kunde</translation>
    </message>
    <message>
        <source>By date (yyyy/MM/dd)</source>
        <translation>Nach Datum (yyyy/MM/dd)</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>parallel downloads</comment>
        <translation> gleichzeitig</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Subfolders:</source>
        <translation>Unterordner:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Dateinamen:</translation>
    </message>
    <message>
        <source>Downloads:</source>
        <translation>Downloads:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>No files are selected.</source>
        <translation>Keine Dateien ausgewählt.</translation>
    </message>
    <message>
        <source>The filter matches no files: there is nothing to export.</source>
        <translation>Der Filter passt auf keine Datei: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>Choose what to export: metadata, transcripts or media files.</source>
        <translation>Wählen Sie, was exportiert wird: Metadaten, Transkripte oder Mediendateien.</translation>
    </message>
    <message>
        <source>Choose at least one CSV column.</source>
        <translation>Wählen Sie mindestens eine CSV-Spalte.</translation>
    </message>
    <message>
        <source>The name template cannot be used: %1</source>
        <translation>Die Namensvorlage ist nicht verwendbar: %1</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>The name &quot;%1&quot; would leave the export folder.</source>
        <translation>Der Name „%1“ würde aus dem Exportordner hinausführen.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; leads outside the export folder (a link?).</source>
        <translation>Der Ordner von „%1“ führt aus dem Exportordner hinaus (ein Link?).</translation>
    </message>
</context>
<context>
    <name>ExportFolderCheck</name>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <source>The folder must be a full path (such as /home/you/Exports).</source>
        <translation>Der Ordner muss ein vollständiger Pfad sein (etwa /home/sie/Exporte).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Der Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written (no permission).</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden (keine Berechtigung).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written: %2</source>
        <translation>In den Ordner „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The metadata file &quot;%1&quot; could not be written: %2</source>
        <translation>Die Metadatendatei „%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The metadata file could not be written: %1</source>
        <translation>Die Metadatendatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The transcript could not be written: %1</source>
        <translation>Das Transkript konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>manifest.csv could not be written.</source>
        <translation>manifest.csv konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The metadata file could not be saved: %1</source>
        <translation>Die Metadatendatei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>manifest.csv could not be written: %1</source>
        <translation>manifest.csv konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Files arrived while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.</source>
        <translation>Während des Exports sind Dateien hinzugekommen: Die passenden Dateien sind von %1 auf %2 gestiegen. Jede Datei wurde einmal exportiert, insgesamt %3.</translation>
    </message>
    <message>
        <source>Files were removed while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.</source>
        <translation>Während des Exports wurden Dateien entfernt: Die passenden Dateien sind von %1 auf %2 gesunken. Jede Datei wurde einmal exportiert, insgesamt %3.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Choose what to export: the metadata, the transcripts or the media files.</source>
        <translation>Wählen Sie, was exportiert wird: die Metadaten, die Transkripte oder die Mediendateien.</translation>
    </message>
    <message>
        <source>No files are selected.</source>
        <translation>Keine Dateien ausgewählt.</translation>
    </message>
    <message>
        <source>No file IDs were given.</source>
        <translation>Es wurden keine Datei-IDs angegeben.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>Keine Zeilen ausgewählt.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Wählen Sie einen Ordner für die Dateien.</translation>
    </message>
    <message>
        <source>Choose where the metadata file goes.</source>
        <translation>Wählen Sie, wohin die Metadatendatei kommt.</translation>
    </message>
</context>
<context>
    <name>ExportProgressPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>cancel the export</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Show manifest</source>
        <translation>Manifest anzeigen</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the export panel</comment>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Run again</source>
        <comment>rerun an export that ended with problems</comment>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Export the same files into the same folder again: files already complete are skipped, the others are fetched (interrupted ones resume).</source>
        <translation>Dieselben Dateien erneut in denselben Ordner exportieren: Bereits vollständige Dateien werden übersprungen, die anderen geholt (unterbrochene werden fortgesetzt).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>den Ordner</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>das Manifest</translation>
    </message>
    <message>
        <source>Exporting %1 into %2</source>
        <translation>Export: %1 nach %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Export finished: %1</source>
        <translation>Export abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Export ended with problems: %1</source>
        <translation>Export mit Problemen beendet: %1</translation>
    </message>
    <message>
        <source>No application could open %1; it is at %2</source>
        <translation>Keine Anwendung konnte %1 öffnen; es liegt unter %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>file name — bytes</comment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>ExportProgressText</name>
    <message>
        <source>%1/s</source>
        <comment>a download speed</comment>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>Listing files: %1 of %2</source>
        <translation>Dateien werden aufgelistet: %1 von %2</translation>
    </message>
    <message>
        <source>Listing files: %1</source>
        <translation>Dateien werden aufgelistet: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 von %2 Dateien</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 Dateien</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>wird abgeschlossen</translation>
    </message>
    <message>
        <source>Exported 1 file</source>
        <translation>1 Datei exportiert</translation>
    </message>
    <message>
        <source>Exported %1 files</source>
        <translation>%1 Dateien exportiert</translation>
    </message>
    <message>
        <source>%1, skipped %2 already complete, %3 failed.</source>
        <comment>Exported N files, ...</comment>
        <translation>%1, %2 bereits vollständige übersprungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The export was cancelled; what is finished is kept and listed in the manifest.</source>
        <translation>Der Export wurde abgebrochen; was fertig ist, bleibt erhalten und steht im Manifest.</translation>
    </message>
    <message>
        <source>It stopped early: %1</source>
        <translation>Er wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>The number of matching files changed while exporting.</source>
        <translation>Die Zahl der passenden Dateien hat sich während des Exports geändert.</translation>
    </message>
    <message>
        <source>… and %1 more (see the manifest)</source>
        <translation>… und %1 weitere (siehe Manifest)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>path (id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>file: reason</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ExportScope</name>
    <message>
        <source>1 selected file</source>
        <translation>1 ausgewählte Datei</translation>
    </message>
    <message>
        <source>%1 selected files</source>
        <translation>%1 ausgewählte Dateien</translation>
    </message>
    <message>
        <source>all %1 matching files</source>
        <translation>alle %1 passenden Dateien</translation>
    </message>
    <message>
        <source>all matching files</source>
        <translation>alle passenden Dateien</translation>
    </message>
</context>
<context>
    <name>ExportTemplateEdit</name>
    <message>
        <source>Insert field</source>
        <comment>insert a {field} into the name template</comment>
        <translation>Feld einfügen</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the default name template</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>This template cannot be used: %1</source>
        <translation>Diese Vorlage ist nicht verwendbar: %1</translation>
    </message>
    <message>
        <source>(The names show here once the first files are loaded.)</source>
        <translation>(Die Namen erscheinen hier, sobald die ersten Dateien geladen sind.)</translation>
    </message>
</context>
<context>
    <name>FileCellFormatter</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln seconds)</source>
        <comment>duration: clock (seconds)</comment>
        <translation>
            <numerusform>%1 (%Ln Sekunde)</numerusform>
            <numerusform>%1 (%Ln Sekunden)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCsvWriter</name>
    <message>
        <source>&quot;%1&quot; is not a column; the columns are: %2.</source>
        <translation>„%1“ ist keine Spalte; die Spalten sind: %2.</translation>
    </message>
    <message>
        <source>No columns were given.</source>
        <translation>Es wurden keine Spalten angegeben.</translation>
    </message>
</context>
<context>
    <name>FileExportCommand</name>
    <message>
        <source>%1 exported, %2 already complete, %3 failed%4</source>
        <translation>%1 exportiert, %2 bereits vollständig, %3 fehlgeschlagen%4</translation>
    </message>
    <message>
        <source>; manifest: %1</source>
        <translation>; Manifest: %1</translation>
    </message>
</context>
<context>
    <name>FileField</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>file type column</comment>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Customer path</source>
        <translation>Kundenpfad</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>Agent-ID</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Inhaltstyp</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Recording SID</source>
        <translation>Aufzeichnungs-SID</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>AI transcription</source>
        <translation>KI-Transkription</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>date the file was created</comment>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <comment>date of the last change</comment>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>length of the recording</comment>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Recording from</source>
        <comment>who the recording is from</comment>
        <translation>Aufzeichnung von</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the calling address (phone number)</comment>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the called address (phone number)</comment>
        <translation>An</translation>
    </message>
</context>
<context>
    <name>FileLinkSelector</name>
    <message>
        <source>The linked file is not among the ids the link&apos;s filter names.</source>
        <translation>Die verlinkte Datei ist nicht unter den IDs, die der Filter des Links nennt.</translation>
    </message>
    <message>
        <source>The linked file could not be looked up: %1</source>
        <translation>Die verlinkte Datei konnte nicht nachgeschlagen werden: %1</translation>
    </message>
    <message>
        <source>The linked file is not in the link&apos;s filter; its details are shown.</source>
        <translation>Die verlinkte Datei passt nicht auf den Filter des Links; ihre Details werden angezeigt.</translation>
    </message>
    <message numerus="yes">
        <source>The linked file is beyond the first %n page(s) of this filter; its details are shown.</source>
        <translation>
            <numerusform>Die verlinkte Datei liegt hinter der ersten Seite dieses Filters; ihre Details werden angezeigt.</numerusform>
            <numerusform>Die verlinkte Datei liegt hinter den ersten %n Seiten dieses Filters; ihre Details werden angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The linked file is not in the rows of this filter; its details are shown.</source>
        <translation>Die verlinkte Datei ist nicht unter den Zeilen dieses Filters; ihre Details werden angezeigt.</translation>
    </message>
    <message>
        <source>The linked file %1 could not be opened: %2</source>
        <translation>Die verlinkte Datei %1 konnte nicht geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>The fax&apos;s pages cannot be read (not a valid PDF).</source>
        <translation>Die Seiten des Faxes können nicht gelesen werden (kein gültiges PDF).</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Vorige Seite</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Nächste Seite</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom the page to the pane&apos;s width</comment>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Seite an die Breite anpassen</translation>
    </message>
    <message>
        <source>Loading the fax&apos;s pages…</source>
        <translation>Die Seiten des Faxes werden geladen …</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Das Bild wird geladen …</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>Das Bild kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>FilePreviewLoader</name>
    <message>
        <source>The file is too large to preview (%1).</source>
        <translation>Die Datei ist für eine Vorschau zu groß (%1).</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Die Datei konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The server gives no address for this file.</source>
        <translation>Der Server gibt für diese Datei keine Adresse an.</translation>
    </message>
</context>
<context>
    <name>FileQuery</name>
    <message>
        <source>%1: &quot;%2&quot; is not a valid number.</source>
        <translation>%1: „%2“ ist keine gültige Zahl.</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is not a file type (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).</source>
        <translation>type: „%1“ ist kein Dateityp (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).</translation>
    </message>
    <message>
        <source>from: &quot;%1&quot; is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).</source>
        <translation>from: „%1“ ist kein Datum (ISO 8601 verwenden, z. B. 2026-11-28T08:00:00Z).</translation>
    </message>
    <message>
        <source>to: &quot;%1&quot; is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).</source>
        <translation>to: „%1“ ist kein Datum (ISO 8601 verwenden, z. B. 2026-11-28T08:00:00Z).</translation>
    </message>
    <message>
        <source>sort: &quot;%1&quot; is not a sortable file field.</source>
        <translation>sort: „%1“ ist kein sortierbares Dateifeld.</translation>
    </message>
    <message>
        <source>order: &quot;%1&quot; is not asc or desc.</source>
        <translation>order: „%1“ ist weder asc noch desc.</translation>
    </message>
    <message>
        <source>all: &quot;%1&quot; is not true or false.</source>
        <translation>all: „%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>simplified: &quot;%1&quot; is not true or false.</source>
        <translation>simplified: „%1“ ist weder true noch false.</translation>
    </message>
    <message>
        <source>%1: unknown query field.</source>
        <translation>%1: unbekanntes Abfragefeld.</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>Upload</source>
        <translation>Upload</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Sprachnachricht</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Anrufaufzeichnung</translation>
    </message>
    <message>
        <source>Fax</source>
        <comment>incoming fax document</comment>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>Outgoing fax</source>
        <translation>Ausgehendes Fax</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>file type</comment>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>FileWalker</name>
    <message>
        <source>Page %1 of the list could not be read (%2 attempts): %3</source>
        <translation>Seite %1 der Liste konnte nicht gelesen werden (%2 Versuche): %3</translation>
    </message>
</context>
<context>
    <name>FilesColumns</name>
    <message>
        <source>%1: click to sort</source>
        <translation>%1: zum Sortieren klicken</translation>
    </message>
    <message>
        <source>%1: cannot sort by this column</source>
        <translation>%1: nach dieser Spalte kann nicht sortiert werden</translation>
    </message>
</context>
<context>
    <name>FilesHeaderMenu</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Loading…</source>
        <comment>placeholder of a row not loaded yet</comment>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <comment>placeholder of a row whose page failed to load</comment>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No files loaded</source>
        <translation>Keine Dateien geladen</translation>
    </message>
    <message>
        <source>No files match</source>
        <translation>Keine passenden Dateien</translation>
    </message>
    <message>
        <source>%1+ files</source>
        <translation>%1+ Dateien</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>rows loaded, no total known</comment>
        <translation>
            <numerusform>%Ln Datei</numerusform>
            <numerusform>%Ln Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of 1 file</source>
        <translation>1 von 1 Datei</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln files</source>
        <comment>rows on screen of the total</comment>
        <translation>
            <numerusform>%1–%2 von %Ln Datei</numerusform>
            <numerusform>%1–%2 von %Ln Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesPageLoader</name>
    <message>
        <source>No API client.</source>
        <translation>Kein API-Client.</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>Choose Columns…</source>
        <translation>Spalten wählen …</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>No customers.</source>
        <translation>Keine Kunden.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen …</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Kunden werden geladen …</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>clear every filter</comment>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Alle Filter löschen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Part of the file name</source>
        <translation>Teil des Dateinamens</translation>
    </message>
    <message>
        <source>File &amp;name contains:</source>
        <translation>Datei&amp;name enthält:</translation>
    </message>
    <message>
        <source>Words said in the call</source>
        <translation>Im Gespräch gesagte Wörter</translation>
    </message>
    <message>
        <source>&amp;Transcription contains:</source>
        <translation>&amp;Transkription enthält:</translation>
    </message>
    <message>
        <source>Type and date</source>
        <translation>Typ und Datum</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Created &amp;between:</source>
        <translation>Erstellt &amp;zwischen:</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten suchen</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>&amp;Konten:</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>K&amp;unden:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gent:</translation>
    </message>
    <message>
        <source>e.g. audio/wav</source>
        <translation>z. B. audio/wav</translation>
    </message>
    <message>
        <source>C&amp;ontent type contains:</source>
        <translation>&amp;Inhaltstyp enthält:</translation>
    </message>
    <message>
        <source>A call session id</source>
        <translation>Die Sitzungs-ID eines Anrufs</translation>
    </message>
    <message>
        <source>&amp;Session id:</source>
        <translation>&amp;Sitzungs-ID:</translation>
    </message>
    <message>
        <source>Specific file &amp;ids:</source>
        <translation>Bestimmte Datei-I&amp;Ds:</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Weitere Filter</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Einträge pro Seite</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Einträge &amp;pro Seite:</translation>
    </message>
    <message>
        <source>Si&amp;mplified paging (no totals, faster)</source>
        <translation>&amp;Vereinfachtes Blättern (ohne Gesamtzahl, schneller)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>section of rarely needed settings</comment>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Saved views and links</source>
        <translation>Gespeicherte Ansichten und Links</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filter (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server closed the connection without an answer.</source>
        <translation>Der Server hat die Verbindung ohne Antwort geschlossen.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an oversized header.</source>
        <translation>Die Antwort des Servers hat einen übergroßen Header.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>Die Antwort des Servers ist kein HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header.</source>
        <translation>Die Antwort des Servers hat einen fehlerhaften Header.</translation>
    </message>
    <message>
        <source>The server switched protocols unasked.</source>
        <translation>Der Server hat ungefragt das Protokoll gewechselt.</translation>
    </message>
    <message>
        <source>The server sent a transfer coding that was not asked for (%1).</source>
        <translation>Der Server hat eine nicht angefragte Übertragungskodierung gesendet (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an invalid Content-Length.</source>
        <translation>Die Antwort des Servers hat eine ungültige Content-Length.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed chunk.</source>
        <translation>Die Antwort des Servers hat einen fehlerhaften Chunk.</translation>
    </message>
</context>
<context>
    <name>HttpStreamReply</name>
    <message>
        <source>The connection pool is gone.</source>
        <translation>Der Verbindungspool ist nicht mehr da.</translation>
    </message>
    <message>
        <source>A request header holds a line break.</source>
        <translation>Ein Header der Anfrage enthält einen Zeilenumbruch.</translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation>SSL-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
</context>
<context>
    <name>IdListEdit</name>
    <message>
        <source>Paste file ids: separated by commas, spaces or new lines</source>
        <translation>Datei-IDs einfügen: durch Kommas, Leerzeichen oder Zeilenumbrüche getrennt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>window title in demo mode</comment>
        <translation>%1 (Demo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title — server</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No files loaded</source>
        <translation>Keine Dateien geladen</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The rows shown are from before the refresh.</source>
        <translation>Aktualisieren fehlgeschlagen: %1 Die angezeigten Zeilen sind von vor der Aktualisierung.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <comment>files status · selected rows</comment>
        <translation>%1 · %2 ausgewählt</translation>
    </message>
</context>
<context>
    <name>MediaFetcher</name>
    <message>
        <source>The download could not be saved: %1</source>
        <translation>Der Download konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The file could not be fetched again: %1</source>
        <translation>Die Datei konnte nicht erneut geholt werden: %1</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>Der Download ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>NameTemplate</name>
    <message>
        <source>The name template is empty.</source>
        <translation>Die Namensvorlage ist leer.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; at position %1 closes nothing.</source>
        <translation>Ein „}“ an Position %1 schließt nichts.</translation>
    </message>
    <message>
        <source>The &quot;{&quot; at position %1 is never closed.</source>
        <translation>Die „{“ an Position %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; inside the placeholder at position %1.</source>
        <translation>Eine „{“ innerhalb des Platzhalters an Position %1.</translation>
    </message>
    <message>
        <source>An empty placeholder &quot;{}&quot; at position %1.</source>
        <translation>Ein leerer Platzhalter „{}“ an Position %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a file field (for example id, dateCreated, fromAddress, type, ext).</source>
        <translation>„%1“ an Position %2 ist kein Dateifeld (zum Beispiel id, dateCreated, fromAddress, type, ext).</translation>
    </message>
</context>
<context>
    <name>NoMatchNotice</name>
    <message>
        <source>No files match the filters.</source>
        <translation>Keine Datei passt auf die Filter.</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every filter and show all files</source>
        <translation>Alle Filter leeren und alle Dateien anzeigen</translation>
    </message>
</context>
<context>
    <name>PlayerActions</name>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Wiedergabe / Pause</translation>
    </message>
    <message>
        <source>Play from the &amp;start</source>
        <translation>Von &amp;Anfang an abspielen</translation>
    </message>
    <message>
        <source>Play (media key)</source>
        <translation>Wiedergabe (Medientaste)</translation>
    </message>
    <message>
        <source>Pause (media key)</source>
        <translation>Pause (Medientaste)</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>5 Sekunden zurück</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>5 Sekunden vor</translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation>1 Sekunde zurück</translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation>1 Sekunde vor</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>&amp;Langsamer</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>&amp;Schneller</translation>
    </message>
    <message>
        <source>&amp;Normal speed</source>
        <translation>&amp;Normale Geschwindigkeit</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Stumm</translation>
    </message>
    <message>
        <source>P&amp;revious recording</source>
        <translation>&amp;Vorige Aufzeichnung</translation>
    </message>
    <message>
        <source>Ne&amp;xt recording</source>
        <translation>&amp;Nächste Aufzeichnung</translation>
    </message>
    <message>
        <source>Play next &amp;automatically</source>
        <translation>Nächste &amp;automatisch abspielen</translation>
    </message>
    <message>
        <source>Skip s&amp;ilence</source>
        <translation>St&amp;ille überspringen</translation>
    </message>
    <message>
        <source>&amp;Clear the audio cache</source>
        <translation>Audio-&amp;Cache leeren</translation>
    </message>
    <message>
        <source>Auto-next</source>
        <comment>short label of &apos;play next automatically&apos;</comment>
        <translation>Auto-weiter</translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation>Stille überspringen</translation>
    </message>
    <message>
        <source>At the end of a file, play the next recording or voicemail in the table</source>
        <translation>Am Ende einer Datei die nächste Aufzeichnung oder Sprachnachricht der Tabelle abspielen</translation>
    </message>
    <message>
        <source>Jump over silences longer than 1.5 seconds</source>
        <translation>Stille von mehr als 1,5 Sekunden überspringen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: command (key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Player</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <source>Playback speed (the pitch is kept): [ slower, ] faster, Backspace normal</source>
        <translation>Wiedergabegeschwindigkeit (die Tonhöhe bleibt): [ langsamer, ] schneller, Rücktaste normal</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>No more recordings below.</source>
        <translation>Keine weiteren Aufzeichnungen darunter.</translation>
    </message>
    <message>
        <source>No more recordings above.</source>
        <translation>Keine weiteren Aufzeichnungen darüber.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: command (key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1×</source>
        <comment>playback speed, e.g. 1.5×</comment>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Select a recording or voicemail to play it</source>
        <translation>Wählen Sie eine Aufzeichnung oder Sprachnachricht zum Abspielen</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>from → to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The file cannot be played.</source>
        <translation>Die Datei kann nicht abgespielt werden.</translation>
    </message>
    <message>
        <source>Looking for the next recording…</source>
        <translation>Nächste Aufzeichnung wird gesucht …</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Puffern …</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Wird heruntergeladen … %1 %</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Lautstärke: %1 %</translation>
    </message>
</context>
<context>
    <name>PlayerEngine</name>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>Die heruntergeladene Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not an audio file.</source>
        <translation>%1 ist keine Audiodatei.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <source>Media &amp;cache</source>
        <translation>Medien-&amp;Cache</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Downloads</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Nicht angemeldet.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>&amp;Server for the next sign-in:</source>
        <translation>&amp;Server für die nächste Anmeldung:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>&amp;User (e-mail):</source>
        <translation>&amp;Benutzer (E-Mail):</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer an&amp;gemeldet bleiben</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain; the password is never stored.</source>
        <translation>Die Sitzung wird im Schlüsselbund des Systems aufbewahrt; das Passwort wird nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Forget recent servers</source>
        <translation>Letzte Server &amp;vergessen</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> rows</source>
        <comment>page size suffix</comment>
        <translation> Zeilen</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Einträge &amp;pro Seite:</translation>
    </message>
    <message>
        <source>Si&amp;mplified paging (no totals, faster)</source>
        <translation>&amp;Vereinfachtes Blättern (ohne Gesamtzahl, schneller)</translation>
    </message>
    <message>
        <source>Page size and paging apply to the next query.</source>
        <translation>Seitengröße und Seitenaufteilung gelten ab der nächsten Abfrage.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Lautstärke:</translation>
    </message>
    <message>
        <source>×</source>
        <comment>playback speed suffix, as in 1.5x</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>&amp;Geschwindigkeit:</translation>
    </message>
    <message>
        <source>Play the &amp;next recording when one ends</source>
        <translation>Am Ende die &amp;nächste Aufzeichnung abspielen</translation>
    </message>
    <message>
        <source>S&amp;kip silence</source>
        <translation>Stille ü&amp;berspringen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Kein Cache</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Größenlimit:</translation>
    </message>
    <message>
        <source>Media cache folder</source>
        <translation>Ordner des Medien-Caches</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>Cache &amp;leeren</translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation>Auf der Festplatte:</translation>
    </message>
    <message>
        <source>Downloaded recordings and faxes are kept here so that they open at once the next time.</source>
        <translation>Heruntergeladene Aufzeichnungen und Faxe werden hier aufbewahrt, damit sie beim nächsten Mal sofort öffnen.</translation>
    </message>
    <message>
        <source>&amp;Downloads at once:</source>
        <translation>&amp;Gleichzeitige Downloads:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportordner:</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>Datei&amp;namen:</translation>
    </message>
    <message>
        <source>Fields in braces are replaced by the file&apos;s values, as in the default: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.</source>
        <translation>Felder in geschweiften Klammern werden durch die Werte der Datei ersetzt, wie im Standard: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 in %n Datei</numerusform>
            <numerusform>%1 in %n Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“.</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Apply</source>
        <comment>apply the chosen saved view</comment>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save the current filters as a named view</comment>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete the chosen saved view</comment>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Name der Ansicht</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Pick a saved view to apply, or type a new name and press Save.</source>
        <translation>Wählen Sie eine gespeicherte Ansicht, oder geben Sie einen neuen Namen ein und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>Paste a link to open it</source>
        <translation>Link zum Öffnen einfügen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copy the current filters as a link to the clipboard</source>
        <translation>Die aktuellen Filter als Link in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Link öffnen</translation>
    </message>
    <message>
        <source>Type a name for the view first.</source>
        <translation>Geben Sie zuerst einen Namen für die Ansicht ein.</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Ansicht „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>Es gibt keine gespeicherte Ansicht namens „%1“.</translation>
    </message>
    <message>
        <source>Deleted the view “%1”.</source>
        <translation>Ansicht „%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Link in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Paste a link into the field first.</source>
        <translation>Fügen Sie zuerst einen Link in das Feld ein.</translation>
    </message>
    <message>
        <source>This link cannot be read.</source>
        <translation>Dieser Link kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation>Dieser Link kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your remembered session has expired. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server address cannot be used.</source>
        <translation>Die Serveradresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Demo mode: nothing is remembered.</source>
        <translation>Demomodus: Es wird nichts gespeichert.</translation>
    </message>
    <message>
        <source>The server no longer accepts your session. Sign in again to continue; your filters and selection are kept.</source>
        <translation>Der Server akzeptiert Ihre Sitzung nicht mehr. Melden Sie sich erneut an, um fortzufahren; Ihre Filter und Ihre Auswahl bleiben erhalten.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Sie haben sich abgemeldet.</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Focus filters</source>
        <translation>Zu den &amp;Filtern</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>&amp;Seitenleiste anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;detail pane</source>
        <translation>&amp;Detailbereich anzeigen</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About EvoVoice Files Console</source>
        <translation>Ü&amp;ber EvoVoice Files Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Copy &amp;link to this file</source>
        <translation>&amp;Link zu dieser Datei kopieren</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Bearbeiten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Next / previous file</source>
        <translation>Nächste / vorige Datei</translation>
    </message>
    <message>
        <source>Down, J / Up, K</source>
        <translation>Pfeil runter, J / Pfeil hoch, K</translation>
    </message>
    <message>
        <source>Apply filters at once</source>
        <translation>Filter sofort anwenden</translation>
    </message>
    <message>
        <source>Enter (in a filter field)</source>
        <translation>Eingabetaste (in einem Filterfeld)</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to EvoVoice</source>
        <translation>Bei EvoVoice anmelden</translation>
    </message>
    <message>
        <source>The EvoVoice API address; recent servers are in the list.</source>
        <translation>Die Adresse der EvoVoice-API; zuletzt verwendete Server stehen in der Liste.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer an&amp;gemeldet bleiben</translation>
    </message>
    <message>
        <source>Keeps the session (never the password) in the system keychain.</source>
        <translation>Bewahrt die Sitzung (nie das Passwort) im Schlüsselbund des Systems auf.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <comment>button: sign in to the server</comment>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://evovoice.io.</source>
        <translation>„%1“ ist keine Serveradresse wie https://evovoice.io.</translation>
    </message>
    <message>
        <source>The server address cannot be used.</source>
        <translation>Die Serveradresse kann nicht verwendet werden.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another console is running.</source>
        <translation>Eine andere Konsole läuft bereits.</translation>
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Datei: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>An: %1</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>AI transcription</source>
        <translation>KI-Transkription</translation>
    </message>
</context>
<context>
    <name>TypeCombo</name>
    <message>
        <source>Any type</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>the file type filter</comment>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>The users list is not available to you; type an agent&apos;s user id.</source>
        <translation>Die Benutzerliste steht Ihnen nicht zur Verfügung; geben Sie die Benutzer-ID eines Agenten ein.</translation>
    </message>
    <message>
        <source>Agent user id</source>
        <translation>Benutzer-ID des Agenten</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Alle Agenten</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <comment>user name &lt;email address&gt;</comment>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>User id: %1</source>
        <translation>Benutzer-ID: %1</translation>
    </message>
</context>
<context>
    <name>WaveformSeekBar</name>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
</context>
<context>
    <name>WindowLinks</name>
    <message>
        <source>Link to “%1” copied.</source>
        <translation>Link zu „%1“ kopiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>Link kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>evovoice-console: handed over to the running console.
</source>
        <translation>evovoice-console: an die laufende Konsole übergeben.
</translation>
    </message>
</context>
</TS>
