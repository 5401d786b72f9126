"""Run monitor like a service: sd_notify, logging, metrics, the HTTP endpoint, feed health.

    notify.py      Notifier: READY/WATCHDOG/STOPPING over $NOTIFY_SOCKET (no-op without it)
    logs.py        setup_logging: one human line or one JSON object per event, secrets redacted
    metrics.py     in-process counters + store-derived gauges -> Prometheus text format
    queries.py     read-only views of the store for the page, the API and the Atom feed
    views.py       the frozen values those views are made of
    page.py        the status page (pure, every string escaped)
    svgmap.py      its inline SVG map of the watched cities, coloured by controller (pure)
    atom.py        the Atom feed of alerts (pure)
    http.py        a threaded HTTP server: /healthz /metrics /alerts.atom /api/* and /
    feedhealth.py  feeds failing or silent for too long -> report once, and once on recovery
    hooks.py       ServiceHooks: start/stop all of the above with the daemon
"""
