from tests.notifications.sms.twilio_server import studio_number, twilio  # noqa: F401 - fixtures for these tests
