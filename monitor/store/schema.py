"""The only place DDL lives: every table, index and change, as ordered migrations.

Migrations run at every start (`open_store`), each in its own transaction; running them twice
is safe. Add a change as a new function at the end; never edit an applied one.
"""

from __future__ import annotations

import sqlite3

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("monitor")


def run_ddl(db: Database, script: str) -> None:
    """Run `;`-separated statements one by one (executescript would commit the migration)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            db.execute(pending)
            pending = ""
    if pending.strip():
        db.execute(pending)


@migrations()
def m001_feeds_and_articles(db: Database) -> None:
    run_ddl(db, """
CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,          -- updated in place by a permanent redirect
    title TEXT,
    site_url TEXT,
    interval_s INTEGER,                -- NULL: the configured default
    full_text INTEGER NOT NULL DEFAULT 0,     -- fetch article pages and extract their text
    allow_private INTEGER NOT NULL DEFAULT 0, -- may resolve to loopback/private addresses
    verify_tls INTEGER NOT NULL DEFAULT 1,
    etag TEXT,                         -- echoed byte for byte in If-None-Match
    last_modified TEXT,                -- echoed byte for byte in If-Modified-Since
    body_hash TEXT,                    -- sha256 of the last parsed body: unchanged, no parse
    last_status INTEGER,               -- last HTTP status (NULL: no response)
    last_error TEXT,                   -- one line, shown by `feeds list`; NULL when last poll ok
    error_count INTEGER NOT NULL DEFAULT 0,   -- consecutive failures, drives the backoff
    update_after TEXT,                 -- ISO UTC: next poll not before this (NULL: due now)
    last_retrieved TEXT,               -- last attempt
    last_success TEXT,                 -- last attempt that got a usable answer (200 or 304)
    last_new_article TEXT,             -- last time the feed brought an article we had not seen
    disabled INTEGER NOT NULL DEFAULT 0,      -- 410 Gone, or by the user
    disabled_reason TEXT,
    source TEXT NOT NULL DEFAULT 'cli',       -- cli | config | demo | opml
    added TEXT NOT NULL
);
CREATE INDEX feeds_due ON feeds(disabled, update_after);

CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    feed_id INTEGER REFERENCES feeds(id) ON DELETE SET NULL,
    guid TEXT NOT NULL,                -- guid, else link, else content hash
    url TEXT,                          -- canonical: tracking parameters and fragment removed
    title TEXT NOT NULL DEFAULT '',
    summary TEXT,
    text TEXT NOT NULL DEFAULT '',     -- plain text used for matching and search
    full_text TEXT,                    -- extracted from the article page (full_text feeds)
    lang TEXT,
    published TEXT NOT NULL,           -- ISO UTC
    fetched TEXT NOT NULL,             -- first time we stored it
    updated TEXT,                      -- last time its content changed
    content_hash TEXT NOT NULL,
    processed INTEGER NOT NULL DEFAULT 0  -- 1 once detection has run on this version
);
CREATE UNIQUE INDEX articles_feed_guid ON articles(feed_id, guid);
CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_unprocessed ON articles(processed) WHERE processed = 0;

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
END;
CREATE TRIGGER articles_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.id, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END
""")


@migrations()
def m002_watchlist(db: Database) -> None:
    run_ddl(db, """
CREATE TABLE places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,                -- canonical name, as alerts show it
    country TEXT NOT NULL,             -- ISO 3166-1 alpha-2
    geonameid INTEGER,
    population INTEGER,
    latitude REAL,
    longitude REAL,
    aliases_added TEXT NOT NULL DEFAULT '[]',    -- JSON list: user's extra spellings
    aliases_removed TEXT NOT NULL DEFAULT '[]',  -- JSON list: gazetteer spellings to ignore
    controller TEXT,                   -- current holder (actor name); NULL: unknown
    controller_since TEXT,             -- ISO UTC
    added TEXT NOT NULL,
    UNIQUE(name, country)
);

CREATE TABLE actors (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    aliases TEXT NOT NULL DEFAULT '[]',     -- JSON list
    countries TEXT NOT NULL DEFAULT '[]',   -- JSON list of ISO codes where it fights
    government INTEGER NOT NULL DEFAULT 0,  -- generic "government forces" there mean this actor
    opposes TEXT NOT NULL DEFAULT '[]',     -- JSON list of opponents' names
    added TEXT NOT NULL
)
""")


@migrations()
def m003_daemon_state(db: Database) -> None:
    run_ddl(db, """
CREATE TABLE daemon_state (
    key TEXT PRIMARY KEY,              -- heartbeat, last_cycle_started, last_cycle_finished, pid…
    value TEXT
)
""")


@migrations()
def m010_stories_and_control(db: Database) -> None:
    run_ddl(db, """
