"""Subtitles (app.core.subtitles): sources with text tracks and sidecar files through the engine; the WebVTT HLS
renditions, the master playlist and the MP4's mov_text tracks reopened and checked cue by cue."""

import json
import os
import shutil
import subprocess
import sys
from fractions import Fraction

import av
import pytest

from app.core import subtitles
from app.core.engine import Engine
from app.core.errors import EXIT_OK, UsageError
from app.core.jobs import EncodeOptions, Job
from app.core.store import JobStore
from hlscheck import check_ladder, read_vtt
from media import make_clip

ASS_HEADER = subtitles._ASS_HEADER


def add_subtitle_streams(src: str, dst: str, fmt: str, streams: list[dict]) -> str:
    """Copy `src` into `dst` (container `fmt`) with subtitle streams written packet by packet with PyAV.

    Each stream: ``codec``, ``language``, ``default``, ``cues`` [(start ms, end ms, text)]; the packet bytes are
    the codec's own (mov_text: 16-bit length + text; ass: Matroska's event line; others: the text)."""
    with av.open(src) as i, av.open(dst, "w", format=fmt) as o:
        mapping = {s.index: o.add_stream_from_template(s) for s in i.streams}
        added = []
        for spec in streams:
            s = o.add_stream(spec["codec"])
            s.codec_context.subtitle_header = ASS_HEADER
            s.time_base = Fraction(1, 1000)
            s.metadata["language"] = spec["language"]
            if spec.get("default"):
                s.disposition = 1
            added.append((s, spec))
        for p in i.demux():
            if p.dts is None:
                continue
            p.stream = mapping[p.stream.index]
            o.mux(p)
        for s, spec in added:
            for n, (a, b, text) in enumerate(spec["cues"]):
                data = text.encode()
                if spec["codec"] == "mov_text":
                    data = len(data).to_bytes(2, "big") + data
                elif spec["codec"] == "ass":
                    data = f"{n},0,Default,,0,0,0,,{text}".encode()
                p = av.Packet(data)
                p.pts = p.dts = a
                p.duration = b - a
                p.time_base = Fraction(1, 1000)
                p.stream = s
                o.mux(p)
    return dst


def run_job(src, out, **options):
    events = []
    job = Job.create(src, str(out), EncodeOptions(**options))
    store = JobStore()
    code = Engine(store).run(job, events.append)
    return code, store.get(job.id), events


def first_video_pts(ts_path: str) -> int:
    with av.open(ts_path) as c:
        return min(p.pts for p in c.demux(video=0) if p.pts is not None)


# -- parsing ------------------------------------------------------------------------------------------------------
def test_srt_with_bom_crlf_tags_and_a_bad_cue():
    text = ("\ufeff1\r\n00:00:00,500 --> 00:00:02,000\r\nHallo <i>Welt</i>\r\nzweite Zeile\r\n\r\n"
            "2\r\n00:00:xx,000 --> 00:00:03,000\r\nkaputt\r\n\r\n"
            "3\r\n00:01:05,250 --> 00:01:07,000\r\nÜber\r\n")
    cues, bad = subtitles.parse_srt(text)
    assert bad == 1
    assert [(c.start, c.end, c.text) for c in cues] == [(0.5, 2.0, "Hallo Welt\nzweite Zeile"), (65.25, 67.0, "Über")]


def test_files_in_utf16_and_latin1_are_read(tmp_path):
    text = "1\r\n00:00:01,000 --> 00:00:02,000\r\nÜber\r\n"
    (tmp_path / "a.srt").write_bytes(text.encode("utf-16"))
    (tmp_path / "b.srt").write_bytes(text.encode("cp1252"))
    for name in ("a.srt", "b.srt"):
        cues, warnings = subtitles.read_file(str(tmp_path / name))
        assert [(c.start, c.end, c.text) for c in cues] == [(1.0, 2.0, "Über")] and warnings == []
    (tmp_path / "c.srt").write_text("no cues here\n")
    with pytest.raises(ValueError, match="c.srt has no cue"):
        subtitles.read_file(str(tmp_path / "c.srt"))


