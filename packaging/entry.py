"""The bundle's one program (PyInstaller's entry script; see rendition-studio.spec).

`app.cli.main` does everything: no command opens the window (with any FILEs queued), a command runs the command
line, and the hidden first argument `app.core.worker.WORKER_ARG` makes this program the engine's media worker
(in a bundle there is no ``python -m app.core.worker``: `app.core.engine.worker_command`).
"""

import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
