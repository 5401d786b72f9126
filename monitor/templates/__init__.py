"""Jinja2 templates of the status page, the per-city page, the map and the alert e-mails.

Autoescape is on for `.html`, `.svg` and `.xml` templates, so every string that came from a
feed is escaped by the template engine, in text and in attributes alike; `.txt` templates (the
e-mail's plain-text part) are not escaped. Undefined names fail loudly instead of printing "".
"""

from __future__ import annotations

import functools
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape


@functools.cache
def environment() -> Environment:
    """Return the one template environment (templates are compiled once per process)."""
    return Environment(
        loader=PackageLoader("monitor", "templates"),
        autoescape=select_autoescape(("html", "svg", "xml"), default_for_string=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
    )


def render(name: str, **context: Any) -> str:
    """Render the template `name` with `context`."""
    return environment().get_template(name).render(**context)
