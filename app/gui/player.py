"""The preview player: plays the source, the HLS master or any encoded rendition (QtMultimedia).

Switching rendition keeps the position. A rendition can be played as soon as it is encoded, while others encode.
An HLS master plays one variant at a time: the one chosen, or on *Auto* the one `app.core.abr` picks for the
picture's size and, for a remote master, the throughput measured by `app.core.segment_meter` (Qt's FFmpeg back
end, given the master itself, fetches every variant's segments and shows the lowest).
"""

from __future__ import annotations

import ctypes
import glob
import os
import time

import PySide6
from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, QRunnable, Qt, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer
from PySide6.QtMultimediaWidgets import QVideoWidget
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSlider,
                               QStackedWidget, QStyle, QToolButton, QVBoxLayout, QWidget)
from app.core import abr
from app.core.segment_meter import MeteringRelay
from app.gui import live_preview
from app.gui.signals import emit


def _clock(ms: int) -> str:
    s = max(0, ms) // 1000
    return f"{s // 60}:{s % 60:02d}" if s < 3600 else f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"


def _without_gil(player: QMediaPlayer, slot: str) -> None:
    """Call one of the player's slots (play, pause, stop) with Python's lock released.

    Qt's FFmpeg back end tears down and starts its audio renderer in a thread of its own, and that thread calls
    into the Python-made `QAudioOutput` (Shiboken checks for Python overrides of its virtual methods), which needs
    the GIL. A plain ``player.stop()`` from Python holds the GIL while it waits for that thread: a deadlock, seen
    in this project's tests about one run in ten to twenty-five (gdb: the main thread in QObject::disconnect, the
    audio renderer in take_gil). `QMetaObject.invokeMethod` is bound with the GIL released (PySide6's typesystem:
    ``allow-thread``), so the call runs synchronously, in this thread, without holding it."""
    QMetaObject.invokeMethod(player, slot, Qt.ConnectionType.DirectConnection)


def quiet_qt_ffmpeg() -> bool:
    """av_log_set_level(AV_LOG_QUIET) in the FFmpeg that Qt's player has loaded (not PyAV's, a library of its
    own), unless QT_FFMPEG_DEBUG asks for its messages. Call once a QMediaPlayer exists, before it opens a file;
    True when it was done."""
    if os.environ.get("QT_FFMPEG_DEBUG") or not hasattr(os, "RTLD_NOLOAD"):
        return False
    for path in glob.glob(os.path.join(os.path.dirname(PySide6.__file__), "Qt", "lib", "libavutil.so.*")):
        try:  # only the library already loaded: never a second FFmpeg
            ctypes.CDLL(path, mode=os.RTLD_NOLOAD | os.RTLD_LAZY).av_log_set_level(-8)
            return True
        except (OSError, AttributeError):
            continue
    return False  # another build of Qt: its FFmpeg may print


def still_path(source: str) -> str:
    """Where the player's still of a file goes: beside the queue's poster of the same file version."""
    from app.gui.jobs_controller import poster_path

    return os.path.splitext(poster_path(source))[0] + "-still.jpg"


class _StillSignals(QObject):
    done = Signal(str, str)  # the player's path, the still's path ("" when none could be made)


class _Still(QRunnable):
    """The first picture of a file, decoded by the worker process (never by Qt's player: see `PlayerPanel`)."""

    def __init__(self, key: str, source: str, signals: _StillSignals):
        super().__init__()
        self.key, self.source, self.signals = key, source, signals

    def run(self):
        from app.core.engine import still_isolated

        try:
            out = still_path(self.source)
            made = out if os.path.exists(out) else still_isolated(self.source, out)
        except OSError:
            made = None
        try:
            emit(self.signals.done, self.key, made or "")
        except RuntimeError:
            pass  # the player was closed meanwhile


class _VariantSignals(QObject):
    done = Signal(str, object)  # the master's path or URL, master_variants' list


class _MeterSignals(QObject):
    downloaded = Signal(str, int, float)  # the relay's base URL, bytes, seconds (of one segment)


