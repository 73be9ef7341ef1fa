"""Language identification picks the stoplist that the line classifier reads prose with."""

from __future__ import annotations

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from service.events import RawArticle
from service.pipeline import language
from service.pipeline.boilerplate import FUNCTION_WORDS, features
from service.pipeline.clean import clean
from service.pipeline.language import (
    FIRST_LOOK_CHARS,
    JUSTEXT_STOPLISTS,
    SAMPLE_CHARS,
    identify,
    prose_sample,
    stoplist,
)
from service.pipeline.types import Decoded

POLISH = (
    "Rząd przyjął we wtorek projekt ustawy o ochronie ludności, który ma uporządkować zasady "
    "budowy schronów i ostrzegania mieszkańców przed zagrożeniami."
)


def test_every_mapped_stoplist_exists_and_names_a_language_langid_answers() -> None:
    """Each jusText stoplist in the table loads, under a code py3langid can return."""
    codes = set(LanguageIdentifier.from_model_file(MODEL_FILE).nb_classes)
    for code in JUSTEXT_STOPLISTS:
        assert code in codes, code
        found = stoplist(code)
        assert found is not None
        assert len(found.words) >= 30, code  # Haitian has the shortest: 32


def test_a_language_without_a_stoplist_has_none() -> None:
    """Japanese has no jusText stoplist (the function-word list and CJK rules apply)."""
    assert stoplist("ja") is None
    assert stoplist(None) is None


def test_a_polish_sentence_reads_as_prose_only_with_polish_stopwords() -> None:
    """The multi-language function words miss Polish; the Polish stoplist finds its prose."""
    polish = stoplist("pl")
    assert polish is not None
    assert features(POLISH, polish).stop_density >= 0.9
    assert features(POLISH, FUNCTION_WORDS).stop_density < 0.5


def test_the_language_sample_is_the_prose_not_the_chrome_or_the_title() -> None:
    """Menus and a long page title without a full stop are not what identifies a language."""
    lines = [
        "Wiadomości z kraju i ze świata - najnowsze informacje | Portal Informacyjny",
        "Start",
        "Kraj",
        POLISH,
        "Sport",
    ]
    assert prose_sample(lines) == [POLISH]


@pytest.mark.parametrize(
    ("language", "paragraphs"),
    [
        (
            "pl",
            [
                POLISH,
                "Według ministra spraw wewnętrznych nowe przepisy mają wejść w życie jeszcze "
                "w tym roku, a samorządy dostaną na ten cel dodatkowe pieniądze z budżetu.",
                "Opozycja zapowiada, że będzie domagać się zmian w projekcie podczas prac w "
                "sejmowej komisji, bo jej zdaniem gminy nie poradzą sobie z nowymi zadaniami.",
            ],
        ),
        (
            "sv",
            [
                "Regeringen lade på tisdagen fram ett förslag om att höja försvarsanslagen med "
                "flera miljarder kronor under de kommande åren.",
                "Enligt försvarsministern är det nödvändigt eftersom säkerhetsläget i "
                "Östersjöregionen har förändrats, och beslutet har stöd av en bred majoritet.",
                "Oppositionen kritiserar dock att förslaget inte säger hur ökningen ska "
                "finansieras och kräver att regeringen återkommer med en plan före sommaren.",
            ],
        ),
    ],
)
def test_a_page_in_another_language_keeps_its_article_and_is_identified(
    language: str, paragraphs: list[str]
) -> None:
    """A page in Polish or Swedish keeps its paragraphs, loses its menus, and gets its
    language, which selected the stoplist."""
    page = "\n".join(["Start", "Kraj", "Świat", "Sport", "", *paragraphs, "", "Kontakt"])
    decoded = Decoded(RawArticle(content=page, content_type="text/plain"), "text/plain")
    cleaned = clean(decoded)
    assert list(cleaned.blocks) == paragraphs
    assert cleaned.language == language


FRENCH = (
    "Le gouvernement malien a annoncé mardi la reprise des négociations avec les groupes "
    "armés du nord du pays, après plusieurs mois de blocage et de combats meurtriers dans la "
    "région. Les discussions doivent reprendre à Alger la semaine prochaine."
)
# Two hundred characters of place names: letters enough, but no language in them.
PLACES = ("Bamako Kidal Gao Tombouctou Mopti Sikasso Kayes Segou Menaka Tessalit Aguelhok " * 3)[
    :FIRST_LOOK_CHARS
]


class _Reads:
    """The identifier, recording the length of every text it classifies."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.lengths: list[int] = []
        self._identifier = language._identifier()
        monkeypatch.setattr(language, "_identifier", lambda: self)

    def classify(self, text: str) -> tuple[str, float]:
        self.lengths.append(len(text))
        return self._identifier.classify(text)  # type: ignore[no-any-return]


def test_a_sure_first_look_decides_the_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """Prose says its language in its first FIRST_LOOK_CHARS: the rest is not read."""
    reads = _Reads(monkeypatch)
    assert identify(FRENCH * 3) == "fr"
    assert reads.lengths == [FIRST_LOOK_CHARS]


def test_an_unsure_first_look_reads_the_whole_sample(monkeypatch: pytest.MonkeyPatch) -> None:
    """A first look at place names is unsure; the whole sample finds the French under it."""
    reads = _Reads(monkeypatch)
    assert identify(PLACES + FRENCH * 3, "en") == "fr"
    assert reads.lengths == [FIRST_LOOK_CHARS, SAMPLE_CHARS]
