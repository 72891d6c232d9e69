"""Is the OpenAPI document valid, and does every endpoint read its input with the shared fields?"""

from __future__ import annotations

import marshmallow as ma
import pytest
from openapi_spec_validator import validate

from fitnesscrm.core import fields

# Fields that carry no input rule of their own: booleans, and nested schemas (whose fields are walked).
NEUTRAL_FIELDS = (ma.fields.Boolean, ma.fields.Nested)


def _argument_schemas(app):
    """(endpoint, location, schema instance) for every schema a view reads its arguments with."""
    for endpoint, view in app.view_functions.items():
        view_class = getattr(view, "view_class", None)
        handlers = [getattr(view_class, method.lower()) for method in view_class.methods] if view_class else [view]
        for handler in handlers:
            for parameter in getattr(handler, "_apidoc", {}).get("arguments", {}).get("parameters", []):
                schema = parameter["schema"]
                yield endpoint, parameter["in"], schema() if isinstance(schema, type) else schema


def _input_fields(schema: ma.Schema, prefix: str = ""):
    """(dotted name, field) for every field the schema loads, nested schemas and list items included."""
    for name, field in schema.load_fields.items():
        yield f"{prefix}{name}", field
        inner = field
        while isinstance(inner, ma.fields.List):
            inner = inner.inner
            yield f"{prefix}{name}[]", inner
        if isinstance(inner, ma.fields.Dict):
            yield f"{prefix}{name}{{key}}", inner.key_field
            yield f"{prefix}{name}{{value}}", inner.value_field
        if isinstance(inner, ma.fields.Nested):
            yield from _input_fields(inner.schema, f"{prefix}{name}.")


def test_openapi_document_is_valid_openapi_3(client):
    document = client.get("/api/openapi.json").get_json()
    validate(document)
    assert document["openapi"].startswith("3.")


def test_openapi_documents_numeric_bounds_as_numbers(client):
    schemas = client.get("/api/openapi.json").get_json()["components"]["schemas"]
    for name in ("TrainerCreate", "SessionCreate"):
        for field, spec in schemas[name]["properties"].items():
            for bound in ("minimum", "maximum"):
                assert not isinstance(spec.get(bound), str), f"{name}.{field}.{bound} is {spec[bound]!r}"


def test_every_endpoint_reads_input_with_the_shared_fields(app):
    raw = []
    for endpoint, location, schema in _argument_schemas(app):
        for name, field in _input_fields(schema):
            # A field built on a shared one (the program document's `Key`) keeps its rules.
            shared = any(cls.__module__ == fields.__name__ for cls in type(field).__mro__)
            shared = shared or type(field) in NEUTRAL_FIELDS
            if not shared:
                raw.append(f"{endpoint} ({location}) {type(schema).__name__}.{name}: {type(field).__name__}")
    assert raw == [], "use a field of fitnesscrm.core.fields instead:\n" + "\n".join(raw)


def test_query_arguments_are_read_as_query_strings_and_bodies_are_not(app):
    misplaced = [
        f"{endpoint}: {type(schema).__name__} in {location}"
        for endpoint, location, schema in _argument_schemas(app)
        if (location == "query") != isinstance(schema, fields.QuerySchema)
    ]
    assert misplaced == []


@pytest.mark.parametrize("path", ["/api/sessions/{session_id}", "/api/trainers/{trainer_id}/working-hours"])
def test_ids_in_paths_are_documented_as_32_bit(client, path):
    parameters = client.get("/api/openapi.json").get_json()["paths"][path]["parameters"]
    assert parameters[0]["schema"] == {"type": "integer", "minimum": 1, "maximum": 2**31 - 1}


def test_an_id_in_a_path_beyond_32_bits_is_a_404(client_as, studio):
    response = client_as(studio.owner).get(f"/api/sessions/{2**63}")
    assert response.status_code == 404
    assert response.get_json()["error"]["code"] == "not_found"