_CODEC_NAMES = {"avc1": "H.264", "avc3": "H.264", "hvc1": "HEVC", "hev1": "HEVC", "av01": "AV1"}


def master_variants(master: str) -> list[tuple[str, str, str, abr.Variant]]:
    """The variants of an HLS master playlist (a path or a URL) as (label, media playlist path or URL, details,
    variant): the label its height and video codec (``720p HEVC``), the details its size, CODECS and peak bit
    rate, the variant what `app.core.abr` chooses by; by codec (H.264, HEVC, AV1), then height. [] when it is not
    a master."""
    import m3u8

    pl = m3u8.load(master, timeout=10) if "://" in master else m3u8.load(master)
    found = []
    for v in pl.playlists:
        info = v.stream_info
        width, height = info.resolution or (0, 0)
        codec = next((_CODEC_NAMES[c.strip()[:4]] for c in (info.codecs or "").split(",")
                      if c.strip()[:4] in _CODEC_NAMES), "")
        uri = v.absolute_uri if "://" in master else os.path.normpath(os.path.join(os.path.dirname(master), v.uri))
        label = " ".join(x for x in (f"{height}p" if height else "", codec) if x) or v.uri
        details = " · ".join(x for x in (f"{width}×{height}" if width else "", info.codecs or "",
                                         f"{(info.bandwidth or 0) / 1e6:.2f} Mb/s" if info.bandwidth else "") if x)
        order = list(dict.fromkeys(_CODEC_NAMES.values())).index(codec) if codec else 9
        variant = abr.Variant(uri, width, height, info.bandwidth or 0, codec)
        found.append(((order, height, info.bandwidth or 0), label, uri, details, variant))
    return [(label, uri, details, variant) for _, label, uri, details, variant in sorted(found, key=lambda f: f[0])]


class _Variants(QRunnable):
    """Read a master playlist off the GUI thread (it may be a URL)."""

    def __init__(self, master: str, signals: _VariantSignals):
        super().__init__()
        self.master, self.signals = master, signals

    def run(self):
        try:
            found = master_variants(self.master)
        except Exception:  # noqa: BLE001 - not a playlist, not reachable: no chooser
            found = []
        try:
            emit(self.signals.done, self.master, found)
        except RuntimeError:
            pass  # the player was closed meanwhile


class _Screen(QStackedWidget):
    """The picture: the video, or the still while stopped. Full screen on F or a double-click; Esc leaves."""

    def __init__(self, panel: "PlayerPanel"):
        super().__init__(panel)
        self.panel = panel

    def keyPressEvent(self, event):
        key = event.key()
        if key == Qt.Key.Key_F or (key == Qt.Key.Key_Escape and self.isFullScreen()):
            self.panel.toggle_full_screen()
        elif key == Qt.Key.Key_Space:
            self.panel.toggle()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event):
        self.panel.toggle_full_screen()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self.panel._resize_timer.start()  # in the window or full screen: Auto may want another variant


