"""Alerts: decide when a city changed hands, render the message, deliver it from the outbox."""
