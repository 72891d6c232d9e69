"""A studio's billing policy, invoice letterhead and Stripe keys."""
