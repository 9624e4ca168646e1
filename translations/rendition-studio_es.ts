<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="144"/>
        <location filename="../app/gui/panels.py" line="207"/>
        <source>No job selected</source>
        <translation>Ningún trabajo seleccionado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="146"/>
        <source>Retry rendition</source>
        <translation>Reintentar variante</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="147"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Codificar de nuevo la variante fallida seleccionada, conservando las demás</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="166"/>
        <source>Retry this rendition</source>
        <translation>Reintentar esta variante</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="210"/>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
</context>
<context>
    <name>JobQueueModel</name>
    <message>
        <location filename="../app/gui/models.py" line="203"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="205"/>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="215"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="216"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="217"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="218"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="219"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="220"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="221"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="224"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="224"/>
        <source>encoding</source>
        <translation>codificando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="225"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="226"/>
        <source>partly failed</source>
        <translation>fallido en parte</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="227"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="227"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="228"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="229"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="24"/>
        <source>Rendition Studio</source>
        <translation>Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="80"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="81"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="87"/>
        <source>&amp;Job</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>&amp;Start or pause the queue</source>
        <translation>&amp;Iniciar o pausar la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="89"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Iniciar la cola, o pausarla tras los trabajos en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="90"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="91"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="93"/>
        <source>Retry &amp;failed renditions</source>
        <translation>Reintentar variantes &amp;fallidas</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="94"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Codificar solo las variantes fallidas, conservando las demás</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="95"/>
        <source>Re&amp;move from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="96"/>
        <source>Output files are kept</source>
        <translation>Los archivos de salida se conservan</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="97"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="98"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="100"/>
        <source>Open &amp;output folder</source>
        <translation>Abrir carpeta de &amp;salida</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="102"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Copiar ruta de la lista &amp;maestra</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="107"/>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="108"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="109"/>
        <source>&amp;Next frame</source>
        <translation>Fotograma &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="110"/>
        <source>P&amp;revious frame</source>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="111"/>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="114"/>
        <source>&amp;About Rendition Studio</source>
        <translation>&amp;Acerca de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="117"/>
        <source>Open videos</source>
        <translation>Abrir vídeos</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Preferencias guardadas; se aplican a los vídeos que se añadan a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="148"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Este trabajo sigue en curso; reintente sus variantes cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="157"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 aún no tiene carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="168"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="170"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Este trabajo aún no tiene lista maestra HLS.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="175"/>
        <source>About Rendition Studio</source>
        <translation>Acerca de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="176"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Planifica una escalera HLS y un MP4 a partir de un vídeo, los codifica en este ordenador con PyAV y los revisa en el reproductor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="194"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: solo se pueden codificar archivos locales</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="219"/>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>Decoder: %1</source>
        <translation>Decodificador: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="220"/>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="223"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="229"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="242"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n trabajo en curso</numerusform>
            <numerusform>%n trabajos en curso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="244"/>
        <source>Reading files…</source>
        <translation>Leyendo archivos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="246"/>
        <source>%n job(s) in the queue</source>
        <translation>
            <numerusform>%n trabajo en la cola</numerusform>
            <numerusform>%n trabajos en la cola</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="264"/>
        <source>Quit Rendition Studio</source>
        <translation>Salir de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="265"/>
        <source>A job is still encoding. Cancel it and quit? Its finished renditions are kept.</source>
        <translation>Un trabajo se está codificando. ¿Cancelarlo y salir? Sus variantes terminadas se conservan.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../app/gui/player.py" line="36"/>
        <source>What to play: the source, the HLS master playlist or one rendition</source>
        <translation>Qué reproducir: el original, la lista maestra HLS o una variante</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="38"/>
        <location filename="../app/gui/player.py" line="130"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="39"/>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="42"/>
        <source>Previous frame (,)</source>
        <translation>Fotograma anterior (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="45"/>
        <source>Next frame (.)</source>
        <translation>Fotograma siguiente (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="47"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="50"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="57"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="130"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="150"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="153"/>
        <source>HLS master (adaptive)</source>
        <translation>Maestra HLS (adaptativa)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="71"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Suelte aquí archivos de vídeo o carpetas, o use Archivo › Abrir (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="77"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="78"/>
        <location filename="../app/gui/panels.py" line="124"/>
        <source>Pause queue</source>
        <translation>Pausar la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="79"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="80"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="81"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="84"/>
        <source>Move up in the queue</source>
        <translation>Subir en la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="85"/>
        <source>Move down in the queue</source>
        <translation>Bajar en la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="127"/>
        <source>Start queue</source>
        <translation>Iniciar la cola</translation>
    </message>
</context>
<context>
    <name>RenditionTableModel</name>
    <message>
        <location filename="../app/gui/models.py" line="64"/>
        <source>Rendition</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="65"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="66"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="67"/>
        <source>Target bitrate</source>
        <translation>Tasa de bits objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="68"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="69"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="70"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="71"/>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="72"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="74"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="75"/>
        <source>encoding</source>
        <translation>codificando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="76"/>
        <source>encoded</source>
        <translation>codificado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="77"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="99"/>
        <source>thumbnails</source>
        <translation>miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="142"/>
        <source>not encoded</source>
        <translation>no codificado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="179"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="183"/>
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
        <location filename="../app/gui/settings_dialog.py" line="43"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="50"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="58"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Predeterminado: x264 veryfast, tasas de bits de Apple</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="59"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Borrador: lo más rápido, escalera menor, tasas de bits más bajas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="60"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Alta: x264 slow, tasas de bits más altas, hasta 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="64"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>la escalera del preajuste (p. ej. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="65"/>
        <source>HLS ladder</source>
        <translation>Escalera HLS</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="66"/>
        <source>MP4 at source quality</source>
        <translation>MP4 con la calidad del original</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="77"/>
        <source>Make thumbnails</source>
        <translation>Crear miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="80"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>TIEMPO/RESOLUCIONES/FORMATOS/FILTROS, varios separados por &apos;;&apos;.
p. ej. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="86"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automático (el primer decodificador que funcione)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="86"/>
        <source>Off (software decoding)</source>
        <translation>Desactivado (decodificación por software)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="89"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="90"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Probar cada decodificador por hardware de este equipo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="103"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="105"/>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="121"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="121"/>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="122"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="123"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="123"/>
        <source>Renditions:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="124"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="124"/>
        <source>HLS segment length:</source>
        <translation>Duración de segmento HLS:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="125"/>
        <location filename="../app/gui/settings_dialog.py" line="182"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="126"/>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="127"/>
        <source>Queue and hardware</source>
        <translation>Cola y hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="128"/>
        <source>Hardware decoding:</source>
        <translation>Decodificación por hardware:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Jobs at once:</source>
        <translation>Trabajos simultáneos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="131"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="180"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Elija al menos un formato de salida (HLS o MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="181"/>
        <source>Renditions</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="183"/>
        <location filename="../app/gui/settings_dialog.py" line="209"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="196"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="215"/>
        <source>Trying each hardware decoder…</source>
        <translation>Probando cada decodificador por hardware…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="222"/>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="227"/>
        <source>Working here: %1.</source>
        <translation>Funcionan aquí: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="229"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Disponibles pero sin funcionar aquí: %1. Se decodifica con el procesador.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="232"/>
        <source>No hardware decoder is offered. Decoding uses the processor.</source>
        <translation>No hay decodificadores por hardware. Se decodifica con el procesador.</translation>
    </message>
</context>
</TS>
