"""Audio renditions (app.core.audio; issue 15): every track of the source published, encoded once each.

The source is made here: a 640x360 clip with three audio tracks (English stereo 440 Hz, German stereo 330 Hz,
Spanish 5.1 220 Hz), so each rendition can be told apart by its tone."""

import json
import os
import re
import shutil
import subprocess
import sys
from fractions import Fraction

import av
import numpy as np
import pytest

from app.core import audio, pipeline
from app.core.engine import Engine
from app.core.errors import EXIT_OK, UsageError
from app.core.jobs import EncodeOptions, Job
from app.core.probe import probe_source
from app.core.store import JobStore
from hlscheck import Playlist, attributes, check_ladder
from media import make_multi_audio_clip
from test_players import audio_times, play, served  # noqa: F401 - `served` is a fixture

TRACKS = [dict(language="eng", freq=440), dict(language="deu", freq=330), dict(language="spa", layout="5.1", freq=220)]


@pytest.fixture(scope="module")
def multi(tmp_path_factory):
    folder = tmp_path_factory.mktemp("multi")
    return make_multi_audio_clip(str(folder / "multi.mp4"), TRACKS, width=640, height=360, seconds=4)


@pytest.fixture(scope="module")
def encoded(multi, tmp_path_factory):
    """The default options (every track, stereo, 5.1 extra) on the three-track clip: 240p + 360p HLS and an MP4."""
    out = tmp_path_factory.mktemp("encoded")
    job = Job.create(multi, str(out), EncodeOptions(segment_seconds=2, thumbnails=[], hwaccel="off",
                                                    renditions=[(240, None), (360, None)]))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    return os.path.join(str(out), "multi")


def tone(samples: np.ndarray, rate: int) -> float:
    """The loudest frequency (Hz) of one channel."""
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    return float(np.argmax(spectrum) * rate / len(samples))


def decode_audio(path: str, stream: int = 0) -> tuple[np.ndarray, int, int]:
    """(channels x samples, rate, channel count) of an audio stream."""
    with av.open(path) as c:
        s = c.streams.audio[stream]
        chunks = [f.to_ndarray() for f in c.decode(s)]
        return np.concatenate(chunks, axis=1), s.codec_context.sample_rate, s.codec_context.channels


def loudness(path: str, stream: int = 0) -> float:
    """Integrated loudness (LUFS) of an audio stream, measured with FFmpeg's ebur128 filter."""
    with av.open(path) as c:
        s = c.streams.audio[stream]
        g = av.filter.Graph()
        cc = s.codec_context
        src = g.add_abuffer(format=cc.format.name, sample_rate=cc.sample_rate, layout=cc.layout.name,
                            time_base=Fraction(1, cc.sample_rate))
        meter, sink = g.add("ebur128", "metadata=1"), g.add("abuffersink")
        src.link_to(meter)
        meter.link_to(sink)
        g.configure()
        value = None
        for frame in [*c.decode(s), None]:
            g.push(frame)
            while True:
                try:
                    value = g.pull().metadata.get("lavfi.r128.I", value)
                except (av.error.BlockingIOError, av.error.EOFError):
                    break
    assert value is not None
    return float(value)


def test_probe_lists_every_audio_track(multi):
    info = probe_source(multi)
    assert (info.audio_codec, info.channels, info.samplerate) == ("aac", 2, 48000)  # the first track, as before
    assert [(t["index"], t["language"], t["channels"], t["layout"], t["codec"]) for t in info.audio_tracks] == [
        (0, "en", 2, "stereo", "aac"), (1, "de", 2, "stereo", "aac"), (2, "es", 6, "5.1", "aac")]
    assert [t["stream"] for t in info.audio_tracks] == [1, 2, 3]


