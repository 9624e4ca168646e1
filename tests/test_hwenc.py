"""Hardware encoders: detection by trying, its cache, the choice, and the software fallback (issue 16).

On a machine without a GPU (this project's CI) every hardware encoder really fails to open: the detection and the
open fallback below run the real path, not a mock. The mid-encode failure uses the worker's test hook
(`hwenc.FAIL_HOOK_ENV`), the only way to make an encoder fail after it opened on such a machine."""

import glob
import json
import os
import subprocess
import sys
import time

import av
import m3u8
import pytest
from PySide6.QtCore import Qt

from app.core import engine as engine_mod
from app.core import hwenc
from app.core.engine import Engine
from app.core.errors import EXIT_OK, UsageError
from app.core.jobs import ENCODED, EncodeOptions, Job
from app.core.options import build_options
from app.core.store import JobStore

NO_GPU = not glob.glob("/dev/nvidia*") and not glob.glob("/dev/dri/*")
needs_no_gpu = pytest.mark.skipif(not NO_GPU, reason="this machine has a GPU: hardware encoders may work here")


def cli(*args, env=None):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True, text=True, timeout=300,
                          env={**os.environ, **(env or {})})


def run_job(src, out, env=None, monkeypatch=None, **options):
    events = []
    job = Job.create(src, str(out), EncodeOptions(**options))
    store = JobStore()
    code = Engine(store).run(job, events.append)
    return code, store.get(job.id), events