class PlayerPanel(QWidget):
    """Never pause or stop a freshly loaded QMediaPlayer to get a picture: that deadlocks Qt's FFmpeg audio
    thread. While stopped, a still decoded by the worker process stands in front of the video."""

    sourceChanged = Signal(str)
    variantChanged = Signal(str)  # the chosen variant's media playlist ("" for Auto)
    autoSwitched = Signal(str, str)  # on Auto: the variant now loaded (its media playlist), why (app.core.abr)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.player = QMediaPlayer(self)
        quiet_qt_ffmpeg()  # Qt's FFmpeg is loaded now, and has opened nothing yet
        self.audio = QAudioOutput(self)
        self.player.setAudioOutput(self.audio)
        self.video = QVideoWidget(self)
        self.video.setMinimumSize(240, 135)
        self.player.setVideoOutput(self.video)
        self.still = QLabel(self)  # the first picture, shown while stopped
        self.still.setObjectName("playerStill")
        self.still.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.still.setMinimumSize(240, 135)
        self.still.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.still.setStyleSheet("background: black")
        self._still_pixmap = QPixmap()
        self._still_key: str | None = None  # the path the still is for
        self._still_signals = _StillSignals(self)
        self._still_signals.done.connect(self._on_still)
        self.screen_area = _Screen(self)
        self.screen_area.addWidget(self.video)
        self.screen_area.addWidget(self.still)
        self.info = QLabel(self)  # the playing rendition's resolution and bit rate
        self.info.setObjectName("playerInfo")
        self._info_timer = QTimer(self)
        self._info_timer.setInterval(500)
        self._info_timer.timeout.connect(self._show_info)
        self._frame_ms = 40
        self._resume_at: int | None = None
        self._pause_when_loaded = False
        # A rung played while it encoded (its mirror, app.gui.live_preview) is offered under its final path once
        # whole: the same choice, and the player goes on with the mirror, which now lists the final files.
        self.renamed: dict[str, str] = {}

        self.choice = QComboBox(self)
        self.choice.setToolTip(self.tr("What to play: the source, the HLS master playlist or one rendition"))
        self.choice.currentIndexChanged.connect(self._switch)
        # While an HLS master plays: which of its variants (Qt's FFmpeg back end does not switch by itself: Auto is
        # app.core.abr's choice, shown as "Auto (720p)").
        self.variant = QComboBox(self)
        self.variant.setObjectName("playerVariant")
        self.variant.setToolTip(self.tr("The variant of the master playlist to play; Auto chooses by the player's "
                                        "size and the measured download speed"))
        self.variant.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.variant.setMinimumContentsLength(10)  # 2160p HEVC
        self.variant.hide()
        self.variant.currentIndexChanged.connect(self._choose_variant)
        self._variant_signals = _VariantSignals(self)
        self._variant_signals.done.connect(self._on_variants)
        self._abr: abr.Controller | None = None  # Auto's state while a master with variants is chosen
        self._relay: MeteringRelay | None = None  # a remote master's segments go through it, timed
        self._retired: list[MeteringRelay] = []  # closed once the player no longer reads from them
        self._meter_signals = _MeterSignals(self)
        self._meter_signals.downloaded.connect(self._on_download)
        self._pending_master: str | None = None  # a playlist whose variants are being read: loaded after
        self._play_when_loaded = False
        self._resize_timer = QTimer(self)  # the size settles before Auto looks at it
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(300)
        self._resize_timer.timeout.connect(self._auto_resize)
        self._stall_timer = QTimer(self)  # Auto: the position stuck while playing is a stall
        self._stall_timer.setInterval(250)
        self._stall_timer.timeout.connect(self._check_stall)
        self._stall_position: int | None = None
        self._stall_since = 0.0
        self.play_button = QPushButton(self.tr("Play"), self)
        self.play_button.setToolTip(self.tr("Play or pause (Space)"))
        self.play_button.clicked.connect(self.toggle)
        self.back_button = QPushButton("◀▮", self)
        self.back_button.setToolTip(self.tr("Previous frame (,)"))
        self.back_button.clicked.connect(lambda: self.step(-1))
        self.step_button = QPushButton("▮▶", self)
        self.step_button.setToolTip(self.tr("Next frame (.)"))
        self.step_button.clicked.connect(self.step)
        self.full_button = QToolButton(self)
        self.full_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_TitleBarMaxButton))
        self.full_button.setToolTip(self.tr("Full screen (F; Esc leaves)"))
        self.full_button.clicked.connect(self.toggle_full_screen)
        self.loop = QCheckBox(self.tr("Loop"), self)
        self.loop.toggled.connect(lambda on: self.player.setLoops(QMediaPlayer.Loops.Infinite if on else 1))
        self.seek = QSlider(Qt.Orientation.Horizontal, self)
        self.seek.setToolTip(self.tr("Position"))
        self.seek.sliderMoved.connect(self.player.setPosition)
        self.time = QLabel("0:00 / 0:00", self)
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(80)
        self.volume.setMaximumWidth(90)
        self.volume.setToolTip(self.tr("Volume"))
        self.volume.valueChanged.connect(lambda v: self.audio.setVolume(v / 100))
        self.audio.setVolume(0.8)

        # The position bar has a row of its own, so long translated button labels never squeeze it away.
        position = QHBoxLayout()
        position.addWidget(self.seek, 1)
        position.addWidget(self.time)
        controls = QHBoxLayout()
        for w in (self.play_button, self.back_button, self.step_button, self.loop):
            controls.addWidget(w)
        controls.addStretch(1)
        controls.addWidget(self.full_button)
        speaker = QLabel(self)
        speaker.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaVolume).pixmap(16, 16))
        controls.addWidget(speaker)
        controls.addWidget(self.volume)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # What plays, and while it plays its size and bit rate: beside the choice, which gives way (in the controls
        # row the text pushed the panel 130 px wider and the grid beside it had to scroll).
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.choice.setMinimumContentsLength(12)
        top = QHBoxLayout()
        top.addWidget(self.choice, 1)
        top.addWidget(self.variant)
        top.addWidget(self.info)
        layout.addLayout(top)
        layout.addWidget(self.screen_area, 1)
        layout.addLayout(position)
        layout.addLayout(controls)

        self.player.durationChanged.connect(self._on_duration)
        self.player.positionChanged.connect(self._on_position)
        self.player.playbackStateChanged.connect(self._on_state)
        self.player.mediaStatusChanged.connect(self._on_media_status)
        self._set_enabled(False)
        self._show_still()

    # -- the still and the larger view ---------------------------------------------------------------------------
    def _request_still(self, path: str) -> None:
        """Ask the worker for the first picture of `path` (an HLS playlist: of the first plain file offered)."""
        self._still_pixmap = QPixmap()
        self._still_key = path
        files = [path] + [self.choice.itemData(i) for i in range(self.choice.count())]
        source = next((f for f in files if f and "://" not in f and not f.lower().endswith(".m3u8")
                       and os.path.isfile(f)), None)
        if source is not None:
            QThreadPool.globalInstance().start(_Still(path, source, self._still_signals))
        self._show_still()

    def _on_still(self, key: str, still: str) -> None:
        if key == self._still_key:
            self._still_pixmap = QPixmap(still) if still else QPixmap()
            self._show_still()

    def _show_still(self) -> None:
        """The still in front while stopped; the video while playing or paused (it shows its own frame then)."""
        stopped = self.player.playbackState() == QMediaPlayer.PlaybackState.StoppedState
        if stopped and not self._still_pixmap.isNull():
            size = self.screen_area.size()
            self.still.setPixmap(self._still_pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                           Qt.TransformationMode.SmoothTransformation))
        else:
            self.still.clear()
        self.screen_area.setCurrentWidget(self.still if stopped else self.video)

    def still_shown(self) -> bool:
        return self.screen_area.currentWidget() is self.still and self.still.pixmap() is not None \
            and not self.still.pixmap().isNull()

    def resizeEvent(self, event):
        super().resizeEvent(event)
        self._resize_timer.start()
        if self.screen_area.currentWidget() is self.still:
            self._show_still()

    def is_full_screen(self) -> bool:
        return self.screen_area.isFullScreen()

    def toggle_full_screen(self) -> None:
        """The picture alone on the whole screen, or back in the window."""
        if self.screen_area.isFullScreen():
            self.screen_area.setWindowFlags(Qt.WindowType.Widget)
            self.screen_area.showNormal()
            self.screen_area.show()
        else:
            self.screen_area.setWindowFlags(Qt.WindowType.Window)
            self.screen_area.showFullScreen()
            self.screen_area.setFocus()
        self._show_still()

    def _show_info(self) -> None:
        """The playing picture's size (an adaptive master's too, as it switches) and the stream's bit rate."""
        size = self.video.videoSink().videoSize()
        rate = self.player.metaData().value(self.player.metaData().Key.VideoBitRate)
        parts = [f"{size.width()}×{size.height()}"] if size.isValid() and not size.isEmpty() else []
        if rate:
            parts.append(f"{int(rate) / 1e6:.1f} Mb/s" if int(rate) >= 1e6 else f"{int(rate) / 1e3:.0f} kb/s")
        self.info.setText(" · ".join(parts))

    # -- sources -----------------------------------------------------------------------------------------------
    def set_sources(self, items: list[tuple[str, str]]) -> None:
        """(label, path) pairs; the current choice is kept when it is still offered."""
        current = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        for label, path in items:
            self.choice.addItem(label, path)
        kept = self.choice.findData(current) if current else -1
        if kept < 0 and current in self.renamed:
            kept = self.choice.findData(self.renamed[current])
        self.choice.setCurrentIndex(kept if kept >= 0 else (0 if items else -1))
        self.choice.blockSignals(False)
        if kept < 0:  # a different job, or what played is gone: load the first item, stopped
            self.stop()
            self._drop_auto()
            self.player.setSource(QUrl())
            self._close_retired()
            self._set_enabled(False)
            self._still_key, self._still_pixmap = None, QPixmap()
            self._show_still()
            if items:
                self._switch(0)

    def play_path(self, path: str) -> None:
        """Play `path`: a variant of the playing master is chosen in the variant chooser (the master stays)."""
        variant = self.variant_index(path)
        if variant > 0:
            self.variant.setCurrentIndex(variant)
            self.play()
            return
        index = self.choice.findData(path)
        if index >= 0:
            self.choice.setCurrentIndex(index)
            self.play()

    def variant_index(self, path: str) -> int:
        """The chooser's index of the variant at `path` (-1 when the playing master has none there)."""
        if self.variant.count() < 2:
            return -1
        same = (lambda p: p) if "://" in path else os.path.normpath
        for i in range(1, self.variant.count()):
            data = self.variant.itemData(i)
            if data and same(data) == same(path):
                return i
        return -1

    def _switch(self, index: int) -> None:
        path = self.choice.itemData(index)
        if not path:
            return
        self._drop_auto()
        self._pending_master = None
        playlist = path.lower().split("?")[0].endswith(".m3u8")
        if playlist:  # perhaps a master: its variants offered
            QThreadPool.globalInstance().start(_Variants(path, self._variant_signals))
        if playlist and ("://" in path or _local_master(path)):  # loaded once its variants are known (Auto)
            self._pending_master = path
        else:
            self._load(path)
        self._request_still(path)
        self._set_enabled(True)
        self.variant.blockSignals(True)
        self.variant.clear()
        self.variant.blockSignals(False)
        self.variant.hide()
        emit(self.sourceChanged, path)

    def _load(self, path: str) -> None:
        """Open `path` where the player is: the position kept, playing again if it was playing."""
        state = self.player.playbackState()
        resume = self.player.position() if self.player.source().isValid() else None
        self._resume_at, self._pause_when_loaded = None, False
        # setSource reports the old media's end (LoadedMedia) before it returns: the position and the pause are for
        # the new one, set after it
        self.player.setSource(QUrl(path) if "://" in path else QUrl.fromLocalFile(path))
        self._resume_at = resume
        self._pause_when_loaded = state == QMediaPlayer.PlaybackState.PausedState  # paused stays paused
        if state == QMediaPlayer.PlaybackState.PlayingState:
            self.play()
        if self.player.mediaStatus() in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            self._on_media_status(self.player.mediaStatus())
        self._close_retired()
        if self._play_when_loaded:
            self._play_when_loaded = False
            self.play()

    def _on_variants(self, master: str, found: list) -> None:
        if master != self.choice.currentData() or master != self._pending_master:
            return
        self._pending_master = None
        if len(found) < 2:  # a media playlist, or one variant: played as it is
            self._load(master)
            return
        self.variant.blockSignals(True)
        self.variant.clear()
        self.variant.addItem(self.tr("Auto"), master)
        for label, uri, details, _ in found:
            self.variant.addItem(label, uri)
            self.variant.setItemData(self.variant.count() - 1, details, Qt.ItemDataRole.ToolTipRole)
        self.variant.setCurrentIndex(0)
        self.variant.blockSignals(False)
        self.variant.show()
        # Auto chooses among the variants of the first codec offered (H.264 before HEVC before AV1)
        codec = found[0][3].codec
        self._abr = abr.Controller([v for *_, v in found if v.codec == codec])
        if "://" in master:
            signals = self._meter_signals
            relay = self._relay = MeteringRelay(master, lambda _path, nbytes, seconds: _report(
                signals, relay.base, nbytes, seconds))
        self._start_auto()

    def _choose_variant(self, index: int) -> None:
        path = self.variant.itemData(index)
        if not path:
            return
        if index == 0:
            if self._abr is None:
                self._load(path)
            else:
                self._start_auto()
            emit(self.variantChanged, "")
            return
        self._stall_timer.stop()
        self.variant.setItemText(0, self.tr("Auto"))
        if self.player.source() != (QUrl(path) if "://" in path else QUrl.fromLocalFile(path)):  # Auto's may be it
            self._load(path)
        emit(self.variantChanged, path)

    # -- Auto: app.core.abr's choice -----------------------------------------------------------------------------
    def auto_active(self) -> bool:
        return self._abr is not None and self.variant.currentIndex() == 0

    def auto_variant(self) -> abr.Variant | None:
        """The variant Auto plays (None when Auto is not chosen)."""
        return self._abr.variant if self._abr is not None and self.auto_active() else None

    def _view(self) -> tuple[float, float, float]:
        """The picture's area in logical pixels and the screen's device pixel ratio."""
        size = self.screen_area.size()
        return float(size.width()), float(size.height()), float(self.screen_area.devicePixelRatioF())

    def _start_auto(self) -> None:
        """Auto's first choice for the player's size (and the throughput measured so far)."""
        assert self._abr is not None
        self._apply_auto(self._abr.start(*self._view(), time.monotonic()))
        self._stall_timer.start()

    def _apply_auto(self, index: int) -> None:
        """Load Auto's variant `index` where the player is (position and state kept)."""
        assert self._abr is not None
        variant = self._abr.variants[index]
        self.variant.setItemText(0, self.tr("Auto (%1)").replace("%1", f"{variant.height}p"))
        self._load(self._relay.url(variant.uri) if self._relay is not None else variant.uri)
        self._stall_position = None
        emit(self.autoSwitched, variant.uri, self._abr.reason)

    def _auto_resize(self) -> None:
        if self.auto_active() and self._abr is not None:
            index = self._abr.resize(*self._view(), time.monotonic())
            if index is not None:
                self._apply_auto(index)

    def _on_download(self, base: str, nbytes: int, seconds: float) -> None:
        if self.auto_active() and self._abr is not None and self._relay is not None and base == self._relay.base:
            index = self._abr.sample(nbytes, seconds, time.monotonic())
            if index is not None:
                self._apply_auto(index)

    def _check_stall(self) -> None:
        if not self.auto_active() or self._abr is None \
                or self.player.playbackState() != QMediaPlayer.PlaybackState.PlayingState \
                or self.player.mediaStatus() == QMediaPlayer.MediaStatus.EndOfMedia:
            self._stall_position = None
            return
        now, position = time.monotonic(), self.player.position()
        if position != self._stall_position:
            self._stall_position, self._stall_since = position, now
        elif now - self._stall_since >= 1.5:
            self._stall_since = now
            index = self._abr.stall(now)
            if index is not None:
                self._apply_auto(index)

    def _drop_auto(self) -> None:
        """Another source: Auto's state goes; its relay is closed once the player no longer reads from it."""
        self._stall_timer.stop()
        self._abr = None
        if self._relay is not None:
            self._retired.append(self._relay)
            self._relay = None

    def _close_retired(self) -> None:
        """Close the relays left behind (in a thread: shutting one down waits up to half a second)."""
        import threading

        for relay in self._retired:
            threading.Thread(target=relay.close, name="segment-meter-close", daemon=True).start()
        self._retired = []

    # -- controls ----------------------------------------------------------------------------------------------
    def play(self):
        if self._pending_master is not None:  # a master's variants are being read: it plays once loaded
            self._play_when_loaded = True
        _without_gil(self.player, "play")

    def pause(self):
        self._play_when_loaded = False
        _without_gil(self.player, "pause")

    def stop(self):
        self._play_when_loaded = False
        _without_gil(self.player, "stop")

    def toggle(self):
        if self.player.playbackState() == QMediaPlayer.PlaybackState.PlayingState:
            self.pause()
        else:
            self.play()

    def step(self, frames: int = 1):
        self.pause()
        self.player.setPosition(max(0, min(self.player.duration(), self.player.position() + frames * self._frame_ms)))

    def _on_position(self, ms: int):
        if not self.seek.isSliderDown():
            self.seek.setValue(ms)
        self._show_time()

    def _on_duration(self, ms: int):
        self.seek.setRange(0, ms)
        self._show_time()

    def _show_time(self):
        self.time.setText(f"{_clock(self.player.position())} / {_clock(self.player.duration())}")

    def _on_state(self, state):
        playing = state == QMediaPlayer.PlaybackState.PlayingState
        self.play_button.setText(self.tr("Pause") if playing else self.tr("Play"))
        self._show_still()
        if playing:
            self._info_timer.start()
            self._show_info()
        else:
            self._info_timer.stop()
            self.info.clear()

    def _on_media_status(self, status):
        if status in (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia):
            rate = self.player.metaData().value(self.player.metaData().Key.VideoFrameRate)
            if rate:
                self._frame_ms = max(1, int(round(1000 / float(rate))))
            if self._resume_at:
                self.player.setPosition(self._resume_at)  # a switch keeps the position
                self._resume_at = None
            if self._pause_when_loaded:
                self._pause_when_loaded = False
                self.pause()

    def _set_enabled(self, on: bool):
        for w in (self.play_button, self.back_button, self.step_button, self.seek, self.loop):
            w.setEnabled(on)


