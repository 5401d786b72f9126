"""A table computed on first use, unless a detector loaded from disk brought it (`derived`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")


class ComputedOnce(Generic[T]):
    """Hold `compute()`'s value: computed at the first `get`, or installed before it."""

    __slots__ = ("_compute", "_value")

    def __init__(self, compute: Callable[[], T]) -> None:
        self._compute = compute
        self._value: list[T] = []  # empty until computed or installed

    def get(self) -> T:
        """Return the value, computing it the first time."""
        if not self._value:
            self._value.append(self._compute())
        return self._value[0]

    def install(self, value: T) -> None:
        """Use `value` (computed by the same code elsewhere) instead of computing it."""
        self._value[:] = [value]

    @property
    def ready(self) -> bool:
        """Say whether the value is there (computed or installed)."""
        return bool(self._value)
