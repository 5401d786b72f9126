"""Fetching feeds and pages over HTTP (I/O) and turning their bytes into articles (pure)."""