def test_vtt_with_identifiers_notes_and_short_times():
    text = ("WEBVTT - a title\n\nNOTE a comment\n\nid-1\n00:01.000 --> 00:03.500 align:start\nHello\n\n"
            "01:00:00.000 --> 01:00:01.000\n<v Bob>Bye</v>\n\n00:05.000 --> 00:04.000\nbackwards\n")
    cues, bad = subtitles.parse_vtt(text)
    assert bad == 1
    assert [(c.start, c.end, c.text) for c in cues] == [(1.0, 3.5, "Hello"), (3600.0, 3601.0, "Bye")]
    with pytest.raises(ValueError):
        subtitles.parse_vtt("1\n00:00:01,000 --> 00:00:02,000\nnot vtt\n")


def test_languages_names_and_file_arguments(tmp_path):
    assert [subtitles.language(c) for c in ("ger", "deu", "de", "DE", "pt_br", "eng", "", None, "x")] == \
        ["de", "de", "de", "de", "pt-BR", "en", "und", "und", "und"]
    assert [subtitles.language_name(t) for t in ("de", "en", "pt-BR", "und")] == \
        ["German", "English", "Portuguese (BR)", "Unknown"]
    assert subtitles.split_file_arg("/a/b.srt:de") == ("/a/b.srt", "de")
    assert subtitles.split_file_arg("C:\\subs\\b.srt") == ("C:\\subs\\b.srt", None)
    assert subtitles.check_choice("DE, eng") == "de,en" and subtitles.check_choice("none") == "none"
    with pytest.raises(UsageError):
        subtitles.check_choice("de,12")
    for name in ("clip.srt", "clip.de.srt", "clip.pt-BR.vtt", "clip.txt", "clip.director.srt", "other.srt"):
        (tmp_path / name).write_text("1\n00:00:01,000 --> 00:00:02,000\nx\n")
    assert [(os.path.basename(p), lang) for p, lang in subtitles.sidecars(str(tmp_path / "clip.mp4"))] == \
        [("clip.de.srt", "de"), ("clip.pt-BR.vtt", "pt-BR"), ("clip.srt", "und")]


def test_cues_split_at_segment_boundaries():
    cues = [subtitles.Cue(0.5, 2.5, "a"), subtitles.Cue(1.9996, 2.0004, "tiny"), subtitles.Cue(3.0, 9.5, "long")]
    parts = subtitles.segment_cues(cues, [0.0, 2.0, 4.0, 6.0, 8.0])
    assert [[(c.start, c.end, c.text) for c in seg] for seg in parts] == [
        [(0.5, 2.0, "a")],
        [(2.0, 2.5, "a"), (3.0, 4.0, "long")],
        [(4.0, 6.0, "long")],
        [(6.0, 8.0, "long")],  # after the video's end: cut there
    ]


