"""Repeated lines in a scraped page's main block: furniture shown twice goes, the rows of a
template the article repeats (an interview's questions, a meal plan's headings) stay."""

from __future__ import annotations

from service.pipeline.boilerplate import main_block

INTRO = [
    "We asked five food bloggers from across the region about the kitchens they cook in.",
    "Each of them answered the same three questions, and each shared a recipe with readers.",
]
QUESTIONS = [
    "What made you start a cooking page?",
    "Which cuisine do you like best yourself?",
]
ANSWERS = [
    [
        "Anna: I wanted a place to keep the recipes my grandmother wrote down for me years ago.",
        "Anna: Italian food, because it needs so little to taste of a great deal in the end.",
    ],
    [
        "Boris: My friends kept asking for the dishes I cooked at our weekend dinners at home.",
        "Boris: Anything from the Caucasus, with plenty of herbs, walnuts and pomegranate seeds.",
    ],
    [
        "Clara: A long winter at home with nothing to do but bake bread and photograph it all.",
        "Clara: Japanese home cooking, which is much simpler than people tend to think it is.",
    ],
]


def _interview() -> list[str]:
    lines = list(INTRO)
    for answers in ANSWERS:
        for question, answer in zip(QUESTIONS, answers, strict=True):
            lines += [question, answer]
    return lines


def test_questions_an_interview_repeats_for_each_guest_stay() -> None:
    """Two distinct lines repeat at one period with other lines between them: the rows of a
    template, the article's own structure. Every copy stays."""
    lines = _interview()
    kept, _, _ = main_block(lines)
    assert kept == lines
    assert kept.count(QUESTIONS[0]) == len(ANSWERS)


def test_a_caption_shown_again_further_down_is_dropped() -> None:
    """One line repeated (a gallery caption shown twice) is furniture: the first stays."""
    caption = "The mayor, left, speaks with residents outside the town hall on Tuesday."
    lines = [*INTRO, caption, *ANSWERS[0], *ANSWERS[1], caption, *ANSWERS[2]]
    kept, removed, _ = main_block(lines)
    assert kept.count(caption) == 1
    assert caption in {r.text for r in removed}


def test_a_block_shown_twice_in_a_row_is_dropped() -> None:
    """Lines that repeat together with nothing different between them (a gallery's captions
    shown twice, a duplicated teaser block) are not a template: the copy goes."""
    gallery = [
        "The mayor, left, speaks with residents outside the town hall on Tuesday.",
        "Residents queue outside the library to see the new budget plans on display.",
        "Council members vote on the budget in the chamber late on Tuesday evening.",
    ]
    lines = [*INTRO, *gallery, *ANSWERS[0], *ANSWERS[1], *gallery, *ANSWERS[2]]
    kept, _, _ = main_block(lines)
    assert kept == [*INTRO, *gallery, *ANSWERS[0], *ANSWERS[1], *ANSWERS[2]]
