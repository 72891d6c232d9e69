"""Revenue reports: money in by period, product and trainer, MRR and its movements, receivables, refunds.

Each report is one SQL statement (two for the paginated refunds) aggregated in PostgreSQL over one
studio's rows; Python only shapes the answer. Days, weeks and months are the studio's own.
"""
