<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About EvoVoice Files Console</source>
        <translation>Acerca de EvoVoice Files Console</translation>
    </message>
    <message>
        <source>EvoVoice Files Console %1

Browse, filter and inspect the files of the EvoVoice telephony API.

Server: %2
Qt %3</source>
        <translation>EvoVoice Files Console %1

Explore, filtre e inspeccione los archivos de la API de telefonía EvoVoice.

Servidor: %2
Qt %3</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>sin conexión</translation>
    </message>
    <message>
        <source>Licence: %1</source>
        <comment>SPDX licence identifier</comment>
        <translation>Licencia: %1</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (sin cargar)</translation>
    </message>
    <message>
        <source>Account id: %1</source>
        <translation>ID de cuenta: %1</translation>
    </message>
</context>
<context>
    <name>ApiClient</name>
    <message>
        <source>The server address is not a valid URL.</source>
        <translation>La dirección del servidor no es una URL válida.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// for a local test server).</source>
        <translation>La dirección del servidor debe empezar por https:// (o http:// para un servidor de pruebas local).</translation>
    </message>
    <message>
        <source>The server address has no host name.</source>
        <translation>La dirección del servidor no tiene nombre de host.</translation>
    </message>
    <message>
        <source>The server address must not contain a user name or password.</source>
        <translation>La dirección del servidor no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>A password is never sent over plain HTTP except to this computer; use https://.</source>
        <translation>Nunca se envía una contraseña por HTTP sin cifrar, salvo a este equipo; use https://.</translation>
    </message>
    <message>
        <source>A user name and a password are needed.</source>
        <translation>Se necesitan un nombre de usuario y una contraseña.</translation>
    </message>
    <message>
        <source>The download has nowhere to write to.</source>
        <translation>La descarga no tiene dónde escribir.</translation>
    </message>
    <message>
        <source>The file&apos;s address is not usable: %1</source>
        <translation>La dirección del archivo no se puede usar: %1</translation>
    </message>
    <message>
        <source>No server is set.</source>
        <translation>No hay ningún servidor configurado.</translation>
    </message>
    <message>
        <source>No file ID was given.</source>
        <translation>No se indicó ningún ID de archivo.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server could not be reached.</source>
        <translation>No se pudo contactar con el servidor.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The server refused the request (%1).</source>
        <translation>El servidor rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session has expired.</source>
        <translation>No ha iniciado sesión o su sesión ha caducado.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>No tiene permiso para hacer esto.</translation>
    </message>
    <message>
        <source>The server sent an answer that could not be read.</source>
        <translation>El servidor envió una respuesta que no se pudo leer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The request could not be made.</source>
        <translation>No se pudo realizar la solicitud.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>field name: error message</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The server sent a different part of the file than asked for.</source>
        <translation>El servidor envió una parte del archivo distinta de la solicitada.</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Sin respuesta en %1 ms.</translation>
    </message>
    <message>
        <source>The server redirected a request that cannot be repeated.</source>
        <translation>El servidor redirigió una solicitud que no se puede repetir.</translation>
    </message>
    <message>
        <source>Too many redirects.</source>
        <translation>Demasiadas redirecciones.</translation>
    </message>
    <message>
        <source>The server redirected to an invalid address.</source>
        <translation>El servidor redirigió a una dirección no válida.</translation>
    </message>
    <message>
        <source>Refused a redirect from HTTPS to an insecure address.</source>
        <translation>Se rechazó una redirección de HTTPS a una dirección no segura.</translation>
    </message>
    <message>
        <source>The server accepted the sign-in but sent no session.</source>
        <translation>El servidor aceptó el inicio de sesión pero no envió ninguna sesión.</translation>
    </message>
    <message>
        <source>Signing in again with the saved credentials failed.</source>
        <translation>Falló el nuevo inicio de sesión con las credenciales guardadas.</translation>
    </message>
</context>
<context>
    <name>AudioFeeder</name>
    <message>
        <source>No audio output device is available.</source>
        <translation>No hay ningún dispositivo de salida de audio disponible.</translation>
    </message>
    <message>
        <source>The audio device cannot play %1 Hz, %2 channel(s).</source>
        <translation>El dispositivo de audio no puede reproducir %1 Hz, %2 canal(es).</translation>
    </message>
    <message>
        <source>The audio device could not be opened.</source>
        <translation>No se pudo abrir el dispositivo de audio.</translation>
    </message>
    <message>
        <source>The audio device failed.</source>
        <translation>El dispositivo de audio ha fallado.</translation>
    </message>
</context>
<context>
    <name>AudioFileDecoder</name>
    <message>
        <source>The file holds no sound that could be decoded.</source>
        <translation>El archivo no contiene sonido que se pueda decodificar.</translation>
    </message>
    <message>
        <source>The file&apos;s format is not supported (%1).</source>
        <translation>El formato del archivo no es compatible (%1).</translation>
    </message>
</context>
<context>
    <name>BreadcrumbBar</name>
    <message>
        <source>Show this customer&apos;s files (%1)</source>
        <translation>Mostrar los archivos de este cliente (%1)</translation>
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
            <numerusform>%n seleccionado</numerusform>
            <numerusform>%n seleccionados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliConnection</name>
    <message>
        <source>The password is empty.</source>
        <translation>La contraseña está vacía.</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>the server refused the user name or password.</source>
        <translation>el servidor rechazó el nombre de usuario o la contraseña.</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>Show this help and exit.</source>
        <translation>Mostrar esta ayuda y salir.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