def _local_master(path: str) -> bool:
    """Whether a local playlist is a master (it lists variants): a media playlist, such as a rung's live mirror,
    is played at once."""
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            return "#EXT-X-STREAM-INF" in f.read(1 << 20)
    except OSError:
        return False


def _report(signals: _MeterSignals, base: str, nbytes: int, seconds: float) -> None:
    """A segment timed by a relay (in its thread): to the panel, queued to the GUI thread."""
    try:
        emit(signals.downloaded, base, nbytes, seconds)
    except RuntimeError:
        pass  # the player was closed meanwhile


def playable_items(job) -> list[tuple[str, str]]:
    """What the player offers for a job: the source, the master playlist, every encoded rendition.

    For a remote job: the source and the provider's renditions and HLS master, played from their URLs."""
    if job is None:
        return []
    if getattr(job, "provider", None):
        return _remote_items(job)
    items = [(QCoreApplication.translate("PlayerPanel", "Source"), job.source)] if os.path.exists(job.source) else []
    master = os.path.join(job.out_dir, "hls", "master.m3u8")
    if any(r.type == "hls" and r.status == "encoded" for r in job.renditions) and os.path.exists(master):
        items.append((QCoreApplication.translate("PlayerPanel", "HLS master (adaptive)"), master))
    for r in job.renditions:
        if r.status == "encoded" and r.path and os.path.exists(r.path):
            items.append((f"{r.type.upper()} {r.quality} ({r.width}×{r.height})", r.path))
        elif r.status == "encoding" and r.preview:  # its first segments, while it encodes
            mirror = live_preview.mirror_path(r.preview["path"])
            if os.path.exists(mirror):
                items.append((QCoreApplication.translate("PlayerPanel", "%1 (encoding)").replace(
                    "%1", f"{r.type.upper()} {r.quality} ({r.width}×{r.height})"), mirror))
    return items


def _remote_items(job) -> list[tuple[str, str]]:
    status = job.last_status or {}
    items = []
    if job.source and os.path.exists(job.source):
        items.append((QCoreApplication.translate("PlayerPanel", "Source"), job.source))
    hls_master = (status.get("assets") or {}).get("hls")
    if hls_master:
        items.append((QCoreApplication.translate("PlayerPanel", "HLS master (adaptive)"), hls_master))
    for r in status.get("renditions") or []:
        if r["status"] == "encoded" and r.get("url"):
            label = " ".join(x for x in ((r.get("type") or "").upper(), r.get("quality") or r["id"]) if x)
            items.append((QCoreApplication.translate("PlayerPanel", "%1 (remote)").replace("%1", label), r["url"]))
    return items
