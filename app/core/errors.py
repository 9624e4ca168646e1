"""Errors the core raises on purpose, and the exit statuses the command line maps them to."""

# Exit statuses of `rendition-studio` (documented in the README).
EXIT_OK = 0
EXIT_USAGE = 2  # bad command line (argparse uses 2 as well)
EXIT_REJECTED = 3  # the input was refused: missing, not a local file, not a video, damaged
EXIT_FAILED = 4  # the job ran but at least one rendition failed
# 5 is `remote push` without --wait: submitted, still processing (app.providers.errors.EXIT_PENDING)
EXIT_BUSY = 6  # the job, or the output folder it writes, is in use by another run (an OS lock is held)
EXIT_NOT_WRITABLE = 7  # an output, job or data folder cannot be written (read-only, missing permission, full)
EXIT_CANCELLED = 130  # cancelled by the user (Ctrl-C), as shells report SIGINT


class RenditionError(Exception):
    """Base class: a failure with a message meant for the user, on one line."""

    exit_code = EXIT_FAILED


class UsageError(RenditionError):
    """The options asked for something impossible (unknown rendition, bad thumbnail spec...)."""

    exit_code = EXIT_USAGE


class InputRejected(RenditionError):
    """The source cannot be used: not a local file, not a video, empty, truncated or damaged."""

    exit_code = EXIT_REJECTED


class Busy(RenditionError):
    """The job or its output folder is being written by another run (another command, or the window)."""

    exit_code = EXIT_BUSY


class NotWritable(RenditionError):
    """A folder the command must write to cannot be written: read-only, no permission, or no space left."""

    exit_code = EXIT_NOT_WRITABLE


class Cancelled(RenditionError):
    exit_code = EXIT_CANCELLED
