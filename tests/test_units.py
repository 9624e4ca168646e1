"""One size formatter for the window, the command line and the remote commands (app.core.units)."""

import pytest

from app.core.units import format_size


@pytest.mark.parametrize("n, text", [
    (0, "0 B"), (999, "999 B"), (1000, "1.0 kB"), (1009, "1.0 kB"), (99_949, "99.9 kB"), (99_950, "100 kB"),
    (1_009_000, "1.0 MB"), (609_600, "610 kB"), (999_499, "999 kB"), (999_500, "1.0 MB"), (12_345_678, "12.3 MB"),
    (3 * 10 ** 9, "3.0 GB"), (2.5e12, "2.5 TB"), (-2048, "-2.0 kB"),
])
def test_sizes_read_as_a_file_manager_shows_them(n, text):
    assert format_size(n) == text


def test_an_unknown_size_reads_as_the_caller_says():
    assert format_size(None) == "" and format_size(None, "?") == "?"


def test_no_other_size_formatter_is_left():
    import app.cli
    import app.gui.models
    import app.remote_cli

    for module in (app.cli, app.remote_cli, app.gui.models):
        assert not hasattr(module, "_fmt_bytes") and not hasattr(module, "fmt_bytes")
