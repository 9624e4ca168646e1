<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../app/gui/compare.py" line="200"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../app/gui/compare.py" line="281"/>
        <source>Compare: %1</source>
        <translation>Comparar: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="283"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="302"/>
        <source>Side by side</source>
        <translation>Lado a lado</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="303"/>
        <source>Wipe</source>
        <translation>Cortinilla</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="306"/>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="308"/>
        <source>Zoomed in, drag the picture to move both sides together</source>
        <translation>Con zoom, arrastre la imagen para mover ambos lados a la vez</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="311"/>
        <source>Left:</source>
        <translation>Izquierda:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="313"/>
        <source>Right:</source>
        <translation>Derecha:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="316"/>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="318"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="329"/>
        <source>The one-second windows where the rendition scored lowest; a click shows both sides there</source>
        <translation>Los segundos en los que la variante obtuvo la peor puntuación; un clic muestra ambos lados ahí</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="453"/>
        <source>Worst moments of %1</source>
        <translation>Peores momentos de %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="454"/>
        <source>Worst moments</source>
        <translation>Peores momentos</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="340"/>
        <source>Previous frame (,)</source>
        <translation>Fotograma anterior (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="343"/>
        <source>Next frame (.)</source>
        <translation>Fotograma siguiente (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="351"/>
        <location filename="../app/gui/compare.py" line="493"/>
        <source>frame %1</source>
        <translation>fotograma %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="462"/>
        <source>identical</source>
        <translation>idéntico</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="469"/>
        <source>Not measured</source>
        <translation>Sin medir</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="469"/>
        <source>Pick a rendition</source>
        <translation>Elija una variante</translation>
    </message>
</context>
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
        <location filename="../app/gui/panels.py" line="211"/>
        <location filename="../app/gui/panels.py" line="369"/>
        <source>No job selected</source>
        <translation>Ningún trabajo seleccionado</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="213"/>
        <source>Retry rendition</source>
        <translation>Reintentar variante</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="214"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Codificar de nuevo la variante fallida seleccionada, conservando las demás</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="243"/>
        <source>Retry this rendition</source>
        <translation>Reintentar esta variante</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="246"/>
        <source>Measure quality</source>
        <translation>Medir la calidad</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="247"/>
        <source>Score each rendition against the source (SSIM, PSNR) on evenly spread samples</source>
        <translation>Puntuar cada rendición frente a la fuente (SSIM, PSNR) en muestras repartidas por igual</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="250"/>
        <source>Measure quality (every frame)</source>
        <translation>Medir la calidad (cada fotograma)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="264"/>
        <source>Renditions</source>
        <translation>Rendiciones</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="265"/>
        <source>Quality chart</source>
        <translation>Gráfico de calidad</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="374"/>
        <source>Output folder: %1</source>
        <translation>Carpeta de salida: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="253"/>
        <source>Compare with source…</source>
        <translation>Comparar con el original…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="240"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../app/gui/hardware_page.py" line="43"/>
        <source>Decoder or encoder</source>
        <translation>Decodificador o codificador</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="43"/>
        <source>Works here</source>
        <translation>Funciona aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="43"/>
        <source>Why not</source>
        <translation>Por qué no</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="45"/>
        <location filename="../app/gui/hardware_page.py" line="90"/>
        <source>Check again</source>
        <translation>Comprobar de nuevo</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="47"/>
        <source>Try every hardware decoder and encoder on this machine again</source>
        <translation>Probar de nuevo cada decodificador y codificador por hardware de este equipo</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="63"/>
        <source>Trying each hardware decoder and encoder…</source>
        <translation>Probando cada decodificador y codificador por hardware…</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="87"/>
        <source>Not checked yet on this machine.</source>
        <translation>Aún no comprobado en este equipo.</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="88"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="91"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="91"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="92"/>
        <source>Decoders</source>
        <translation>Decodificadores</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="96"/>
        <source>Encoders</source>
        <translation>Codificadores</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="105"/>
        <source>The check did not finish: %1</source>
        <translation>La comprobación no terminó: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="107"/>
        <source>Automatic encoding uses %1.</source>
        <translation>La codificación automática usa %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="109"/>
        <source>No hardware encoder works here: encoding uses the processor (libx264).</source>
        <translation>Ningún codificador por hardware funciona aquí: se codifica con el procesador (libx264).</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="112"/>
        <source>Checked %1.</source>
        <translation>Comprobado %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../app/gui/history.py" line="40"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="41"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="42"/>
        <source>Made in</source>
        <translation>Creado en</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="43"/>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="44"/>
        <source>Renditions</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="45"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="47"/>
        <source>command line</source>
        <translation>línea de comandos</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="48"/>
        <source>window</source>
        <translation>ventana</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../app/gui/history.py" line="170"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="171"/>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="172"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="173"/>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="174"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="182"/>
        <source>Search by name or source</source>
        <translation>Buscar por nombre u origen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="189"/>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="191"/>
        <source>Clear history…</source>
        <translation>Vaciar historial…</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="192"/>
        <source>Remove the records from the history; output files are kept</source>
        <translation>Quitar los registros del historial; los archivos de salida se conservan</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="238"/>
        <source>%1 has no output folder.</source>
        <translation>%1 no tiene carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="241"/>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="251"/>
        <source>Clear history</source>
        <translation>Vaciar historial</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/history.py" line="252"/>
        <source>Jobs to remove from the history: %n. Their output files are kept.</source>
        <translation>
            <numerusform>Trabajos que se quitarán del historial: %n. Sus archivos de salida se conservan.</numerusform>
            <numerusform>Trabajos que se quitarán del historial: %n. Sus archivos de salida se conservan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <location filename="../app/gui/job_editor.py" line="51"/>
        <source>Edit settings: %1</source>
        <translation>Editar ajustes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="70"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>la escalera del preajuste (p. ej. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>Rendition</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>Bitrate</source>
        <translation>Tasa de bits</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="74"/>
        <source>Estimated size</source>
        <translation>Tamaño estimado</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="82"/>
        <source>HLS ladder</source>
        <translation>Escalera HLS</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="84"/>
        <source>MP4 at source quality</source>
        <translation>MP4 con la calidad del original</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="91"/>
        <location filename="../app/gui/job_editor.py" line="129"/>
        <source>The preset&apos;s</source>
        <translation>La del preajuste</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="98"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="104"/>
        <source>auto: every text track and .srt/.vtt file beside the source</source>
        <translation>auto: cada pista de texto y cada archivo .srt/.vtt junto al origen</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="105"/>
        <source>auto, none, or the languages to keep (e.g. de,en)</source>
        <translation>auto, none o los idiomas que conservar (p. ej. de,en)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="123"/>
        <source>Stereo (a 5.1 track also as AC-3 5.1)</source>
        <translation>Estéreo (una pista 5.1 también como AC-3 5.1)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="123"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="124"/>
        <source>As the source (5.1 stays 5.1)</source>
        <translation>Como la fuente (5.1 sigue en 5.1)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="135"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="136"/>
        <source>-14 LUFS (music streaming)</source>
        <translation>-14 LUFS (streaming de música)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="136"/>
        <source>-16 LUFS (podcasts, web)</source>
        <translation>-16 LUFS (pódcasts, web)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="137"/>
        <source>-23 LUFS (EBU R128 broadcast)</source>
        <translation>-23 LUFS (EBU R128, radiodifusión)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="140"/>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="145"/>
        <source>Make thumbnails</source>
        <translation>Crear miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="149"/>
        <source>e.g. 00:00:03, 50%</source>
        <translation>p. ej. 00:00:03, 50%</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="150"/>
        <source>HH:MM:SS, seconds or a share of the duration; several separated by commas</source>
        <translation>HH:MM:SS, segundos o una parte de la duración; varios separados por comas</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="154"/>
        <source>e.g. 360, 720, source</source>
        <translation>p. ej. 360, 720, source</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="155"/>
        <source>The short side in lines, or source; several separated by commas</source>
        <translation>El lado corto en líneas, o source; varios separados por comas</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="156"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="157"/>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="158"/>
        <source>Sharp</source>
        <translation>Nítida</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="159"/>
        <source>Blurred</source>
        <translation>Desenfocada</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="167"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>TIEMPO/RESOLUCIONES/FORMATOS/FILTROS, varios separados por &apos;;&apos;.
p. ej. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="179"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="179"/>
        <source>Save and retry</source>
        <translation>Guardar y reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="183"/>
        <source>Ladder</source>
        <translation>Escalera</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="185"/>
        <source>Source:</source>
        <translation>Original:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="186"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="187"/>
        <source>Renditions:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="190"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="191"/>
        <source>Encoder speed:</source>
        <translation>Velocidad del codificador:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="192"/>
        <source>HLS segment length:</source>
        <translation>Duración de segmento HLS:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="193"/>
        <source>Subtitles:</source>
        <translation>Subtítulos:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="196"/>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="198"/>
        <source>Tracks:</source>
        <translation>Pistas:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="200"/>
        <source>Channels:</source>
        <translation>Canales:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="201"/>
        <source>Bit rate:</source>
        <translation>Tasa de bits:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="202"/>
        <source>Loudness:</source>
        <translation>Sonoridad:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="203"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="206"/>
        <source>Times:</source>
        <translation>Momentos:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="207"/>
        <source>Sizes:</source>
        <translation>Tamaños:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="208"/>
        <source>Kinds:</source>
        <translation>Tipos:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="209"/>
        <source>Spec (advanced):</source>
        <translation>Especificación (avanzado):</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="243"/>
        <source>not read yet: sizes and estimates are unknown until the job has run once</source>
        <translation>aún no leído: los tamaños y las estimaciones se desconocen hasta que el trabajo se haya ejecutado una vez</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="248"/>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="254"/>
        <source>Last run: %1</source>
        <translation>Última ejecución: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="258"/>
        <source>Beside the source: %1</source>
        <translation>Junto al origen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="259"/>
        <source>No subtitle file beside the source; text tracks inside it are found when it runs.</source>
        <translation>Ningún archivo de subtítulos junto al origen; sus pistas de texto se encuentran al ejecutarlo.</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="267"/>
        <source>#%1 %2 (%3): %4, %5</source>
        <translation>#%1 %2 (%3): %4, %5</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="277"/>
        <source>The audio tracks are listed once the source has been read (%1).</source>
        <translation>Las pistas de audio se muestran cuando se haya leído la fuente (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="280"/>
        <source>The first ticked track is in every rendition; the others are audio renditions of their own and extra MP4 tracks.</source>
        <translation>La primera pista marcada va en cada rendición; las demás son rendiciones de audio propias y pistas MP4 adicionales.</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="341"/>
        <source>choose at least one output format (HLS or MP4)</source>
        <translation>elija al menos un formato de salida (HLS o MP4)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="370"/>
        <location filename="../app/gui/job_editor.py" line="389"/>
        <source>Renditions: %1</source>
        <translation>Variantes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="375"/>
        <source>Thumbnails: %1</source>
        <translation>Miniaturas: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="377"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Elija al menos un formato de salida (HLS o MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="382"/>
        <source>Subtitles: %1</source>
        <translation>Subtítulos: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="423"/>
        <source>MP4 %1</source>
        <translation>MP4 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="430"/>
        <source>Above the source: not made (no upscaling)</source>
        <translation>Por encima del original: no se crea (sin ampliar)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="131"/>
        <location filename="../app/gui/job_editor.py" line="435"/>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="443"/>
        <source>Estimated output: %1 in total (an estimate: bitrate × duration, plus %2 kb/s of audio per rendition)</source>
        <translation>Salida estimada: %1 en total (una estimación: tasa de bits × duración, más %2 kb/s de audio por variante)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="447"/>
        <source>Estimated output: shown once the values above can be used</source>
        <translation>Salida estimada: se muestra cuando los valores de arriba se puedan usar</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="449"/>
        <source>Estimated output: unknown until the source&apos;s duration is known</source>
        <translation>Salida estimada: desconocida hasta conocer la duración del original</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="522"/>
        <source>This spec gives other sizes, formats or filters for each time: edit it as text.</source>
        <translation>Esta especificación da otros tamaños, formatos o filtros para cada momento: edítela como texto.</translation>
    </message>
</context>
<context>
    <name>JobQueueModel</name>
    <message>
        <location filename="../app/gui/models.py" line="403"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="405"/>
        <source>no audio</source>
        <translation>sin audio</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="415"/>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="416"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="417"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="418"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="419"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="420"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="421"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="424"/>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="425"/>
        <source>encoding</source>
        <translation>codificando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="426"/>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="427"/>
        <source>partly failed</source>
        <translation>fallido en parte</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="428"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="429"/>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="430"/>
        <source>rejected</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="431"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="432"/>
        <source>uploading</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="433"/>
        <source>processing</source>
        <translation>procesando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="529"/>
        <source>Took %1 · %2 written</source>
        <translation>Tardó %1 · %2 escritos</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="532"/>
        <source>%1× realtime</source>
        <translation>%1× tiempo real</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="573"/>
        <source>analysing %1 %</source>
        <translation>analizando %1 %</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="353"/>
        <source>Only a local job&apos;s renditions can be measured.</source>
        <translation>Solo se pueden medir las rendiciones de un trabajo local.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="355"/>
        <source>%1 is encoding; measure its quality when it has finished.</source>
        <translation>%1 se está codificando; mida su calidad cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="357"/>
        <source>The quality of %1 is being measured.</source>
        <translation>Se está midiendo la calidad de %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="359"/>
        <source>%1 has no encoded renditions to measure.</source>
        <translation>%1 no tiene rendiciones codificadas que medir.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="388"/>
        <source>Quality measurement cancelled.</source>
        <translation>Medición de calidad cancelada.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/languages.py" line="23"/>
        <source>English</source>
        <extracomment>The name of the language you are translating into, written in that language: Deutsch, Español, Français.</extracomment>
        <translation>Español</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.py" line="38"/>
        <source>Rendition Studio</source>
        <translation>Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="115"/>
        <source>Queue</source>
        <translation>Cola</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="116"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="117"/>
        <source>Move finished to History</source>
        <translation>Pasar los terminados al historial</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>Take the completed and cancelled jobs out of the queue</source>
        <translation>Sacar de la cola los trabajos completados y cancelados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="141"/>
        <source>&amp;Track remote job…</source>
        <translation>&amp;Seguir trabajo remoto…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>Follow a job on a provider by its identifier</source>
        <translation>Seguir un trabajo de un proveedor por su identificador</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="144"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="150"/>
        <source>&amp;Job</source>
        <translation>&amp;Trabajo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="151"/>
        <source>&amp;Start or pause the queue</source>
        <translation>&amp;Iniciar o pausar la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="153"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Iniciar la cola, o pausarla tras los trabajos en curso</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="154"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="155"/>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="157"/>
        <source>Retry &amp;failed renditions</source>
        <translation>Reintentar variantes &amp;fallidas</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="158"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Codificar solo las variantes fallidas, conservando las demás</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="162"/>
        <source>Re&amp;move from the list</source>
        <translation>&amp;Quitar de la lista</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="163"/>
        <source>Output files are kept</source>
        <translation>Los archivos de salida se conservan</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="164"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="165"/>
        <source>Move &amp;down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="167"/>
        <source>Open &amp;output folder</source>
        <translation>Abrir carpeta de &amp;salida</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="169"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Copiar ruta de la lista &amp;maestra</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="172"/>
        <source>Measure &amp;quality</source>
        <translation>Medir la &amp;calidad</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="174"/>
        <source>Score each rendition against the source (SSIM, PSNR) on evenly spread samples; Cancel stops it</source>
        <translation>Puntuar cada rendición frente a la fuente (SSIM, PSNR) en muestras repartidas por igual; Cancelar lo detiene</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="176"/>
        <source>Measure quality (every &amp;frame)</source>
        <translation>Medir la calidad (cada &amp;fotograma)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="178"/>
        <source>Score every frame of each rendition against the source</source>
        <translation>Puntuar cada fotograma de cada rendición frente a la fuente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="186"/>
        <source>Download &amp;results</source>
        <translation>Descargar &amp;resultados</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="187"/>
        <source>Fetch a remote job&apos;s outputs into its folder</source>
        <translation>Descargar los resultados de un trabajo remoto en su carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="191"/>
        <source>&amp;Playback</source>
        <translation>Re&amp;producción</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="192"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Reproducir/Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="193"/>
        <source>&amp;Next frame</source>
        <translation>Fotograma &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="194"/>
        <source>P&amp;revious frame</source>
        <translation>Fotograma &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="195"/>
        <source>&amp;Loop</source>
        <translation>&amp;Bucle</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="196"/>
        <source>&amp;Full screen</source>
        <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="197"/>
        <source>The video alone on the screen; Esc leaves</source>
        <translation>Solo el vídeo en la pantalla; Esc sale</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="199"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="200"/>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="201"/>
        <source>&amp;About Rendition Studio</source>
        <translation>&amp;Acerca de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="204"/>
        <source>Open videos</source>
        <translation>Abrir vídeos</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="205"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Vídeos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Preferencias guardadas; se aplican a los vídeos que se añadan a partir de ahora.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="278"/>
        <source>Measuring the quality of %1…</source>
        <translation>Midiendo la calidad de %1…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="304"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Este trabajo sigue en curso; reintente sus variantes cuando haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="312"/>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="314"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 aún no tiene carpeta de salida.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="328"/>
        <source>Copied: %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="330"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Este trabajo aún no tiene lista maestra HLS.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="341"/>
        <source>About Rendition Studio</source>
        <translation>Acerca de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="342"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Planifica una escalera HLS y un MP4 a partir de un vídeo, los codifica en este ordenador con PyAV y los revisa en el reproductor.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="390"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: solo se pueden codificar archivos locales</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="420"/>
        <source>Results can be downloaded once the remote job has finished.</source>
        <translation>Los resultados se pueden descargar cuando el trabajo remoto haya terminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="445"/>
        <location filename="../app/gui/main_window.py" line="565"/>
        <source>Decoder: %1</source>
        <translation>Decodificador: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="446"/>
        <location filename="../app/gui/main_window.py" line="565"/>
        <source>software</source>
        <translation>software</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="449"/>
        <location filename="../app/gui/main_window.py" line="512"/>
        <location filename="../app/gui/main_window.py" line="516"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="483"/>
        <source>Completed: %n</source>
        <translation>
            <numerusform>Completados: %n</numerusform>
            <numerusform>Completados: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="485"/>
        <source>Not completed: %n</source>
        <translation>
            <numerusform>No completados: %n</numerusform>
            <numerusform>No completados: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="486"/>
        <source>The queue has finished</source>
        <translation>La cola ha terminado</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="521"/>
        <source>Files downloaded to %1: %n</source>
        <translation>
            <numerusform>%n archivo descargado en %1</numerusform>
            <numerusform>%n archivos descargados en %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="558"/>
        <source>Jobs running: %n</source>
        <translation>
            <numerusform>%n trabajo en curso</numerusform>
            <numerusform>%n trabajos en curso</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="562"/>
        <source>Jobs in the queue: %n</source>
        <translation>
            <numerusform>%n trabajo en la cola</numerusform>
            <numerusform>%n trabajos en la cola</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="522"/>
        <source>Download failed: %1</source>
        <translation>La descarga falló: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="529"/>
        <source>Refused: %1</source>
        <translation>Rechazado: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="560"/>
        <source>Reading files…</source>
        <translation>Leyendo archivos…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="580"/>
        <source>Quit Rendition Studio</source>
        <translation>Salir de Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="581"/>
        <source>A job is still encoding. Cancel it and quit? Its finished renditions are kept.</source>
        <translation>Un trabajo se está codificando. ¿Cancelarlo y salir? Sus variantes terminadas se conservan.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="145"/>
        <source>&amp;Presets…</source>
        <translation>Pre&amp;ajustes…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="146"/>
        <source>Save, rename, delete, import and export encoding presets</source>
        <translation>Guardar, renombrar, eliminar, importar y exportar preajustes de codificación</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="159"/>
        <source>&amp;Edit settings…</source>
        <translation>&amp;Editar ajustes…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="160"/>
        <source>Change a queued, failed or rejected job&apos;s settings and retry it</source>
        <translation>Cambiar los ajustes de un trabajo en cola, fallido o rechazado y reintentarlo</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="258"/>
        <source>Only a local job that is not running can be edited.</source>
        <translation>Solo se puede editar un trabajo local que no esté en marcha.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="269"/>
        <source>%1 is running; its settings were not changed.</source>
        <translation>%1 está en marcha; sus ajustes no se cambiaron.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="179"/>
        <source>C&amp;ompare…</source>
        <translation>C&amp;omparar…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="180"/>
        <source>The source and a rendition side by side, frame by frame</source>
        <translation>El original y una variante lado a lado, fotograma a fotograma</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="350"/>
        <source>Compare needs a job whose output folder exists.</source>
        <translation>Para comparar, el trabajo necesita una carpeta de salida existente.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../app/gui/player.py" line="213"/>
        <source>What to play: the source, the HLS master playlist or one rendition</source>
        <translation>Qué reproducir: el original, la lista maestra HLS o una variante</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="219"/>
        <source>The variant of the master playlist to play; Auto chooses by the player&apos;s size and the measured download speed</source>
        <translation>La variante de la lista maestra que se reproduce; Automática elige según el tamaño del reproductor y la velocidad de descarga medida</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="243"/>
        <location filename="../app/gui/player.py" line="605"/>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="244"/>
        <source>Play or pause (Space)</source>
        <translation>Reproducir o pausar (Espacio)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="247"/>
        <source>Previous frame (,)</source>
        <translation>Fotograma anterior (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="250"/>
        <source>Next frame (.)</source>
        <translation>Fotograma siguiente (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="254"/>
        <source>Full screen (F; Esc leaves)</source>
        <translation>Pantalla completa (F; Esc sale)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="256"/>
        <source>Loop</source>
        <translation>Bucle</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="259"/>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="266"/>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="463"/>
        <location filename="../app/gui/player.py" line="491"/>
        <source>Auto</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="519"/>
        <source>Auto (%1)</source>
        <translation>Automática (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="605"/>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="657"/>
        <location filename="../app/gui/player.py" line="676"/>
        <source>Source</source>
        <translation>Original</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="660"/>
        <location filename="../app/gui/player.py" line="679"/>
        <source>HLS master (adaptive)</source>
        <translation>Maestra HLS (adaptativa)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="683"/>
        <source>%1 (remote)</source>
        <translation>%1 (remoto)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="667"/>
        <source>%1 (encoding)</source>
        <translation>%1 (codificando)</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="23"/>
        <source>Presets</source>
        <translation>Preajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="36"/>
        <source>Save current as…</source>
        <translation>Guardar la actual como…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="37"/>
        <source>Rename…</source>
        <translation>Renombrar…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="38"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="39"/>
        <source>Set as default</source>
        <translation>Usar por defecto</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="40"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="41"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="42"/>
        <source>Keep the settings shown in Settings as a preset of your own</source>
        <translation>Guardar los valores que muestran las Preferencias como un preajuste propio</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="43"/>
        <source>New videos, and `encode` without --preset, use this preset</source>
        <translation>Los vídeos nuevos, y `encode` sin --preset, usan este preajuste</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="74"/>
        <source>Your presets cannot be read: %1</source>
        <translation>No se pueden leer sus preajustes: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="84"/>
        <source>%1 (built-in)</source>
        <translation>%1 (integrado)</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="86"/>
        <source>%1 — default</source>
        <translation>%1 — por defecto</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="112"/>
        <source>Saved as %1.</source>
        <translation>Guardado como %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="116"/>
        <source>Renamed to %1.</source>
        <translation>Renombrado a %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="120"/>
        <source>Deleted %1.</source>
        <translation>%1 eliminado.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="124"/>
        <source>%1 is the default preset now.</source>
        <translation>%1 es ahora el preajuste por defecto.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="133"/>
        <source>Imported: %1.</source>
        <translation>Importado: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="137"/>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="160"/>
        <source>Save current as</source>
        <translation>Guardar la actual como</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="160"/>
        <source>Preset name:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="165"/>
        <source>Rename preset</source>
        <translation>Renombrar preajuste</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="165"/>
        <source>New name:</source>
        <translation>Nombre nuevo:</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="172"/>
        <source>Delete the preset %1?</source>
        <translation>¿Eliminar el preajuste %1?</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="177"/>
        <source>Import presets</source>
        <translation>Importar preajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="178"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Preajustes (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="183"/>
        <source>Export preset</source>
        <translation>Exportar preajuste</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="184"/>
        <source>Presets (*.json)</source>
        <translation>Preajustes (*.json)</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../app/gui/providers_page.py" line="21"/>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="22"/>
        <source>API URL:</source>
        <translation>URL de la API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="23"/>
        <source>Upload URL:</source>
        <translation>URL de subida:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="24"/>
        <source>Storage URL:</source>
        <translation>URL de almacenamiento:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="25"/>
        <source>CDN URL:</source>
        <translation>URL de la CDN:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="26"/>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="27"/>
        <source>Public key:</source>
        <translation>Clave pública:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="28"/>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="29"/>
        <source>Secret:</source>
        <translation>Secreto:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="45"/>
        <source>Dropped files</source>
        <translation>Archivos soltados</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="48"/>
        <source>Encode here</source>
        <translation>Codificar aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="49"/>
        <source>Ask each time</source>
        <translation>Preguntar cada vez</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="51"/>
        <source>Send to %1</source>
        <translation>Enviar a %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="53"/>
        <source>When files are dropped:</source>
        <translation>Al soltar archivos:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="55"/>
        <source>The Uploads API&apos;s collection path, e.g. root/my-folder</source>
        <translation>Ruta de la colección en la Uploads API, p. ej. root/mi-carpeta</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="56"/>
        <source>Uploads API folder:</source>
        <translation>Carpeta de la Uploads API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="59"/>
        <source>the system keyring</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="60"/>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="61"/>
        <source>a file only you can read</source>
        <translation>un archivo que solo usted puede leer</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="67"/>
        <source>Keep new keys in:</source>
        <translation>Guardar claves nuevas en:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="72"/>
        <source>No keyring is available on this system (%1). Keep keys for this session only, or in a file only you can read (%2).</source>
        <translation>No hay llavero disponible en este sistema (%1). Guarde las claves solo para esta sesión o en un archivo que solo usted pueda leer (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="84"/>
        <source>required, e.g. https://example.org/api/client/v1</source>
        <translation>obligatorio, p. ej. https://example.org/api/client/v1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="101"/>
        <source>set by %1</source>
        <translation>definida por %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="102"/>
        <source>kept for this session</source>
        <translation>guardada para esta sesión</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="103"/>
        <source>kept in the keyring</source>
        <translation>guardada en el llavero</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="104"/>
        <source>kept in the private file</source>
        <translation>guardada en el archivo privado</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="105"/>
        <source>not set (or set %1)</source>
        <translation>sin definir (o defina %1)</translation>
    </message>
</context>
<context>
    <name>QualityChart</name>
    <message>
        <location filename="../app/gui/quality_chart.py" line="114"/>
        <source>The score the charts show</source>
        <translation>La puntuación que muestran los gráficos</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="117"/>
        <source>The rendition whose score per frame is plotted; click the plot to seek</source>
        <translation>La rendición cuya puntuación por fotograma se dibuja; haga clic en el gráfico para ir a ese momento</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="119"/>
        <source>No quality measured yet: Job › Measure quality.</source>
        <translation>Aún no se ha medido la calidad: Trabajo › Medir la calidad.</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="122"/>
        <source>Score:</source>
        <translation>Puntuación:</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="125"/>
        <source>Per frame:</source>
        <translation>Por fotograma:</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="130"/>
        <source>Quality against bitrate</source>
        <translation>Calidad según la tasa de bits</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="135"/>
        <location filename="../app/gui/quality_chart.py" line="463"/>
        <source>Per frame</source>
        <translation>Por fotograma</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="141"/>
        <source>Click to show the rendition at that moment</source>
        <translation>Haga clic para mostrar la rendición en ese momento</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="295"/>
        <source>HLS ladder</source>
        <translation>Escalera HLS</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="302"/>
        <source>MP4</source>
        <translation>MP4</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="332"/>
        <location filename="../app/gui/quality_chart.py" line="399"/>
        <source>bitrate (kb/s)</source>
        <translation>tasa de bits (kb/s)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="342"/>
        <source>Per-title analysis: the encodes tried, their hull and the rungs chosen (%1 dB)</source>
        <translation>Análisis por título: las codificaciones probadas, su envolvente y los peldaños elegidos (%1 dB)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="352"/>
        <source>%1p (MP4 only)</source>
        <translation>%1p (solo MP4)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="361"/>
        <source>hull</source>
        <translation>envolvente</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="366"/>
        <source>chosen rungs (predicted)</source>
        <translation>peldaños elegidos (previstos)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="378"/>
        <source>rungs as encoded (measured)</source>
        <translation>peldaños tal como se codificaron (medidos)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="428"/>
        <source>%1 %2: %3 %4 at %5 kb/s</source>
        <translation>%1 %2: %3 %4 a %5 kb/s</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="462"/>
        <source>Per frame: %1</source>
        <translation>Por fotograma: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="466"/>
        <source>time (s)</source>
        <translation>tiempo (s)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="103"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Suelte aquí archivos de vídeo o carpetas, o use Archivo › Abrir (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="109"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="110"/>
        <location filename="../app/gui/panels.py" line="188"/>
        <source>Pause queue</source>
        <translation>Pausar la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="111"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="112"/>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="113"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="116"/>
        <source>Move up in the queue</source>
        <translation>Subir en la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="117"/>
        <source>Move down in the queue</source>
        <translation>Bajar en la cola</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="185"/>
        <source>Start queue</source>
        <translation>Iniciar la cola</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="422"/>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="423"/>
        <source>Forget the refused files listed here (the log keeps them)</source>
        <translation>Olvidar los archivos rechazados de esta lista (el registro los conserva)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="427"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="427"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="427"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels.py" line="489"/>
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
        <location filename="../app/gui/models.py" line="113"/>
        <source>Rendition</source>
        <translation>Variante</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="114"/>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="115"/>
        <source>Resolution</source>
        <translation>Resolución</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="116"/>
        <source>Target bitrate</source>
        <translation>Tasa de bits objetivo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="117"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="118"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="119"/>
        <source>Speed</source>
        <translation>Velocidad</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="120"/>
        <source>ETA</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="121"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="122"/>
        <source>SSIM</source>
        <translation>SSIM</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="123"/>
        <source>PSNR</source>
        <translation>PSNR</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="124"/>
        <source>XPSNR</source>
        <translation>XPSNR</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="126"/>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="127"/>
        <location filename="../app/gui/panels.py" line="224"/>
        <source>encoding</source>
        <translation>codificando</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="128"/>
        <source>encoded</source>
        <translation>codificado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="129"/>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="162"/>
        <source>thumbnails</source>
        <translation>miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="215"/>
        <location filename="../app/gui/panels.py" line="231"/>
        <source>measuring…</source>
        <translation>midiendo…</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="217"/>
        <source>not measured: %1</source>
        <translation>no medida: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="221"/>
        <source>The quality of this rendition is being measured</source>
        <translation>Se está midiendo la calidad de esta rendición</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="223"/>
        <source>Not measured: %1</source>
        <translation>No medida: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="239"/>
        <source>%1: mean %2 · 5th percentile %3 · minimum %4</source>
        <translation>%1: media %2 · percentil 5 %3 · mínimo %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="245"/>
        <source>Predicted by the per-title analysis: %1 at %2 kb/s</source>
        <translation>Previsto por el análisis por título: %1 a %2 kb/s</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="249"/>
        <source>Worst moments: %1</source>
        <translation>Peores momentos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="253"/>
        <source>measured bitrate %n kb/s</source>
        <translation>
            <numerusform>tasa de bits medida %n kb/s</numerusform>
            <numerusform>tasa de bits medida %n kb/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>sampled</source>
        <translation>por muestras</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>every frame</source>
        <translation>cada fotograma</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="258"/>
        <source>%n frames</source>
        <translation>
            <numerusform>%n fotograma</numerusform>
            <numerusform>%n fotogramas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="268"/>
        <source>%1: good ≥ %2 · fair %3–%2 · weak &lt; %3</source>
        <translation>%1: buena ≥ %2 · aceptable %3–%2 · débil &lt; %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="317"/>
        <source>Mean SSIM against the source (1 = identical)</source>
        <translation>SSIM medio frente a la fuente (1 = idéntica)</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="318"/>
        <source>Mean PSNR against the source (higher is closer)</source>
        <translation>PSNR medio frente a la fuente (más alto es más fiel)</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="319"/>
        <source>Mean XPSNR of the luma against the source (higher is closer)</source>
        <translation>XPSNR medio de la luminancia frente a la fuente (más alto es más fiel)</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="343"/>
        <source>not encoded</source>
        <translation>no codificado</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="349"/>
        <source>Encoder: %1</source>
        <translation>Codificador: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="362"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="362"/>
        <location filename="../app/gui/remote_rows.py" line="62"/>
        <source>upload</source>
        <translation>subida</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="363"/>
        <source>video</source>
        <translation>vídeo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="368"/>
        <source>%n kb/s</source>
        <translation>
            <numerusform>%n kb/s</numerusform>
            <numerusform>%n kb/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="346"/>
        <source>Playable so far: %1 (double-click to play)</source>
        <translation>Reproducible hasta ahora: %1 (doble clic para reproducir)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="234"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Predeterminado: x264 veryfast, tasas de bits de Apple</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="235"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Borrador: lo más rápido, escalera menor, tasas de bits más bajas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="236"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Alta: x264 slow, tasas de bits más altas, hasta 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="105"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>la escalera del preajuste (p. ej. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="106"/>
        <source>HLS ladder</source>
        <translation>Escalera HLS</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="107"/>
        <source>MP4 at source quality</source>
        <translation>MP4 con la calidad del original</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="115"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="117"/>
        <source>H.264</source>
        <translation>H.264</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="117"/>
        <source>HEVC</source>
        <translation>HEVC</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="118"/>
        <source>AV1</source>
        <translation>AV1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="119"/>
        <source>An HEVC ladder in fMP4 segments beside the others (x265: slow)</source>
        <translation>Una escalera HEVC en segmentos fMP4 junto a las demás (x265: lento)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="120"/>
        <source>An AV1 ladder in fMP4 segments beside the others (SVT-AV1)</source>
        <translation>Una escalera AV1 en segmentos fMP4 junto a las demás (SVT-AV1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="128"/>
        <source>MPEG-TS (every HLS player)</source>
        <translation>MPEG-TS (cualquier reproductor HLS)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Fragmented MP4 (CMAF, smaller; iOS 10 or newer)</source>
        <translation>MP4 fragmentado (CMAF, más pequeño; iOS 10 o posterior)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>HEVC and AV1 ladders are always in fragmented MP4; MPEG-TS pads every picture, 20-35 kb/s a rendition, much of a low-bitrate one</source>
        <translation>Las escaleras HEVC y AV1 van siempre en MP4 fragmentado; MPEG-TS rellena cada imagen, 20-35 kb/s por versión, mucho en una de baja tasa</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="134"/>
        <source>Make thumbnails</source>
        <translation>Crear miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="137"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>TIEMPO/RESOLUCIONES/FORMATOS/FILTROS, varios separados por &apos;;&apos;.
p. ej. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="143"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automático (el primer decodificador que funcione)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="143"/>
        <source>Off (software decoding)</source>
        <translation>Desactivado (decodificación por software)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="146"/>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="147"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Probar cada decodificador por hardware de este equipo</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="157"/>
        <source>Automatic (a hardware encoder that works here, else software)</source>
        <translation>Automático (un codificador por hardware que funcione aquí; si no, software)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="158"/>
        <source>Software (libx264)</source>
        <translation>Software (libx264)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="161"/>
        <source>A hardware encoder that fails goes on in software; Settings › Hardware says which work here</source>
        <translation>Un codificador por hardware que falla sigue en software; Ajustes › Hardware indica cuáles funcionan aquí</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="166"/>
        <source>Score each rendition against the source (SSIM, PSNR) when a job has been encoded; Job › Measure quality does it later</source>
        <translation>Puntuar cada rendición frente a la fuente (SSIM, PSNR) cuando un trabajo se ha codificado; Trabajo › Medir la calidad lo hace después</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="168"/>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="168"/>
        <source>Sampled (about a fifth of the video)</source>
        <translation>Por muestras (una quinta parte del vídeo)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="169"/>
        <source>Every frame</source>
        <translation>Cada fotograma</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="174"/>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="177"/>
        <source>A new language is used from the next start.</source>
        <translation>El nuevo idioma se usa a partir del próximo inicio.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="190"/>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="190"/>
        <source>Output folder:</source>
        <translation>Carpeta de salida:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="191"/>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="192"/>
        <source>Preset:</source>
        <translation>Preajuste:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="192"/>
        <source>Renditions:</source>
        <translation>Variantes:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="194"/>
        <source>Formats:</source>
        <translation>Formatos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="194"/>
        <source>HLS segment length:</source>
        <translation>Duración de segmento HLS:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="195"/>
        <source>Video codecs:</source>
        <translation>Códecs de vídeo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="195"/>
        <source>H.264 HLS segments:</source>
        <translation>Segmentos HLS de H.264:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="196"/>
        <location filename="../app/gui/settings_dialog.py" line="331"/>
        <source>Thumbnails</source>
        <translation>Miniaturas</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="197"/>
        <source>Images:</source>
        <translation>Imágenes:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="198"/>
        <source>Queue and hardware</source>
        <translation>Cola y hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="199"/>
        <source>Hardware decoding:</source>
        <translation>Decodificación por hardware:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="200"/>
        <source>Video encoder:</source>
        <translation>Codificador de vídeo:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="201"/>
        <source>Jobs at once:</source>
        <translation>Trabajos simultáneos:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="202"/>
        <source>Measure quality after encoding:</source>
        <translation>Medir la calidad tras codificar:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="203"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="204"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="208"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="210"/>
        <location filename="../app/gui/settings_dialog.py" line="337"/>
        <source>Cloud providers</source>
        <translation>Proveedores en la nube</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="211"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="328"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Elija al menos un formato de salida (HLS o MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="329"/>
        <source>Choose at least one video codec.</source>
        <translation>Elija al menos un códec de vídeo.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="330"/>
        <source>Renditions</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="332"/>
        <location filename="../app/gui/settings_dialog.py" line="374"/>
        <source>Output folder</source>
        <translation>Carpeta de salida</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="352"/>
        <location filename="../app/gui/settings_dialog.py" line="366"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="366"/>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="380"/>
        <source>Trying each hardware decoder…</source>
        <translation>Probando cada decodificador por hardware…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="388"/>
        <source>The check failed: %1</source>
        <translation>La comprobación falló: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="394"/>
        <source>Working here: %1.</source>
        <translation>Funcionan aquí: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="396"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Disponibles pero sin funcionar aquí: %1. Se decodifica con el procesador.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="399"/>
        <source>No hardware decoder is offered. Decoding uses the processor.</source>
        <translation>No hay decodificadores por hardware. Se decodifica con el procesador.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="91"/>
        <source>Presets…</source>
        <translation>Preajustes…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="92"/>
        <source>Save these settings as a preset; rename, delete, import or export presets</source>
        <translation>Guardar estos ajustes como preajuste; renombrar, eliminar, importar o exportar preajustes</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="101"/>
        <source>The preset&apos;s</source>
        <translation>La del preajuste</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="193"/>
        <source>Encoder speed:</source>
        <translation>Velocidad del codificador:</translation>
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
