"""monitor: tells its users, within minutes and with evidence, when a watched city changes hands."""

__version__ = "0.1.0"
USER_AGENT = f"monitor/{__version__} (news-monitoring alert daemon; +https://example.invalid/monitor)"
