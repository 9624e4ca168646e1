"""Rendition Studio: plan, encode and track video renditions on the desktop."""

import os
from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rendition-studio")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+source"


def resource_path(*parts: str) -> str:
    """A file under resources/: beside the package in a checkout, inside it (app/resources) once installed."""
    here = os.path.dirname(os.path.abspath(__file__))
    checkout = os.path.join(os.path.dirname(here), "resources", *parts)
    return checkout if os.path.exists(checkout) else os.path.join(here, "resources", *parts)
