"""Read articles for watched places, actors and control changes (pure logic, no I/O at call time).

Names part: `normalize` (folding), `gazetteer` (GeoNames cities), `places` and `actors`
(matchers over a text), `watchlist` (the SCHEMA.md JSON to a Watchlist).
"""
