"""Job › Edit settings…: one job's encode options, edited before it runs or to retry it (as HandBrake's queue).

Shows the ladder planned for that job's source (known once it was read: size, frame rate, duration) with a
checkbox per rung and an estimated size per rendition and in total; the rendition text (`360p,720p:2500k`) and
the checkboxes stay in sync. Thumbnails are chosen with a small form (times, sizes, formats, blur) that writes the
thumbnail spec, which stays editable as text. A value that cannot be used turns its field red with the reason,
and OK is disabled until it is fixed. The planning and the estimate are the core's (`app.core.estimate`).
"""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
                               QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app.core.errors import UsageError
from app.core.estimate import estimate, offered_rungs, plan_for
from app.core.jobs import QUEUED, EncodeOptions, Job
from app.core.ladder import PRESETS, STANDARD_RUNGS, X264_PRESETS, quality_name
from app.core.options import (MAX_SEGMENT_SECONDS, MIN_SEGMENT_SECONDS, ThumbnailForm, build_options, check_rungs,
                              form_spec, rungs_text, thumbnail_form, thumbnails_spec)
from app.core.presets import PresetLibrary
from app.core.audio import CHANNEL_CHOICES, choose_tracks
from app.core.subtitles import check_choice, language, language_name, sidecars
from app.core.units import format_size
from app.gui.settings_dialog import chosen_user_preset, error_label

BAD = "background: #f9dedc; border: 1px solid #b3261e;"


def _items(text: str) -> list[str]:
    return [t.strip() for t in text.replace(";", ",").split(",") if t.strip()]


def _fit_rows(view: QListWidget, most: int = 5) -> None:
    """A list as tall as its rows (up to `most`; it scrolls beyond)."""
    rows = max(1, min(most, view.count()))
    row = view.sizeHintForRow(0) if view.count() else view.fontMetrics().height() + 4
    view.setFixedHeight(rows * row + 2 * view.frameWidth() + 4)


