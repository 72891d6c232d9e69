"""Organizations: the studio or gym that owns every other row."""
