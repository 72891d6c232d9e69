"""Progress photos: front, side and back per date, stored through `core.storage`, compared side by side."""
