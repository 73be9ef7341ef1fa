"""English names of first-level regions that pycountry writes in the local language.

pycountry names a country's regions as the country does ("Niedersachsen", "Toscana",
"Bretagne", "Guangdong Sheng"); English-language news writes "Lower Saxony", "Tuscany",
"Brittany", "Guangdong". ISO 3166-2 code -> (English name, other written forms). Only the
regions whose English name differs from pycountry's, for the countries whose regions make
the news; every code is checked against pycountry by the tests.
"""

from __future__ import annotations

EXONYMS: dict[str, tuple[str, tuple[str, ...]]] = {
    # Germany's Länder
    "DE-BY": ("Bavaria", ()),
    "DE-NI": ("Lower Saxony", ()),
    "DE-SN": ("Saxony", ()),
    "DE-ST": ("Saxony-Anhalt", ()),
    "DE-HE": ("Hesse", ()),
    "DE-TH": ("Thuringia", ()),
    "DE-NW": ("North Rhine-Westphalia", ()),
    "DE-RP": ("Rhineland-Palatinate", ()),
    "DE-MV": ("Mecklenburg-Western Pomerania", ("Mecklenburg-Vorpommern",)),
    "DE-BW": ("Baden-Wuerttemberg", ("Baden-Württemberg",)),
    # Austria's states
    "AT-3": ("Lower Austria", ()),
    "AT-4": ("Upper Austria", ()),
    "AT-6": ("Styria", ()),
    "AT-2": ("Carinthia", ()),
    "AT-7": ("Tyrol", ()),
    # Italy's regions
    "IT-25": ("Lombardy", ()),
    "IT-52": ("Tuscany", ()),
    "IT-21": ("Piedmont", ()),
    "IT-82": ("Sicily", ()),
    "IT-88": ("Sardinia", ()),
    "IT-75": ("Apulia", ("Puglia",)),
    "IT-23": ("Aosta Valley", ()),
    # Spain's autonomous communities
    "ES-CT": ("Catalonia", ()),
    "ES-AN": ("Andalusia", ()),
    "ES-PV": ("Basque Country", ()),
    "ES-CL": ("Castile and Leon", ()),
    "ES-CM": ("Castile-La Mancha", ()),
    "ES-NC": ("Navarre", ()),
    "ES-AR": ("Aragon", ()),
    "ES-IB": ("Balearic Islands", ()),
    "ES-CN": ("Canary Islands", ()),
    # France's regions
    "FR-BRE": ("Brittany", ()),
    "FR-NOR": ("Normandy", ()),
    "FR-20R": ("Corsica", ()),
    "FR-PAC": ("Provence-Alpes-Cote d'Azur", ()),
    "FR-BFC": ("Burgundy-Franche-Comte", ()),
    # Belgium's regions
    "BE-VLG": ("Flanders", ()),
    "BE-WAL": ("Wallonia", ()),
    # China's provinces and autonomous regions
    "CN-GD": ("Guangdong", ()),
    "CN-SC": ("Sichuan", ()),
    "CN-HB": ("Hubei", ()),
    "CN-HA": ("Henan", ()),
    "CN-SD": ("Shandong", ()),
    "CN-JS": ("Jiangsu", ()),
    "CN-ZJ": ("Zhejiang", ()),
    "CN-FJ": ("Fujian", ()),
    "CN-YN": ("Yunnan", ()),
    "CN-HN": ("Hunan", ()),
    "CN-HE": ("Hebei", ()),
    "CN-SN": ("Shaanxi", ()),
    "CN-AH": ("Anhui", ()),
    "CN-GX": ("Guangxi", ()),
    "CN-XJ": ("Xinjiang", ()),
    "CN-XZ": ("Tibet", ()),
    "CN-NM": ("Inner Mongolia", ()),
    "CN-HL": ("Heilongjiang", ()),
    "CN-LN": ("Liaoning", ()),
    "CN-GS": ("Gansu", ()),
    "CN-HI": ("Hainan", ()),
    # Ethiopia's regional states
    "ET-TI": ("Tigray", ()),
    "ET-AM": ("Amhara", ()),
    "ET-OR": ("Oromia", ()),
}
