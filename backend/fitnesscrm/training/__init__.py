"""Training: the exercise library, programs, workout logs, records and the coach's view of them."""
