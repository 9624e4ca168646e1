"""The settings dialog: output folder, ladder, formats, segments, thumbnails, hardware decoding, queue, language.

Invalid values are refused in the dialog with a reason, and the field at fault gets the focus.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog,
                               QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
                               QTabWidget, QVBoxLayout, QWidget)

from app.core.errors import RenditionError, UsageError
from app.core.ladder import PRESETS, X264_PRESETS
from app.core.presets import DEFAULT_THUMBNAILS, PresetLibrary, UserPreset
from app.core.hwenc import CHOICES as HW_ENCODER_CHOICES
from app.core.options import HWACCEL_CHOICES, MAX_SEGMENT_SECONDS, MIN_SEGMENT_SECONDS
from app.gui import languages
from app.gui.hardware_page import HardwarePage
from app.gui.preferences import Preferences, default_output_root
from app.gui.providers_page import ProvidersPage
from app.gui.signals import emit


def error_label(parent: QWidget, name: str) -> QLabel:
    """The dialogs' red line that says why a value cannot be used (hidden until there is a reason)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(highlighted-text); background: #b3261e; padding: 4px;")
    label.hide()
    return label


def chosen_user_preset(name: str, error: QLabel) -> UserPreset | None:
    """The user preset picked in a preset list; None for a built-in one, or when it cannot be read (`error` says
    why)."""
    if name in PRESETS:
        return None
    try:
        return PresetLibrary().get(name)
    except UsageError as exc:
        error.setText(str(exc))
        error.show()
        return None


class _DetectSignals(QObject):
    done = Signal(object)


class _Detect(QRunnable):
    """Tries every offered hardware decoder in the worker process, off the GUI thread."""

    def __init__(self, signals: _DetectSignals):
        super().__init__()
        self.signals = signals

    def run(self):
        from app.core.engine import hwaccel_report

        try:
            report = hwaccel_report()
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            report = {"error": str(exc), "devices": [], "usable": []}
        emit(self.signals.done, report)


