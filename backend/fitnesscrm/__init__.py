"""FitnessCRM API: clients, trainers, assignments and the studio's activity.

**Authentication.** Browsers sign in with `POST /api/auth/login`, which sets httpOnly
cookies (`access_token_cookie`, `refresh_token_cookie`) and readable CSRF cookies
(`csrf_access_token`, `csrf_refresh_token`); every state-changing request then sends
the CSRF value in an `X-CSRF-TOKEN` header. Other callers exchange credentials at
`POST /api/auth/token` and send `Authorization: Bearer <access_token>`. Access tokens
last 15 minutes; `POST /api/auth/refresh` renews them with the refresh token, which it
replaces: a refresh token works once, and presenting a replaced one signs that sign-in out
everywhere. `POST /api/auth/logout` ends the sign-in whatever the transport.

**Roles.** owner and admin see the whole organization; a trainer sees the clients
assigned to them; a client sees their own record. Rows of other organizations do
not exist as far as a caller can tell (404).

**Lists** take `page` (from 1) and `per_page` (1-100, default 25) and answer
`{"items": [...], "meta": {"total", "total_is_exact", "pages", "page", "per_page", "has_next", "has_prev"}}`;
past 10,000 rows (1,000 search matches) counting stops and `total_is_exact` is false.
`q` searches by word prefix over name, email and phone, accents ignored; `sort` names a
column, with a leading `-` for descending.

**Errors** always have one shape, with a 4xx for anything the caller can fix:
`{"error": {"code": "validation_error", "message": "...", "fields": {"email": ["..."]}, "request_id": "..."}}`.
Every response carries an `X-Request-ID` header (the caller's own, when it sends a short one of
letters, digits and `._:@/+=-`); an error's `request_id` is the same, to quote when reporting it.

**Input.** JSON bodies of at most 1 MiB (413 beyond), nested at most 32 levels; ids are
JSON integers (not `"3"` or `3.5`); dates and instants lie in 1900-2200, instants with a
UTC offset of at most ±14:00; text holds no NUL characters; time zones are IANA names
browsers know (`Europe/Paris`, `UTC`).

**Settings** are environment variables, listed with their defaults in `.env.example`.
"""