# -- through the engine -------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_mp4_mov_text_track_and_sidecar_vtt_become_hls_and_mp4_tracks(tmp_path):
    plain = make_clip(str(tmp_path / "plain.mp4"), width=426, height=240, seconds=8)
    src = add_subtitle_streams(plain, str(tmp_path / "movie.mp4"), "mp4", [
        {"codec": "mov_text", "language": "ger", "default": True,
         "cues": [(500, 1500, "Hallo"), (1800, 2600, "Über die Grenze"), (6000, 7500, "Ende")]}])
    (tmp_path / "movie.en.vtt").write_text("\ufeffWEBVTT\r\n\r\n00:00.250 --> 00:01.000\r\nHi\r\n\r\n"
                                           "00:03.000 --> 00:05.000\r\n<b>Two</b>\r\nlines\r\n\r\n"
                                           "nonsense --> 00:09.000\r\nskipped\r\n", encoding="utf-8")
    out = tmp_path / "out"
    code, job, events = run_job(src, out, segment_seconds=2, thumbnails=[], hwaccel="off", renditions=[(240, None)])
    assert code == EXIT_OK, job.error
    folder = os.path.join(str(out), "movie")
    assert check_ladder(folder) == []
    assert "subtitle file movie.en.vtt: 1 cue(s) could not be read and were skipped" in job.warnings

    master = open(os.path.join(folder, "hls", "master.m3u8")).read().splitlines()
    assert '#EXT-X-MEDIA:URI="subs/de/index.m3u8",TYPE=SUBTITLES,GROUP-ID="subs",LANGUAGE="de",NAME="German",' \
           'DEFAULT=YES,AUTOSELECT=YES' in master
    assert '#EXT-X-MEDIA:URI="subs/en/index.m3u8",TYPE=SUBTITLES,GROUP-ID="subs",LANGUAGE="en",NAME="English",' \
           'DEFAULT=NO,AUTOSELECT=YES' in master
    variants = [ln for ln in master if ln.startswith("#EXT-X-STREAM-INF:")]
    assert variants and all(ln.endswith(',SUBTITLES="subs"') for ln in variants)

    # Segments: where the video's are, each with the video's first PTS, the cues split at the 2 s boundaries.
    pts = first_video_pts(os.path.join(folder, "hls", "240p", "segment_00000.ts"))
    de = os.path.join(folder, "hls", "subs", "de")
    names = sorted(n for n in os.listdir(de) if n.endswith(".vtt"))
    assert names == [f"segment_{i:05d}.vtt" for i in range(4)]
    got = [read_vtt(os.path.join(de, n)) for n in names]
    assert all(header == ["WEBVTT", f"X-TIMESTAMP-MAP=MPEGTS:{pts},LOCAL:00:00:00.000"] for header, _ in got)
    assert [cues for _, cues in got] == [
        [(0.5, 1.5, "Hallo"), (1.8, 2.0, "Über die Grenze")],
        [(2.0, 2.6, "Über die Grenze")],
        [],
        [(6.0, 7.5, "Ende")],
    ]
    en = [read_vtt(os.path.join(folder, "hls", "subs", "en", n))[1] for n in names]
    assert en == [[(0.25, 1.0, "Hi")], [(3.0, 4.0, "Two\nlines")], [(4.0, 5.0, "Two\nlines")], []]

    # The MP4: both tracks as mov_text, with language and every cue at its time.
    mp4 = os.path.join(folder, "mp4", "240p.mp4")
    tracks = subtitles.read_mp4_tracks(mp4)
    assert [(t["codec"], t["language"]) for t in tracks] == [("mov_text", "ger"), ("mov_text", "eng")]
    assert tracks[0]["cues"] == [(0.5, 1.5, "Hallo"), (1.8, 2.6, "Über die Grenze"), (6.0, 7.5, "Ende")]
    assert tracks[1]["cues"] == [(0.25, 1.0, "Hi"), (3.0, 5.0, "Two\nlines")]
    with av.open(mp4) as c:  # the video and sound copied whole
        assert c.streams.video[0].frames == 200 and c.streams.audio[0].frames > 300
    mp4_rendition = job.rendition("mp4:240p")
    assert mp4_rendition.size == os.path.getsize(mp4)

    status = json.load(open(os.path.join(folder, "status.json")))
    listed = status["encoding"]["subtitles"]
    assert [(s["language"], s["name"], s["default"], s["uri"], s["cues"]) for s in listed] == [
        ("de", "German", True, "subs/de/index.m3u8", 3), ("en", "English", False, "subs/en/index.m3u8", 2)]


