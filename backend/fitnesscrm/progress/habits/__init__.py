"""Daily habits a coach gives a client, the days the client ticks off, streaks and a 4-week grid."""
