"""Accounts: sign-up, login, tokens, invitations, passwords."""