@pytest.mark.slow
def test_mkv_subrip_ass_and_picture_tracks_choice_and_extra_file(tmp_path):
    plain = make_clip(str(tmp_path / "plain.mkv"), width=426, height=240, seconds=4, container_format="matroska")
    src = add_subtitle_streams(plain, str(tmp_path / "show.mkv"), "matroska", [
        {"codec": "subrip", "language": "fre", "cues": [(1000, 2500, "<i>Bonjour</i>")]},
        {"codec": "ass", "language": "spa", "cues": [(500, 1000, "{\\i1}Hola{\\i0}\\Nmundo")]},
        {"codec": "dvd_subtitle", "language": "eng", "cues": [(500, 1000, "not text")]},
    ])
    (tmp_path / "show.fr.srt").write_text("1\n00:00:02,600 --> 00:00:03,000\nAussi\n")  # a second French track
    extra = tmp_path / "notes.srt"
    extra.write_text("1\n00:00:03,000 --> 00:00:03,900\nExtra\n")
    out = tmp_path / "out"
    code, job, _ = run_job(src, out, segment_seconds=2, thumbnails=[], hwaccel="off", renditions=[(240, None)],
                           subtitles="fr,es", subtitle_files=[f"{extra}:it"])
    assert code == EXIT_OK, job.error
    folder = os.path.join(str(out), "show")
    assert check_ladder(folder) == []
    assert "subtitle stream #4 (DVD subtitles) is pictures, not text, and was skipped" in job.warnings
    subs = os.path.join(folder, "hls", "subs")
    assert sorted(os.listdir(subs)) == ["es", "fr", "fr-2", "it"]
    cues = {lang: [c for n in ("segment_00000.vtt", "segment_00001.vtt")
                   for c in read_vtt(os.path.join(subs, lang, n))[1]] for lang in ("fr", "es", "fr-2", "it")}
    assert cues == {"fr": [(1.0, 2.0, "Bonjour"), (2.0, 2.5, "Bonjour")], "es": [(0.5, 1.0, "Hola\nmundo")],
                    "fr-2": [(2.6, 3.0, "Aussi")], "it": [(3.0, 3.9, "Extra")]}
    master = open(os.path.join(folder, "hls", "master.m3u8")).read()
    assert 'LANGUAGE="it",NAME="Italian",DEFAULT=NO' in master and "DEFAULT=YES" not in master
    assert 'URI="subs/fr-2/index.m3u8",TYPE=SUBTITLES,GROUP-ID="subs",LANGUAGE="fr",NAME="French (2)"' in master
    tracks = subtitles.read_mp4_tracks(os.path.join(folder, "mp4", "240p.mp4"))
    assert [(t["language"], t["cues"]) for t in tracks] == [
        ("fre", [(1.0, 2.5, "Bonjour")]), ("spa", [(0.5, 1.0, "Hola\nmundo")]), ("fre", [(2.6, 3.0, "Aussi")]),
        ("ita", [(3.0, 3.9, "Extra")])]

    # --subtitles none: no subtitle rendition (the extra file was the only one asked for), none in the master.
    code, job, _ = run_job(src, tmp_path / "none", segment_seconds=2, thumbnails=[], hwaccel="off",
                           renditions=[(240, None)], subtitles="none")
    assert code == EXIT_OK
    hls = os.path.join(str(tmp_path), "none", "show", "hls")
    assert not os.path.exists(os.path.join(hls, "subs"))
    assert "SUBTITLES" not in open(os.path.join(hls, "master.m3u8")).read()
    assert subtitles.read_mp4_tracks(os.path.join(str(tmp_path), "none", "show", "mp4", "240p.mp4")) == []


