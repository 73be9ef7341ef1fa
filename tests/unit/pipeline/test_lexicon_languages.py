"""The removal lexicon in German, French, Spanish, Italian, Portuguese, Dutch, Polish, Swedish
and Russian (and the notices a page shows instead of its article): what must match, and
article sentences that must not."""

from __future__ import annotations

import pytest

from service.pipeline import lexicon

# (line, category) per language: furniture a page in that language wraps its article in.
MUST_MATCH: dict[str, list[tuple[str, str]]] = {
    "pt": [
        ("Página inicial", "navigation"),
        ("Pesquisar", "navigation"),
        ("Compartilhar", "call_to_action"),
        ("Publicidade", "call_to_action"),
        ("Assine a nossa newsletter e receba as notícias do dia", "call_to_action"),
        ("Siga-nos no Instagram", "call_to_action"),
        ("Este site usa cookies para melhorar a sua experiência.", "call_to_action"),
        ("Este conteúdo é exclusivo para assinantes.", "call_to_action"),
        ("© 2024 Folha da Manhã. Todos os direitos reservados.", "footer"),
        ("Política de Privacidade", "footer"),
        ("Leia também", "related_headlines"),
        ("Leia também: Governo anuncia novo pacote de obras", "related_headlines"),
        ("Notícias relacionadas", "related_headlines"),
    ],
    "nl": [
        ("Zoeken", "navigation"),
        ("Delen", "call_to_action"),
        ("Advertentie", "call_to_action"),
        ("Lees verder", "call_to_action"),
        ("Abonneer je op onze nieuwsbrief", "call_to_action"),
        ("Volg ons op Facebook", "call_to_action"),
        ("Wij gebruiken cookies om onze website te verbeteren.", "call_to_action"),
        ("Dit artikel is alleen beschikbaar voor abonnees.", "call_to_action"),
        ("© 2024 DPG Media. Alle rechten voorbehouden.", "footer"),
        ("Privacyverklaring", "footer"),
        ("Lees ook", "related_headlines"),
        ("Lees ook: Kabinet wil snellere bouw van woningen", "related_headlines"),
        ("Meest gelezen", "related_headlines"),
    ],
    "pl": [
        ("Strona główna", "navigation"),
        ("Szukaj", "navigation"),
        ("Udostępnij", "call_to_action"),
        ("Reklama", "call_to_action"),
        ("Czytaj więcej", "call_to_action"),
        ("Zapisz się do newslettera", "call_to_action"),
        ("Obserwuj nas na Twitterze", "call_to_action"),
        ("Ta strona używa plików cookies.", "call_to_action"),
        ("Ten artykuł jest dostępny tylko dla prenumeratorów.", "call_to_action"),
        ("Copyright © 2024 Agora SA. Wszelkie prawa zastrzeżone.", "footer"),
        ("Polityka prywatności", "footer"),
        ("Czytaj także", "related_headlines"),
        ("Czytaj też: Sejm przyjął ustawę o obronie cywilnej", "related_headlines"),
        ("Najczęściej czytane", "related_headlines"),
    ],
    "sv": [
        ("Startsida", "navigation"),
        ("Sök", "navigation"),
        ("Dela", "call_to_action"),
        ("Annons", "call_to_action"),
        ("Läs mer", "call_to_action"),
        ("Prenumerera på vårt nyhetsbrev", "call_to_action"),
        ("Följ oss på Instagram", "call_to_action"),
        ("Vi använder cookies för att förbättra din upplevelse.", "call_to_action"),
        ("Den här artikeln är endast för prenumeranter.", "call_to_action"),
        ("© 2024 Bonnier News. Alla rättigheter förbehållna.", "footer"),
        ("Integritetspolicy", "footer"),
        ("Läs också", "related_headlines"),
        ("Läs även: Regeringen höjer försvarsanslagen", "related_headlines"),
        ("Mest lästa", "related_headlines"),
    ],
    "ru": [
        ("Главная", "navigation"),
        ("Поиск", "navigation"),
        ("Поделиться", "call_to_action"),
        ("Реклама", "call_to_action"),
        ("Читать далее", "call_to_action"),
        ("Подпишитесь на нашу рассылку", "call_to_action"),
        ("Подписывайтесь на наш канал в Telegram", "call_to_action"),
        ("Мы используем файлы cookie, чтобы сайт работал лучше.", "call_to_action"),
        ("Этот материал доступен только подписчикам.", "call_to_action"),
        ("© 2024 РИА Новости. Все права защищены.", "footer"),
        ("Политика конфиденциальности", "footer"),
        ("Читайте также", "related_headlines"),
        ("Читайте также: Госдума приняла закон о гражданской обороне", "related_headlines"),
        ("Самое читаемое", "related_headlines"),
    ],
    "de": [
        ("Zur Startseite", "navigation"),
        ("Suche", "navigation"),
        ("Newsletter abonnieren", "call_to_action"),
        ("Jetzt abonnieren", "call_to_action"),
        ("Artikel teilen", "call_to_action"),
        ("Drucken", "call_to_action"),
        ("Sie haben bereits ein Abo? Hier anmelden", "call_to_action"),
        ("Folgen Sie uns auf Twitter", "call_to_action"),
        (
            "Diese Website verwendet Cookies, um Ihnen ein besseres Erlebnis zu bieten.",
            "call_to_action",
        ),
        ("Cookie-Einstellungen", "call_to_action"),
        ("Datenschutzerklärung", "footer"),
        ("Kontakt", "footer"),
        ("AGB", "footer"),
        ("Foto: dpa", "caption"),
        ("Bild: Reuters", "caption"),
    ],
    "fr": [
        ("Recherche", "navigation"),
        ("S'abonner", "call_to_action"),
        ("Imprimer", "call_to_action"),
        ("Se connecter", "call_to_action"),
        ("Suivez-nous sur Twitter", "call_to_action"),
        ("Ce site utilise des cookies.", "call_to_action"),
        ("Politique de confidentialité", "footer"),
        ("Qui sommes-nous", "footer"),
        ("Photo : AFP", "caption"),
        ("Crédit photo : Ludovic Marin / AFP", "caption"),
    ],
    "es": [
        ("Suscríbete", "call_to_action"),
        ("Imprimir", "call_to_action"),
        ("Síguenos en Instagram", "call_to_action"),
        ("Este sitio web utiliza cookies para mejorar su experiencia.", "call_to_action"),
        ("Política de privacidad", "footer"),
        ("Términos y condiciones", "footer"),
        ("Foto: EFE", "caption"),
    ],
    "it": [
        ("Cerca", "navigation"),
        ("Abbonati", "call_to_action"),
        ("Leggi tutto", "call_to_action"),
        ("Seguici su Facebook", "call_to_action"),
        ("Questo sito utilizza cookie tecnici e di profilazione.", "call_to_action"),
        ("Informativa sulla privacy", "footer"),
        ("Chi siamo", "footer"),
        ("Foto: Ansa", "caption"),
    ],
    # a blog's comment form under the post (WordPress and its hosted service), in each
    # language it ships in; English too
    "comment forms": [
        (line, "comments")
        for line in (
            "Enter your comment here...",
            "Fill in your details below or click an icon to log in:",
            "You are commenting using your WordPress.com account. ( Log Out / Change )",
            "Notify me of new comments via email.",
            "Your email address will not be published. Required fields are marked *",
            "Save my name, email, and website in this browser for the next time I comment.",
            "Gib hier deinen Kommentar ein ...",
            "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
            "Du kommentierst mit Deinem WordPress.com-Konto. ( Abmelden / Ändern )",
            "Benachrichtigung bei weiteren Kommentaren per E-Mail senden.",
            "Informiere mich über neue Beiträge per E-Mail.",
            "Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * "
            "markiert",
            "Votre adresse e-mail ne sera pas publiée.",
            "Enregistrer mon nom, mon e-mail et mon site dans le navigateur pour mon prochain "
            "commentaire.",
            "Tu dirección de correo electrónico no será publicada.",
            "Il tuo indirizzo email non sarà pubblicato.",
            "O seu endereço de email não será publicado.",
            "Je e-mailadres wordt niet gepubliceerd.",
        )
    ],
    # heads of related-link lists in the languages of most real feeds
    "related heads": [
        (head, "related_headlines")
        for head in (
            "Lesen Sie auch",
            "Meistgelesen",
            "Weitere Artikel",
            "Ähnliche Artikel",
            "Mehr aus Politik",
            "Empfehlungen der Redaktion",
            "Les plus lus",
            "À lire également",
            "Vous aimerez aussi",
            "Te puede interesar",
            "Lo más leído",
            "I più letti",
            "Articoli correlati",
            "Przeczytaj także",
            "Podobne artykuły",
            "Você pode gostar",
            "Ook interessant",
            "Другие новости",
            "Новости по теме",
            # ko, ja, zh
            "관련기사",
            "많이 본 뉴스",
            "인기 기사",
            "関連記事",
            "人気記事",
            "相关新闻",
            "热门文章",
        )
    ],
    # a label that trails off, in any language: seen on aeb-dev as "More from Space...",
    # "You may also be interested in...", "More Videos ..."
    "trailing ellipsis": [
        ("You may also like...", "related_headlines"),
        ("More from Space...", "related_headlines"),
        ("More Videos ...", "related_headlines"),
        ("Você pode gostar...", "related_headlines"),
        ("Lesen Sie auch…", "related_headlines"),
        ("Read more…", "related_headlines"),
        ("Sign up now...", "call_to_action"),
    ],
    # the circled c of Korean and Japanese sites, and "All right reserved"
    "copyright marks": [
        ("Copyright ⓒ Entermedia.co.kr. 무단전재 및 재배포 금지", "footer"),
        ("ⓒ 연합뉴스", "footer"),
        ("Copyright (C) EnterMedia.co.kr. All right reserved.", "footer"),
    ],
    # a list of tags' head alone (five pages of the dev sets, in four languages)
    "tag heads": [
        ("Tags", "navigation"),
        ("Теги", "navigation"),
        ("Temas", "navigation"),
        ("Schlagwörter", "navigation"),
    ],
    # a comment policy addressed to the reader
    "comment policies": [
        (
            "Thank you! Your comment will be reviewed by the moderator for compliance with "
            "the Rules",
            "comments",
        ),
        ("Your comment may be moderated before it appears.", "comments"),
        (
            "ATENÇÃO: Comentários com textos ininteligíveis ou que faltem com respeito ao "
            "usuário não serão aprovados pelo moderador.",
            "comments",
        ),
    ],
    # a site's legal notices under its articles: trademarks (four sites of aeb-dev), and the
    # United States' fixed disclaimer for dietary supplements
    "legal notices": [
        (
            "CBS Sports is a registered trademark of CBS Broadcasting Inc. Commissioner.com "
            "is a registered trademark of CBS Interactive Inc.",
            "footer",
        ),
        (
            "Apple logo, Apple TV, App Store, iPad, iPhone, and iPod touch are registered "
            "trademarks of Apple Inc. Roku is a registered trademark of Roku, Inc.",
            "footer",
        ),
        ("All other trademarks are the property of their respective owners.", "footer"),
        ("Acme® is a trademark of Acme Corp. Other marks are property of their owners.", "footer"),
        (
            "*These statements have not been evaluated by the Food and Drug Administration. "
            "These products are not intended to diagnose, treat, cure, or prevent any disease.",
            "footer",
        ),
    ],
    "notices": [
        (
            "This copy is for your personal, non-commercial use only. To order "
            "presentation-ready copies for distribution to your colleagues, clients or "
            "customers visit https://www.djreprints.com.",
            "footer",
        ),
        (
            "Distribution and use of this material are governed by our Subscriber Agreement "
            "and by copyright law.",
            "footer",
        ),
        ("Subscribe to continue reading.", "call_to_action"),
        ("Dieser Artikel ist nur für Abonnenten verfügbar.", "call_to_action"),
        ("Cet article est réservé aux abonnés.", "call_to_action"),
    ],
    # a site that says it uses cookies, whatever its words for site and use, and the label
    # WordPress.com blogs show before it
    "cookie notices": [
        (
            "Privacy & Cookies: This site uses cookies. By continuing to use this website, "
            "you agree to their use.",
            "call_to_action",
        ),
        (
            "Datenschutz & Cookies: Diese Website verwendet Cookies. Wenn du die Website "
            "weiterhin nutzt, stimmst du der Verwendung von Cookies zu.",
            "call_to_action",
        ),
        ("Our site uses cookies and other technologies to remember you.", "call_to_action"),
        ("Cette page utilise des cookies.", "call_to_action"),
        ("Privacy e cookie: Questo sito utilizza cookie tecnici.", "call_to_action"),
        ("Esta web utiliza cookies propias y de terceros.", "call_to_action"),
        ("Deze website maakt gebruik van cookies.", "call_to_action"),
        ("Unsere Website setzt Cookies ein.", "call_to_action"),
        ("Den här webbplatsen använder cookies.", "call_to_action"),
    ],
}

