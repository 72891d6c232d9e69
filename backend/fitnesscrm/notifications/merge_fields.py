"""Merge fields: what a coach types as `{{ first_name }}` in a campaign or an automation's message.

One small vocabulary for every message a studio writes itself, rendered in Jinja's sandbox so
a template can read the values it is given and nothing else (no attributes, no calls into Python).
HTML templates escape every value; plain-text ones do not need to.
"""

from __future__ import annotations

from typing import Any

from jinja2 import StrictUndefined, TemplateSyntaxError, UndefinedError, meta
from jinja2.sandbox import SandboxedEnvironment

from fitnesscrm.errors import ValidationError

# Field → what the editor shows next to it.
FIELDS = {
    "first_name": "The client's first name",
    "last_name": "The client's last name",
    "full_name": "The client's full name",
    "email": "The client's email address",
    "trainer_name": "The client's primary trainer (empty when none)",
    "studio_name": "Your studio's name",
}
# What a preview fills the fields with.
SAMPLE = {
    "first_name": "Alex",
    "last_name": "Morgan",
    "full_name": "Alex Morgan",
    "email": "alex@example.com",
    "trainer_name": "Jordan Reyes",
    "studio_name": "Your studio",
}

_text = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False)
_html = SandboxedEnvironment(undefined=StrictUndefined, autoescape=True)


def check(template: str, *, field: str) -> None:
    """Raise ValidationError (on `field`) unless `template` parses and uses only the known merge fields."""
    try:
        used = meta.find_undeclared_variables(_text.parse(template))
    except TemplateSyntaxError as error:
        raise ValidationError(
            "The template could not be read.", fields={field: [f"Line {error.lineno}: {error.message}"]}
        ) from None
    unknown = sorted(used - FIELDS.keys())
    if unknown:
        names = ", ".join("{{ " + name + " }}" for name in unknown)
        raise ValidationError(
            "The template uses unknown merge fields.", fields={field: [f"Unknown merge fields: {names}."]}
        )


def render_text(template: str, values: dict[str, Any]) -> str:
    """`template` filled with `values`, as plain text."""
    return _render(_text, template, values)


def render_html(template: str, values: dict[str, Any]) -> str:
    """`template` filled with `values`, each escaped for HTML."""
    return _render(_html, template, values)


def _render(environment: SandboxedEnvironment, template: str, values: dict[str, Any]) -> str:
    try:
        return environment.from_string(template).render({name: values.get(name) or "" for name in FIELDS})
    except (TemplateSyntaxError, UndefinedError) as error:
        raise ValidationError("The template could not be filled in.", fields={"template": [str(error)]}) from None


def client_values(
    *, first_name: str, last_name: str, email: str | None, trainer_name: str | None, studio_name: str
) -> dict[str, str]:
    """The merge fields' values for one client."""
    return {
        "first_name": first_name,
        "last_name": last_name,
        "full_name": f"{first_name} {last_name}".strip(),
        "email": email or "",
        "trainer_name": trainer_name or "",
        "studio_name": studio_name,
    }
