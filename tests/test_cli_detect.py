"""`monitor detect`: JSON lines in, one JSON line per change out, bad lines reported and skipped."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from monitor.cli.detect import detect
from tests.detect_support import WATCHLIST


def run(tmp_path: Path, lines: list[str]) -> tuple[int, list[dict[str, object]], str]:
    """Run the command on `lines`; return its exit status, parsed output and stderr."""
    path = tmp_path / "watchlist.json"
    path.write_text(json.dumps(WATCHLIST), encoding="utf-8")
    result = CliRunner().invoke(detect, ["--watchlist", str(path)], input="\n".join(lines) + "\n")
    out = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return result.exit_code, out, result.stderr


def article(id_: str, title: str, text: str = "", published: str = "2021-08-13T09:00:00Z") -> str:
    return json.dumps({"id": id_, "published": published, "title": title, "text": text, "source": "x"})


def test_one_line_per_event_with_every_field(tmp_path: Path) -> None:
    """A capture yields one JSON line with the watchlist's canonical names and the evidence."""
    code, out, _ = run(
        tmp_path, [article("a1", "Hérat passe aux mains des talibans", "Les combats ont cessé.")]
    )
    assert code == 0
    assert out == [
        {
            "id": "a1",
            "place": "Herat",
            "country": "AF",
            "controller": "Taliban",
            "confidence": out[0]["confidence"],
            "claim": False,
            "evidence": "Hérat passe aux mains des talibans",
            "lang": "fr",
        }
    ]
    assert 0.5 <= float(out[0]["confidence"]) <= 1  # type: ignore[arg-type]


def test_bad_lines_are_reported_and_others_processed(tmp_path: Path) -> None:
    """Invalid JSON or a non-object line gets one stderr line; the next article is still read."""
    code, out, err = run(
        tmp_path, ["{not json", "[1, 2]", article("b2", "Kunduz fell to the Taliban on Sunday.")]
    )
    assert code == 0
    assert [(e["id"], e["place"]) for e in out] == [("b2", "Kunduz")]
    lines = err.strip().splitlines()
    assert len(lines) == 2 and lines[0].startswith("monitor detect: line 1:") and "line 2:" in lines[1]


def test_unknown_controller_is_not_emitted(tmp_path: Path) -> None:
    """A fall with no watched actor anywhere in the article prints nothing."""
    code, out, _ = run(tmp_path, [article("c3", "Kandahar has fallen, officials said.")])
    assert code == 0 and out == []


def test_no_change_prints_nothing(tmp_path: Path) -> None:
    """An article about fighting near a city yields no line."""
    code, out, _ = run(tmp_path, [article("d4", "Fighting raged around Herat as the Taliban advanced.")])
    assert code == 0 and out == []


def test_help_text_exists() -> None:
    """The command documents itself."""
    result = CliRunner().invoke(detect, ["--help"])
    assert result.exit_code == 0 and "JSON lines" in result.output


def explain(tmp_path: Path, lines: list[str]) -> list[dict[str, object]]:
    """Run the command with --explain; return one parsed trace per article."""
    path = tmp_path / "watchlist.json"
    path.write_text(json.dumps(WATCHLIST), encoding="utf-8")
    result = CliRunner().invoke(
        detect, ["--watchlist", str(path), "--explain"], input="\n".join(lines) + "\n"
    )
    assert result.exit_code == 0
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def steps(trace: dict[str, object], stage: str) -> list[dict[str, object]]:
    return [s for s in trace["steps"] if s["stage"] == stage]  # type: ignore[attr-defined]


def test_explain_gives_sentences_candidates_and_refused_triggers(tmp_path: Path) -> None:
    """--explain shows the language, the sentences read, the kept event and why a trigger was refused."""
    [trace] = explain(
        tmp_path,
        [
            article(
                "e1",
                "Les talibans se sont emparés de Kunduz",
                "Ils n'ont pas pris Kaboul, où l'armée afghane reste déployée.",
            )
        ],
    )
    assert trace["id"] == "e1" and trace["lang"] == "fr" and trace["supported"] is True
    assert [s["text"] for s in steps(trace, "language")] == ["fr"]
    assert [s["sentence"] for s in steps(trace, "sentence")] == [0, 1]
    kept = [s for s in steps(trace, "candidate") if s["kept"]]
    assert [(s["place"], s["holder"], s["sentence"]) for s in kept] == [("Kunduz", "Taliban", 0)]
    assert "empares" in str(kept[0]["trigger"])  # the folded words the grammar matched
    refused = steps(trace, "trigger")
    assert [(s["trigger"], s["reason"]) for s in refused] == [("capture: pris", "governed by 'n'")]
    assert [(e["place"], e["controller"]) for e in trace["events"]] == [("Kunduz", "Taliban")]  # type: ignore[attr-defined]


def test_explain_says_why_a_candidate_was_dropped(tmp_path: Path) -> None:
    """A claim the article denies is listed as a candidate, not kept, with the reason."""
    [trace] = explain(
        tmp_path,
        [
            article(
                "e2",
                "Russia claims to have captured Bakhmut",
                "Ukraine denied the claim on Sunday.",
                published="2023-05-20T09:00:00Z",
            )
        ],
    )
    dropped = [s for s in steps(trace, "candidate") if not s["kept"]]
    assert [(s["place"], s["holder"]) for s in dropped] == [("Bakhmut", "Russia")]
    assert "den" in str(dropped[0]["reason"]) and trace["events"] == []


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "nl",
            "Rebellen veroveren de stad Kunduz",
            "De rebellen hebben zondag de controle over de stad Kunduz overgenomen, zeiden "
            "inwoners. Het leger trok zich terug naar het vliegveld buiten de stad.",
        ),
        (
            "sw",
            "Taliban wateka mji wa Kunduz",
            "Wapiganaji wa Taliban wameuteka mji wa Kunduz siku ya Jumapili, wakazi wa mji huo "
            "wamesema. Jeshi la serikali liliondoka mjini bila mapigano.",
        ),
    ],
)
def test_article_in_a_language_without_grammar_is_not_read(
    tmp_path: Path, lang: str, title: str, text: str
) -> None:
    """A Dutch or Swahili article gives no event, and --explain names its language and the reason."""
    line = article("u1", title, text)
    code, out, _ = run(tmp_path, [line])
    assert code == 0 and out == []
    [trace] = explain(tmp_path, [line])
    assert trace["lang"] == lang and trace["supported"] is False and trace["events"] == []
    [note] = steps(trace, "language")
    assert note["kept"] is False and "not read" in str(note["reason"])
