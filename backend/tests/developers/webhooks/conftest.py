from tests.developers.webhooks.receiver import receiver, second_receiver  # noqa: F401 - fixtures
