"""Health: is the app up, and does its database answer."""
