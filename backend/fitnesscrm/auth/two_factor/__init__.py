"""Two-factor sign-in: TOTP codes from an authenticator app, one-time recovery codes, and the studio's rule.

A person turns it on in Security settings (setup shows a QR code, a code confirms it). From then on the
password alone earns a short-lived signed "second step" token, which a code from the app (or a
recovery code) exchanges for the session. An owner may require it of every staff account: a staff
member without it is sent to set it up at sign-in and receives no session until they have.
"""
