"""In-app notifications: the bell's list, written with the change it tells about and pushed live after commit."""
