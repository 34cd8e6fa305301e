"""Build the map of Europe that /countries/ shows, once, from Natural Earth boundaries.

Run by hand when the map should change; the output (``countries/data/europe.json``) is
committed and the raw data is not::

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python countries/build_map.py package/countries-50m.json

The boundaries are Natural Earth's Admin 0 countries at 1:50m (public domain,
https://www.naturalearthdata.com/about/terms-of-use/), as redistributed in TopoJSON by the
npm package world-atlas (ISC licence). Countries are projected with the Lambert azimuthal
equal-area projection centred on Europe (the one EPSG:3035 uses), shared borders are
simplified once so that neighbours still meet, and everything is clipped to a frame around
Europe. Only the standard library is needed.
"""

import json
import math
import sys
from pathlib import Path

from django_countries.data import ALT_CODES

OUTPUT = Path(__file__).parent / "data" / "europe.json"
# Countries drawn as links (the rest of the frame is drawn as plain land for context).
EUROPE = {
    "AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI",
    "FR", "GB", "GR", "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MD", "ME",
    "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "UA", "VA",
}  # fmt: skip
CENTRE = (10.0, 52.0)  # longitude, latitude of the projection's centre
WIDTH = 1000  # of the SVG's viewBox; the height follows from the frame
# The frame in projected metres (west, south, east, north): Iceland to the Urals' foot.
FRAME = (-2_900_000, -2_150_000, 2_750_000, 2_350_000)
TOLERANCE = 3_500  # metres a simplified border may stray from the original
MARKER_BELOW = 14.0  # countries smaller than this (in viewBox units) also get a dot


def project(lon: float, lat: float) -> tuple[float, float]:
    """Lambert azimuthal equal-area, spherical, centred on CENTRE; metres."""
    lam, phi = math.radians(lon), math.radians(lat)
    lam0, phi0 = math.radians(CENTRE[0]), math.radians(CENTRE[1])
    d = lam - lam0
    cos_c = math.sin(phi0) * math.sin(phi) + math.cos(phi0) * math.cos(phi) * math.cos(d)
    # Near the antipode the projection blows up; such points are far outside the frame.
    k = math.sqrt(2 / max(1 + cos_c, 1e-6))
    r = 6_371_007
    x = r * k * math.cos(phi) * math.sin(d)
    y = r * k * (math.cos(phi0) * math.sin(phi) - math.sin(phi0) * math.cos(phi) * math.cos(d))
    return x, y


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as lists of projected points (quantised deltas undone)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            lon, lat = x * sx + tx, y * sy + ty
            points.append(project(lon, lat))
        arcs.append(points)
    return arcs


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, keeping both ends (where arcs meet neighbours' arcs)."""
    if len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        worst, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if length:
                distance = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / length
            else:
                distance = math.hypot(px - x1, py - y1)
            if distance > worst:
                worst, index = distance, i
        if index is not None and worst > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def ring(arcs: list, indexes: list[int]) -> list:
    """A closed ring from arc indexes (a negative index ~i means arc i reversed)."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def clip(points: list, frame: tuple) -> list:
    """Sutherland-Hodgman: the part of a ring inside the rectangular frame."""
    west, south, east, north = frame
    edges = [
        (lambda p: p[0] >= west, lambda a, b: _cross_x(a, b, west)),
        (lambda p: p[0] <= east, lambda a, b: _cross_x(a, b, east)),
        (lambda p: p[1] >= south, lambda a, b: _cross_y(a, b, south)),
        (lambda p: p[1] <= north, lambda a, b: _cross_y(a, b, north)),
    ]
    for inside, cross in edges:
        if not points:
            break
        result = []
        previous = points[-1]
        for point in points:
            if inside(point):
                if not inside(previous):
                    result.append(cross(previous, point))
                result.append(point)
            elif inside(previous):
                result.append(cross(previous, point))
            previous = point
        points = result
    return points


def _cross_x(a, b, x):
    t = (x - a[0]) / (b[0] - a[0])
    return (x, a[1] + t * (b[1] - a[1]))


def _cross_y(a, b, y):
    t = (y - a[1]) / (b[1] - a[1])
    return (a[0] + t * (b[0] - a[0]), y)


def to_view(point: tuple[float, float], scale: float) -> tuple[float, float]:
    """Projected metres to viewBox units (y grows downwards in SVG)."""
    west, _, _, north = FRAME
    return round((point[0] - west) * scale, 1), round((north - point[1]) * scale, 1)


def path_data(rings: list[list], scale: float) -> str:
    """SVG path data for rings, dropping points that round to the one before."""
    parts = []
    for points in rings:
        view = []
        for point in points:
            p = to_view(point, scale)
            if not view or p != view[-1]:
                view.append(p)
        if len(view) < 3:
            continue
        parts.append("M" + "L".join(f"{x:g} {y:g}" for x, y in view) + "Z")
    return "".join(parts)


def polygons(geometry: dict) -> list:
    if geometry["type"] == "Polygon":
        return [geometry["arcs"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["arcs"]
    return []


def build(source: Path) -> dict:
    """The map's data: the viewBox, each European country's path, and the land around."""
    topology = json.loads(source.read_text())
    raw_arcs = decode_arcs(topology)
    arcs = [simplify(arc, TOLERANCE) for arc in raw_arcs]
    by_numeric = {numeric: alpha2 for alpha2, (_, numeric) in ALT_CODES.items()}
    scale = WIDTH / (FRAME[2] - FRAME[0])
    countries, context = {}, []
    for geometry in topology["objects"]["countries"]["geometries"]:
        numeric = geometry.get("id")
        code = by_numeric.get(int(numeric)) if numeric and numeric.isdigit() else None
        rings, extent = [], []
        for polygon in polygons(geometry):
            for indexes in polygon:
                clipped = clip(ring(arcs, indexes), FRAME)
                if len(clipped) >= 3:
                    rings.append(clipped)
                # The unsimplified outline, for the size of countries simplified away.
                extent += clip(ring(raw_arcs, indexes), FRAME)
        if not extent:
            continue
        if code in EUROPE:
            xs = [p[0] for p in extent]
            ys = [p[1] for p in extent]
            size = max(max(xs) - min(xs), max(ys) - min(ys)) * scale
            entry = {"d": path_data(rings, scale)}
            if size < MARKER_BELOW or not entry["d"]:
                # Too small to find or tap: a dot marks it (its link is the same).
                entry["dot"] = to_view(((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2), scale)
            countries[code] = entry
        else:
            context.append(path_data(rings, scale))
    height = round((FRAME[3] - FRAME[1]) * scale)
    return {
        "source": "Natural Earth 1:50m Admin 0 countries (public domain), via world-atlas 2.0.2",
        "viewbox": f"0 0 {WIDTH} {height}",
        "countries": dict(sorted(countries.items())),
        "context": "".join(context),
    }


if __name__ == "__main__":
    data = build(Path(sys.argv[1]))
    OUTPUT.write_text(json.dumps(data, separators=(",", ":")) + "\n")
    print(f"{len(data['countries'])} countries, {OUTPUT.stat().st_size} bytes in {OUTPUT}")
