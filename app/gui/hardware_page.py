"""Settings › Hardware: which hardware decoders and encoders work on this machine, and why each other one does not.

It shows the answer kept per machine (`app.core.engine.hwaccel_report`, cached in the data folder) without starting
anything; "Check again" tries every one again in the media worker, from a `QThread`.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core import hwenc
from app.gui.signals import emit


class HardwareCheck(QThread):
    """Runs the hardware check (the worker process) off the GUI thread; `done` carries the report."""

    done = Signal(object)

    def __init__(self, recheck: bool, parent=None):
        super().__init__(parent)
        self.recheck = recheck

    def run(self):
        from app.core.engine import hwaccel_report

        try:
            report = hwaccel_report(recheck=self.recheck)
        except Exception as exc:  # noqa: BLE001 - shown on the page
            report = {"error": str(exc), "devices": [], "encoders": [], "usable": []}
        emit(self.done, report)


class HardwarePage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("hardwarePage")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("hardwareTree")
        self.tree.setHeaderLabels([self.tr("Decoder or encoder"), self.tr("Works here"), self.tr("Why not")])
        self.tree.setRootIsDecorated(True)
        self.check = QPushButton(self.tr("Check again"), self)
        self.check.setObjectName("hardwareCheck")
        self.check.setToolTip(self.tr("Try every hardware decoder and encoder on this machine again"))
        self.check.clicked.connect(lambda: self.start(recheck=True))
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(self.check)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        self.checking: HardwareCheck | None = None
        self.report: dict | None = hwenc.load_cache(hwenc.cache_key())
        self.show_report(self.report)

    def start(self, recheck: bool = True) -> None:
        if self.checking is not None:
            return
        self.check.setEnabled(False)
        self.summary.setText(self.tr("Trying each hardware decoder and encoder…"))
        self.checking = HardwareCheck(recheck, self)
        self.checking.done.connect(self._done)
        self.checking.finished.connect(self._finished)
        self.checking.start()

    def _done(self, report: dict) -> None:
        self.report = report
        self.show_report(report)

    def _finished(self) -> None:
        if self.checking is not None:
            self.checking.deleteLater()
        self.checking = None
        self.check.setEnabled(True)

    def wait_check(self) -> None:
        """Block until a running check has ended (the dialog closing)."""
        if self.checking is not None:
            self.checking.wait()

    def show_report(self, report: dict | None) -> None:
        self.tree.clear()
        if report is None:
            self.summary.setText(self.tr("Not checked yet on this machine."))
            self.check.setText(self.tr("Check"))
            return
        self.check.setText(self.tr("Check again"))
        yes, no = self.tr("yes"), self.tr("no")
        decoders = QTreeWidgetItem(self.tree, [self.tr("Decoders")])
        for d in report.get("devices") or []:
            why = "" if d["works"] else d.get("error") or ""
            QTreeWidgetItem(decoders, [d["type"], yes if d["works"] else no, why])
        encoders = QTreeWidgetItem(self.tree, [self.tr("Encoders")])
        for e in report.get("encoders") or []:
            why = "" if e["works"] else e.get("reason") or ""
            QTreeWidgetItem(encoders, [e["name"], yes if e["works"] else no, why])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        works = hwenc.working_families(report)
        family = next((f for f in hwenc.FAMILIES if works.get(f, "") is None), None)
        if report.get("error"):
            text = self.tr("The check did not finish: %1").replace("%1", report["error"])
        elif family:
            text = self.tr("Automatic encoding uses %1.").replace("%1", hwenc.encoder_name(family))
        else:
            text = self.tr("No hardware encoder works here: encoding uses the processor (libx264).")
        when = report.get("checkedAt")
        if when:
            text += " " + self.tr("Checked %1.").replace("%1", when[:19].replace("T", " "))
        self.summary.setText(text)
