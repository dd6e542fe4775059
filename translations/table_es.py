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

# --- player, export, links, preferences, hardening (issue 8, after the merge)
COMMON.update({
    'Licence: %1': 'Licencia: %1',
    'No audio output device is available.':
        'No hay ningún dispositivo de salida de audio disponible.',
    'The audio device cannot play %1 Hz, %2 channel(s).':
        'El dispositivo de audio no puede reproducir %1 Hz, %2 canal(es).',
    'The audio device could not be opened.': 'No se pudo abrir el dispositivo de audio.',
    'The audio device failed.': 'El dispositivo de audio ha fallado.',
    'The file holds no sound that could be decoded.':
        'El archivo no contiene sonido que se pueda decodificar.',
    "The file's format is not supported (%1).": 'El formato del archivo no es compatible (%1).',
    'Sign-in failed: %1': 'Error al iniciar sesión: %1',
    'the server refused the user name or password.':
        'el servidor rechazó el nombre de usuario o la contraseña.',
    'Show this help and exit.': 'Mostrar esta ayuda y salir.',
    'Usage: %1': 'Uso: %1',
    'Options:': 'Opciones:',
    "Usage: evovoice-cli COMMAND [options]\n\nCommands:\n  files list    List files (one flag per filter of the API's ListFiles)\n  files get ID  Show one file's fields\n\nConnection (every command):\n  --server URL        the API (or EVOVOICE_SERVER), e.g. https://evovoice.io\n  --user EMAIL        the user (or EVOVOICE_USER)\n  --password-stdin    read the password from the first line of stdin\n                      (otherwise EVOVOICE_PASSWORD; never as an argument)\n\n  --version           show the version and exit\n\nRun 'evovoice-cli files list --help' or 'evovoice-cli files get --help' for details.\nExit codes: 0 ok, 1 error, 2 usage.\n":
        "Uso: evovoice-cli COMANDO [opciones]\n\nComandos:\n  files list    Listar archivos (una opción por filtro de ListFiles de la API)\n  files get ID  Mostrar los campos de un archivo\n\nConexión (todos los comandos):\n  --server URL        la API (o EVOVOICE_SERVER), p. ej. https://evovoice.io\n  --user EMAIL        el usuario (o EVOVOICE_USER)\n  --password-stdin    leer la contraseña de la primera línea de stdin\n                      (si no, EVOVOICE_PASSWORD; nunca como argumento)\n\n  --version           mostrar la versión y salir\n\nEjecute 'evovoice-cli files list --help' o 'evovoice-cli files get --help' para más detalles.\nCódigos de salida: 0 correcto, 1 error, 2 uso incorrecto.\n",
    '%1/%2 files': '%1/%2 archivos',
    'listed %1/%2 files': '%1/%2 archivos listados',
    ', %1 left': ', quedan %1',
    ' (paused)': ' (en pausa)',
    'The link names no server.': 'El enlace no indica ningún servidor.',
    "The link's server “%1” is not a valid address.":
        'El servidor «%1» del enlace no es una dirección válida.',
    "The link's server must be an https address, not “%1”.":
        'El servidor del enlace debe ser una dirección https, no «%1».',
    "The link's server address must not contain a user name or password.":
        'La dirección del servidor del enlace no debe contener un nombre de usuario ni una contraseña.',
    "The link's server must be an address without a path: “%1”.":
        'El servidor del enlace debe ser una dirección sin ruta: «%1».',
    "The link's server uses plain http; only https is accepted for %1.":
        'El servidor del enlace usa http sin cifrar; para %1 solo se acepta https.',
    'The link is empty.': 'El enlace está vacío.',
    'The link is too long (%1 characters; at most %2).':
        'El enlace es demasiado largo (%1 caracteres; como máximo %2).',
    'The link contains control characters.': 'El enlace contiene caracteres de control.',
    'The link is not a valid evovoice: address.':
        'El enlace no es una dirección evovoice: válida.',
    'The link is not an evovoice://open address.':
        'El enlace no es una dirección evovoice://open.',
    'The link names more than one server.': 'El enlace indica más de un servidor.',
    'The link names more than one file.': 'El enlace indica más de un archivo.',
    "The link's file id “%1” is not a valid id.":
        'El ID de archivo «%1» del enlace no es un ID válido.',
    "This is not an EvoVoice link: it should start with evovoice: or be a filter's text form.":
        'Esto no es un enlace de EvoVoice: debe empezar por evovoice: o ser la forma de texto de un filtro.',
    "The link's filter is not valid: %1": 'El filtro del enlace no es válido: %1',
    "An evovoice: link or a filter's text form to open (a running console is handed the link and comes to the front).":
        'Un enlace evovoice: o la forma de texto de un filtro para abrir (una consola en ejecución recibe el enlace y pasa al frente).',
    'Cannot open the link: %1\n': 'No se puede abrir el enlace: %1\n',
    'Sign in to %1 to open the link.': 'Inicie sesión en %1 para abrir el enlace.',
    'The link was for %1; you signed in to %2, so it was not opened.':
        'El enlace era para %1; ha iniciado sesión en %2, así que no se abrió.',
    'Cannot open the link': 'No se puede abrir el enlace',
    'Open the link': 'Abrir el enlace',
    'This link is for %1, but you are signed in to %2.\n\nSign out and sign in to %1?':
        'Este enlace es para %1, pero ha iniciado sesión en %2.\n\n¿Cerrar sesión e iniciar sesión en %1?',
    'Copy &link to this file': 'Copiar el en&lace a este archivo',
    'Copies an evovoice: link that opens the console at this file, to send to a colleague.':
        'Copia un enlace evovoice: que abre la consola en este archivo, para enviarlo a un compañero.',
    'The server gave no address for this file.':
        'El servidor no dio ninguna dirección para este archivo.',
    'The file could not be written: %1': 'No se pudo escribir el archivo: %1',
    'The file could not be written to the disk.': 'No se pudo escribir el archivo en el disco.',
    'The server announced %1 bytes but sent %2.': 'El servidor anunció %1 bytes pero envió %2.',
    'The file should have %1 bytes but the server sent %2.':
        'El archivo debería tener %1 bytes, pero el servidor envió %2.',
    'The finished file could not be renamed to "%1".':
        'No se pudo cambiar el nombre del archivo terminado a «%1».',
    'Cancelled.': 'Cancelado.',
    '\nExport (every file the filters match, all pages):\n  --output FILE       where the metadata goes ("-" = stdout)\n  --format csv|json   CSV (default) or JSON\n  --columns LIST      CSV columns in order, API names: id,dateCreated,fileName,...\n  --bom               start the CSV with a UTF-8 BOM (for Excel)\n  --raw-csv           do not neutralise cells starting with = + - @ (machine consumers)\n  --quiet             no progress on stderr\nExit code 1 when a page could not be read.\n':
        '\nExportar (todos los archivos que coinciden con los filtros, todas las páginas):\n  --output FILE       adónde van los metadatos ("-" = stdout)\n  --format csv|json   CSV (predeterminado) o JSON\n  --columns LIST      columnas CSV en orden, nombres de la API: id,dateCreated,fileName,...\n  --bom               empezar el CSV con un BOM UTF-8 (para Excel)\n  --raw-csv           no neutralizar las celdas que empiezan por = + - @ (para programas)\n  --quiet             sin progreso en stderr\nCódigo de salida 1 si no se pudo leer una página.\n',
    '\nDownload (every file the filters match, all pages):\n  --dest DIR          the folder (created; gets manifest.csv)\n  --template T        file names, e.g. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}\n  --subfolders S      none, account, customer or date\n  --jobs N            parallel downloads, 1..16\n  --transcripts       also write <name>.txt with the transcription and AI transcription\n  --transcripts-only  only the transcripts, no media\n  --quiet             no progress on stderr\nFiles already complete from an earlier run (manifest.csv) are skipped; exit code 1 when any file failed.\n':
        '\nDescargar (todos los archivos que coinciden con los filtros, todas las páginas):\n  --dest DIR          la carpeta (se crea; recibe manifest.csv)\n  --template T        nombres de archivo, p. ej. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}\n  --subfolders S      none, account, customer o date\n  --jobs N            descargas en paralelo, 1..16\n  --transcripts       escribir también <nombre>.txt con la transcripción y la transcripción por IA\n  --transcripts-only  solo las transcripciones, sin archivos multimedia\n  --quiet             sin progreso en stderr\nLos archivos ya completos de una ejecución anterior (manifest.csv) se omiten; código de salida 1 si falló algún archivo.\n',
    '--jobs: "%1" is not a number from 1 to 16.': '--jobs: «%1» no es un número del 1 al 16.',
    '--subfolders: "%1" is not none, account, customer or date.':
        '--subfolders: «%1» no es none, account, customer ni date.',
    'Export the metadata of every file the filters match.':
        'Exportar los metadatos de todos los archivos que coinciden con los filtros.',
    'Download every file the filters match.':
        'Descargar todos los archivos que coinciden con los filtros.',
    'files export: --format is csv or json.': 'files export: --format es csv o json.',
    'files export needs --output FILE (or --output - for stdout).':
        'files export necesita --output FILE (o --output - para stdout).',
    'files download needs --dest DIR.': 'files download necesita --dest DIR.',
    '%1  (%2)': '%1  (%2)',
    'Export': 'Exportar',
    'An export is running. Wait for it to finish or cancel it in the Export panel.':
        'Hay una exportación en curso. Espere a que termine o cancélela en el panel de exportación.',
    '1 selected file': '1 archivo seleccionado',
    '%1 selected files': '%1 archivos seleccionados',
    'all %1 matching files': 'los %1 archivos coincidentes',
    'all matching files': 'todos los archivos coincidentes',
    'Export running': 'Exportación en curso',
    'An export is still running. Stop it and close? Files already finished are kept; a new export into the same folder continues where this one stopped.':
        'Todavía hay una exportación en curso. ¿Detenerla y cerrar? Los archivos ya terminados se conservan; una nueva exportación a la misma carpeta continúa donde se detuvo esta.',
    'Export files': 'Exportar archivos',
    'CSV columns, in order': 'Columnas CSV, en orden',
    'Files': 'Archivos',
    'The selected files (%1)': 'Los archivos seleccionados (%1)',
    'The selected files (none selected)': 'Los archivos seleccionados (ninguno seleccionado)',
    'at least %1': 'al menos %1',
    'All files matching the filter (%1)': 'Todos los archivos que coinciden con el filtro (%1)',
    'CSV (a spreadsheet)': 'CSV (una hoja de cálculo)',
    'JSON (the items as the API sent them)': 'JSON (los elementos tal como los envió la API)',
    'With a BOM, for Excel': 'Con BOM, para Excel',
    'Transcripts (one UTF-8 text file per file)':
        'Transcripciones (un archivo de texto UTF-8 por archivo)',
    'Media files (recordings, voicemail, faxes…)':
        'Archivos multimedia (grabaciones, mensajes de voz, faxes…)',
    'Metadata:': 'Metadatos:',
    'Destination': 'Destino',
    'Browse…': 'Examinar…',
    'By account': 'Por cuenta',
    'By customer': 'Por cliente',
    'By date (yyyy/MM/dd)': 'Por fecha (yyyy/MM/dd)',
    ' at once': ' a la vez',
    'Folder:': 'Carpeta:',
    'Subfolders:': 'Subcarpetas:',
    'File names:': 'Nombres de archivo:',
    'Downloads:': 'Descargas:',
    'Export into': 'Exportar a',
    'No files are selected.': 'No hay archivos seleccionados.',
    'The filter matches no files: there is nothing to export.':
        'El filtro no coincide con ningún archivo: no hay nada que exportar.',
    'Choose what to export: metadata, transcripts or media files.':
        'Elija qué exportar: metadatos, transcripciones o archivos multimedia.',
    'Choose at least one CSV column.': 'Elija al menos una columna CSV.',
    'The name template cannot be used: %1': 'No se puede usar la plantilla de nombres: %1',
    'The name "%1" would leave the export folder.':
        'El nombre «%1» saldría de la carpeta de exportación.',
    'The folder "%1" could not be created.': 'No se pudo crear la carpeta «%1».',
    'The folder of "%1" leads outside the export folder (a link?).':
        'La carpeta de «%1» lleva fuera de la carpeta de exportación (¿un enlace?).',
    'Choose a folder to export into.': 'Elija una carpeta a la que exportar.',
    'The folder must be a full path (such as /home/you/Exports).':
        'La carpeta debe ser una ruta completa (como /home/usted/Exportaciones).',
    'The folder “%1” cannot be created.': 'No se puede crear la carpeta «%1».',
    '“%1” is a file, not a folder.': '«%1» es un archivo, no una carpeta.',
    'The folder “%1” cannot be written (no permission).':
        'No se puede escribir en la carpeta «%1» (sin permiso).',
    'The folder “%1” cannot be written: %2': 'No se puede escribir en la carpeta «%1»: %2',
    'The metadata file "%1" could not be written: %2':
        'No se pudo escribir el archivo de metadatos «%1»: %2',
    'The metadata file could not be written: %1':
        'No se pudo escribir el archivo de metadatos: %1',
    'The transcript could not be written: %1': 'No se pudo escribir la transcripción: %1',
    'manifest.csv could not be written.': 'No se pudo escribir manifest.csv.',
    'The metadata file could not be saved: %1': 'No se pudo guardar el archivo de metadatos: %1',
    'Files arrived while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.':
        'Llegaron archivos durante la exportación: los archivos coincidentes pasaron de %1 a %2. Cada archivo se exportó una vez, %3 en total.',
    'Files were removed while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.':
        'Se eliminaron archivos durante la exportación: los archivos coincidentes pasaron de %1 a %2. Cada archivo se exportó una vez, %3 en total.',
    'manifest.csv could not be written: %1': 'No se pudo escribir manifest.csv: %1',
    'Choose what to export: the metadata, the transcripts or the media files.':
        'Elija qué exportar: los metadatos, las transcripciones o los archivos multimedia.',
    'No file IDs were given.': 'No se indicó ningún ID de archivo.',
    'No rows are selected.': 'No hay filas seleccionadas.',
    'Choose a folder for the files.': 'Elija una carpeta para los archivos.',
    'Choose where the metadata file goes.': 'Elija adónde va el archivo de metadatos.',
    'Pause': 'Pausa',
    'Open folder': 'Abrir la carpeta',
    'Show manifest': 'Mostrar el manifiesto',
    'Run again': 'Ejecutar de nuevo',
    'Export the same files into the same folder again: files already complete are skipped, the others are fetched (interrupted ones resume).':
        'Exportar de nuevo los mismos archivos a la misma carpeta: los ya completos se omiten y los demás se descargan (los interrumpidos se reanudan).',
    'the folder': 'la carpeta',
    'the manifest': 'el manifiesto',
    'Exporting into %1': 'Exportando a %1',
    'Exporting %1 into %2': 'Exportando %1 a %2',
    'Starting…': 'Iniciando…',
    'Resume': 'Reanudar',
    'Export finished: %1': 'Exportación terminada: %1',
    'Export ended with problems: %1': 'La exportación terminó con problemas: %1',
    'No application could open %1; it is at %2': 'Ninguna aplicación pudo abrir %1; está en %2',
    '%1 of %2': '%1 de %2',
    '%1/s': '%1/s',
    'about %1 s left': 'quedan unos %1 s',
    'about %1 min %2 s left': 'quedan unos %1 min %2 s',
    'about %1 h %2 min left': 'quedan unas %1 h %2 min',
    'Listing files: %1 of %2': 'Listando archivos: %1 de %2',
    'Listing files: %1': 'Listando archivos: %1',
    '%1 of %2 files': '%1 de %2 archivos',
    '%1 files': '%1 archivos',
    'paused': 'en pausa',
    'finishing': 'finalizando',
    'Exported 1 file': '1 archivo exportado',
    'Exported %1 files': '%1 archivos exportados',
    '%1, skipped %2 already complete, %3 failed.': '%1, %2 ya completos omitidos, %3 con error.',
    'The export was cancelled; what is finished is kept and listed in the manifest.':
        'Se canceló la exportación; lo terminado se conserva y figura en el manifiesto.',
    'It stopped early: %1': 'Se detuvo antes de tiempo: %1',
    'The number of matching files changed while exporting.':
        'El número de archivos coincidentes cambió durante la exportación.',
    '… and %1 more (see the manifest)': '… y %1 más (vea el manifiesto)',
    'Insert field': 'Insertar campo',
    'This template cannot be used: %1': 'No se puede usar esta plantilla: %1',
    '(The names show here once the first files are loaded.)':
        '(Los nombres aparecen aquí en cuanto se cargan los primeros archivos.)',
    '"%1" is not a column; the columns are: %2.':
        '«%1» no es una columna; las columnas son: %2.',
    'No columns were given.': 'No se indicó ninguna columna.',
    '%1 exported, %2 already complete, %3 failed%4':
        '%1 exportados, %2 ya completos, %3 con error%4',
    '; manifest: %1': '; manifiesto: %1',
    "The linked file is not among the ids the link's filter names.":
        'El archivo enlazado no está entre los ID que indica el filtro del enlace.',
    'The linked file could not be looked up: %1': 'No se pudo buscar el archivo enlazado: %1',
    "The linked file is not in the link's filter; its details are shown.":
        'El archivo enlazado no está en el filtro del enlace; se muestran sus detalles.',
    'The linked file is beyond the first %n page(s) of this filter; its details are shown.':
        ['El archivo enlazado está más allá de la primera página de este filtro; se muestran sus detalles.', 'El archivo enlazado está más allá de las primeras %n páginas de este filtro; se muestran sus detalles.'],
    'The linked file is not in the rows of this filter; its details are shown.':
        'El archivo enlazado no está en las filas de este filtro; se muestran sus detalles.',
    'The linked file %1 could not be opened: %2': 'No se pudo abrir el archivo enlazado %1: %2',
    "The fax's pages cannot be read (not a valid PDF).":
        'No se pueden leer las páginas del fax (no es un PDF válido).',
    'Previous page': 'Página anterior',
    'Next page': 'Página siguiente',
    'Zoom out': 'Alejar',
    'Zoom in': 'Acercar',
    'Fit': 'Ajustar',
    'Fit the page to the width': 'Ajustar la página al ancho',
    "Loading the fax's pages…": 'Cargando las páginas del fax…',
    'Loading the image…': 'Cargando la imagen…',
    'The image cannot be read.': 'No se puede leer la imagen.',
    '%1 × %2 pixels': '%1 × %2 píxeles',
    'Page %1 of %2': 'Página %1 de %2',
    'The file is too large to preview (%1).':
        'El archivo es demasiado grande para la vista previa (%1).',
    'The file could not be downloaded: %1': 'No se pudo descargar el archivo: %1',
    'The server gives no address for this file.':
        'El servidor no da ninguna dirección para este archivo.',
    'Page %1 of the list could not be read (%2 attempts): %3':
        'No se pudo leer la página %1 de la lista (%2 intentos): %3',
    'Could not refresh: %1 The rows shown are from before the refresh.':
        'No se pudo actualizar: %1 Las filas mostradas son de antes de la actualización.',
    '%1 on %2': '%1 en %2',
    '%1 · %2 selected': '%1 · %2 seleccionados',
    'The download could not be saved: %1': 'No se pudo guardar la descarga: %1',
    'The file could not be fetched again: %1': 'No se pudo volver a obtener el archivo: %1',
    'The download failed: %1': 'La descarga falló: %1',
    'The name template is empty.': 'La plantilla de nombres está vacía.',
    'A "}" at position %1 closes nothing.': 'Una «}» en la posición %1 no cierra nada.',
    'The "{" at position %1 is never closed.': 'La «{» de la posición %1 nunca se cierra.',
    'A "{" inside the placeholder at position %1.':
        'Una «{» dentro del marcador de la posición %1.',
    'An empty placeholder "{}" at position %1.': 'Un marcador vacío «{}» en la posición %1.',
    '"%1" at position %2 is not a file field (for example id, dateCreated, fromAddress, type, ext).':
        '«%1» en la posición %2 no es un campo de archivo (por ejemplo id, dateCreated, fromAddress, type, ext).',
    'No files match the filters.': 'Ningún archivo coincide con los filtros.',
    'Reset filters': 'Restablecer los filtros',
    'Clear every filter and show all files':
        'Borrar todos los filtros y mostrar todos los archivos',
    '&Play / pause': '&Reproducir / pausa',
    'Play from the &start': 'Reproducir desde el &principio',
    'Play (media key)': 'Reproducir (tecla multimedia)',
    'Pause (media key)': 'Pausa (tecla multimedia)',
    'Back 5 seconds': 'Retroceder 5 segundos',
    'Forward 5 seconds': 'Avanzar 5 segundos',
    'Back 1 second': 'Retroceder 1 segundo',
    'Forward 1 second': 'Avanzar 1 segundo',
    'S&lower': 'Más &lento',
    '&Faster': 'Más &rápido',
    '&Normal speed': 'Velocidad &normal',
    '&Mute': '&Silenciar',
    'P&revious recording': 'Grabación &anterior',
    'Ne&xt recording': 'Grabación &siguiente',
    'Play next &automatically': 'Reproducir la siguiente &automáticamente',
    'Skip s&ilence': 'Omitir los s&ilencios',
    '&Clear the audio cache': '&Vaciar la caché de audio',
    'Auto-next': 'Siguiente auto.',
    'Skip silence': 'Omitir silencios',
    'At the end of a file, play the next recording or voicemail in the table':
        'Al terminar un archivo, reproducir la siguiente grabación o mensaje de voz de la tabla',
    'Jump over silences longer than 1.5 seconds': 'Saltar los silencios de más de 1,5 segundos',
    'Play': 'Reproducir',
    '&Playback': '&Reproducción',
    'Player': 'Reproductor',
    'Elapsed': 'Transcurrido',
    'Remaining': 'Restante',
    'Playback speed (the pitch is kept): [ slower, ] faster, Backspace normal':
        'Velocidad de reproducción (se mantiene el tono): [ más lento, ] más rápido, Retroceso normal',
    'Volume': 'Volumen',
    'No more recordings below.': 'No hay más grabaciones debajo.',
    'No more recordings above.': 'No hay más grabaciones encima.',
    '%1×': '%1×',
    'Select a recording or voicemail to play it':
        'Seleccione una grabación o un mensaje de voz para reproducirlo',
    '%1 → %2': '%1 → %2',
    'The file cannot be played.': 'No se puede reproducir el archivo.',
    'Looking for the next recording…': 'Buscando la siguiente grabación…',
    'Buffering…': 'Almacenando en búfer…',
    'Downloading… %1 %': 'Descargando… %1 %',
    'Volume: %1 %': 'Volumen: %1 %',
    'The downloaded file could not be read.': 'No se pudo leer el archivo descargado.',
    '%1 is not an audio file.': '%1 no es un archivo de audio.',
    'Preferences': 'Preferencias',
    '&Account': '&Cuenta',
    '&General': '&General',
    'Media &cache': '&Caché multimedia',
    '&Downloads': '&Descargas',
    'Not signed in.': 'No ha iniciado sesión.',
    'Signed in as %1.': 'Sesión iniciada como %1.',
    '&Server for the next sign-in:': '&Servidor para el próximo inicio de sesión:',
    'you@example.com': 'usted@example.com',
    '&User (e-mail):': '&Usuario (correo electrónico):',
    'The session is kept in the system keychain; the password is never stored.':
        'La sesión se guarda en el llavero del sistema; la contraseña nunca se almacena.',
    '&Forget recent servers': '&Olvidar los servidores recientes',
    'System default': 'Predeterminado del sistema',
    '&Language:': '&Idioma:',
    ' rows': ' filas',
    'Page size and paging apply to the next query.':
        'El tamaño de página y la paginación se aplican a la próxima consulta.',
    '&Volume:': '&Volumen:',
    '×': '×',
    '&Speed:': 'V&elocidad:',
    'Play the &next recording when one ends':
        'Reproducir la grabación &siguiente al terminar una',
    'S&kip silence': '&Omitir silencios',
    '&Browse…': 'E&xaminar…',
    ' MiB': ' MiB',
    'No cache': 'Sin caché',
    '&Size limit:': '&Límite de tamaño:',
    'Media cache folder': 'Carpeta de la caché multimedia',
    '&Folder:': '&Carpeta:',
    'C&lear cache': '&Vaciar la caché',
    'On disk:': 'En el disco:',
    'Downloaded recordings and faxes are kept here so that they open at once the next time.':
        'Las grabaciones y faxes descargados se guardan aquí para que se abran al instante la próxima vez.',
    '&Downloads at once:': '&Descargas simultáneas:',
    'Default export folder': 'Carpeta de exportación predeterminada',
    '&Export folder:': 'Carpeta de &exportación:',
    'De&fault': '&Predeterminada',
    'File &names:': '&Nombres de archivo:',
    "Fields in braces are replaced by the file's values, as in the default: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.":
        'Los campos entre llaves se sustituyen por los valores del archivo, como en la predeterminada: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.',
    'Counting…': 'Contando…',
    '%1 in %n file(s)': ['%1 en %n archivo', '%1 en %n archivos'],
    '&Export…': '&Exportar…',
    '&Preferences…': '&Preferencias…',
    '&Edit': '&Editar',
    'Another console is running.': 'Ya hay otra consola en ejecución.',
    'File: %1 (%2)': 'Archivo: %1 (%2)',
    'Created: %1': 'Creado: %1',
    'From: %1': 'De: %1',
    'To: %1': 'Para: %1',
    '(none)': '(ninguno)',
    'Position': 'Posición',
    'Link to “%1” copied.': 'Enlace a «%1» copiado.',
    'evovoice-console: handed over to the running console.\n':
        'evovoice-console: entregado a la consola en ejecución.\n',
    "%1 needs a value.": "%1 necesita un valor.",
})
BY_CONTEXT.update({
    ('ExportColumnsPicker', 'Up'): 'Subir',
    ('ExportColumnsPicker', 'Down'): 'Bajar',
    ('ExportColumnsPicker', 'All'): 'Todas',
    ('ExportColumnsPicker', 'None'): 'Ninguna',
    ('ExportDialog', 'None'): 'Ninguno',
    ('ExportDialog', 'None', 'no subfolders'): 'Ninguna',
    ('ExportProgressPanel', 'Cancel'): 'Cancelar',
    ('ExportProgressPanel', 'Close'): 'Cerrar',
    ('ExportTemplateEdit', 'Default'): 'Predeterminada',
})
COMMON.update({
    # --- the downloads' own HTTP transport (HttpResponseParser, HttpStreamReply)
    "The server closed the connection without an answer.": "El servidor cerró la conexión sin responder.",
    "The server closed the connection before the answer was complete.":
        "El servidor cerró la conexión antes de completar la respuesta.",
    "The server's answer has an oversized header.": "La respuesta del servidor tiene una cabecera demasiado grande.",
    "The server's answer is not HTTP.": "La respuesta del servidor no es HTTP.",
    "The server's answer has a malformed header.": "La respuesta del servidor tiene una cabecera mal formada.",
    "The server switched protocols unasked.": "El servidor cambió de protocolo sin que se le pidiera.",
    "The server sent a transfer coding that was not asked for (%1).":
        "El servidor envió una codificación de transferencia no solicitada (%1).",
    "The server's answer has an invalid Content-Length.": "La respuesta del servidor tiene un Content-Length no válido.",
    "The server's answer has a malformed chunk.": "La respuesta del servidor tiene un fragmento mal formado.",
    "The connection pool is gone.": "El grupo de conexiones ya no existe.",
    "A request header holds a line break.": "Una cabecera de la petición contiene un salto de línea.",
    "SSL handshake failed: %1": "Falló el protocolo de enlace SSL: %1",
    "Operation canceled": "Operación cancelada",
})
