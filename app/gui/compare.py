"""The Compare window: two of {the source, each encoded rendition} at the same frame, side by side or as a wipe.

Frames come from a media worker (`app.core.frames.FrameClient`, run by a `FrameLoader` thread): both sides are
asked for at the same time t and at the source's display size (the rendition scaled up, bicubic, as the quality
measurement compares them), so they line up pixel for pixel. `,`/`.` step one frame, Home/End go to the ends, the
zoom (Fit, 100 %, 200 %) and the panning are the same for both sides, and the "Worst moments" list (from the
rendition's measured scores) seeks both. `seek(seconds)` and `show_pair(left, right, seconds)` let other views
(the quality chart) drive it.
"""

from __future__ import annotations

import os
import queue

from PySide6.QtCore import QPointF, QRectF, Qt, QThread, Signal
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSlider,
                               QVBoxLayout, QWidget)

from app.core.frames import FrameClient, FrameError
from app.core.measure import find_renditions
from app.gui.signals import emit

SOURCE = "source"
SIDES = ("left", "right")
ZOOMS = (None, 1.0, 2.0)  # Fit, 100 %, 200 %


def can_compare(job) -> bool:
    """A job whose output folder exists (and holds at least one rendition) and whose source is still there."""
    out_dir = getattr(job, "out_dir", None)
    source = getattr(job, "source", None)
    return bool(out_dir and os.path.isdir(out_dir) and source and os.path.isfile(source)
                and find_renditions(out_dir))


def format_time(seconds: float) -> str:
    ms = int(round(max(0.0, seconds) * 1000))
    return f"{ms // 60000}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


class FrameLoader(QThread):
    """Asks a media worker for the frames of both sides; only the newest request waiting is served."""

    loaded = Signal(object)  # {"serial", "frames": {side: Frame}, "images": {side: QImage}, "errors": {side: str}}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._queue: queue.Queue = queue.Queue()

    def request(self, serial: int, t: float, sides: dict[str, tuple[str, str]], size: tuple[int, int] | None):
        """Frames at `t` for each side (side -> (key, path)), all at `size` (None: the source's display size)."""
        self._queue.put((serial, t, sides, size))

    def stop(self) -> None:
        if self.isRunning():
            self._queue.put(None)
            self.wait()

    def run(self):
        client = FrameClient()
        paths: dict[str, str] = {}
        try:
            while True:
                item = self._queue.get()
                while item is not None and not self._queue.empty():  # only the newest one matters
                    item = self._queue.get()
                if item is None:
                    return
                emit(self.loaded, self._load(client, paths, *item))
        finally:
            client.close()

    @staticmethod
    def _load(client: FrameClient, paths: dict[str, str], serial, t, sides, size) -> dict:
        result: dict = {"serial": serial, "t": t, "frames": {}, "images": {}, "errors": {}}
        for side, (key, path) in sides.items():
            try:
                if paths.get(key) != path or key not in client.infos:
                    paths.pop(key, None)
                    client.open(key, path)
                    paths[key] = path
                if size is None:
                    info = client.infos.get(SOURCE) or client.infos[key]
                    size = (int(info["width"]), int(info["height"]))
                frame = client.frame(key, t, size[0], size[1])
            except FrameError as exc:
                result["errors"][side] = str(exc)
                continue
            image = QImage(frame.rgb, frame.width, frame.height, frame.width * 3, QImage.Format.Format_RGB888)
            result["images"][side] = image.copy()  # owns its pixels (the bytes go with the frame)
            frame.rgb = b""
            result["frames"][side] = frame
        return result