</context>
<context>
    <name>CliOptions</name>
    <message>
        <source>A password is never accepted as an argument (it would show in the process list and the shell history): set EVOVOICE_PASSWORD or use --password-stdin.</source>
        <translation>Nunca se acepta una contraseña como argumento (aparecería en la lista de procesos y en el historial del shell): defina EVOVOICE_PASSWORD o use --password-stdin.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ninguna orden.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Orden desconocida “%1”.</translation>
    </message>
    <message>
        <source>&quot;files&quot; needs a subcommand: list or get.</source>
        <translation>“files” necesita una suborden: list o get.</translation>
    </message>
    <message>
        <source>Unknown subcommand &quot;files %1&quot; (list or get).</source>
        <translation>Suborden desconocida “files %1” (list o get).</translation>
    </message>
    <message>
        <source>The API&apos;s URL (or EVOVOICE_SERVER).</source>
        <translation>La URL de la API (o EVOVOICE_SERVER).</translation>
    </message>
    <message>
        <source>The user&apos;s e-mail (or EVOVOICE_USER).</source>
        <translation>El correo electrónico del usuario (o EVOVOICE_USER).</translation>
    </message>
    <message>
        <source>Read the password from stdin (otherwise EVOVOICE_PASSWORD).</source>
        <translation>Leer la contraseña de stdin (si no, EVOVOICE_PASSWORD).</translation>
    </message>
    <message>
        <source>Output: table (default), csv or json.</source>
        <translation>Salida: table (por omisión), csv o json.</translation>
    </message>
    <message>
        <source>No server: give --server URL or set EVOVOICE_SERVER.</source>
        <translation>Sin servidor: indique --server URL o defina EVOVOICE_SERVER.</translation>
    </message>
    <message>
        <source>--server: &quot;%1&quot; is not a URL.</source>
        <translation>--server: “%1” no es una URL.</translation>
    </message>
    <message>
        <source>No user: give --user EMAIL or set EVOVOICE_USER.</source>
        <translation>Sin usuario: indique --user CORREO o defina EVOVOICE_USER.</translation>
    </message>
    <message>
        <source>No password: set EVOVOICE_PASSWORD or use --password-stdin.</source>
        <translation>Sin contraseña: defina EVOVOICE_PASSWORD o use --password-stdin.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not table, csv or json.</source>
        <translation>--format: “%1” no es table, csv ni json.</translation>
    </message>
    <message>
        <source>List files. Without --limit one page is printed; with --limit N the pages are walked until N files (0 = all).</source>
        <translation>Listar archivos. Sin --limit se muestra una página; con --limit N se recorren las páginas hasta mostrar N archivos (0 = todos).</translation>
    </message>
    <message>
        <source>A saved query&apos;s text form (flags below override it).</source>
        <translation>La forma de texto de una consulta guardada (las opciones de abajo tienen prioridad).</translation>
    </message>
    <message>
        <source>Account ID (repeatable): AccountIds.</source>
        <translation>ID de cuenta (repetible): AccountIds.</translation>
    </message>
    <message>
        <source>Customer ID (repeatable): CustomerIds.</source>
        <translation>ID de cliente (repetible): CustomerIds.</translation>
    </message>
    <message>
        <source>Session ID: SessionId.</source>
        <translation>ID de sesión: SessionId.</translation>
    </message>
    <message>
        <source>File name contains: FileName.</source>
        <translation>El nombre de archivo contiene: FileName.</translation>
    </message>
    <message>
        <source>Content type contains: ContentType.</source>
        <translation>El tipo de contenido contiene: ContentType.</translation>
    </message>
    <message>
        <source>Upload, VoiceMessage, CallRecording, Fax, Attachment or FaxOutgoing.</source>
        <translation>Upload, VoiceMessage, CallRecording, Fax, Attachment o FaxOutgoing.</translation>
    </message>
    <message>
        <source>Created at or after (ISO date or date-time; UTC unless an offset is given).</source>
        <translation>Creado en o después de (fecha o fecha y hora ISO; UTC salvo que se indique un desfase).</translation>
    </message>
    <message>
        <source>Created at or before (a bare date means the end of that day).</source>
        <translation>Creado en o antes de (una fecha sola significa el final de ese día).</translation>
    </message>
    <message>
        <source>The agent&apos;s user ID: UserId.</source>
        <translation>El ID de usuario del agente: UserId.</translation>
    </message>
    <message>
        <source>Transcription contains: TranscriptionContains.</source>
        <translation>La transcripción contiene: TranscriptionContains.</translation>
    </message>
    <message>
        <source>A file ID (repeatable): SpecificIds.</source>
        <translation>Un ID de archivo (repetible): SpecificIds.</translation>
    </message>
    <message>
        <source>Sort field, a FileInfo property (DateCreated, FileName, ...).</source>
        <translation>Campo de ordenación, una propiedad de FileInfo (DateCreated, FileName, ...).</translation>
    </message>
    <message>
        <source>Sort descending.</source>
        <translation>Ordenar de forma descendente.</translation>
    </message>
    <message>
        <source>Files per page: CountPerPage (default 200).</source>
        <translation>Archivos por página: CountPerPage (por omisión 200).</translation>
    </message>
    <message>
        <source>Zero-based page: Page.</source>
        <translation>Página, contando desde 0: Page.</translation>
    </message>
    <message>
        <source>Ask the server for every file at once: All.</source>
        <translation>Pedir al servidor todos los archivos a la vez: All.</translation>
    </message>
    <message>
        <source>Skip the server&apos;s counts: SimplifiedPaging.</source>
        <translation>Omitir los recuentos del servidor: SimplifiedPaging.</translation>
    </message>
    <message>
        <source>Walk the pages until N files are printed (0 = all of them).</source>
        <translation>Recorrer las páginas hasta mostrar N archivos (0 = todos).</translation>
    </message>
    <message>
        <source>Unexpected argument &quot;%1&quot;.</source>
        <translation>Argumento inesperado “%1”.</translation>
    </message>
    <message>
        <source>--query: %1</source>
        <translation>--query: %1</translation>
    </message>
    <message>
        <source>--type: &quot;%1&quot; is not one of Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.</source>
        <translation>--type: “%1” no es ninguno de Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not an ISO date or date-time (2026-11-28 or 2026-11-28T08:00:00Z).</source>
        <translation>--%1: “%2” no es una fecha ni una fecha y hora ISO (2026-11-28 o 2026-11-28T08:00:00Z).</translation>
    </message>
    <message>
        <source>--sort: &quot;%1&quot; is not a sortable file field (e.g. DateCreated, FileName, ContentLength, RecordingDuration).</source>
        <translation>--sort: “%1” no es un campo de archivo ordenable (p. ej. DateCreated, FileName, ContentLength, RecordingDuration).</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a number of at least %3.</source>
        <translation>--%1: “%2” no es un número mayor o igual que %3.</translation>
    </message>
    <message>
        <source>Show one file&apos;s fields.</source>
        <translation>Mostrar los campos de un archivo.</translation>
    </message>
    <message>
        <source>The file&apos;s ID.</source>
        <translation>El ID del archivo.</translation>
    </message>
    <message>
        <source>files get needs exactly one file ID.</source>
        <translation>files get necesita exactamente un ID de archivo.</translation>
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
        <translation>Uso: evovoice-cli COMANDO [opciones]

Comandos:
  files list    Listar archivos (una opción por filtro de ListFiles de la API)
  files get ID  Mostrar los campos de un archivo

Conexión (todos los comandos):
  --server URL        la API (o EVOVOICE_SERVER), p. ej. https://evovoice.io
  --user EMAIL        el usuario (o EVOVOICE_USER)
  --password-stdin    leer la contraseña de la primera línea de stdin
                      (si no, EVOVOICE_PASSWORD; nunca como argumento)

  --version           mostrar la versión y salir

Ejecute &apos;evovoice-cli files list --help&apos; o &apos;evovoice-cli files get --help&apos; para más detalles.
Códigos de salida: 0 correcto, 1 error, 2 uso incorrecto.
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
</context>
<context>
    <name>CliProgress</name>
    <message>
        <source>%1/%2 files</source>
        <translation>%1/%2 archivos</translation>
    </message>
    <message>
        <source>listed %1/%2 files</source>
        <translation>%1/%2 archivos listados</translation>
    </message>
    <message>
        <source>, %1 left</source>
        <translation>, quedan %1</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pausa)</translation>
    </message>
</context>
<context>
    <name>ConsoleLink</name>
    <message>
        <source>The link names no server.</source>
        <translation>El enlace no indica ningún servidor.</translation>
    </message>
    <message>
        <source>The link&apos;s server “%1” is not a valid address.</source>
        <translation>El servidor «%1» del enlace no es una dirección válida.</translation>
    </message>
    <message>
        <source>The link&apos;s server must be an https address, not “%1”.</source>
        <translation>El servidor del enlace debe ser una dirección https, no «%1».</translation>
    </message>
    <message>
        <source>The link&apos;s server address must not contain a user name or password.</source>
        <translation>La dirección del servidor del enlace no debe contener un nombre de usuario ni una contraseña.</translation>
    </message>
    <message>
        <source>The link&apos;s server must be an address without a path: “%1”.</source>
        <translation>El servidor del enlace debe ser una dirección sin ruta: «%1».</translation>
    </message>
    <message>
        <source>The link&apos;s server uses plain http; only https is accepted for %1.</source>
        <translation>El servidor del enlace usa http sin cifrar; para %1 solo se acepta https.</translation>
    </message>
    <message>
        <source>The link is empty.</source>
        <translation>El enlace está vacío.</translation>
    </message>
    <message>
        <source>The link is too long (%1 characters; at most %2).</source>
        <translation>El enlace es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The link contains control characters.</source>
        <translation>El enlace contiene caracteres de control.</translation>
    </message>
    <message>
        <source>The link is not a valid evovoice: address.</source>
        <translation>El enlace no es una dirección evovoice: válida.</translation>
    </message>
    <message>
        <source>The link is not an evovoice://open address.</source>
        <translation>El enlace no es una dirección evovoice://open.</translation>
    </message>
    <message>
        <source>The link names more than one server.</source>
        <translation>El enlace indica más de un servidor.</translation>
    </message>
    <message>
        <source>The link names more than one file.</source>
        <translation>El enlace indica más de un archivo.</translation>
    </message>
    <message>
        <source>The link&apos;s file id “%1” is not a valid id.</source>
        <translation>El ID de archivo «%1» del enlace no es un ID válido.</translation>
    </message>
    <message>
        <source>This is not an EvoVoice link: it should start with evovoice: or be a filter&apos;s text form.</source>
        <translation>Esto no es un enlace de EvoVoice: debe empezar por evovoice: o ser la forma de texto de un filtro.</translation>
    </message>
    <message>
        <source>The link&apos;s filter is not valid: %1</source>
        <translation>El filtro del enlace no es válido: %1</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>EvoVoice Files Console: browse, filter and inspect the files of the EvoVoice API.
Without options it signs in with a remembered session or asks.</source>
        <translation>EvoVoice Files Console: explore, filtre e inspeccione los archivos de la API de EvoVoice.
