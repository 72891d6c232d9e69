"""File storage for everything that uploads: one interface, a local-disk and an S3 backend."""