def test_choices_and_the_plan():
    assert audio.check_choice(" AUTO ") == "auto" and audio.check_choice("ger,1") == "de,1"
    assert audio.check_bitrate("96k") == 96 and audio.check_bitrate(None) is None
    assert audio.check_loudness("off") is None and audio.check_loudness("-14") == -14.0
    for bad in (lambda: audio.check_choice("de;xx!"), lambda: audio.check_bitrate("8k"),
                lambda: audio.check_loudness("-60"), lambda: audio.check_channels("7.1")):
        with pytest.raises(UsageError):
            bad()
    tracks = [{"index": i, "stream": i + 1, "codec": "aac", "language": lang, "title": "", "channels": ch,
               "layout": "", "samplerate": 48000} for i, (lang, ch) in enumerate([("en", 2), ("de", 2), ("es", 6)])]
    plan = audio.plan_audio(tracks, kbps=128)
    assert [(a.id, a.codec, a.layout, a.bit_rate, a.muxed, a.mp4, a.folder, a.name) for a in plan] == [
        ("a0", "aac", "stereo", 128000, True, True, None, "English"),
        ("a1", "aac", "stereo", 128000, False, True, "audio-de-1", "German"),
        ("a2", "aac", "stereo", 128000, False, True, "audio-es-2", "Spanish"),
        ("a2-51", "ac3", "5.1", 384000, False, False, "audio-es-2-51", "Spanish 5.1")]
    kept = audio.plan_audio(tracks, kbps=96, choice="es,0", channels="keep")
    assert [(a.id, a.layout, a.bit_rate, a.muxed) for a in kept] == [("a0", "stereo", 96000, True),
                                                                      ("a2", "5.1", 192000, False)]
    assert [a.layout for a in audio.plan_audio(tracks, kbps=64, channels="mono")] == ["mono"] * 3
    assert audio.plan_audio(tracks, kbps=128, choice="none") == [] and audio.plan_audio(tracks, kbps=None) == []
    assert not audio.has_group(audio.plan_audio(tracks[:1], kbps=128))


def test_every_track_is_a_rendition_of_the_master(encoded):
    hls = os.path.join(encoded, "hls")
    assert check_ladder(hls) == []
    master = Playlist(os.path.join(hls, "master.m3u8"))
    media = [m for m in master.media if m["TYPE"] == "AUDIO"]
    # One group per codec (Apple's authoring spec): the AAC renditions, the muxed one the default; the AC-3 5.1.
    assert [(m["GROUP-ID"], m["LANGUAGE"], m["NAME"], m["DEFAULT"], m["CHANNELS"], m.get("URI")) for m in media] == [
        ("audio", "en", "English", "YES", "2", None), ("audio", "de", "German", "NO", "2", "audio-de-1/index.m3u8"),
        ("audio", "es", "Spanish", "NO", "2", "audio-es-2/index.m3u8"),
        ("audio-ac3", "es", "Spanish 5.1", "YES", "6", "audio-es-2-51/index.m3u8")]
    # Every variant once per group; its BANDWIDTH counts that group's largest rendition, CODECS its codecs.
    listed: dict[str, dict[str, dict]] = {}
    for uri, tags in master.entries:
        info = attributes(tags["EXT-X-STREAM-INF"])
        listed.setdefault(uri, {})[info["AUDIO"]] = info
    assert listed and all(set(groups) == {"audio", "audio-ac3"} for groups in listed.values())
    for uri, groups in listed.items():
        aac, ac3 = groups["audio"], groups["audio-ac3"]
        assert aac["CODECS"].split(",")[1:] == ["mp4a.40.2"] and ac3["CODECS"].split(",")[1:] == ["mp4a.40.2", "ac-3"]
        extra = int(ac3["BANDWIDTH"]) - int(aac["BANDWIDTH"])  # AC-3 384 kb/s against AAC 128 kb/s, at their peaks
        assert 200_000 < extra < 400_000, (uri, extra)
    # Each rendition is its own track: its tone, its channels, the clip's length; sizes as the bit rates say.
    expected = {"audio-de-1": (330, 2, 128), "audio-es-2": (220, 2, 128), "audio-es-2-51": (220, 6, 384)}
    for folder, (hz, channels, kbps) in expected.items():
        playlist = os.path.join(hls, folder, "index.m3u8")
        samples, rate, found = decode_audio(playlist)
        assert found == channels and abs(tone(samples[0], rate) - hz) < 3, (folder, found)
        assert abs(samples.shape[1] / rate - 4.0) < 0.1, (folder, samples.shape[1] / rate)
        size = sum(os.path.getsize(os.path.join(hls, folder, n)) for n in os.listdir(os.path.join(hls, folder))
                   if n.endswith(".ts"))
        assert 0.9 * kbps < size * 8 / 4.0 / 1000 < 1.25 * kbps, (folder, size)  # TS overhead: under 25 %
    # The variants carry the first track (English, 440 Hz), as before.
    samples, rate, channels = decode_audio(os.path.join(hls, "240p", "index.m3u8"))
    assert channels == 2 and abs(tone(samples[0], rate) - 440) < 3


def test_the_mp4_has_every_chosen_track_first_default(encoded):
    path = os.path.join(encoded, "mp4", "360p.mp4")
    with av.open(path) as c:
        tracks = [(s.metadata.get("language"), s.codec_context.channels, bool(s.disposition & 1))
                  for s in c.streams.audio]
    assert tracks == [("eng", 2, True), ("ger", 2, False), ("spa", 2, False)]
    for i, hz in enumerate((440, 330, 220)):
        samples, rate, _ = decode_audio(path, i)
        assert abs(tone(samples[0], rate) - hz) < 3


