"""`monitor articles …`: search and list the stored articles. Contains no business logic."""

from __future__ import annotations

import click

from monitor.cli.context import AppContext, echo_json, pass_reader
from monitor.errors import NotFoundError
from monitor.store.articles import get_article, get_articles, search_articles
from monitor.store.feeds import get_feed
from monitor.store.times import to_iso


@click.group("articles")
def articles() -> None:
    """Search and read the stored articles.

    \b
    Example:
      monitor articles search "Kandahar"
      monitor articles list --limit 5
    """


@articles.command("search")
@click.argument("text", nargs=-1, required=True)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1000),
              help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list of hits.")
@pass_reader
def articles_search(app: AppContext, text: tuple[str, ...], limit: int, as_json: bool) -> None:
    """Find articles whose title or text contain every word (case and accents ignored).

    Words are plain text: quotes and dashes need no escaping. End a word with * for a prefix.

    \b
    Example:
      monitor articles search taliban kandahar
      monitor articles search "Mazar*" --json
    """
    hits = search_articles(app.db, " ".join(text), limit)
    if as_json:
        echo_json([{"id": h.id, "feed_id": h.feed_id, "title": h.title, "url": h.url,
                    "published": to_iso(h.published), "snippet": h.snippet} for h in hits])
        return
    if not hits:
        click.echo("No article matches.")
        return
    for hit in hits:
        click.echo(f"{hit.id:>6}  {hit.published:%Y-%m-%d %H:%M}  {hit.title}")
        click.echo(f"        {hit.snippet}")
        if hit.url:
            click.echo(f"        {hit.url}")


@articles.command("list")
@click.option("--feed", "feed_key", metavar="ID_OR_URL", help="Only this feed's articles.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 10000),
              help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list.")
@pass_reader
def articles_list(app: AppContext, feed_key: str | None, limit: int, as_json: bool) -> None:
    """List the latest articles, newest first.

    \b
    Example:
      monitor articles list --feed 2 --limit 10
    """
    feed_id = get_feed(app.db, feed_key).id if feed_key else None
    rows = get_articles(app.db, feed_id=feed_id, limit=limit)
    if as_json:
        echo_json([{"id": r.id, "feed_id": r.feed_id, "title": r.article.title, "url": r.article.url,
                    "published": to_iso(r.article.published), "lang": r.article.lang} for r in rows])
        return
    for r in rows:
        click.echo(f"{r.id:>6}  {r.article.published:%Y-%m-%d %H:%M}  {r.article.title}")


@articles.command("show")
@click.argument("article_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Print the article as JSON.")
@pass_reader
def articles_show(app: AppContext, article_id: int, as_json: bool) -> None:
    """Print one stored article: title, source, dates and text.

    \b
    Example:
      monitor articles show 12
    """
    stored = get_article(app.db, article_id)
    if stored is None:
        raise NotFoundError(f"no article {article_id}")
    a = stored.article
    if as_json:
        echo_json({"id": stored.id, "feed_id": stored.feed_id, "feed_url": a.feed_url, "guid": a.guid,
                   "title": a.title, "url": a.url, "lang": a.lang, "published": to_iso(a.published),
                   "fetched": to_iso(a.fetched), "text": a.text, "full_text": a.full_text})
        return
    click.echo(a.title)
    click.echo(f"{to_iso(a.published)}  {a.url or a.feed_url or ''}")
    click.echo()
    click.echo(a.full_text or a.text)


commands: list[click.Command] = [articles]
