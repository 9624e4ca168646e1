"""Remote jobs in the window: drop to a provider, the upload row and the provider's renditions in the grid,
resume after a restart, tracking by id, the Cloud providers settings. Loopback servers only (127.0.0.1)."""

import hashlib
import secrets

import pytest
from keyring.backends import fail
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDropEvent

from app.providers.remote_jobs import RemoteJob, RemoteJobStore
from app.core.store import JobStore
from app.gui.jobs_controller import JobsController
from app.gui.main_window import MainWindow
from app.gui.preferences import Preferences
from app.gui.remote_controller import RemoteJobsController
from app.providers import credentials as credentials_mod
from app.providers.credentials import CredentialStore
from app.providers.http import RetryPolicy
from app.providers.runner import PollPolicy, RemoteRunner
from loopback import LoopbackServer
from loopback.apivideo import ApiVideoApp
from loopback.oxolo import OxoloApp
from loopback.uploads_api import PREFIX, UploadsApp

KEY = "sk_test_" + secrets.token_hex(12)


@pytest.fixture(autouse=True)
def _clean_session():
    credentials_mod.clear_session()
    yield
    credentials_mod.clear_session()


def make_window(qtbot, tmp_path, environ, drop_action="local", endpoints=None):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    Preferences(output_folder=str(tmp_path / "out"), drop_action=drop_action,
                uploads_folder="root/tests").save(settings)
    controller = JobsController(JobStore(), str(tmp_path / "out"))
    creds = CredentialStore(keyring_backend=fail.Keyring(), environ=environ)
    store = RemoteJobStore()

    def runner():
        return RemoteRunner(store, credentials=creds, poll=PollPolicy(first=0.05, factor=1.0, max=0.05),
                            retry=RetryPolicy(tries=3, base_delay=0.05, max_delay=0.1), timeout=5.0)

    remote = RemoteJobsController(controller.model, str(tmp_path / "out"), store, creds, runner_factory=runner)
    remote.endpoints = endpoints or {}
    window = MainWindow(controller, settings, remote=remote)
    qtbot.addWidget(window)
    window.show()
    return window


def drop(window, paths):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    window.dropEvent(QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier))


def grid_cells(window, col):
    m = window.grid.model
    return [m.data(m.index(r, col)) for r in range(m.rowCount())]


def test_dropped_files_go_to_the_provider_chosen_in_the_settings(qtbot, tmp_path, clips):
    with LoopbackServer(UploadsApp(KEY)) as server:
        window = make_window(qtbot, tmp_path, {"UPLOADS_API_KEY": KEY}, drop_action="uploads",
                             endpoints={"uploads": {"base": server.url + PREFIX}})
        statuses = []
        window.remote.jobEvent.connect(lambda ev: ev["type"] == "remote.status" and statuses.append(ev["status"]))
        drop(window, [clips.landscape])
        qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=10000)
        job = window.controller.model.job(0)
        assert isinstance(job, RemoteJob) and job.provider == "uploads"
        window.queue.view.selectRow(0)
        qtbot.waitUntil(lambda: job.status == "completed" and not window.jobs.running(), timeout=30000)
        (upload,) = server.app.uploads  # sent once, every byte
        assert upload.sha256 == hashlib.sha256(open(clips.landscape, "rb").read()).hexdigest()
        assert upload.folder == "root/tests"
    queue = window.controller.model
    assert queue.data(queue.index(0, queue.COL_STATUS)) == "completed"
    assert queue.data(queue.index(0, queue.COL_PROGRESS)) == "100 %"
    assert queue.data(queue.index(0, queue.COL_FORMAT)).startswith("Uploads API")
    m = window.grid.model
    assert grid_cells(window, m.COL_TYPE) == ["upload", "video"]
    assert grid_cells(window, m.COL_STATUS) == ["encoded", "encoded"]
    window.close()


