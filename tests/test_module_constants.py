"""No module binds the same top-level name twice: the second binding silently replaces the first
for every function of the module (a second `_AUXILIARIES` in `reading.py` once took "has",
"have" and "had" away from a rule written far above it)."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import monitor

PACKAGE = Path(monitor.__file__).parent


def _bound_twice(path: Path) -> list[str]:
    """Return the names that the module's top level assigns more than once."""
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] \
            if isinstance(node, ast.AnnAssign) and node.value is not None else []
        names.update(t.id for t in targets if isinstance(t, ast.Name))
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    """Every module-level constant of the package is bound once."""
    twice = {str(p.relative_to(PACKAGE)): names for p in sorted(PACKAGE.rglob("*.py"))
             if (names := _bound_twice(p))}
    assert twice == {}


def test_the_check_sees_a_second_binding(tmp_path: Path) -> None:
    """The check itself: a module that binds a name twice is reported."""
    module = tmp_path / "twice.py"
    module.write_text('A = frozenset(("has",))\n\n\ndef f() -> bool:\n    return "x" in A\n\n\n'
                      'A = frozenset()\n')
    assert _bound_twice(module) == ["A"]