@pytest.mark.hls_unchecked  # damaged on purpose
def test_checker_finds_bad_subtitle_renditions(tmp_path):
    """hlscheck's subtitle rules on a hand-made ladder: a wrong X-TIMESTAMP-MAP, a cue outside its segment and
    a variant without SUBTITLES are each reported."""
    clip = make_clip(str(tmp_path / "c.mp4"), width=426, height=240, seconds=4)
    code, job, _ = run_job(clip, tmp_path / "out", formats=("hls",), segment_seconds=2, thumbnails=[], hwaccel="off",
                           renditions=[(240, None)], subtitle_files=[])
    assert code == EXIT_OK
    hls = os.path.join(str(tmp_path), "out", "c", "hls")
    subtitles.write_hls([subtitles.Track("de", "x", [subtitles.Cue(1.0, 3.0, "x")])], hls,
                        os.path.join(hls, "240p", "index.m3u8"))
    master = os.path.join(hls, "master.m3u8")
    lines = open(master).read().splitlines()
    good = [lines[0], '#EXT-X-MEDIA:TYPE=SUBTITLES,GROUP-ID="subs",LANGUAGE="de",NAME="German",DEFAULT=NO,'
                      'AUTOSELECT=YES,URI="subs/de/index.m3u8"'] + \
        [ln + ',SUBTITLES="subs"' if ln.startswith("#EXT-X-STREAM-INF") else ln for ln in lines[1:]]
    open(master, "w").write("\n".join(good) + "\n")
    assert check_ladder(hls) == []
    seg = os.path.join(hls, "subs", "de", "segment_00000.vtt")
    text = open(seg).read()
    open(seg, "w").write(text.replace("MPEGTS:", "MPEGTS:1").replace("00:00:02.000\nx", "00:00:02.500\nx"))
    open(master, "w").write("\n".join(lines[:1] + good[1:2] + lines[1:]) + "\n")
    problems = check_ladder(hls)
    assert len(problems) == 3, problems
    assert "does not name the subtitle group" in problems[0]
    assert "X-TIMESTAMP-MAP" in problems[1] and "1.000-2.500 s outside it" in problems[2]


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("ffmpeg") is None, reason="ffmpeg is not installed")
def test_cli_flags_and_an_ffmpeg_made_mkv(tmp_path):
    """The command line's --subtitles/--subtitle, on an MKV whose subrip track ffmpeg muxed from an SRT."""
    plain = make_clip(str(tmp_path / "plain.mp4"), width=426, height=240, seconds=4)
    srt = tmp_path / "in.srt"
    srt.write_text("1\n00:00:00,400 --> 00:00:01,200\nvon ffmpeg\n")
    src = str(tmp_path / "film.mkv")
    subprocess.run(["ffmpeg", "-v", "error", "-i", plain, "-i", str(srt), "-map", "0", "-map", "1", "-c", "copy",
                    "-c:s", "srt", "-metadata:s:s:0", "language=deu", src], check=True)
    extra = tmp_path / "x.srt"
    extra.write_text("1\n00:00:02,000 --> 00:00:03,000\nextra\n")
    r = subprocess.run([sys.executable, "-m", "app.cli", "encode", src, "--out", str(tmp_path / "out"),
                        "--renditions", "240p", "--formats", "hls", "--segment-seconds", "2", "--thumbnails", "none",
                        "--subtitles", "deu", "--subtitle", f"{extra}:nl"], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    hls = os.path.join(str(tmp_path), "out", "film", "hls")
    assert check_ladder(hls) == []
    assert read_vtt(os.path.join(hls, "subs", "de", "segment_00000.vtt"))[1] == [(0.4, 1.2, "von ffmpeg")]
    assert read_vtt(os.path.join(hls, "subs", "nl", "segment_00001.vtt"))[1] == [(2.0, 3.0, "extra")]
    bad = subprocess.run([sys.executable, "-m", "app.cli", "encode", src, "--out", str(tmp_path / "o2"),
                          "--subtitle", str(tmp_path / "missing.srt")], capture_output=True, text=True)
    assert bad.returncode == 2 and "--subtitle: no file" in bad.stderr


@pytest.mark.slow
def test_retrying_the_mp4_alone_keeps_the_subtitles(tmp_path):
    src = make_clip(str(tmp_path / "again.mp4"), width=426, height=240, seconds=4)
    (tmp_path / "again.de.srt").write_text("1\n00:00:01,000 --> 00:00:03,000\nWieder\n")
    store = JobStore()
    job = Job.create(src, str(tmp_path / "out"), EncodeOptions(segment_seconds=2, thumbnails=[], hwaccel="off",
                                                                renditions=[(240, None)]))
    assert Engine(store).run(job) == EXIT_OK
    mp4 = os.path.join(job.out_dir, "mp4", "240p.mp4")
    os.remove(mp4)
    job.prepare_retry(["mp4:240p"])
    assert Engine(store).run(job) == EXIT_OK, job.error
    assert [t["cues"] for t in subtitles.read_mp4_tracks(mp4)] == [[(1.0, 3.0, "Wieder")]]
    master = open(os.path.join(job.out_dir, "hls", "master.m3u8")).read()
    assert 'URI="subs/de/index.m3u8"' in master and 'SUBTITLES="subs"' in master
    assert read_vtt(os.path.join(job.out_dir, "hls", "subs", "de", "segment_00001.vtt"))[1] == [(2.0, 3.0, "Wieder")]
    assert json.load(open(os.path.join(job.out_dir, "status.json")))["encoding"]["subtitles"][0]["language"] == "de"
