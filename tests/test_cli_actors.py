"""`monitor actors …` and `monitor sides …` against a real store."""

from __future__ import annotations

from pathlib import Path

from monitor.errors import NotFoundError, StoreError
from tests.clitools import invoke, invoke_json, run


def test_add_shows_and_stores_every_field(db_path: Path) -> None:
    """`actors add` stores aliases, countries (upper case), the government flag and opponents."""
    added = invoke_json(db_path, "actors", "add", "Afghan government", "--alias", "Afghan forces",
                        "--alias", "ANDSF", "--country", "af", "--government", "--opposes", "Taliban")
    assert added == {"name": "Afghan government", "aliases": ["Afghan forces", "ANDSF"], "countries": ["AF"],
                     "government": True, "opposes": ["Taliban"]}
    assert invoke_json(db_path, "actors", "list") == [added]


def test_opponent_added_later_joins_the_side(db_path: Path) -> None:
    """An opponent named before it exists is warned about, then linked back when added."""
    done = run(db_path, "actors", "add", "Taliban", "--opposes", "Afghan government")
    assert done.code == 0
    assert "Afghan government is not a watched actor yet" in done.err
    assert invoke(db_path, "actors", "add", "Afghan government").exit_code == 0
    by_name = {a["name"]: a for a in invoke_json(db_path, "actors", "list")}
    assert by_name["Afghan government"]["opposes"] == ["Taliban"]
    assert invoke(db_path, "sides").stdout == "Afghan government  vs  Taliban\n"


def test_list_as_a_table(db_path: Path) -> None:
    """The text listing has a header and one row per actor, sorted by name."""
    invoke(db_path, "actors", "add", "Taliban", "--alias", "Islamic Emirate", "--country", "AF")
    invoke(db_path, "actors", "add", "ANDSF")
    lines = invoke(db_path, "actors", "list").stdout.splitlines()
    assert lines[0].split() == ["NAME", "ALIASES", "COUNTRIES", "GOVERNMENT", "OPPOSES"]
    assert [line.split()[0] for line in lines[1:]] == ["ANDSF", "Taliban"]
    assert "Islamic Emirate" in lines[2]


def test_empty_lists_say_how_to_start(db_path: Path) -> None:
    """With no actors, `actors list` and `sides` say which command to run."""
    assert "monitor actors add" in invoke(db_path, "actors", "list").stdout
    assert "monitor sides set" in invoke(db_path, "sides").stdout
    assert invoke_json(db_path, "actors", "list") == []


def test_duplicate_actor_fails_in_one_line(db_path: Path) -> None:
    """Adding an actor twice (any case) exits 1 with one line on stderr."""
    invoke(db_path, "actors", "add", "Taliban")
    done = run(db_path, "actors", "add", "TALIBAN")
    assert (done.code, done.err) == (1, "monitor: actor Taliban already exists\n")
    assert isinstance(invoke(db_path, "actors", "add", "taliban").exception, StoreError)


def test_remove_takes_the_actor_off_its_sides_and_warns_about_places(db_path: Path) -> None:
    """Removing an actor clears it from opponents and warns about places it still holds."""
    invoke(db_path, "actors", "add", "Taliban", "--opposes", "Afghan government")
    invoke(db_path, "actors", "add", "Afghan government")
    invoke(db_path, "watch", "import", "-",
           input='{"places": [{"name": "Kandahar", "country": "AF", "controller": "Taliban"}]}')
    done = run(db_path, "actors", "remove", "taliban")
    assert done.code == 0
    assert done.out == "Removed actor Taliban\n"
    assert "Taliban is still recorded as holding 1 place: Kandahar" in done.err
    assert invoke_json(db_path, "actors", "list")[0]["opposes"] == []
    assert isinstance(invoke(db_path, "actors", "remove", "Taliban").exception, NotFoundError)


def test_sides_set_show_and_remove(db_path: Path) -> None:
    """`sides set` links two actors both ways, `sides` groups them, `sides remove` unlinks them."""
    for name in ("Taliban", "Afghan government", "ISKP"):
        invoke(db_path, "actors", "add", name)
    assert invoke(db_path, "sides", "set", "taliban", "Afghan government").stdout == \
        "Taliban and Afghan government are now on opposite sides\n"
    invoke(db_path, "sides", "set", "ISKP", "Taliban")
    assert invoke_json(db_path, "sides") == [[["Afghan government", "ISKP"], ["Taliban"]]]
    pair = invoke_json(db_path, "sides", "remove", "Afghan government", "Taliban")
    assert [a["opposes"] for a in pair] == [[], ["ISKP"]]
    assert invoke(db_path, "sides").stdout == "ISKP  vs  Taliban\n"


def test_sides_errors(db_path: Path) -> None:
    """Unknown actors and unlinked pairs fail with exit 1; a missing argument is a usage error."""
    invoke(db_path, "actors", "add", "Taliban")
    assert run(db_path, "sides", "set", "Taliban", "Nobody").err == "monitor: no actor named Nobody\n"
    invoke(db_path, "actors", "add", "ISKP")
    done = run(db_path, "sides", "remove", "Taliban", "ISKP")
    assert (done.code, done.err) == (1, "monitor: Taliban does not oppose ISKP\n")
    assert run(db_path, "sides", "set", "Taliban").code == 2


def test_government_without_country_is_warned_about(db_path: Path) -> None:
    """--government needs --country to mean anything: the user is told."""
    done = run(db_path, "actors", "add", "Junta", "--government")
    assert done.code == 0
    assert "--government without --country" in done.err
