"""The metrics directory gunicorn's workers share: emptied of an earlier run once, never under running workers."""

from __future__ import annotations

import os
from pathlib import Path

from fitnesscrm.observability import gunicorn_hooks

NAME = gunicorn_hooks.METRICS_DIR


def test_a_set_metrics_directory_is_emptied_of_an_earlier_run_once(tmp_path, monkeypatch):
    monkeypatch.setattr(gunicorn_hooks, "_prepared", None)
    directory = tmp_path / "metrics"
    monkeypatch.setenv(NAME, str(directory))
    directory.mkdir()
    (directory / "counter_111.db").write_bytes(b"from the last run")
    assert gunicorn_hooks.prepare_metrics_dir() == str(directory)
    assert list(directory.iterdir()) == []

    (directory / "counter_222.db").write_bytes(b"a running worker's")
    assert gunicorn_hooks.prepare_metrics_dir() == str(directory)  # SIGHUP reads the configuration again
    assert [path.name for path in directory.iterdir()] == ["counter_222.db"]
    gunicorn_hooks.remove_metrics_dir_if_temporary(str(directory))
    assert directory.is_dir()  # the operator's own directory stays


def test_an_unset_metrics_directory_is_a_temporary_one_removed_at_exit(monkeypatch):
    monkeypatch.setattr(gunicorn_hooks, "_prepared", None)
    monkeypatch.setenv(NAME, "placeholder")  # so that the variable set below is removed after the test
    monkeypatch.delenv(NAME)
    made = gunicorn_hooks.prepare_metrics_dir()
    assert os.environ[NAME] == made and Path(made).is_dir()
    gunicorn_hooks.remove_metrics_dir_if_temporary(made)
    assert not Path(made).exists()


def test_logs_follow_the_environment_as_the_app_will(monkeypatch):
    monkeypatch.delenv("LOG_FORMAT", raising=False)
    monkeypatch.delenv("APP_ENV", raising=False)
    assert gunicorn_hooks.log_format() == "json"
    monkeypatch.setenv("APP_ENV", "development")
    assert gunicorn_hooks.log_format() == "text"
    monkeypatch.setenv("LOG_FORMAT", "json")
    assert gunicorn_hooks.log_format() == "json"
