"""Run monitor like a service: sd_notify, logging, metrics, the HTTP endpoint, feed health.

    notify.py      Notifier: READY/WATCHDOG/STOPPING over $NOTIFY_SOCKET (no-op without it)
    logs.py        setup_logging: one human line or one JSON object per event, secrets redacted
    metrics.py     in-process counters + store-derived gauges -> prometheus_client exposition
    queries.py     read-only views of the store for the page, the API and the Atom feed
    views.py       the frozen values those views are made of
    page.py        the status page and per-city pages from monitor/templates (pure, autoescaped)
    svgmap.py      their SVG map: borders, cities coloured by controller, labels placed (pure)
    labels.py      label placement without collisions (pure)
    geometry.py    clipping and thinning of borders in SVG coordinates (pure)
    borders.py     Natural Earth country borders shipped in monitor/data, decoded once
    atom.py        the Atom feed of alerts (pure)
    http.py        a threaded HTTP server: /healthz /metrics /alerts.atom /api/* /city/<id> and /
    feedhealth.py  feeds failing or silent for too long -> report once, and once on recovery
    hooks.py       ServiceHooks: start/stop all of the above with the daemon
"""