class JobEditor(QDialog):
    def __init__(self, job: Job, parent=None):
        super().__init__(parent)
        self.job = job
        self.metadata = job.metadata if job.metadata and job.metadata.get("width") else None
        self.setWindowTitle(self.tr("Edit settings: %1").replace("%1", job.name))
        self.setObjectName("jobEditor")
        self.result_options: EncodeOptions | None = None
        self._syncing = False
        options = job.options

        self.source = QLabel(self._source_text(), self)
        self.preset = QComboBox(self)
        for name in PRESETS:
            self.preset.addItem(name, name)
        try:
            for name in PresetLibrary().names()[len(PRESETS):]:
                self.preset.addItem(name, name)
        except UsageError:
            pass  # a damaged presets file: the built-in presets (the preset manager says why)
        self.preset.setCurrentIndex(max(0, self.preset.findData(options.preset)))
        self.preset.activated.connect(self._preset_chosen)
        self.renditions = QLineEdit(rungs_text(options.renditions or []), self)
        self.renditions.setObjectName("renditions")
        self.renditions.setPlaceholderText(self.tr("the preset's ladder (e.g. 360p,720p:2500k,1080p:5M)"))
        self.ladder = QTableWidget(0, 4, self)
        self.ladder.setObjectName("ladder")
        self.ladder.setHorizontalHeaderLabels([self.tr("Rendition"), self.tr("Size"), self.tr("Bitrate"),
                                               self.tr("Estimated size")])
        self.ladder.verticalHeader().hide()
        self.ladder.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ladder.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ladder.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.total = QLabel(self)
        self.total.setObjectName("total")
        self.total.setWordWrap(True)
        self.hls = QCheckBox(self.tr("HLS ladder"), self)
        self.hls.setChecked("hls" in options.formats)
        self.mp4 = QCheckBox(self.tr("MP4 at source quality"), self)
        self.mp4.setChecked("mp4" in options.formats)
        formats_row = QHBoxLayout()
        formats_row.addWidget(self.hls)
        formats_row.addWidget(self.mp4)
        formats_row.addStretch(1)
        self.encoder_preset = QComboBox(self)
        self.encoder_preset.addItem(self.tr("The preset's"), "")
        for name in X264_PRESETS:
            self.encoder_preset.addItem(name, name)
        self.encoder_preset.setCurrentIndex(max(0, self.encoder_preset.findData(options.encoder_preset or "")))
        self.segment = QDoubleSpinBox(self)
        self.segment.setRange(MIN_SEGMENT_SECONDS, MAX_SEGMENT_SECONDS)
        self.segment.setDecimals(1)
        self.segment.setSuffix(self.tr(" s"))
        self.segment.setValue(options.segment_seconds)

        # Subtitles: which to publish (auto, none, languages), and the tracks known for this source
        self.subtitles = QLineEdit("" if options.subtitles == "auto" else options.subtitles, self)
        self.subtitles.setObjectName("subtitles")
        self.subtitles.setPlaceholderText(self.tr("auto: every text track and .srt/.vtt file beside the source"))
        self.subtitles.setToolTip(self.tr("auto, none, or the languages to keep (e.g. de,en)"))
        self.subtitle_tracks = QLabel(self._subtitles_text(), self)
        self.subtitle_tracks.setObjectName("subtitleTracks")
        self.subtitle_tracks.setWordWrap(True)
        # ... and as a list to tick: each language found (sidecar files, the last run's tracks) writes the field
        self.subtitle_list = QListWidget(self)
        self.subtitle_list.setObjectName("subtitleList")
        self._fill_subtitle_list()

        # Audio: the source's tracks to publish (known once it was read), channels, bit rate, loudness
        self.audio_tracks = QListWidget(self)
        self.audio_tracks.setObjectName("audioTracks")
        self.audio_note = QLabel(self)
        self.audio_note.setObjectName("audioNote")
        self.audio_note.setWordWrap(True)
        self._fill_audio_tracks(options.audio)
        self.audio_channels = QComboBox(self)
        self.audio_channels.setObjectName("audioChannels")
        for value, text in zip(CHANNEL_CHOICES, (self.tr("Stereo (a 5.1 track also as AC-3 5.1)"), self.tr("Mono"),
                                                  self.tr("As the source (5.1 stays 5.1)"))):
            self.audio_channels.addItem(text, value)
        self.audio_channels.setCurrentIndex(max(0, self.audio_channels.findData(options.audio_channels)))
        self.audio_bitrate = QComboBox(self)
        self.audio_bitrate.setObjectName("audioBitrate")
        self.audio_bitrate.addItem(self.tr("The preset's"), 0)
        for kbps in (64, 96, 128, 160, 192, 256):
            self.audio_bitrate.addItem(self.tr("%1 kb/s").replace("%1", str(kbps)), kbps)
        self.audio_bitrate.setCurrentIndex(max(0, self.audio_bitrate.findData(options.audio_bitrate or 0)))
        self.loudness = QComboBox(self)
        self.loudness.setObjectName("loudness")
        self.loudness.addItem(self.tr("Off"), None)
        for lufs, text in ((-14.0, self.tr("-14 LUFS (music streaming)")), (-16.0, self.tr("-16 LUFS (podcasts, web)")),
                           (-23.0, self.tr("-23 LUFS (EBU R128 broadcast)"))):
            self.loudness.addItem(text, lufs)
        if options.loudness is not None and self.loudness.findData(options.loudness) < 0:
            self.loudness.addItem(self.tr("%1 LUFS").replace("%1", f"{options.loudness:g}"), options.loudness)
        self.loudness.setCurrentIndex(max(0, self.loudness.findData(options.loudness)))

        # Thumbnails: the form, and the spec it writes (advanced)
        spec = thumbnails_spec(options.thumbnails)
        self.thumbnails = QCheckBox(self.tr("Make thumbnails"), self)
        self.thumbnails.setChecked(spec != "none")
        self.thumb_times = QLineEdit(self)
        self.thumb_times.setObjectName("thumbnailTimes")
        self.thumb_times.setPlaceholderText(self.tr("e.g. 00:00:03, 50%"))
        self.thumb_times.setToolTip(self.tr("HH:MM:SS, seconds or a share of the duration; several separated by "
                                            "commas"))
        self.thumb_sizes = QLineEdit(self)
        self.thumb_sizes.setObjectName("thumbnailSizes")
        self.thumb_sizes.setPlaceholderText(self.tr("e.g. 360, 720, source"))
        self.thumb_sizes.setToolTip(self.tr("The short side in lines, or source; several separated by commas"))
        self.thumb_jpg = QCheckBox(self.tr("JPEG"), self)
        self.thumb_webp = QCheckBox(self.tr("WebP"), self)
        self.thumb_plain = QCheckBox(self.tr("Sharp"), self)
        self.thumb_blur = QCheckBox(self.tr("Blurred"), self)
        kinds_row = QHBoxLayout()
        for box in (self.thumb_jpg, self.thumb_webp, self.thumb_plain, self.thumb_blur):
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        self.thumb_spec = QLineEdit(spec if spec != "none" else "", self)
        self.thumb_spec.setObjectName("thumbnailSpec")
        self.thumb_spec.setToolTip(self.tr(
            "TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by ';'.\n"
            "e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur"))
        self.thumb_note = QLabel(self)
        self.thumb_note.setWordWrap(True)
        self.thumb_note.hide()

        self.error = error_label(self, "editorError")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Save") if job.status == QUEUED else self.tr("Save and retry"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        ladder_box = QGroupBox(self.tr("Ladder"), self)
        ladder_form = QFormLayout(ladder_box)
        ladder_form.addRow(self.tr("Source:"), self.source)
        ladder_form.addRow(self.tr("Preset:"), self.preset)
        ladder_form.addRow(self.tr("Renditions:"), self.renditions)
        ladder_form.addRow(self.ladder)
        ladder_form.addRow(self.total)
        ladder_form.addRow(self.tr("Formats:"), formats_row)
        ladder_form.addRow(self.tr("Encoder speed:"), self.encoder_preset)
        ladder_form.addRow(self.tr("HLS segment length:"), self.segment)
        ladder_form.addRow(self.tr("Subtitles:"), self.subtitles)
        ladder_form.addRow(self.subtitle_tracks)
        ladder_form.addRow(self.subtitle_list)
        audio_box = QGroupBox(self.tr("Audio"), self)
        audio_form = QFormLayout(audio_box)
        audio_form.addRow(self.tr("Tracks:"), self.audio_tracks)
        audio_form.addRow(self.audio_note)
        audio_form.addRow(self.tr("Channels:"), self.audio_channels)
        audio_form.addRow(self.tr("Bit rate:"), self.audio_bitrate)
        audio_form.addRow(self.tr("Loudness:"), self.loudness)
        thumbs_box = QGroupBox(self.tr("Thumbnails"), self)
        thumbs_form = QFormLayout(thumbs_box)
        thumbs_form.addRow(self.thumbnails)
        thumbs_form.addRow(self.tr("Times:"), self.thumb_times)
        thumbs_form.addRow(self.tr("Sizes:"), self.thumb_sizes)
        thumbs_form.addRow(self.tr("Kinds:"), kinds_row)
        thumbs_form.addRow(self.tr("Spec (advanced):"), self.thumb_spec)
        thumbs_form.addRow(self.thumb_note)
        outer = QVBoxLayout(self)
        outer.addWidget(ladder_box, 1)
        below = QHBoxLayout()  # audio and thumbnails side by side: the ladder keeps its height
        below.addWidget(audio_box, 1)
        below.addWidget(thumbs_box, 1)
        outer.addLayout(below)
        outer.addWidget(self.note)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        self.resize(900, 760)

        self._spec_to_form()
        self.renditions.textEdited.connect(lambda _t: self.refresh())
        self.ladder.itemChanged.connect(self._rung_toggled)
        for box in (self.hls, self.mp4, self.thumbnails):
            box.toggled.connect(lambda _on: self.refresh())
        self.encoder_preset.currentIndexChanged.connect(lambda _i: self.refresh())
        self.segment.valueChanged.connect(lambda _v: self.refresh())
        self.subtitles.textEdited.connect(lambda _t: self._subtitles_typed())
        self.subtitle_list.itemChanged.connect(self._subtitle_ticked)
        self.audio_tracks.itemChanged.connect(lambda _i: self.refresh())
        for edit in (self.thumb_times, self.thumb_sizes):
            edit.textEdited.connect(lambda _t: self._form_to_spec())
        for box in (self.thumb_jpg, self.thumb_webp, self.thumb_plain, self.thumb_blur):
            box.toggled.connect(lambda _on: self._form_to_spec())
        self.thumb_spec.textEdited.connect(self._spec_edited)
        self.refresh()

    # -- reading the fields ------------------------------------------------------------------------------------
    def _source_text(self) -> str:
        m = self.metadata
        if m is None:
            return self.tr("not read yet: sizes and estimates are unknown until the job has run once")
        duration = m.get("duration")
        text = f"{m['width']}×{m['height']}, {m.get('framerate') or '?'} fps"
        if duration:
            text += f", {int(duration // 60)}:{int(duration % 60):02d}"
        return text + ("" if m.get("audioCodec") else ", " + self.tr("no audio"))

    def _subtitles_text(self) -> str:
        """The subtitle tracks of the last run, or else the subtitle files found beside the source."""
        published = (self.job.metadata or {}).get("subtitles")
        if published:
            return self.tr("Last run: %1").replace("%1", ", ".join(
                f"{t['name']} ({os.path.basename(t['source'])})" for t in published))
        found = sidecars(self.job.source)
        if found:
            return self.tr("Beside the source: %1").replace("%1", ", ".join(os.path.basename(p) for p, _ in found))
        return self.tr("No subtitle file beside the source; text tracks inside it are found when it runs.")

    # -- tracks ---------------------------------------------------------------------------------------------------
    def _fill_audio_tracks(self, choice: str) -> None:
        """A checkable row per audio track of the source (ticked: published); a note while they are not known."""
        tracks = (self.metadata or {}).get("audioTracks") or []
        chosen = {t["index"] for t in choose_tracks(tracks, choice)}
        for t in tracks:
            item = QListWidgetItem(self.tr("#%1 %2 (%3): %4, %5").replace("%1", str(t["index"]))
                                   .replace("%2", t.get("title") or language_name(t["language"]))
                                   .replace("%3", t["language"]).replace("%4", t["codec"]).replace("%5", t["layout"]),
                                   self.audio_tracks)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t["index"] in chosen else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, t["index"])
        self.audio_tracks.setVisible(bool(tracks))
        _fit_rows(self.audio_tracks)
        if not tracks:
            self.audio_note.setText(self.tr("The audio tracks are listed once the source has been read (%1).")
                                    .replace("%1", choice))
        else:
            self.audio_note.setText(self.tr("The first ticked track is in every rendition; the others are "
                                            "audio renditions of their own and extra MP4 tracks."))

    def audio_choice(self) -> str:
        """``--audio`` for the ticked tracks: auto (all), none, or their numbers; the job's own while unknown."""
        rows = [self.audio_tracks.item(r) for r in range(self.audio_tracks.count())]
        if not rows:
            return self.job.options.audio
        ticked = [str(i.data(Qt.ItemDataRole.UserRole)) for i in rows if i.checkState() == Qt.CheckState.Checked]
        return "auto" if len(ticked) == len(rows) else ",".join(ticked) if ticked else "none"

    def _subtitle_languages(self) -> list[tuple[str, str]]:
        """(language, what it is) of each subtitle track known: the last run's, else the files beside the source."""
        published = (self.job.metadata or {}).get("subtitles") or []
        found = [(t.get("language") or "und", os.path.basename(t.get("source") or "")) for t in published]
        if not found:
            found = [(lang, os.path.basename(p)) for p, lang in sidecars(self.job.source)]
        return [(lang, f"{language_name(lang)} ({name})") for lang, name in found]

    def _fill_subtitle_list(self) -> None:
        self.subtitle_list.blockSignals(True)
        self.subtitle_list.clear()
        typed = self.subtitles.text().strip().lower()
        wanted = None
        if typed not in ("", "auto", "none"):
            try:
                wanted = set(check_choice(typed).split(","))
            except UsageError:
                wanted = set()
        for lang, text in self._subtitle_languages():
            item = QListWidgetItem(text, self.subtitle_list)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            on = typed != "none" and (wanted is None or lang in wanted or lang.split("-")[0] in wanted)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, lang)
        self.subtitle_list.setVisible(self.subtitle_list.count() > 0)
        _fit_rows(self.subtitle_list)
        self.subtitle_list.blockSignals(False)

    def _subtitle_ticked(self, _item) -> None:
        """A language ticked or not: the Subtitles field says the same (empty: every one, auto)."""
        rows = [self.subtitle_list.item(r) for r in range(self.subtitle_list.count())]
        ticked = list(dict.fromkeys(language(i.data(Qt.ItemDataRole.UserRole)) for i in rows
                                    if i.checkState() == Qt.CheckState.Checked))
        every = {language(i.data(Qt.ItemDataRole.UserRole)) for i in rows}
        self.subtitles.setText("" if set(ticked) == every else ",".join(ticked) if ticked else "none")
        self.refresh()

    def _subtitles_typed(self) -> None:
        self._fill_subtitle_list()
        self.refresh()

    def formats(self) -> str:
        return ",".join(name for name, box in (("hls", self.hls), ("mp4", self.mp4)) if box.isChecked())

    def spec(self) -> str:
        return self.thumb_spec.text().strip() if self.thumbnails.isChecked() else "none"

    def options(self, renditions: str | None = None) -> EncodeOptions:
        """The options the fields give (with other `renditions`); `UsageError` names the first value that is wrong."""
        if not self.formats():
            raise UsageError(self.tr("choose at least one output format (HLS or MP4)"))
        text = self.renditions.text() if renditions is None else renditions
        new = build_options(preset=self._base_preset(), renditions=text, formats=self.formats(),
                            encoder_preset=self.encoder_preset.currentData() or None,
                            segment_seconds=self.segment.value(), thumbnails=self.spec(),
                            hwaccel=self.job.options.hwaccel)
        return replace(self.job.options, preset=new.preset, renditions=new.renditions, formats=new.formats,
                       encoder_preset=new.encoder_preset, segment_seconds=new.segment_seconds,
                       thumbnails=new.thumbnails, only=None, subtitles=check_choice(self.subtitles.text()),
                       audio=self.audio_choice(), audio_channels=self.audio_channels.currentData(),
                       audio_bitrate=self.audio_bitrate.currentData() or None, loudness=self.loudness.currentData())

    def _base_preset(self) -> str:
        name = self.preset.currentData()
        if name in PRESETS:
            return name
        try:
            return PresetLibrary().get(name).base
        except UsageError:
            return "default"

    # -- keeping the fields in sync and checked ------------------------------------------------------------------
    def refresh(self) -> None:
        """Check every field (red with the reason, OK disabled) and redraw the ladder and the estimate."""
        problems: list[tuple[QWidget, str]] = []
        try:
            if self.renditions.text().strip():
                check_rungs(self.renditions.text())
        except UsageError as exc:
            problems.append((self.renditions, self.tr("Renditions: %1").replace("%1", str(exc))))
        if self.thumbnails.isChecked():
            try:
                build_options(thumbnails=self.spec())
            except UsageError as exc:
                problems.append((self.thumb_spec, self.tr("Thumbnails: %1").replace("%1", str(exc))))
        if not self.formats():
            problems.append((self.hls, self.tr("Choose at least one output format (HLS or MP4).")))
        try:
            check_choice(self.subtitles.text())
        except UsageError as exc:
            reason = str(exc).removeprefix("--subtitles: ")
            problems.append((self.subtitles, self.tr("Subtitles: %1").replace("%1", reason)))
        plan = None
        if not problems:
            try:
                options = self.options()
                plan = plan_for(self.metadata, options) if self.metadata else None
            except UsageError as exc:
                problems.append((self.renditions, self.tr("Renditions: %1").replace("%1", str(exc))))
        for field in (self.renditions, self.thumb_spec, self.hls, self.subtitles):
            field.setStyleSheet(BAD if any(f is field for f, _ in problems) else "")
        self.error.setText("\n".join(reason for _, reason in problems))
        self.error.setVisible(bool(problems))
        self.ok.setEnabled(not problems)
        self.note.setText("\n".join(plan.warnings) if plan else "")
        self._fill_ladder(plan)

    def _fill_ladder(self, plan) -> None:
        """One row per rung the source can have (checked: made), and the MP4; sizes and estimates from the plan."""
        self._syncing = True
        offered = offered_rungs(self.metadata) if self.metadata else list(STANDARD_RUNGS)
        typed = self._typed_rungs()  # what can be read of the text, even while a part of it is wrong
        if self.renditions.text().strip():
            chosen = {s for s, _ in typed}
        else:  # the preset's ladder, up to the source
            chosen = {r for r in PRESETS[self._base_preset()].rungs if r in offered}
        all_plan = None
        if self.metadata and offered:
            try:  # what every rung would be (size, bitrate), with the bitrates typed
                every = replace(self.options(""), renditions=[(s, dict(typed).get(s)) for s in offered],
                                formats=("hls",))
                all_plan = plan_for(self.metadata, every)
            except UsageError:
                all_plan = None
        sized = estimate(plan, self.metadata.get("duration") or 0.0) if plan and self.metadata else None
        rows = [(side, f"hls:{quality_name(side)}") for side in [*offered, *sorted(chosen - set(offered))]]
        if plan is not None:  # a source under the smallest rung: its one rendition at its own size; the MP4
            rows += [(0, r.id) for r in plan.renditions if r.type == "mp4" or (r.type == "hls" and not offered)]
        self.ladder.setRowCount(len(rows))
        for row, (side, rid) in enumerate(rows):
            planned = next((r for r in (plan.renditions if plan else []) if r.id == rid), None)
            shown = planned or next((r for r in (all_plan.renditions if all_plan else []) if r.id == rid), None)
            label = rid.split(":")[1] if rid.startswith("hls:") else self.tr("MP4 %1").replace("%1", rid[4:])
            name = QTableWidgetItem(label)
            if side:
                name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                name.setCheckState(Qt.CheckState.Checked if side in chosen else Qt.CheckState.Unchecked)
                name.setData(Qt.ItemDataRole.UserRole, side)
                if side not in offered:
                    name.setToolTip(self.tr("Above the source: not made (no upscaling)"))
            else:
                name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            each = sized.rendition(rid) if sized and planned else None
            cells = [name, QTableWidgetItem(f"{shown.width}×{shown.height}" if shown else "—"),
                     QTableWidgetItem(self.tr("%1 kb/s").replace("%1", str(shown.video_kbps)) if shown else "—"),
                     QTableWidgetItem(format_size(each.bytes) if each else "—")]
            for col, item in enumerate(cells):
                if col:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.ladder.setItem(row, col, item)
        if sized is not None and sized.duration > 0:
            audio = plan.audio_kbps or 0
            self.total.setText(self.tr("Estimated output: %1 in total (an estimate: bitrate × duration, plus %2 kb/s "
                                       "of audio per rendition)").replace("%1", format_size(sized.total_bytes))
                               .replace("%2", str(audio)))
        elif self.metadata and self.metadata.get("duration") and plan is None:
            self.total.setText(self.tr("Estimated output: shown once the values above can be used"))
        else:
            self.total.setText(self.tr("Estimated output: unknown until the source's duration is known"))
        self._syncing = False

    def _typed_rungs(self) -> list[tuple[int, int | None]]:
        """The rungs in the rendition text that can be read, each item on its own (``360p,999p``: 360p)."""
        out: list[tuple[int, int | None]] = []
        for item in self.renditions.text().split(","):
            try:
                out += check_rungs(item)
            except UsageError:
                continue
        return out

    def _rung_toggled(self, item: QTableWidgetItem) -> None:
        """A rung checked or unchecked: the rendition text follows, keeping the bitrates typed for the others."""
        side = item.data(Qt.ItemDataRole.UserRole)
        if self._syncing or item.column() != 0 or not side:
            return
        overrides = dict(self._typed_rungs())
        names = [self.ladder.item(r, 0) for r in range(self.ladder.rowCount())]
        checked = [i.data(Qt.ItemDataRole.UserRole) for i in names
                   if i is not None and i.checkState() == Qt.CheckState.Checked and i.data(Qt.ItemDataRole.UserRole)]
        if not checked:  # at least one rendition: an empty list would mean the preset's whole ladder
            self._syncing = True
            item.setCheckState(Qt.CheckState.Checked)
            self._syncing = False
            return
        self.renditions.setText(rungs_text([(s, overrides.get(s)) for s in sorted(checked)]))
        self.refresh()

    def _preset_chosen(self, index: int) -> None:
        """A preset of the user's fills in its values; a built-in one sets the ladder's bitrates."""
        p = chosen_user_preset(self.preset.itemData(index), self.error)
        if p is None:
            self.refresh()
            return
        self.renditions.setText(p.renditions)
        self.hls.setChecked("hls" in p.formats.split(","))
        self.mp4.setChecked("mp4" in p.formats.split(","))
        self.encoder_preset.setCurrentIndex(max(0, self.encoder_preset.findData(p.encoder_preset)))
        self.segment.setValue(p.segment_seconds)
        off = p.thumbnails.strip().lower() in ("", "none", "off")
        self.thumbnails.setChecked(not off)
        if not off:
            self.thumb_spec.setText(p.thumbnails)
            self._spec_to_form()
        self.refresh()

    def _form_to_spec(self) -> None:
        if self._syncing:
            return
        formats = [f for f, box in (("jpg", self.thumb_jpg), ("webp", self.thumb_webp)) if box.isChecked()]
        filters = [f for f, box in (("none", self.thumb_plain), ("blur", self.thumb_blur)) if box.isChecked()]
        form = ThumbnailForm(tuple(_items(self.thumb_times.text())), tuple(_items(self.thumb_sizes.text())),
                             tuple(formats), tuple(filters))
        self.thumb_spec.setText(form_spec(form))
        self.refresh()

    def _spec_edited(self, _text: str) -> None:
        self._spec_to_form()
        self.refresh()

    def _spec_to_form(self) -> None:
        """The form shows the spec, where one list of sizes, formats and filters serves every time."""
        try:
            form = thumbnail_form(self.thumb_spec.text()) if self.thumb_spec.text().strip() else ThumbnailForm(())
        except UsageError:
            return  # the spec is being typed: the form keeps what it shows (the spec's field says what is wrong)
        editable = form is not None
        for widget in (self.thumb_times, self.thumb_sizes, self.thumb_jpg, self.thumb_webp, self.thumb_plain,
                       self.thumb_blur):
            widget.setEnabled(editable)
        self.thumb_note.setText("" if editable else self.tr(
            "This spec gives other sizes, formats or filters for each time: edit it as text."))
        self.thumb_note.setVisible(not editable)
        if form is None:
            return
        self._syncing = True
        self.thumb_times.setText(", ".join(form.times))
        self.thumb_sizes.setText(", ".join(form.sizes))
        for box, value, values in ((self.thumb_jpg, "jpg", form.formats), (self.thumb_webp, "webp", form.formats),
                                   (self.thumb_plain, "none", form.filters), (self.thumb_blur, "blur", form.filters)):
            box.setChecked(value in values)
        self._syncing = False

    def accept(self):
        self.refresh()
        if not self.ok.isEnabled():
            return
        self.result_options = self.options()
        super().accept()