def test_api_video_renditions_become_grid_rows_and_play_from_their_urls(qtbot, tmp_path, clips):
    with LoopbackServer(ApiVideoApp(KEY, min_chunk=64 * 1024)) as server:
        window = make_window(qtbot, tmp_path, {"APIVIDEO_API_KEY": KEY},
                             endpoints={"apivideo": {"base": server.url}})
        (job_id,) = window.send_to([clips.no_audio], "apivideo")
        window.queue.view.selectRow(0)
        job = window.jobs.job(job_id)
        qtbot.waitUntil(lambda: job.status in ("completed", "failed"), timeout=30000)
        assert job.status == "completed", job.error
        (video,) = server.app.videos.values()
        m = window.grid.model
        assert grid_cells(window, m.COL_RENDITION) == ["upload", "240p", "360p", "360p"]
        assert grid_cells(window, m.COL_TYPE) == ["upload", "HLS", "HLS", "MP4"]
        assert set(grid_cells(window, m.COL_STATUS)) == {"encoded"}
        labels = [window.player.choice.itemText(i) for i in range(window.player.choice.count())]
        assert "MP4 360p (remote)" in labels
        urls = [window.player.choice.itemData(i) for i in range(window.player.choice.count())]
        assert any(u.startswith(server.url) for u in urls)
        window.copy_master_action.trigger()
    window.close()


def test_an_unfinished_remote_job_is_resumed_after_a_restart(qtbot, tmp_path):
    app = OxoloApp(KEY)
    app.add("ox-42", [{"status": "in_progress", "progress": "40", "remainingTime": "12"},
                      {"status": "done", "progress": "100", "remainingTime": "0", "video_link": None}])
    with LoopbackServer(app) as server:
        endpoints = {"base": server.url}
        store = RemoteJobStore()
        job = RemoteJob.create("oxolo", endpoints, remote_id="ox-42", out_root=str(tmp_path / "out"))
        job.status = "processing"
        store.save(job, pid=0)  # as a killed app left it: unfinished, nobody working on it
        window = make_window(qtbot, tmp_path, {"OXOLO_API_KEY": KEY})
        window.remote.restore()
        restored = window.jobs.job(job.id)
        assert restored is not None
        qtbot.waitUntil(lambda: restored.status == "completed", timeout=30000)
    assert app.polls["ox-42"] >= 2


def test_track_a_remote_job_by_its_identifier(qtbot, tmp_path):
    app = OxoloApp(KEY)
    app.add("ox-7", [{"status": "done", "progress": "100", "remainingTime": "0"}])
    with LoopbackServer(app) as server:
        window = make_window(qtbot, tmp_path, {"OXOLO_API_KEY": KEY}, endpoints={"oxolo": {"base": server.url}})
        dialog = window.track_remote()
        assert not dialog.ok.isEnabled()
        dialog.id_edit.setText("ox-7")
        dialog.provider_box.setCurrentIndex(dialog.provider_box.findData("oxolo"))
        dialog.ok.click()
        qtbot.waitUntil(lambda: window.controller.model.rowCount() == 1, timeout=5000)
        job = window.controller.model.job(0)
        qtbot.waitUntil(lambda: job.status == "completed", timeout=30000)
    assert job.remote_id == "ox-7" and job.source is None


def test_a_missing_key_is_reported_plainly(qtbot, tmp_path, clips):
    with LoopbackServer(UploadsApp(KEY)) as server:
        window = make_window(qtbot, tmp_path, {}, endpoints={"uploads": {"base": server.url + PREFIX}})
        (job_id,) = window.send_to([clips.no_audio], "uploads")
        qtbot.waitUntil(lambda: not window.jobs.running(), timeout=10000)
    assert "UPLOADS_API_KEY" in window.message.text()
    assert not server.app.uploads


def test_cloud_provider_settings_keys_urls_and_no_keyring(qtbot, tmp_path):
    window = make_window(qtbot, tmp_path, {})
    dialog = window.open_settings()
    page = dialog.providers
    assert not page.where.model().item(0).isEnabled()  # no keyring backend here: said so, and not offered
    assert "No keyring" in page.keyring_note.text()
    page.url_edits[("uploads", "base")].setText("ftp://example.org")
    dialog.accept()
    assert dialog.isVisible() and "http(s) URL" in dialog.error.text()
    assert dialog.tabs.currentIndex() == 1
    page.url_edits[("uploads", "base")].setText("http://127.0.0.1:9/api/client/v1")
    page.key_edits[("uploads", "api_key")].setText(KEY)
    page.where.setCurrentIndex(page.where.findData("session"))
    page.drop_action.setCurrentIndex(page.drop_action.findData("ask"))
    dialog.accept()
    assert not dialog.isVisible()
    assert window.remote.credentials.get("uploads")["api_key"] == KEY
    assert window.remote.endpoints == {"uploads": {"base": "http://127.0.0.1:9/api/client/v1"}}
    assert window.prefs.drop_action == "ask"
    assert KEY not in open(tmp_path / "settings.ini").read()  # keys never land in the settings file
    # "Ask": a drop offers "Encode here" and each provider that takes uploads.
    window.add_dropped([str(tmp_path / "x.mp4")])
    texts = [a.text() for a in window.drop_menu.actions() if a.text()]
    assert texts[0] == "Encode here" and "Send to api.video" in texts and "Send to Oxolo" not in texts
    window.drop_menu.close()


