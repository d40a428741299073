"""Fetching pages over HTTP, only when the user asks for it (``--fetch-links``)."""

from __future__ import annotations

import httpx

from newsgraph.sources.decoding import decode

USER_AGENT = "newsgraph/0.1 (+https://github.com/newsgraph/newsgraph)"


class PageFetcher:
    """Fetches HTML pages with one shared connection pool, a timeout and a size limit."""

    def __init__(self, max_bytes: int, timeout: float = 20.0) -> None:
        self.max_bytes = max_bytes
        self.client = httpx.Client(timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT})

    def __call__(self, url: str) -> tuple[str | None, str]:
        """(html, "ok") or (None, reason)."""
        try:
            with self.client.stream("GET", url) as response:
                if response.status_code != 200:
                    return None, f"HTTP {response.status_code}"
                content_type = response.headers.get("content-type", "")
                if content_type and "html" not in content_type.lower():
                    return None, f"not HTML ({content_type.split(';')[0]})"
                data = b""
                for chunk in response.iter_bytes():
                    data += chunk
                    if len(data) > self.max_bytes:
                        return None, f"page too large (over {self.max_bytes / 1e6:.0f} MB)"
                return decode(data, response.charset_encoding)[0], "ok"
        except httpx.HTTPError as exc:
            return None, f"{type(exc).__name__}: {exc}"

    def close(self) -> None:
        self.client.close()
