"""Progress from the log: personal records, weekly volume, e1RM charts and the training-history export."""
