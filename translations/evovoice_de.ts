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
        <source>The server&apos;s answer could not be read.</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden.</translation>
    </message>
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
        <source>The sign-in answer could not be read.</source>
        <translation>Die Antwort auf die Anmeldung konnte nicht gelesen werden.</translation>
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
</context>
<context>
    <name>CliOptions</name>
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

Details mit &apos;evovoice-cli files list --help&apos; oder &apos;evovoice-cli files get --help&apos;.
Exit-Codes: 0 in Ordnung, 1 Fehler, 2 falscher Aufruf.
</translation>
    </message>
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
</context>
<context>
    <name>ConsoleShell</name>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
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
    <name>main</name>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
    </message>
</context>
</TS>