def test_status_lists_the_audio(encoded):
    with open(os.path.join(encoded, "status.json"), encoding="utf-8") as fh:
        listed = json.load(fh)["encoding"]["audio"]
    assert [(a["language"], a["codec"], a["channels"], a["muxed"], a["uri"]) for a in listed] == [
        ("en", "aac", 2, True, None), ("de", "aac", 2, False, "hls/audio-de-1/index.m3u8"),
        ("es", "aac", 2, False, "hls/audio-es-2/index.m3u8"), ("es", "ac3", 6, False, "hls/audio-es-2-51/index.m3u8")]


def test_a_single_stereo_track_stays_in_the_variants(clips, tmp_path):
    job = Job.create(clips.landscape, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=2,
                                                                   thumbnails=[], hwaccel="off"))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    master = Playlist(os.path.join(str(tmp_path), "landscape", "hls", "master.m3u8"))
    assert master.media == [] and all("AUDIO" not in attributes(t["EXT-X-STREAM-INF"]) for _, t in master.entries)
    assert sorted(os.listdir(os.path.join(str(tmp_path), "landscape", "hls"))) == ["240p", "360p", "master.m3u8"]


def test_the_checker_finds_broken_audio_groups(encoded, tmp_path):
    folder = str(tmp_path / "hls")
    shutil.copytree(os.path.join(encoded, "hls"), folder)
    path = os.path.join(folder, "master.m3u8")
    with open(path, encoding="utf-8") as fh:
        text = fh.read()

    def problems(new_text):
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(new_text)
        return check_ladder(folder)

    assert problems(text) == []
    assert any("exactly one must be" in p for p in problems(text.replace("DEFAULT=YES", "DEFAULT=NO")))
    assert any("CODECS" in p for p in problems(text.replace(",ac-3", "")))
    assert any("AUDIO=other but no such" in p for p in problems(text.replace('AUDIO="audio"', 'AUDIO="other"')))
    assert any("lacks LANGUAGE" in p for p in problems(text.replace('LANGUAGE="de",', "")))
    # BANDWIDTH without the audio rendition's share (the variant's segments alone) is too low.
    plain = re.sub(r"BANDWIDTH=(\d+)", lambda m: f"BANDWIDTH={int(m.group(1)) - 400000}", text)
    assert any("BANDWIDTH" in p for p in problems(plain))
    os.remove(os.path.join(folder, "audio-de-1", "segment_00001.ts"))
    assert any("segment_00001.ts is missing" in p for p in problems(text))
    shutil.rmtree(folder)  # not a ladder to check afterwards


def test_loudness_is_normalized(tmp_path):
    quiet = make_multi_audio_clip(str(tmp_path / "quiet.mp4"), [dict(language="eng", amplitude=0.02),
                                                                dict(language="fra", freq=550, amplitude=0.5)],
                                  width=320, height=180, seconds=6)
    assert loudness(quiet, 0) < -30 and loudness(quiet, 1) > -12
    job = Job.create(quiet, str(tmp_path / "out"), EncodeOptions(formats=("hls", "mp4"), segment_seconds=2,
                                                                 thumbnails=[], hwaccel="off", loudness=-16.0,
                                                                 renditions=[(180, None)]))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    out = os.path.join(str(tmp_path / "out"), "quiet")
    mp4 = os.path.join(out, "mp4", os.listdir(os.path.join(out, "mp4"))[0])
    for measured in (loudness(mp4, 0), loudness(mp4, 1),
                     loudness(os.path.join(out, "hls", "audio-fr-1", "index.m3u8"))):
        assert abs(measured - -16.0) <= 1.0, measured


def test_one_decode_feeds_every_audio_rendition(multi, tmp_path, monkeypatch):
    """The source is opened twice (the time base, then the one decode), whatever the number of audio tracks, and
    each packet of each track is demuxed once."""
    from app.core.ladder import plan_job

    source = probe_source(multi)
    plan = plan_job(source, renditions=None, formats=("hls",), segment_seconds=2)
    plan.renditions = [r for r in plan.renditions if r.height == 240]
    opened = []
    real_open = pipeline.open_source
    monkeypatch.setattr(pipeline, "open_source", lambda *a, **k: opened.append(a[0]) or real_open(*a, **k))
    events = []
    renditions = audio.plan_audio(source.audio_tracks, kbps=128)
    summary = pipeline.run(source, plan, str(tmp_path / "job"), thumbnails=[], hwaccel="off", emit=events.append,
                           audio_plan=renditions)
    assert len(opened) == 2 and summary["frames"] == 100
    done = [e for e in events if e["ev"] == "audio_done"]
    assert sorted(e["rendition"]["id"] for e in done) == ["a1", "a2", "a2-51"]
    shutil.rmtree(tmp_path / "job")  # no master: not a ladder


