# German translations of the console and the CLI (read by translations/fill-translations).
# Terms: file = Datei, call recording = Anrufaufzeichnung, voice message = Sprachnachricht,
# sign in = Anmelden, sign out = Abmelden, account = Konto, customer = Kunde, agent = Agent,
# transcription = Transkription, saved view = gespeicherte Ansicht, session = Sitzung.
# Keep every %1 and %n, and one & accelerator where the source has one.

COMMON = {
    # --- window, menus, actions
    "EvoVoice Files Console": "EvoVoice Files Console",
    "About EvoVoice Files Console": "Über EvoVoice Files Console",
    "EvoVoice Files Console %1\n\nBrowse, filter and inspect the files of the EvoVoice telephony API.\n\nServer: %2\nQt %3":
        "EvoVoice Files Console %1\n\nDateien der EvoVoice-Telefonie-API durchsuchen, filtern und prüfen.\n\nServer: %2\nQt %3",
    "not connected": "nicht verbunden",
    "Sign &out": "&Abmelden",
    "&Quit": "&Beenden",
    "&Refresh": "&Aktualisieren",
    "&Focus filters": "Zu den &Filtern",
    "Show &sidebar": "&Seitenleiste anzeigen",
    "Show &detail pane": "&Detailbereich anzeigen",
    "Reset &layout": "&Layout zurücksetzen",
    "&Keyboard shortcuts": "&Tastenkürzel",
    "&About EvoVoice Files Console": "Ü&ber EvoVoice Files Console",
    "&File": "&Datei",
    "&View": "&Ansicht",
    "&Help": "&Hilfe",
    "Keyboard shortcuts": "Tastenkürzel",
    "Command": "Befehl",
    "Keys": "Tasten",
    ", ": ", ",
    "Next / previous file": "Nächste / vorige Datei",
    "Down, J / Up, K": "Pfeil runter, J / Pfeil hoch, K",
    "Apply filters at once": "Filter sofort anwenden",
    "Enter (in a filter field)": "Eingabetaste (in einem Filterfeld)",
    "Cancel sign-in": "Anmeldung abbrechen",
    "Esc": "Esc",
    "Not signed in: %1": "Nicht angemeldet: %1",
    "%1 (demo)": "%1 (Demo)",
    "%1 — %2": "%1 — %2",
    "No files loaded": "Keine Dateien geladen",
    "Loading…": "Wird geladen …",
    "%1 (%2)": "%1 (%2)",
    "Signed in as %1 on %2\nRoles: %3": "Angemeldet als %1 auf %2\nRollen: %3",
    "Nothing remembered: no keychain": "Nichts gespeichert: kein Schlüsselbund",
    "Retry": "Erneut versuchen",
    "Dismiss": "Schließen",
    "%1 (%n times)": ["%1 (%n-mal)", "%1 (%n-mal)"],
    "Choose Columns…": "Spalten wählen …",
    "Columns": "Spalten",
    "Reset Columns": "Spalten zurücksetzen",

    # --- sign-in and session
    "Sign in to EvoVoice": "Bei EvoVoice anmelden",
    "The EvoVoice API address; recent servers are in the list.":
        "Die Adresse der EvoVoice-API; zuletzt verwendete Server stehen in der Liste.",
    "name@example.com": "name@example.com",
    "&Remember me on this computer": "Auf diesem Computer an&gemeldet bleiben",
    "Keeps the session (never the password) in the system keychain.":
        "Bewahrt die Sitzung (nie das Passwort) im Schlüsselbund des Systems auf.",
    "&Sign in": "&Anmelden",
    "Se&rver:": "Se&rver:",
    "&Email:": "&E-Mail:",
    "&Password:": "&Passwort:",
    "\"%1\" is not a server address such as https://evovoice.io.":
        "„%1“ ist keine Serveradresse wie https://evovoice.io.",
    "The server address cannot be used.": "Die Serveradresse kann nicht verwendet werden.",
    "Sign-in refused: %1": "Anmeldung abgelehnt: %1",
    "Sign-in cancelled.": "Anmeldung abgebrochen.",
    "Your remembered session has expired. Please sign in again.":
        "Ihre gespeicherte Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.",
    "Demo mode: nothing is remembered.": "Demomodus: Es wird nichts gespeichert.",
    "The server no longer accepts your session. Sign in again to continue; your filters and selection are kept.":
        "Der Server akzeptiert Ihre Sitzung nicht mehr. Melden Sie sich erneut an, um fortzufahren; "
        "Ihre Filter und Ihre Auswahl bleiben erhalten.",
    "You have signed out.": "Sie haben sich abgemeldet.",
    "No system keychain is available (%1); nothing will be remembered.":
        "Kein Schlüsselbund des Systems verfügbar (%1); es wird nichts gespeichert.",

    # --- the detail pane
    "Select a file to see its details": "Wählen Sie eine Datei, um ihre Details zu sehen",
    "Ownership": "Zuordnung",
    "%1:": "%1:",
    "Transcriptions": "Transkriptionen",
    "No transcription.": "Keine Transkription.",
    "No AI transcription.": "Keine KI-Transkription.",
    "Copy to the clipboard": "In die Zwischenablage kopieren",
    "—": "—",
    "Show this customer's files (%1)": "Dateien dieses Kunden anzeigen (%1)",
    "%1 (%Ln seconds)": ["%1 (%Ln Sekunde)", "%1 (%Ln Sekunden)"],
    "%1 (%2 bytes)": "%1 (%2 Bytes)",

    # --- file fields and types
    "ID": "ID",
    "Created": "Erstellt",
    "Modified": "Geändert",
    "Created by": "Erstellt von",
    "Modified by": "Geändert von",
    "Type": "Typ",
    "Account ID": "Konto-ID",
    "Account": "Konto",
    "Customer ID": "Kunden-ID",
    "Customer": "Kunde",
    "Customer path": "Kundenpfad",
    "Agent ID": "Agent-ID",
    "Agent": "Agent",
    "File name": "Dateiname",
    "URI": "URI",
    "Content type": "Inhaltstyp",
    "Size": "Größe",
    "Recording SID": "Aufzeichnungs-SID",
    "Duration": "Dauer",
    "Recording from": "Aufzeichnung von",
    "Transcription": "Transkription",
    "From": "Von",
    "To": "An",
    "AI transcription": "KI-Transkription",
    "Upload": "Upload",
    "Voice message": "Sprachnachricht",
    "Call recording": "Anrufaufzeichnung",
    "Fax": "Fax",
    "Attachment": "Anhang",
    "Outgoing fax": "Ausgehendes Fax",
    "Unknown": "Unbekannt",
    "%1: click to sort": "%1: zum Sortieren klicken",
    "%1: cannot sort by this column": "%1: nach dieser Spalte kann nicht sortiert werden",

    # --- status line of the table
    "No files match": "Keine passenden Dateien",
    "%1+ files": "%1+ Dateien",
    "%Ln files": ["%Ln Datei", "%Ln Dateien"],
    "1 of 1 file": "1 von 1 Datei",
    "%1–%2 of %Ln files": ["%1–%2 von %Ln Datei", "%1–%2 von %Ln Dateien"],
    "Not loaded": "Nicht geladen",

    # --- the filter sidebar
    "No customers.": "Keine Kunden.",
    "Loading accounts…": "Konten werden geladen …",
    "Loading customers…": "Kunden werden geladen …",
    "Reset": "Zurücksetzen",
    "Clear every filter": "Alle Filter löschen",
    "Search": "Suche",
    "Part of the file name": "Teil des Dateinamens",
    "File &name contains:": "Datei&name enthält:",
    "Words said in the call": "Im Gespräch gesagte Wörter",
    "&Transcription contains:": "&Transkription enthält:",
    "Type and date": "Typ und Datum",
    "T&ype:": "T&yp:",
    "Created &between:": "Erstellt &zwischen:",
    "Search accounts": "Konten suchen",
    "&Accounts:": "&Konten:",
    "Search customers": "Kunden suchen",
    "&Customers:": "K&unden:",
    "A&gent:": "A&gent:",
    "e.g. audio/wav": "z. B. audio/wav",
    "C&ontent type contains:": "&Inhaltstyp enthält:",
    "A call session id": "Die Sitzungs-ID eines Anrufs",
    "&Session id:": "&Sitzungs-ID:",
    "Specific file &ids:": "Bestimmte Datei-I&Ds:",
    "More filters": "Weitere Filter",
    "Page size": "Einträge pro Seite",
    "&Page size:": "Einträge &pro Seite:",
    "Si&mplified paging (no totals, faster)": "&Vereinfachtes Blättern (ohne Gesamtzahl, schneller)",
    "Advanced": "Erweitert",
    "Saved views and links": "Gespeicherte Ansichten und Links",
    "Filters (%1)": "Filter (%1)",
    "Filters": "Filter",
    "Paste file ids: separated by commas, spaces or new lines":
        "Datei-IDs einfügen: durch Kommas, Leerzeichen oder Zeilenumbrüche getrennt",
    "%n selected": ["%n ausgewählt", "%n ausgewählt"],
    "Any type": "Alle Typen",
    "Any agent": "Alle Agenten",
    "Agent user id": "Benutzer-ID des Agenten",
    "The users list is not available to you; type an agent's user id.":
        "Die Benutzerliste steht Ihnen nicht zur Verfügung; geben Sie die Benutzer-ID eines Agenten ein.",
    "The start of the range is after its end; the filter is not applied.":
        "Der Beginn des Zeitraums liegt nach seinem Ende; der Filter wird nicht angewendet.",
    "Any time": "Beliebiger Zeitraum",
    "Today": "Heute",
    "Yesterday": "Gestern",
    "Last 7 days": "Letzte 7 Tage",
    "This month": "Dieser Monat",
    "Custom range": "Eigener Zeitraum",
    "Open": "Offen",
    "Created from": "Erstellt ab",
    "Created until": "Erstellt bis",
    "From:": "Von:",
    "Until:": "Bis:",

    # --- saved views and links
    "Apply": "Anwenden",
    "Save": "Speichern",
    "Delete": "Löschen",
    "View name": "Name der Ansicht",
    "Saved view": "Gespeicherte Ansicht",
    "Pick a saved view to apply, or type a new name and press Save.":
        "Wählen Sie eine gespeicherte Ansicht, oder geben Sie einen neuen Namen ein und klicken Sie auf „Speichern“.",
    "Paste a link to open it": "Link zum Öffnen einfügen",
    "Link": "Link",
    "Copy link": "Link kopieren",
    "Copy the current filters as a link to the clipboard": "Die aktuellen Filter als Link in die Zwischenablage kopieren",
    "Open link": "Link öffnen",
    "Type a name for the view first.": "Geben Sie zuerst einen Namen für die Ansicht ein.",
    "Saved the view “%1”.": "Ansicht „%1“ gespeichert.",
    "There is no saved view named “%1”.": "Es gibt keine gespeicherte Ansicht namens „%1“.",
    "Deleted the view “%1”.": "Ansicht „%1“ gelöscht.",
    "Link copied to the clipboard.": "Link in die Zwischenablage kopiert.",
    "Paste a link into the field first.": "Fügen Sie zuerst einen Link in das Feld ein.",
    "This link cannot be read.": "Dieser Link kann nicht gelesen werden.",
    "This link cannot be read: %1": "Dieser Link kann nicht gelesen werden: %1",

    # --- lookups (accounts, customers, users)
    "%1 (not loaded)": "%1 (nicht geladen)",
    "Account id: %1": "Konto-ID: %1",
    "Customer id: %1": "Kunden-ID: %1",
    "%1\nAccount: %2\nCustomer id: %3": "%1\nKonto: %2\nKunden-ID: %3",
    "%1 <%2>": "%1 <%2>",
    "User id: %1": "Benutzer-ID: %1",
    "No API client.": "Kein API-Client.",

    # --- API client and errors
    "The server address is not a valid URL.": "Die Serveradresse ist keine gültige URL.",
    "The server address must start with https:// (or http:// for a local test server).":
        "Die Serveradresse muss mit https:// beginnen (oder mit http:// für einen lokalen Testserver).",
    "The server address has no host name.": "Die Serveradresse enthält keinen Hostnamen.",
    "The server address must not contain a user name or password.":
        "Die Serveradresse darf weder Benutzernamen noch Passwort enthalten.",
    "A password is never sent over plain HTTP except to this computer; use https://.":
        "Ein Passwort wird nie über unverschlüsseltes HTTP gesendet, außer an diesen Computer; verwenden Sie https://.",
    "A user name and a password are needed.": "Benutzername und Passwort werden benötigt.",
    "The download has nowhere to write to.": "Für den Download ist kein Ziel angegeben.",
    "The file's address is not usable: %1": "Die Adresse der Datei ist nicht verwendbar: %1",
    "No server is set.": "Es ist kein Server eingestellt.",
    "No file ID was given.": "Es wurde keine Datei-ID angegeben.",
    "The server's answer could not be read.": "Die Antwort des Servers konnte nicht gelesen werden.",
    "The server could not be reached.": "Der Server ist nicht erreichbar.",
    "The server did not answer in time.": "Der Server hat nicht rechtzeitig geantwortet.",
    "The server refused the request (%1).": "Der Server hat die Anfrage abgelehnt (%1).",
    "The server refused the request.": "Der Server hat die Anfrage abgelehnt.",
    "You are not signed in, or your session has expired.": "Sie sind nicht angemeldet, oder Ihre Sitzung ist abgelaufen.",
    "You do not have permission to do this.": "Dazu fehlt Ihnen die Berechtigung.",
    "The server sent an answer that could not be read.": "Der Server hat eine Antwort gesendet, die nicht gelesen werden konnte.",
    "The request was cancelled.": "Die Anfrage wurde abgebrochen.",
    "The request could not be made.": "Die Anfrage konnte nicht gestellt werden.",
    "%1: %2": "%1: %2",
    "The server sent a different part of the file than asked for.":
        "Der Server hat einen anderen Teil der Datei gesendet als angefordert.",
    "The file could not be written.": "Die Datei konnte nicht geschrieben werden.",
    "No answer within %1 ms.": "Keine Antwort innerhalb von %1 ms.",
    "The server redirected a request that cannot be repeated.":
        "Der Server hat eine Anfrage umgeleitet, die nicht wiederholt werden kann.",
    "Too many redirects.": "Zu viele Umleitungen.",
    "The server redirected to an invalid address.": "Der Server hat auf eine ungültige Adresse umgeleitet.",
    "Refused a redirect from HTTPS to an insecure address.":
        "Eine Umleitung von HTTPS auf eine unsichere Adresse wurde abgelehnt.",
    "The sign-in answer could not be read.": "Die Antwort auf die Anmeldung konnte nicht gelesen werden.",
    "The server accepted the sign-in but sent no session.":
        "Der Server hat die Anmeldung angenommen, aber keine Sitzung gesendet.",
    "Signing in again with the saved credentials failed.":
        "Die erneute Anmeldung mit den gespeicherten Zugangsdaten ist fehlgeschlagen.",

    # --- query text form (links)
    "%1: \"%2\" is not a valid number.": "%1: „%2“ ist keine gültige Zahl.",
    "type: \"%1\" is not a file type (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).":
        "type: „%1“ ist kein Dateityp (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).",
    "from: \"%1\" is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).":
        "from: „%1“ ist kein Datum (ISO 8601 verwenden, z. B. 2026-11-28T08:00:00Z).",
    "to: \"%1\" is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).":
        "to: „%1“ ist kein Datum (ISO 8601 verwenden, z. B. 2026-11-28T08:00:00Z).",
    "sort: \"%1\" is not a sortable file field.": "sort: „%1“ ist kein sortierbares Dateifeld.",
    "order: \"%1\" is not asc or desc.": "order: „%1“ ist weder asc noch desc.",
    "all: \"%1\" is not true or false.": "all: „%1“ ist weder true noch false.",
    "simplified: \"%1\" is not true or false.": "simplified: „%1“ ist weder true noch false.",
    "%1: unknown query field.": "%1: unbekanntes Abfragefeld.",

    # --- demo simulator
    "The demo simulator did not announce its address in time.":
        "Der Demo-Simulator hat seine Adresse nicht rechtzeitig gemeldet.",
    "The demo simulator could not be started (%1): %2": "Der Demo-Simulator konnte nicht gestartet werden (%1): %2",
    "The demo simulator stopped before it was ready (exit code %1).":
        "Der Demo-Simulator wurde beendet, bevor er bereit war (Exit-Code %1).",
    "The demo simulator was not found at %1. Build the evovoice-sim target (it must sit next to the console).":
        "Der Demo-Simulator wurde unter %1 nicht gefunden. Bauen Sie das Ziel evovoice-sim (es muss neben der Konsole liegen).",

    # --- console command line
    "EvoVoice Files Console: browse, filter and inspect the files of the EvoVoice API.\nWithout options it signs in with a remembered session or asks.":
        "EvoVoice Files Console: Dateien der EvoVoice-API durchsuchen, filtern und prüfen.\n"
        "Ohne Optionen meldet sie sich mit einer gespeicherten Sitzung an oder fragt nach den Zugangsdaten.",
    "Show this help.": "Diese Hilfe anzeigen.",
    "Show the version.": "Die Version anzeigen.",
    "The API's address (default https://evovoice.io).": "Die Adresse der API (Standard: https://evovoice.io).",
    "URL": "URL",
    "Sign in as EMAIL without the dialog; the password comes from the environment variable EVOVOICE_PASSWORD.":
        "Ohne Dialog als EMAIL anmelden; das Passwort kommt aus der Umgebungsvariablen EVOVOICE_PASSWORD.",
    "EMAIL": "EMAIL",
    "Start the bundled simulator (evovoice-sim) and sign in to it as the demo manager.":
        "Den mitgelieferten Simulator (evovoice-sim) starten und sich dort als Demo-Manager anmelden.",
    "\nEnvironment:\n  EVOVOICE_PASSWORD  the password for --user (never stored)\n":
        "\nUmgebung:\n  EVOVOICE_PASSWORD  das Passwort für --user (wird nie gespeichert)\n",
    "Unexpected argument: %1\n": "Unerwartetes Argument: %1\n",
    "--demo cannot be combined with --server or --user.\n": "--demo kann nicht mit --server oder --user kombiniert werden.\n",

    # --- evovoice-cli
    "Usage: evovoice-cli COMMAND [options]\n\nCommands:\n  files list    List files (one flag per filter of the API's ListFiles)\n  files get ID  Show one file's fields\n\nConnection (every command):\n  --server URL        the API (or EVOVOICE_SERVER), e.g. https://evovoice.io\n  --user EMAIL        the user (or EVOVOICE_USER)\n  --password-stdin    read the password from the first line of stdin\n                      (otherwise EVOVOICE_PASSWORD; never as an argument)\n\nRun 'evovoice-cli files list --help' or 'evovoice-cli files get --help' for details.\nExit codes: 0 ok, 1 error, 2 usage.\n":
        "Aufruf: evovoice-cli BEFEHL [Optionen]\n"
        "\n"
        "Befehle:\n"
        "  files list    Dateien auflisten (eine Option je Filter von ListFiles der API)\n"
        "  files get ID  Die Felder einer Datei anzeigen\n"
        "\n"
        "Verbindung (jeder Befehl):\n"
        "  --server URL        die API (oder EVOVOICE_SERVER), z. B. https://evovoice.io\n"
        "  --user EMAIL        der Benutzer (oder EVOVOICE_USER)\n"
        "  --password-stdin    das Passwort aus der ersten Zeile von stdin lesen\n"
        "                      (sonst EVOVOICE_PASSWORD; nie als Argument)\n"
        "\n"
        "Details mit 'evovoice-cli files list --help' oder 'evovoice-cli files get --help'.\n"
        "Exit-Codes: 0 in Ordnung, 1 Fehler, 2 falscher Aufruf.\n",
    "A password is never accepted as an argument (it would show in the process list and the shell history): set EVOVOICE_PASSWORD or use --password-stdin.":
        "Ein Passwort wird nie als Argument angenommen (es stünde in der Prozessliste und im Verlauf der Shell): "
        "setzen Sie EVOVOICE_PASSWORD oder verwenden Sie --password-stdin.",
    "No command given.": "Kein Befehl angegeben.",
    "Unknown command \"%1\".": "Unbekannter Befehl „%1“.",
    "\"files\" needs a subcommand: list or get.": "„files“ braucht einen Unterbefehl: list oder get.",
    "Unknown subcommand \"files %1\" (list or get).": "Unbekannter Unterbefehl „files %1“ (list oder get).",
    "The API's URL (or EVOVOICE_SERVER).": "Die URL der API (oder EVOVOICE_SERVER).",
    "The user's e-mail (or EVOVOICE_USER).": "Die E-Mail-Adresse des Benutzers (oder EVOVOICE_USER).",
    "Read the password from stdin (otherwise EVOVOICE_PASSWORD).": "Das Passwort von stdin lesen (sonst EVOVOICE_PASSWORD).",
    "Output: table (default), csv or json.": "Ausgabe: table (Standard), csv oder json.",
    "No server: give --server URL or set EVOVOICE_SERVER.": "Kein Server: --server URL angeben oder EVOVOICE_SERVER setzen.",
    "--server: \"%1\" is not a URL.": "--server: „%1“ ist keine URL.",
    "No user: give --user EMAIL or set EVOVOICE_USER.": "Kein Benutzer: --user EMAIL angeben oder EVOVOICE_USER setzen.",
    "No password: set EVOVOICE_PASSWORD or use --password-stdin.":
        "Kein Passwort: EVOVOICE_PASSWORD setzen oder --password-stdin verwenden.",
    "--format: \"%1\" is not table, csv or json.": "--format: „%1“ ist weder table noch csv noch json.",
    "List files. Without --limit one page is printed; with --limit N the pages are walked until N files (0 = all).":
        "Dateien auflisten. Ohne --limit wird eine Seite ausgegeben; mit --limit N werden die Seiten durchlaufen, "
        "bis N Dateien ausgegeben sind (0 = alle).",
    "A saved query's text form (flags below override it).":
        "Die Textform einer gespeicherten Abfrage (die Optionen unten haben Vorrang).",
    "Account ID (repeatable): AccountIds.": "Konto-ID (wiederholbar): AccountIds.",
    "Customer ID (repeatable): CustomerIds.": "Kunden-ID (wiederholbar): CustomerIds.",
    "Session ID: SessionId.": "Sitzungs-ID: SessionId.",
    "File name contains: FileName.": "Dateiname enthält: FileName.",
    "Content type contains: ContentType.": "Inhaltstyp enthält: ContentType.",
    "Upload, VoiceMessage, CallRecording, Fax, Attachment or FaxOutgoing.":
        "Upload, VoiceMessage, CallRecording, Fax, Attachment oder FaxOutgoing.",
    "Created at or after (ISO date or date-time; UTC unless an offset is given).":
        "Erstellt am oder nach (ISO-Datum oder -Datum/Uhrzeit; UTC, wenn kein Versatz angegeben ist).",
    "Created at or before (a bare date means the end of that day).":
        "Erstellt am oder vor (ein Datum allein steht für das Ende dieses Tages).",
    "The agent's user ID: UserId.": "Die Benutzer-ID des Agenten: UserId.",
    "Transcription contains: TranscriptionContains.": "Transkription enthält: TranscriptionContains.",
    "A file ID (repeatable): SpecificIds.": "Eine Datei-ID (wiederholbar): SpecificIds.",
    "Sort field, a FileInfo property (DateCreated, FileName, ...).":
        "Sortierfeld, eine Eigenschaft von FileInfo (DateCreated, FileName, ...).",
    "Sort descending.": "Absteigend sortieren.",
    "Files per page: CountPerPage (default 200).": "Dateien pro Seite: CountPerPage (Standard 200).",
    "Zero-based page: Page.": "Seite, ab 0 gezählt: Page.",
    "Ask the server for every file at once: All.": "Alle Dateien auf einmal vom Server anfordern: All.",
    "Skip the server's counts: SimplifiedPaging.": "Ohne die Zählung des Servers: SimplifiedPaging.",
    "Walk the pages until N files are printed (0 = all of them).":
        "Die Seiten durchlaufen, bis N Dateien ausgegeben sind (0 = alle).",
    "Unexpected argument \"%1\".": "Unerwartetes Argument „%1“.",
    "--query: %1": "--query: %1",
    "--type: \"%1\" is not one of Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.":
        "--type: „%1“ ist keiner von Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.",
    "--%1: \"%2\" is not an ISO date or date-time (2026-11-28 or 2026-11-28T08:00:00Z).":
        "--%1: „%2“ ist kein ISO-Datum und keine ISO-Datum/Uhrzeit (2026-11-28 oder 2026-11-28T08:00:00Z).",
    "--sort: \"%1\" is not a sortable file field (e.g. DateCreated, FileName, ContentLength, RecordingDuration).":
        "--sort: „%1“ ist kein sortierbares Dateifeld (z. B. DateCreated, FileName, ContentLength, RecordingDuration).",
    "--%1: \"%2\" is not a number of at least %3.": "--%1: „%2“ ist keine Zahl von mindestens %3.",
    "Show one file's fields.": "Die Felder einer Datei anzeigen.",
    "The file's ID.": "Die ID der Datei.",
    "files get needs exactly one file ID.": "files get braucht genau eine Datei-ID.",
    "The password is empty.": "Das Passwort ist leer.",
}

