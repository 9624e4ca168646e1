"""Rendition Studio: plan, encode and track video renditions on the desktop."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rendition-studio")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"
