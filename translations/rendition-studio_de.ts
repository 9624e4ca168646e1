<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CompareView</name>
    <message>
        <location filename="../app/gui/compare.py" line="200"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <location filename="../app/gui/compare.py" line="281"/>
        <source>Compare: %1</source>
        <translation>Vergleichen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="283"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="302"/>
        <source>Side by side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="303"/>
        <source>Wipe</source>
        <translation>Wischblende</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="306"/>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="308"/>
        <source>Zoomed in, drag the picture to move both sides together</source>
        <translation>Vergrößert: das Bild ziehen, um beide Seiten gemeinsam zu verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="311"/>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="313"/>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="316"/>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="318"/>
        <source>Zoom:</source>
        <translation>Zoom:</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="329"/>
        <source>The one-second windows where the rendition scored lowest; a click shows both sides there</source>
        <translation>Die Sekunden, in denen die Rendition am schlechtesten abschnitt; ein Klick zeigt beide Seiten dort</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="453"/>
        <source>Worst moments of %1</source>
        <translation>Schlechteste Stellen von %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="454"/>
        <source>Worst moments</source>
        <translation>Schlechteste Stellen</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="340"/>
        <source>Previous frame (,)</source>
        <translation>Vorheriges Bild (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="343"/>
        <source>Next frame (.)</source>
        <translation>Nächstes Bild (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="351"/>
        <location filename="../app/gui/compare.py" line="493"/>
        <source>frame %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="462"/>
        <source>identical</source>
        <translation>identisch</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="469"/>
        <source>Not measured</source>
        <translation>Nicht gemessen</translation>
    </message>
    <message>
        <location filename="../app/gui/compare.py" line="469"/>
        <source>Pick a rendition</source>
        <translation>Eine Rendition wählen</translation>
    </message>
</context>
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
        <location filename="../app/gui/panels.py" line="211"/>
        <location filename="../app/gui/panels.py" line="369"/>
        <source>No job selected</source>
        <translation>Kein Auftrag ausgewählt</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="213"/>
        <source>Retry rendition</source>
        <translation>Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="214"/>
        <source>Encode the selected failed rendition again, keeping the others</source>
        <translation>Die ausgewählte fehlgeschlagene Rendition neu kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="243"/>
        <source>Retry this rendition</source>
        <translation>Diese Rendition wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="246"/>
        <source>Measure quality</source>
        <translation>Qualität messen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="247"/>
        <source>Score each rendition against the source (SSIM, PSNR) on evenly spread samples</source>
        <translation>Jede Rendition mit der Quelle vergleichen (SSIM, PSNR), an gleichmäßig verteilten Stichproben</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="250"/>
        <source>Measure quality (every frame)</source>
        <translation>Qualität messen (jedes Bild)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="264"/>
        <source>Renditions</source>
        <translation>Renditions</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="265"/>
        <source>Quality chart</source>
        <translation>Qualitätsdiagramm</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="374"/>
        <source>Output folder: %1</source>
        <translation>Ausgabeordner: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="253"/>
        <source>Compare with source…</source>
        <translation>Mit der Quelle vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="240"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
</context>
<context>
    <name>HardwarePage</name>
    <message>
        <location filename="../app/gui/hardware_page.py" line="43"/>
        <source>Decoder or encoder</source>
        <translation>Decoder oder Encoder</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="43"/>
        <source>Works here</source>
        <translation>Funktioniert hier</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="43"/>
        <source>Why not</source>
        <translation>Warum nicht</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="45"/>
        <location filename="../app/gui/hardware_page.py" line="90"/>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="47"/>
        <source>Try every hardware decoder and encoder on this machine again</source>
        <translation>Jeden Hardware-Decoder und -Encoder auf diesem Rechner erneut ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="63"/>
        <source>Trying each hardware decoder and encoder…</source>
        <translation>Jeder Hardware-Decoder und -Encoder wird ausprobiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="87"/>
        <source>Not checked yet on this machine.</source>
        <translation>Auf diesem Rechner noch nicht geprüft.</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="88"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="91"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="91"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="92"/>
        <source>Decoders</source>
        <translation>Decoder</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="96"/>
        <source>Encoders</source>
        <translation>Encoder</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="105"/>
        <source>The check did not finish: %1</source>
        <translation>Die Prüfung wurde nicht beendet: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="107"/>
        <source>Automatic encoding uses %1.</source>
        <translation>Automatische Kodierung verwendet %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="109"/>
        <source>No hardware encoder works here: encoding uses the processor (libx264).</source>
        <translation>Kein Hardware-Encoder funktioniert hier: kodiert wird mit dem Prozessor (libx264).</translation>
    </message>
    <message>
        <location filename="../app/gui/hardware_page.py" line="112"/>
        <source>Checked %1.</source>
        <translation>Geprüft %1.</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../app/gui/history.py" line="40"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="42"/>
        <source>Made in</source>
        <translation>Erstellt in</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="43"/>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="44"/>
        <source>Renditions</source>
        <translation>Renditionen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="45"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="47"/>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="48"/>
        <source>window</source>
        <translation>Fenster</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../app/gui/history.py" line="170"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="171"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="172"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="173"/>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="174"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="182"/>
        <source>Search by name or source</source>
        <translation>Nach Name oder Quelle suchen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="189"/>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="191"/>
        <source>Clear history…</source>
        <translation>Verlauf leeren…</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="192"/>
        <source>Remove the records from the history; output files are kept</source>
        <translation>Die Einträge aus dem Verlauf entfernen; die Ausgabedateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="238"/>
        <source>%1 has no output folder.</source>
        <translation>%1 hat keinen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="241"/>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/history.py" line="251"/>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/history.py" line="252"/>
        <source>Jobs to remove from the history: %n. Their output files are kept.</source>
        <translation>
            <numerusform>Aus dem Verlauf zu entfernende Aufträge: %n. Ihre Ausgabedateien bleiben erhalten.</numerusform>
            <numerusform>Aus dem Verlauf zu entfernende Aufträge: %n. Ihre Ausgabedateien bleiben erhalten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobEditor</name>
    <message>
        <location filename="../app/gui/job_editor.py" line="51"/>
        <source>Edit settings: %1</source>
        <translation>Einstellungen bearbeiten: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="70"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>die Leiter der Voreinstellung (z. B. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="73"/>
        <source>Bitrate</source>
        <translation>Bitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="74"/>
        <source>Estimated size</source>
        <translation>Geschätzte Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="82"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="84"/>
        <source>MP4 at source quality</source>
        <translation>MP4 in Quellqualität</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="91"/>
        <location filename="../app/gui/job_editor.py" line="129"/>
        <source>The preset&apos;s</source>
        <translation>Die der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="98"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="104"/>
        <source>auto: every text track and .srt/.vtt file beside the source</source>
        <translation>auto: jede Textspur und jede .srt/.vtt-Datei neben der Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="105"/>
        <source>auto, none, or the languages to keep (e.g. de,en)</source>
        <translation>auto, none oder die zu behaltenden Sprachen (z. B. de,en)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="123"/>
        <source>Stereo (a 5.1 track also as AC-3 5.1)</source>
        <translation>Stereo (eine 5.1-Spur auch als AC-3 5.1)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="123"/>
        <source>Mono</source>
        <translation>Mono</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="124"/>
        <source>As the source (5.1 stays 5.1)</source>
        <translation>Wie die Quelle (5.1 bleibt 5.1)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="135"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="136"/>
        <source>-14 LUFS (music streaming)</source>
        <translation>-14 LUFS (Musik-Streaming)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="136"/>
        <source>-16 LUFS (podcasts, web)</source>
        <translation>-16 LUFS (Podcasts, Web)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="137"/>
        <source>-23 LUFS (EBU R128 broadcast)</source>
        <translation>-23 LUFS (EBU R128, Rundfunk)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="140"/>
        <source>%1 LUFS</source>
        <translation>%1 LUFS</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="145"/>
        <source>Make thumbnails</source>
        <translation>Vorschaubilder erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="149"/>
        <source>e.g. 00:00:03, 50%</source>
        <translation>z. B. 00:00:03, 50%</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="150"/>
        <source>HH:MM:SS, seconds or a share of the duration; several separated by commas</source>
        <translation>HH:MM:SS, Sekunden oder ein Anteil der Dauer; mehrere durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="154"/>
        <source>e.g. 360, 720, source</source>
        <translation>z. B. 360, 720, source</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="155"/>
        <source>The short side in lines, or source; several separated by commas</source>
        <translation>Die kurze Seite in Zeilen, oder source; mehrere durch Kommas getrennt</translation>
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
        <translation>Scharf</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="159"/>
        <source>Blurred</source>
        <translation>Weichgezeichnet</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="167"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>ZEIT/AUFLÖSUNGEN/FORMATE/FILTER, mehrere durch &apos;;&apos; getrennt.
z. B. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="179"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="179"/>
        <source>Save and retry</source>
        <translation>Speichern und wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="183"/>
        <source>Ladder</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="185"/>
        <source>Source:</source>
        <translation>Quelle:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="186"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="187"/>
        <source>Renditions:</source>
        <translation>Renditions:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="190"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="191"/>
        <source>Encoder speed:</source>
        <translation>Encoder-Geschwindigkeit:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="192"/>
        <source>HLS segment length:</source>
        <translation>HLS-Segmentlänge:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="193"/>
        <source>Subtitles:</source>
        <translation>Untertitel:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="196"/>
        <source>Audio</source>
        <translation>Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="198"/>
        <source>Tracks:</source>
        <translation>Spuren:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="200"/>
        <source>Channels:</source>
        <translation>Kanäle:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="201"/>
        <source>Bit rate:</source>
        <translation>Bitrate:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="202"/>
        <source>Loudness:</source>
        <translation>Lautheit:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="203"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="206"/>
        <source>Times:</source>
        <translation>Zeitpunkte:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="207"/>
        <source>Sizes:</source>
        <translation>Größen:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="208"/>
        <source>Kinds:</source>
        <translation>Arten:</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="209"/>
        <source>Spec (advanced):</source>
        <translation>Angabe (erweitert):</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="243"/>
        <source>not read yet: sizes and estimates are unknown until the job has run once</source>
        <translation>noch nicht gelesen: Größen und Schätzungen sind unbekannt, bis der Auftrag einmal gelaufen ist</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="248"/>
        <source>no audio</source>
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="254"/>
        <source>Last run: %1</source>
        <translation>Letzter Lauf: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="258"/>
        <source>Beside the source: %1</source>
        <translation>Neben der Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="259"/>
        <source>No subtitle file beside the source; text tracks inside it are found when it runs.</source>
        <translation>Keine Untertiteldatei neben der Quelle; Textspuren darin werden beim Lauf gefunden.</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="267"/>
        <source>#%1 %2 (%3): %4, %5</source>
        <translation>#%1 %2 (%3): %4, %5</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="277"/>
        <source>The audio tracks are listed once the source has been read (%1).</source>
        <translation>Die Tonspuren werden aufgeführt, sobald die Quelle gelesen wurde (%1).</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="280"/>
        <source>The first ticked track is in every rendition; the others are audio renditions of their own and extra MP4 tracks.</source>
        <translation>Die erste angehakte Spur ist in jeder Rendition; die anderen werden eigene Audio-Renditions und weitere MP4-Spuren.</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="341"/>
        <source>choose at least one output format (HLS or MP4)</source>
        <translation>wählen Sie mindestens ein Ausgabeformat (HLS oder MP4)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="370"/>
        <location filename="../app/gui/job_editor.py" line="389"/>
        <source>Renditions: %1</source>
        <translation>Renditions: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="375"/>
        <source>Thumbnails: %1</source>
        <translation>Vorschaubilder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="377"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat (HLS oder MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="382"/>
        <source>Subtitles: %1</source>
        <translation>Untertitel: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="423"/>
        <source>MP4 %1</source>
        <translation>MP4 %1</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="430"/>
        <source>Above the source: not made (no upscaling)</source>
        <translation>Über der Quelle: wird nicht erstellt (keine Hochskalierung)</translation>
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
        <translation>Geschätzte Ausgabe: %1 insgesamt (eine Schätzung: Bitrate × Dauer, plus %2 kb/s Ton je Rendition)</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="447"/>
        <source>Estimated output: shown once the values above can be used</source>
        <translation>Geschätzte Ausgabe: wird angezeigt, sobald die Werte oben verwendbar sind</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="449"/>
        <source>Estimated output: unknown until the source&apos;s duration is known</source>
        <translation>Geschätzte Ausgabe: unbekannt, bis die Dauer der Quelle bekannt ist</translation>
    </message>
    <message>
        <location filename="../app/gui/job_editor.py" line="522"/>
        <source>This spec gives other sizes, formats or filters for each time: edit it as text.</source>
        <translation>Diese Angabe nennt für jeden Zeitpunkt andere Größen, Formate oder Filter: bearbeiten Sie sie als Text.</translation>
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
        <translation>kein Ton</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="415"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="416"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="417"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="418"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="419"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="420"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="421"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="424"/>
        <source>queued</source>
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="425"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="426"/>
        <source>completed</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="427"/>
        <source>partly failed</source>
        <translation>teilweise fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="428"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="429"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="430"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="431"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="432"/>
        <source>uploading</source>
        <translation>wird hochgeladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="433"/>
        <source>processing</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="529"/>
        <source>Took %1 · %2 written</source>
        <translation>Dauer %1 · %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="532"/>
        <source>%1× realtime</source>
        <translation>%1× Echtzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="573"/>
        <source>analysing %1 %</source>
        <translation>analysiere %1 %</translation>
    </message>
</context>
<context>
    <name>JobsController</name>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="353"/>
        <source>Only a local job&apos;s renditions can be measured.</source>
        <translation>Nur die Renditions eines lokalen Auftrags können gemessen werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="355"/>
        <source>%1 is encoding; measure its quality when it has finished.</source>
        <translation>%1 wird kodiert; messen Sie die Qualität, wenn der Auftrag fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="357"/>
        <source>The quality of %1 is being measured.</source>
        <translation>Die Qualität von %1 wird gerade gemessen.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="359"/>
        <source>%1 has no encoded renditions to measure.</source>
        <translation>%1 hat keine kodierten Renditions zum Messen.</translation>
    </message>
    <message>
        <location filename="../app/gui/jobs_controller.py" line="388"/>
        <source>Quality measurement cancelled.</source>
        <translation>Qualitätsmessung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../app/gui/languages.py" line="23"/>
        <source>English</source>
        <extracomment>The name of the language you are translating into, written in that language: Deutsch, Español, Français.</extracomment>
        <translation>Deutsch</translation>
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
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="116"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="117"/>
        <source>Move finished to History</source>
        <translation>Fertige in den Verlauf verschieben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="118"/>
        <source>Take the completed and cancelled jobs out of the queue</source>
        <translation>Abgeschlossene und abgebrochene Aufträge aus der Warteschlange nehmen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="138"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="139"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="141"/>
        <source>&amp;Track remote job…</source>
        <translation>Entfernten Auftrag &amp;verfolgen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="142"/>
        <source>Follow a job on a provider by its identifier</source>
        <translation>Einen Auftrag bei einem Anbieter über seine Kennung verfolgen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="144"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="148"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="150"/>
        <source>&amp;Job</source>
        <translation>&amp;Auftrag</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="151"/>
        <source>&amp;Start or pause the queue</source>
        <translation>Warteschlange &amp;starten oder anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="153"/>
        <source>Start the queue, or pause it after the jobs now running</source>
        <translation>Die Warteschlange starten oder nach den laufenden Aufträgen anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="154"/>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="155"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="157"/>
        <source>Retry &amp;failed renditions</source>
        <translation>&amp;Fehlgeschlagene Renditions wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="158"/>
        <source>Encode only the renditions that failed, keeping the others</source>
        <translation>Nur die fehlgeschlagenen Renditions kodieren, die anderen bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="162"/>
        <source>Re&amp;move from the list</source>
        <translation>Aus der Liste ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="163"/>
        <source>Output files are kept</source>
        <translation>Die Ausgabedateien bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="164"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="165"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="167"/>
        <source>Open &amp;output folder</source>
        <translation>A&amp;usgabeordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="169"/>
        <source>Copy &amp;master playlist path</source>
        <translation>Pfad der &amp;Master-Playlist kopieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="172"/>
        <source>Measure &amp;quality</source>
        <translation>&amp;Qualität messen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="174"/>
        <source>Score each rendition against the source (SSIM, PSNR) on evenly spread samples; Cancel stops it</source>
        <translation>Jede Rendition mit der Quelle vergleichen (SSIM, PSNR), an gleichmäßig verteilten Stichproben; Abbrechen hält es an</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="176"/>
        <source>Measure quality (every &amp;frame)</source>
        <translation>Qualität messen (jedes &amp;Bild)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="178"/>
        <source>Score every frame of each rendition against the source</source>
        <translation>Jedes Bild jeder Rendition mit der Quelle vergleichen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="186"/>
        <source>Download &amp;results</source>
        <translation>Ergebnisse &amp;herunterladen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="187"/>
        <source>Fetch a remote job&apos;s outputs into its folder</source>
        <translation>Die Ergebnisse eines entfernten Auftrags in seinen Ordner laden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="191"/>
        <source>&amp;Playback</source>
        <translation>&amp;Wiedergabe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="192"/>
        <source>&amp;Play/Pause</source>
        <translation>&amp;Abspielen/Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="193"/>
        <source>&amp;Next frame</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="194"/>
        <source>P&amp;revious frame</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="195"/>
        <source>&amp;Loop</source>
        <translation>&amp;Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="196"/>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="197"/>
        <source>The video alone on the screen; Esc leaves</source>
        <translation>Nur das Video auf dem Bildschirm; Esc beendet</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="199"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="200"/>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="201"/>
        <source>&amp;About Rendition Studio</source>
        <translation>Ü&amp;ber Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="204"/>
        <source>Open videos</source>
        <translation>Videos öffnen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="205"/>
        <source>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;All files (*)</source>
        <translation>Videos (*.mp4 *.m4v *.mov *.mkv *.webm *.avi *.ts *.mts *.mpg *.flv *.wmv *.mxf *.3gp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="249"/>
        <source>Settings saved; they apply to videos added from now on.</source>
        <translation>Einstellungen gespeichert; sie gelten für ab jetzt hinzugefügte Videos.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="278"/>
        <source>Measuring the quality of %1…</source>
        <translation>Die Qualität von %1 wird gemessen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="304"/>
        <source>This job is still running; retry its renditions when it has finished.</source>
        <translation>Dieser Auftrag läuft noch; wiederholen Sie seine Renditions, wenn er fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="312"/>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="314"/>
        <source>%1 has no output folder yet.</source>
        <translation>%1 hat noch keinen Ausgabeordner.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="328"/>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="330"/>
        <source>This job has no HLS master playlist yet.</source>
        <translation>Dieser Auftrag hat noch keine HLS-Master-Playlist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="341"/>
        <source>About Rendition Studio</source>
        <translation>Über Rendition Studio</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="342"/>
        <source>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plans an HLS ladder and an MP4 from a video, encodes them on this computer with PyAV, and checks them in the player.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Rendition Studio %1&lt;/b&gt;&lt;p&gt;Plant aus einem Video eine HLS-Leiter und ein MP4, kodiert sie auf diesem Computer mit PyAV und prüft sie im Player.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="390"/>
        <source>%1: only local files can be encoded</source>
        <translation>%1: nur lokale Dateien können kodiert werden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="420"/>
        <source>Results can be downloaded once the remote job has finished.</source>
        <translation>Ergebnisse können heruntergeladen werden, sobald der entfernte Auftrag fertig ist.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="445"/>
        <location filename="../app/gui/main_window.py" line="565"/>
        <source>Decoder: %1</source>
        <translation>Decoder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="446"/>
        <location filename="../app/gui/main_window.py" line="565"/>
        <source>software</source>
        <translation>Software</translation>
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
            <numerusform>Abgeschlossen: %n</numerusform>
            <numerusform>Abgeschlossen: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="485"/>
        <source>Not completed: %n</source>
        <translation>
            <numerusform>Nicht abgeschlossen: %n</numerusform>
            <numerusform>Nicht abgeschlossen: %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="486"/>
        <source>The queue has finished</source>
        <translation>Die Warteschlange ist fertig</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="521"/>
        <source>Files downloaded to %1: %n</source>
        <translation>
            <numerusform>%n Datei nach %1 heruntergeladen</numerusform>
            <numerusform>%n Dateien nach %1 heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="558"/>
        <source>Jobs running: %n</source>
        <translation>
            <numerusform>%n Auftrag läuft</numerusform>
            <numerusform>%n Aufträge laufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.py" line="562"/>
        <source>Jobs in the queue: %n</source>
        <translation>
            <numerusform>%n Auftrag in der Warteschlange</numerusform>
            <numerusform>%n Aufträge in der Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="522"/>
        <source>Download failed: %1</source>
        <translation>Herunterladen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="529"/>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="560"/>
        <source>Reading files…</source>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="580"/>
        <source>Quit Rendition Studio</source>
        <translation>Rendition Studio beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="581"/>
        <source>A job is still encoding. Cancel it and quit? Its finished renditions are kept.</source>
        <translation>Ein Auftrag wird noch kodiert. Abbrechen und beenden? Seine fertigen Renditions bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="145"/>
        <source>&amp;Presets…</source>
        <translation>&amp;Voreinstellungen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="146"/>
        <source>Save, rename, delete, import and export encoding presets</source>
        <translation>Kodier-Voreinstellungen speichern, umbenennen, löschen, importieren und exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="159"/>
        <source>&amp;Edit settings…</source>
        <translation>Einstellungen &amp;bearbeiten…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="160"/>
        <source>Change a queued, failed or rejected job&apos;s settings and retry it</source>
        <translation>Die Einstellungen eines wartenden, fehlgeschlagenen oder abgelehnten Auftrags ändern und ihn wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="258"/>
        <source>Only a local job that is not running can be edited.</source>
        <translation>Nur ein lokaler Auftrag, der nicht läuft, kann bearbeitet werden.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="269"/>
        <source>%1 is running; its settings were not changed.</source>
        <translation>%1 läuft; seine Einstellungen wurden nicht geändert.</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="179"/>
        <source>C&amp;ompare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="180"/>
        <source>The source and a rendition side by side, frame by frame</source>
        <translation>Die Quelle und eine Rendition nebeneinander, Bild für Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.py" line="350"/>
        <source>Compare needs a job whose output folder exists.</source>
        <translation>Zum Vergleichen braucht der Auftrag einen vorhandenen Ausgabeordner.</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <location filename="../app/gui/player.py" line="213"/>
        <source>What to play: the source, the HLS master playlist or one rendition</source>
        <translation>Was abgespielt wird: die Quelle, die HLS-Master-Playlist oder eine Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="219"/>
        <source>The variant of the master playlist to play; Auto chooses by the player&apos;s size and the measured download speed</source>
        <translation>Die Variante der Master-Playlist, die abgespielt wird; Automatisch wählt nach der Größe des Players und der gemessenen Download-Geschwindigkeit</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="243"/>
        <location filename="../app/gui/player.py" line="605"/>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="244"/>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder anhalten (Leertaste)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="247"/>
        <source>Previous frame (,)</source>
        <translation>Vorheriges Bild (,)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="250"/>
        <source>Next frame (.)</source>
        <translation>Nächstes Bild (.)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="254"/>
        <source>Full screen (F; Esc leaves)</source>
        <translation>Vollbild (F; Esc beendet)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="256"/>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="259"/>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="266"/>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="463"/>
        <location filename="../app/gui/player.py" line="491"/>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="519"/>
        <source>Auto (%1)</source>
        <translation>Automatisch (%1)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="605"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="657"/>
        <location filename="../app/gui/player.py" line="676"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="660"/>
        <location filename="../app/gui/player.py" line="679"/>
        <source>HLS master (adaptive)</source>
        <translation>HLS-Master (adaptiv)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="683"/>
        <source>%1 (remote)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <location filename="../app/gui/player.py" line="667"/>
        <source>%1 (encoding)</source>
        <translation>%1 (wird kodiert)</translation>
    </message>
</context>
<context>
    <name>PresetsDialog</name>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="23"/>
        <source>Presets</source>
        <translation>Voreinstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="36"/>
        <source>Save current as…</source>
        <translation>Aktuelle speichern als…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="37"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="38"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="39"/>
        <source>Set as default</source>
        <translation>Als Standard setzen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="40"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="41"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="42"/>
        <source>Keep the settings shown in Settings as a preset of your own</source>
        <translation>Die in den Einstellungen gezeigten Werte als eigene Voreinstellung speichern</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="43"/>
        <source>New videos, and `encode` without --preset, use this preset</source>
        <translation>Neue Videos und `encode` ohne --preset verwenden diese Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="74"/>
        <source>Your presets cannot be read: %1</source>
        <translation>Ihre Voreinstellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="84"/>
        <source>%1 (built-in)</source>
        <translation>%1 (eingebaut)</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="86"/>
        <source>%1 — default</source>
        <translation>%1 — Standard</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="112"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="116"/>
        <source>Renamed to %1.</source>
        <translation>Umbenannt in %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="120"/>
        <source>Deleted %1.</source>
        <translation>%1 gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="124"/>
        <source>%1 is the default preset now.</source>
        <translation>%1 ist jetzt die Standard-Voreinstellung.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="133"/>
        <source>Imported: %1.</source>
        <translation>Importiert: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="137"/>
        <source>Exported to %1.</source>
        <translation>Exportiert nach %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="160"/>
        <source>Save current as</source>
        <translation>Aktuelle speichern als</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="160"/>
        <source>Preset name:</source>
        <translation>Name der Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="165"/>
        <source>Rename preset</source>
        <translation>Voreinstellung umbenennen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="165"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="171"/>
        <source>Delete preset</source>
        <translation>Voreinstellung löschen</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="172"/>
        <source>Delete the preset %1?</source>
        <translation>Die Voreinstellung %1 löschen?</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="177"/>
        <source>Import presets</source>
        <translation>Voreinstellungen importieren</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="178"/>
        <source>Presets (*.json);;All files (*)</source>
        <translation>Voreinstellungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="183"/>
        <source>Export preset</source>
        <translation>Voreinstellung exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/presets_dialog.py" line="184"/>
        <source>Presets (*.json)</source>
        <translation>Voreinstellungen (*.json)</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <location filename="../app/gui/providers_page.py" line="21"/>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="22"/>
        <source>API URL:</source>
        <translation>API-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="23"/>
        <source>Upload URL:</source>
        <translation>Upload-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="24"/>
        <source>Storage URL:</source>
        <translation>Speicher-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="25"/>
        <source>CDN URL:</source>
        <translation>CDN-URL:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="26"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="27"/>
        <source>Public key:</source>
        <translation>Öffentlicher Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="28"/>
        <source>Secret key:</source>
        <translation>Geheimer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="29"/>
        <source>Secret:</source>
        <translation>Geheimnis:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="45"/>
        <source>Dropped files</source>
        <translation>Abgelegte Dateien</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="48"/>
        <source>Encode here</source>
        <translation>Hier kodieren</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="49"/>
        <source>Ask each time</source>
        <translation>Jedes Mal fragen</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="51"/>
        <source>Send to %1</source>
        <translation>An %1 senden</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="53"/>
        <source>When files are dropped:</source>
        <translation>Beim Ablegen von Dateien:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="55"/>
        <source>The Uploads API&apos;s collection path, e.g. root/my-folder</source>
        <translation>Sammlungspfad der Uploads-API, z. B. root/mein-ordner</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="56"/>
        <source>Uploads API folder:</source>
        <translation>Ordner der Uploads-API:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="59"/>
        <source>the system keyring</source>
        <translation>der Schlüsselbund des Systems</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="60"/>
        <source>this session only</source>
        <translation>nur diese Sitzung</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="61"/>
        <source>a file only you can read</source>
        <translation>eine Datei, die nur Sie lesen können</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="67"/>
        <source>Keep new keys in:</source>
        <translation>Neue Schlüssel ablegen in:</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="72"/>
        <source>No keyring is available on this system (%1). Keep keys for this session only, or in a file only you can read (%2).</source>
        <translation>Auf diesem System ist kein Schlüsselbund verfügbar (%1). Schlüssel nur für diese Sitzung behalten oder in einer Datei, die nur Sie lesen können (%2).</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="84"/>
        <source>required, e.g. https://example.org/api/client/v1</source>
        <translation>erforderlich, z. B. https://example.org/api/client/v1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="101"/>
        <source>set by %1</source>
        <translation>gesetzt durch %1</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="102"/>
        <source>kept for this session</source>
        <translation>für diese Sitzung gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="103"/>
        <source>kept in the keyring</source>
        <translation>im Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="104"/>
        <source>kept in the private file</source>
        <translation>in der privaten Datei gespeichert</translation>
    </message>
    <message>
        <location filename="../app/gui/providers_page.py" line="105"/>
        <source>not set (or set %1)</source>
        <translation>nicht gesetzt (oder %1 setzen)</translation>
    </message>
</context>
<context>
    <name>QualityChart</name>
    <message>
        <location filename="../app/gui/quality_chart.py" line="114"/>
        <source>The score the charts show</source>
        <translation>Der Wert, den die Diagramme zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="117"/>
        <source>The rendition whose score per frame is plotted; click the plot to seek</source>
        <translation>Die Rendition, deren Wert pro Bild gezeichnet wird; ein Klick in das Diagramm springt dorthin</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="119"/>
        <source>No quality measured yet: Job › Measure quality.</source>
        <translation>Noch keine Qualität gemessen: Auftrag › Qualität messen.</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="122"/>
        <source>Score:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="125"/>
        <source>Per frame:</source>
        <translation>Pro Bild:</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="130"/>
        <source>Quality against bitrate</source>
        <translation>Qualität nach Bitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="135"/>
        <location filename="../app/gui/quality_chart.py" line="463"/>
        <source>Per frame</source>
        <translation>Pro Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="141"/>
        <source>Click to show the rendition at that moment</source>
        <translation>Klicken, um die Rendition an dieser Stelle zu zeigen</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="295"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
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
        <translation>Bitrate (kb/s)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="342"/>
        <source>Per-title analysis: the encodes tried, their hull and the rungs chosen (%1 dB)</source>
        <translation>Per-Title-Analyse: die Probe-Encodes, ihre Hülle und die gewählten Stufen (%1 dB)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="352"/>
        <source>%1p (MP4 only)</source>
        <translation>%1p (nur MP4)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="361"/>
        <source>hull</source>
        <translation>Hülle</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="366"/>
        <source>chosen rungs (predicted)</source>
        <translation>gewählte Stufen (vorhergesagt)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="378"/>
        <source>rungs as encoded (measured)</source>
        <translation>Stufen wie kodiert (gemessen)</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="428"/>
        <source>%1 %2: %3 %4 at %5 kb/s</source>
        <translation>%1 %2: %3 %4 bei %5 kb/s</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="462"/>
        <source>Per frame: %1</source>
        <translation>Pro Bild: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/quality_chart.py" line="466"/>
        <source>time (s)</source>
        <translation>Zeit (s)</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="103"/>
        <source>Drop video files or folders here, or use File › Open (Ctrl+O).</source>
        <translation>Videodateien oder Ordner hierher ziehen oder Datei › Öffnen (Strg+O) verwenden.</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="109"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="110"/>
        <location filename="../app/gui/panels.py" line="188"/>
        <source>Pause queue</source>
        <translation>Warteschlange anhalten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="111"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="112"/>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="113"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="116"/>
        <source>Move up in the queue</source>
        <translation>In der Warteschlange nach oben</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="117"/>
        <source>Move down in the queue</source>
        <translation>In der Warteschlange nach unten</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="185"/>
        <source>Start queue</source>
        <translation>Warteschlange starten</translation>
    </message>
</context>
<context>
    <name>RefusedPanel</name>
    <message>
        <location filename="../app/gui/panels.py" line="422"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="423"/>
        <source>Forget the refused files listed here (the log keeps them)</source>
        <translation>Die hier aufgeführten abgelehnten Dateien vergessen (das Protokoll behält sie)</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="427"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="427"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../app/gui/panels.py" line="427"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/panels.py" line="489"/>
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
        <location filename="../app/gui/models.py" line="113"/>
        <source>Rendition</source>
        <translation>Rendition</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="114"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="115"/>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="116"/>
        <source>Target bitrate</source>
        <translation>Zielbitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="118"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="119"/>
        <source>Speed</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="120"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="121"/>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>wartet</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="127"/>
        <location filename="../app/gui/panels.py" line="224"/>
        <source>encoding</source>
        <translation>wird kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="128"/>
        <source>encoded</source>
        <translation>kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="129"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="162"/>
        <source>thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="215"/>
        <location filename="../app/gui/panels.py" line="231"/>
        <source>measuring…</source>
        <translation>wird gemessen…</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="217"/>
        <source>not measured: %1</source>
        <translation>nicht gemessen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="221"/>
        <source>The quality of this rendition is being measured</source>
        <translation>Die Qualität dieser Rendition wird gerade gemessen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="223"/>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="239"/>
        <source>%1: mean %2 · 5th percentile %3 · minimum %4</source>
        <translation>%1: Mittel %2 · 5. Perzentil %3 · Minimum %4</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="245"/>
        <source>Predicted by the per-title analysis: %1 at %2 kb/s</source>
        <translation>Von der Per-Title-Analyse vorhergesagt: %1 bei %2 kb/s</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="249"/>
        <source>Worst moments: %1</source>
        <translation>Schlechteste Stellen: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="253"/>
        <source>measured bitrate %n kb/s</source>
        <translation>
            <numerusform>gemessene Bitrate %n kb/s</numerusform>
            <numerusform>gemessene Bitrate %n kb/s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>sampled</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="254"/>
        <source>every frame</source>
        <translation>jedes Bild</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/models.py" line="258"/>
        <source>%n frames</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="268"/>
        <source>%1: good ≥ %2 · fair %3–%2 · weak &lt; %3</source>
        <translation>%1: gut ≥ %2 · mittel %3–%2 · schwach &lt; %3</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="317"/>
        <source>Mean SSIM against the source (1 = identical)</source>
        <translation>Mittlerer SSIM gegenüber der Quelle (1 = identisch)</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="318"/>
        <source>Mean PSNR against the source (higher is closer)</source>
        <translation>Mittlerer PSNR gegenüber der Quelle (höher ist näher)</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="319"/>
        <source>Mean XPSNR of the luma against the source (higher is closer)</source>
        <translation>Mittlerer XPSNR der Luminanz gegenüber der Quelle (höher ist näher)</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="343"/>
        <source>not encoded</source>
        <translation>nicht kodiert</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="349"/>
        <source>Encoder: %1</source>
        <translation>Encoder: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="362"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="362"/>
        <location filename="../app/gui/remote_rows.py" line="62"/>
        <source>upload</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../app/gui/models.py" line="363"/>
        <source>video</source>
        <translation>Video</translation>
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
        <translation>Bisher abspielbar: %1 (Doppelklick spielt ab)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="75"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="82"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="234"/>
        <source>Default: x264 veryfast, Apple&apos;s bitrates</source>
        <translation>Standard: x264 veryfast, Apples Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="235"/>
        <source>Draft: fastest, smaller ladder, lower bitrates</source>
        <translation>Entwurf: am schnellsten, kleinere Leiter, niedrigere Bitraten</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="236"/>
        <source>High: x264 slow, higher bitrates, up to 2160p</source>
        <translation>Hoch: x264 slow, höhere Bitraten, bis 2160p</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="105"/>
        <source>the preset&apos;s ladder (e.g. 360p,720p:2500k,1080p:5M)</source>
        <translation>die Leiter der Voreinstellung (z. B. 360p,720p:2500k,1080p:5M)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="106"/>
        <source>HLS ladder</source>
        <translation>HLS-Leiter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="107"/>
        <source>MP4 at source quality</source>
        <translation>MP4 in Quellqualität</translation>
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
        <translation>Eine HEVC-Leiter in fMP4-Segmenten neben den anderen (x265: langsam)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="120"/>
        <source>An AV1 ladder in fMP4 segments beside the others (SVT-AV1)</source>
        <translation>Eine AV1-Leiter in fMP4-Segmenten neben den anderen (SVT-AV1)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="128"/>
        <source>MPEG-TS (every HLS player)</source>
        <translation>MPEG-TS (jeder HLS-Player)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="129"/>
        <source>Fragmented MP4 (CMAF, smaller; iOS 10 or newer)</source>
        <translation>Fragmentiertes MP4 (CMAF, kleiner; ab iOS 10)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="130"/>
        <source>HEVC and AV1 ladders are always in fragmented MP4; MPEG-TS pads every picture, 20-35 kb/s a rendition, much of a low-bitrate one</source>
        <translation>HEVC- und AV1-Leitern sind immer in fragmentiertem MP4; MPEG-TS füllt jedes Bild auf, 20–35 kb/s je Rendition, viel bei niedriger Bitrate</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="134"/>
        <source>Make thumbnails</source>
        <translation>Vorschaubilder erstellen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="137"/>
        <source>TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by &apos;;&apos;.
e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</source>
        <translation>ZEIT/AUFLÖSUNGEN/FORMATE/FILTER, mehrere durch &apos;;&apos; getrennt.
z. B. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="143"/>
        <source>Automatic (the first decoder that works)</source>
        <translation>Automatisch (der erste Decoder, der funktioniert)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="143"/>
        <source>Off (software decoding)</source>
        <translation>Aus (Software-Dekodierung)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="146"/>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="147"/>
        <source>Try every hardware decoder on this machine</source>
        <translation>Jeden Hardware-Decoder auf diesem Rechner ausprobieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="157"/>
        <source>Automatic (a hardware encoder that works here, else software)</source>
        <translation>Automatisch (ein Hardware-Encoder, der hier funktioniert, sonst Software)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="158"/>
        <source>Software (libx264)</source>
        <translation>Software (libx264)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="161"/>
        <source>A hardware encoder that fails goes on in software; Settings › Hardware says which work here</source>
        <translation>Ein Hardware-Encoder, der versagt, wird durch Software ersetzt; Einstellungen › Hardware zeigt, welche hier funktionieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="166"/>
        <source>Score each rendition against the source (SSIM, PSNR) when a job has been encoded; Job › Measure quality does it later</source>
        <translation>Jede Rendition mit der Quelle vergleichen (SSIM, PSNR), sobald ein Auftrag kodiert ist; Auftrag › Qualität messen tut es später</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="168"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="168"/>
        <source>Sampled (about a fifth of the video)</source>
        <translation>Stichproben (etwa ein Fünftel des Videos)</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="169"/>
        <source>Every frame</source>
        <translation>Jedes Bild</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="174"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="177"/>
        <source>A new language is used from the next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="190"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="190"/>
        <source>Output folder:</source>
        <translation>Ausgabeordner:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="191"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="192"/>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="192"/>
        <source>Renditions:</source>
        <translation>Renditions:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="194"/>
        <source>Formats:</source>
        <translation>Formate:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="194"/>
        <source>HLS segment length:</source>
        <translation>HLS-Segmentlänge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="195"/>
        <source>Video codecs:</source>
        <translation>Video-Codecs:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="195"/>
        <source>H.264 HLS segments:</source>
        <translation>H.264-HLS-Segmente:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="196"/>
        <location filename="../app/gui/settings_dialog.py" line="331"/>
        <source>Thumbnails</source>
        <translation>Vorschaubilder</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="197"/>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="198"/>
        <source>Queue and hardware</source>
        <translation>Warteschlange und Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="199"/>
        <source>Hardware decoding:</source>
        <translation>Hardware-Dekodierung:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="200"/>
        <source>Video encoder:</source>
        <translation>Video-Encoder:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="201"/>
        <source>Jobs at once:</source>
        <translation>Gleichzeitige Aufträge:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="202"/>
        <source>Measure quality after encoding:</source>
        <translation>Qualität nach dem Kodieren messen:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="203"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="204"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="208"/>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="210"/>
        <location filename="../app/gui/settings_dialog.py" line="337"/>
        <source>Cloud providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="211"/>
        <source>Hardware</source>
        <translation>Hardware</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="328"/>
        <source>Choose at least one output format (HLS or MP4).</source>
        <translation>Wählen Sie mindestens ein Ausgabeformat (HLS oder MP4).</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="329"/>
        <source>Choose at least one video codec.</source>
        <translation>Wählen Sie mindestens einen Video-Codec.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="330"/>
        <source>Renditions</source>
        <translation>Renditions</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="332"/>
        <location filename="../app/gui/settings_dialog.py" line="374"/>
        <source>Output folder</source>
        <translation>Ausgabeordner</translation>
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
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="380"/>
        <source>Trying each hardware decoder…</source>
        <translation>Jeder Hardware-Decoder wird ausprobiert…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="388"/>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="394"/>
        <source>Working here: %1.</source>
        <translation>Funktioniert hier: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="396"/>
        <source>Offered but not working here: %1. Decoding uses the processor.</source>
        <translation>Angeboten, aber hier nicht funktionsfähig: %1. Dekodiert wird mit dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="399"/>
        <source>No hardware decoder is offered. Decoding uses the processor.</source>
        <translation>Kein Hardware-Decoder angeboten. Dekodiert wird mit dem Prozessor.</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="91"/>
        <source>Presets…</source>
        <translation>Verwalten…</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="92"/>
        <source>Save these settings as a preset; rename, delete, import or export presets</source>
        <translation>Diese Einstellungen als Voreinstellung speichern; Voreinstellungen umbenennen, löschen, importieren oder exportieren</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="101"/>
        <source>The preset&apos;s</source>
        <translation>Die der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../app/gui/settings_dialog.py" line="193"/>
        <source>Encoder speed:</source>
        <translation>Encoder-Geschwindigkeit:</translation>
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
