"""Which site an article comes from."""

from __future__ import annotations

from urllib.parse import urlsplit


def site_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.`` (``https://www.lemonde.fr/x`` → ``lemonde.fr``), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else "//" + url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host[4:] if host.startswith("www.") else host
