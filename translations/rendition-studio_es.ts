<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DropMenu</name>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="21"/>
        <source>Encode here</source>
        <translation>Codificar aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="25"/>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="186"/>
        <location filename="../app/gui/panels.py" line="250"/>
        <source>No job selected</source>
        <translation>Ningún trabajo seleccionado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="188"/>
        <source>Retry rendition</source>
        <translation>Reintentar variante</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="189"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Codificar de nuevo la variante fallida seleccionada, conservando las demás</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="209"/>
        <source>Retry this rendition</source>
        <translation>Reintentar esta variante</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="255"/>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
</context>
<context>
    <name>JobQueueModel</name>
    <message>
        <location filename="../app/gui/models.py" line="233"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="235"/>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="245"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="246"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="247"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="248"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="249"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="250"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="251"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>encoding</source>
        <translation>codificando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="255"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="256"/>
        <source>partly failed</source>
        <translation>fallido en parte</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="257"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="257"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="258"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="259"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="260"/>
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="261"/>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="355"/>
        <source>Took %1 · %2 written</source>
        <translation>Tardó %1 · %2 escritos</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="358"/>
        <source>%1× realtime</source>
        <translation>%1× tiempo real</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/languages.py" line="22"/>
        <source>English</source>
        <extracomment>The name of the language you are translating into, written in that language: Deutsch, Español, Français.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="32"/>
        <source>Rendition Studio</source>
        <translation>Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="103"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="105"/>
        <source>&amp;Track remote job…</source>
        <translation>&amp;Seguir trabajo remoto…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="106"/>
        <source>Follow a job on a provider by its identifier</source>
        <translation>Seguir un trabajo de un proveedor por su identificador</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="108"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="112"/>
        <source>&amp;Job</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="113"/>
        <source>&amp;Start or pause the queue</source>
        <translation>&amp;Iniciar o pausar la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="114"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Iniciar la cola, o pausarla tras los trabajos en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="115"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="116"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>Retry &amp;failed renditions</source>
        <translation>Reintentar variantes &amp;fallidas</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="119"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Codificar solo las variantes fallidas, conservando las demás</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="120"/>
        <source>Re&amp;move from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="121"/>
        <source>Output files are kept</source>
        <translation>Los archivos de salida se conservan</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="122"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="123"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="125"/>
        <source>Open &amp;output folder</source>
        <translation>Abrir carpeta de &amp;salida</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="127"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Copiar ruta de la lista &amp;maestra</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="132"/>
        <source>Download &amp;results</source>
        <translation>Descargar &amp;resultados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="133"/>
        <source>Fetch a remote job&apos;s outputs into its folder</source>
        <translation>Descargar los resultados de un trabajo remoto en su carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="137"/>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="138"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>&amp;Next frame</source>
        <translation>Fotograma &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="140"/>
        <source>P&amp;revious frame</source>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="141"/>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="143"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="144"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="145"/>
        <source>&amp;About Rendition Studio</source>
        <translation>&amp;Acerca de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="148"/>
        <source>Open videos</source>
        <translation>Abrir vídeos</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="149"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="179"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Preferencias guardadas; se aplican a los vídeos que se añadan a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="188"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Este trabajo sigue en curso; reintente sus variantes cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="197"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 aún no tiene carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="211"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="213"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Este trabajo aún no tiene lista maestra HLS.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="224"/>
        <source>About Rendition Studio</source>
        <translation>Acerca de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="225"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Planifica una escalera HLS y un MP4 a partir de un vídeo, los codifica en este ordenador con PyAV y los revisa en el reproductor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="243"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: solo se pueden codificar archivos locales</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="270"/>
        <source>Results can be downloaded once the remote job has finished.</source>
        <translation>Los resultados se pueden descargar cuando el trabajo remoto haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="291"/>
        <location filename="../app/gui/main_window.py" line="348"/>
        <source>Decoder: %1</source>
        <translation>Decodificador: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="292"/>
        <location filename="../app/gui/main_window.py" line="348"/>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="295"/>
        <location filename="../app/gui/main_window.py" line="306"/>
        <location filename="../app/gui/main_window.py" line="310"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="315"/>
        <source>Files downloaded to %1: %n</source>
        <translation>
            <numerusform>%n archivo descargado en %1</numerusform>
            <numerusform>%n archivos descargados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="341"/>
        <source>Jobs running: %n</source>
        <translation>
            <numerusform>%n trabajo en curso</numerusform>
            <numerusform>%n trabajos en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="345"/>
        <source>Jobs in the queue: %n</source>
        <translation>
            <numerusform>%n trabajo en la cola</numerusform>
            <numerusform>%n trabajos en la cola</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="316"/>
        <source>Download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="323"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="343"/>
        <source>Reading files…</source>
        <translation>Leyendo archivos…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="363"/>
        <source>Quit Rendition Studio</source>
        <translation>Salir de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="364"/>
        <source>A job is still encoding. Cancel it and quit? Its finished renditions are kept.</source>
        <translation>Un trabajo se está codificando. ¿Cancelarlo y salir? Sus variantes terminadas se conservan.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../app/gui/player.py" line="69"/>
        <source>What to play: the source, the HLS master playlist or one rendition</source>
        <translation>Qué reproducir: el original, la lista maestra HLS o una variante</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="71"/>
        <location filename="../app/gui/player.py" line="189"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="72"/>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="75"/>
        <source>Previous frame (,)</source>
        <translation>Fotograma anterior (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="78"/>
        <source>Next frame (.)</source>
        <translation>Fotograma siguiente (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="80"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="83"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="90"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="189"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="213"/>
        <location filename="../app/gui/player.py" line="227"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="216"/>
        <location filename="../app/gui/player.py" line="230"/>
        <source>HLS master (adaptive)</source>
        <translation>Maestra HLS (adaptativa)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="234"/>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../app/gui/providers_page.py" line="20"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="21"/>
        <source>API URL:</source>
        <translation>URL de la API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="22"/>
        <source>Upload URL:</source>
        <translation>URL de subida:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="23"/>
        <source>Storage URL:</source>
        <translation>URL de almacenamiento:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="24"/>
        <source>CDN URL:</source>
        <translation>URL de la CDN:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="25"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="26"/>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="27"/>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="28"/>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="44"/>
        <source>Dropped files</source>
        <translation>Archivos soltados</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="47"/>
        <source>Encode here</source>
        <translation>Codificar aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="48"/>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="50"/>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="52"/>
        <source>When files are dropped:</source>
        <translation>Al soltar archivos:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="54"/>
        <source>The Uploads API&apos;s collection path, e.g. root/my-folder</source>
        <translation>Ruta de la colección en la Uploads API, p. ej. root/mi-carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="55"/>
        <source>Uploads API folder:</source>
        <translation>Carpeta de la Uploads API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="58"/>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="59"/>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="60"/>
        <source>a file only you can read</source>
        <translation>un archivo que solo usted puede leer</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="64"/>
        <source>Keep new keys in:</source>
        <translation>Guardar claves nuevas en:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="69"/>
        <source>No keyring is available on this system (%1). Keep keys for this session only, or in a file only you can read (%2).</source>
        <translation>No hay llavero disponible en este sistema (%1). Guarde las claves solo para esta sesión o en un archivo que solo usted pueda leer (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="81"/>
        <source>required, e.g. https://example.org/api/client/v1</source>
        <translation>obligatorio, p. ej. https://example.org/api/client/v1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="98"/>
        <source>set by %1</source>
        <translation>definida por %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="99"/>
        <source>kept for this session</source>
        <translation>guardada para esta sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="100"/>
        <source>kept in the keyring</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="101"/>
        <source>kept in the private file</source>
        <translation>guardada en el archivo privado</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="101"/>
        <source>not set (or set %1)</source>
        <translation>sin definir (o defina %1)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="101"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Suelte aquí archivos de vídeo o carpetas, o use Archivo › Abrir (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="107"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="108"/>
        <location filename="../app/gui/panels.py" line="169"/>
        <source>Pause queue</source>
        <translation>Pausar la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="109"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="110"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="111"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="114"/>
        <source>Move up in the queue</source>
        <translation>Subir en la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="115"/>
        <source>Move down in the queue</source>
        <translation>Bajar en la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="166"/>
        <source>Start queue</source>
        <translation>Iniciar la cola</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="277"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="278"/>
        <source>Forget the refused files listed here (the log keeps them)</source>
        <translation>Olvidar los archivos rechazados de esta lista (el registro los conserva)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="282"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="282"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="282"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels.py" line="344"/>
        <source>Refused files: %n</source>
        <translation>
            <numerusform>%n archivo rechazado</numerusform>
            <numerusform>%n archivos rechazados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenditionTableModel</name>
    <message>
        <location filename="../app/gui/models.py" line="77"/>
        <source>Rendition</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="78"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="79"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="80"/>
        <source>Target bitrate</source>
        <translation>Tasa de bits objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="81"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="82"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="83"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="84"/>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="85"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="87"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="88"/>
        <source>encoding</source>
        <translation>codificando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="89"/>
        <source>encoded</source>
        <translation>codificado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="90"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="122"/>
        <source>thumbnails</source>
        <translation>miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="205"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="205"/>
        <location filename="../app/gui/remote_rows.py" line="62"/>
        <source>upload</source>
        <translation>subida</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="206"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="211"/>
        <source>%n kb/s</source>
        <translation>
            <numerusform>%n kb/s</numerusform>
            <numerusform>%n kb/s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="47"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="54"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="62"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Predeterminado: x264 veryfast, tasas de bits de Apple</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="63"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Borrador: lo más rápido, escalera menor, tasas de bits más bajas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="64"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Alta: x264 slow, tasas de bits más altas, hasta 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="68"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>la escalera del preajuste (p. ej. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="69"/>
        <source>HLS ladder</source>
        <translation>Escalera HLS</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="70"/>
        <source>MP4 at source quality</source>
        <translation>MP4 con la calidad del original</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="81"/>
        <source>Make thumbnails</source>
        <translation>Crear miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="84"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>TIEMPO/RESOLUCIONES/FORMATOS/FILTROS, varios separados por &apos;;&apos;.
p. ej. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="90"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automático (el primer decodificador que funcione)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="90"/>
        <source>Off (software decoding)</source>
        <translation>Desactivado (decodificación por software)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="93"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="94"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Probar cada decodificador por hardware de este equipo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="107"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="110"/>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="127"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="127"/>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="128"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Renditions:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>HLS segment length:</source>
        <translation>Duración de segmento HLS:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="131"/>
        <location filename="../app/gui/settings_dialog.py" line="199"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="132"/>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="133"/>
        <source>Queue and hardware</source>
        <translation>Cola y hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="134"/>
        <source>Hardware decoding:</source>
        <translation>Decodificación por hardware:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="135"/>
        <source>Jobs at once:</source>
        <translation>Trabajos simultáneos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="136"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="137"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="141"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="142"/>
        <location filename="../app/gui/settings_dialog.py" line="204"/>
        <source>Cloud providers</source>
        <translation>Proveedores en la nube</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="197"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Elija al menos un formato de salida (HLS o MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="198"/>
        <source>Renditions</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="200"/>
        <location filename="../app/gui/settings_dialog.py" line="241"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="219"/>
        <location filename="../app/gui/settings_dialog.py" line="233"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="233"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="247"/>
        <source>Trying each hardware decoder…</source>
        <translation>Probando cada decodificador por hardware…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="255"/>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="261"/>
        <source>Working here: %1.</source>
        <translation>Funcionan aquí: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="263"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Disponibles pero sin funcionar aquí: %1. Se decodifica con el procesador.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="266"/>
        <source>No hardware decoder is offered. Decoding uses the processor.</source>
        <translation>No hay decodificadores por hardware. Se decodifica con el procesador.</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="35"/>
        <source>Track remote job</source>
        <translation>Seguir trabajo remoto</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="41"/>
        <source>the video or job identifier at the provider</source>
        <translation>el identificador del vídeo o trabajo en el proveedor</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="42"/>
        <source>Its base URL and key are the ones in Settings › Cloud providers.</source>
        <translation>Su URL base y su clave son las de Preferencias › Proveedores en la nube.</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="51"/>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="52"/>
        <source>Identifier:</source>
        <translation>Identificador:</translation>
    </message>
</context>
</TS>
