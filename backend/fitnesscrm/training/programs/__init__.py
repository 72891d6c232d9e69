"""Program templates and their versions, clients' own copies of them, and the workouts laid out on dates."""
