"""Loaders for the reference data under ``data/`` (language profiles, lexicons, shipped models)."""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def data_dir() -> Path:
    """The ``data/`` folder: inside the installed package, or at the top of a source checkout."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "data", here.parent.parent / "data"):
        if (candidate / "lang").is_dir():
            return candidate
    raise FileNotFoundError("newsgraph's data folder is missing; reinstall the package")