def test_hevc_ladders_get_fmp4_audio(multi, tmp_path):
    job = Job.create(multi, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=2, thumbnails=[],
                                                         hwaccel="off", renditions=[(240, None)],
                                                         codecs=("hevc",), audio="de,es", audio_channels="keep"))
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    hls = os.path.join(str(tmp_path), "multi", "hls")
    assert check_ladder(hls) == []
    media = [m for m in Playlist(os.path.join(hls, "master.m3u8")).media if m["TYPE"] == "AUDIO"]
    assert [(m["LANGUAGE"], m["CHANNELS"], m.get("URI")) for m in media] == [("de", "2", None),
                                                                              ("es", "6", "audio-es-2/index.m3u8")]
    assert "EXT-X-MAP" in Playlist(os.path.join(hls, "audio-es-2", "index.m3u8")).tags


def test_the_cli_flags(multi, tmp_path):
    r = subprocess.run([sys.executable, "-m", "app.cli", "encode", multi, "--out", str(tmp_path), "--formats", "hls",
                        "--renditions", "240p", "--thumbnails", "none", "--hwaccel", "off", "--audio", "1,2",
                        "--audio-bitrate", "96k", "--audio-channels", "stereo", "--json"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    media = [m for m in Playlist(os.path.join(str(tmp_path), "multi", "hls", "master.m3u8")).media]
    assert [(m["LANGUAGE"], m["NAME"], m["CHANNELS"]) for m in media] == [
        ("de", "German", "2"), ("es", "Spanish", "2"), ("es", "Spanish 5.1", "6")]
    r = subprocess.run([sys.executable, "-m", "app.cli", "encode", multi, "--out", str(tmp_path / "x"),
                        "--loudness", "+3"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "--loudness" in r.stderr


def test_older_stored_options_load_with_audio_defaults():
    old = {"preset": "default", "formats": ["hls"], "codecs": ["h264"], "subtitles": "auto"}
    options = EncodeOptions.from_dict(old)
    assert (options.audio, options.audio_bitrate, options.audio_channels, options.loudness) == \
        ("auto", None, "stereo", None)
    again = EncodeOptions.from_dict(EncodeOptions(audio="de", loudness=-14.0).to_dict())
    assert (again.audio, again.loudness) == ("de", -14.0)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("gst-launch-1.0") is None, reason="gst-launch-1.0 is not installed")
def test_gstreamer_plays_the_master_with_its_audio_group(encoded, tmp_path, served):  # noqa: F811 - the fixture
    """The ladder with four audio renditions, over HTTP on 127.0.0.1: playbin3 plays the master to the end, every
    picture and the sound to the end, without an error; it may fetch an alternate audio playlist (its call)."""
    base = served(os.path.join(encoded, "hls"))
    code, output, _ = play(f"{base}/master.m3u8", str(tmp_path / "frames"))
    assert code == 0 and "Got EOS" in output and not re.search(r"^ERROR", output, re.M), output[-3000:]
    assert len(os.listdir(tmp_path / "frames")) == 100
    heard = audio_times(output)
    assert heard and heard[-1] - heard[0] >= 3.8, heard[:1] + heard[-1:]
    assert "/master.m3u8" in served.requests
    fetched = {p.split("/")[1] for p in served.requests if p.count("/") > 1}
    assert fetched <= {"240p", "360p", "audio-de-1", "audio-es-2", "audio-es-2-51"}, fetched


def test_the_job_editor_lists_the_tracks_to_tick(qtbot, tmp_path):
    from PySide6.QtCore import Qt

    from app.gui.job_editor import JobEditor

    for lang in ("de", "en"):
        (tmp_path / f"talk.{lang}.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHallo\n")
    tracks = [{"index": i, "stream": i + 1, "codec": "aac", "language": lang, "title": "", "channels": ch,
               "layout": layout, "samplerate": 48000}
              for i, (lang, ch, layout) in enumerate([("en", 2, "stereo"), ("de", 2, "stereo"), ("es", 6, "5.1")])]
    job = Job.create(str(tmp_path / "talk.mp4"), str(tmp_path / "out"), EncodeOptions())
    job.status = "failed"
    job.metadata = {"width": 1280, "height": 720, "framerate": 25.0, "duration": 10.0, "audioCodec": "aac",
                    "videoCodec": "h264", "audioTracks": tracks}
    dialog = JobEditor(job)
    qtbot.addWidget(dialog)
    rows = [dialog.audio_tracks.item(r) for r in range(dialog.audio_tracks.count())]
    assert [i.text() for i in rows] == ["#0 English (en): aac, stereo", "#1 German (de): aac, stereo",
                                        "#2 Spanish (es): aac, 5.1"]
    assert all(i.checkState() == Qt.CheckState.Checked for i in rows) and dialog.audio_choice() == "auto"
    rows[1].setCheckState(Qt.CheckState.Unchecked)
    dialog.audio_channels.setCurrentIndex(dialog.audio_channels.findData("keep"))
    dialog.loudness.setCurrentIndex(dialog.loudness.findData(-16.0))
    dialog.audio_bitrate.setCurrentIndex(dialog.audio_bitrate.findData(96))
    subs = [dialog.subtitle_list.item(r) for r in range(dialog.subtitle_list.count())]
    assert [i.text() for i in subs] == ["German (talk.de.srt)", "English (talk.en.srt)"]
    assert all(i.checkState() == Qt.CheckState.Checked for i in subs) and dialog.subtitles.text() == ""
    subs[1].setCheckState(Qt.CheckState.Unchecked)
    assert dialog.subtitles.text() == "de"
    dialog.accept()
    got = dialog.result_options
    assert (got.audio, got.audio_channels, got.loudness, got.audio_bitrate, got.subtitles) == \
        ("0,2", "keep", -16.0, 96, "de")
    # Opened again: the choices are shown as they were saved; the typed field ticks the list.
    job.options = got
    again = JobEditor(job)
    qtbot.addWidget(again)
    assert [again.audio_tracks.item(r).checkState() == Qt.CheckState.Checked for r in range(3)] == [True, False, True]
    assert again.loudness.currentData() == -16.0 and again.audio_channels.currentData() == "keep"
    assert [again.subtitle_list.item(r).checkState() == Qt.CheckState.Checked for r in range(2)] == [True, False]
    again.subtitles.setText("none")
    again._subtitles_typed()
    assert [again.subtitle_list.item(r).checkState() == Qt.CheckState.Checked for r in range(2)] == [False, False]
    # Without the tracks known (not read yet): a note, and the job's own choice is kept.
    job.metadata = None
    unread = JobEditor(job)
    qtbot.addWidget(unread)
    assert unread.audio_tracks.count() == 0 and "once the source has been read" in unread.audio_note.text()
    assert unread.audio_choice() == "0,2"


def test_a_retried_rendition_keeps_the_audio_group(multi, tmp_path):
    """A rung failed and retried alone: the master lists the kept rung and the new one with the audio group, its
    BANDWIDTH counted once (read back from the first run's master without the audio share, then added again)."""
    job = Job.create(multi, str(tmp_path), EncodeOptions(formats=("hls",), segment_seconds=2, thumbnails=[],
                                                         hwaccel="off", renditions=[(240, None), (360, None)],
                                                         codec_overrides={"hls:240p": "no_such_encoder"}))
    assert Engine(JobStore()).run(job) != EXIT_OK
    hls = os.path.join(str(tmp_path), "multi", "hls")
    first = Playlist(os.path.join(hls, "master.m3u8"))
    def bandwidths(master):  # (variant, audio group) -> BANDWIDTH, in the master's order
        return {(u, attributes(t["EXT-X-STREAM-INF"])["AUDIO"]): attributes(t["EXT-X-STREAM-INF"])["BANDWIDTH"]
                for u, t in master.entries}

    assert [u for u, _ in first.entries] == ["360p/index.m3u8"] * 2 and len(first.media) == 4  # once per group
    kept = bandwidths(first)
    job.options.codec_overrides = None
    job.prepare_retry(job.failed_renditions())
    assert Engine(JobStore()).run(job) == EXIT_OK, job.error
    again = Playlist(os.path.join(hls, "master.m3u8"))
    assert [u for u, _ in again.entries] == ["240p/index.m3u8"] * 2 + ["360p/index.m3u8"] * 2
    assert [m.get("URI") for m in again.media] == [m.get("URI") for m in first.media]
    assert {k: v for k, v in bandwidths(again).items() if k[0].startswith("360p")} == kept
    assert check_ladder(hls) == []
