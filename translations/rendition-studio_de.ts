<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="144"/>
        <location filename="../app/gui/panels.py" line="207"/>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="146"/>
        <source>Retry rendition</source>
        <translation>Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="147"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Die ausgewählte fehlgeschlagene Rendition neu kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="166"/>
        <source>Retry this rendition</source>
        <translation>Diese Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="210"/>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
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
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="215"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="216"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="217"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="218"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="219"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="220"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="221"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="224"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="224"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="225"/>
        <source>completed</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="226"/>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="227"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="227"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="228"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="229"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
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
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="81"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="83"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="85"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="87"/>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="88"/>
        <source>&amp;Start or pause the queue</source>
        <translation>Warteschlange &amp;starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="89"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Die Warteschlange starten oder nach den laufenden Aufträgen anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="90"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="91"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="93"/>
        <source>Retry &amp;failed renditions</source>
        <translation>&amp;Fehlgeschlagene Renditions wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="94"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Nur die fehlgeschlagenen Renditions kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="95"/>
        <source>Re&amp;move from the list</source>
        <translation>Aus der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="96"/>
        <source>Output files are kept</source>
        <translation>Die Ausgabedateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="97"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="98"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="100"/>
        <source>Open &amp;output folder</source>
        <translation>A&amp;usgabeordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="102"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Pfad der &amp;Master-Playlist kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="107"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="108"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="109"/>
        <source>&amp;Next frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="110"/>
        <source>P&amp;revious frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="111"/>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="113"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="114"/>
        <source>&amp;About Rendition Studio</source>
        <translation>Ü&amp;ber Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="117"/>
        <source>Open videos</source>
        <translation>Videos öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Einstellungen gespeichert; sie gelten für ab jetzt hinzugefügte Videos.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="148"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Dieser Auftrag läuft noch; wiederholen Sie seine Renditions, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="157"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 hat noch keinen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="168"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="170"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Dieser Auftrag hat noch keine HLS-Master-Playlist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="175"/>
        <source>About Rendition Studio</source>
        <translation>Über Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="176"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plant aus einem Video eine HLS-Leiter und ein MP4, kodiert sie auf diesem Computer mit PyAV und prüft sie im Player.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="194"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: nur lokale Dateien können kodiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="219"/>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>Decoder: %1</source>
        <translation>Decoder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="220"/>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="223"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="229"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="242"/>
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="244"/>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="246"/>
        <source>%n job(s) in the queue</source>
        <translation>
            <numerusform>%n Auftrag in der Warteschlange</numerusform>
            <numerusform>%n Aufträge in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="264"/>
        <source>Quit Rendition Studio</source>
        <translation>Rendition Studio beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="265"/>
        <source>A job is still encoding. Cancel it and quit? Its finished renditions are kept.</source>
        <translation>Ein Auftrag wird noch kodiert. Abbrechen und beenden? Seine fertigen Renditions bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../app/gui/player.py" line="36"/>
        <source>What to play: the source, the HLS master playlist or one rendition</source>
        <translation>Was abgespielt wird: die Quelle, die HLS-Master-Playlist oder eine Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="38"/>
        <location filename="../app/gui/player.py" line="130"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="39"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="42"/>
        <source>Previous frame (,)</source>
        <translation>Vorheriges Bild (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="45"/>
        <source>Next frame (.)</source>
        <translation>Nächstes Bild (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="47"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="50"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="57"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="130"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="150"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="153"/>
        <source>HLS master (adaptive)</source>
        <translation>HLS-Master (adaptiv)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="71"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Videodateien oder Ordner hierher ziehen oder Datei › Öffnen (Strg+O) verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="77"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="78"/>
        <location filename="../app/gui/panels.py" line="124"/>
        <source>Pause queue</source>
        <translation>Warteschlange anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="79"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="80"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="81"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="84"/>
        <source>Move up in the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="85"/>
        <source>Move down in the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="127"/>
        <source>Start queue</source>
        <translation>Warteschlange starten</translation>
    </message>
</context>
<context>
    <name>RenditionTableModel</name>
    <message>
        <location filename="../app/gui/models.py" line="64"/>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="65"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="66"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="67"/>
        <source>Target bitrate</source>
        <translation>Zielbitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="68"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="69"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="70"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="71"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="72"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="74"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="75"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="76"/>
        <source>encoded</source>
        <translation>kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="77"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="99"/>
        <source>thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="142"/>
        <source>not encoded</source>
        <translation>nicht kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="179"/>
        <source>images</source>
        <translation>Bilder</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="50"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="58"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Standard: x264 veryfast, Apples Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="59"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Entwurf: am schnellsten, kleinere Leiter, niedrigere Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="60"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Hoch: x264 slow, höhere Bitraten, bis 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="64"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>die Leiter der Voreinstellung (z. B. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="65"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="66"/>
        <source>MP4 at source quality</source>
        <translation>MP4 in Quellqualität</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="74"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="77"/>
        <source>Make thumbnails</source>
        <translation>Vorschaubilder erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="80"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>ZEIT/AUFLÖSUNGEN/FORMATE/FILTER, mehrere durch &apos;;&apos; getrennt.
z. B. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="86"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automatisch (der erste Decoder, der funktioniert)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="86"/>
        <source>Off (software decoding)</source>
        <translation>Aus (Software-Dekodierung)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="89"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="90"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Jeden Hardware-Decoder auf diesem Rechner ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="103"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="105"/>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="121"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="121"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="122"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="123"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="123"/>
        <source>Renditions:</source>
        <translation>Renditions:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="124"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="124"/>
        <source>HLS segment length:</source>
        <translation>HLS-Segmentlänge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="125"/>
        <location filename="../app/gui/settings_dialog.py" line="182"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="126"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="127"/>
        <source>Queue and hardware</source>
        <translation>Warteschlange und Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="128"/>
        <source>Hardware decoding:</source>
        <translation>Hardware-Dekodierung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Jobs at once:</source>
        <translation>Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="131"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="180"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat (HLS oder MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="181"/>
        <source>Renditions</source>
        <translation>Renditions</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="183"/>
        <location filename="../app/gui/settings_dialog.py" line="209"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="196"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="215"/>
        <source>Trying each hardware decoder…</source>
        <translation>Jeder Hardware-Decoder wird ausprobiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="222"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="227"/>
        <source>Working here: %1.</source>
        <translation>Funktioniert hier: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="229"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Angeboten, aber hier nicht funktionsfähig: %1. Dekodiert wird mit dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="232"/>
        <source>No hardware decoder is offered. Decoding uses the processor.</source>
        <translation>Kein Hardware-Decoder angeboten. Dekodiert wird mit dem Prozessor.</translation>
    </message>
</context>
</TS>
