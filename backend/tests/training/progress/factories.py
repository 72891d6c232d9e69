"""Sets as the workouts service saves them, for the progress tests."""

from __future__ import annotations

from decimal import Decimal

import factory

from fitnesscrm.training.formulas import estimated_one_rep_max, to_kg, volume
from tests.training.factories import SetLogFactory


class LoggedSetFactory(SetLogFactory):
    """A done set with load_kg, e1RM and volume computed from `load_value` and `load_unit`.

    Needs organization_id, client_id, workout_log_id and exercise_id.
    """

    load_value = Decimal(100)
    load_unit = "kg"
    load_kg = factory.LazyAttribute(lambda o: to_kg(o.load_value, o.load_unit))
    e1rm_kg = factory.LazyAttribute(lambda o: estimated_one_rep_max(o.load_kg, o.reps))
    volume_kg = factory.LazyAttribute(lambda o: volume(o.load_kg, o.reps))
