"""Setting up logging: one handler of the app's own, unless someone else set logging up first."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from fitnesscrm.observability import logs


@pytest.fixture
def root():
    """The root logger without handlers (pytest's own are added only while the test runs, so they go then)."""

    @contextmanager
    def bare() -> Iterator[logging.Logger]:
        logger = logging.getLogger()
        handlers, level = logger.handlers[:], logger.level
        logger.handlers = []
        try:
            yield logger
        finally:
            logger.handlers = handlers
            logger.setLevel(level)

    return bare


def test_configure_installs_one_handler_and_replaces_it_when_called_again(root):
    with root() as logger:
        logs.configure(log_format="json", level="WARNING")
        assert isinstance(logger.handlers[0].formatter, logs.JsonFormatter)
        logs.configure(log_format="text", level="info")
        [only] = logger.handlers
        assert only.formatter._fmt == logs.TEXT_FORMAT
        assert logger.level == logging.INFO


def test_configure_leaves_logging_that_someone_else_set_up(root):
    with root() as logger:
        theirs = logging.NullHandler()
        logger.addHandler(theirs)
        logger.setLevel(logging.WARNING)
        logs.configure(log_format="json", level="DEBUG")
        assert logger.handlers == [theirs]
        assert logger.level == logging.WARNING


def test_a_mistyped_format_stops_the_app_even_then(root):
    with root() as logger:
        logger.addHandler(logging.NullHandler())
        with pytest.raises(RuntimeError, match="LOG_FORMAT must be one of"):
            logs.configure(log_format="yaml", level="INFO")