CREATE TABLE stories (
    id INTEGER PRIMARY KEY,
    place TEXT NOT NULL,               -- event key: place, country, new controller, day
    country TEXT NOT NULL,
    controller TEXT,                   -- new controller the story reports (NULL: none named)
    day TEXT NOT NULL,                 -- YYYY-MM-DD (UTC) of the first article
    title TEXT NOT NULL DEFAULT '',    -- title of the first article, for listings
    first_seen TEXT NOT NULL,          -- ISO UTC: earliest article time (published, else fetched)
    last_seen TEXT NOT NULL
);
CREATE INDEX stories_key ON stories(place, country, controller, day);

CREATE TABLE story_articles (
    story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    outlet TEXT NOT NULL,              -- registrable domain of the article (or its feed)
    fingerprint TEXT NOT NULL,         -- 64-bit SimHash of title + lead, hex: near-duplicates
    added TEXT NOT NULL,
    PRIMARY KEY (story_id, article_id)
);
CREATE INDEX story_articles_article ON story_articles(article_id);

CREATE TABLE events (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    place TEXT NOT NULL,
    country TEXT NOT NULL,
    controller TEXT,                   -- who holds the place according to this article
    previous TEXT,                     -- previous holder, when the article says it
    kind TEXT NOT NULL,                -- capture | withdrawal | fall | handover | hold | denial …
    claim INTEGER NOT NULL DEFAULT 0,  -- a party's own unconfirmed claim
    confidence REAL NOT NULL,
    evidence TEXT NOT NULL,            -- the sentence that says so (raw feed text: escape it!)
    lang TEXT,
    outlet TEXT NOT NULL,              -- distinct outlets count as independent support
    at TEXT NOT NULL,                  -- ISO UTC: when the article says it (published)
    detected TEXT NOT NULL
);
CREATE INDEX events_place ON events(place, country, at);
CREATE INDEX events_article ON events(article_id);

CREATE TABLE control_changes (
    id INTEGER PRIMARY KEY,
    place TEXT NOT NULL,
    country TEXT NOT NULL,
    previous TEXT,                     -- holder before the change (NULL: unknown)
    controller TEXT NOT NULL,
    since TEXT NOT NULL,               -- ISO UTC: first report of the change
    recorded TEXT NOT NULL,            -- when the daemon decided it
    status TEXT NOT NULL,              -- unconfirmed | confirmed | collapsed
    outlets INTEGER NOT NULL,          -- distinct outlets supporting it when last decided
    confidence REAL NOT NULL,
    retake INTEGER NOT NULL DEFAULT 0, -- control returned to an earlier holder (from history)
    story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
    evidence TEXT NOT NULL DEFAULT '[]',  -- JSON list of {sentence, url, title, outlet}
    updated TEXT NOT NULL
);
CREATE INDEX control_changes_place ON control_changes(place, country, since)
""")


@migrations()
def m011_channels_alerts_outbox(db: Database) -> None:
    run_ddl(db, """
CREATE TABLE channels (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,                -- email | webhook | apprise
    options TEXT NOT NULL DEFAULT '{}',  -- JSON; secrets only by env var name (*_env)
    digest TEXT NOT NULL DEFAULT 'instant',  -- instant | hourly | daily
    quiet_hours TEXT,                  -- "22:00-07:00" in `timezone`: hold non-urgent messages
    timezone TEXT NOT NULL DEFAULT 'UTC',
    enabled INTEGER NOT NULL DEFAULT 1,
    disabled_reason TEXT,              -- e.g. the endpoint answered 410 Gone
    source TEXT NOT NULL DEFAULT 'cli',  -- cli | config
    added TEXT NOT NULL
);

CREATE TABLE alerts (
    id INTEGER PRIMARY KEY,
    change_id INTEGER REFERENCES control_changes(id) ON DELETE SET NULL,
    kind TEXT NOT NULL,                -- change | confirmed | collapsed | test
    urgent INTEGER NOT NULL DEFAULT 0, -- a change of hands: goes out even in quiet hours
    place TEXT,
    country TEXT,
    payload TEXT NOT NULL,             -- JSON: everything render needs, frozen at creation
    created TEXT NOT NULL
);

CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    alert_id INTEGER NOT NULL REFERENCES alerts(id) ON DELETE CASCADE,
    channel_id INTEGER NOT NULL REFERENCES channels(id) ON DELETE CASCADE,
    message_id TEXT NOT NULL,          -- stable idempotency key: webhook-id and Message-ID
    digest_key TEXT,                   -- NULL: instant; else the digest window it belongs to
    status TEXT NOT NULL DEFAULT 'pending',  -- pending | delivered | dead
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt TEXT NOT NULL,        -- ISO UTC: not tried before this (also a send lease)
    last_attempt TEXT,
    last_error TEXT,                   -- one line: why the last attempt failed
    delivered TEXT,
    created TEXT NOT NULL,
    queued TEXT NOT NULL,              -- start of the 24 h retry window (created, or `alerts retry`)
    UNIQUE(alert_id, channel_id)
);
CREATE INDEX deliveries_due ON deliveries(status, next_attempt)
""")
