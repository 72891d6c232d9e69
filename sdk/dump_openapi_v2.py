"""Print the public API's OpenAPI document (/api/v2/openapi.json) from the app factory: no server, no database."""

import json
import os
import sys

# The spec needs no database; a URL that is never connected to keeps create_app from starting one.
os.environ["DATABASE_URL"] = "postgresql+psycopg2://unused@127.0.0.1:1/unused"

from fitnesscrm.app import create_app
from fitnesscrm.config import TestConfig

response = create_app(TestConfig()).test_client().get("/api/v2/openapi.json")
if response.status_code != 200:
    sys.exit(f"GET /api/v2/openapi.json answered {response.status_code}")
json.dump(response.get_json(), sys.stdout, indent=2, sort_keys=True)
sys.stdout.write("\n")
