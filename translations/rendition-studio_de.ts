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
        <location filename="../app/gui/panels.py" line="186"/>
        <location filename="../app/gui/panels.py" line="250"/>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="188"/>
        <source>Retry rendition</source>
        <translation>Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="189"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Die ausgewählte fehlgeschlagene Rendition neu kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="209"/>
        <source>Retry this rendition</source>
        <translation>Diese Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="255"/>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
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
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="245"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="246"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="247"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="248"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="249"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="250"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="251"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="255"/>
        <source>completed</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="256"/>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="257"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="257"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="258"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="259"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="260"/>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="261"/>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="355"/>
        <source>Took %1 · %2 written</source>
        <translation>Dauer %1 · %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="358"/>
        <source>%1× realtime</source>
        <translation>%1× Echtzeit</translation>
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
        <location filename="../app/gui/main_window.py" line="102"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="103"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="105"/>
        <source>&amp;Track remote job…</source>
        <translation>Entfernten Auftrag &amp;verfolgen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="106"/>
        <source>Follow a job on a provider by its identifier</source>
        <translation>Einen Auftrag bei einem Anbieter über seine Kennung verfolgen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="108"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="110"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="112"/>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="113"/>
        <source>&amp;Start or pause the queue</source>
        <translation>Warteschlange &amp;starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="114"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Die Warteschlange starten oder nach den laufenden Aufträgen anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="115"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="116"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>Retry &amp;failed renditions</source>
        <translation>&amp;Fehlgeschlagene Renditions wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="119"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Nur die fehlgeschlagenen Renditions kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="120"/>
        <source>Re&amp;move from the list</source>
        <translation>Aus der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="121"/>
        <source>Output files are kept</source>
        <translation>Die Ausgabedateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="122"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="123"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="125"/>
        <source>Open &amp;output folder</source>
        <translation>A&amp;usgabeordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="127"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Pfad der &amp;Master-Playlist kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="132"/>
        <source>Download &amp;results</source>
        <translation>Ergebnisse &amp;herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="133"/>
        <source>Fetch a remote job&apos;s outputs into its folder</source>
        <translation>Die Ergebnisse eines entfernten Auftrags in seinen Ordner laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="137"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="138"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>&amp;Next frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="140"/>
        <source>P&amp;revious frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="141"/>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="143"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="144"/>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="145"/>
        <source>&amp;About Rendition Studio</source>
        <translation>Ü&amp;ber Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="148"/>
        <source>Open videos</source>
        <translation>Videos öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="149"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="179"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Einstellungen gespeichert; sie gelten für ab jetzt hinzugefügte Videos.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="188"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Dieser Auftrag läuft noch; wiederholen Sie seine Renditions, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="197"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 hat noch keinen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="211"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="213"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Dieser Auftrag hat noch keine HLS-Master-Playlist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="224"/>
        <source>About Rendition Studio</source>
        <translation>Über Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="225"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plant aus einem Video eine HLS-Leiter und ein MP4, kodiert sie auf diesem Computer mit PyAV und prüft sie im Player.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="243"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: nur lokale Dateien können kodiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="270"/>
        <source>Results can be downloaded once the remote job has finished.</source>
        <translation>Ergebnisse können heruntergeladen werden, sobald der entfernte Auftrag fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="291"/>
        <location filename="../app/gui/main_window.py" line="348"/>
        <source>Decoder: %1</source>
        <translation>Decoder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="292"/>
        <location filename="../app/gui/main_window.py" line="348"/>
        <source>software</source>
        <translation>Software</translation>
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
            <numerusform>%n Datei nach %1 heruntergeladen</numerusform>
            <numerusform>%n Dateien nach %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="341"/>
        <source>Jobs running: %n</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="345"/>
        <source>Jobs in the queue: %n</source>
        <translation>
            <numerusform>%n Auftrag in der Warteschlange</numerusform>
            <numerusform>%n Aufträge in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="316"/>
        <source>Download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="323"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="343"/>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="363"/>
        <source>Quit Rendition Studio</source>
        <translation>Rendition Studio beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="364"/>
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
        <location filename="../app/gui/panels.py" line="101"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Videodateien oder Ordner hierher ziehen oder Datei › Öffnen (Strg+O) verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="107"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="108"/>
        <location filename="../app/gui/panels.py" line="169"/>
        <source>Pause queue</source>
        <translation>Warteschlange anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="109"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="110"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="111"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="114"/>
        <source>Move up in the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="115"/>
        <source>Move down in the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="166"/>
        <source>Start queue</source>
        <translation>Warteschlange starten</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="277"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="278"/>
        <source>Forget the refused files listed here (the log keeps them)</source>
        <translation>Die hier aufgeführten abgelehnten Dateien vergessen (das Protokoll behält sie)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="282"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="282"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="282"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels.py" line="344"/>
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
        <location filename="../app/gui/models.py" line="77"/>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="78"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="79"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="80"/>
        <source>Target bitrate</source>
        <translation>Zielbitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="82"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="83"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="84"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="85"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="87"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="88"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="89"/>
        <source>encoded</source>
        <translation>kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="90"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="122"/>
        <source>thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="205"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="205"/>
        <location filename="../app/gui/remote_rows.py" line="62"/>
        <source>upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="206"/>
        <source>video</source>
        <translation>Video</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="54"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="62"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Standard: x264 veryfast, Apples Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="63"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Entwurf: am schnellsten, kleinere Leiter, niedrigere Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="64"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Hoch: x264 slow, höhere Bitraten, bis 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="68"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>die Leiter der Voreinstellung (z. B. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="69"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="70"/>
        <source>MP4 at source quality</source>
        <translation>MP4 in Quellqualität</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="78"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="81"/>
        <source>Make thumbnails</source>
        <translation>Vorschaubilder erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="84"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>ZEIT/AUFLÖSUNGEN/FORMATE/FILTER, mehrere durch &apos;;&apos; getrennt.
z. B. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="90"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automatisch (der erste Decoder, der funktioniert)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="90"/>
        <source>Off (software decoding)</source>
        <translation>Aus (Software-Dekodierung)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="93"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="94"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Jeden Hardware-Decoder auf diesem Rechner ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="107"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="110"/>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="127"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="127"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="128"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Renditions:</source>
        <translation>Renditions:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>HLS segment length:</source>
        <translation>HLS-Segmentlänge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="131"/>
        <location filename="../app/gui/settings_dialog.py" line="199"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="132"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="133"/>
        <source>Queue and hardware</source>
        <translation>Warteschlange und Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="134"/>
        <source>Hardware decoding:</source>
        <translation>Hardware-Dekodierung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="135"/>
        <source>Jobs at once:</source>
        <translation>Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="136"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="137"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="141"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="142"/>
        <location filename="../app/gui/settings_dialog.py" line="204"/>
        <source>Cloud providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="197"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat (HLS oder MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="198"/>
        <source>Renditions</source>
        <translation>Renditions</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="200"/>
        <location filename="../app/gui/settings_dialog.py" line="241"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
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
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="247"/>
        <source>Trying each hardware decoder…</source>
        <translation>Jeder Hardware-Decoder wird ausprobiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="255"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="261"/>
        <source>Working here: %1.</source>
        <translation>Funktioniert hier: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="263"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Angeboten, aber hier nicht funktionsfähig: %1. Dekodiert wird mit dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="266"/>
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
