"""The hand-written parts of the demo studio: its people and the words clients use about their goals."""

from __future__ import annotations

from decimal import Decimal

ORGANIZATION_NAME = "Iron & Oak Fitness"
TIMEZONE = "America/New_York"
EMAIL_DOMAIN = "demo.fitnesscrm.dev"
PASSWORD = "demo-password-123"  # noqa: S105 - the published password of every demo login

OWNER = ("Jordan", "Hayes")
ADMIN = ("Priya", "Shah")

# first name, last name, specializations, phone, hourly rate, bio
TRAINERS = (
    (
        "Marcus", "Reyes", ["Strength & Conditioning", "Powerlifting"], "+12125550114", Decimal("95.00"),
        "Former collegiate linebacker and NSCA-CSCS coach. Marcus builds strength programmes around "
        "the big lifts and has taken three clients to their first powerlifting meet.",
    ),
    (
        "Aisha", "Thompson", ["Yoga", "Mobility", "Pilates"], "+16465550127", Decimal("80.00"),
        "RYT-500 yoga teacher who came to movement through dance. Aisha's sessions mix mobility work "
        "with breath-led flows for desk-bound clients and athletes alike.",
    ),
    (
        "Daniel", "Kim", ["HIIT", "Weight loss", "Nutrition coaching"], "+17185550139", Decimal("85.00"),
        "Precision Nutrition L2 coach. Daniel pairs short, intense conditioning blocks with simple "
        "eating habits that survive a busy work week.",
    ),
    (
        "Sofia", "Martinez", ["Pre/postnatal", "Pilates", "Injury rehab"], "+19175550142", Decimal("90.00"),
        "Physical therapy assistant turned trainer. Sofia specialises in pre- and postnatal fitness "
        "and in getting clients back to training after injury.",
    ),
    (
        "Ethan", "Walker", ["Endurance running", "Triathlon", "Mobility"], "+13475550156", Decimal("75.00"),
        "Twelve-time marathoner and USAT-certified triathlon coach. Ethan plans training blocks "
        "around race calendars, from a first 5K to an Ironman.",
    ),
)  # fmt: skip

GOALS = (
    "Lose 10 kg before the wedding in the spring.",
    "Run a first half marathon without walking breaks.",
    "Deadlift twice body weight.",
    "Rebuild core strength after having a baby.",
    "Get back to tennis after knee surgery.",
    "Improve posture and ease lower-back pain from desk work.",
    "Build muscle and gain 5 kg of lean mass.",
    "Stay strong and mobile to keep up with the grandchildren.",
    "Finish an Olympic-distance triathlon this summer.",
    "Train consistently three times a week and sleep better.",
    "Lower blood pressure on the doctor's advice.",
    "Do ten strict pull-ups.",
    "Touch toes again and loosen tight hips.",
    "Prepare for the fire department's physical ability test.",
    "Feel confident in the weights room.",
)

NOTES = (
    "Prefers early-morning sessions before work.",
    "Old shoulder injury: avoid overhead pressing for now.",
    "Vegetarian; interested in a nutrition plan.",
    "Travels for work every other week; send remote workouts.",
    "Asthma, carries an inhaler.",
    "Responds well to clear weekly targets.",
    None,
    None,
    None,
)

TAGS = ("weight-loss", "strength", "marathon", "postnatal", "rehab", "morning", "evening", "vip", "nutrition", "online")
SOURCES = ("Instagram", "Referral", "Walk-in", "Website", "Google", "Facebook", "Corporate wellness")
# Relative weights of each client status, in CLIENT_STATUSES order: lead, active, paused, inactive, archived.
STATUS_WEIGHTS = (9, 30, 7, 7, 7)
GENDER_WEIGHTS = {"female": 45, "male": 43, "non_binary": 4, "other": 2, "prefer_not_to_say": 4}
# Fictional (555-01xx) numbers in New York area codes: valid for the phone field, reaching nobody.
AREA_CODES = ("212", "646", "718", "917", "347", "929", "516", "914")
CLIENT_EMAIL_DOMAINS = ("example.com", "example.net", "example.org")

# Every demo trainer works these local hours: weekday (Monday 0) -> (opens, closes) hour.
WORKING_HOURS = {**dict.fromkeys(range(5), (6, 21)), 5: (7, 13)}
# Eight-week programmes that started four weeks ago, so the calendar is full around today.
PROGRAMME_WEEKS = 8
# 1:1 programme slots: (local hour, minute, minutes long, location, later by one hour per trainer).
# Trainer n's slot i falls on PROGRAMME_DAYS[(i + n) % 5], so the studio's week is spread out.
PERSONAL_SLOTS = (
    (7, 0, 60, "Studio A", True),
    (12, 0, 60, "Studio B", True),
    (17, 30, 60, "Studio A", False),
    (19, 0, 45, "Studio B", False),
)
PROGRAMME_DAYS = ("MO,TH", "TU,FR", "MO,WE", "TU,TH", "WE,FR")
# Group classes: (trainer number, title, BYDAY, hour, minute, minutes, capacity, members, price, location).
GROUP_CLASSES = (
    (2, "Saturday Flow", "SA", 9, 0, 60, 12, 6, "25.00", "Main floor"),
    (3, "HIIT Express", "WE", 6, 30, 45, 10, 5, "20.00", "Main floor"),
)
# (trainer number, weeks ahead, reason): that weekend (Saturday and Sunday) off.
WEEKENDS_OFF = ((5, 3, "Race weekend"),)
ONLINE_CHECK_IN_URL = "https://meet.jit.si/iron-and-oak-check-in"
# Attendance taken on past sessions: status -> weight.
ATTENDANCE_WEIGHTS = {"completed": 86, "no_show": 6, "late_cancel": 5, "cancelled": 3}
CANCEL_REASONS = ("Client sick", "Work travel", "Family commitment")