Sin opciones, inicia sesión con una sesión guardada o pide las credenciales.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostrar la versión.</translation>
    </message>
    <message>
        <source>The API&apos;s address (default https://evovoice.io).</source>
        <translation>La dirección de la API (por omisión https://evovoice.io).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sign in as EMAIL without the dialog; the password comes from the environment variable EVOVOICE_PASSWORD.</source>
        <translation>Iniciar sesión como CORREO sin el diálogo; la contraseña se toma de la variable de entorno EVOVOICE_PASSWORD.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>Start the bundled simulator (evovoice-sim) and sign in to it as the demo manager.</source>
        <translation>Iniciar el simulador incluido (evovoice-sim) e iniciar sesión en él como el gerente de demostración.</translation>
    </message>
    <message>
        <source>
Environment:
  EVOVOICE_PASSWORD  the password for --user (never stored)
</source>
        <translation>
Entorno:
  EVOVOICE_PASSWORD  la contraseña para --user (nunca se guarda)
</translation>
    </message>
    <message>
        <source>Unexpected argument: %1
</source>
        <translation>Argumento inesperado: %1
</translation>
    </message>
    <message>
        <source>--demo cannot be combined with --server or --user.
</source>
        <translation>--demo no se puede combinar con --server ni con --user.
</translation>
    </message>
    <message>
        <source>An evovoice: link or a filter&apos;s text form to open (a running console is handed the link and comes to the front).</source>
        <translation>Un enlace evovoice: o la forma de texto de un filtro para abrir (una consola en ejecución recibe el enlace y pasa al frente).</translation>
    </message>
    <message>
        <source>Cannot open the link: %1
</source>
        <translation>No se puede abrir el enlace: %1
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
        <translation>Inicie sesión en %1 para abrir el enlace.</translation>
    </message>
    <message>
        <source>The link was for %1; you signed in to %2, so it was not opened.</source>
        <translation>El enlace era para %1; ha iniciado sesión en %2, así que no se abrió.</translation>
    </message>
    <message>
        <source>Cannot open the link</source>
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <source>Open the link</source>
        <translation>Abrir el enlace</translation>
    </message>
    <message>
        <source>This link is for %1, but you are signed in to %2.

Sign out and sign in to %1?</source>
        <translation>Este enlace es para %1, pero ha iniciado sesión en %2.

¿Cerrar sesión e iniciar sesión en %1?</translation>
    </message>
</context>
<context>
    <name>ConsoleStatusBar</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>user (role)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Signed in as %1 on %2
Roles: %3</source>
        <translation>Sesión iniciada como %1 en %2
Roles: %3</translation>
    </message>
    <message>
        <source>Nothing remembered: no keychain</source>
        <translation>No se recuerda nada: no hay llavero</translation>
    </message>
</context>
<context>
    <name>CopyableField</name>
    <message>
        <source>Copy</source>
        <comment>copy a value to the clipboard</comment>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
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
        <translation>No hay ningún llavero del sistema disponible (%1); no se recordará nada.</translation>
    </message>
</context>
<context>
    <name>CustomerTreeModel</name>
    <message>
        <source>%1 (not loaded)</source>
        <translation>%1 (sin cargar)</translation>
    </message>
    <message>
        <source>Customer id: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
    <message>
        <source>%1
Account: %2
Customer id: %3</source>
        <translation>%1
Cuenta: %2
ID de cliente: %3</translation>
    </message>
</context>
<context>
    <name>DateRangeEdit</name>
    <message>
        <source>The start of the range is after its end; the filter is not applied.</source>
        <translation>El inicio del intervalo es posterior a su final; no se aplica el filtro.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom range</source>
        <comment>date range preset</comment>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>the date range filter</comment>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>no limit on this end of a date range</comment>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Created from</source>
        <translation>Creado desde</translation>
    </message>
    <message>
        <source>Created until</source>
        <translation>Creado hasta</translation>
    </message>
    <message>
        <source>From:</source>
        <comment>start of a date range</comment>
        <translation>Desde:</translation>
    </message>
    <message>
        <source>Until:</source>
        <comment>end of a date range</comment>
        <translation>Hasta:</translation>
    </message>
</context>
<context>
    <name>DemoSimulator</name>
    <message>
        <source>The demo simulator did not announce its address in time.</source>
        <translation>El simulador de demostración no anunció su dirección a tiempo.</translation>
    </message>
    <message>
        <source>The demo simulator could not be started (%1): %2</source>
        <translation>No se pudo iniciar el simulador de demostración (%1): %2</translation>
    </message>
    <message>
        <source>The demo simulator stopped before it was ready (exit code %1).</source>
        <translation>El simulador de demostración se detuvo antes de estar listo (código de salida %1).</translation>
    </message>
    <message>
        <source>The demo simulator was not found at %1. Build the evovoice-sim target (it must sit next to the console).</source>
        <translation>No se encontró el simulador de demostración en %1. Compile el objetivo evovoice-sim (debe estar junto a la consola).</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Select a file to see its details</source>
        <translation>Seleccione un archivo para ver sus detalles</translation>
    </message>
    <message>
        <source>Call</source>
        <comment>group: the call&apos;s fields</comment>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <source>File</source>
        <comment>group of the file&apos;s own properties</comment>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Audit</source>
        <comment>group: who made or changed the file, when</comment>
        <translation>Auditoría</translation>
    </message>
    <message>
        <source>%1:</source>
        <comment>a detail field&apos;s label</comment>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Transcriptions</source>
        <translation>Transcripciones</translation>
    </message>
    <message>
        <source>No transcription.</source>
        <translation>Sin transcripción.</translation>
    </message>
    <message>
        <source>No AI transcription.</source>
        <translation>Sin transcripción por IA.</translation>
    </message>
    <message>
        <source>Copy &amp;link to this file</source>
        <translation>Copiar el en&amp;lace a este archivo</translation>
    </message>
    <message>
        <source>Copies an evovoice: link that opens the console at this file, to send to a colleague.</source>
        <translation>Copia un enlace evovoice: que abre la consola en este archivo, para enviarlo a un compañero.</translation>
    </message>
</context>
<context>
    <name>DownloadQueue</name>
    <message>
        <source>The server gave no address for this file.</source>
        <translation>El servidor no dio ninguna dirección para este archivo.</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>The file could not be written to the disk.</source>
        <translation>No se pudo escribir el archivo en el disco.</translation>
    </message>
    <message>
        <source>The server announced %1 bytes but sent %2.</source>
        <translation>El servidor anunció %1 bytes pero envió %2.</translation>
    </message>
    <message>
        <source>The file should have %1 bytes but the server sent %2.</source>
        <translation>El archivo debería tener %1 bytes, pero el servidor envió %2.</translation>
    </message>
    <message>
        <source>The finished file could not be renamed to &quot;%1&quot;.</source>
        <translation>No se pudo cambiar el nombre del archivo terminado a «%1».</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <comment>hide the error banner</comment>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n times)</source>
        <comment>repeated error</comment>
        <translation>
            <numerusform>%1 (%n vez)</numerusform>
            <numerusform>%1 (%n veces)</numerusform>
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
Exportar (todos los archivos que coinciden con los filtros, todas las páginas):
  --output FILE       adónde van los metadatos (&quot;-&quot; = stdout)
  --format csv|json   CSV (predeterminado) o JSON
  --columns LIST      columnas CSV en orden, nombres de la API: id,dateCreated,fileName,...
  --bom               empezar el CSV con un BOM UTF-8 (para Excel)
  --raw-csv           no neutralizar las celdas que empiezan por = + - @ (para programas)
  --quiet             sin progreso en stderr
Código de salida 1 si no se pudo leer una página.
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
Descargar (todos los archivos que coinciden con los filtros, todas las páginas):
  --dest DIR          la carpeta (se crea; recibe manifest.csv)
  --template T        nombres de archivo, p. ej. {dateCreated:yyyyMMdd-HHmmss}_{type}_{fromAddress}_{id}.{ext}
  --subfolders S      none, account, customer o date
  --jobs N            descargas en paralelo, 1..16
  --transcripts       escribir también &lt;nombre&gt;.txt con la transcripción y la transcripción por IA
  --transcripts-only  solo las transcripciones, sin archivos multimedia
  --quiet             sin progreso en stderr
Los archivos ya completos de una ejecución anterior (manifest.csv) se omiten; código de salida 1 si falló algún archivo.
</translation>
    </message>
    <message>
        <source>--jobs: &quot;%1&quot; is not a number from 1 to 16.</source>
        <translation>--jobs: «%1» no es un número del 1 al 16.</translation>
    </message>
    <message>
        <source>--subfolders: &quot;%1&quot; is not none, account, customer or date.</source>
        <translation>--subfolders: «%1» no es none, account, customer ni date.</translation>
    </message>
    <message>
        <source>Export the metadata of every file the filters match.</source>
        <translation>Exportar los metadatos de todos los archivos que coinciden con los filtros.</translation>
    </message>
    <message>
        <source>Download every file the filters match.</source>
        <translation>Descargar todos los archivos que coinciden con los filtros.</translation>
    </message>
    <message>
        <source>files export: --format is csv or json.</source>
        <translation>files export: --format es csv o json.</translation>
    </message>
    <message>
        <source>files export needs --output FILE (or --output - for stdout).</source>
        <translation>files export necesita --output FILE (o --output - para stdout).</translation>
    </message>
    <message>
        <source>files download needs --dest DIR.</source>
        <translation>files download necesita --dest DIR.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
</context>
<context>
    <name>ExportColumnsPicker</name>
    <message>
        <source>Up</source>
        <comment>move a column up</comment>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Down</source>
        <comment>move a column down</comment>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>All</source>
        <comment>check every column</comment>
        <translation>Todas</translation>
    </message>
    <message>
        <source>None</source>
        <comment>uncheck every column</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>columns back to every field in order</comment>
        <translation>Restablecer</translation>
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
        <translation>Exportar</translation>
    </message>
    <message>
        <source>An export is running. Wait for it to finish or cancel it in the Export panel.</source>
        <translation>Hay una exportación en curso. Espere a que termine o cancélela en el panel de exportación.</translation>
    </message>
    <message>
        <source>Export running</source>
        <translation>Exportación en curso</translation>
    </message>
    <message>
        <source>An export is still running. Stop it and close? Files already finished are kept; a new export into the same folder continues where this one stopped.</source>
        <translation>Todavía hay una exportación en curso. ¿Detenerla y cerrar? Los archivos ya terminados se conservan; una nueva exportación a la misma carpeta continúa donde se detuvo esta.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export files</source>
        <translation>Exportar archivos</translation>
    </message>
    <message>
        <source>CSV columns, in order</source>
        <translation>Columnas CSV, en orden</translation>
    </message>
    <message>
        <source>Export</source>
        <comment>start the export</comment>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>The selected files (%1)</source>
        <translation>Los archivos seleccionados (%1)</translation>
    </message>
    <message>
        <source>The selected files (none selected)</source>
        <translation>Los archivos seleccionados (ninguno seleccionado)</translation>
    </message>
    <message>
        <source>at least %1</source>
        <comment>a count not known yet</comment>
        <translation>al menos %1</translation>
    </message>
    <message>
        <source>All files matching the filter (%1)</source>
        <translation>Todos los archivos que coinciden con el filtro (%1)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV (a spreadsheet)</source>
        <translation>CSV (una hoja de cálculo)</translation>
    </message>
    <message>
        <source>JSON (the items as the API sent them)</source>
        <translation>JSON (los elementos tal como los envió la API)</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no metadata file</comment>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>With a BOM, for Excel</source>
        <translation>Con BOM, para Excel</translation>
    </message>
    <message>
        <source>Transcripts (one UTF-8 text file per file)</source>
        <translation>Transcripciones (un archivo de texto UTF-8 por archivo)</translation>
    </message>
    <message>
        <source>Media files (recordings, voicemail, faxes…)</source>
        <translation>Archivos multimedia (grabaciones, mensajes de voz, faxes…)</translation>
    </message>
    <message>
        <source>Metadata:</source>
        <translation>Metadatos:</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no subfolders</comment>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por cuenta</translation>
    </message>
    <message>
        <source>By customer</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <source>By date (yyyy/MM/dd)</source>
        <translation>Por fecha (yyyy/MM/dd)</translation>
    </message>
    <message>
        <source> at once</source>
        <comment>parallel downloads</comment>
        <translation> a la vez</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Subfolders:</source>
        <translation>Subcarpetas:</translation>
    </message>
    <message>
        <source>File names:</source>
        <translation>Nombres de archivo:</translation>
    </message>
    <message>
        <source>Downloads:</source>
        <translation>Descargas:</translation>
    </message>
    <message>
        <source>Export into</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>No files are selected.</source>
        <translation>No hay archivos seleccionados.</translation>
    </message>
    <message>
        <source>The filter matches no files: there is nothing to export.</source>
        <translation>El filtro no coincide con ningún archivo: no hay nada que exportar.</translation>
    </message>
    <message>
        <source>Choose what to export: metadata, transcripts or media files.</source>
        <translation>Elija qué exportar: metadatos, transcripciones o archivos multimedia.</translation>
    </message>
    <message>
        <source>Choose at least one CSV column.</source>
        <translation>Elija al menos una columna CSV.</translation>
    </message>
    <message>
        <source>The name template cannot be used: %1</source>
        <translation>No se puede usar la plantilla de nombres: %1</translation>
    </message>
</context>
<context>
    <name>ExportFolder</name>
    <message>
        <source>The name &quot;%1&quot; would leave the export folder.</source>
        <translation>El nombre «%1» saldría de la carpeta de exportación.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>The folder of &quot;%1&quot; leads outside the export folder (a link?).</source>
        <translation>La carpeta de «%1» lleva fuera de la carpeta de exportación (¿un enlace?).</translation>
    </message>
</context>
<context>
    <name>ExportFolderCheck</name>
    <message>
        <source>Choose a folder to export into.</source>
        <translation>Elija una carpeta a la que exportar.</translation>
    </message>
    <message>
        <source>The folder must be a full path (such as /home/you/Exports).</source>
        <translation>La carpeta debe ser una ruta completa (como /home/usted/Exportaciones).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>No se puede crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«%1» es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written (no permission).</source>
        <translation>No se puede escribir en la carpeta «%1» (sin permiso).</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be written: %2</source>
        <translation>No se puede escribir en la carpeta «%1»: %2</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>The metadata file &quot;%1&quot; could not be written: %2</source>
        <translation>No se pudo escribir el archivo de metadatos «%1»: %2</translation>
    </message>
    <message>
        <source>The metadata file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de metadatos: %1</translation>
    </message>
    <message>
        <source>The transcript could not be written: %1</source>
        <translation>No se pudo escribir la transcripción: %1</translation>
    </message>
    <message>
        <source>manifest.csv could not be written.</source>
        <translation>No se pudo escribir manifest.csv.</translation>
    </message>
    <message>
        <source>The metadata file could not be saved: %1</source>
        <translation>No se pudo guardar el archivo de metadatos: %1</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; could not be created.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
    </message>
    <message>
        <source>manifest.csv could not be written: %1</source>
        <translation>No se pudo escribir manifest.csv: %1</translation>
    </message>
    <message>
        <source>Files arrived while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.</source>
        <translation>Llegaron archivos durante la exportación: los archivos coincidentes pasaron de %1 a %2. Cada archivo se exportó una vez, %3 en total.</translation>
    </message>
    <message>
        <source>Files were removed while exporting: the matching files went from %1 to %2. Each file was exported once, %3 in all.</source>
        <translation>Se eliminaron archivos durante la exportación: los archivos coincidentes pasaron de %1 a %2. Cada archivo se exportó una vez, %3 en total.</translation>
    </message>
</context>
<context>
    <name>ExportOptions</name>
    <message>
        <source>Choose what to export: the metadata, the transcripts or the media files.</source>
        <translation>Elija qué exportar: los metadatos, las transcripciones o los archivos multimedia.</translation>
    </message>
    <message>
        <source>No files are selected.</source>
        <translation>No hay archivos seleccionados.</translation>
    </message>
    <message>
        <source>No file IDs were given.</source>
        <translation>No se indicó ningún ID de archivo.</translation>
    </message>
    <message>
        <source>No rows are selected.</source>
        <translation>No hay filas seleccionadas.</translation>
    </message>
    <message>
        <source>Choose a folder for the files.</source>
        <translation>Elija una carpeta para los archivos.</translation>
    </message>
    <message>
        <source>Choose where the metadata file goes.</source>
        <translation>Elija adónde va el archivo de metadatos.</translation>
    </message>
</context>
<context>
    <name>ExportProgressPanel</name>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>cancel the export</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir la carpeta</translation>
    </message>
    <message>
        <source>Show manifest</source>
        <translation>Mostrar el manifiesto</translation>
    </message>
    <message>
        <source>Close</source>
        <comment>close the export panel</comment>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Run again</source>
        <comment>rerun an export that ended with problems</comment>
        <translation>Ejecutar de nuevo</translation>
    </message>
    <message>
        <source>Export the same files into the same folder again: files already complete are skipped, the others are fetched (interrupted ones resume).</source>
        <translation>Exportar de nuevo los mismos archivos a la misma carpeta: los ya completos se omiten y los demás se descargan (los interrumpidos se reanudan).</translation>
    </message>
    <message>
        <source>the folder</source>
        <translation>la carpeta</translation>
    </message>
    <message>
        <source>the manifest</source>
        <translation>el manifiesto</translation>
    </message>
    <message>
        <source>Exporting %1 into %2</source>
        <translation>Exportando %1 a %2</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Export finished: %1</source>
        <translation>Exportación terminada: %1</translation>
    </message>
    <message>
        <source>Export ended with problems: %1</source>
        <translation>La exportación terminó con problemas: %1</translation>
    </message>
    <message>
        <source>No application could open %1; it is at %2</source>
        <translation>Ninguna aplicación pudo abrir %1; está en %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>quedan unos %1 s</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>quedan unos %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>quedan unas %1 h %2 min</translation>
    </message>
    <message>
        <source>Listing files: %1 of %2</source>
        <translation>Listando archivos: %1 de %2</translation>
    </message>
    <message>
        <source>Listing files: %1</source>
        <translation>Listando archivos: %1</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 de %2 archivos</translation>
    </message>
    <message>
        <source>%1 files</source>
        <translation>%1 archivos</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>bytes done of total</comment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>finalizando</translation>
    </message>
    <message>
        <source>Exported 1 file</source>
        <translation>1 archivo exportado</translation>
    </message>
    <message>
        <source>Exported %1 files</source>
        <translation>%1 archivos exportados</translation>
    </message>
    <message>
        <source>%1, skipped %2 already complete, %3 failed.</source>
        <comment>Exported N files, ...</comment>
        <translation>%1, %2 ya completos omitidos, %3 con error.</translation>
    </message>
    <message>
        <source>The export was cancelled; what is finished is kept and listed in the manifest.</source>
        <translation>Se canceló la exportación; lo terminado se conserva y figura en el manifiesto.</translation>
    </message>
    <message>
        <source>It stopped early: %1</source>
        <translation>Se detuvo antes de tiempo: %1</translation>
    </message>
    <message>
        <source>The number of matching files changed while exporting.</source>
        <translation>El número de archivos coincidentes cambió durante la exportación.</translation>
    </message>
    <message>
        <source>… and %1 more (see the manifest)</source>
        <translation>… y %1 más (vea el manifiesto)</translation>
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
        <translation>1 archivo seleccionado</translation>
    </message>
    <message>
        <source>%1 selected files</source>
        <translation>%1 archivos seleccionados</translation>
    </message>
    <message>
        <source>all %1 matching files</source>
        <translation>los %1 archivos coincidentes</translation>
    </message>
    <message>
        <source>all matching files</source>
        <translation>todos los archivos coincidentes</translation>
    </message>
</context>
<context>
    <name>ExportTemplateEdit</name>
    <message>
        <source>Insert field</source>
        <comment>insert a {field} into the name template</comment>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Default</source>
        <comment>the default name template</comment>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>This template cannot be used: %1</source>
        <translation>No se puede usar esta plantilla: %1</translation>
    </message>
    <message>
        <source>(The names show here once the first files are loaded.)</source>
        <translation>(Los nombres aparecen aquí en cuanto se cargan los primeros archivos.)</translation>
    </message>
</context>
<context>
    <name>FileCellFormatter</name>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln seconds)</source>
        <comment>duration: clock (seconds)</comment>
        <translation>
            <numerusform>%1 (%Ln segundo)</numerusform>
            <numerusform>%1 (%Ln segundos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileCsvWriter</name>
    <message>
        <source>&quot;%1&quot; is not a column; the columns are: %2.</source>
        <translation>«%1» no es una columna; las columnas son: %2.</translation>
    </message>
    <message>
        <source>No columns were given.</source>
        <translation>No se indicó ninguna columna.</translation>
    </message>
</context>
<context>
    <name>FileExportCommand</name>
    <message>
        <source>%1 exported, %2 already complete, %3 failed%4</source>
        <translation>%1 exportados, %2 ya completos, %3 con error%4</translation>
    </message>
    <message>
        <source>; manifest: %1</source>
        <translation>; manifiesto: %1</translation>
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
        <translation>Creado por</translation>
    </message>
    <message>
        <source>Modified by</source>
        <translation>Modificado por</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>file type column</comment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Account ID</source>
        <translation>ID de cuenta</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Customer path</source>
        <translation>Ruta del cliente</translation>
    </message>
    <message>
        <source>Agent ID</source>
        <translation>ID de agente</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre de archivo</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Content type</source>
        <translation>Tipo de contenido</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Recording SID</source>
        <translation>SID de grabación</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>AI transcription</source>
        <translation>Transcripción por IA</translation>
    </message>
    <message>
        <source>Created</source>
        <comment>date the file was created</comment>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Modified</source>
        <comment>date of the last change</comment>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Duration</source>
        <comment>length of the recording</comment>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Recording from</source>
        <comment>who the recording is from</comment>
        <translation>Grabación de</translation>
    </message>
    <message>
        <source>From</source>
        <comment>the calling address (phone number)</comment>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <comment>the called address (phone number)</comment>
        <translation>Para</translation>
    </message>
</context>
<context>
    <name>FileLinkSelector</name>
    <message>
        <source>The linked file is not among the ids the link&apos;s filter names.</source>
        <translation>El archivo enlazado no está entre los ID que indica el filtro del enlace.</translation>
    </message>
    <message>
        <source>The linked file could not be looked up: %1</source>
        <translation>No se pudo buscar el archivo enlazado: %1</translation>
    </message>
    <message>
        <source>The linked file is not in the link&apos;s filter; its details are shown.</source>
        <translation>El archivo enlazado no está en el filtro del enlace; se muestran sus detalles.</translation>
    </message>
    <message numerus="yes">
        <source>The linked file is beyond the first %n page(s) of this filter; its details are shown.</source>
        <translation>
            <numerusform>El archivo enlazado está más allá de la primera página de este filtro; se muestran sus detalles.</numerusform>
            <numerusform>El archivo enlazado está más allá de las primeras %n páginas de este filtro; se muestran sus detalles.</numerusform>
        </translation>
    </message>
    <message>
        <source>The linked file is not in the rows of this filter; its details are shown.</source>
        <translation>El archivo enlazado no está en las filas de este filtro; se muestran sus detalles.</translation>
    </message>
    <message>
        <source>The linked file %1 could not be opened: %2</source>
        <translation>No se pudo abrir el archivo enlazado %1: %2</translation>
    </message>
</context>
<context>
    <name>FilePreview</name>
    <message>
        <source>The fax&apos;s pages cannot be read (not a valid PDF).</source>
        <translation>No se pueden leer las páginas del fax (no es un PDF válido).</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Fit</source>
        <comment>zoom the page to the pane&apos;s width</comment>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajustar la página al ancho</translation>
    </message>
    <message>
        <source>Loading the fax&apos;s pages…</source>
        <translation>Cargando las páginas del fax…</translation>
    </message>
    <message>
        <source>Loading the image…</source>
        <translation>Cargando la imagen…</translation>
    </message>
    <message>
        <source>The image cannot be read.</source>
        <translation>No se puede leer la imagen.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 píxeles</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>FilePreviewLoader</name>
    <message>
        <source>The file is too large to preview (%1).</source>
        <translation>El archivo es demasiado grande para la vista previa (%1).</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>No se pudo descargar el archivo: %1</translation>
    </message>
    <message>
        <source>The server gives no address for this file.</source>
        <translation>El servidor no da ninguna dirección para este archivo.</translation>
    </message>
</context>
<context>
    <name>FileQuery</name>
    <message>
        <source>%1: &quot;%2&quot; is not a valid number.</source>
        <translation>%1: “%2” no es un número válido.</translation>
    </message>
    <message>
        <source>type: &quot;%1&quot; is not a file type (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).</source>
        <translation>type: “%1” no es un tipo de archivo (Upload, VoiceMessage, CallRecording, Fax, Attachment, FaxOutgoing).</translation>
    </message>
    <message>
        <source>from: &quot;%1&quot; is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).</source>
        <translation>from: “%1” no es una fecha (use ISO 8601, p. ej. 2026-11-28T08:00:00Z).</translation>
    </message>
    <message>
        <source>to: &quot;%1&quot; is not a date (use ISO 8601, e.g. 2026-11-28T08:00:00Z).</source>
        <translation>to: “%1” no es una fecha (use ISO 8601, p. ej. 2026-11-28T08:00:00Z).</translation>
    </message>
    <message>
        <source>sort: &quot;%1&quot; is not a sortable file field.</source>
        <translation>sort: “%1” no es un campo de archivo ordenable.</translation>
    </message>
    <message>
        <source>order: &quot;%1&quot; is not asc or desc.</source>
        <translation>order: “%1” no es asc ni desc.</translation>
    </message>
    <message>
        <source>all: &quot;%1&quot; is not true or false.</source>
        <translation>all: “%1” no es true ni false.</translation>
    </message>
    <message>
        <source>simplified: &quot;%1&quot; is not true or false.</source>
        <translation>simplified: “%1” no es true ni false.</translation>
    </message>
    <message>
        <source>%1: unknown query field.</source>
        <translation>%1: campo de consulta desconocido.</translation>
    </message>
