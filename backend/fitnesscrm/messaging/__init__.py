"""Chat: a thread per client with their trainers, group threads, messages stored then emitted live."""
