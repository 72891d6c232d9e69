"""Email campaigns to a segment: merge fields, A/B subjects, scheduling, open and click tracking, reports."""
