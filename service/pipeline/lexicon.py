"""Boilerplate lexicon: line patterns that name what a non-article line is.

Each entry is (category, pattern). Patterns are anchored to a whole line (``fullmatch`` on a
stripped, case-folded line) and short, so they never scan long text and never backtrack
badly: every one uses bounded repeats or literal alternatives.

Write a word with its accents ("síguenos"): the bare spelling matches too ("siguenos"),
as sites write both (``_accents_optional``).

To extend: add a line to the right table with an example in the comment, and the example
(with an article sentence it must not match) to the tests: tests/unit/test_clean.py for
English, tests/unit/pipeline/test_lexicon_languages.py for the other languages. Covered:
English, French, German, Spanish, Italian, Portuguese, Dutch, Polish, Swedish and Russian
(each with its examples in the tests); an unknown language simply falls back to the line
features.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

from service.events import RemovalCategory


def _bare_letter(char: str) -> str | None:
    """The ASCII letter an accented Latin letter is written as without its accent: "í" ->
    "i", "ç" -> "c"; None for any other character ("ł" and "й" have no ASCII base)."""
    parts = unicodedata.normalize("NFD", char)
    return parts[0] if len(parts) > 1 and parts[0].isascii() and parts[0].isalpha() else None


def _accents_optional(source: str) -> str:
    """A pattern's source in which an accented letter also matches its bare letter:
    "síguenos" -> "s[íi]guenos". Sites write their buttons without accents as often as with
    them ("Siguenos en Telegram", "Comentarios"), and the lexicon names each form once.
    Letters inside a character class stay as they are (a class may hold a range)."""
    out: list[str] = []
    in_class = escaped = False
    for char in source:
        bare = None if escaped or in_class else _bare_letter(char)
        out.append(f"[{char}{bare}]" if bare else char)
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == "[":
            in_class = True
        elif char == "]":
            in_class = False
    return "".join(out)


def _compile(source: str) -> re.Pattern[str]:
    """A lexicon pattern: matched on case-folded lines, accents optional."""
    return re.compile(_accents_optional(source))


# Lines that mean "what follows is comments" (the body ends before them).
# Matches: "34 comments", "[ 167 comments ]", "Leave a Reply", "Top Rated Comments",
# "34 responses to “Headline”", "Commentaires (3)". Not: "PFT Most Commented", and not a bare
# "Comments" (a share-bar label as often as a section head: see COMMENT_HEAD_WEAK).
# The word "comments" in the lexicon's languages (en, de, fr, es, it, pt, nl, pl, sv, ru):
# "comentários", "komentarzy", "kommentarer", "комментариев". Not "commentator".
_COMMENTS: Final = (
    r"(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties"
    r"|komentarz(?:e|y|a)?|kommentar(?:er)?|комментари(?:й|я|ев|и))"
)
# A comment form's head, as blog software writes it, and its "Cancel reply" link after it on
# the same line (WordPress: "Leave a Reply Cancel reply", "Schreibe einen Kommentar Antwort
# abbrechen", "Kommentar verfassen Antwort abbrechen", "Deja una respuesta Cancelar la
# respuesta", "Laisser un commentaire Annuler la réponse").
_CANCEL_REPLY: Final = (
    r"(?:cancel reply|antwort abbrechen|annuler (?:la )?réponse|cancelar (?:la )?respuesta"
    r"|annulla (?:la )?risposta|cancelar (?:a )?resposta|reactie annuleren"
    r"|anuluj(?: pisanie)? odpowiedź|avbryt svar|отменить ответ)"
)
_LEAVE_A_REPLY: Final = (
    r"(?:leave|post|add|write) a (?:reply|comment)"
    # "Deixe um comentário", "Plaats een reactie", "Dodaj komentarz", "Lämna en kommentar",
    # "Оставить комментарий"
    r"|deixe (?:um|o seu|seu) comentário|deixe uma resposta|plaats een reactie"
    r"|laat een reactie achter|(?:dodaj|zostaw|napisz) komentarz|(?:lämna|skriv) en kommentar"
    r"|(?:оставить|оставьте|добавить) комментарий"
    # de, fr, es, it: "Jetzt kommentieren", "Schreibe einen Kommentar", "Laisser un
    # commentaire", "Deja un comentario", "Deja una respuesta", "Lascia un commento"
    r"|jetzt kommentieren|kommentar (?:schreiben|verfassen)|schreibe einen kommentar"
    r"|(?:laisser|ajouter|écrire) un commentaire|(?:deja|dejar|escribe|añade) (?:un|tu)"
    r" comentario|deja una respuesta|(?:lascia|scrivi|aggiungi) un commento"
)
COMMENT_START: Final = _compile(
    rf"\[? ?\d{{1,6}} {_COMMENTS} ?\]?"
    rf"|{_COMMENTS} \(\d{{1,6}}\)"
    rf"|(?:{_LEAVE_A_REPLY})(?: {_CANCEL_REPLY})?"
    r"|(?:top rated|most recent|latest|show|view|load|see) (?:all )?(?:\d{1,6} )?comments"
    r"|\d{1,6} (?:responses|replies|thoughts|comments) (?:to|on) .{0,300}"
    r"|join the (?:conversation|discussion)|reader comments"
    r"|posted in .{1,200}\| ?\d{1,6} comments?"
)
# A bare section word: "Comments", "Discussion", "Kommentare". It opens the comment section
# only when a comment's own metadata line (COMMENT_META) follows within a few lines.
COMMENT_HEAD_WEAK: Final = _compile(rf"{_COMMENTS}|discussion|conversation|diskussion")

# One comment's own metadata line: "thelastchargersfan says:", "Alex on September 17, 2018 at
# 6:34 am said:", "Rating: 36 Votes", "2 days ago at 07:52 am", "Reply", "Report".
# Not: "Maiga said in a briefing." (no trailing colon), and not "The minister said:" before a
# quoted paragraph (a bare "said:" needs the "on <date> at <time>" of comment software).
# The author's line: it ends with a colon (what ``_table_of`` checks first).
_COMMENT_AUTHOR: Final = (
    # the verb in en, de, fr, pt, nl, pl, sv, ru: "ana_silva escreveu:", "jan napisał:"
    r"[\w.@'-]{1,30}(?: [\w.@'-]{1,30}){0,2} (?:says|wrote|writes|schreibt|schrieb|a écrit"
    r"|escreveu|schreef|napisał|napisała|skrev|написал|написала):"
    r"|.{1,60} on .{1,40} at .{1,12} (?:said|says|wrote):"
)
_COMMENT_STAMPS: Final = (
    r"rating: -?\d{1,6} votes?|\d{1,3} (?:seconds?|minutes?|hours?|days?|weeks?|months?)"
    r" ago(?: at .{1,12})?|reply|report|like|flag|permalink|upvote|downvote"
    # a comment policy addressed to the reader: "Thank you! Your comment will be reviewed by
    # the moderator ...", "ATENÇÃO: Comentários com textos ininteligíveis ... não serão
    # aprovados pelo moderador." Not "Your comment on the budget will be read by ..."
    r"|(?:thank you!? )?your comments? (?:will|may|must) be (?:reviewed|moderated|approved)"
    r".{0,300}"
    r"|(?:atenção: )?comentários (?:com|que|contendo|ofensivos) .{0,200}não serão"
    r" (?:aprovados|publicados).{0,200}"
)
# A comment form's own lines, as blog software (WordPress, and its hosted service) writes
# them under a post, in en, de, fr, es, it, pt, nl: "Enter your comment here...", "Fill in
# your details below or click an icon to log in:", "You are commenting using your
# WordPress.com account. ( Log Out / Change )", "Notify me of new comments via email.", "Your
# email address will not be published. Required fields are marked *", "Save my name, email,
# and website in this browser for the next time I comment.", "Gib hier deinen Kommentar ein
# ...", "Deine E-Mail-Adresse wird nicht veröffentlicht.", "Votre adresse e-mail ne sera pas
# publiée.". Not: "Your email address will be shared with the council, the agency said."
_EMAIL: Final = r"e-?mail"
_COMMENT_FORM: Final = (
    r"enter your comment here ?(?:\.{3}|…)?"
    r"|fill in your details below or click an icon to log in:?"
    r"|you are commenting using your [\w. -]{1,40} account\.?(?: \( ?log ?out / change ?\))?"
    rf"|notify me of (?:new comments|follow-up comments|new posts)(?: (?:via|by) {_EMAIL})?\.?"
    rf"|save my name, {_EMAIL},? and website in this browser for the next time i comment\.?"
    rf"|your {_EMAIL} address will not be published\.?(?: required fields are marked \*?\.?)?"
    rf"|{_EMAIL} \(address never made public\)|required fields are marked \*\.?"
    r"|gib hier deinen kommentar ein ?(?:\.{3}|…)?"
    r"|trage deine daten unten ein oder klicke ein icon um dich einzuloggen:?"
    r"|du kommentierst mit deinem [\w. -]{1,40}\.?(?: \( ?abmelden / ändern ?\))?"
    rf"|benachrichtigung bei weiteren kommentaren per {_EMAIL} senden\.?"
    rf"|informiere mich über neue beiträge per {_EMAIL}\.?"
    rf"|deine {_EMAIL}-adresse wird nicht veröffentlicht\.?"
    r"(?: erforderliche felder sind mit \*? ?markiert\.?)?"
    rf"|meinen namen, meine {_EMAIL}-adresse und meine website in diesem browser speichern,"
    r" bis ich wieder kommentiere\.?"
    rf"|{_EMAIL} \(adresse wird niemals veröffentlicht\)"
    rf"|votre adresse (?:{_EMAIL}|de messagerie) ne sera pas publiée\.?"
    r"(?: les champs obligatoires sont indiqués avec \*\.?)?"
    rf"|enregistrer mon nom, mon {_EMAIL} et mon site(?: web)? dans le navigateur pour mon"
    r" prochain commentaire\.?"
    r"|tu dirección de correo electrónico no será publicada\.?"
    r"(?: los campos obligatorios están marcados con \*\.?)?"
    r"|guarda mi nombre, correo electrónico y web en este navegador para la próxima vez que"
    r" comente\.?"
    rf"|il tuo indirizzo {_EMAIL} non sarà pubblicato\.?"
    r"(?: i campi obbligatori sono contrassegnati \*\.?)?"
    r"|salva il mio nome, email e sito web in questo browser per la prossima volta che"
    r" commento\.?"
    rf"|o seu endereço de {_EMAIL} não será publicado\.?"
    r"(?: campos obrigatórios são marcados com \*\.?)?"
    rf"|je {_EMAIL}adres wordt niet gepubliceerd\.?(?: vereiste velden zijn gemarkeerd met \*\.?)?"
)
COMMENT_META: Final = _compile(f"{_COMMENT_AUTHOR}|{_COMMENT_STAMPS}|{_COMMENT_FORM}")

# Paywall and analytics metadata, "Key: value" short lines a tracker renders into the page.
# Matches "Article type: metered", "User Status:", "Campaign ID: 46", "Cxense type: free",
# "Wordcount: 717", and the publishing stamps a page prints with them: "Published: Nov. 19,
# 2019, 6:18 p.m. Updated: ...", "Updated at 1:23 p.m.".
# Not: "Related: SpaceX's Starship and Super Heavy Mars Rocket in Pictures" (see RELATED_LINE)
# and not a sentence with a colon ("He said: we are ready to go.") because the value is short
# and the key is at most four words; not "Updated figures showed growth." nor "Posted at the
# embassy in 2010, he said ..." (a stamp is a date or a time right after its word).
# A tracker's "key: value" (what ``_table_of`` checks first: the colon).
_TRACKER_KEY: Final = (
    r"(?:[\w-]{1,20} ){0,3}(?:type|status|id|access status|access|tier|segment|paywall|meter"
    r"|metered|campaign|wordcount|word count)(?: \w{1,20})?: ?[\w .-]{0,30}"
)
_STAMPS: Final = (
    r"(?:site|arena|pagetype|section|slug|sport|route): .{0,80}\|.{0,2000}"
    r"|(?:published|updated|posted|last updated|last modified)(?: on| at)?(?::| on| at) ?"
    r"(?:\d{1,2}:\d{2}|\w{3,9}\.? \d{1,2}\b|\d{1,2}\.? \w{3,9}\b|\d{4}-\d{2}-\d{2})"
    r"[\w ,.:|/-]{0,100}"
)
PAYWALL_METADATA: Final = _compile(f"{_TRACKER_KEY}|{_STAMPS}")

# Calls to action. "Join our Telegram channel to get our Evening Alerts...", "Sign up for our
# newsletter", "Subscribe now", "Follow us on Twitter", "Click here to ...", "Download our app",
# "Abonnez-vous", "Jetzt abonnieren", "Suscríbete". Not: "The union asked members to join the
# strike." (must start the line with the imperative), and not "Like many others, the firm
# said the story was..." or "Follow-up talks are set for today." (only unambiguous openers).
CALL_TO_ACTION: Final = _compile(
    r"(?:join our|join us|join the|follow us|follow @|subscribe|sign up|signup|register|log ?in"
    r"|download|click|tap|continue reading|donate|get our|get the latest|share this"
    r"|abonnez|abonnieren|jetzt|suscr[ií]bete|iscriviti|inscrivez|s'abonner|abonneer"
    # pt, nl, pl, sv, ru: "Assine", "Siga-nos", "Volg ons", "Zapisz się", "Obserwuj nas",
    # "Prenumerera", "Följ oss", "Подпишитесь", "Подписывайтесь"
    r"|assine|inscreva-se|cadastre-se|siga-nos|siga o|receba|volg ons|meld je aan"
    r"|schrijf je in|zapisz się|subskrybuj|zaprenumeruj|obserwuj nas|pobierz|prenumerera"
    r"|följ oss|registrera dig|ladda ner|подпишитесь|подписывайтесь|подписаться на|скачайте"
    r"|следите за"
    # de, fr, es, it: "Folgen Sie uns auf Twitter", "Suivez-nous sur Facebook", "Síguenos en
    # Instagram", "Seguici su Facebook"
    r"|folgen sie uns|folge uns|suivez-nous|síguenos|seguici)"
    r"\b.{0,160}"
    r"\b(?:newsletters?|channel|alerts?|updates|app|here|now|free|today"
    # a network's name, inflected too: "na Twitterze", "в Telegram", "no Instagram"
    r"|(?:twitter|facebook|instagram|telegram|whatsapp|linkedin|youtube)\w{0,4}"
    r"|podcast|subscription|subscribe|account"
    r"|inbox|story|article|tips?|friend|journalism|below|abonnement|kostenlos|gratis|ici|hier"
    r"|notícias|grátis|aqui|canal|nieuwsbrief|newslettera|kanał|aplikację|nyhetsbrev|appen"
    r"|här|рассылку|канал|новости|приложение|бесплатно|здесь)"
    r"\b.{0,80}"
    # Newsletter forms, promotions and contact lines: "Thanks for signing up!", "Please
    # check the opt-in box ...", "I agree that CBS Sports can send me ...", "Subscribe to our
    # sister title ...", "Listen to Newsbeat live at 12:45 ...", "Get Motor Cycle Monthly
    # delivered through your letterbox ...", "Email Tariq Malik at tmalik@space.com ...".
    # (A newsletter's name, "Pick Six Newsletter", and a question before the imperative:
    # ``lexicon_category``.) Not: "The newsletter, which has two million readers, was sold."
    # nor "Listen to the tapes and you will hear a different story."
    r"|(?:thanks|thank you) for (?:signing up|subscribing)\b.{0,80}"
    r"|there was (?:a problem|an error) (?:subscribing|signing|processing your subscription)"
    r".{0,200}|please check the opt-in box.{0,120}|i agree that .{1,60} (?:can|may) send me"
    r".{0,160}|keep an eye on your inbox.{0,80}"
    r"|(?:subscribe|sign up) (?:to|for) (?:our|the) .{1,200}"
    r"|listen (?:to .{1,60} )?(?:live|again|back)\b.{0,160}"
    r"|get .{1,80}? (?:delivered )?(?:straight |right |directly )?(?:to|through|in|into) your"
    r" (?:email )?(?:inbox|door|letterbox)\b.{0,200}"
    r"|email [\w .'’-]{1,40} at [\w.+-]{1,64}@[\w.-]{1,64}\b.{0,200}"
    r"|(?:subscribe|sign in|log in|sign up|register|share|tweet|print|email|save|comment"
    r"|advertisement|advertising|sponsored|sponsored content|ad|ads|skip ad|close"
    r"|continue reading(?: below)?|read more|show more|load more|see more"
    r"|facebook|twitter|whatsapp|linkedin|pinterest"
    r"|reddit|messenger|copy link|copied|shares?|werbung|anzeige|publicit[ée]|publicidad"
    r"|pubblicit[àa]|partager|teilen|compartir|condividi|lire la suite|weiterlesen|leer m[áa]s"
    r"|plus|more on this story|follow|subscribe now|sign up now"
    # pt, nl, pl, sv, ru share, advertisement and read-more labels: "Compartilhar",
    # "Advertentie", "Udostępnij", "Annons", "Читать далее"
    r"|compartilhar|partilhar|publicidade|anúncio|leia mais|continue lendo|delen"
    r"|advertentie|lees meer|lees verder|udostępnij|reklama|czytaj więcej|czytaj dalej|dela"
    r"|annons|läs mer|läs vidare|поделиться|реклама|читать далее|читать полностью"
    r"|подробнее"
    # de, fr, es, it labels: "Newsletter abonnieren", "Jetzt abonnieren", "Drucken",
    # "Artikel teilen", "Mehr lesen", "Hier anmelden", "S'abonner", "Imprimer",
    # "Suscríbete", "Imprimir", "Abbonati", "Leggi tutto", "Stampa"
    r"|newsletter abonnieren|jetzt abonnieren|abonnieren|drucken|artikel teilen|mehr lesen"
    r"|(?:hier |jetzt )?anmelden|einloggen|s'abonner|abonnez-vous|imprimer|se connecter"
    r"|connexion|suscríbete|suscribirse|imprimir|iniciar sesión|abbonati|leggi tutto"
    r"|leggi di più|stampa|accedi)[ .!:»>›]{0,3}"
    r"|this (?:article|content|story) is (?:for|only available to) (?:subscribers|members)"
    r".{0,80}|(?:you have|you've) (?:reached|read) .{0,80}(?:free )?(?:articles?|stories)"
    r".{0,80}|(?:subscribe )?to continue reading.{0,120}|already a subscriber\?.{0,80}"
    # Paywall notices: "Dieser Artikel ist nur für Abonnenten", "Cet article est réservé aux
    # abonnés", "Este conteúdo é exclusivo para assinantes", "Dit artikel is alleen voor
    # abonnees", "Ten artykuł jest dostępny tylko dla prenumeratorów", "Den här artikeln är
    # endast för prenumeranter", "Этот материал доступен только подписчикам"
    r"|dieser (?:artikel|beitrag|inhalt) ist (?:nur|exklusiv) (?:für|verfügbar für) abonnenten"
    r".{0,80}|cet article est réservé aux abonnés.{0,80}|este (?:conteúdo|contenido|artigo)"
    r" (?:é|es) (?:exclusivo )?(?:para|de) (?:assinantes|suscriptores).{0,80}"
    r"|dit artikel is (?:alleen|exclusief) (?:beschikbaar )?voor abonnees.{0,80}"
    r"|ten artykuł (?:jest )?(?:dostępny )?tylko dla (?:prenumeratorów|subskrybentów).{0,80}"
    r"|(?:den här|denna) artikeln? är (?:endast |bara )?för prenumeranter.{0,80}"
    r"|(?:этот|данный) материал доступен только(?: для)? подписчик(?:ам|ов).{0,80}"
    r"|we use cookies.{0,400}"
    # A site that says it uses cookies, in any of these words and after a label: "Privacy &
    # Cookies: This site uses cookies. By continuing ...", which every WordPress.com blog
    # shows ("Datenschutz & Cookies: Diese Website verwendet Cookies ..."), "Our site uses
    # cookies and other technologies ...", "Cette page utilise des cookies", "Esta web
    # utiliza cookies", "Deze website maakt gebruik van cookies"
    r"|(?:(?:privacy|datenschutz|confidentialité|privacidad|privacidade) (?:&|and"
    r"|und|et|y|e|en|i) cookies? ?: )?(?:this|our|diese|unsere|cette|ce|notre|esta|este"
    r"|nuestra|nuestro|questo|il nostro|deze|onze|o|ta|nasza|den här|denna) (?:web)?(?:site"
    r"|seite|page|sitio|página|pagina|sito|portal|blog|strona|webbplatsen|webbplats|web)"
    r"(?: web)? (?:uses|is using|may use|utilise|utiliza|usa|utilizza|verwendet|nutzt"
    r"|setzt|gebruikt|maakt gebruik van|używa|wykorzystuje|använder)"
    r" (?:des |i |los |las |as |os |plików )?cookies?\b.{0,400}"
    r"|(?:accept|reject|manage) (?:all )?(?:cookies|preferences|settings).{0,40}"
    r"|nous utilisons des cookies.{0,400}|wir verwenden cookies.{0,400}"
    r"|utilizamos cookies.{0,400}|utilizziamo (?:i )?cookie.{0,400}"
    # "Wij gebruiken cookies", "Strona używa plików cookies", "Vi använder cookies", "Мы
    # используем файлы cookie"
    r"|(?:wij gebruiken|we gebruiken) cookies.{0,400}"
    r"|(?:serwis|strona) (?:używa|wykorzystuje) (?:plików )?cookies?.{0,400}"
    r"|używamy (?:plików )?cookies?.{0,400}|vi använder cookies.{0,400}"
    r"|(?:мы используем|этот сайт использует|сайт использует) (?:файлы )?cookie.{0,400}"
    # and their settings links
    r"|cookie-einstellungen|paramètres des cookies|gestion des cookies"
    r"|configuración de (?:las )?cookies|impostazioni (?:dei )?cookie"
)

# Footer lines. "© 2019 Billboard. All Rights Reserved.", "Copyright 2021 The Associated
# Press.", "Privacy Policy", "Terms of Use", "Tous droits réservés". Not: "The copyright
# dispute went to court." nor "Copyright cases rose." (the mark, or "Copyright" + a year).
# "All rights reserved" anywhere in a short line (what ``_table_of`` checks first: the
# words themselves).
RIGHTS_RESERVED: Final = (
    "tous droits réservés",
    "alle rechte vorbehalten",
    "todos los derechos reservados",
    "tutti i diritti riservati",
    "todos os direitos reservados",
    "alle rechten voorbehouden",
    "wszelkie prawa zastrzeżone",
    "alla rättigheter förbehållna",
    "все права защищены",
)
# Legal notices under a site's articles: its trademarks, two of them or all others at once
# ("CBS Sports is a registered trademark of CBS Broadcasting Inc. Commissioner.com is a
# registered trademark of ...", "All other trademarks are the property of their respective
# owners": one "is a trademark of" is a sentence an article may hold), and the fixed
# disclaimer the United States require of dietary supplements.
_LEGAL_WORDS: Final = ("trademark", "marks are", "food and drug administration")
_RIGHTS: Final = (
    r".{0,200}all rights? reserved.{0,200}"  # "All right reserved", a common slip
    rf"|.{{0,120}}(?:{'|'.join(RIGHTS_RESERVED)}).{{0,120}}"
    r"|.{0,300}trademarks? of .{1,300}trademarks? of .{0,300}"
    r"|.{0,300}(?:trade)?marks are (?:the )?property of (?:their|its) (?:respective )?owners?"
    r".{0,300}"
    r"|\W{0,3}these statements have not been evaluated by the (?:u\.s\. )?food and drug"
    r" administration.{0,300}"
)
_FOOTER_LINES: Final = (
    # "ⓒ" too: Korean and Japanese sites' mark ("Copyright ⓒ Entermedia.co.kr", "ⓒ 연합뉴스")
    r"(?:[©ⓒ]|\(c\)|copyright [©ⓒ]? ?(?:\d{4}|[©ⓒ])).{0,300}"
    r"|(?:privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms & conditions|cookie"
    r" policy|cookies|contact(?: us)?|about(?: us)?|sitemap|site map|careers|jobs|faq|help"
    r"|accessibility|advertise(?: with us)?|impressum|datenschutz|mentions légales"
    r"|aviso legal"
    # de, fr, es, it: "Datenschutzerklärung", "Kontakt", "AGB", "Politique de confidentialité",
    # "Política de privacidad", "Informativa sulla privacy", "Chi siamo"
    r"|datenschutzerklärung|nutzungsbedingungen|kontakt|agb|über uns"
    r"|politique de confidentialité|conditions générales(?: d'utilisation)?|qui sommes-nous"
    r"|política de privacidad|términos y condiciones|contacto|quiénes somos"
    r"|informativa (?:sulla )?privacy|termini e condizioni|contatti|chi siamo"
    # pt, nl, pl, sv, ru: "Política de Privacidade", "Privacyverklaring", "Polityka
    # prywatności", "Integritetspolicy", "Политика конфиденциальности"
    r"|política de privacidade|termos de uso|fale conosco|expediente|privacybeleid"
    r"|privacyverklaring|algemene voorwaarden|polityka prywatności|regulamin"
    r"|integritetspolicy|kontakta oss|om oss|политика конфиденциальности"
    r"|пользовательское соглашение|контакты|о нас)[ .|]{0,3}"
    r"|this material may not be published, broadcast, rewritten,? or redistributed.{0,200}"
    # Reprint notices that a page shows in place of, or under, its article: "This copy is
    # for your personal, non-commercial use only. To order presentation-ready copies ...",
    # "Distribution and use of this material are governed by our Subscriber Agreement"
    r"|this copy is for your personal,? non-commercial use only.{0,300}"
    r"|distribution and use of this material are governed by.{0,300}"
    r"|to order presentation-ready copies.{0,300}"
    r"|this site is protected by recaptcha.{0,160}"
)
FOOTER: Final = _compile(f"{_FOOTER_LINES}|{_RIGHTS}")

# Heads of related-link lists: "Next In World", "Most popular", "Others Also Read",
# "Read more", "Related articles", "You may also like", "More from BBC News", "More
# Must-Reads From TIME", "More Top Stories From The Tribune", "Trending",
# "Don't miss", "See also", "More:", "Also:", "Lire aussi", "Mehr zum Thema". Not a sentence
# that happens to start with "More" or "Also".
RELATED_HEAD: Final = _compile(
    r"(?:next in|more (?:from|in|on|like this|(?:top |latest )?(?:stories|news|articles"
    r"|videos|headlines|must-reads|must reads|reads))|most"
    r" (?:popular|read|viewed|shared|commented|watched)|others also read|also read|read more"
    r"|read also|related(?: articles| stories| content| coverage| news| topics| links)?"
    r"|you (?:may|might) (?:also )?(?:like|be interested in)|recommended(?: for you| stories)?"
    r"|trending(?: now| stories)?|top stories|latest(?: news| stories)?|editor'?s picks"
    r"|popular(?: now| stories)?|what to read next|around the web|from our partners"
    r"|don'?t miss|see also"
    r"|lire aussi|à lire aussi|sur le même sujet|mehr zum thema|das könnte sie auch"
    r" interessieren|lee también|noticias relacionadas|leggi anche|ver también"
    # de, fr, es, it: "Lesen Sie auch", "Meistgelesen", "Mehr aus Politik", "Les plus lus",
    # "À lire également", "Te puede interesar", "Lo más leído", "I più letti", ...
    r"|lesen sie auch|auch interessant|meistgelesen(?:e artikel)?|weitere (?:artikel"
    r"|nachrichten|meldungen)|ähnliche artikel|zum thema|empfehlungen der redaktion|mehr aus"
    r"|lire également|à lire également|les plus lus|dans la même rubrique|vous aimerez aussi"
    r"|à voir aussi|articles similaires|(?:también )?te puede interesar|lo más leído"
    r"|más noticias|relacionad[oa]s?|potrebbe interessarti(?: anche)?|ti potrebbe interessare"
    r"|i più letti|articoli correlati|altre notizie"
    # pt, nl, pl, sv, ru: "Leia também", "Lees ook", "Czytaj także", "Läs också",
    # "Читайте также", "Самое читаемое"
    r"|leia também|veja também|notícias relacionadas|mais lidas|lees ook|meest gelezen"
    r"|gerelateerde artikelen|czytaj także|czytaj też|zobacz także|zobacz też"
    r"|najczęściej czytane|powiązane artykuły|läs också|läs även|mest lästa"
    r"|przeczytaj (?:też|także|również)|czytaj również|zobacz również|podobne artykuły"
    r"|polecamy|você pode gostar|ook interessant|meer nieuws|relaterat"
    r"|relaterade artiklar|читайте также|смотрите также|самое читаемое|по теме"
    r"|другие новости|новости по теме"
    r"|похожие (?:статьи|новости|материалы)"
    # ko, ja, zh: "관련기사", "많이 본 뉴스", "인기 기사", "関連記事", "人気記事", "相关新闻",
    # "热门文章", "推荐阅读"
    r"|관련 ?(?:기사|뉴스)|많이 본 ?(?:뉴스|기사|칼럼)|인기 ?(?:기사|뉴스)|주요 ?뉴스"
    r"|関連(?:記事|ニュース)|人気(?:記事|ニュース)|おすすめ記事"
    r"|相关(?:新闻|文章|阅读|報導|报道)|热门(?:文章|新闻)|推荐阅读)"
    r"\b[ \w:'’&-]{0,40}"
    r"|(?:more|also):"
)

# One related link: "Related: SpaceX's Starship ...", "READ MORE: ...", "Also: See Black
# Friday coverage at CNET", "Lire aussi : ...". Not: "Also on Monday, the council voted."
# (the label must be followed by a colon).
RELATED_LINE: Final = _compile(
    r"(?:related|read more|read also|also read|also|see also|more|watch|listen|lire aussi"
    r"|à lire aussi|mehr dazu|lesen sie auch|lee también|leggi anche|leia também|veja também"
    r"|lees ook|czytaj także|czytaj też|zobacz też|läs också|läs även|читайте также"
    r"|смотрите также)(?: \w{1,15})? ?: .{1,300}"
)

# Caption and photo furniture that is never body: "(Image credit: Blue Origin)",
# "Image 1 of 5", "Image copyright Getty Images", "Photo: AP", "Getty Images".
CAPTION_FURNITURE: Final = _compile(
    r"\(?(?:(?:main|top|lead|header) )?(?:image|photo|picture|video)"
    r"(?: credit| copyright| caption| source)?: ?.{1,200}"
    # a gallery's counter, "Image 1 of 8" or "Image 1 of / 8" (a gallery's own markup)
    r"|(?:image|photo|slide|picture) \d{1,3} of (?:/ )?\d{1,3}"
    r"|(?:image|media) (?:copyright|caption)"
    r" .{1,200}|getty(?: images)?(?: ?[-–] ?contributor)?|afp(?:/getty images)?|reuters"
    r"|ap photo|shutterstock"
    # de, fr, es, it credits: "Foto: dpa", "Bild: Reuters", "Photo : AFP", "Crédit photo :
    # AFP", "Imagen: EFE", "Foto: Ansa"
    # (singular: "Photos: Million-dollar cars for auction" is a gallery's teaser)
    r"|(?:foto|bild|photo|crédits? photos?|imagen|immagine|foto di) ?: ?.{1,120}"
    r"|(?:image|photo|media) (?:caption|copyright)|caption|back to (?:the )?gallery"
)

# Site navigation labels: "Home", "Menu", "Search", "Next Post", "Back to top", "Startseite",
# "Accueil", "Inicio". Not a sentence (whole-line match of the label only). Also a post's
# taxonomy line: "Filed under: Khawarij |", "Tags: ads, awareness, meth", "Posted in News",
# "Schlagwörter: ...", "Etiquetas: ...", "Теги: ...". Not "Tags were found on the birds."
# (a label needs its colon, or "posted in"/"filed under" and a few words only).
# The head of a list of tags, alone on its line: "Tags", "Temas", "Теги", "Schlagwörter".
_TAG_HEADS: Final = (
    r"tags|tagged|tagi|теги|метки|etiquetas|schlagwörter|schlagworte|themen|temas|tópicos"
    r"|assuntos|étiquettes|mots-clés|argomenti|keywords"
)
TAG_HEAD: Final = _compile(rf"(?:{_TAG_HEADS})[ :.]{{0,2}}")
NAVIGATION: Final = _compile(
    r"(?:home|homepage|menu|main menu|search|skip to (?:main )?content|back to top|top|more"
    r"|next|previous|next post|previous post|next article|previous article|sections|topics"
    r"|startseite|accueil|inicio|navigation|navigate|go|all sections|edition"
    # pt, nl, pl, sv, ru: "Página inicial", "Zoeken", "Strona główna", "Sök", "Главная"
    r"|página inicial|início|pesquisar|buscar|zoeken|strona główna|szukaj|startsida|sök"
    r"|meny|главная|поиск|меню"
    # de, fr, it: "Zur Startseite", "Suche", "Recherche", "Cerca"
    r"|zur startseite|suche|menü|recherche|rechercher|cerca|ricerca|pagina iniziale"
    rf"|{_TAG_HEADS})"
    r"[ .»>›]{0,3}"
    rf"|(?:filed under|tag|tagged with|posted in|categories|category|{_TAG_HEADS}) ?: .{{1,200}}"
    r"|(?:filed under|posted in) [\w'’&-]{1,30}(?: [\w'’&-]{1,30}){0,3}[ |]{0,3}"
)

_TABLES: Final[tuple[tuple[RemovalCategory, re.Pattern[str]], ...]] = (
    ("navigation", NAVIGATION),
    ("paywall_metadata", PAYWALL_METADATA),
    ("footer", FOOTER),
    ("related_headlines", RELATED_HEAD),
    ("related_headlines", RELATED_LINE),
    ("caption", CAPTION_FURNITURE),
    ("comments", COMMENT_META),
    ("call_to_action", CALL_TO_ACTION),
)


# The branches that may start anywhere in a line (".{0,200}all rights reserved", "<name>
# says:"): the regex engine tries them at every offset of every line, which was half the
# lexicon's time. They stay out of ``_ALL``, and ``_table_of`` tries each apart, only on a
# line that holds what any match of it holds (a colon; the words of a rights notice).
_TRACKER_BRANCH: Final = _compile(_TRACKER_KEY)
_RIGHTS_BRANCH: Final = _compile(_RIGHTS)
_RIGHTS_WORDS: Final = _compile("|".join(("all rights? reserved", *RIGHTS_RESERVED, *_LEGAL_WORDS)))
_AUTHOR_BRANCH: Final = _compile(_COMMENT_AUTHOR)
# The tables with floating branches: each without them.
_WITHOUT_FLOATING: Final = {
    PAYWALL_METADATA: _STAMPS,
    FOOTER: _FOOTER_LINES,
    COMMENT_META: f"{_COMMENT_STAMPS}|{_COMMENT_FORM}",
}
_ANCHORED: Final = tuple(_WITHOUT_FLOATING.get(pattern, pattern.pattern) for _, pattern in _TABLES)
# Their places in table order.
_PAYWALL, _FOOTER, _COMMENTS_TABLE = (
    [pattern for _, pattern in _TABLES].index(table) for table in _WITHOUT_FLOATING
)

# All tables in one alternation, tried in table order: one regex call per line instead of
# one per table. Group "t<i>" is table i.
_ALL: Final = _compile("|".join(f"(?P<t{i}>{source})" for i, source in enumerate(_ANCHORED)))


def _table_of(text: str) -> int | None:
    """The first table that matches the whole of ``text`` (case-folded and stripped)."""
    match = _ALL.fullmatch(text)
    found = len(_TABLES) if match is None or match.lastgroup is None else int(match.lastgroup[1:])
    # The floating branches, in table order, each only where it would come first.
    if found > _PAYWALL and ":" in text and _TRACKER_BRANCH.fullmatch(text):
        return _PAYWALL
    if found > _FOOTER and _RIGHTS_WORDS.search(text) and _RIGHTS_BRANCH.fullmatch(text):
        return _FOOTER
    if found > _COMMENTS_TABLE and text.endswith(":") and _AUTHOR_BRANCH.fullmatch(text):
        return _COMMENTS_TABLE
    return found if found < len(_TABLES) else None


# Lines longer than this are prose for the lexicon's purposes: no pattern is tried on them,
# which bounds the work per line whatever the input.
MAX_LEXICON_CHARS: Final = 500
# A question read past before a call to action is at most this long.
MAX_QUESTION_CHARS: Final = 42
_NEWSLETTER: Final = ("newsletter", "newsletters")
MAX_LABEL_WORDS: Final = 5
_CLICK_HERE: Final = ("click here", "clicking here", "click here.", "clicking here.")
MAX_CLICK_WORDS: Final = 15
_EXPANDER: Final = ("... more", "...more", "… more", "…more")
_ELLIPSES: Final = ("…", "..")


def _folded(line: str) -> str:
    """A line as the tables read it: stripped and case-folded, without a trailing ellipsis
    (a label may trail off: "You may also like...", "Você pode gostar…", "Read more…")."""
    text = line.strip().casefold()
    return text.rstrip(".…").rstrip() if text.endswith(_ELLIPSES) else text


def lexicon_category(line: str) -> RemovalCategory | None:
    """The boilerplate category a whole line matches, or None.

    >>> lexicon_category("Campaign ID: 46")
    'paywall_metadata'
    >>> lexicon_category("Mali has the right to seek military support.") is None
    True
    """
    if len(line) > MAX_LEXICON_CHARS:
        return None
    text = _folded(line)
    table = _table_of(text)
    if table is None:
        # A short question before a call to action is read past: "Want more deals? Join
        # the IGN Deals Newsletter.", "Need more space? Subscribe to our sister title ..."
        # (found here, not in the pattern: one search instead of a try on every line).
        asked = text.find("? ", 0, MAX_QUESTION_CHARS)
        if asked > 0 and CALL_TO_ACTION.fullmatch(text, asked + 2):
            return "call_to_action"
        return _by_ending(text)
    return _TABLES[table][0]


def _by_ending(text: str) -> RemovalCategory | None:
    """What its last words make of a line (case-folded) that no table matched. (Most lines
    are prose: the ending is looked at before the words are counted.)"""
    # A newsletter's name as a label: "Pick Six Newsletter", "Most recent newsletter".
    if text.endswith(_NEWSLETTER) and text.count(" ") < MAX_LABEL_WORDS:
        return "call_to_action"
    # A link's words: "GET FOX BUSINESS ON THE GO BY CLICKING HERE".
    if text.endswith(_CLICK_HERE) and text.count(" ") < MAX_CLICK_WORDS:
        return "call_to_action"
    # A text cut short under its expander: a gallery's caption, "... relations... more".
    if text.endswith(_EXPANDER):
        return "caption"
    return None


def is_comment_start(line: str, following: Iterable[str]) -> bool:
    """Whether a line opens a comment section ("34 Comments", "Leave a Reply").

    ``following`` are the next few non-blank lines; a bare "Comments" needs one of them to
    be a comment's metadata ("Alex on May 2, 2018 at 6:34 am said:").
    """
    if len(line) > MAX_LEXICON_CHARS:
        return False
    folded = line.strip().casefold()
    if COMMENT_START.fullmatch(folded):
        return True
    return COMMENT_HEAD_WEAK.fullmatch(folded) is not None and any(
        COMMENT_META.fullmatch(n.strip().casefold()) for n in following if len(n) <= 200
    )


def is_tag_head(line: str) -> bool:
    """Whether a line heads a list of tags ("Tags", "Temas", "Теги")."""
    return len(line) <= 20 and TAG_HEAD.fullmatch(_folded(line)) is not None


def is_related_head(line: str) -> bool:
    """Whether a line heads a list of related links ("Most popular", "Next In World")."""
    return len(line) <= 60 and RELATED_HEAD.fullmatch(_folded(line)) is not None