# -- detection ------------------------------------------------------------------------------------------------
@needs_no_gpu
def test_detection_reports_every_hardware_encoder_not_working_with_its_reason():
    r = cli("hwaccel", "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    encoders = {e["name"]: e for e in report["encoders"]}
    assert set(encoders) == {f"{c}_{f}" for f in hwenc.FAMILIES for c in hwenc.CODECS}
    for name, e in encoders.items():
        assert e["works"] is False and e["reason"], name
        assert e["offered"] == (name in av.codecs_available)
        if e["offered"]:  # really opened: the small size was tried, and failed
            assert e["sizes"] == {"320x180": False}, name
    # The reasons are FFmpeg's, made plain: not a bare error code.
    assert "NVIDIA" in encoders["h264_nvenc"]["reason"]
    assert "Quick Sync" in encoders["h264_qsv"]["reason"]
    assert "AMD" in encoders["h264_amf"]["reason"]
    assert encoders["h264_vaapi"]["reason"] == "not in this build's FFmpeg"
    # The decoders are still reported, in the same document.
    assert isinstance(report["devices"], list) and report["versions"]["pyav"] == av.__version__
    text = cli("hwaccel")
    assert "h264_nvenc  does not work here: no NVIDIA GPU driver" in text.stdout
    assert "--encoder auto uses: software (libx264)" in text.stdout


def test_plain_reasons_from_ffmpeg_messages():
    assert hwenc.plain_reason("[h264_nvenc] Driver does not support the required nvenc API version. Required: 13.0 "
                              "Found: 12.1 The minimum required Nvidia driver for nvenc is 570.0 or newer") == \
        "the NVIDIA driver is too old: NVENC in this build needs driver 570.0 or newer"
    assert "limit of concurrent encodes" in hwenc.plain_reason(
        "OpenEncodeSessionEx failed: incompatible client key (21): (no details)")
    assert hwenc.plain_reason("Cannot load libcuda.so.1") == "no NVIDIA GPU driver (libcuda.so.1 not found)"
    assert hwenc.plain_reason("something new   happened") == "something new happened"


def test_detection_is_cached_reused_and_checked_again_when_the_key_changes(tmp_path, monkeypatch):
    driver = tmp_path / "nvidia-version"
    driver.write_text("NVRM version: NVIDIA UNIX x86_64 Kernel Module  550.54.14\n")
    monkeypatch.setattr(hwenc, "NVIDIA_VERSION_FILE", str(driver))
    first = engine_mod.hwaccel_report()
    assert first["cached"] is False and os.path.exists(hwenc.cache_path())

    real_run = subprocess.run

    def no_worker(*a, **k):
        raise AssertionError("the cached answer should not start a worker")

    monkeypatch.setattr(engine_mod.subprocess, "run", no_worker)
    t = time.monotonic()
    second = engine_mod.hwaccel_report()
    assert time.monotonic() - t < 0.5
    assert second["cached"] is True and second["encoders"] == first["encoders"]
    assert second["checkedAt"] == first["checkedAt"]

    driver.write_text("NVRM version: NVIDIA UNIX x86_64 Kernel Module  570.86.10\n")  # a driver update
    with pytest.raises(AssertionError, match="should not start a worker"):
        engine_mod.hwaccel_report()
    monkeypatch.setattr(engine_mod.subprocess, "run", real_run)
    third = engine_mod.hwaccel_report()
    assert third["cached"] is False and third["checkedAt"] > first["checkedAt"]
    assert engine_mod.hwaccel_report()["cached"] is True
    assert engine_mod.hwaccel_report(recheck=True)["cached"] is False  # "Check again" / --recheck


def test_a_check_that_does_not_finish_is_reported_and_not_kept():
    report = engine_mod.hwaccel_report(timeout=0.05)  # the worker cannot even start in 50 ms
    assert report["cached"] is False and "did not finish within 0.05 s" in report["error"]
    assert not os.path.exists(hwenc.cache_path())  # the next call checks again
    assert engine_mod.hwaccel_report()["cached"] is False and os.path.exists(hwenc.cache_path())


# -- the choice -------------------------------------------------------------------------------------------------
def test_assign_auto_explicit_and_the_nvenc_session_limit():
    offered = ["h264_nvenc", "h264_qsv", "h264_amf"]
    works = {"encoders": [{"family": "nvenc", "codec": "h264", "works": True},
                          {"family": "qsv", "codec": "h264", "works": False, "reason": "no MFX session"}]}
    groups = ["g1080", "g720", "g480", "g360", "g240"]
    chosen, warnings = hwenc.assign("auto", groups, offered=offered, detection=works, nvenc_sessions=3)
    assert [chosen[g][0] for g in groups] == ["h264_nvenc"] * 3 + ["libx264"] * 2
    assert all("session limit" in chosen[g][1] for g in groups[3:]) and chosen["g1080"][1] is None
    assert warnings and "2 of 5" in warnings[0]
    # auto with nothing working: software, and nothing to explain.
    chosen, warnings = hwenc.assign("auto", groups, offered=offered, detection=None)
    assert {v for v in chosen.values()} == {("libx264", None)} and not warnings
    # An explicit family is tried (the group falls back if it does not open); one not in the build is software.
    chosen, _ = hwenc.assign("qsv", groups, offered=offered, detection=works)
    assert {v[0] for v in chosen.values()} == {"h264_qsv"}
    chosen, warnings = hwenc.assign("vaapi", groups, offered=offered)
    assert {v[0] for v in chosen.values()} == {"libx264"} and "not in this build" in warnings[0]
    assert hwenc.assign("software", groups, offered=offered, detection=works)[0]["g1080"] == ("libx264", None)


def test_encoder_option_is_checked_and_kept_in_options():
    assert build_options(encoder="nvenc").encoder == "nvenc"
    assert EncodeOptions.from_dict(build_options(encoder="qsv").to_dict()).encoder == "qsv"
    with pytest.raises(UsageError, match="unknown encoder 'cuda'"):
        build_options(encoder="cuda")


def test_hardware_options_keep_the_contract():
    nv = hwenc.video_options("h264_nvenc", gop=50, maxrate_kbps=3000, bufsize_kbps=6000)
    assert nv["g"] == "50" and nv["bf"] == "0" and nv["forced-idr"] == "1" and nv["no-scenecut"] == "1"
    assert nv["maxrate"] == "3000k" and nv["bufsize"] == "6000k" and nv["rc"] == "vbr"
    qsv = hwenc.video_options("h264_qsv", gop=50, maxrate_kbps=3000, bufsize_kbps=6000)
    assert qsv["forced_idr"] == "1" and qsv["idr_interval"] == "0" and qsv["bf"] == "0"
    assert hwenc.pix_fmt("h264_qsv") == "nv12" and hwenc.pix_fmt("h264_nvenc") == "yuv420p"


# -- the fallback, end to end ---------------------------------------------------------------------------------------
def _segments(playlist):
    pl = m3u8.load(playlist)
    return [round(s.duration, 3) for s in pl.segments]


def _video_frames(path):
    """(picture count, times of the key frames) of a rendition."""
    keys, count = [], 0
    with av.open(path) as c:
        for packet in c.demux(video=0):
            if packet.pts is None:
                continue
            count += 1
            if packet.is_keyframe:
                keys.append(round(float(packet.pts * packet.time_base), 3))
    return count, sorted(keys)


@needs_no_gpu
@pytest.mark.slow
@pytest.mark.parametrize("family,words", [("nvenc", "no NVIDIA GPU driver"), ("qsv", "no Intel Quick Sync")])
def test_explicit_hardware_encoder_that_does_not_open_falls_back_to_software(clips, tmp_path, family, words):
    code, job, events = run_job(clips.landscape, tmp_path, encoder=family, segment_seconds=2, thumbnails=[],
                                hwaccel="off")
    assert code == EXIT_OK and job.status == "completed"
    name = f"h264_{family}"
    planned = next(e for e in events if e["type"] == "job.planned")
    assert {r["encoder"] for r in planned["renditions"]} == {name}  # what was asked, before trying it
    fallbacks = [e for e in events if e["type"] == "rendition.fallback"]
    assert sorted((e["encoding"], e["quality"]) for e in fallbacks) == \
        sorted((r.type, r.quality) for r in job.renditions)
    assert all(e["from"] == name and e["encoder"] == "libx264" and e["stage"] == "open" and words in e["reason"]
               for e in fallbacks)
    encoded = [e for e in events if e["type"] == "rendition.encoded"]
    assert len(encoded) == len(job.renditions) == 3 and all(e["encoder"] == "libx264" for e in encoded)
    # The store (migration 5) and status.json keep, per rendition, the encoder used and why.
    for r in job.renditions:
        assert r.status == ENCODED and r.encoder == "libx264" and words in r.encoder_note and name in r.encoder_note
    doc = json.load(open(os.path.join(job.out_dir, "status.json")))
    for q in doc["encoding"]["qualities"]:
        assert q["encoder"] == "libx264" and words in q["encoderNote"]
    assert any(words in w for w in job.warnings)
    # Outputs are whole: the 8 s clip at 25 fps in every rendition, segments aligned.
    hls = sorted(r.path for r in job.renditions if r.type == "hls")
    assert _segments(hls[0]) == _segments(hls[1]) == [2.0, 2.0, 2.0, 2.0]


@needs_no_gpu
@pytest.mark.slow
def test_session_limit_sends_the_smaller_encodes_to_software(clips, tmp_path, monkeypatch):
    monkeypatch.setenv(hwenc.NVENC_SESSIONS_ENV, "1")
    code, job, events = run_job(clips.landscape, tmp_path, encoder="nvenc", thumbnails=[], hwaccel="off",
                                formats=("hls",))
    assert code == EXIT_OK
    by = {r.quality: r for r in job.renditions}
    assert by["360p"].encoder == "libx264" and "did not open" in by["360p"].encoder_note  # tried: no GPU
    assert by["240p"].encoder == "libx264" and "session limit" in by["240p"].encoder_note  # never tried
    planned = {r["quality"]: r for r in next(e for e in events if e["type"] == "job.planned")["renditions"]}
    assert planned["360p"]["encoder"] == "h264_nvenc" and planned["240p"]["encoder"] == "libx264"
    assert [e["quality"] for e in events if e["type"] == "rendition.fallback"] == ["360p"]


@pytest.mark.slow
def test_software_never_tries_hardware(clips, tmp_path, monkeypatch):
    for choice in ("software", "auto"):
        code, job, events = run_job(clips.landscape, tmp_path / choice, encoder=choice, thumbnails=[],
                                    hwaccel="off", formats=("hls",))
        assert code == EXIT_OK
        assert not [e for e in events if e["type"] == "rendition.fallback"]
        assert all(r.encoder == "libx264" and r.encoder_note is None for r in job.renditions)
        assert not job.warnings
    if NO_GPU:  # auto on a machine without a GPU device: nothing to try, no check ran
        assert not os.path.exists(hwenc.cache_path())


@pytest.mark.slow
def test_hardware_failing_mid_encode_restarts_its_group_in_software(clips, tmp_path, monkeypatch):
    """The hook makes "h264_nvenc" (libx264 standing in) fail at the 60th picture of the 240p group; the other
    groups go on (here: in software, as NVENC does not open), 240p is encoded again from the start: nothing lost,
    segments and key frames aligned with the other rungs."""
    monkeypatch.setenv(hwenc.FAIL_HOOK_ENV, json.dumps({"encoder": "h264_nvenc", "frame": 60,
                                                        "rendition": "hls:240p"}))
    code, job, events = run_job(clips.landscape, tmp_path, encoder="nvenc", segment_seconds=2, thumbnails=[],
                                hwaccel="off")
    assert code == EXIT_OK and job.status == "completed"
    mid = [e for e in events if e["type"] == "rendition.fallback" and e["stage"] == "encode"]
    assert [(e["encoding"], e["quality"]) for e in mid] == [("hls", "240p")]
    assert "after 59 pictures" in mid[0]["reason"] and "test hook" in mid[0]["reason"]
    by = {r.id: r for r in job.renditions}
    assert by["hls:240p"].encoder == "libx264" and "encoded again in software" in by["hls:240p"].encoder_note
    assert all(r.status == ENCODED for r in job.renditions)
    low, high = by["hls:240p"].path, by["hls:360p"].path
    assert _segments(low) == _segments(high) == [2.0, 2.0, 2.0, 2.0]
    base = os.path.dirname(low)
    seg_low = [_video_frames(os.path.join(base, s.uri)) for s in m3u8.load(low).segments]
    seg_high = [_video_frames(os.path.join(os.path.dirname(high), s.uri)) for s in m3u8.load(high).segments]
    assert [n for n, _ in seg_low] == [n for n, _ in seg_high] == [50, 50, 50, 50]
    assert [k[:1] for _, k in seg_low] == [k[:1] for _, k in seg_high]  # each segment starts on the same key frame
    assert _video_frames(by["mp4:360p"].path)[0] == 200
    stored = JobStore().get(job.id)
    assert "encoded again in software" in stored.rendition("hls:240p").encoder_note


# -- the window ---------------------------------------------------------------------------------------------------
def test_grid_tooltip_says_which_encoder_and_why(qtbot, tmp_path):
    from app.core import jobstate
    from app.core.jobs import RenditionState
    from app.gui.models import RenditionTableModel

    job = Job.create(str(tmp_path / "a.mp4"), str(tmp_path))
    model = RenditionTableModel()
    model.set_job(job)
    rows = [RenditionState("hls:240p", "hls", "240p", 426, 240, 150, status="encoding", encoder="h264_nvenc"),
            RenditionState("hls:360p", "hls", "360p", 640, 360, 365, status="encoding", encoder="libx264",
                           encoder_note="NVENC session limit: at most 1 hardware encodes per job")]
    for ev in ({"type": "job.planned", "jobId": job.id, "metadata": {}, "renditions": [r.to_dict() for r in rows],
                "plan": {}, "thumbnails": [], "warnings": []},
               {"type": "rendition.fallback", "jobId": job.id, "encoding": "hls", "quality": "240p",
                "from": "h264_nvenc", "encoder": "libx264", "stage": "open",
                "reason": "h264_nvenc did not open (no NVIDIA GPU driver); encoded in software"}):
        model.job_changed(job.id, jobstate.apply_event(job, ev))
    tip = model.data(model.index(0, model.COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Encoder: libx264\nh264_nvenc did not open (no NVIDIA GPU driver); encoded in software"
    tip = model.data(model.index(1, model.COL_RENDITION), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Encoder: libx264\nNVENC session limit: at most 1 hardware encodes per job"
    assert model.data(model.index(1, model.COL_SIZE), Qt.ItemDataRole.ToolTipRole) is None


@needs_no_gpu
def test_settings_hardware_page_shows_the_check_and_checks_again(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from app.gui.preferences import Preferences
    from app.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Preferences(output_folder=str(tmp_path / "videos")))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.hardware
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Hardware"
    assert page.summary.text() == "Not checked yet on this machine." and page.tree.topLevelItemCount() == 0
    qtbot.mouseClick(page.check, Qt.MouseButton.LeftButton)
    assert not page.check.isEnabled()  # the check runs in a QThread; the window stays responsive
    qtbot.waitUntil(lambda: page.check.isEnabled(), timeout=120_000)
    encoders = page.tree.topLevelItem(1)
    rows = {encoders.child(i).text(0): encoders.child(i) for i in range(encoders.childCount())}
    assert rows["h264_nvenc"].text(1) == "no" and "NVIDIA" in rows["h264_nvenc"].text(2)
    assert rows["h264_qsv"].text(1) == "no" and "Quick Sync" in rows["h264_qsv"].text(2)
    assert page.summary.text().startswith("No hardware encoder works here") and page.check.text() == "Check again"
    # A second dialog shows the kept answer at once, without a check.
    again = SettingsDialog(Preferences(output_folder=str(tmp_path / "videos")))
    qtbot.addWidget(again)
    assert again.hardware.checking is None and again.hardware.tree.topLevelItem(1).childCount() == 12
    # The encoder choice is a preference, and reaches the options.
    again.encoder.setCurrentIndex(again.encoder.findData("nvenc"))
    prefs = again.preferences()
    assert prefs.encoder == "nvenc" and prefs.encode_options().encoder == "nvenc"
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    prefs.save(settings)
    assert Preferences.load(settings).encoder == "nvenc"
