"""A campaign's body: the links it tracks, its plain-text twin, and one recipient's copy with tracking added.

Links are found in the studio's template before any merge field is filled in, so the list of
URLs a click link can lead to is exactly what the studio wrote. A link whose address holds a
merge field differs per person and is left as it is, untracked.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urlsplit

from fitnesscrm.notifications import merge_fields

HREF = re.compile(r"""(<a\b[^>]*?\bhref\s*=\s*)(["'])(.*?)\2""", re.IGNORECASE | re.DOTALL)
# Longest tracked URL: longer ones stay untracked rather than cut.
MAX_LINK_LENGTH = 2000
MAX_LINKS = 100


def _trackable(raw: str) -> str | None:
    """The address `raw` (an href as written in HTML) leads to, if it is an http(s) URL without merge fields."""
    if "{{" in raw or "{%" in raw:
        return None
    url = html.unescape(raw).strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or len(url) > MAX_LINK_LENGTH:
        return None
    return url


def links_of(body_html: str) -> list[str]:
    """The distinct trackable links of a template, in the order they first appear."""
    links: list[str] = []
    for match in HREF.finditer(body_html):
        url = _trackable(match.group(3))
        if url is not None and url not in links and len(links) < MAX_LINKS:
            links.append(url)
    return links


def with_tracked_links(body_html: str, links: list[str], link_url: Callable[[int], str]) -> str:
    """The template with each tracked link's address replaced by `link_url(its index)`."""
    index = {url: number for number, url in enumerate(links)}

    def replace(match: re.Match) -> str:
        url = _trackable(match.group(3))
        if url not in index:
            return match.group(0)
        return f"{match.group(1)}{match.group(2)}{html.escape(link_url(index[url]))}{match.group(2)}"

    return HREF.sub(replace, body_html)


class _TextOf(HTMLParser):
    """HTML read as a person would read it in plain text: paragraphs, line breaks, links with their address."""

    BLOCKS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr", "blockquote"})
    SKIPPED = frozenset({"style", "script", "head", "title"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.href: str | None = None
        self.link_text: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIPPED:
            self.skipping += 1
        elif tag == "br":
            self.parts.append("\n")
        elif tag == "li":
            self.parts.append("\n- ")
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a":
            self.href = dict(attrs).get("href")
            self.link_text = []

    def handle_endtag(self, tag):
        if tag in self.SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")
        elif tag == "a" and self.href is not None:
            text = "".join(self.link_text).strip()
            if self.href and self.href != text and not self.href.startswith("mailto:"):
                self.parts.append(f" ({self.href})")
            self.href = None

    def handle_data(self, data):
        if self.skipping:
            return
        text = re.sub(r"\s+", " ", data)
        self.parts.append(text)
        if self.href is not None:
            self.link_text.append(text)


def text_of(body_html: str) -> str:
    """The plain-text version of an HTML template (merge fields kept as they are)."""
    reader = _TextOf()
    reader.feed(body_html)
    reader.close()
    lines = [line.strip() for line in "".join(reader.parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def check(*, subject: str | None, subject_b: str | None, body_html: str | None, body_text: str | None) -> None:
    """Raise ValidationError unless every part given uses only known merge fields and parses."""
    for field, template in (
        ("subject", subject),
        ("subject_b", subject_b),
        ("body_html", body_html),
        ("body_text", body_text),
    ):
        if template:
            merge_fields.check(template, field=field)


def pixel(url: str) -> str:
    """The open-tracking image: one transparent pixel, last in the body."""
    style = "display:block;border:0;height:1px;width:1px"
    return f'<img src="{html.escape(url)}" width="1" height="1" alt="" style="{style}">'
