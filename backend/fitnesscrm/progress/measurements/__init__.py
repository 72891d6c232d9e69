"""A client's body measurements: types, entries with their corrections, charts, unit preferences, export."""