class SettingsDialog(QDialog):
    def __init__(self, prefs: Preferences, parent=None, providers: ProvidersPage | None = None):
        super().__init__(parent)
        self.providers = providers  # the Cloud providers tab, where the window offers remote providers
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._initial = prefs

        # Output
        self.folder = QLineEdit(self)
        self.folder.setObjectName("outputFolder")
        self.browse = QPushButton(self.tr("Browse…"), self)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)

        # Encoding
        self.preset = QComboBox(self)
        self.preset.setObjectName("preset")
        self.manage_presets = QPushButton(self.tr("Presets…"), self)
        self.manage_presets.setToolTip(self.tr("Save these settings as a preset; rename, delete, import or export "
                                               "presets"))
        self.manage_presets.clicked.connect(self.open_presets)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.manage_presets)
        self._fill_presets()
        self.preset.activated.connect(self._preset_chosen)
        self.encoder_preset = QComboBox(self)
        self.encoder_preset.addItem(self.tr("The preset's"), "")
        for name in X264_PRESETS:
            self.encoder_preset.addItem(name, name)
        self.renditions = QLineEdit(self)
        self.renditions.setPlaceholderText(self.tr("the preset's ladder (e.g. 360p,720p:2500k,1080p:5M)"))
        self.hls = QCheckBox(self.tr("HLS ladder"), self)
        self.mp4 = QCheckBox(self.tr("MP4 at source quality"), self)
        formats_row = QHBoxLayout()
        formats_row.addWidget(self.hls)
        formats_row.addWidget(self.mp4)
        formats_row.addStretch(1)
        self.segment = QDoubleSpinBox(self)
        self.segment.setRange(MIN_SEGMENT_SECONDS, MAX_SEGMENT_SECONDS)
        self.segment.setDecimals(1)
        self.segment.setSuffix(self.tr(" s"))
        # The HLS ladders' video codecs (the first checked is the MP4's), and the H.264 ladder's segments.
        self.codec_boxes = {"h264": QCheckBox(self.tr("H.264"), self), "hevc": QCheckBox(self.tr("HEVC"), self),
                            "av1": QCheckBox(self.tr("AV1"), self)}
        self.codec_boxes["hevc"].setToolTip(self.tr("An HEVC ladder in fMP4 segments beside the others (x265: slow)"))
        self.codec_boxes["av1"].setToolTip(self.tr("An AV1 ladder in fMP4 segments beside the others (SVT-AV1)"))
        codecs_row = QHBoxLayout()
        for box in self.codec_boxes.values():
            codecs_row.addWidget(box)
        codecs_row.addStretch(1)
        self._codec_order: list[str] = ["h264"]  # the order of the codecs shown, kept when the same are checked
        self.hls_segments = QComboBox(self)
        self.hls_segments.setObjectName("hlsSegments")
        self.hls_segments.addItem(self.tr("MPEG-TS (every HLS player)"), "ts")
        self.hls_segments.addItem(self.tr("Fragmented MP4 (CMAF, smaller; iOS 10 or newer)"), "fmp4")
        self.hls_segments.setToolTip(self.tr("HEVC and AV1 ladders are always in fragmented MP4; MPEG-TS pads every "
                                             "picture, 20-35 kb/s a rendition, much of a low-bitrate one"))

        # Thumbnails
        self.thumbnails = QCheckBox(self.tr("Make thumbnails"), self)
        self.thumbnail_spec = QLineEdit(self)
        self.thumbnail_spec.setToolTip(self.tr(
            "TIME/RESOLUTIONS/FORMATS/FILTERS, several separated by ';'.\n"
            "e.g. 00:00:03/360,720/jpg,webp/none;50%/240/jpg/blur"))
        self.thumbnails.toggled.connect(self.thumbnail_spec.setEnabled)

        # Hardware and queue
        self.hwaccel = QComboBox(self)
        names = {"auto": self.tr("Automatic (the first decoder that works)"), "off": self.tr("Off (software decoding)")}
        for choice in HWACCEL_CHOICES:
            self.hwaccel.addItem(names.get(choice, choice), choice)
        self.detect = QPushButton(self.tr("Check"), self)
        self.detect.setToolTip(self.tr("Try every hardware decoder on this machine"))
        self.detect.clicked.connect(self._detect)
        self.detect_result = QLabel(self)
        self.detect_result.setWordWrap(True)
        self.detect_result.hide()  # until a check has something to say
        hw_row = QHBoxLayout()
        hw_row.addWidget(self.hwaccel, 1)
        hw_row.addWidget(self.detect)
        self.encoder = QComboBox(self)
        self.encoder.setObjectName("videoEncoder")
        encoder_names = {"auto": self.tr("Automatic (a hardware encoder that works here, else software)"),
                         "software": self.tr("Software (libx264)")}
        for choice in HW_ENCODER_CHOICES:
            self.encoder.addItem(encoder_names.get(choice, choice.upper() if choice != "amf" else "AMF"), choice)
        self.encoder.setToolTip(self.tr("A hardware encoder that fails goes on in software; Settings › Hardware "
                                        "says which work here"))
        self.concurrency = QSpinBox(self)
        self.concurrency.setRange(1, 16)
        self.measure_quality = QComboBox(self)
        self.measure_quality.setToolTip(self.tr("Score each rendition against the source (SSIM, PSNR) when a job "
                                                "has been encoded; Job › Measure quality does it later"))
        for mode, text in (("off", self.tr("Off")), ("sampled", self.tr("Sampled (about a fifth of the video)")),
                           ("full", self.tr("Every frame"))):
            self.measure_quality.addItem(text, mode)

        # Language
        self.language = QComboBox(self)
        self.language.addItem(self.tr("System default"), "")
        for code, name in languages.choices():
            self.language.addItem(name, code)
        self.language_note = QLabel(self.tr("A new language is used from the next start."), self)

        self.error = error_label(self, "settingsError")

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.RestoreDefaults, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            lambda: self._show(Preferences(output_folder=default_output_root())))

        general = QWidget(self)
        layout = QVBoxLayout(general)
        layout.addWidget(self._group(self.tr("Output"), [(self.tr("Output folder:"), folder_row)]))
        layout.addWidget(self._group(self.tr("Encoding"), [
            (self.tr("Preset:"), preset_row), (self.tr("Renditions:"), self.renditions),
            (self.tr("Encoder speed:"), self.encoder_preset),
            (self.tr("Formats:"), formats_row), (self.tr("HLS segment length:"), self.segment),
            (self.tr("Video codecs:"), codecs_row), (self.tr("H.264 HLS segments:"), self.hls_segments)]))
        layout.addWidget(self._group(self.tr("Thumbnails"), [
            ("", self.thumbnails), (self.tr("Images:"), self.thumbnail_spec)]))
        layout.addWidget(self._group(self.tr("Queue and hardware"), [
            (self.tr("Hardware decoding:"), hw_row), ("", self.detect_result),
            (self.tr("Video encoder:"), self.encoder),
            (self.tr("Jobs at once:"), self.concurrency),
            (self.tr("Measure quality after encoding:"), self.measure_quality)]))
        layout.addWidget(self._group(self.tr("Language"), [
            (self.tr("Language:"), self.language), ("", self.language_note)]))
        outer = QVBoxLayout(self)
        self.hardware = HardwarePage(self)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, self.tr("General"))
        if providers is not None:
            self.tabs.addTab(providers, self.tr("Cloud providers"))
        self.tabs.addTab(self.hardware, self.tr("Hardware"))
        outer.addWidget(self.tabs)
        self.finished.connect(lambda _result: self.hardware.wait_check())
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)
        for a, b in ((self.folder, self.browse), (self.browse, self.preset), (self.preset, self.manage_presets),
                     (self.manage_presets, self.renditions), (self.renditions, self.encoder_preset),
                     (self.encoder_preset, self.hls), (self.hls, self.mp4), (self.mp4, self.segment),
                     (self.segment, self.codec_boxes["h264"]), (self.codec_boxes["h264"], self.codec_boxes["hevc"]),
                     (self.codec_boxes["hevc"], self.codec_boxes["av1"]), (self.codec_boxes["av1"], self.hls_segments),
                     (self.hls_segments, self.thumbnails), (self.thumbnails, self.thumbnail_spec),
                     (self.thumbnail_spec, self.hwaccel), (self.hwaccel, self.detect), (self.detect, self.encoder),
                     (self.encoder, self.concurrency), (self.concurrency, self.measure_quality),
                     (self.measure_quality, self.language), (self.language, self.buttons)):
            QWidget.setTabOrder(a, b)
        self._detect_signals = _DetectSignals(self)
        self._detect_signals.done.connect(self._detected)
        self._show(prefs)
        self.result_prefs: Preferences | None = None

    def _fill_presets(self) -> None:
        """The built-in presets, then the user's (a damaged presets file: the built-in ones, and the reason)."""
        current = self.preset.currentData()
        descriptions = {"default": self.tr("Default: x264 veryfast, Apple's bitrates"),
                        "draft": self.tr("Draft: fastest, smaller ladder, lower bitrates"),
                        "high": self.tr("High: x264 slow, higher bitrates, up to 2160p")}
        self.preset.clear()
        for name in PRESETS:
            self.preset.addItem(descriptions.get(name, name), name)
        try:
            library = PresetLibrary()
        except UsageError as exc:
            self.preset.setToolTip(str(exc))
            return
        for name in library.names()[len(PRESETS):]:
            self.preset.addItem(name, name)
            self.preset.setItemData(self.preset.count() - 1, library.description(name), Qt.ItemDataRole.ToolTipRole)
        if current is not None:
            self.preset.setCurrentIndex(max(0, self.preset.findData(current)))

    def _preset_chosen(self, index: int) -> None:
        """A user preset chosen: its values fill the fields (a built-in one keeps them: it sets the ladder)."""
        preset = chosen_user_preset(self.preset.itemData(index), self.error)
        if preset is not None:
            self._show(self.preferences().with_preset(preset))

    def open_presets(self):
        from app.gui.presets_dialog import PresetsDialog

        dialog = PresetsDialog(self.preferences(), self)
        dialog.finished.connect(lambda _result: self._presets_done(dialog))
        dialog.open()
        return dialog

    def _presets_done(self, dialog) -> None:
        self._fill_presets()
        if dialog.default_set:  # the new default is what these settings use from now on
            self.preset.setCurrentIndex(max(0, self.preset.findData(dialog.default_set)))
            self._preset_chosen(self.preset.currentIndex())
        dialog.deleteLater()

    def _group(self, title: str, rows) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for label, field in rows:
            form.addRow(label, field) if label else form.addRow(field)
        return box

    def _show(self, p: Preferences) -> None:
        self.folder.setText(p.output_folder)
        self.preset.setCurrentIndex(max(0, self.preset.findData(p.preset)))
        self.renditions.setText(p.renditions)
        self.encoder_preset.setCurrentIndex(max(0, self.encoder_preset.findData(p.encoder_preset)))
        self.hls.setChecked(p.hls)
        self.mp4.setChecked(p.mp4)
        self.segment.setValue(p.segment_seconds)
        shown = [c.strip() for c in p.codecs.split(",") if c.strip() in self.codec_boxes]
        self._codec_order = shown or ["h264"]
        for codec, box in self.codec_boxes.items():
            box.setChecked(codec in self._codec_order)
        self.hls_segments.setCurrentIndex(max(0, self.hls_segments.findData(p.hls_segments)))
        self.thumbnails.setChecked(p.thumbnails)
        self.thumbnail_spec.setText(p.thumbnail_spec or DEFAULT_THUMBNAILS)
        self.thumbnail_spec.setEnabled(p.thumbnails)
        self.hwaccel.setCurrentIndex(max(0, self.hwaccel.findData(p.hwaccel)))
        self.encoder.setCurrentIndex(max(0, self.encoder.findData(p.encoder)))
        self.concurrency.setValue(p.concurrency)
        self.measure_quality.setCurrentIndex(max(0, self.measure_quality.findData(p.measure_quality)))
        self.language.setCurrentIndex(max(0, self.language.findData(p.language)))
        self.error.hide()

    def preferences(self) -> Preferences:
        """What the dialog shows now (not yet checked)."""
        remote = {} if self.providers is None else {
            "drop_action": self.providers.drop_action.currentData(),
            "uploads_folder": self.providers.uploads_folder.text().strip()}
        return Preferences(**remote, output_folder=self.folder.text().strip(), preset=self.preset.currentData(),
                           renditions=self.renditions.text().strip(), encoder_preset=self.encoder_preset.currentData(),
                           hls=self.hls.isChecked(),
                           mp4=self.mp4.isChecked(), segment_seconds=self.segment.value(),
                           thumbnails=self.thumbnails.isChecked(), thumbnail_spec=self.thumbnail_spec.text().strip(),
                           hwaccel=self.hwaccel.currentData(), concurrency=self.concurrency.value(),
                           encoder=self.encoder.currentData(), codecs=self.codecs(),
                           hls_segments=self.hls_segments.currentData(),
                           language=self.language.currentData(), measure_quality=self.measure_quality.currentData())

    def codecs(self) -> str:
        """The checked codecs, in the order shown before (a preset's "hevc,h264" keeps its MP4 in HEVC), new ones
        after; "" when none is checked."""
        checked = [c for c, box in self.codec_boxes.items() if box.isChecked()]
        return ",".join([c for c in self._codec_order if c in checked] + [c for c in checked
                                                                           if c not in self._codec_order])

    def validate(self) -> str | None:
        """The reason the values cannot be kept (and focus on the field at fault), or None."""
        p = self.preferences()
        checks: list[tuple[QWidget | None, Callable[[], str | None]]] = [
            (self.hls, lambda: None if p.hls or p.mp4 else self.tr("Choose at least one output format (HLS or MP4).")),
            (self.codec_boxes["h264"], lambda: None if p.codecs else self.tr("Choose at least one video codec.")),
            (self.renditions, lambda: self._core(p.copy(thumbnails=False).encode_options, self.tr("Renditions"))),
            (self.thumbnail_spec, lambda: self._core(p.copy(renditions="").encode_options, self.tr("Thumbnails"))),
            (self.folder, lambda: self._core(p.check, self.tr("Output folder"))),
        ]
        providers = self.providers
        if providers is not None:
            checks.append((providers.bad_url_field(),
                           lambda: self._core(providers.endpoints, self.tr("Cloud providers"))))
        for field, check in checks:
            reason = check()
            if reason:
                if self.providers is not None:
                    self.tabs.setCurrentIndex(1 if field is not None and self.providers.isAncestorOf(field) else 0)
                if field is not None:
                    field.setFocus()
                return reason
        return None

    def _core(self, check, what: str) -> str | None:
        try:
            check()
        except UsageError as exc:
            return self.tr("%1: %2").replace("%1", what).replace("%2", str(exc))
        return None

    def accept(self):
        reason = self.validate()
        if reason:
            self.error.setText(reason)
            self.error.show()
            return
        if self.providers is not None:
            try:
                self.providers.save_keys()
            except (RenditionError, ValueError) as exc:  # e.g. no keyring: the user picks another place
                self.tabs.setCurrentIndex(1)
                self.error.setText(self.tr("%1: %2").replace("%1", self.tr("Keys")).replace("%2", str(exc)))
                self.error.show()
                return
            self.result_endpoints = self.providers.endpoints()
        self.result_prefs = self.preferences()
        super().accept()

    def _browse(self):
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)

    def _detect(self):
        self.detect.setEnabled(False)
        self.detect_result.setText(self.tr("Trying each hardware decoder…"))
        self.detect_result.show()
        self._fit_result()
        QThreadPool.globalInstance().start(_Detect(self._detect_signals))

    def _detected(self, report: dict):
        self.detect.setEnabled(True)
        if report.get("error"):
            self.detect_result.setText(self.tr("The check failed: %1").replace("%1", report["error"]))
            self._fit_result()
            return
        usable = report.get("usable") or []
        offered = [d["type"] for d in report.get("devices", [])]
        if usable:
            text = self.tr("Working here: %1.").replace("%1", ", ".join(usable))
        elif offered:
            text = self.tr("Offered but not working here: %1. Decoding uses the processor.").replace(
                "%1", ", ".join(offered))
        else:
            text = self.tr("No hardware decoder is offered. Decoding uses the processor.")
        self.detect_result.setText(text)
        self._fit_result()

    def _fit_result(self) -> None:
        """The check's result wraps in its own row, as tall as its lines: the dialog grows rather than letting it
        overlap "Jobs at once" (a form does not follow a wrapped label's height after the dialog is shown)."""
        label = self.detect_result
        label.show()
        label.setMinimumHeight(0)
        layout = self.layout()
        assert layout is not None  # the dialog's form, set up in __init__
        layout.activate()  # the label gets the row's width
        label.setMinimumHeight(label.heightForWidth(label.width()))
        layout.activate()
        if self.height() < self.minimumSizeHint().height():
            self.resize(self.width(), self.minimumSizeHint().height())

    def resizeEvent(self, event):
        super().resizeEvent(event)
        if self.detect_result.isVisible() and self.detect_result.text():
            self.detect_result.setMinimumHeight(self.detect_result.heightForWidth(self.detect_result.width()))
