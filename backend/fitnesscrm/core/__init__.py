"""Building blocks every domain uses; this package imports no domain."""
