"""Text messages through Twilio: the outbox's "sms" channel, inbound texts and keywords, delivery status, usage.

- `twilio_adapter.py` talks to Twilio's Messages API through the `twilio` library.
- `sending.py` is the outbox's sender for the "sms" channel (opt-outs checked again at send time).
- `texts.py` words each kind of text (short, the studio's name, "Reply STOP" on the first one).
- `service.py` the rules: the studio's number, queueing a text, inbound messages and keywords, status, usage.
- `routes.py` the settings and usage endpoints, and Twilio's two webhooks (signature-checked).
- `events.py` chat replies by text to clients who prefer them.
"""
