"""Edit and retry: the planned ladder and its estimate (core), the job editor (offscreen), and a job that failed
because of its settings, fixed in the editor and retried with the new ones."""

import os

import pytest
from PySide6.QtCore import Qt

from app.core.errors import UsageError
from app.core.estimate import estimate, offered_rungs, plan_for
from app.core.jobs import EncodeOptions, Job
from app.core.options import (DEFAULT_THUMBNAIL_SPEC, ThumbnailForm, build_options, check_rungs, form_spec, rungs_text,
                              thumbnail_form, thumbnails_spec)

HD = {"width": 1920, "height": 1080, "framerate": 30.0, "duration": 10.0, "audioCodec": "aac", "videoCodec": "h264"}


# -- core -------------------------------------------------------------------------------------------------------
def test_the_estimate_is_bitrate_times_duration_plus_audio():
    plan = plan_for(HD, build_options(renditions="360p,720p:2500k", formats="hls"))
    sized = estimate(plan, HD["duration"])
    assert [r.quality for r in sized.renditions] == ["360p", "720p"]
    assert sized.rendition("hls:720p").bytes == (2500 + 128) * 1000 // 8 * 10
    assert sized.total_bytes == sum(r.bytes for r in sized.renditions)
    silent = estimate(plan_for({**HD, "audioCodec": None}, build_options(renditions="720p:2500k")), 10.0)
    assert silent.rendition("hls:720p").bytes == 2500 * 1000 // 8 * 10 and silent.rendition("mp4:1080p")


def test_the_estimate_counts_every_codecs_ladder_and_the_mp4_in_the_first_codec():
    """An HEVC and AV1 ladder beside H.264's (`--codecs`): the worker makes them, so the estimate counts them (it
    planned H.264 only, whatever the codecs asked for); the MP4 at the first codec's bitrate."""
    h264 = plan_for(HD, build_options(renditions="360p,720p"))
    three = plan_for(HD, build_options(renditions="360p,720p", codecs="hevc,h264,av1", hls_segments="fmp4"))
    assert sorted(r.id for r in three.renditions) == sorted(
        ["hls:360p", "hls:720p", "hls:hevc-360p", "hls:hevc-720p", "hls:av1-360p", "hls:av1-720p", "mp4:1080p"])
    mp4 = next(r for r in three.renditions if r.type == "mp4")
    assert mp4.codec == "hevc" and mp4.video_kbps < next(r for r in h264.renditions if r.type == "mp4").video_kbps
    assert estimate(three, 10.0).total_bytes > estimate(h264, 10.0).total_bytes
    assert all(r.segments == "fmp4" for r in three.renditions if r.type == "hls" and r.codec == "h264")


def test_the_ladder_offered_stops_at_the_source_and_portrait_uses_the_short_side():
    assert offered_rungs(HD) == [240, 360, 480, 720, 1080]
    assert offered_rungs({"width": 1080, "height": 1920}) == [240, 360, 480, 720, 1080]
    assert offered_rungs({"width": 320, "height": 180}) == []
    plan = plan_for({"width": 1080, "height": 1920, "framerate": 25, "duration": 3}, EncodeOptions(formats=("hls",)))
    assert (plan.renditions[-1].width, plan.renditions[-1].height) == (1080, 1920)
    with pytest.raises(UsageError, match="above the source"):
        plan_for({"width": 640, "height": 360, "framerate": 25}, build_options(renditions="720p"))


def test_rungs_are_the_ladders_and_their_text_round_trips():
    with pytest.raises(UsageError, match="'999p' is not a rung of the ladder"):
        check_rungs("360p,999p")
    assert check_rungs("4k:20M,360p") == [(2160, 20000), (360, None)]
    assert rungs_text([(360, None), (720, 2500)]) == "360p,720p:2500k"
    assert check_rungs(rungs_text([(360, None), (720, 2500)])) == [(360, None), (720, 2500)]


def test_the_thumbnail_form_and_the_spec():
    form = thumbnail_form("00:00:03/360,720/jpg,webp/none,blur;50%/360,720/jpg,webp/none,blur")
    assert form == ThumbnailForm(("00:00:03", "50%"), ("360", "720"), ("jpg", "webp"), ("none", "blur"))
    assert thumbnail_form(form_spec(form)) == form
    assert thumbnail_form("00:00:03/360;50%/720") is None  # other sizes per time: edited as text
    assert thumbnail_form("none") == ThumbnailForm(()) and form_spec(ThumbnailForm(())) == "none"
    assert thumbnails_spec(None) == DEFAULT_THUMBNAIL_SPEC and thumbnails_spec([]) == "none"
    objects = build_options(thumbnails="3/240/webp/blur;10%").thumbnails
    assert build_options(thumbnails=thumbnails_spec(objects)).thumbnails == objects