BY_CONTEXT = {
    ("DetailPane", "Call"): "Anruf",
    ("DetailPane", "File"): "Datei",
    ("DetailPane", "Audit"): "Protokoll",
    ("FileType", "Fax"): "Fax",
    ("CopyableField", "Copy"): "Kopieren",
    ("SavedViewsPanel", "Save"): "Speichern",
    ("DateRangeEdit", "Created"): "Erstellt",
    ("TypeCombo", "Type"): "Typ",
    ("FilterSidebar", "Reset"): "Zurücksetzen",
}

# --- player, export, links, preferences, hardening (issue 8, after the merge)
COMMON.update({
    'Licence: %1': 'Lizenz: %1',
    'No audio output device is available.': 'Kein Audio-Ausgabegerät verfügbar.',
    'The audio device cannot play %1 Hz, %2 channel(s).':
        'Das Audiogerät kann %1 Hz mit %2 Kanal/Kanälen nicht abspielen.',
    'The audio device could not be opened.': 'Das Audiogerät konnte nicht geöffnet werden.',
    'The audio device failed.': 'Das Audiogerät ist ausgefallen.',
    'The file holds no sound that could be decoded.':
        'Die Datei enthält keinen dekodierbaren Ton.',
    "The file's format is not supported (%1).":
        'Das Format der Datei wird nicht unterstützt (%1).',
    'Sign-in failed: %1': 'Anmeldung fehlgeschlagen: %1',
    'the server refused the user name or password.':
        'der Server hat Benutzername oder Passwort abgelehnt.',
    'Show this help and exit.': 'Diese Hilfe anzeigen und beenden.',
    'Usage: %1': 'Aufruf: %1',
    'Options:': 'Optionen:',
    "Usage: evovoice-cli COMMAND [options]\n\nCommands:\n  files list    List files (one flag per filter of the API's ListFiles)\n  files get ID  Show one file's fields\n\nConnection (every command):\n  --server URL        the API (or EVOVOICE_SERVER), e.g. https://evovoice.io\n  --user EMAIL        the user (or EVOVOICE_USER)\n  --password-stdin    read the password from the first line of stdin\n                      (otherwise EVOVOICE_PASSWORD; never as an argument)\n\n  --version           show the version and exit\n\nRun 'evovoice-cli files list --help' or 'evovoice-cli files get --help' for details.\nExit codes: 0 ok, 1 error, 2 usage.\n":
        "Aufruf: evovoice-cli BEFEHL [Optionen]\n\nBefehle:\n  files list    Dateien auflisten (eine Option je Filter von ListFiles der API)\n  files get ID  Die Felder einer Datei anzeigen\n\nVerbindung (jeder Befehl):\n  --server URL        die API (oder EVOVOICE_SERVER), z. B. https://evovoice.io\n  --user EMAIL        der Benutzer (oder EVOVOICE_USER)\n  --password-stdin    das Passwort aus der ersten Zeile von stdin lesen\n                      (sonst EVOVOICE_PASSWORD; nie als Argument)\n\n  --version           die Version anzeigen und beenden\n\nEinzelheiten: 'evovoice-cli files list --help' oder 'evovoice-cli files get --help'.\nExit-Codes: 0 ok, 1 Fehler, 2 falscher Aufruf.\n",
    '%1/%2 files': '%1/%2 Dateien',
    'listed %1/%2 files': '%1/%2 Dateien aufgelistet',
    ', %1 left': ', noch %1',
    ' (paused)': ' (angehalten)',
    'The link names no server.': 'Der Link nennt keinen Server.',
    "The link's server “%1” is not a valid address.":
        'Der Server „%1“ des Links ist keine gültige Adresse.',
    "The link's server must be an https address, not “%1”.":
        'Der Server des Links muss eine https-Adresse sein, nicht „%1“.',
    "The link's server address must not contain a user name or password.":
        'Die Serveradresse des Links darf keinen Benutzernamen und kein Passwort enthalten.',
    "The link's server must be an address without a path: “%1”.":
        'Der Server des Links muss eine Adresse ohne Pfad sein: „%1“.',
    "The link's server uses plain http; only https is accepted for %1.":
        'Der Server des Links verwendet unverschlüsseltes http; für %1 wird nur https akzeptiert.',
    'The link is empty.': 'Der Link ist leer.',
    'The link is too long (%1 characters; at most %2).':
        'Der Link ist zu lang (%1 Zeichen; höchstens %2).',
    'The link contains control characters.': 'Der Link enthält Steuerzeichen.',
    'The link is not a valid evovoice: address.':
        'Der Link ist keine gültige evovoice:-Adresse.',
    'The link is not an evovoice://open address.': 'Der Link ist keine evovoice://open-Adresse.',
    'The link names more than one server.': 'Der Link nennt mehr als einen Server.',
    'The link names more than one file.': 'Der Link nennt mehr als eine Datei.',
    "The link's file id “%1” is not a valid id.":
        'Die Datei-ID „%1“ des Links ist keine gültige ID.',
    "This is not an EvoVoice link: it should start with evovoice: or be a filter's text form.":
        'Das ist kein EvoVoice-Link: Er sollte mit evovoice: beginnen oder die Textform eines Filters sein.',
    "The link's filter is not valid: %1": 'Der Filter des Links ist ungültig: %1',
    "An evovoice: link or a filter's text form to open (a running console is handed the link and comes to the front).":
        'Ein evovoice:-Link oder die Textform eines Filters zum Öffnen (eine laufende Konsole übernimmt den Link und kommt nach vorn).',
    'Cannot open the link: %1\n': 'Der Link kann nicht geöffnet werden: %1\n',
    'Sign in to %1 to open the link.': 'Melden Sie sich bei %1 an, um den Link zu öffnen.',
    'The link was for %1; you signed in to %2, so it was not opened.':
        'Der Link war für %1; Sie haben sich bei %2 angemeldet, daher wurde er nicht geöffnet.',
    'Cannot open the link': 'Link kann nicht geöffnet werden',
    'Open the link': 'Link öffnen',
    'This link is for %1, but you are signed in to %2.\n\nSign out and sign in to %1?':
        'Dieser Link ist für %1, Sie sind aber bei %2 angemeldet.\n\nAbmelden und bei %1 anmelden?',
    'Copy &link to this file': '&Link zu dieser Datei kopieren',
    'Copies an evovoice: link that opens the console at this file, to send to a colleague.':
        'Kopiert einen evovoice:-Link, der die Konsole bei dieser Datei öffnet, zum Weitergeben an Kollegen.',
    'The server gave no address for this file.':
        'Der Server hat für diese Datei keine Adresse angegeben.',
    'The file could not be written: %1': 'Die Datei konnte nicht geschrieben werden: %1',
    'The file could not be written to the disk.':
        'Die Datei konnte nicht auf die Festplatte geschrieben werden.',
    'The server announced %1 bytes but sent %2.':
        'Der Server hat %1 Bytes angekündigt, aber %2 gesendet.',
    'The file should have %1 bytes but the server sent %2.':
        'Die Datei sollte %1 Bytes haben, der Server hat aber %2 gesendet.',
    'The finished file could not be renamed to "%1".':
        'Die fertige Datei konnte nicht in „%1“ umbenannt werden.',
    'Cancelled.': 'Abgebrochen.',
    '\nExport (every file the filters match, all pages):\n  --output FILE       where the metadata goes ("-" = stdout)\n  --format csv|json   CSV (default) or JSON\n  --columns LIST      CSV columns in order, API names: id,dateCreated,fileName,...\n  --bom               start the CSV with a UTF-8 BOM (for Excel)\n  --raw-csv           do not neutralise cells starting with = + - @ (machine consumers)\n  --quiet             no progress on stderr\nExit code 1 when a page could not be read.\n':
        '\nExport (jede Datei, auf die die Filter passen, alle Seiten):\n  --output FILE       wohin die Metadaten gehen ("-" = stdout)\n  --format csv|json   CSV (Standard) oder JSON\n  --columns LIST      CSV-Spalten in Reihenfolge, API-Namen: id,dateCreated,fileName,...\n  --bom               die CSV mit einem UTF-8-BOM beginnen (für Excel)\n  --raw-csv           Zellen, die mit = + - @ beginnen, nicht entschärfen (für Programme)\n  --quiet             kein Fortschritt auf stderr\nExit-Code 1, wenn eine Seite nicht gelesen werden konnte.\n',
    '\nDownload (every file the filters match, all pages):\n  --dest DIR          the folder (created; gets manifest.csv)\n  --template T        file names, e.g. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}\n  --subfolders S      none, account, customer or date\n  --jobs N            parallel downloads, 1..16\n  --transcripts       also write <name>.txt with the transcription and AI transcription\n  --transcripts-only  only the transcripts, no media\n  --quiet             no progress on stderr\nFiles already complete from an earlier run (manifest.csv) are skipped; exit code 1 when any file failed.\n':
        '\nHerunterladen (jede Datei, auf die die Filter passen, alle Seiten):\n  --dest DIR          der Ordner (wird angelegt; erhält manifest.csv)\n  --template T        Dateinamen, z. B. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}\n  --subfolders S      none, account, customer oder date\n  --jobs N            parallele Downloads, 1..16\n  --transcripts       auch <Name>.txt mit der Transkription und der KI-Transkription schreiben\n  --transcripts-only  nur die Transkripte, keine Mediendateien\n  --quiet             kein Fortschritt auf stderr\nDateien, die aus einem früheren Lauf schon vollständig sind (manifest.csv), werden übersprungen; Exit-Code 1, wenn eine Datei fehlschlug.\n',
    '--jobs: "%1" is not a number from 1 to 16.': '--jobs: „%1“ ist keine Zahl von 1 bis 16.',
    '--subfolders: "%1" is not none, account, customer or date.':
        '--subfolders: „%1“ ist weder none, account, customer noch date.',
    'Export the metadata of every file the filters match.':
        'Die Metadaten aller Dateien exportieren, auf die die Filter passen.',
    'Download every file the filters match.':
        'Alle Dateien herunterladen, auf die die Filter passen.',
    'files export: --format is csv or json.': 'files export: --format ist csv oder json.',
    'files export needs --output FILE (or --output - for stdout).':
        'files export braucht --output FILE (oder --output - für stdout).',
    'files download needs --dest DIR.': 'files download braucht --dest DIR.',
    '%1  (%2)': '%1  (%2)',
    'Export': 'Exportieren',
    'An export is running. Wait for it to finish or cancel it in the Export panel.':
        'Ein Export läuft. Warten Sie, bis er fertig ist, oder brechen Sie ihn im Exportbereich ab.',
    '1 selected file': '1 ausgewählte Datei',
    '%1 selected files': '%1 ausgewählte Dateien',
    'all %1 matching files': 'alle %1 passenden Dateien',
    'all matching files': 'alle passenden Dateien',
    'Export running': 'Export läuft',
    'An export is still running. Stop it and close? Files already finished are kept; a new export into the same folder continues where this one stopped.':
        'Ein Export läuft noch. Abbrechen und schließen? Bereits fertige Dateien bleiben erhalten; ein neuer Export in denselben Ordner macht dort weiter, wo dieser aufgehört hat.',
    'Export files': 'Dateien exportieren',
    'CSV columns, in order': 'CSV-Spalten, in Reihenfolge',
    'Files': 'Dateien',
    'The selected files (%1)': 'Die ausgewählten Dateien (%1)',
    'The selected files (none selected)': 'Die ausgewählten Dateien (keine ausgewählt)',
    'at least %1': 'mindestens %1',
    'All files matching the filter (%1)': 'Alle Dateien, auf die der Filter passt (%1)',
    'CSV (a spreadsheet)': 'CSV (eine Tabelle)',
    'JSON (the items as the API sent them)': 'JSON (die Einträge, wie die API sie gesendet hat)',
    'With a BOM, for Excel': 'Mit BOM, für Excel',
    'Transcripts (one UTF-8 text file per file)': 'Transkripte (eine UTF-8-Textdatei je Datei)',
    'Media files (recordings, voicemail, faxes…)':
        'Mediendateien (Aufzeichnungen, Sprachnachrichten, Faxe …)',
    'Metadata:': 'Metadaten:',
    'Destination': 'Ziel',
    'Browse…': 'Durchsuchen …',
    'By account': 'Nach Konto',
    'By customer': 'Nach Kunde',
    'By date (yyyy/MM/dd)': 'Nach Datum (yyyy/MM/dd)',
    ' at once': ' gleichzeitig',
    'Folder:': 'Ordner:',
    'Subfolders:': 'Unterordner:',
    'File names:': 'Dateinamen:',
    'Downloads:': 'Downloads:',
    'Export into': 'Exportieren nach',
    'No files are selected.': 'Keine Dateien ausgewählt.',
    'The filter matches no files: there is nothing to export.':
        'Der Filter passt auf keine Datei: Es gibt nichts zu exportieren.',
    'Choose what to export: metadata, transcripts or media files.':
        'Wählen Sie, was exportiert wird: Metadaten, Transkripte oder Mediendateien.',
    'Choose at least one CSV column.': 'Wählen Sie mindestens eine CSV-Spalte.',
    'The name template cannot be used: %1': 'Die Namensvorlage ist nicht verwendbar: %1',
    'The name "%1" would leave the export folder.':
        'Der Name „%1“ würde aus dem Exportordner hinausführen.',
    'The folder "%1" could not be created.': 'Der Ordner „%1“ konnte nicht angelegt werden.',
    'The folder of "%1" leads outside the export folder (a link?).':
        'Der Ordner von „%1“ führt aus dem Exportordner hinaus (ein Link?).',
    'Choose a folder to export into.': 'Wählen Sie einen Ordner für den Export.',
    'The folder must be a full path (such as /home/you/Exports).':
        'Der Ordner muss ein vollständiger Pfad sein (etwa /home/sie/Exporte).',
    'The folder “%1” cannot be created.': 'Der Ordner „%1“ kann nicht angelegt werden.',
    '“%1” is a file, not a folder.': '„%1“ ist eine Datei, kein Ordner.',
    'The folder “%1” cannot be written (no permission).':
        'In den Ordner „%1“ kann nicht geschrieben werden (keine Berechtigung).',
    'The folder “%1” cannot be written: %2':
        'In den Ordner „%1“ kann nicht geschrieben werden: %2',
    'The metadata file "%1" could not be written: %2':
        'Die Metadatendatei „%1“ konnte nicht geschrieben werden: %2',
    'The metadata file could not be written: %1':
        'Die Metadatendatei konnte nicht geschrieben werden: %1',
    'The transcript could not be written: %1':
        'Das Transkript konnte nicht geschrieben werden: %1',
    'manifest.csv could not be written.': 'manifest.csv konnte nicht geschrieben werden.',
    'The metadata file could not be saved: %1':
        'Die Metadatendatei konnte nicht gespeichert werden: %1',
    'Files arrived while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.':
        'Während des Exports sind Dateien hinzugekommen: Die passenden Dateien sind von %1 auf %2 gestiegen. Jede Datei wurde einmal exportiert, insgesamt %3.',
    'Files were removed while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.':
        'Während des Exports wurden Dateien entfernt: Die passenden Dateien sind von %1 auf %2 gesunken. Jede Datei wurde einmal exportiert, insgesamt %3.',
    'manifest.csv could not be written: %1': 'manifest.csv konnte nicht geschrieben werden: %1',
    'Choose what to export: the metadata, the transcripts or the media files.':
        'Wählen Sie, was exportiert wird: die Metadaten, die Transkripte oder die Mediendateien.',
    'No file IDs were given.': 'Es wurden keine Datei-IDs angegeben.',
    'No rows are selected.': 'Keine Zeilen ausgewählt.',
    'Choose a folder for the files.': 'Wählen Sie einen Ordner für die Dateien.',
    'Choose where the metadata file goes.': 'Wählen Sie, wohin die Metadatendatei kommt.',
    'Pause': 'Pause',
    'Open folder': 'Ordner öffnen',
    'Show manifest': 'Manifest anzeigen',
    'Run again': 'Erneut ausführen',
    'Export the same files into the same folder again: files already complete are skipped, the others are fetched (interrupted ones resume).':
        'Dieselben Dateien erneut in denselben Ordner exportieren: Bereits vollständige Dateien werden übersprungen, die anderen geholt (unterbrochene werden fortgesetzt).',
    'the folder': 'den Ordner',
    'the manifest': 'das Manifest',
    'Exporting into %1': 'Export nach %1',
    'Exporting %1 into %2': 'Export: %1 nach %2',
    'Starting…': 'Wird gestartet …',
    'Resume': 'Fortsetzen',
    'Export finished: %1': 'Export abgeschlossen: %1',
    'Export ended with problems: %1': 'Export mit Problemen beendet: %1',
    'No application could open %1; it is at %2':
        'Keine Anwendung konnte %1 öffnen; es liegt unter %2',
    '%1 of %2': '%1 von %2',
    '%1/s': '%1/s',
    'about %1 s left': 'noch etwa %1 s',
    'about %1 min %2 s left': 'noch etwa %1 min %2 s',
    'about %1 h %2 min left': 'noch etwa %1 h %2 min',
    'Listing files: %1 of %2': 'Dateien werden aufgelistet: %1 von %2',
    'Listing files: %1': 'Dateien werden aufgelistet: %1',
    '%1 of %2 files': '%1 von %2 Dateien',
    '%1 files': '%1 Dateien',
    'paused': 'angehalten',
    'finishing': 'wird abgeschlossen',
    'Exported 1 file': '1 Datei exportiert',
    'Exported %1 files': '%1 Dateien exportiert',
    '%1, skipped %2 already complete, %3 failed.':
        '%1, %2 bereits vollständige übersprungen, %3 fehlgeschlagen.',
    'The export was cancelled; what is finished is kept and listed in the manifest.':
        'Der Export wurde abgebrochen; was fertig ist, bleibt erhalten und steht im Manifest.',
    'It stopped early: %1': 'Er wurde vorzeitig beendet: %1',
    'The number of matching files changed while exporting.':
        'Die Zahl der passenden Dateien hat sich während des Exports geändert.',
    '… and %1 more (see the manifest)': '… und %1 weitere (siehe Manifest)',
    'Insert field': 'Feld einfügen',
    'This template cannot be used: %1': 'Diese Vorlage ist nicht verwendbar: %1',
    '(The names show here once the first files are loaded.)':
        '(Die Namen erscheinen hier, sobald die ersten Dateien geladen sind.)',
    '"%1" is not a column; the columns are: %2.': '„%1“ ist keine Spalte; die Spalten sind: %2.',
    'No columns were given.': 'Es wurden keine Spalten angegeben.',
    '%1 exported, %2 already complete, %3 failed%4':
        '%1 exportiert, %2 bereits vollständig, %3 fehlgeschlagen%4',
    '; manifest: %1': '; Manifest: %1',
    "The linked file is not among the ids the link's filter names.":
        'Die verlinkte Datei ist nicht unter den IDs, die der Filter des Links nennt.',
    'The linked file could not be looked up: %1':
        'Die verlinkte Datei konnte nicht nachgeschlagen werden: %1',
    "The linked file is not in the link's filter; its details are shown.":
        'Die verlinkte Datei passt nicht auf den Filter des Links; ihre Details werden angezeigt.',
    'The linked file is beyond the first %n page(s) of this filter; its details are shown.':
        ['Die verlinkte Datei liegt hinter der ersten Seite dieses Filters; ihre Details werden angezeigt.', 'Die verlinkte Datei liegt hinter den ersten %n Seiten dieses Filters; ihre Details werden angezeigt.'],
    'The linked file is not in the rows of this filter; its details are shown.':
        'Die verlinkte Datei ist nicht unter den Zeilen dieses Filters; ihre Details werden angezeigt.',
    'The linked file %1 could not be opened: %2':
        'Die verlinkte Datei %1 konnte nicht geöffnet werden: %2',
    "The fax's pages cannot be read (not a valid PDF).":
        'Die Seiten des Faxes können nicht gelesen werden (kein gültiges PDF).',
    'Previous page': 'Vorige Seite',
    'Next page': 'Nächste Seite',
    'Zoom out': 'Verkleinern',
    'Zoom in': 'Vergrößern',
    'Fit': 'Einpassen',
    'Fit the page to the width': 'Seite an die Breite anpassen',
    "Loading the fax's pages…": 'Die Seiten des Faxes werden geladen …',
    'Loading the image…': 'Das Bild wird geladen …',
    'The image cannot be read.': 'Das Bild kann nicht gelesen werden.',
    '%1 × %2 pixels': '%1 × %2 Pixel',
    'Page %1 of %2': 'Seite %1 von %2',
    'The file is too large to preview (%1).': 'Die Datei ist für eine Vorschau zu groß (%1).',
    'The file could not be downloaded: %1': 'Die Datei konnte nicht heruntergeladen werden: %1',
    'The server gives no address for this file.':
        'Der Server gibt für diese Datei keine Adresse an.',
    'Page %1 of the list could not be read (%2 attempts): %3':
        'Seite %1 der Liste konnte nicht gelesen werden (%2 Versuche): %3',
    'Could not refresh: %1 The rows shown are from before the refresh.':
        'Aktualisieren fehlgeschlagen: %1 Die angezeigten Zeilen sind von vor der Aktualisierung.',
    '%1 on %2': '%1 auf %2',
    '%1 · %2 selected': '%1 · %2 ausgewählt',
    'The download could not be saved: %1': 'Der Download konnte nicht gespeichert werden: %1',
    'The file could not be fetched again: %1': 'Die Datei konnte nicht erneut geholt werden: %1',
    'The download failed: %1': 'Der Download ist fehlgeschlagen: %1',
    'The name template is empty.': 'Die Namensvorlage ist leer.',
    'A "}" at position %1 closes nothing.': 'Ein „}“ an Position %1 schließt nichts.',
    'The "{" at position %1 is never closed.': 'Die „{“ an Position %1 wird nie geschlossen.',
    'A "{" inside the placeholder at position %1.':
        'Eine „{“ innerhalb des Platzhalters an Position %1.',
    'An empty placeholder "{}" at position %1.': 'Ein leerer Platzhalter „{}“ an Position %1.',
    '"%1" at position %2 is not a file field (for example id, dateCreated, fromAddress, type, ext).':
        '„%1“ an Position %2 ist kein Dateifeld (zum Beispiel id, dateCreated, fromAddress, type, ext).',
    'No files match the filters.': 'Keine Datei passt auf die Filter.',
    'Reset filters': 'Filter zurücksetzen',
    'Clear every filter and show all files': 'Alle Filter leeren und alle Dateien anzeigen',
    '&Play / pause': '&Wiedergabe / Pause',
    'Play from the &start': 'Von &Anfang an abspielen',
    'Play (media key)': 'Wiedergabe (Medientaste)',
    'Pause (media key)': 'Pause (Medientaste)',
    'Back 5 seconds': '5 Sekunden zurück',
    'Forward 5 seconds': '5 Sekunden vor',
    'Back 1 second': '1 Sekunde zurück',
    'Forward 1 second': '1 Sekunde vor',
    'S&lower': '&Langsamer',
    '&Faster': '&Schneller',
    '&Normal speed': '&Normale Geschwindigkeit',
    '&Mute': '&Stumm',
    'P&revious recording': '&Vorige Aufzeichnung',
    'Ne&xt recording': '&Nächste Aufzeichnung',
    'Play next &automatically': 'Nächste &automatisch abspielen',
    'Skip s&ilence': 'St&ille überspringen',
    '&Clear the audio cache': 'Audio-&Cache leeren',
    'Auto-next': 'Auto-weiter',
    'Skip silence': 'Stille überspringen',
    'At the end of a file, play the next recording or voicemail in the table':
        'Am Ende einer Datei die nächste Aufzeichnung oder Sprachnachricht der Tabelle abspielen',
    'Jump over silences longer than 1.5 seconds':
        'Stille von mehr als 1,5 Sekunden überspringen',
    'Play': 'Abspielen',
    '&Playback': '&Wiedergabe',
    'Player': 'Player',
    'Elapsed': 'Vergangen',
    'Remaining': 'Verbleibend',
    'Playback speed (the pitch is kept): [ slower, ] faster, Backspace normal':
        'Wiedergabegeschwindigkeit (die Tonhöhe bleibt): [ langsamer, ] schneller, Rücktaste normal',
    'Volume': 'Lautstärke',
    'No more recordings below.': 'Keine weiteren Aufzeichnungen darunter.',
    'No more recordings above.': 'Keine weiteren Aufzeichnungen darüber.',
    '%1×': '%1×',
    'Select a recording or voicemail to play it':
        'Wählen Sie eine Aufzeichnung oder Sprachnachricht zum Abspielen',
    '%1 → %2': '%1 → %2',
    'The file cannot be played.': 'Die Datei kann nicht abgespielt werden.',
    'Looking for the next recording…': 'Nächste Aufzeichnung wird gesucht …',
    'Buffering…': 'Puffern …',
    'Downloading… %1 %': 'Wird heruntergeladen … %1 %',
    'Volume: %1 %': 'Lautstärke: %1 %',
    'The downloaded file could not be read.':
        'Die heruntergeladene Datei konnte nicht gelesen werden.',
    '%1 is not an audio file.': '%1 ist keine Audiodatei.',
    'Preferences': 'Einstellungen',
    '&Account': '&Konto',
    '&General': '&Allgemein',
    'Media &cache': 'Medien-&Cache',
    '&Downloads': '&Downloads',
    'Not signed in.': 'Nicht angemeldet.',
    'Signed in as %1.': 'Angemeldet als %1.',
    '&Server for the next sign-in:': '&Server für die nächste Anmeldung:',
    'you@example.com': 'sie@example.com',
    '&User (e-mail):': '&Benutzer (E-Mail):',
    'The session is kept in the system keychain; the password is never stored.':
        'Die Sitzung wird im Schlüsselbund des Systems aufbewahrt; das Passwort wird nie gespeichert.',
    '&Forget recent servers': 'Letzte Server &vergessen',
    'System default': 'Systemstandard',
    '&Language:': '&Sprache:',
    ' rows': ' Zeilen',
    'Page size and paging apply to the next query.':
        'Seitengröße und Seitenaufteilung gelten ab der nächsten Abfrage.',
    '&Volume:': '&Lautstärke:',
    '×': '×',
    '&Speed:': '&Geschwindigkeit:',
    'Play the &next recording when one ends': 'Am Ende die &nächste Aufzeichnung abspielen',
    'S&kip silence': 'Stille ü&berspringen',
    '&Browse…': '&Durchsuchen …',
    ' MiB': ' MiB',
    'No cache': 'Kein Cache',
    '&Size limit:': '&Größenlimit:',
    'Media cache folder': 'Ordner des Medien-Caches',
    '&Folder:': '&Ordner:',
    'C&lear cache': 'Cache &leeren',
    'On disk:': 'Auf der Festplatte:',
    'Downloaded recordings and faxes are kept here so that they open at once the next time.':
        'Heruntergeladene Aufzeichnungen und Faxe werden hier aufbewahrt, damit sie beim nächsten Mal sofort öffnen.',
    '&Downloads at once:': '&Gleichzeitige Downloads:',
    'Default export folder': 'Standard-Exportordner',
    '&Export folder:': '&Exportordner:',
    'De&fault': '&Standard',
    'File &names:': 'Datei&namen:',
    "Fields in braces are replaced by the file's values, as in the default: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.":
        'Felder in geschweiften Klammern werden durch die Werte der Datei ersetzt, wie im Standard: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.',
    'Counting…': 'Wird gezählt …',
    '%1 in %n file(s)': ['%1 in %n Datei', '%1 in %n Dateien'],
    '&Export…': '&Exportieren …',
    '&Preferences…': '&Einstellungen …',
    '&Edit': '&Bearbeiten',
    'Another console is running.': 'Eine andere Konsole läuft bereits.',
    'File: %1 (%2)': 'Datei: %1 (%2)',
    'Created: %1': 'Erstellt: %1',
    'From: %1': 'Von: %1',
    'To: %1': 'An: %1',
    '(none)': '(keine)',
    'Position': 'Position',
    'Link to “%1” copied.': 'Link zu „%1“ kopiert.',
    'evovoice-console: handed over to the running console.\n':
        'evovoice-console: an die laufende Konsole übergeben.\n',
    "%1 needs a value.": "%1 braucht einen Wert.",
})
BY_CONTEXT.update({
    ('ExportColumnsPicker', 'Up'): 'Nach oben',
    ('ExportColumnsPicker', 'Down'): 'Nach unten',
    ('ExportColumnsPicker', 'All'): 'Alle',
    ('ExportColumnsPicker', 'None'): 'Keine',
    ('ExportDialog', 'None'): 'Keine',
    ('ExportProgressPanel', 'Cancel'): 'Abbrechen',
    ('ExportProgressPanel', 'Close'): 'Schließen',
    ('ExportTemplateEdit', 'Default'): 'Standard',
})
COMMON.update({
    # --- the downloads' own HTTP transport (HttpResponseParser, HttpStreamReply)
    "The server closed the connection without an answer.": "Der Server hat die Verbindung ohne Antwort geschlossen.",
    "The server closed the connection before the answer was complete.":
        "Der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war.",
    "The server's answer has an oversized header.": "Die Antwort des Servers hat einen übergroßen Header.",
    "The server's answer is not HTTP.": "Die Antwort des Servers ist kein HTTP.",
    "The server's answer has a malformed header.": "Die Antwort des Servers hat einen fehlerhaften Header.",
    "The server switched protocols unasked.": "Der Server hat ungefragt das Protokoll gewechselt.",
    "The server sent a transfer coding that was not asked for (%1).":
        "Der Server hat eine nicht angefragte Übertragungskodierung gesendet (%1).",
    "The server's answer has an invalid Content-Length.": "Die Antwort des Servers hat eine ungültige Content-Length.",
    "The server's answer has a malformed chunk.": "Die Antwort des Servers hat einen fehlerhaften Chunk.",
    "The connection pool is gone.": "Der Verbindungspool ist nicht mehr da.",
    "A request header holds a line break.": "Ein Header der Anfrage enthält einen Zeilenumbruch.",
    "SSL handshake failed: %1": "SSL-Handshake fehlgeschlagen: %1",
    "Operation canceled": "Vorgang abgebrochen",
})
