"""Demo data: a believable studio to explore the app with, built by `flask demo-data`."""