# Article sentences that use the same words and must stay body.
MUST_NOT_MATCH: dict[str, list[str]] = {
    "de": [
        "Die Polizei bittet um Kontakt mit Zeugen des Unfalls in Berlin.",
        "Suche nach Vermissten geht am Montag weiter, teilte die Polizei mit.",
        "Folgen Sie uns nicht, sagte der Bürgermeister lachend.",
        "Drucken ließ die Partei zwei Millionen Flugblätter, hieß es.",
    ],
    "fr": [
        "La recherche des disparus a repris lundi matin, selon la préfecture.",
        "Imprimer des billets ne suffira pas, a averti la banque centrale.",
    ],
    "es": [
        "Contacto con la embajada no hubo durante el fin de semana.",
        "Síguenos, gritaban los manifestantes frente al Congreso en Madrid.",
    ],
    "it": [
        "Cerca di capire cosa è successo, ha detto il sindaco ai giornalisti.",
        "Stampa estera e italiana hanno seguito il vertice con attenzione.",
        "Abbonati e lettori hanno protestato contro il prezzo, scrive il giornale.",
    ],
    "comment forms": [
        "Your email address will be shared with the council, the agency said.",
        "Enter your comment here and the council will read it, she said.",
        "Deine E-Mail-Adresse wird nicht veröffentlicht, versprach der Anbieter am Montag.",
        "Votre adresse e-mail ne sera pas publiée sans votre accord, assure la mairie.",
    ],
    "related heads": [
        "Lesen Sie auch den Bericht der Kommission, sagte der Minister.",
        "Zum Thema Klima äußerte sich die Kanzlerin am Montag nicht.",
        "Mehr aus der Region erfahren Sie am Abend in der Sendung.",
        "Polecamy wszystkim mieszkańcom ostrożność na drogach, mówi policja.",
        "Relacionado con el caso, el juez citó a tres testigos más.",
        "Altre notizie sono attese dal governo nei prossimi giorni.",
        "Другие новости региона будут опубликованы завтра.",
    ],
    "trailing ellipsis": [
        "He said the talks were going well, and then...",
        "Shares of the company rose 4% before the close…",
        "More than 300 people were evacuated from the area...",
    ],
    "tag heads": [
        "Tags and labels were attached to every parcel, the police said.",
        "Themen der Woche waren die Wahl und das Wetter, sagte sie.",
    ],
    "comment policies": [
        "Comments are moderated by volunteers, the company said on Monday.",
        "Your comment on the budget will be read by the council, the mayor said.",
        "Os comentários do ministro não serão publicados, disse o jornal.",
    ],
    "legal notices": [
        "Kleenex is a registered trademark of Kimberly-Clark, the court heard on Monday.",
        "The label said these statements have not been evaluated by the Food and Drug "
        "Administration.",
        "The company said its trademarks are the property of its founder's family trust.",
    ],
    "copyright marks": [
        "The copyright dispute over the song went to court in 2019.",
        "He said all right, reserved a table and left.",
    ],
    "pt": [
        "O governo vai assinar o acordo com os sindicatos na próxima semana.",
        "A publicidade infantil foi proibida pelo tribunal na segunda-feira.",
        "Os direitos dos trabalhadores foram reservados ao debate no Senado.",
        "Leia também o relatório, disse o ministro aos jornalistas em Brasília.",
    ],
    "nl": [
        "De minister wil de kosten eerlijk delen tussen gemeenten en provincies.",
        "Volgens de politie zijn er zondag 23 reacties binnengekomen op de oproep.",
        "Het bedrijf gebruikt cookies niet langer voor advertenties, zei een woordvoerder.",
    ],
    "cookie notices": [
        "The site uses cookies to track readers, the regulator said on Tuesday.",
        "Our blog post about the cookie ban drew 300 comments.",
        "This site is about cookies and cakes, she wrote.",
    ],
    "pl": [
        "Reklama w telewizji publicznej budzi kontrowersje, mówią eksperci.",
        "Minister zapowiedział, że udostępni dane dotyczące budżetu w piątek.",
        "Sąd uznał, że prawa autorskie nie zostały naruszone przez wydawcę.",
    ],
    "sv": [
        "Regeringen vill dela ut mer pengar till kommunerna i höst.",
        "Polisen sök efter vittnen till olyckan på E4 i Stockholm.",
        "Alla rättigheter ska gälla även för de anställda, sade ministern.",
    ],
    "ru": [
        "Министр заявил, что реклама на телевидении будет ограничена с января.",
        "Главная задача правительства — снизить инфляцию, сказал премьер-министр.",
        "Все права на землю перешли к муниципалитету после решения суда.",
        "Подписаться под соглашением готовы все стороны переговоров, сообщил посредник.",
    ],
}


