"""Photo captions are recognised with kind, agency and photographer."""

from __future__ import annotations

import pytest

from service.events import Caption
from service.pipeline.captions import looks_like_caption, parse_caption


def test_reuters_file_photo_caption() -> None:
    """'FILE PHOTO: ... REUTERS/Name/File Photo' is a file photo by Name for Reuters."""
    caption = parse_caption(
        "FILE PHOTO: Leaders meet in Bamako, Mali, June 7, 2021. REUTERS/Amadou Keita/File Photo"
    )
    assert caption == Caption(
        text="Leaders meet in Bamako, Mali, June 7, 2021.",
        kind="file photo",
        agency="Reuters",
        photographer="Amadou Keita",
    )


def test_ap_photo_caption_with_file_marker() -> None:
    """'(AP Photo/Alan Diaz, File)' is an AP file photo."""
    caption = parse_caption("A man loads trims into his truck. (AP Photo/Alan Diaz, File)")
    assert caption is not None
    assert (caption.kind, caption.agency, caption.photographer) == ("file photo", "AP", "Alan Diaz")
    assert caption.text == "A man loads trims into his truck."


def test_afp_getty_caption() -> None:
    """'(Photo by X/AFP via Getty Images)' credits AFP and the photographer."""
    caption = parse_caption("Protesters march in Paris. (Photo by Jane Roe/AFP via Getty Images)")
    assert caption is not None
    assert (caption.agency, caption.photographer, caption.kind) == ("AFP", "Jane Roe", "photo")


def test_bbc_image_caption_label() -> None:
    """'Image caption <text>' is a caption without a credit."""
    caption = parse_caption("Image caption Swift has been with the label since 2005")
    assert caption == Caption(text="Swift has been with the label since 2005", kind="photo")


def test_prose_with_a_slash_is_not_a_caption() -> None:
    """A sentence mentioning 'US/China' is not a caption."""
    assert not looks_like_caption("Talks on US/China trade resumed on Monday in Geneva.")
    assert not looks_like_caption("Mali has the right to seek military support.")


def test_a_labelled_credit_ends_before_the_full_stop() -> None:
    """'... Image: Nick Moreau.': the full stop ends the caption, it is not the credit's."""
    caption = parse_caption("A showdown at the 501st Legion booth. Image: Nick Moreau.")
    assert caption is not None
    assert caption.text == "A showdown at the 501st Legion booth."
    assert caption.agency == "Nick Moreau"


@pytest.mark.parametrize(
    ("line", "text", "agency"),
    [
        (
            "A reference habitation module for a crewed Mars mission. Credit: ESA",
            "A reference habitation module for a crewed Mars mission.",
            "ESA",
        ),
        (
            "WeWork chairman Marcelo Claure (Credit: Getty Images)",
            "WeWork chairman Marcelo Claure",
            "Getty Images",
        ),
        (
            "The hospital where infected people sought treatment Credit: EPA",
            "The hospital where infected people sought treatment",
            "EPA",
        ),
    ],
)
def test_a_credit_label_ends_a_caption(line: str, text: str, agency: str) -> None:
    """Science and tabloid sites credit a picture with "Credit:" (on aeb-dev: ESA, EPA,
    Getty Images, SpaceX): the line is a caption, its credit split off."""
    assert looks_like_caption(line)
    caption = parse_caption(line)
    assert caption is not None
    assert (caption.text, caption.agency) == (text, agency)


def test_a_caption_with_its_collapse_link_is_a_caption() -> None:
    """A gallery prints its caption with the link that collapses it ("... less")."""
    caption = parse_caption("Islanders won 5-4 in overtime. (AP Photo/Gene J. Puskar) less")
    assert caption is not None
    assert (caption.text, caption.agency, caption.photographer) == (
        "Islanders won 5-4 in overtime.",
        "AP",
        "Gene J. Puskar",
    )
    assert parse_caption("The council said it would spend less") is None


def test_a_sentence_about_credit_is_no_caption() -> None:
    """Only the capitalised label ending the line counts: prose about credit is not one."""
    assert not looks_like_caption("The bank said consumer credit: it rose 3% in May.")
    assert not looks_like_caption("Credit: the bank's rating was cut on Monday, said Moody's.")


def test_a_labelled_credit_names_the_wire_first_or_the_photographer_first() -> None:
    """'Photograph: Jane Roe/AFP' is the photographer, then the agency; a wire's name
    before the slash is the agency ('Photo: Reuters/Andrew Biraj', as REUTERS/Name)."""
    guardian = parse_caption("Protesters in Paris. Photograph: Jane Roe/AFP")
    wire_first = parse_caption(
        "Flood victims wait for aid in Dhaka. Photo: Reuters / Andrew Biraj."
    )
    assert guardian is not None
    assert wire_first is not None
    assert (guardian.agency, guardian.photographer) == ("AFP", "Jane Roe")
    assert (wire_first.agency, wire_first.photographer) == ("Reuters", "Andrew Biraj")
    assert wire_first.text == "Flood victims wait for aid in Dhaka."


def test_an_article_run_into_one_line_is_no_caption_for_its_last_credit() -> None:
    """A scraper that loses the line breaks sends the story as one line, which may end on a
    picture's credit: thousands of characters of prose are not that picture's caption. A
    long caption, two sentences and the credit, still is one."""
    prose = (
        "The 22nd Fan Expo Canada took place at the Metro Toronto Convention Centre this "
        "weekend, attracting thousands to one of the most popular events of its kind. "
    ) * 12
    assert parse_caption(prose + "Peekaboo Cosplay as The Fawn. Image: Nick Moreau.") is None
    assert not looks_like_caption(prose + "Image: Nick Moreau.")
    long_caption = (
        "FILE - In this Jan. 9, 2019, file photo, visitors walk past the entrance of the "
        "Metro Toronto Convention Centre during the opening day of Fan Expo Canada, one of "
        "the largest fan conventions in North America, which drew tens of thousands of "
        "visitors over four days. Organisers said on Monday that this year's event would "
        "move to a larger hall. (AP Photo/Jane Roe, File)"
    )
    caption = parse_caption(long_caption)
    assert caption is not None
    assert (caption.agency, caption.photographer, caption.kind) == ("AP", "Jane Roe", "file photo")
