"""Articles for the dedup tests: a wire story, another story on the same topic, and the wire
story as another site runs it. Plain data and functions, no tests."""

from __future__ import annotations

WIRE = (
    "Kenya's main opposition coalition said on Tuesday it would challenge the presidential "
    "election result in the Supreme Court, hours before the winner was sworn in at a "
    "stadium in Nairobi.",
    "Raila Odinga, who led the Azimio la Umoja alliance, told supporters in Kisumu that the "
    "electoral commission had announced figures that did not match the forms from polling "
    "stations across the country.",
    "The commission's chairman has defended the count, saying every result was verified "
    "and published on a public portal before the final tally was announced.",
    "Observers from the African Union and the European Union said the vote was largely "
    "peaceful but noted delays in the transmission of results from remote constituencies.",
    "Odinga's lawyers have seven days to file their petition, and the court must rule "
    "within fourteen days of the filing, according to the constitution adopted in 2010.",
    "Markets were calm on Tuesday, with the shilling steady against the dollar and the "
    "Nairobi bourse's main index little changed in morning trade.",
)
SAME_TOPIC = (
    "Kenya's Supreme Court began hearing on Monday a petition by the opposition against the "
    "declared winner of last month's presidential vote, with judges asking both sides to "
    "keep their arguments brief.",
    "Lawyers for the petitioners said servers at the electoral commission had been accessed "
    "by outsiders, a claim the commission rejected as baseless in its written response.",
    "Seven judges will examine ballot boxes from a sample of polling stations, the court's "
    "registrar said, and a ruling is expected before the end of next week.",
    "Supporters of both camps gathered outside the court building in central Nairobi, where "
    "police kept them apart behind metal barriers throughout the day.",
)


def syndicated(paragraphs: tuple[str, ...]) -> list[str]:
    """The wire story as another site runs it: furniture, a caption, one edited sentence."""
    body = list(paragraphs)
    body[2] = body[2].replace("saying every result was verified", "saying each result was checked")
    return [
        "Home > World > Africa",
        "Listen to this article",
        body[0],
        "Supporters celebrate in Nairobi on Tuesday. REUTERS/Staff",
        *body[1:],
        "Sign up for our daily newsletter to get the latest headlines in your inbox.",
        "Copyright 2024 The Daily Courier. All rights reserved.",
    ]