</context>
<context>
    <name>FileType</name>
    <message>
        <source>Upload</source>
        <translation>Archivo subido</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Call recording</source>
        <translation>Grabación de llamada</translation>
    </message>
    <message>
        <source>Fax</source>
        <comment>incoming fax document</comment>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>Outgoing fax</source>
        <translation>Fax saliente</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>file type</comment>
        <translation>Desconocido</translation>
    </message>
</context>
<context>
    <name>FileWalker</name>
    <message>
        <source>Page %1 of the list could not be read (%2 attempts): %3</source>
        <translation>No se pudo leer la página %1 de la lista (%2 intentos): %3</translation>
    </message>
</context>
<context>
    <name>FilesColumns</name>
    <message>
        <source>%1: click to sort</source>
        <translation>%1: haga clic para ordenar</translation>
    </message>
    <message>
        <source>%1: cannot sort by this column</source>
        <translation>%1: no se puede ordenar por esta columna</translation>
    </message>
</context>
<context>
    <name>FilesHeaderMenu</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Reset Columns</source>
        <translation>Restablecer columnas</translation>
    </message>
</context>
<context>
    <name>FilesModel</name>
    <message>
        <source>Loading…</source>
        <comment>placeholder of a row not loaded yet</comment>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <comment>placeholder of a row whose page failed to load</comment>
        <translation>Sin cargar</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No files loaded</source>
        <translation>No hay archivos cargados</translation>
    </message>
    <message>
        <source>No files match</source>
        <translation>Ningún archivo coincide</translation>
    </message>
    <message>
        <source>%1+ files</source>
        <translation>%1+ archivos</translation>
    </message>
    <message numerus="yes">
        <source>%Ln files</source>
        <comment>rows loaded, no total known</comment>
        <translation>
            <numerusform>%Ln archivo</numerusform>
            <numerusform>%Ln archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>1 of 1 file</source>
        <translation>1 de 1 archivo</translation>
    </message>
    <message numerus="yes">
        <source>%1–%2 of %Ln files</source>
        <comment>rows on screen of the total</comment>
        <translation>
            <numerusform>%1–%2 de %Ln archivo</numerusform>
            <numerusform>%1–%2 de %Ln archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilesPageLoader</name>
    <message>
        <source>No API client.</source>
        <translation>No hay cliente de la API.</translation>
    </message>
