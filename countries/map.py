"""The map of Europe built by build_map.py, read once per process."""

import json
from functools import cache
from pathlib import Path

# Natural Earth boundaries (public domain) via the npm package world-atlas (ISC licence);
# see build_map.py for how this file is made.
MAP_FILE = Path(__file__).parent / "data" / "europe.json"


@cache
def europe_map() -> dict:
    """The viewBox, each European country's outline (by ISO code) and the land around."""
    return json.loads(MAP_FILE.read_text())


def european_codes() -> frozenset[str]:
    """The ISO alpha-2 codes of the countries the map draws as links."""
    return frozenset(europe_map()["countries"])
