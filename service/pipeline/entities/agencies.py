"""News agencies: the organisations that wire copy names in datelines and credits.

"MADRID, March 2 (Reuters) -": the name in brackets before the dash is an agency, and the
capitals before it are the dateline's place. Written forms (folded) -> canonical name.
"""

from __future__ import annotations

AGENCIES: dict[str, str] = {
    "reuters": "Reuters",
    "ap": "Associated Press",
    "associated press": "Associated Press",
    "afp": "Agence France-Presse",
    "agence france-presse": "Agence France-Presse",
    "bloomberg": "Bloomberg",
    "cnn": "CNN",
    "cnn business": "CNN",
    "xinhua": "Xinhua",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "dpa": "dpa",
    "ansa": "ANSA",
    "efe": "EFE",
    "tass": "TASS",
    "interfax": "Interfax",
    "pa": "PA Media",
    "upi": "UPI",
    "ians": "IANS",
    "pti": "PTI",
    "aap": "AAP",
    "anadolu": "Anadolu",
    "sportsgrid": "SportsGrid",
    "field level media": "Field Level Media",
    "stats perform": "Stats Perform",
}
