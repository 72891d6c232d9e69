"""What changed between two program documents, in sentences a coach reads.

Items are matched by their `key`, so a renamed day is the same day and a moved exercise is
reported as moved rather than as removed here and added there. Weeks, days and exercises are
named by position and name ("Week 2 · Day 1 (Upper A)") and exercises by their library name.
What lies inside an added or removed week or day is not listed item by item: the week or day
is the change.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fitnesscrm.training.programs import wording


@dataclass(frozen=True)
class _Day:
    week_key: str
    week_index: int
    index: int
    day: dict[str, Any]

    @property
    def label(self) -> str:
        return wording.day_label(self.week_index, self.index, self.day)


@dataclass(frozen=True)
class _Item:
    day_key: str
    position: int
    block: dict[str, Any]
    item: dict[str, Any]


@dataclass
class _Index:
    phases: dict[str, dict[str, Any]]
    weeks: dict[str, tuple[int, dict[str, Any]]]
    days: dict[str, _Day]
    blocks: dict[str, tuple[str, dict[str, Any]]]
    items: dict[str, _Item]


def _index(content: dict[str, Any]) -> _Index:
    index = _Index({phase["key"]: phase for phase in content.get("phases") or []}, {}, {}, {}, {})
    for week_index, week in enumerate(content.get("weeks") or []):
        index.weeks[week["key"]] = (week_index, week)
        for day_index, day in enumerate(week.get("days") or []):
            index.days[day["key"]] = _Day(week["key"], week_index, day_index, day)
            position = 0
            for block in day.get("blocks") or []:
                index.blocks[block["key"]] = (day["key"], block)
                for item in block.get("exercises") or []:
                    index.items[item["key"]] = _Item(day["key"], position, block, item)
                    position += 1
    return index


def _kept_in_order(positions: list[int]) -> set[int]:
    """Indices of a longest increasing run of `positions`: what did not move while the others did."""
    tails: list[int] = []
    tail_at: list[int] = []
    previous: list[int] = [-1] * len(positions)
    for at, value in enumerate(positions):
        slot = bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_at.append(at)
        else:
            tails[slot], tail_at[slot] = value, at
        previous[at] = tail_at[slot - 1] if slot else -1
    kept, at = set(), tail_at[-1] if tail_at else -1
    while at != -1:
        kept.add(at)
        at = previous[at]
    return kept


def _moved(before_positions: dict[str, int], after_order: list[str]) -> list[str]:
    """Keys, in their new order, whose place among the others that stayed changed."""
    common = [key for key in after_order if key in before_positions]
    kept = _kept_in_order([before_positions[key] for key in common])
    return [key for at, key in enumerate(common) if at not in kept]


class _Comparison:
    def __init__(self, before: dict[str, Any], after: dict[str, Any], names: Mapping[int, str]):
        self.old, self.new, self.names = _index(before), _index(after), names
        self.sentences: list[str] = []

    def name(self, item: dict[str, Any]) -> str:
        return self.names.get(item["exercise_id"]) or "an exercise no longer in the library"

    def say(self, sentence: str) -> None:
        self.sentences.append(sentence)

    def phases(self) -> None:
        old, new = self.old.phases, self.new.phases
        for key, phase in new.items():
            if key not in old:
                self.say(f"Added phase {phase['name']} ({wording.humanize(phase['kind'])})")
            elif old[key]["name"] != phase["name"] or old[key]["kind"] != phase["kind"]:
                before, after = old[key], phase
                self.say(
                    f"Phase {before['name']} ({wording.humanize(before['kind'])}) → "
                    f"{after['name']} ({wording.humanize(after['kind'])})"
                )
        for key, phase in old.items():
            if key not in new:
                self.say(f"Removed phase {phase['name']}")

    def phase_name(self, index: _Index, key: str | None) -> str:
        return index.phases[key]["name"] if key and key in index.phases else "no phase"

    def weeks(self) -> None:
        old, new = self.old.weeks, self.new.weeks
        for key, (at, week) in new.items():
            if key not in old:
                self.say(f"Added {wording.week_label(at, week)}")
        for key, (at, week) in old.items():
            if key not in new:
                self.say(f"Removed {wording.week_label(at, week)}")
        order = sorted(new, key=lambda key: new[key][0])
        for key in _moved({key: at for key, (at, _) in old.items()}, order):
            self.say(f"Moved {wording.week_label(*old[key])} to Week {new[key][0] + 1}")
        for key, (at, week) in new.items():
            if key not in old:
                continue
            before = old[key][1]
            label = wording.week_label(at, week)
            if (before.get("name") or None) != (week.get("name") or None):
                old_name, new_name = before.get("name") or "unnamed", week.get("name") or "unnamed"
                self.say(f"Week {at + 1}: renamed “{old_name}” → “{new_name}”")
            old_phase = self.phase_name(self.old, before.get("phase_key"))
            new_phase = self.phase_name(self.new, week.get("phase_key"))
            if old_phase != new_phase or (before.get("phase_key") != week.get("phase_key")):
                self.say(f"{label}: phase {old_phase} → {new_phase}")

    def days(self) -> None:
        old, new = self.old.days, self.new.days
        for key, day in new.items():
            if key not in old and day.week_key in self.old.weeks:
                self.say(f"Added {day.label}")
        for key, day in old.items():
            if key not in new and day.week_key in self.new.weeks:
                self.say(f"Removed {day.label}")
        for week_key in self.new.weeks:
            order = [key for key, day in sorted(new.items(), key=_by_index) if day.week_key == week_key]
            staying = {key: old[key].index for key in order if key in old and old[key].week_key == week_key}
            for key in _moved(staying, order):
                self.say(f"Moved {old[key].label} to {new[key].label}")
        for key, day in new.items():
            if key not in old:
                continue
            before = old[key]
            if before.week_key != day.week_key:
                self.say(f"Moved {before.label} to {day.label}")
            if (before.day.get("name") or "") != (day.day.get("name") or ""):
                self.say(f"{day.label}: renamed “{before.day.get('name')}” → “{day.day.get('name')}”")
            if (before.day.get("notes") or "") != (day.day.get("notes") or ""):
                self.say(f"{day.label}: notes changed")

    def blocks(self) -> None:
        for key, (day_key, block) in self.new.blocks.items():
            if key not in self.old.blocks:
                continue
            before = self.old.blocks[key][1]
            changes = []
            if before.get("kind") != block.get("kind"):
                old_kind = wording.humanize(before.get("kind") or "single")
                changes.append(f"{old_kind} → {wording.humanize(block['kind'])}")
            if before.get("rounds") != block.get("rounds"):
                changes.append(f"rounds {before.get('rounds') or 'not set'} → {block.get('rounds') or 'not set'}")
            if before.get("rest_seconds") != block.get("rest_seconds"):
                old_rest, new_rest = _rest(before.get("rest_seconds")), _rest(block.get("rest_seconds"))
                changes.append(f"{old_rest} → {new_rest} between rounds")
            if changes:
                names = " + ".join(self.name(item) for item in block.get("exercises") or [])
                self.say(f"{self.new.days[day_key].label}: {names}: {', '.join(changes)}")

    def items(self) -> None:
        old, new = self.old.items, self.new.items
        for key, entry in new.items():
            day = self.new.days[entry.day_key]
            if key not in old:
                if entry.day_key in self.old.days:
                    text = wording.prescription_text(entry.item.get("prescription") or {})
                    self.say(f"Added {self.name(entry.item)} {text} to {day.label}".replace("  ", " "))
                continue
            before = old[key]
            if before.day_key != entry.day_key:
                self.say(f"Moved {self.name(before.item)} from {self.old.days[before.day_key].label} to {day.label}")
            if before.item["exercise_id"] != entry.item["exercise_id"]:
                self.say(f"{day.label}: {self.name(before.item)} → {self.name(entry.item)}")
            self.prescription(day, before.item, entry.item)
        for key, entry in old.items():
            if key not in new and entry.day_key in self.new.days:
                self.say(f"Removed {self.name(entry.item)} from {self.old.days[entry.day_key].label}")
        for day_key, day in self.new.days.items():
            order = [key for key, entry in sorted(new.items(), key=_by_position) if entry.day_key == day_key]
            staying = {key: old[key].position for key in order if key in old and old[key].day_key == day_key}
            for key in _moved(staying, order):
                self.say(f"{day.label}: moved {self.name(new[key].item)} to position {new[key].position + 1}")

    def prescription(self, day: _Day, before: dict[str, Any], after: dict[str, Any]) -> None:
        old = wording.parts(before.get("prescription") or {})
        new = wording.parts(after.get("prescription") or {})
        if old == new:
            return
        name = self.name(after)
        changed = [aspect for aspect in old if old[aspect] != new[aspect]]
        segments = [f"{old[aspect] or 'no ' + aspect} → {new[aspect] or 'no ' + aspect}" for aspect in changed]
        if "volume" in changed:
            # "Back Squat 3 × 5 → 4 × 5 at 100 kg": an unchanged load still reads after the new volume.
            head = f"{name} {segments.pop(0)}" + (f" {new['load']}" if new["load"] and "load" not in changed else "")
            self.say(f"{day.label}: " + ", ".join([head, *segments]))
        else:
            self.say(f"{day.label}: {name} {new['volume']}: " + ", ".join(segments))


def _by_index(pair: tuple[str, _Day]) -> int:
    return pair[1].index


def _by_position(pair: tuple[str, _Item]) -> int:
    return pair[1].position


def _rest(value: int | None) -> str:
    return f"rest {wording.seconds(value)}" if value is not None else "no rest"


def compare(before: dict[str, Any], after: dict[str, Any], names: Mapping[int, str]) -> list[str]:
    """The changes from `before` to `after`, one sentence each; `names` maps exercise ids to names."""
    comparison = _Comparison(before, after, names)
    comparison.phases()
    comparison.weeks()
    comparison.days()
    comparison.blocks()
    comparison.items()
    return comparison.sentences
