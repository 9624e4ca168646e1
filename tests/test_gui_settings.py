"""The settings dialog refuses invalid values with a reason; accepted values persist and reach the queue."""

import os

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from app.core.store import JobStore
from app.gui.jobs_controller import JobsController
from app.gui.main_window import MainWindow
from app.gui.preferences import Preferences
from app.gui.settings_dialog import SettingsDialog


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def dialog(qtbot, tmp_path):
    d = SettingsDialog(Preferences(output_folder=str(tmp_path / "videos")))
    qtbot.addWidget(d)
    d.show()
    return d


def refused(dialog) -> str:
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.isVisible()
    assert dialog.error.isVisible()
    return dialog.error.text()


def test_a_bad_rendition_list_is_refused_with_the_reason(dialog):
    dialog.renditions.setText("720p, banana")
    text = refused(dialog)
    assert "Renditions" in text and "'banana'" in text and "720p:2500k" in text
    assert dialog.renditions.hasFocus()


def test_no_format_is_refused(dialog):
    dialog.hls.setChecked(False)
    dialog.mp4.setChecked(False)
    assert "at least one output format" in refused(dialog)


def test_a_bad_thumbnail_spec_is_refused(dialog):
    dialog.thumbnail_spec.setText("00:00:03/360/gif/none")
    assert "Thumbnails" in refused(dialog) and "gif" in dialog.error.text()
    dialog.thumbnails.setChecked(False)  # no thumbnails: the spec does not matter
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_an_unwritable_output_folder_is_refused(dialog, tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        dialog.folder.setText(str(locked / "out"))
        assert "not writable" in refused(dialog)
        assert dialog.folder.hasFocus()
    finally:
        locked.chmod(0o700)


def test_a_relative_output_folder_is_refused(dialog):
    dialog.folder.setText("relative/folder")
    assert "full path" in refused(dialog)
    assert dialog.folder.hasFocus()


def test_a_file_as_output_folder_is_refused(dialog, tmp_path):
    f = tmp_path / "a-file"
    f.write_text("x")
    dialog.folder.setText(str(f / "sub"))
    assert "is a file" in refused(dialog)


def test_preferences_round_trip_and_damaged_values_fall_back(settings, tmp_path):
    p = Preferences(output_folder=str(tmp_path), preset="high", renditions="360p,720p:2500k", mp4=False,
                    segment_seconds=4.0, thumbnails=False, hwaccel="off", concurrency=3, language="de")
    p.save(settings)
    assert Preferences.load(settings) == p
    options = Preferences.load(settings).encode_options()
    assert options.renditions == [(360, None), (720, 2500)] and options.formats == ("hls",)
    assert options.thumbnails == [] and options.segment_seconds == 4.0 and options.hwaccel == "off"
    settings.setValue("encode/renditions", "garbage!")
    settings.setValue("queue/concurrency", "two")
    loaded = Preferences.load(settings)  # never refuses to start: back to the defaults
    assert loaded.renditions == "" and loaded.preset == "default" and loaded.output_folder == str(tmp_path)


def test_accepted_settings_are_saved_and_used_for_new_jobs(qtbot, settings, tmp_path, clips):
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    controller.pause()
    window = MainWindow(controller, settings)
    qtbot.addWidget(window)
    dialog = window.open_settings()
    out = tmp_path / "elsewhere"
    dialog.folder.setText(str(out))
    dialog.renditions.setText("240p:300k")
    dialog.mp4.setChecked(False)
    dialog.segment.setValue(2.0)
    dialog.concurrency.setValue(2)
    dialog.accept()
    assert Preferences.load(settings).renditions == "240p:300k"
    assert controller.concurrency == 2 and controller.out_root == str(out)
    assert controller.options.renditions == [(240, 300)] and controller.options.formats == ("hls",)
    controller.add_paths([clips.no_audio])
    qtbot.waitUntil(lambda: controller.model.rowCount() == 1, timeout=30000)
    job = controller.model.job(0)
    assert job.out_dir == os.path.join(str(out), "silent") and job.options.segment_seconds == 2.0
    controller.shutdown()


def test_codecs_and_h264_segments_are_chosen_in_the_window_and_kept(qtbot, tmp_path, settings):
    """Settings › Encoding: the HLS ladders' video codecs (a preset's order kept: its first codec is the MP4's) and
    the H.264 ladder's segments reach the jobs' options, persist, and go into a preset saved from them."""
    d = SettingsDialog(Preferences(output_folder=str(tmp_path / "videos"), codecs="hevc,h264"))
    qtbot.addWidget(d)
    d.show()
    assert [c for c, box in d.codec_boxes.items() if box.isChecked()] == ["h264", "hevc"]
    assert d.codecs() == "hevc,h264"  # shown as given: the MP4 stays HEVC
    d.codec_boxes["av1"].setChecked(True)
    d.hls_segments.setCurrentIndex(d.hls_segments.findData("fmp4"))
    d.accept()
    assert d.result() == QDialog.DialogCode.Accepted
    prefs = d.result_prefs
    assert prefs.codecs == "hevc,h264,av1" and prefs.hls_segments == "fmp4"
    options = prefs.encode_options()
    assert options.codecs == ("hevc", "h264", "av1") and options.hls_segments == "fmp4"
    prefs.save(settings)
    again = Preferences.load(settings)
    assert (again.codecs, again.hls_segments) == ("hevc,h264,av1", "fmp4")
    preset = prefs.as_preset("three codecs")
    assert (preset.codecs, preset.hls_segments) == ("hevc,h264,av1", "fmp4")
    assert Preferences().with_preset(preset).codecs == "hevc,h264,av1"


def test_no_codec_is_refused(dialog):
    for box in dialog.codec_boxes.values():
        box.setChecked(False)
    assert "at least one video codec" in refused(dialog)
