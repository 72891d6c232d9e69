"""A person's data: their export (a zip of every record and file about a client), erasure and retention."""
