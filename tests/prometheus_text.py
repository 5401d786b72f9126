"""A strict reader of the Prometheus text exposition format (version 0.0.4), for the tests.

It checks what a scraper relies on: HELP/TYPE before a family's samples, each family once and
contiguous, valid names, label escaping, numeric values, and cumulative histogram buckets
ending in +Inf equal to _count.
"""

from __future__ import annotations

import math
import re

_NAME = r"[a-zA-Z_:][a-zA-Z0-9_:]*"
_SAMPLE = re.compile(rf"^({_NAME})(?:\{{(.*)\}})? (\S+)(?: (-?\d+))?$")
_LABEL = re.compile(r'([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,|$)')
_TYPES = {"counter", "gauge", "histogram", "summary", "untyped"}
Samples = dict[tuple[str, tuple[tuple[str, str], ...]], float]


class FormatError(AssertionError):
    """The text is not valid exposition format."""


def _labels(text: str) -> tuple[tuple[str, str], ...]:
    labels, pos = [], 0
    while pos < len(text):
        m = _LABEL.match(text, pos)
        if not m:
            raise FormatError(f"bad labels: {text!r}")
        value = m.group(2).replace("\\n", "\n").replace('\\"', '"').replace("\\\\", "\\")
        labels.append((m.group(1), value))
        pos = m.end()
    return tuple(sorted(labels))


def _family(name: str, types: dict[str, str]) -> str:
    for suffix in ("_bucket", "_sum", "_count"):
        base = name.removesuffix(suffix)
        if base != name and types.get(base) in {"histogram", "summary"}:
            return base
    return name


def parse(text: str) -> Samples:
    """Parse exposition text into {(name, labels): value}; raise FormatError when it is invalid."""
    if not text.endswith("\n"):
        raise FormatError("must end with a newline")
    types: dict[str, str] = {}
    samples: Samples = {}
    finished: set[str] = set()
    current: str | None = None
    for line in text.splitlines():
        if not line:
            continue
        if line.startswith("#"):
            parts = line.split(" ", 3)
            if len(parts) >= 3 and parts[1] == "TYPE":
                name, kind = parts[2], parts[3] if len(parts) > 3 else ""
                if kind not in _TYPES or not re.fullmatch(_NAME, name):
                    raise FormatError(f"bad TYPE line: {line!r}")
                if name in types:
                    raise FormatError(f"TYPE given twice for {name}")
                types[name] = kind
            continue
        m = _SAMPLE.match(line)
        if not m:
            raise FormatError(f"bad sample line: {line!r}")
        name, labels, value = m.group(1), _labels(m.group(2) or ""), m.group(3)
        family = _family(name, types)
        if family not in types:
            raise FormatError(f"sample before its TYPE: {line!r}")
        if family != current:
            if family in finished:
                raise FormatError(f"samples of {family} are not contiguous")
            if current:
                finished.add(current)
            current = family
        try:
            number = float(value)
        except ValueError:
            raise FormatError(f"bad value: {line!r}") from None
        if (name, labels) in samples:
            raise FormatError(f"duplicate sample: {line!r}")
        samples[(name, labels)] = number
    _check_histograms(samples, types)
    return samples


def _check_histograms(samples: Samples, types: dict[str, str]) -> None:
    for base, kind in types.items():
        if kind != "histogram":
            continue
        series: dict[tuple[tuple[str, str], ...], list[tuple[float, float]]] = {}
        for (name, labels), value in samples.items():
            if name == base + "_bucket":
                le = dict(labels)["le"]
                rest = tuple(kv for kv in labels if kv[0] != "le")
                series.setdefault(rest, []).append((float(le), value))
        for rest, buckets in series.items():
            buckets.sort()
            counts = [c for _, c in buckets]
            if counts != sorted(counts) or not math.isinf(buckets[-1][0]):
                raise FormatError(f"{base}: buckets not cumulative or no +Inf")
            if samples.get((base + "_count", rest)) != counts[-1]:
                raise FormatError(f"{base}: +Inf bucket differs from _count")
