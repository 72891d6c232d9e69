"""A client's goals: a measurement, lift, attendance or habit-streak target, with milestones, progress computed."""
