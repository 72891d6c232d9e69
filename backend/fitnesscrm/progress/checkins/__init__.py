"""Weekly check-ins: forms staff build, a weekly assignment per client, submissions, replies and reviews."""
