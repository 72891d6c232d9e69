"""Progress: body measurements, photos, goals and milestones, daily habits and weekly check-ins."""