</context>
<context>
    <name>FilesView</name>
    <message>
        <source>Choose Columns…</source>
        <translation>Elegir columnas…</translation>
    </message>
</context>
<context>
    <name>FilterSidebar</name>
    <message>
        <source>No customers.</source>
        <translation>No hay clientes.</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Cargando cuentas…</translation>
    </message>
    <message>
        <source>Loading customers…</source>
        <translation>Cargando clientes…</translation>
    </message>
    <message>
        <source>Reset</source>
        <comment>clear every filter</comment>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>Quitar todos los filtros</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Part of the file name</source>
        <translation>Parte del nombre de archivo</translation>
    </message>
    <message>
        <source>File &amp;name contains:</source>
        <translation>El &amp;nombre de archivo contiene:</translation>
    </message>
    <message>
        <source>Words said in the call</source>
        <translation>Palabras dichas en la llamada</translation>
    </message>
    <message>
        <source>&amp;Transcription contains:</source>
        <translation>La &amp;transcripción contiene:</translation>
    </message>
    <message>
        <source>Type and date</source>
        <translation>Tipo y fecha</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Created &amp;between:</source>
        <translation>Creado &amp;entre:</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Pertenencia</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>&amp;Accounts:</source>
        <translation>C&amp;uentas:</translation>
    </message>
    <message>
        <source>Search customers</source>
        <translation>Buscar clientes</translation>
    </message>
    <message>
        <source>&amp;Customers:</source>
        <translation>C&amp;lientes:</translation>
    </message>
    <message>
        <source>A&amp;gent:</source>
        <translation>A&amp;gente:</translation>
    </message>
    <message>
        <source>e.g. audio/wav</source>
        <translation>p. ej. audio/wav</translation>
    </message>
    <message>
        <source>C&amp;ontent type contains:</source>
        <translation>El tipo de c&amp;ontenido contiene:</translation>
    </message>
    <message>
        <source>A call session id</source>
        <translation>El ID de sesión de una llamada</translation>
    </message>
    <message>
        <source>&amp;Session id:</source>
        <translation>ID de &amp;sesión:</translation>
    </message>
    <message>
        <source>Specific file &amp;ids:</source>
        <translation>IDs de archivo &amp;concretos:</translation>
    </message>
    <message>
        <source>More filters</source>
        <translation>Más filtros</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Archivos por página</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Archivos &amp;por página:</translation>
    </message>
    <message>
        <source>Si&amp;mplified paging (no totals, faster)</source>
        <translation>Paginación si&amp;mplificada (sin totales, más rápida)</translation>
    </message>
    <message>
        <source>Advanced</source>
        <comment>section of rarely needed settings</comment>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Saved views and links</source>
        <translation>Vistas guardadas y enlaces</translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation>Filtros (%1)</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
