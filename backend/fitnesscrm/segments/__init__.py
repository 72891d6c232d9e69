"""Segments: saved client filters, counted live, that campaigns send to and automations test against."""