@pytest.mark.parametrize(
    ("line", "category"),
    [case for cases in MUST_MATCH.values() for case in cases],
    ids=[f"{lang}:{line[:30]}" for lang, cases in MUST_MATCH.items() for line, _ in cases],
)
def test_furniture_in_each_language_is_named(line: str, category: str) -> None:
    """Navigation, calls to action, notices, footers, related heads and comment heads in
    Portuguese, Dutch, Polish, Swedish and Russian get their category."""
    assert lexicon.lexicon_category(line) == category


@pytest.mark.parametrize(
    "line",
    [line for lines in MUST_NOT_MATCH.values() for line in lines],
    ids=[f"{lang}:{line[:30]}" for lang, lines in MUST_NOT_MATCH.items() for line in lines],
)
def test_article_sentences_with_the_same_words_stay_body(line: str) -> None:
    """A sentence that uses the lexicon's words ('delen', 'Reklama', 'Главная') is prose."""
    assert lexicon.lexicon_category(line) is None


@pytest.mark.parametrize(
    ("line", "following"),
    [
        ("12 comentários", []),
        ("Deixe um comentário", []),
        ("23 reacties", []),
        ("Plaats een reactie", []),
        ("45 komentarzy", []),
        ("Dodaj komentarz", []),
        ("8 kommentarer", []),
        ("Lämna en kommentar", []),
        ("17 комментариев", []),
        ("Оставить комментарий", []),
        ("Komentarze", ["jan_kowalski napisał:", "Świetny artykuł."]),
        ("Kommentarer (8)", []),
        ("Комментарии", ["ivan_petrov says:", "Спасибо за статью."]),
        ("Jetzt kommentieren", []),
        ("Laisser un commentaire", []),
        ("Deja un comentario", []),
        ("Lascia un commento", []),
        # a comment form's head with its "Cancel reply" link, as WordPress writes them
        ("Leave a Reply Cancel reply", []),
        ("Kommentar verfassen Antwort abbrechen", []),
        ("Schreibe einen Kommentar Antwort abbrechen", []),
        ("Laisser un commentaire Annuler la réponse", []),
        ("Deja una respuesta Cancelar la respuesta", []),
        ("Lascia un commento Annulla risposta", []),
        ("Deixe uma resposta Cancelar resposta", []),
    ],
)
def test_comment_sections_open_in_each_language(line: str, following: list[str]) -> None:
    """A comment head in another language ends the article as '34 Comments' does."""
    assert lexicon.is_comment_start(line, following)


