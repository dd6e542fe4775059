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
        <source>The server&apos;s answer could not be read.</source>
        <translation>No se pudo leer la respuesta del servidor.</translation>
    </message>
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
        <source>The sign-in answer could not be read.</source>
        <translation>No se pudo leer la respuesta al inicio de sesión.</translation>
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
        <translation>Uso: evovoice-cli ORDEN [opciones]

Órdenes:
  files list    Listar archivos (una opción por cada filtro de ListFiles de la API)
  files get ID  Mostrar los campos de un archivo

Conexión (todas las órdenes):
  --server URL        la API (o EVOVOICE_SERVER), p. ej. https://evovoice.io
  --user CORREO       el usuario (o EVOVOICE_USER)
  --password-stdin    leer la contraseña de la primera línea de stdin
                      (si no, EVOVOICE_PASSWORD; nunca como argumento)

Ejecute &apos;evovoice-cli files list --help&apos; o &apos;evovoice-cli files get --help&apos; para más detalles.
Códigos de salida: 0 correcto, 1 error, 2 uso incorrecto.
</translation>
    </message>
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
    <name>main</name>
    <message>
        <source>EvoVoice Files Console</source>
        <translation>EvoVoice Files Console</translation>
    </message>
</context>
</TS>
