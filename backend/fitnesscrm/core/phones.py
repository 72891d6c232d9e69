"""Phone numbers as people read them, and the country a studio's numbers are read in.

Numbers are stored in E.164 (`+14155552671`). People read them in their studio's national
format when the number belongs to the studio's country (`(415) 555-2671`) and in international
format otherwise (`+44 20 7946 0958`), as the web app does with libphonenumber-js.
"""

from __future__ import annotations

import functools
import importlib.resources
from pathlib import Path

import phonenumbers

# Countries libphonenumber has numbering plans for: the ones a studio can choose.
COUNTRIES = frozenset(phonenumbers.SUPPORTED_REGIONS)
_SYSTEM_ZONE_TAB = Path("/usr/share/zoneinfo/zone.tab")


@functools.cache
def _zone_countries() -> dict[str, str]:
    """IANA zone name → ISO country code, from the tz database's zone.tab."""
    try:
        text = importlib.resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        text = _SYSTEM_ZONE_TAB.read_text("utf-8") if _SYSTEM_ZONE_TAB.exists() else ""
    countries = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, _coordinates, zone, *_comment = line.split("\t")
            countries[zone] = code
    return countries


def country_for_zone(zone: str | None) -> str | None:
    """The country a time zone such as Europe/Paris belongs to (FR), or None for UTC and the like."""
    code = _zone_countries().get(zone or "")
    return code if code in COUNTRIES else None


class PhoneFormatter:
    """Formats E.164 numbers for a studio in one country; remembers numbers it has already formatted.

    A number is shown in national format when it shares the studio country's calling code (it is
    dialled as a domestic number there: a Canadian number in a US studio), else internationally.
    """

    def __init__(self, country: str | None):
        self.calling_code = phonenumbers.country_code_for_region(country) if country else 0
        self._seen: dict[str, str] = {}

    def __call__(self, e164: str | None) -> str | None:
        if not e164:
            return e164
        shown = self._seen.get(e164)
        if shown is None:
            shown = self._format(e164)
            if len(self._seen) < 10_000:
                self._seen[e164] = shown
        return shown

    def _format(self, e164: str) -> str:
        number = _parse_e164(e164)
        if number is None:
            return e164
        national = number.country_code == self.calling_code
        style = phonenumbers.PhoneNumberFormat.NATIONAL if national else phonenumbers.PhoneNumberFormat.INTERNATIONAL
        return phonenumbers.format_number(number, style)


def _parse_e164(e164: str) -> phonenumbers.PhoneNumber | None:
    """A stored number split at its calling code without libphonenumber's full parse (a tenth of the time)."""
    digits = e164[1:]
    if not e164.startswith("+") or not digits.isdigit():
        return None
    # Calling codes are a prefix code: at most one of the first 1, 2 or 3 digits is one.
    for size in (1, 2, 3):
        code = int(digits[:size])
        if code in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            rest = digits[size:]
            if not rest or rest.startswith("0"):
                break  # leading zeros (Italy) need the full parser
            return phonenumbers.PhoneNumber(country_code=code, national_number=int(rest))
    try:
        return phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return None