def test_cancel_during_the_upload_stops_it_and_deletes_the_remote_video(qtbot, tmp_path):
    source = tmp_path / "big.mp4"
    source.write_bytes(secrets.token_bytes(6 * 1024 * 1024))
    with LoopbackServer(ApiVideoApp(KEY, min_chunk=64 * 1024)) as server:
        window = make_window(qtbot, tmp_path, {"APIVIDEO_API_KEY": KEY}, endpoints={"apivideo": {"base": server.url}})
        (job_id,) = window.remote.push([str(source)], "apivideo", {"chunk_size": 64 * 1024})
        with qtbot.waitSignal(window.remote.jobEvent, timeout=10000,
                              check_params_cb=lambda ev: ev["type"] == "remote.upload" and ev["bytesSent"] > 0):
            pass
        window.queue.view.selectRow(0)
        window.cancel_action.trigger()
        job = window.jobs.job(job_id)
        qtbot.waitUntil(lambda: job.status == "cancelled" and not window.jobs.running(), timeout=10000)
        assert all(v.deleted for v in server.app.videos.values())  # deleted where the API allows
    assert job.upload_sent < source.stat().st_size
    assert window.grid.model.data(window.grid.model.index(0, window.grid.model.COL_STATUS)) == "failed"


def test_download_the_results_of_a_finished_remote_job(qtbot, tmp_path):
    app = OxoloApp(KEY)
    app.add("ox-9", [{"status": "done", "progress": "100", "remainingTime": "0", "video_link": "/files/ox-9.mp4",
                      "thumbnail": "/files/ox-9.jpg"}])
    with LoopbackServer(app) as server:
        window = make_window(qtbot, tmp_path, {"OXOLO_API_KEY": KEY}, endpoints={"oxolo": {"base": server.url}})
        job_id = window.remote.track("oxolo", "ox-9")
        job = window.jobs.job(job_id)
        qtbot.waitUntil(lambda: job.status == "completed" and not window.jobs.running(), timeout=30000)
        window.queue.view.selectRow(0)
        with qtbot.waitSignal(window.remote.jobEvent, timeout=30000,
                              check_params_cb=lambda ev: ev["type"] == "remote.downloaded") as done:
            window.download_action.trigger()
    files = done.args[0]["files"]
    assert files and all(f.startswith(job.out_dir) for f in files)
    assert any(f.endswith(".mp4") for f in files)
    assert open(next(f for f in files if f.endswith(".mp4")), "rb").read().startswith(b"/files/ox-9.mp4")
    assert "Files downloaded to" in window.message.text()


def test_cancel_an_interrupted_remote_job_that_nothing_runs(qtbot, tmp_path):
    app = OxoloApp(KEY)
    app.add("ox-5", [{"status": "in_progress", "progress": "10", "remainingTime": "50"}])
    with LoopbackServer(app) as server:
        window = make_window(qtbot, tmp_path, {"OXOLO_API_KEY": KEY})
        job = RemoteJob.create("oxolo", {"base": server.url}, remote_id="ox-5", out_root=str(tmp_path / "out"))
        job.status = "processing"
        window.remote.store.save(job, pid=0)
        window.controller.model.add(job)  # in the queue, interrupted: no thread works on it
        window.queue.view.selectRow(0)
        window.cancel_action.trigger()
        qtbot.waitUntil(lambda: job.status == "cancelled" and not window.jobs.running(), timeout=10000)
    assert window.remote.store.get(job.id).status == "cancelled"
