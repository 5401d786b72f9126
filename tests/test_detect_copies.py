"""A word-for-word copy of an article is read once: the same events, under the copy's own id."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime

from monitor.match.control import Detector, make_detector
from monitor.match.gazetteer import get_gazetteer
from monitor.match.watchlist import load_watchlist
from tests.detect_support import WATCHLIST

TITLE = "Taliban seize Kunduz"
TEXT = ("Taliban fighters seized the northern city of Kunduz on Sunday after Afghan forces withdrew "
        "to the airport, residents said.")
SUNDAY = datetime(2021, 8, 8, 18, tzinfo=UTC)


def fresh_detector() -> Detector:
    """Return a detector of its own, so that no other test's reading is in its memo."""
    return make_detector(load_watchlist(WATCHLIST, gazetteer=get_gazetteer()))


def test_a_copy_gets_the_first_reading_under_its_own_article_id() -> None:
    """The second outlet's copy, published later the same day, is not read again but answered in full."""
    detector = fresh_detector()
    first = detector.detect(TITLE, TEXT, SUNDAY, article_id="1")
    copy = detector.detect(TITLE, TEXT, SUNDAY.replace(hour=21), article_id="2")
    assert [(e.place, e.controller, e.article_id) for e in first] == [("Kunduz", "Taliban", "1")]
    assert [(e.place, e.controller, e.article_id) for e in copy] == [("Kunduz", "Taliban", "2")]
    assert [e.evidence for e in copy] == [e.evidence for e in first]
    assert detector._copies.hits == 1


def test_a_copy_published_another_day_is_read_again() -> None:
    """Time is anchored on the publication day: "on Sunday" a month later is old news, so no memo."""
    detector = fresh_detector()
    assert {(e.place, e.controller) for e in detector.detect(TITLE, TEXT, SUNDAY)} == {("Kunduz", "Taliban")}
    text = TEXT.replace("on Sunday", "on 8 August")
    assert detector.detect("Afghanistan", text, SUNDAY)
    assert detector.detect("Afghanistan", text, datetime(2021, 11, 20, tzinfo=UTC)) == []
    assert detector._copies.hits == 0


def test_an_edited_text_or_another_language_is_read_again() -> None:
    """One changed word, or a feed that declares another language, is not a copy."""
    detector = fresh_detector()
    assert detector.detect("Afghanistan", TEXT, SUNDAY)
    denied = (TEXT.replace("seized", "were said to have seized")
              + " Afghan officials denied that the city had fallen.")
    assert detector.detect("Afghanistan", denied, SUNDAY) == []
    detector.detect(TITLE, TEXT, SUNDAY, lang="en")
    assert detector._copies.hits == 0


def test_explain_reads_a_copy_again_with_its_trace() -> None:
    """`--explain` shows how the article was read, so a copy gets a trace of its own."""
    detector = fresh_detector()
    detector.detect(TITLE, TEXT, SUNDAY)
    explained = detector.read(TITLE, TEXT, SUNDAY, explain=True)
    assert [e.place for e in explained.events] == ["Kunduz"]
    assert any(note.stage == "sentence" for note in explained.notes)
    assert detector._copies.hits == 0


def test_a_detector_loaded_from_disk_starts_with_an_empty_memo() -> None:
    """The memo never travels with a pickled detector, and the loaded one still remembers copies."""
    detector = fresh_detector()
    detector.detect(TITLE, TEXT, SUNDAY)
    loaded = pickle.loads(pickle.dumps(detector))
    assert loaded._copies.hits == 0 and not loaded._copies._readings
    assert [e.place for e in loaded.detect(TITLE, TEXT, SUNDAY)] == ["Kunduz"]
    loaded.detect(TITLE, TEXT, SUNDAY)
    assert loaded._copies.hits == 1


def test_the_memo_forgets_everything_when_full() -> None:
    """Bounded memory: past its size the memo starts over, and still answers the newest texts."""
    detector = fresh_detector()
    detector._copies.size = 3
    for n in range(4):
        detector.detect(f"Item {n}", TEXT, SUNDAY)
    assert len(detector._copies._readings) == 1
    detector.detect("Item 3", TEXT, SUNDAY)
    assert detector._copies.hits == 1
