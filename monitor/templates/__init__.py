"""Jinja2 templates of the status page, the per-city page, the map and the alert e-mails.

Autoescape is on for `.html`, `.svg` and `.xml` templates, so every string that came from a
feed is escaped by the template engine, in text and in attributes alike; `.txt` templates (the
e-mail's plain-text part) are not escaped. Escaped output is also defused (`defuse`): harmless
once escaped, `onerror=` and `javascript:` in text still make some mail filters flag a message.
Undefined names fail loudly instead of printing "".
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

if TYPE_CHECKING:
    from jinja2 import Environment

_EVENT_ATTR = re.compile(r"(?i)\b(on[a-z]+)(\s*)=")
_JS_SCHEME = re.compile(r"(?i)(java|vb)(\s*)script(\s*):")


def defuse(escaped: str) -> str:
    """Break event-handler and script-URL look-alikes in already escaped text (`=` and `:` as entities)."""
    escaped = _EVENT_ATTR.sub(lambda m: f"{m.group(1)}{m.group(2)}&#61;", escaped)
    return _JS_SCHEME.sub(lambda m: f"{m.group(1)}{m.group(2)}script{m.group(3)}&#58;", escaped)


@functools.cache
def environment() -> Environment:
    """Return the one template environment (templates are compiled once per process).

    jinja2 is imported here, not at module level: the daemon imports this module at start-up
    and renders its first e-mail much later (start-up time matters to a supervised service).
    """
    from jinja2 import Environment, PackageLoader, StrictUndefined, pass_eval_context, select_autoescape
    from jinja2.nodes import EvalContext

    @pass_eval_context
    def finalize(context: EvalContext, value: Any) -> Any:
        """Escape and defuse every value an autoescaped template prints (markup passes as it is)."""
        if context.autoescape and not isinstance(value, Markup) and isinstance(value, str):
            return Markup(defuse(str(escape(value))))
        return value

    return Environment(
        loader=PackageLoader("monitor", "templates"),
        autoescape=select_autoescape(("html", "svg", "xml"), default_for_string=True),
        undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True,
        finalize=finalize,
    )


def render(name: str, **context: Any) -> str:
    """Render the template `name` with `context`."""
    return environment().get_template(name).render(**context)