# Sites write their buttons and notices without accents as often as with them; the lexicon
# names each form once, with its accents (``lexicon._accents_optional``).
WITHOUT_ACCENTS = [
    ("Síguenos en Telegram", "Siguenos en Telegram"),
    ("Anúncio", "Anuncio"),
    ("Iniciar sesión", "Iniciar sesion"),
    ("Czytaj więcej", "Czytaj wiecej"),
    ("Läs mer", "Las mer"),
    ("Cet article est réservé aux abonnés.", "Cet article est reserve aux abonnes."),
    (
        "Używamy plików cookies, aby ułatwić korzystanie z serwisu.",
        "Uzywamy plikow cookies, aby ulatwic korzystanie z serwisu.",
    ),
]


@pytest.mark.parametrize(("accented", "bare"), WITHOUT_ACCENTS, ids=[b for _, b in WITHOUT_ACCENTS])
def test_furniture_written_without_its_accents_is_named_alike(accented: str, bare: str) -> None:
    category = lexicon.lexicon_category(accented)
    assert category is not None
    assert lexicon.lexicon_category(bare) == category


@pytest.mark.parametrize(
    "line",
    [
        "Schreibe einen Kommentar, sagte der Minister am Montag.",
        "Antwort abbrechen wollte niemand.",
        "Deja una respuesta clara al gobierno, dijo el alcalde.",
    ],
)
def test_prose_with_a_comment_form_s_words_opens_nothing(line: str) -> None:
    assert not lexicon.is_comment_start(line, [])


def test_a_comment_head_without_its_accents_opens_the_comments() -> None:
    assert lexicon.is_comment_start("Deixe seu comentario", [])


def test_prose_with_an_unaccented_lexicon_word_stays_body() -> None:
    assert lexicon.lexicon_category("Siguenos en el camino, dijo el alcalde.") is None
