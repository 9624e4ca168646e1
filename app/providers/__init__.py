"""Remote video APIs over httpx (Qt-free): push jobs to cloud encoders and follow them like local ones.

- `base`: the interface every provider implements (`Provider`: push, status, cancel, list, results) and the
  push context (resumable state, progress, cancel).
- `model`: the normalized status (`RemoteStatus`, `RemoteRendition`, `UploadProgress`, `RemoteResult`).
- `http`: the shared HTTP layer (retries with jittered backoff, 429 waits, provider error texts, streaming
  uploads, downloads).
- `apivideo`, `uploadcare`, `videosdk`, `oxolo`, `uploads_api`: one module per provider; `registry` names them
  and builds one with its base URLs and key.
- `credentials`: keys in the keyring, this session's memory or a private file; environment overrides.
- `runner`: `RemoteRunner.run(job, on_event, cancel)`, the remote counterpart of the local `Engine.run`;
  `download`: results into the job's folder.
"""