class CompareView(QWidget):
    """Paints both sides with one zoom and one pan: two panes side by side, or one pane split by a divider."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.images: dict[str, QImage | None] = {"left": None, "right": None}
        self.names = {"left": "", "right": ""}
        self.errors: dict[str, str] = {}
        self.mode = "side"  # or "wipe"
        self.zoom: float | None = None  # None: fit
        self.divider = 0.5  # the wipe's divider, as a share of the width
        self.center: QPointF | None = None  # the image point at the panes' centres (zoomed)
        self._drag: str | None = None
        self._last = QPointF()
        self.setMinimumSize(320, 180)
        self.setMouseTracking(True)
        self.setAutoFillBackground(False)

    # geometry ----------------------------------------------------------------------------------------------
    def image_size(self) -> tuple[int, int]:
        for side in SIDES:
            img = self.images[side]
            if img is not None and not img.isNull():
                return img.width(), img.height()
        return 0, 0

    def panes(self) -> list[QRectF]:
        r = QRectF(self.rect())
        if self.mode == "wipe":
            return [r]
        half = (r.width() - 4) / 2
        return [QRectF(r.left(), r.top(), half, r.height()), QRectF(r.left() + half + 4, r.top(), half, r.height())]

    def scale(self) -> float:
        iw, ih = self.image_size()
        if not iw:
            return 1.0
        if self.zoom is None:
            pane = self.panes()[0]
            return min(pane.width() / iw, pane.height() / ih)
        return self.zoom

    def _centre(self) -> QPointF:
        """The image point shown at the panes' centres, kept inside the image."""
        iw, ih = self.image_size()
        pane, s = self.panes()[0], self.scale()
        c = self.center if (self.center is not None and self.zoom is not None) else QPointF(iw / 2, ih / 2)

        def clamp(v: float, size: float, view: float) -> float:
            half = view / 2 / s
            return size / 2 if half * 2 >= size else min(max(v, half), size - half)
        return QPointF(clamp(c.x(), iw, pane.width()), clamp(c.y(), ih, pane.height()))

    def target(self, pane: QRectF) -> QRectF:
        """Where the whole image is drawn for a pane (the same mapping in every pane)."""
        iw, ih = self.image_size()
        s, c = self.scale(), self._centre()
        x, y = pane.center().x() - c.x() * s, pane.center().y() - c.y() * s
        if self.zoom is not None:  # zoomed: on whole screen pixels, so each picture pixel is drawn as it is
            x, y = round(x), round(y)
        return QRectF(x, y, iw * s, ih * s)

    def visible_region(self, side: str) -> QRectF:
        """The part of the image (image pixels) that the side shows."""
        panes = self.panes()
        pane = panes[0] if self.mode == "wipe" else panes[SIDES.index(side)]
        t, s = self.target(pane), self.scale()
        if self.mode == "wipe":
            x = pane.left() + pane.width() * self.divider
            pane = QRectF(pane.left(), pane.top(), x - pane.left(), pane.height()) if side == "left" else \
                QRectF(x, pane.top(), pane.right() - x, pane.height())
        iw, ih = self.image_size()
        seen = pane.intersected(t)
        return QRectF((seen.left() - t.left()) / s, (seen.top() - t.top()) / s, seen.width() / s,
                      seen.height() / s).intersected(QRectF(0, 0, iw, ih))

    def divider_x(self) -> float:
        pane = self.panes()[0]
        return pane.left() + pane.width() * self.divider

    # painting ----------------------------------------------------------------------------------------------
    def paintEvent(self, event):
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(24, 24, 24))
        smooth = self.zoom is None or self.scale() < 1.0  # zoomed in: the pixels as they are
        p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, smooth)
        panes = self.panes()
        if self.mode == "wipe":
            pane, x = panes[0], self.divider_x()
            clips = {"left": QRectF(pane.left(), pane.top(), x - pane.left(), pane.height()),
                     "right": QRectF(x, pane.top(), pane.right() - x, pane.height())}
            targets = {side: self.target(pane) for side in SIDES}
        else:
            clips = dict(zip(SIDES, panes))
            targets = {side: self.target(clips[side]) for side in SIDES}
        for side in SIDES:
            p.save()
            p.setClipRect(clips[side])
            img = self.images[side]
            if side in self.errors or img is None:
                p.setPen(QColor(230, 120, 110) if side in self.errors else QColor(160, 160, 160))
                p.drawText(clips[side].adjusted(12, 12, -12, -12), Qt.AlignmentFlag.AlignCenter
                           | Qt.TextFlag.TextWordWrap, self.errors.get(side) or self.tr("Loading…"))
            else:
                p.drawImage(targets[side], img)
            p.restore()
        if self.mode == "wipe":
            x = self.divider_x()
            p.setPen(QPen(QColor(255, 255, 255, 220), 2))
            p.drawLine(QPointF(x, 0), QPointF(x, self.height()))
            p.setBrush(QColor(255, 255, 255, 220))
            p.drawEllipse(QPointF(x, self.height() / 2), 7, 7)
        self._paint_names(p, clips)
        p.end()

    def _paint_names(self, p: QPainter, clips: dict[str, QRectF]) -> None:
        fm = p.fontMetrics()
        for side in SIDES:
            text = self.names[side]
            if not text:
                continue
            w, h = fm.horizontalAdvance(text) + 12, fm.height() + 6
            clip = clips[side]
            if self.mode == "wipe":
                clip = QRectF(self.rect())
            x = clip.left() + 8 if side == "left" else clip.right() - 8 - w
            box = QRectF(x, clip.top() + 8, w, h)
            p.fillRect(box, QColor(0, 0, 0, 160))
            p.setPen(QColor(255, 255, 255))
            p.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

    # dragging: the divider, or the picture ----------------------------------------------------------------
    def _near_divider(self, pos: QPointF) -> bool:
        return self.mode == "wipe" and abs(pos.x() - self.divider_x()) <= 8

    def mousePressEvent(self, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return
        pos = event.position()
        self._drag = "divider" if self._near_divider(pos) else ("pan" if self.zoom is not None else None)
        self._last = pos
        if self._drag == "pan":
            self.center = self._centre()
            self.setCursor(Qt.CursorShape.ClosedHandCursor)

    def mouseMoveEvent(self, event):
        pos = event.position()
        if self._drag == "divider":
            self.set_divider((pos.x() - self.panes()[0].left()) / max(1.0, self.panes()[0].width()))
        elif self._drag == "pan":
            self.pan(self._last.x() - pos.x(), self._last.y() - pos.y())
            self._last = pos
        elif self._near_divider(pos):
            self.setCursor(Qt.CursorShape.SplitHCursor)
        else:
            self.setCursor(Qt.CursorShape.OpenHandCursor if self.zoom is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event):
        self._drag = None
        self.unsetCursor()

    def set_divider(self, share: float) -> None:
        self.divider = min(1.0, max(0.0, share))
        self.update()

    def pan(self, dx: float, dy: float) -> None:
        """Move the picture by (dx, dy) widget pixels (both sides together)."""
        if self.zoom is None:
            return
        c, s = self._centre(), self.scale()
        self.center = QPointF(c.x() + dx / s, c.y() + dy / s)
        self.center = self._centre()
        self.update()


class CompareWindow(QWidget):
    """Compare two of a job's source and renditions, frame by frame."""

    frameShown = Signal()  # both sides show the frames of the newest request

    def __init__(self, job, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.job = job
        self.setWindowTitle(self.tr("Compare: %1").replace("%1", job.name))
        self.resize(1200, 760)
        self.items = [(SOURCE, self.tr("Source"), job.source)]
        for rid, path in find_renditions(job.out_dir):
            kind, quality = rid.split(":", 1)
            self.items.append((rid, f"{kind.upper()} {quality}", path))
        meta = getattr(job, "metadata", None) or {}
        w, h = int(meta.get("width") or 0), int(meta.get("height") or 0)
        self.size_wanted = (w, h) if w > 0 and h > 0 else None  # the source's display size
        self.time = 0.0
        self.duration = 0.0
        self.frames: dict = {}
        self.serial = self.shown_serial = 0
        self._updating = False

        self.left_box, self.right_box = QComboBox(self), QComboBox(self)
        for box in (self.left_box, self.right_box):
            for rid, label, _ in self.items:
                box.addItem(label, rid)
            box.currentIndexChanged.connect(self._pair_changed)
        self.mode_box = QComboBox(self)
        self.mode_box.addItem(self.tr("Side by side"), "side")
        self.mode_box.addItem(self.tr("Wipe"), "wipe")
        self.mode_box.currentIndexChanged.connect(self._mode_changed)
        self.zoom_box = QComboBox(self)
        for zoom, text in zip(ZOOMS, (self.tr("Fit"), "100 %", "200 %")):
            self.zoom_box.addItem(text, zoom)
        self.zoom_box.setToolTip(self.tr("Zoomed in, drag the picture to move both sides together"))
        self.zoom_box.currentIndexChanged.connect(self._zoom_changed)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Left:"), self))
        top.addWidget(self.left_box)
        top.addWidget(QLabel(self.tr("Right:"), self))
        top.addWidget(self.right_box)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("View:"), self))
        top.addWidget(self.mode_box)
        top.addWidget(QLabel(self.tr("Zoom:"), self))
        top.addWidget(self.zoom_box)
        top.addStretch(1)

        self.view = CompareView(self)
        self.worst = QListWidget(self)
        self.worst.setObjectName("worstMoments")
        self.worst.itemClicked.connect(self._worst_clicked)
        self.worst.itemActivated.connect(self._worst_clicked)
        self.worst_label = QLabel(self)
        self.worst_label.setWordWrap(True)
        self.worst_label.setToolTip(self.tr("The one-second windows where the rendition scored lowest; a click "
                                            "shows both sides there"))
        side = QVBoxLayout()
        side.addWidget(self.worst_label)
        side.addWidget(self.worst, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.view, 1)
        middle.addLayout(side)
        self.worst.setFixedWidth(220)

        self.prev_button = QPushButton("◀", self)
        self.prev_button.setToolTip(self.tr("Previous frame (,)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button = QPushButton("▶", self)
        self.next_button.setToolTip(self.tr("Next frame (.)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        for b in (self.prev_button, self.next_button):
            b.setFixedWidth(40)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.valueChanged.connect(self._slider_moved)
        self.time_label = QLabel(self)
        self.time_label.setMinimumWidth(self.time_label.fontMetrics().horizontalAdvance("0:00.000 / 0:00.000 · ")
                                        + self.time_label.fontMetrics().horizontalAdvance(self.tr("frame %1")) + 40)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.slider, 1)
        bottom.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)

        for key, slot in ((Qt.Key.Key_Comma, lambda: self.step(-1)), (Qt.Key.Key_Period, lambda: self.step(1)),
                          (Qt.Key.Key_Home, lambda: self.seek(0.0)),
                          (Qt.Key.Key_End, lambda: self.seek(max(0.0, self.duration - 1e-3)))):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

        self.loader = FrameLoader(self)
        self.loader.loaded.connect(self._loaded)
        self.loader.start()
        right = next((rid for rid, _, _ in self.items if rid != SOURCE), SOURCE)
        self.show_pair(SOURCE, right, 0.0)

    # driving it ------------------------------------------------------------------------------------------
    def ids(self) -> list[str]:
        return [rid for rid, _, _ in self.items]

    def pair(self) -> tuple[str, str]:
        return self.left_box.currentData(), self.right_box.currentData()

    def show_pair(self, left_id: str, right_id: str, seconds: float | None = None) -> None:
        """Show `left_id` and `right_id` (``"source"`` or a rendition id such as ``"hls:240p"``), at `seconds`
        (None: where it stands)."""
        ids = self.ids()
        for box, rid in ((self.left_box, left_id), (self.right_box, right_id)):
            if rid in ids:
                box.blockSignals(True)
                box.setCurrentIndex(ids.index(rid))
                box.blockSignals(False)
        self._fill_worst()
        self.seek(self.time if seconds is None else seconds)

    def seek(self, seconds: float) -> None:
        """Both sides at the frame shown at `seconds`."""
        paths = {rid: path for rid, _, path in self.items}
        left, right = self.pair()
        self.serial += 1
        self.time = max(0.0, seconds)
        self.loader.request(self.serial, self.time, {"left": (left, paths[left]), "right": (right, paths[right])},
                            self.size_wanted)

    def step(self, frames: int) -> None:
        """One frame forward (1) or back (-1), from the frame shown now."""
        shown = self.frames.get("left") or self.frames.get("right")
        if shown is None:
            return
        if self.serial != self.shown_serial:  # a key held down: on from the frame asked for, not yet shown
            self.seek(max(0.0, self.time + frames * shown.frame_duration))
        elif frames > 0:
            self.seek(shown.time + shown.frame_duration)
        elif shown.time > 0:
            self.seek(shown.time - 1e-3)  # inside the frame before (its start is not known here)

    def set_mode(self, mode: str) -> None:
        self.mode_box.setCurrentIndex(0 if mode == "side" else 1)

    def set_zoom(self, zoom: float | None) -> None:
        self.zoom_box.setCurrentIndex(list(ZOOMS).index(zoom))

    # reacting ----------------------------------------------------------------------------------------------
    def _pair_changed(self, *args) -> None:
        self._fill_worst()
        self.seek(self.time)

    def _mode_changed(self, *args) -> None:
        self.view.mode = self.mode_box.currentData()
        self.view.update()

    def _zoom_changed(self, *args) -> None:
        self.view.zoom = self.zoom_box.currentData()
        self.view.update()

    def _slider_moved(self, value: int) -> None:
        if not self._updating:
            self.seek(value / 1000)

    def _worst_clicked(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if start is not None:
            self.seek(float(start))

    def _fill_worst(self) -> None:
        self.worst.clear()
        left, right = self.pair()
        rid = right if right != SOURCE else left
        label = next((text for r, text, _ in self.items if r == rid), rid)
        self.worst_label.setText(self.tr("Worst moments of %1").replace("%1", label) if rid != SOURCE
                                 else self.tr("Worst moments"))
        rendition = self.job.rendition(rid) if rid != SOURCE and hasattr(self.job, "rendition") else None
        measured = getattr(rendition, "measured", None) or {}
        scores = measured.get("scores") or {}
        names = {"ssim": "SSIM", "psnr": "PSNR", "xpsnr_y": "XPSNR"}
        rows = 0
        for metric, name in names.items():
            for start, score in (scores.get(metric) or {}).get("worst") or []:
                value = self.tr("identical") if score is None else (
                    f"{score:.4f}" if metric == "ssim" else f"{score:.2f} dB")
                item = QListWidgetItem(f"{format_time(start)}  ·  {name} {value}")
                item.setData(Qt.ItemDataRole.UserRole, float(start))
                self.worst.addItem(item)
                rows += 1
        if not rows:
            item = QListWidgetItem(self.tr("Not measured") if rid != SOURCE else self.tr("Pick a rendition"))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.worst.addItem(item)

    def _loaded(self, result: dict) -> None:
        if result["serial"] < self.shown_serial:
            return
        self.shown_serial = result["serial"]
        labels = {rid: label for rid, label, _ in self.items}
        left, right = self.pair()
        self.frames = result["frames"]
        self.view.errors = dict(result["errors"])
        for side, rid in zip(SIDES, (left, right)):
            self.view.images[side] = result["images"].get(side)
            self.view.names[side] = labels.get(rid, rid)
        shown = self.frames.get("left") or self.frames.get("right")
        if shown is not None:
            self.time = shown.time
            self.duration = max(f.duration for f in self.frames.values())
            self._updating = True
            self.slider.setRange(0, int(self.duration * 1000))
            self.slider.setValue(int(round(shown.time * 1000)))
            self._updating = False
            self.time_label.setText(f"{format_time(shown.time)} / {format_time(self.duration)} · "
                                    + self.tr("frame %1").replace("%1", str(shown.index)))
        self.message.setText("  ".join(f"{labels.get(rid, rid)}: {result['errors'][side]}"
                                       for side, rid in zip(SIDES, (left, right)) if side in result["errors"]))
        self.view.update()
        if result["serial"] == self.serial:
            emit(self.frameShown)

    def showEvent(self, event):
        super().showEvent(event)
        if not self.loader.isRunning():  # shown again after it was closed: a new frame worker
            self.loader.start()
            self.seek(self.time)

    def closeEvent(self, event):
        self.loader.stop()  # and its frame worker
        super().closeEvent(event)
