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
