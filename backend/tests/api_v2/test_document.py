"""Is /api/v2/openapi.json a valid document where every operation has a camelCase id and needs a key?"""

from __future__ import annotations

import re

from openapi_spec_validator import validate

from fitnesscrm.api_v2.representations import kinds

HTTP_METHODS = {"get", "post", "put", "patch", "delete"}
EXPECTED = {
    "listClients", "createClient", "getClient", "updateClient",
    "listTrainers", "getTrainer",
    "listAssignments", "createAssignment", "getAssignment", "endAssignment",
    "listSessions", "createSession", "getSession", "updateSession", "cancelSession", "markSessionAttendance",
    "listSeries", "createSeries", "getSeries", "cancelSeries", "listFreeSlots",
    "listInvoices", "getInvoice", "listPayments", "getPayment",
    "listMeasurements", "createMeasurement",
    "listProgramTemplates", "getProgramTemplate", "listPrograms", "createProgram", "getProgram",
    "listWorkouts", "getWorkout",
}  # fmt: skip


def _operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [
        (path, method, operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
        if method in HTTP_METHODS
    ]


def test_v2_document_validates(client):
    spec = client.get("/api/v2/openapi.json").get_json()
    validate(spec)


def test_every_v2_operation_has_a_camel_case_id_a_key_and_a_summary(client):
    spec = client.get("/api/v2/openapi.json").get_json()
    operations = _operations(spec)
    ids = [operation.get("operationId", "") for _, _, operation in operations]
    assert len(ids) == len(set(ids)) and set(ids) >= EXPECTED
    for path, method, operation in operations:
        assert path.startswith("/api/v2/")
        assert re.fullmatch(r"[a-z]+(?:[A-Z][a-z0-9]+)+", operation.get("operationId", "")), (path, method)
        assert operation.get("security") == [{"apiKey": []}], (path, method)
        assert operation.get("summary"), (path, method)


def test_every_v2_resource_has_a_representation_for_webhooks(app):
    assert kinds() >= {
        "client", "trainer", "assignment", "session", "series", "program", "program_template", "measurement",
        "invoice", "payment", "workout",
    }  # fmt: skip
