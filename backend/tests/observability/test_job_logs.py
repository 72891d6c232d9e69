"""A job's run logs under an id of its own, as a request does."""

from __future__ import annotations

import io
import json
import logging

from fitnesscrm.core.jobs import app as jobs_app
from fitnesscrm.observability import logs, request_id


def test_each_job_run_has_one_id_on_all_its_lines(app, monkeypatch):
    stream = io.StringIO()
    handler = logs.handler("json", stream)
    logging.getLogger().addHandler(handler)
    monkeypatch.setattr(jobs_app.TaskContext, "app", app)

    def work() -> None:
        logging.getLogger("fitnesscrm.tests").warning("first")
        logging.getLogger("fitnesscrm.tests").warning("second")

    run = jobs_app._in_app_context(work)
    try:
        run()
        run()
    finally:
        logging.getLogger().removeHandler(handler)
    ids = [json.loads(line)["request_id"] for line in stream.getvalue().splitlines()]
    assert len(ids) == 4
    assert ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]
    assert all(run_id.startswith("job-") for run_id in ids)
    assert request_id.outside_request.get() is None
