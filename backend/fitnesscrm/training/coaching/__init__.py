"""The coach's view: compliance with the prescribed workouts, a feed of finished workouts, comments on them."""
