"""Quotes are found with their attribution cue as written."""

from __future__ import annotations

from service.pipeline.quotes import find_quotes


def test_cue_after_quote_name_pronoun_and_role() -> None:
    """'," Maiga said', '," he said' and '," the prime minister added' give three cues."""
    paragraphs = [
        '"We will look for partners elsewhere," Maiga said on Friday.',
        '"There are not enough troops in the north," he said.',
        '"We cannot be stopped from doing this," the prime minister added.',
    ]
    assert [q.cue for q in find_quotes(paragraphs)] == ["Maiga", "he", "the prime minister"]


def test_second_quote_in_paragraph_inherits_speaker() -> None:
    """'"A?," Maiga said in a briefing. "B?"' -> both quotes cued Maiga."""
    paragraph = (
        '"What do we do if they leave tomorrow?," Maiga said in a briefing. '
        '"Should we not have a plan B?"'
    )
    quotes = find_quotes([paragraph])
    assert [(q.text, q.cue) for q in quotes] == [
        ("What do we do if they leave tomorrow?", "Maiga"),
        ("Should we not have a plan B?", "Maiga"),
    ]
    assert paragraph[quotes[1].start :].startswith("Should we")


def test_quote_over_two_paragraphs_is_one_quote() -> None:
    """An opening mark not closed at paragraph end continues in the next paragraph."""
    paragraphs = [
        '"We needed to win this game today," Lynn said. '
        '"If we had won it we could control our destiny.',
        '"But now, obviously, I do not feel that way at all."',
    ]
    quotes = find_quotes(paragraphs)
    assert len(quotes) == 2
    assert quotes[1].text.startswith("If we had won")
    assert quotes[1].text.endswith("at all.")
    assert (quotes[1].paragraph, quotes[1].cue) == (0, "Lynn")


def test_verb_before_cue_and_according_to() -> None:
    """'," said Jane Roe' and '," according to the ministry' give the cue after the verb."""
    quotes = find_quotes(
        [
            '"It is a good day for all of us," said Jane Roe, a spokeswoman.',
            '"Prices will rise next year again," according to the ministry.',
        ]
    )
    assert [q.cue for q in quotes] == ["Jane Roe", "the ministry"]


def test_cue_before_quote() -> None:
    """'Richardson said that Rudolph "..."' is cued Richardson."""
    quotes = find_quotes(['Richardson said that Rudolph "cannot start a fight and then complain."'])
    assert [q.cue for q in quotes] == ["Richardson"]


def test_scare_quotes_are_not_quotes() -> None:
    """A word or two in quotes ("foreign intervention") is not a quote."""
    assert (
        find_quotes(["The junta blamed 'foreign intervention' and \"outside forces\" for it."])
        == []
    )


def test_curly_quotes_are_found() -> None:
    """Typographic quotes pair like straight ones."""
    quotes = find_quotes(["“We are ready for anything they do,” she said."])
    assert [(q.text, q.cue) for q in quotes] == [("We are ready for anything they do", "she")]


def test_cue_of_a_title_with_lower_case_words_and_an_apposition() -> None:
    """Titles with lower-case words or particles before the verb, and a role phrase after
    the verb followed by the name, are cues too."""
    quotes = find_quotes(
        [
            '"This is a historic day for our oceans," Secretary of State Antony Blinken said.',
            '"Our fleets will suffer a great deal," French fisheries minister Hervé Berville said.',
            '"It is not perfect, but it is a start," European Commission President Ursula von '
            "der Leyen told reporters.",
            '"We will monitor compliance closely," said the head of the fisheries agency, '
            "Maria Lopez.",
            '"Prices will rise next year again," a source familiar with the talks said.',
        ]
    )
    assert [q.cue for q in quotes] == [
        "Secretary of State Antony Blinken",
        "French fisheries minister Hervé Berville",
        "European Commission President Ursula von der Leyen",
        "Maria Lopez",
        "a source familiar with the talks",
    ]


def test_a_long_clause_before_a_verb_is_not_a_cue() -> None:
    """More than a few words before "said" is a sentence of its own, not an attribution."""
    quotes = find_quotes(
        ['"We are ready to talk," and the talks that began in Geneva last year never said much.']
    )
    assert [q.cue for q in quotes] == [None]


def test_cue_with_a_parenthetical_before_the_verb() -> None:
    """'," the official, who spoke on condition of anonymity, said' is cued the official."""
    quotes = find_quotes(
        ['"We will not accept this outcome," the official, who asked not to be named, said.']
    )
    assert [q.cue for q in quotes] == ["the official"]
