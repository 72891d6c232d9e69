"""Session credits: an append-only ledger per client, spent by bookings and restored by timely cancels."""
