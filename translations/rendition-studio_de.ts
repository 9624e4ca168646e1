<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DropMenu</name>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="21"/>
        <source>Encode here</source>
        <translation>Hier kodieren</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="25"/>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
</context>
<context>
    <name>GridPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="181"/>
        <location filename="../app/gui/panels.py" line="245"/>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="183"/>
        <source>Retry rendition</source>
        <translation>Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="184"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Die ausgewählte fehlgeschlagene Rendition neu kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="204"/>
        <source>Retry this rendition</source>
        <translation>Diese Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="250"/>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <location filename="../app/gui/job_editor.py" line="40"/>
        <source>Edit settings: %1</source>
        <translation>Einstellungen bearbeiten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="59"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>die Leiter der Voreinstellung (z. B. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="62"/>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="62"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="62"/>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="63"/>
        <source>Estimated size</source>
        <translation>Geschätzte Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="71"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>MP4 at source quality</source>
        <translation>MP4 in Quellqualität</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="80"/>
        <source>The preset&apos;s</source>
        <translation>Die der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="87"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="92"/>
        <source>Make thumbnails</source>
        <translation>Vorschaubilder erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="96"/>
        <source>e.g. 00:00:03, 50%</source>
        <translation>z. B. 00:00:03, 50%</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="97"/>
        <source>HH:MM:SS, seconds or a share of the duration; several separated by commas</source>
        <translation>HH:MM:SS, Sekunden oder ein Anteil der Dauer; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="101"/>
        <source>e.g. 360, 720, source</source>
        <translation>z. B. 360, 720, source</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="102"/>
        <source>The short side in lines, or source; several separated by commas</source>
        <translation>Die kurze Seite in Zeilen, oder source; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="103"/>
        <source>JPEG</source>
        <translation>JPEG</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="104"/>
        <source>WebP</source>
        <translation>WebP</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="105"/>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="106"/>
        <source>Blurred</source>
        <translation>Weichgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="114"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>ZEIT/AUFLÖSUNGEN/FORMATE/FILTER, mehrere durch &apos;;&apos; getrennt.
z. B. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="130"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="130"/>
        <source>Save and retry</source>
        <translation>Speichern und wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="134"/>
        <source>Ladder</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="136"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="137"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="138"/>
        <source>Renditions:</source>
        <translation>Renditions:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="141"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="142"/>
        <source>Encoder speed:</source>
        <translation>Encoder-Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="143"/>
        <source>HLS segment length:</source>
        <translation>HLS-Segmentlänge:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="144"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="147"/>
        <source>Times:</source>
        <translation>Zeitpunkte:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="148"/>
        <source>Sizes:</source>
        <translation>Größen:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="149"/>
        <source>Kinds:</source>
        <translation>Arten:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="150"/>
        <source>Spec (advanced):</source>
        <translation>Angabe (erweitert):</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="178"/>
        <source>not read yet: sizes and estimates are unknown until the job has run once</source>
        <translation>noch nicht gelesen: Größen und Schätzungen sind unbekannt, bis der Auftrag einmal gelaufen ist</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="183"/>
        <source>no audio</source>
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="194"/>
        <source>choose at least one output format (HLS or MP4)</source>
        <translation>wählen Sie mindestens ein Ausgabeformat (HLS oder MP4)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="221"/>
        <location filename="../app/gui/job_editor.py" line="235"/>
        <source>Renditions: %1</source>
        <translation>Renditions: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="226"/>
        <source>Thumbnails: %1</source>
        <translation>Vorschaubilder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="228"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat (HLS oder MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="269"/>
        <source>MP4 %1</source>
        <translation>MP4 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="276"/>
        <source>Above the source: not made (no upscaling)</source>
        <translation>Über der Quelle: wird nicht erstellt (keine Hochskalierung)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="281"/>
        <source>%1 kb/s</source>
        <translation>%1 kb/s</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="289"/>
        <source>Estimated output: %1 in total (an estimate: bitrate × duration, plus %2 kb/s of audio per rendition)</source>
        <translation>Geschätzte Ausgabe: %1 insgesamt (eine Schätzung: Bitrate × Dauer, plus %2 kb/s Ton je Rendition)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="293"/>
        <source>Estimated output: shown once the values above can be used</source>
        <translation>Geschätzte Ausgabe: wird angezeigt, sobald die Werte oben verwendbar sind</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="295"/>
        <source>Estimated output: unknown until the source&apos;s duration is known</source>
        <translation>Geschätzte Ausgabe: unbekannt, bis die Dauer der Quelle bekannt ist</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="374"/>
        <source>This spec gives other sizes, formats or filters for each time: edit it as text.</source>
        <translation>Diese Angabe nennt für jeden Zeitpunkt andere Größen, Formate oder Filter: bearbeiten Sie sie als Text.</translation>
    </message>
</context>
<context>
    <name>JobQueueModel</name>
    <message>
        <location filename="../app/gui/models.py" line="238"/>
        <source>%1 fps</source>
        <translation>%1 fps</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="240"/>
        <source>no audio</source>
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="250"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="251"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="252"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="253"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="255"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="256"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="259"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="259"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="260"/>
        <source>completed</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="261"/>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="262"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="262"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="263"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="264"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="265"/>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="266"/>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/languages.py" line="22"/>
        <source>English</source>
        <extracomment>The name of the language you are translating into, written in that language: Deutsch, Español, Français.</extracomment>
        <translation>Deutsch</translation>
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
        <location filename="../app/gui/main_window.py" line="98"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="99"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="101"/>
        <source>&amp;Track remote job…</source>
        <translation>Entfernten Auftrag &amp;verfolgen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="102"/>
        <source>Follow a job on a provider by its identifier</source>
        <translation>Einen Auftrag bei einem Anbieter über seine Kennung verfolgen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="104"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="105"/>
        <source>&amp;Presets…</source>
        <translation>&amp;Voreinstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="106"/>
        <source>Save, rename, delete, import and export encoding presets</source>
        <translation>Kodier-Voreinstellungen speichern, umbenennen, löschen, importieren und exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="108"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="110"/>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="111"/>
        <source>&amp;Start or pause the queue</source>
        <translation>Warteschlange &amp;starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="112"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Die Warteschlange starten oder nach den laufenden Aufträgen anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="113"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="114"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="116"/>
        <source>Retry &amp;failed renditions</source>
        <translation>&amp;Fehlgeschlagene Renditions wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="117"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Nur die fehlgeschlagenen Renditions kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>&amp;Edit settings…</source>
        <translation>Einstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="119"/>
        <source>Change a queued, failed or rejected job&apos;s settings and retry it</source>
        <translation>Die Einstellungen eines wartenden, fehlgeschlagenen oder abgelehnten Auftrags ändern und ihn wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="121"/>
        <source>Re&amp;move from the list</source>
        <translation>Aus der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="122"/>
        <source>Output files are kept</source>
        <translation>Die Ausgabedateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="123"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="124"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="126"/>
        <source>Open &amp;output folder</source>
        <translation>A&amp;usgabeordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="128"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Pfad der &amp;Master-Playlist kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="133"/>
        <source>Download &amp;results</source>
        <translation>Ergebnisse &amp;herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="134"/>
        <source>Fetch a remote job&apos;s outputs into its folder</source>
        <translation>Die Ergebnisse eines entfernten Auftrags in seinen Ordner laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="138"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="140"/>
        <source>&amp;Next frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="141"/>
        <source>P&amp;revious frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="144"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="145"/>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="146"/>
        <source>&amp;About Rendition Studio</source>
        <translation>Ü&amp;ber Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="149"/>
        <source>Open videos</source>
        <translation>Videos öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="150"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="193"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Einstellungen gespeichert; sie gelten für ab jetzt hinzugefügte Videos.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="201"/>
        <source>Only a local job that is not running can be edited.</source>
        <translation>Nur ein lokaler Auftrag, der nicht läuft, kann bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="212"/>
        <source>%1 is running; its settings were not changed.</source>
        <translation>%1 läuft; seine Einstellungen wurden nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="224"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Dieser Auftrag läuft noch; wiederholen Sie seine Renditions, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="233"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 hat noch keinen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="247"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Dieser Auftrag hat noch keine HLS-Master-Playlist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="260"/>
        <source>About Rendition Studio</source>
        <translation>Über Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="261"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plant aus einem Video eine HLS-Leiter und ein MP4, kodiert sie auf diesem Computer mit PyAV und prüft sie im Player.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="279"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: nur lokale Dateien können kodiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="306"/>
        <source>Results can be downloaded once the remote job has finished.</source>
        <translation>Ergebnisse können heruntergeladen werden, sobald der entfernte Auftrag fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="328"/>
        <location filename="../app/gui/main_window.py" line="386"/>
        <source>Decoder: %1</source>
        <translation>Decoder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="329"/>
        <location filename="../app/gui/main_window.py" line="386"/>
        <source>software</source>
        <translation>Software</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="332"/>
        <location filename="../app/gui/main_window.py" line="344"/>
        <location filename="../app/gui/main_window.py" line="348"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="353"/>
        <source>Files downloaded to %1: %n</source>
        <translation>
            <numerusform>%n Datei nach %1 heruntergeladen</numerusform>
            <numerusform>%n Dateien nach %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="379"/>
        <source>Jobs running: %n</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="383"/>
        <source>Jobs in the queue: %n</source>
        <translation>
            <numerusform>%n Auftrag in der Warteschlange</numerusform>
            <numerusform>%n Aufträge in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="354"/>
        <source>Download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="361"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="381"/>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="401"/>
        <source>Quit Rendition Studio</source>
        <translation>Rendition Studio beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="402"/>
        <source>A job is still encoding. Cancel it and quit? Its finished renditions are kept.</source>
        <translation>Ein Auftrag wird noch kodiert. Abbrechen und beenden? Seine fertigen Renditions bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../app/gui/player.py" line="69"/>
        <source>What to play: the source, the HLS master playlist or one rendition</source>
        <translation>Was abgespielt wird: die Quelle, die HLS-Master-Playlist oder eine Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="71"/>
        <location filename="../app/gui/player.py" line="189"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="72"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="75"/>
        <source>Previous frame (,)</source>
        <translation>Vorheriges Bild (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="78"/>
        <source>Next frame (.)</source>
        <translation>Nächstes Bild (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="80"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="83"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="90"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="189"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="213"/>
        <location filename="../app/gui/player.py" line="227"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="216"/>
        <location filename="../app/gui/player.py" line="230"/>
        <source>HLS master (adaptive)</source>
        <translation>HLS-Master (adaptiv)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="234"/>
        <source>%1 (remote)</source>
        <translation>%1 (entfernt)</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="22"/>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="39"/>
        <source>Save current as…</source>
        <translation>Aktuelle speichern als…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="40"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="41"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="42"/>
        <source>Set as default</source>
        <translation>Als Standard setzen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="43"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="44"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="45"/>
        <source>Keep the settings shown in Settings as a preset of your own</source>
        <translation>Die in den Einstellungen gezeigten Werte als eigene Voreinstellung speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="46"/>
        <source>New videos, and `encode` without --preset, use this preset</source>
        <translation>Neue Videos und `encode` ohne --preset verwenden diese Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="77"/>
        <source>Your presets cannot be read: %1</source>
        <translation>Ihre Voreinstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="87"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="89"/>
        <source>%1 — default</source>
        <translation>%1 — Standard</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="115"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="119"/>
        <source>Renamed to %1.</source>
        <translation>Umbenannt in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="123"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="127"/>
        <source>%1 is the default preset now.</source>
        <translation>%1 ist jetzt die Standard-Voreinstellung.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="136"/>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="140"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="163"/>
        <source>Save current as</source>
        <translation>Aktuelle speichern als</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="163"/>
        <source>Preset name:</source>
        <translation>Name der Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="168"/>
        <source>Rename preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="168"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="174"/>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="175"/>
        <source>Delete the preset %1?</source>
        <translation>Die Voreinstellung %1 löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="180"/>
        <source>Import presets</source>
        <translation>Voreinstellungen importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="181"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Voreinstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="186"/>
        <source>Export preset</source>
        <translation>Voreinstellung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="187"/>
        <source>Presets (*.json)</source>
        <translation>Voreinstellungen (*.json)</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../app/gui/providers_page.py" line="20"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="21"/>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="22"/>
        <source>Upload URL:</source>
        <translation>Upload-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="23"/>
        <source>Storage URL:</source>
        <translation>Speicher-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="24"/>
        <source>CDN URL:</source>
        <translation>CDN-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="25"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="26"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="27"/>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="28"/>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="44"/>
        <source>Dropped files</source>
        <translation>Abgelegte Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="47"/>
        <source>Encode here</source>
        <translation>Hier kodieren</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="48"/>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="50"/>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="52"/>
        <source>When files are dropped:</source>
        <translation>Beim Ablegen von Dateien:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="54"/>
        <source>The Uploads API&apos;s collection path, e.g. root/my-folder</source>
        <translation>Sammlungspfad der Uploads-API, z. B. root/mein-ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="55"/>
        <source>Uploads API folder:</source>
        <translation>Ordner der Uploads-API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="58"/>
        <source>the system keyring</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="59"/>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="60"/>
        <source>a file only you can read</source>
        <translation>eine Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="64"/>
        <source>Keep new keys in:</source>
        <translation>Neue Schlüssel ablegen in:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="69"/>
        <source>No keyring is available on this system (%1). Keep keys for this session only, or in a file only you can read (%2).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Schlüssel nur für diese Sitzung behalten oder in einer Datei, die nur Sie lesen können (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="81"/>
        <source>required, e.g. https://example.org/api/client/v1</source>
        <translation>erforderlich, z. B. https://example.org/api/client/v1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="98"/>
        <source>set by %1</source>
        <translation>gesetzt durch %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="99"/>
        <source>kept for this session</source>
        <translation>für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="100"/>
        <source>kept in the keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="101"/>
        <source>kept in the private file</source>
        <translation>in der privaten Datei gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="101"/>
        <source>not set (or set %1)</source>
        <translation>nicht gesetzt (oder %1 setzen)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="100"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Videodateien oder Ordner hierher ziehen oder Datei › Öffnen (Strg+O) verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="106"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="107"/>
        <location filename="../app/gui/panels.py" line="161"/>
        <source>Pause queue</source>
        <translation>Warteschlange anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="108"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="109"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="110"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="113"/>
        <source>Move up in the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="114"/>
        <source>Move down in the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="164"/>
        <source>Start queue</source>
        <translation>Warteschlange starten</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="272"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="273"/>
        <source>Forget the refused files listed here (the log keeps them)</source>
        <translation>Die hier aufgeführten abgelehnten Dateien vergessen (das Protokoll behält sie)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="277"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="277"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="277"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels.py" line="339"/>
        <source>Refused files: %n</source>
        <translation>
            <numerusform>%n abgelehnte Datei</numerusform>
            <numerusform>%n abgelehnte Dateien</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenditionTableModel</name>
    <message>
        <location filename="../app/gui/models.py" line="69"/>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="70"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="71"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="72"/>
        <source>Target bitrate</source>
        <translation>Zielbitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="74"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="75"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="76"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="77"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="79"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="80"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="81"/>
        <source>encoded</source>
        <translation>kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="82"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="110"/>
        <source>thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="156"/>
        <source>not encoded</source>
        <translation>nicht kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="210"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="210"/>
        <location filename="../app/gui/remote_rows.py" line="62"/>
        <source>upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="211"/>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="216"/>
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
        <location filename="../app/gui/settings_dialog.py" line="48"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="174"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Standard: x264 veryfast, Apples Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="175"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Entwurf: am schnellsten, kleinere Leiter, niedrigere Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="176"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Hoch: x264 slow, höhere Bitraten, bis 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="78"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>die Leiter der Voreinstellung (z. B. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="64"/>
        <source>Presets…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="65"/>
        <source>Save these settings as a preset; rename, delete, import or export presets</source>
        <translation>Diese Einstellungen als Voreinstellung speichern; Voreinstellungen umbenennen, löschen, importieren oder exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="74"/>
        <source>The preset&apos;s</source>
        <translation>Die der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="79"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="80"/>
        <source>MP4 at source quality</source>
        <translation>MP4 in Quellqualität</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="88"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="91"/>
        <source>Make thumbnails</source>
        <translation>Vorschaubilder erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="94"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>ZEIT/AUFLÖSUNGEN/FORMATE/FILTER, mehrere durch &apos;;&apos; getrennt.
z. B. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="100"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automatisch (der erste Decoder, der funktioniert)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="100"/>
        <source>Off (software decoding)</source>
        <translation>Aus (Software-Dekodierung)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="103"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="104"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Jeden Hardware-Decoder auf diesem Rechner ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="117"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="120"/>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="137"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="137"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="138"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="139"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="139"/>
        <source>Renditions:</source>
        <translation>Renditions:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="140"/>
        <source>Encoder speed:</source>
        <translation>Encoder-Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="141"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="141"/>
        <source>HLS segment length:</source>
        <translation>HLS-Segmentlänge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="142"/>
        <location filename="../app/gui/settings_dialog.py" line="261"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="143"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="144"/>
        <source>Queue and hardware</source>
        <translation>Warteschlange und Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="145"/>
        <source>Hardware decoding:</source>
        <translation>Hardware-Dekodierung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="146"/>
        <source>Jobs at once:</source>
        <translation>Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="147"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="148"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="152"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="153"/>
        <location filename="../app/gui/settings_dialog.py" line="266"/>
        <source>Cloud providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="259"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat (HLS oder MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="260"/>
        <source>Renditions</source>
        <translation>Renditions</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="262"/>
        <location filename="../app/gui/settings_dialog.py" line="303"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="281"/>
        <location filename="../app/gui/settings_dialog.py" line="295"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="295"/>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="309"/>
        <source>Trying each hardware decoder…</source>
        <translation>Jeder Hardware-Decoder wird ausprobiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="317"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="323"/>
        <source>Working here: %1.</source>
        <translation>Funktioniert hier: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="325"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Angeboten, aber hier nicht funktionsfähig: %1. Dekodiert wird mit dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="328"/>
        <source>No hardware decoder is offered. Decoding uses the processor.</source>
        <translation>Kein Hardware-Decoder angeboten. Dekodiert wird mit dem Prozessor.</translation>
    </message>
</context>
<context>
    <name>TrackDialog</name>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="35"/>
        <source>Track remote job</source>
        <translation>Entfernten Auftrag verfolgen</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="41"/>
        <source>the video or job identifier at the provider</source>
        <translation>die Video- oder Auftragskennung beim Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="42"/>
        <source>Its base URL and key are the ones in Settings › Cloud providers.</source>
        <translation>Basis-URL und Schlüssel stammen aus Einstellungen › Cloud-Anbieter.</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="51"/>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../app/gui/remote_dialogs.py" line="52"/>
        <source>Identifier:</source>
        <translation>Kennung:</translation>
    </message>
</context>
</TS>
