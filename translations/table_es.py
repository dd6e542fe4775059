# Spanish translations of the console and the CLI (read by translations/fill-translations).
# Terms: file = archivo, call recording = grabación de llamada, voice message = mensaje de voz,
# sign in = iniciar sesión, sign out = cerrar sesión, account = cuenta, customer = cliente,
# agent = agente, transcription = transcripción, saved view = vista guardada, session = sesión.
# Keep every %1 and %n, and one & accelerator where the source has one.

COMMON = {
    # --- window, menus, actions
    "EvoVoice Files Console": "EvoVoice Files Console",
    "About EvoVoice Files Console": "Acerca de EvoVoice Files Console",
    "EvoVoice Files Console %1\n\nBrowse, filter and inspect the files of the EvoVoice telephony API.\n\nServer: %2\nQt %3":
        "EvoVoice Files Console %1\n\nExplore, filtre e inspeccione los archivos de la API de telefonía EvoVoice.\n\nServidor: %2\nQt %3",
    "not connected": "sin conexión",
    "Sign &out": "&Cerrar sesión",
    "&Quit": "&Salir",
    "&Refresh": "&Actualizar",
    "&Focus filters": "Ir a los &filtros",
    "Show &sidebar": "Mostrar &barra lateral",
    "Show &detail pane": "Mostrar panel de &detalles",
    "Reset &layout": "&Restablecer diseño",
    "&Keyboard shortcuts": "&Atajos de teclado",
    "&About EvoVoice Files Console": "Acerca &de EvoVoice Files Console",
    "&File": "&Archivo",
    "&View": "&Ver",
    "&Help": "Ay&uda",
    "Keyboard shortcuts": "Atajos de teclado",
    "Command": "Orden",
    "Keys": "Teclas",
    ", ": ", ",
    "Next / previous file": "Archivo siguiente / anterior",
    "Down, J / Up, K": "Flecha abajo, J / Flecha arriba, K",
    "Apply filters at once": "Aplicar los filtros de inmediato",
    "Enter (in a filter field)": "Intro (en un campo de filtro)",
    "Cancel sign-in": "Cancelar el inicio de sesión",
    "Esc": "Esc",
    "Not signed in: %1": "Sin sesión iniciada: %1",
    "%1 (demo)": "%1 (demo)",
    "%1 — %2": "%1 — %2",
    "No files loaded": "No hay archivos cargados",
    "Loading…": "Cargando…",
    "%1 (%2)": "%1 (%2)",
    "Signed in as %1 on %2\nRoles: %3": "Sesión iniciada como %1 en %2\nRoles: %3",
    "Nothing remembered: no keychain": "No se recuerda nada: no hay llavero",
    "Retry": "Reintentar",
    "Dismiss": "Cerrar",
    "%1 (%n times)": ["%1 (%n vez)", "%1 (%n veces)"],
    "Choose Columns…": "Elegir columnas…",
    "Columns": "Columnas",
    "Reset Columns": "Restablecer columnas",

    # --- sign-in and session
    "Sign in to EvoVoice": "Iniciar sesión en EvoVoice",
    "The EvoVoice API address; recent servers are in the list.":
        "La dirección de la API de EvoVoice; los servidores recientes están en la lista.",
    "name@example.com": "nombre@ejemplo.com",
    "&Remember me on this computer": "&Recordarme en este equipo",
    "Keeps the session (never the password) in the system keychain.":
        "Guarda la sesión (nunca la contraseña) en el llavero del sistema.",
    "&Sign in": "&Iniciar sesión",
    "Se&rver:": "Ser&vidor:",
    "&Email:": "Correo &electrónico:",
    "&Password:": "&Contraseña:",
    "\"%1\" is not a server address such as https://evovoice.io.":
        "“%1” no es una dirección de servidor como https://evovoice.io.",
    "The server address cannot be used.": "No se puede usar la dirección del servidor.",
    "Sign-in refused: %1": "Inicio de sesión rechazado: %1",
    "Sign-in cancelled.": "Inicio de sesión cancelado.",
    "Your remembered session has expired. Please sign in again.":
        "Su sesión guardada ha caducado. Vuelva a iniciar sesión.",
    "Demo mode: nothing is remembered.": "Modo de demostración: no se recuerda nada.",
    "The server no longer accepts your session. Sign in again to continue; your filters and selection are kept.":
        "El servidor ya no acepta su sesión. Vuelva a iniciar sesión para continuar; "
        "se conservan sus filtros y su selección.",
    "You have signed out.": "Ha cerrado la sesión.",
    "No system keychain is available (%1); nothing will be remembered.":
        "No hay ningún llavero del sistema disponible (%1); no se recordará nada.",

    # --- the detail pane
    "Select a file to see its details": "Seleccione un archivo para ver sus detalles",
    "Ownership": "Pertenencia",
    "%1:": "%1:",
    "Transcriptions": "Transcripciones",
    "No transcription.": "Sin transcripción.",
    "No AI transcription.": "Sin transcripción por IA.",
    "Copy to the clipboard": "Copiar al portapapeles",
    "—": "—",
    "Show this customer's files (%1)": "Mostrar los archivos de este cliente (%1)",
    "%1 (%Ln seconds)": ["%1 (%Ln segundo)", "%1 (%Ln segundos)"],
    "%1 (%2 bytes)": "%1 (%2 bytes)",

    # --- file fields and types
    "ID": "ID",
    "Created": "Creado",
    "Modified": "Modificado",
    "Created by": "Creado por",
    "Modified by": "Modificado por",
    "Type": "Tipo",
    "Account ID": "ID de cuenta",
    "Account": "Cuenta",
    "Customer ID": "ID de cliente",
    "Customer": "Cliente",
    "Customer path": "Ruta del cliente",
    "Agent ID": "ID de agente",
    "Agent": "Agente",
    "File name": "Nombre de archivo",
    "URI": "URI",
    "Content type": "Tipo de contenido",
    "Size": "Tamaño",
    "Recording SID": "SID de grabación",
    "Duration": "Duración",
    "Recording from": "Grabación de",
    "Transcription": "Transcripción",
    "From": "De",
    "To": "Para",
    "AI transcription": "Transcripción por IA",
    "Upload": "Archivo subido",
    "Voice message": "Mensaje de voz",
    "Call recording": "Grabación de llamada",
    "Fax": "Fax",
    "Attachment": "Adjunto",
    "Outgoing fax": "Fax saliente",
    "Unknown": "Desconocido",
    "%1: click to sort": "%1: haga clic para ordenar",
    "%1: cannot sort by this column": "%1: no se puede ordenar por esta columna",

    # --- status line of the table
    "No files match": "Ningún archivo coincide",
    "%1+ files": "%1+ archivos",
    "%Ln files": ["%Ln archivo", "%Ln archivos"],
    "1 of 1 file": "1 de 1 archivo",
    "%1–%2 of %Ln files": ["%1–%2 de %Ln archivo", "%1–%2 de %Ln archivos"],
    "Not loaded": "Sin cargar",

    # --- the filter sidebar
    "No customers.": "No hay clientes.",
    "Loading accounts…": "Cargando cuentas…",
    "Loading customers…": "Cargando clientes…",
    "Reset": "Restablecer",
    "Clear every filter": "Quitar todos los filtros",
    "Search": "Búsqueda",
    "Part of the file name": "Parte del nombre de archivo",
    "File &name contains:": "El &nombre de archivo contiene:",
    "Words said in the call": "Palabras dichas en la llamada",
    "&Transcription contains:": "La &transcripción contiene:",
    "Type and date": "Tipo y fecha",
    "T&ype:": "T&ipo:",
    "Created &between:": "Creado &entre:",
    "Search accounts": "Buscar cuentas",
    "&Accounts:": "C&uentas:",
    "Search customers": "Buscar clientes",
    "&Customers:": "C&lientes:",
    "A&gent:": "A&gente:",
    "e.g. audio/wav": "p. ej. audio/wav",
    "C&ontent type contains:": "El tipo de c&ontenido contiene:",
    "A call session id": "El ID de sesión de una llamada",
    "&Session id:": "ID de &sesión:",
    "Specific file &ids:": "IDs de archivo &concretos:",
    "More filters": "Más filtros",
    "Page size": "Archivos por página",
    "&Page size:": "Archivos &por página:",
    "Si&mplified paging (no totals, faster)": "Paginación si&mplificada (sin totales, más rápida)",
    "Advanced": "Avanzado",
    "Saved views and links": "Vistas guardadas y enlaces",
    "Filters (%1)": "Filtros (%1)",
    "Filters": "Filtros",
    "Paste file ids: separated by commas, spaces or new lines":
        "Pegue IDs de archivo separados por comas, espacios o saltos de línea",
    "%n selected": ["%n seleccionado", "%n seleccionados"],
    "Any type": "Cualquier tipo",
    "Any agent": "Cualquier agente",
    "Agent user id": "ID de usuario del agente",
    "The users list is not available to you; type an agent's user id.":
        "La lista de usuarios no está disponible para usted; escriba el ID de usuario de un agente.",
    "The start of the range is after its end; the filter is not applied.":
        "El inicio del intervalo es posterior a su final; no se aplica el filtro.",
    "Any time": "Cualquier fecha",
    "Today": "Hoy",
    "Yesterday": "Ayer",
    "Last 7 days": "Últimos 7 días",
    "This month": "Este mes",
    "Custom range": "Intervalo personalizado",
    "Open": "Abierto",
    "Created from": "Creado desde",
    "Created until": "Creado hasta",
    "From:": "Desde:",
    "Until:": "Hasta:",

    # --- saved views and links
    "Apply": "Aplicar",
    "Save": "Guardar",
    "Delete": "Eliminar",
    "View name": "Nombre de la vista",
    "Saved view": "Vista guardada",
    "Pick a saved view to apply, or type a new name and press Save.":
        "Elija una vista guardada para aplicarla, o escriba un nombre nuevo y pulse Guardar.",
    "Paste a link to open it": "Pegue un enlace para abrirlo",
    "Link": "Enlace",
    "Copy link": "Copiar enlace",
    "Copy the current filters as a link to the clipboard": "Copiar los filtros actuales como enlace al portapapeles",
    "Open link": "Abrir enlace",
    "Type a name for the view first.": "Escriba primero un nombre para la vista.",
    "Saved the view “%1”.": "Vista “%1” guardada.",
    "There is no saved view named “%1”.": "No hay ninguna vista guardada llamada “%1”.",
    "Deleted the view “%1”.": "Vista “%1” eliminada.",
    "Link copied to the clipboard.": "Enlace copiado al portapapeles.",
    "Paste a link into the field first.": "Pegue primero un enlace en el campo.",
    "This link cannot be read.": "No se puede leer este enlace.",
    "This link cannot be read: %1": "No se puede leer este enlace: %1",

    # --- lookups (accounts, customers, users)
    "%1 (not loaded)": "%1 (sin cargar)",
    "Account id: %1": "ID de cuenta: %1",
    "Customer id: %1": "ID de cliente: %1",
    "%1\nAccount: %2\nCustomer id: %3": "%1\nCuenta: %2\nID de cliente: %3",
    "%1 <%2>": "%1 <%2>",
    "User id: %1": "ID de usuario: %1",
    "No API client.": "No hay cliente de la API.",

    # --- API client and errors
    "The server address is not a valid URL.": "La dirección del servidor no es una URL válida.",
    "The server address must start with https:// (or http:// for a local test server).":
        "La dirección del servidor debe empezar por https:// (o http:// para un servidor de pruebas local).",
    "The server address has no host name.": "La dirección del servidor no tiene nombre de host.",
    "The server address must not contain a user name or password.":
        "La dirección del servidor no debe contener un nombre de usuario ni una contraseña.",
    "A password is never sent over plain HTTP except to this computer; use https://.":
        "Nunca se envía una contraseña por HTTP sin cifrar, salvo a este equipo; use https://.",
    "A user name and a password are needed.": "Se necesitan un nombre de usuario y una contraseña.",
    "The download has nowhere to write to.": "La descarga no tiene dónde escribir.",
    "The file's address is not usable: %1": "La dirección del archivo no se puede usar: %1",
    "No server is set.": "No hay ningún servidor configurado.",
    "No file ID was given.": "No se indicó ningún ID de archivo.",
    "The server's answer could not be read.": "No se pudo leer la respuesta del servidor.",
    "The server could not be reached.": "No se pudo contactar con el servidor.",
    "The server did not answer in time.": "El servidor no respondió a tiempo.",
    "The server refused the request (%1).": "El servidor rechazó la solicitud (%1).",
    "The server refused the request.": "El servidor rechazó la solicitud.",
    "You are not signed in, or your session has expired.": "No ha iniciado sesión o su sesión ha caducado.",
    "You do not have permission to do this.": "No tiene permiso para hacer esto.",
    "The server sent an answer that could not be read.": "El servidor envió una respuesta que no se pudo leer.",
    "The request was cancelled.": "Se canceló la solicitud.",
    "The request could not be made.": "No se pudo realizar la solicitud.",
    "%1: %2": "%1: %2",
    "The server sent a different part of the file than asked for.":
        "El servidor envió una parte del archivo distinta de la solicitada.",
    "The file could not be written.": "No se pudo escribir el archivo.",
    "No answer within %1 ms.": "Sin respuesta en %1 ms.",
    "The server redirected a request that cannot be repeated.":
        "El servidor redirigió una solicitud que no se puede repetir.",
    "Too many redirects.": "Demasiadas redirecciones.",
    "The server redirected to an invalid address.": "El servidor redirigió a una dirección no válida.",
    "Refused a redirect from HTTPS to an insecure address.":
        "Se rechazó una redirección de HTTPS a una dirección no segura.",
    "The sign-in answer could not be read.": "No se pudo leer la respuesta al inicio de sesión.",
    "The server accepted the sign-in but sent no session.":
        "El servidor aceptó el inicio de sesión pero no envió ninguna sesión.",
    "Signing in again with the saved credentials failed.":
        "Falló el nuevo inicio de sesión con las credenciales guardadas.",

    # --- query text form (links)
    "%1: \"%2\" is not a valid number.": "%1: “%2” no es un número válido.",
    "type: \"%1\" is not a file type (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).":
        "type: “%1” no es un tipo de archivo (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).",
    "from: \"%1\" is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).":
        "from: “%1” no es una fecha (use ISO 8601, p. ej. 2026-11-28T08:00:00Z).",
    "to: \"%1\" is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).":
        "to: “%1” no es una fecha (use ISO 8601, p. ej. 2026-11-28T08:00:00Z).",
    "sort: \"%1\" is not a sortable file field.": "sort: “%1” no es un campo de archivo ordenable.",
    "order: \"%1\" is not asc or desc.": "order: “%1” no es asc ni desc.",
    "all: \"%1\" is not true or false.": "all: “%1” no es true ni false.",
    "simplified: \"%1\" is not true or false.": "simplified: “%1” no es true ni false.",
    "%1: unknown query field.": "%1: campo de consulta desconocido.",

    # --- demo simulator
    "The demo simulator did not announce its address in time.":
        "El simulador de demostración no anunció su dirección a tiempo.",
    "The demo simulator could not be started (%1): %2": "No se pudo iniciar el simulador de demostración (%1): %2",
    "The demo simulator stopped before it was ready (exit code %1).":
        "El simulador de demostración se detuvo antes de estar listo (código de salida %1).",
    "The demo simulator was not found at %1. Build the evovoice-sim target (it must sit next to the console).":
        "No se encontró el simulador de demostración en %1. Compile el objetivo evovoice-sim (debe estar junto a la consola).",

    # --- console command line
    "EvoVoice Files Console: browse, filter and inspect the files of the EvoVoice API.\nWithout options it signs in with a remembered session or asks.":
        "EvoVoice Files Console: explore, filtre e inspeccione los archivos de la API de EvoVoice.\n"
        "Sin opciones, inicia sesión con una sesión guardada o pide las credenciales.",
    "Show this help.": "Mostrar esta ayuda.",
    "Show the version.": "Mostrar la versión.",
    "The API's address (default https://evovoice.io).": "La dirección de la API (por omisión https://evovoice.io).",
    "URL": "URL",
    "Sign in as EMAIL without the dialog; the password comes from the environment variable EVOVOICE_PASSWORD.":
        "Iniciar sesión como CORREO sin el diálogo; la contraseña se toma de la variable de entorno EVOVOICE_PASSWORD.",
    "EMAIL": "CORREO",
    "Start the bundled simulator (evovoice-sim) and sign in to it as the demo manager.":
        "Iniciar el simulador incluido (evovoice-sim) e iniciar sesión en él como el gerente de demostración.",
    "\nEnvironment:\n  EVOVOICE_PASSWORD  the password for --user (never stored)\n":
        "\nEntorno:\n  EVOVOICE_PASSWORD  la contraseña para --user (nunca se guarda)\n",
    "Unexpected argument: %1\n": "Argumento inesperado: %1\n",
    "--demo cannot be combined with --server or --user.\n": "--demo no se puede combinar con --server ni con --user.\n",

    # --- evovoice-cli
    "Usage: evovoice-cli COMMAND [options]\n\nCommands:\n  files list    List files (one flag per filter of the API's ListFiles)\n  files get ID  Show one file's fields\n\nConnection (every command):\n  --server URL        the API (or EVOVOICE_SERVER), e.g. https://evovoice.io\n  --user EMAIL        the user (or EVOVOICE_USER)\n  --password-stdin    read the password from the first line of stdin\n                      (otherwise EVOVOICE_PASSWORD; never as an argument)\n\nRun 'evovoice-cli files list --help' or 'evovoice-cli files get --help' for details.\nExit codes: 0 ok, 1 error, 2 usage.\n":
        "Uso: evovoice-cli ORDEN [opciones]\n"
        "\n"
        "Órdenes:\n"
        "  files list    Listar archivos (una opción por cada filtro de ListFiles de la API)\n"
        "  files get ID  Mostrar los campos de un archivo\n"
        "\n"
        "Conexión (todas las órdenes):\n"
        "  --server URL        la API (o EVOVOICE_SERVER), p. ej. https://evovoice.io\n"
        "  --user CORREO       el usuario (o EVOVOICE_USER)\n"
        "  --password-stdin    leer la contraseña de la primera línea de stdin\n"
        "                      (si no, EVOVOICE_PASSWORD; nunca como argumento)\n"
        "\n"
        "Ejecute 'evovoice-cli files list --help' o 'evovoice-cli files get --help' para más detalles.\n"
        "Códigos de salida: 0 correcto, 1 error, 2 uso incorrecto.\n",
    "A password is never accepted as an argument (it would show in the process list and the shell history): set EVOVOICE_PASSWORD or use --password-stdin.":
        "Nunca se acepta una contraseña como argumento (aparecería en la lista de procesos y en el historial "
        "del shell): defina EVOVOICE_PASSWORD o use --password-stdin.",
    "No command given.": "No se indicó ninguna orden.",
    "Unknown command \"%1\".": "Orden desconocida “%1”.",
    "\"files\" needs a subcommand: list or get.": "“files” necesita una suborden: list o get.",
    "Unknown subcommand \"files %1\" (list or get).": "Suborden desconocida “files %1” (list o get).",
    "The API's URL (or EVOVOICE_SERVER).": "La URL de la API (o EVOVOICE_SERVER).",
    "The user's e-mail (or EVOVOICE_USER).": "El correo electrónico del usuario (o EVOVOICE_USER).",
    "Read the password from stdin (otherwise EVOVOICE_PASSWORD).": "Leer la contraseña de stdin (si no, EVOVOICE_PASSWORD).",
    "Output: table (default), csv or json.": "Salida: table (por omisión), csv o json.",
    "No server: give --server URL or set EVOVOICE_SERVER.": "Sin servidor: indique --server URL o defina EVOVOICE_SERVER.",
    "--server: \"%1\" is not a URL.": "--server: “%1” no es una URL.",
    "No user: give --user EMAIL or set EVOVOICE_USER.": "Sin usuario: indique --user CORREO o defina EVOVOICE_USER.",
    "No password: set EVOVOICE_PASSWORD or use --password-stdin.":
        "Sin contraseña: defina EVOVOICE_PASSWORD o use --password-stdin.",
    "--format: \"%1\" is not table, csv or json.": "--format: “%1” no es table, csv ni json.",
    "List files. Without --limit one page is printed; with --limit N the pages are walked until N files (0 = all).":
        "Listar archivos. Sin --limit se muestra una página; con --limit N se recorren las páginas hasta "
        "mostrar N archivos (0 = todos).",
    "A saved query's text form (flags below override it).":
        "La forma de texto de una consulta guardada (las opciones de abajo tienen prioridad).",
    "Account ID (repeatable): AccountIds.": "ID de cuenta (repetible): AccountIds.",
    "Customer ID (repeatable): CustomerIds.": "ID de cliente (repetible): CustomerIds.",
    "Session ID: SessionId.": "ID de sesión: SessionId.",
    "File name contains: FileName.": "El nombre de archivo contiene: FileName.",
    "Content type contains: ContentType.": "El tipo de contenido contiene: ContentType.",
    "Upload, VoiceMessage, CallRecording, Fax, Attachment or FaxOutgoing.":
        "Upload, VoiceMessage, CallRecording, Fax, Attachment o FaxOutgoing.",
    "Created at or after (ISO date or date-time; UTC unless an offset is given).":
        "Creado en o después de (fecha o fecha y hora ISO; UTC salvo que se indique un desfase).",
    "Created at or before (a bare date means the end of that day).":
        "Creado en o antes de (una fecha sola significa el final de ese día).",
    "The agent's user ID: UserId.": "El ID de usuario del agente: UserId.",
    "Transcription contains: TranscriptionContains.": "La transcripción contiene: TranscriptionContains.",
    "A file ID (repeatable): SpecificIds.": "Un ID de archivo (repetible): SpecificIds.",
    "Sort field, a FileInfo property (DateCreated, FileName, ...).":
        "Campo de ordenación, una propiedad de FileInfo (DateCreated, FileName, ...).",
    "Sort descending.": "Ordenar de forma descendente.",
    "Files per page: CountPerPage (default 200).": "Archivos por página: CountPerPage (por omisión 200).",
    "Zero-based page: Page.": "Página, contando desde 0: Page.",
    "Ask the server for every file at once: All.": "Pedir al servidor todos los archivos a la vez: All.",
    "Skip the server's counts: SimplifiedPaging.": "Omitir los recuentos del servidor: SimplifiedPaging.",
    "Walk the pages until N files are printed (0 = all of them).":
        "Recorrer las páginas hasta mostrar N archivos (0 = todos).",
    "Unexpected argument \"%1\".": "Argumento inesperado “%1”.",
    "--query: %1": "--query: %1",
    "--type: \"%1\" is not one of Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.":
        "--type: “%1” no es ninguno de Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.",
    "--%1: \"%2\" is not an ISO date or date-time (2026-11-28 or 2026-11-28T08:00:00Z).":
        "--%1: “%2” no es una fecha ni una fecha y hora ISO (2026-11-28 o 2026-11-28T08:00:00Z).",
    "--sort: \"%1\" is not a sortable file field (e.g. DateCreated, FileName, ContentLength, RecordingDuration).":
        "--sort: “%1” no es un campo de archivo ordenable (p. ej. DateCreated, FileName, ContentLength, RecordingDuration).",
    "--%1: \"%2\" is not a number of at least %3.": "--%1: “%2” no es un número mayor o igual que %3.",
    "Show one file's fields.": "Mostrar los campos de un archivo.",
    "The file's ID.": "El ID del archivo.",
    "files get needs exactly one file ID.": "files get necesita exactamente un ID de archivo.",
    "The password is empty.": "La contraseña está vacía.",
}

BY_CONTEXT = {
    ("DetailPane", "Call"): "Llamada",
    ("DetailPane", "File"): "Archivo",
    ("DetailPane", "Audit"): "Auditoría",
    ("CopyableField", "Copy"): "Copiar",
    ("SavedViewsPanel", "Save"): "Guardar",
    ("DateRangeEdit", "Created"): "Creado",
    ("DateRangeEdit", "Open"): "Sin límite",
    ("TypeCombo", "Type"): "Tipo",
    ("FilterSidebar", "Reset"): "Restablecer",
}