# -- the dialog ------------------------------------------------------------------------------------------------
def rung_rows(editor):
    table = editor.ladder
    return {table.item(r, 0).text(): table.item(r, 0).checkState() == Qt.CheckState.Checked
            for r in range(table.rowCount()) if table.item(r, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable}


@pytest.fixture
def editor(qtbot, tmp_path):
    from app.gui.job_editor import JobEditor

    job = Job.create(str(tmp_path / "talk.mp4"), str(tmp_path / "out"),
                     EncodeOptions(renditions=[(360, None), (999, None)]))
    job.status, job.metadata = "failed", dict(HD)
    dialog = JobEditor(job)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_bad_rung_turns_the_field_red_and_disables_ok(editor):
    assert editor.renditions.text() == "360p,999p"
    assert not editor.ok.isEnabled() and editor.error.isVisible()
    assert "'999p' is not a rung" in editor.error.text() and "f9dedc" in editor.renditions.styleSheet()
    assert rung_rows(editor) == {"240p": False, "360p": True, "480p": False, "720p": False, "1080p": False}
    editor.renditions.setText("360p,720p:2500k")
    editor.refresh()
    assert editor.ok.isEnabled() and not editor.error.isVisible() and editor.renditions.styleSheet() == ""
    assert editor.ok.text() == "Save and retry"


def test_checkboxes_and_text_stay_in_sync_and_the_estimate_follows(editor):
    editor.renditions.setText("360p,720p:2500k")
    editor.refresh()
    assert rung_rows(editor) == {"240p": False, "360p": True, "480p": False, "720p": True, "1080p": False}
    row_1080 = next(r for r in range(editor.ladder.rowCount()) if editor.ladder.item(r, 0).text() == "1080p")
    editor.ladder.item(row_1080, 0).setCheckState(Qt.CheckState.Checked)
    assert editor.renditions.text() == "360p,720p:2500k,1080p"  # the bitrate typed for 720p is kept
    assert "estimate" in editor.total.text() and "MB" in editor.total.text()
    sizes = [editor.ladder.item(r, 3).text() for r in range(editor.ladder.rowCount())]
    assert [s == "—" for s in sizes] == [True, False, True, False, False, False]  # 240p..1080p, MP4
    editor.renditions.setText("")  # the preset's ladder: every rung up to the source
    editor.refresh()
    assert all(rung_rows(editor).values())
    editor.mp4.setChecked(False)
    editor.hls.setChecked(False)
    assert not editor.ok.isEnabled() and "output format" in editor.error.text()


def test_the_thumbnail_form_writes_the_spec_and_a_mixed_spec_is_edited_as_text(editor):
    editor.renditions.setText("360p")
    editor.thumb_times.setText("00:00:03, 50%")
    editor.thumb_sizes.setText("240, 720")
    editor.thumb_webp.setChecked(True)
    editor.thumb_blur.setChecked(True)
    assert editor.thumb_spec.text() == "00:00:03/240,720/jpg,webp/none,blur;50%/240,720/jpg,webp/none,blur"
    editor.thumb_sizes.setText("240, 99999")
    editor._form_to_spec()
    assert not editor.ok.isEnabled() and "thumbnail resolution" in editor.error.text()
    editor.thumb_spec.setText("00:00:03/360;50%/720")
    editor._spec_edited("")
    assert not editor.thumb_times.isEnabled() and editor.thumb_note.isVisible() and editor.ok.isEnabled()


def test_ok_gives_the_new_options_keeping_the_others(editor):
    editor.job.options.hwaccel = "off"
    editor.renditions.setText("240p")
    editor.thumbnails.setChecked(False)
    editor.accept()
    options = editor.result_options
    assert options.renditions == [(240, None)] and options.thumbnails == [] and options.hwaccel == "off"
    if os.environ.get("RENDITION_STUDIO_SHOTS"):
        editor.grab().save(os.path.join(os.environ["RENDITION_STUDIO_SHOTS"], "job-editor.png"))


def test_a_job_failed_by_its_settings_is_fixed_and_retried_with_the_new_ones(qtbot, window, clips):
    from app.core.store import JobStore

    window.controller.options = EncodeOptions(renditions=[(720, None)], formats=("hls",), thumbnails=[])
    window.controller.add_paths([clips.landscape])  # 640x360: 720p is above it, nothing to encode
    qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=30000)
    job = window.controller.model.job(0)
    qtbot.waitUntil(lambda: job.status not in ("queued", "running"), timeout=60000)
    assert job.status in ("failed", "rejected") and "above the source" in (job.error or "")
    window.queue.view.selectRow(0)
    dialog = window.edit_job(job.id)
    assert dialog is not None and rung_rows(dialog) == {"240p": False, "360p": False, "720p": True}  # 720p: above
    assert "above the source" in dialog.error.text() and not dialog.ok.isEnabled()
    dialog.ladder.item(0, 0).setCheckState(Qt.CheckState.Checked)  # 240p: the text follows
    assert dialog.renditions.text() == "240p,720p"
    dialog.renditions.setText("240p")
    dialog.refresh()
    dialog.accept()
    qtbot.waitUntil(lambda: job.status == "completed", timeout=120000)
    assert JobStore().find(job.id).options.renditions == [(240, None)]
    assert sorted(os.listdir(os.path.join(job.out_dir, "hls"))) == ["240p", "master.m3u8"]
    assert not window.controller.edit_options("no-such-job", job.options)


def test_the_subtitles_field_and_the_tracks_found(qtbot, tmp_path):
    from app.gui.job_editor import JobEditor

    (tmp_path / "talk.de.srt").write_text("1\n00:00:01,000 --> 00:00:02,000\nHallo\n")
    job = Job.create(str(tmp_path / "talk.mp4"), str(tmp_path / "out"), EncodeOptions(subtitles="de"))
    job.status, job.metadata = "failed", dict(HD)
    dialog = JobEditor(job)
    qtbot.addWidget(dialog)
    assert dialog.subtitles.text() == "de" and dialog.subtitle_tracks.text() == "Beside the source: talk.de.srt"
    dialog.subtitles.setText("de,12")
    dialog.refresh()
    assert not dialog.ok.isEnabled() and "Subtitles: 12 is not" in dialog.error.text()
    dialog.subtitles.setText("ENG, ger")
    dialog.accept()
    assert dialog.result_options.subtitles == "en,de"
    job.metadata["subtitles"] = [{"name": "German", "source": str(tmp_path / "talk.de.srt"), "language": "de"}]
    assert JobEditor(job).subtitle_tracks.text() == "Last run: German (talk.de.srt)"