</context>
<context>
    <name>HttpResponseParser</name>
    <message>
        <source>The server closed the connection without an answer.</source>
        <translation>El servidor cerró la conexión sin responder.</translation>
    </message>
    <message>
        <source>The server closed the connection before the answer was complete.</source>
        <translation>El servidor cerró la conexión antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an oversized header.</source>
        <translation>La respuesta del servidor tiene una cabecera demasiado grande.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not HTTP.</source>
        <translation>La respuesta del servidor no es HTTP.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed header.</source>
        <translation>La respuesta del servidor tiene una cabecera mal formada.</translation>
    </message>
    <message>
        <source>The server switched protocols unasked.</source>
        <translation>El servidor cambió de protocolo sin que se le pidiera.</translation>
    </message>
    <message>
        <source>The server sent a transfer coding that was not asked for (%1).</source>
        <translation>El servidor envió una codificación de transferencia no solicitada (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer has an invalid Content-Length.</source>
        <translation>La respuesta del servidor tiene un Content-Length no válido.</translation>
    </message>
    <message>
        <source>The server&apos;s answer has a malformed chunk.</source>
        <translation>La respuesta del servidor tiene un fragmento mal formado.</translation>
    </message>
</context>
<context>
    <name>HttpStreamReply</name>
    <message>
        <source>The connection pool is gone.</source>
        <translation>El grupo de conexiones ya no existe.</translation>
    </message>
    <message>
        <source>A request header holds a line break.</source>
        <translation>Una cabecera de la petición contiene un salto de línea.</translation>
    </message>
    <message>
        <source>SSL handshake failed: %1</source>
        <translation>Falló el protocolo de enlace SSL: %1</translation>
    </message>
    <message>
        <source>Operation canceled</source>
        <translation>Operación cancelada</translation>
    </message>
</context>
<context>
    <name>IdListEdit</name>
    <message>
        <source>Paste file ids: separated by commas, spaces or new lines</source>
        <translation>Pegue IDs de archivo separados por comas, espacios o saltos de línea</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Not signed in: %1</source>
        <translation>Sin sesión iniciada: %1</translation>
    </message>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
    </message>
    <message>
        <source>%1 (demo)</source>
        <comment>window title in demo mode</comment>
        <translation>%1 (demo)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>title — server</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No files loaded</source>
        <translation>No hay archivos cargados</translation>
    </message>
    <message>
        <source>Could not refresh: %1 The rows shown are from before the refresh.</source>
        <translation>No se pudo actualizar: %1 Las filas mostradas son de antes de la actualización.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <comment>user on server</comment>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>%1 · %2 selected</source>
        <comment>files status · selected rows</comment>
        <translation>%1 · %2 seleccionados</translation>
    </message>
</context>
<context>
    <name>MediaFetcher</name>
    <message>
        <source>The download could not be saved: %1</source>
        <translation>No se pudo guardar la descarga: %1</translation>
    </message>
    <message>
        <source>The file could not be fetched again: %1</source>
        <translation>No se pudo volver a obtener el archivo: %1</translation>
    </message>
    <message>
        <source>The download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
</context>
<context>
    <name>NameTemplate</name>
    <message>
        <source>The name template is empty.</source>
        <translation>La plantilla de nombres está vacía.</translation>
    </message>
    <message>
        <source>A &quot;}&quot; at position %1 closes nothing.</source>
        <translation>Una «}» en la posición %1 no cierra nada.</translation>
    </message>
    <message>
        <source>The &quot;{&quot; at position %1 is never closed.</source>
        <translation>La «{» de la posición %1 nunca se cierra.</translation>
    </message>
    <message>
        <source>A &quot;{&quot; inside the placeholder at position %1.</source>
        <translation>Una «{» dentro del marcador de la posición %1.</translation>
    </message>
    <message>
        <source>An empty placeholder &quot;{}&quot; at position %1.</source>
        <translation>Un marcador vacío «{}» en la posición %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; at position %2 is not a file field (for example id, dateCreated, fromAddress, type, ext).</source>
        <translation>«%1» en la posición %2 no es un campo de archivo (por ejemplo id, dateCreated, fromAddress, type, ext).</translation>
    </message>
</context>
<context>
    <name>NoMatchNotice</name>
    <message>
        <source>No files match the filters.</source>
        <translation>Ningún archivo coincide con los filtros.</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Restablecer los filtros</translation>
    </message>
    <message>
        <source>Clear every filter and show all files</source>
        <translation>Borrar todos los filtros y mostrar todos los archivos</translation>
    </message>
</context>
<context>
    <name>PlayerActions</name>
    <message>
        <source>&amp;Play / pause</source>
        <translation>&amp;Reproducir / pausa</translation>
    </message>
    <message>
        <source>Play from the &amp;start</source>
        <translation>Reproducir desde el &amp;principio</translation>
    </message>
    <message>
        <source>Play (media key)</source>
        <translation>Reproducir (tecla multimedia)</translation>
    </message>
    <message>
        <source>Pause (media key)</source>
        <translation>Pausa (tecla multimedia)</translation>
    </message>
    <message>
        <source>Back 5 seconds</source>
        <translation>Retroceder 5 segundos</translation>
    </message>
    <message>
        <source>Forward 5 seconds</source>
        <translation>Avanzar 5 segundos</translation>
    </message>
    <message>
        <source>Back 1 second</source>
        <translation>Retroceder 1 segundo</translation>
    </message>
    <message>
        <source>Forward 1 second</source>
        <translation>Avanzar 1 segundo</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>Más &amp;lento</translation>
    </message>
    <message>
        <source>&amp;Faster</source>
        <translation>Más &amp;rápido</translation>
    </message>
    <message>
        <source>&amp;Normal speed</source>
        <translation>Velocidad &amp;normal</translation>
    </message>
    <message>
        <source>&amp;Mute</source>
        <translation>&amp;Silenciar</translation>
    </message>
    <message>
        <source>P&amp;revious recording</source>
        <translation>Grabación &amp;anterior</translation>
    </message>
    <message>
        <source>Ne&amp;xt recording</source>
        <translation>Grabación &amp;siguiente</translation>
    </message>
    <message>
        <source>Play next &amp;automatically</source>
        <translation>Reproducir la siguiente &amp;automáticamente</translation>
    </message>
    <message>
        <source>Skip s&amp;ilence</source>
        <translation>Omitir los s&amp;ilencios</translation>
    </message>
    <message>
        <source>&amp;Clear the audio cache</source>
        <translation>&amp;Vaciar la caché de audio</translation>
    </message>
    <message>
        <source>Auto-next</source>
        <comment>short label of &apos;play next automatically&apos;</comment>
        <translation>Siguiente auto.</translation>
    </message>
    <message>
        <source>Skip silence</source>
        <translation>Omitir silencios</translation>
    </message>
    <message>
        <source>At the end of a file, play the next recording or voicemail in the table</source>
        <translation>Al terminar un archivo, reproducir la siguiente grabación o mensaje de voz de la tabla</translation>
    </message>
    <message>
        <source>Jump over silences longer than 1.5 seconds</source>
        <translation>Saltar los silencios de más de 1,5 segundos</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip: command (key)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
</context>
<context>
    <name>PlayerBar</name>
    <message>
        <source>Player</source>
        <translation>Reproductor</translation>
    </message>
    <message>
        <source>Elapsed</source>
        <translation>Transcurrido</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Restante</translation>
    </message>
    <message>
        <source>Playback speed (the pitch is kept): [ slower, ] faster, Backspace normal</source>
        <translation>Velocidad de reproducción (se mantiene el tono): [ más lento, ] más rápido, Retroceso normal</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>No more recordings below.</source>
        <translation>No hay más grabaciones debajo.</translation>
    </message>
    <message>
        <source>No more recordings above.</source>
        <translation>No hay más grabaciones encima.</translation>
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
        <translation>Seleccione una grabación o un mensaje de voz para reproducirlo</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <comment>from → to</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The file cannot be played.</source>
        <translation>No se puede reproducir el archivo.</translation>
    </message>
    <message>
        <source>Looking for the next recording…</source>
        <translation>Buscando la siguiente grabación…</translation>
    </message>
    <message>
        <source>Buffering…</source>
        <translation>Almacenando en búfer…</translation>
    </message>
    <message>
        <source>Downloading… %1 %</source>
        <translation>Descargando… %1 %</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Volume: %1 %</source>
        <translation>Volumen: %1 %</translation>
    </message>
</context>
<context>
    <name>PlayerEngine</name>
    <message>
        <source>The downloaded file could not be read.</source>
        <translation>No se pudo leer el archivo descargado.</translation>
    </message>
    <message>
        <source>%1 is not an audio file.</source>
        <translation>%1 no es un archivo de audio.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>&amp;Reproducción</translation>
    </message>
    <message>
        <source>Media &amp;cache</source>
        <translation>&amp;Caché multimedia</translation>
    </message>
    <message>
        <source>&amp;Downloads</source>
        <translation>&amp;Descargas</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>No ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>&amp;Server for the next sign-in:</source>
        <translation>&amp;Servidor para el próximo inicio de sesión:</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <source>&amp;User (e-mail):</source>
        <translation>&amp;Usuario (correo electrónico):</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>The session is kept in the system keychain; the password is never stored.</source>
        <translation>La sesión se guarda en el llavero del sistema; la contraseña nunca se almacena.</translation>
    </message>
    <message>
        <source>&amp;Forget recent servers</source>
        <translation>&amp;Olvidar los servidores recientes</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source> rows</source>
        <comment>page size suffix</comment>
        <translation> filas</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Archivos &amp;por página:</translation>
    </message>
    <message>
        <source>Si&amp;mplified paging (no totals, faster)</source>
        <translation>Paginación si&amp;mplificada (sin totales, más rápida)</translation>
    </message>
    <message>
        <source>Page size and paging apply to the next query.</source>
        <translation>El tamaño de página y la paginación se aplican a la próxima consulta.</translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation>&amp;Volumen:</translation>
    </message>
    <message>
        <source>×</source>
        <comment>playback speed suffix, as in 1.5x</comment>
        <translation>×</translation>
    </message>
    <message>
        <source>&amp;Speed:</source>
        <translation>V&amp;elocidad:</translation>
    </message>
    <message>
        <source>Play the &amp;next recording when one ends</source>
        <translation>Reproducir la grabación &amp;siguiente al terminar una</translation>
    </message>
    <message>
        <source>S&amp;kip silence</source>
        <translation>&amp;Omitir silencios</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>No cache</source>
        <translation>Sin caché</translation>
    </message>
    <message>
        <source>&amp;Size limit:</source>
        <translation>&amp;Límite de tamaño:</translation>
    </message>
    <message>
        <source>Media cache folder</source>
        <translation>Carpeta de la caché multimedia</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Carpeta:</translation>
    </message>
    <message>
        <source>C&amp;lear cache</source>
        <translation>&amp;Vaciar la caché</translation>
    </message>
    <message>
        <source>On disk:</source>
        <translation>En el disco:</translation>
    </message>
    <message>
        <source>Downloaded recordings and faxes are kept here so that they open at once the next time.</source>
        <translation>Las grabaciones y faxes descargados se guardan aquí para que se abran al instante la próxima vez.</translation>
    </message>
    <message>
        <source>&amp;Downloads at once:</source>
        <translation>&amp;Descargas simultáneas:</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Carpeta de exportación predeterminada</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>Carpeta de &amp;exportación:</translation>
    </message>
    <message>
        <source>De&amp;fault</source>
        <translation>&amp;Predeterminada</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>&amp;Nombres de archivo:</translation>
    </message>
    <message>
        <source>Fields in braces are replaced by the file&apos;s values, as in the default: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.</source>
        <translation>Los campos entre llaves se sustituyen por los valores del archivo, como en la predeterminada: {dateCreated:yyyyMMdd-HHmmss}, {type}, {fromAddress}, {id}, {ext}.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n file(s)</source>
        <translation>
            <numerusform>%1 en %n archivo</numerusform>
            <numerusform>%1 en %n archivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SavedViews</name>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>No hay ninguna vista guardada llamada “%1”.</translation>
    </message>
</context>
<context>
    <name>SavedViewsPanel</name>
    <message>
        <source>Apply</source>
        <comment>apply the chosen saved view</comment>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Save</source>
        <comment>save the current filters as a named view</comment>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>delete the chosen saved view</comment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>View name</source>
        <translation>Nombre de la vista</translation>
    </message>
    <message>
        <source>Saved view</source>
        <translation>Vista guardada</translation>
    </message>
    <message>
        <source>Pick a saved view to apply, or type a new name and press Save.</source>
        <translation>Elija una vista guardada para aplicarla, o escriba un nombre nuevo y pulse Guardar.</translation>
    </message>
    <message>
        <source>Paste a link to open it</source>
        <translation>Pegue un enlace para abrirlo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Copy the current filters as a link to the clipboard</source>
        <translation>Copiar los filtros actuales como enlace al portapapeles</translation>
    </message>
    <message>
        <source>Open link</source>
        <translation>Abrir enlace</translation>
    </message>
    <message>
        <source>Type a name for the view first.</source>
        <translation>Escriba primero un nombre para la vista.</translation>
    </message>
    <message>
        <source>Saved the view “%1”.</source>
        <translation>Vista “%1” guardada.</translation>
    </message>
    <message>
        <source>There is no saved view named “%1”.</source>
        <translation>No hay ninguna vista guardada llamada “%1”.</translation>
    </message>
    <message>
        <source>Deleted the view “%1”.</source>
        <translation>Vista “%1” eliminada.</translation>
    </message>
    <message>
        <source>Link copied to the clipboard.</source>
        <translation>Enlace copiado al portapapeles.</translation>
    </message>
    <message>
        <source>Paste a link into the field first.</source>
        <translation>Pegue primero un enlace en el campo.</translation>
    </message>
    <message>
        <source>This link cannot be read.</source>
        <translation>No se puede leer este enlace.</translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation>No se puede leer este enlace: %1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Your remembered session has expired. Please sign in again.</source>
        <translation>Su sesión guardada ha caducado. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The server address cannot be used.</source>
        <translation>No se puede usar la dirección del servidor.</translation>
    </message>
    <message>
        <source>Demo mode: nothing is remembered.</source>
        <translation>Modo de demostración: no se recuerda nada.</translation>
    </message>
    <message>
        <source>The server no longer accepts your session. Sign in again to continue; your filters and selection are kept.</source>
        <translation>El servidor ya no acepta su sesión. Vuelva a iniciar sesión para continuar; se conservan sus filtros y su selección.</translation>
    </message>
    <message>
        <source>You have signed out.</source>
        <translation>Ha cerrado la sesión.</translation>
    </message>
</context>
<context>
    <name>ShellActions</name>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Cerrar sesión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Focus filters</source>
        <translation>Ir a los &amp;filtros</translation>
    </message>
    <message>
        <source>Show &amp;sidebar</source>
        <translation>Mostrar &amp;barra lateral</translation>
    </message>
    <message>
        <source>Show &amp;detail pane</source>
        <translation>Mostrar panel de &amp;detalles</translation>
    </message>
    <message>
        <source>Reset &amp;layout</source>
        <translation>&amp;Restablecer diseño</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About EvoVoice Files Console</source>
        <translation>Acerca &amp;de EvoVoice Files Console</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <comment>menu</comment>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <comment>menu</comment>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <comment>menu</comment>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Copy &amp;link to this file</source>
        <translation>Copiar el en&amp;lace a este archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <comment>menu</comment>
        <translation>&amp;Editar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>, </source>
        <comment>separator between shortcuts</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Next / previous file</source>
        <translation>Archivo siguiente / anterior</translation>
    </message>
    <message>
        <source>Down, J / Up, K</source>
        <translation>Flecha abajo, J / Flecha arriba, K</translation>
    </message>
    <message>
        <source>Apply filters at once</source>
        <translation>Aplicar los filtros de inmediato</translation>
    </message>
    <message>
        <source>Enter (in a filter field)</source>
        <translation>Intro (en un campo de filtro)</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar el inicio de sesión</translation>
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
        <translation>Iniciar sesión en EvoVoice</translation>
    </message>
    <message>
        <source>The EvoVoice API address; recent servers are in the list.</source>
        <translation>La dirección de la API de EvoVoice; los servidores recientes están en la lista.</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Recordarme en este equipo</translation>
    </message>
    <message>
        <source>Keeps the session (never the password) in the system keychain.</source>
        <translation>Guarda la sesión (nunca la contraseña) en el llavero del sistema.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <comment>button: sign in to the server</comment>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>Se&amp;rver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address such as https://evovoice.io.</source>
        <translation>“%1” no es una dirección de servidor como https://evovoice.io.</translation>
    </message>
    <message>
        <source>The server address cannot be used.</source>
        <translation>No se puede usar la dirección del servidor.</translation>
    </message>
    <message>
        <source>Sign-in refused: %1</source>
        <translation>Inicio de sesión rechazado: %1</translation>
    </message>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Inicio de sesión cancelado.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>Another console is running.</source>
        <translation>Ya hay otra consola en ejecución.</translation>
    </message>
</context>
<context>
    <name>TranscriptWriter</name>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Archivo: %1 (%2)</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Creado: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>De: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Para: %1</translation>
    </message>
    <message>
        <source>Transcription</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>AI transcription</source>
        <translation>Transcripción por IA</translation>
    </message>
</context>
<context>
    <name>TypeCombo</name>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>the file type filter</comment>
        <translation>Tipo</translation>
    </message>
</context>
<context>
    <name>UserPicker</name>
    <message>
        <source>The users list is not available to you; type an agent&apos;s user id.</source>
        <translation>La lista de usuarios no está disponible para usted; escriba el ID de usuario de un agente.</translation>
    </message>
    <message>
        <source>Agent user id</source>
        <translation>ID de usuario del agente</translation>
    </message>
    <message>
        <source>Any agent</source>
        <translation>Cualquier agente</translation>
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
        <translation>ID de usuario: %1</translation>
    </message>
</context>
<context>
    <name>WaveformSeekBar</name>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
</context>
<context>
    <name>WindowLinks</name>
    <message>
        <source>Link to “%1” copied.</source>
        <translation>Enlace a «%1» copiado.</translation>
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
        <translation>No se puede abrir el enlace</translation>
    </message>
    <message>
        <source>evovoice-console: handed over to the running console.
</source>
        <translation>evovoice-console: entregado a la consola en ejecución.
</translation>
    </message>
</context>
</TS>
