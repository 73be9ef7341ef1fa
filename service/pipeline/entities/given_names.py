"""Common given names, for telling a person from an organisation when the model hesitates.

"Jeanine Pirro" labelled ORG, "Mason Rudolph" labelled ORG: a first word that is a common
given name is evidence of a person. The list is hand-made from the most frequent given
names in English-language news (US/UK census top names plus names frequent in world news:
Arabic, Slavic, Romance, South and East Asian, African), and the given names of the
sportspeople and politicians of wire copy from every European language ("Petr Korda", "Jan
Siemerink", "Laurent Jalabert"). It is evidence, not a verdict:
an organisation suffix ("Foundation") or the alias table still wins. Names that often
start company names ("Morgan Stanley", "Grant Thornton", "Chase", "Dean Foods", "Ross
Stores", "Carter's") are left out on purpose.
"""

from __future__ import annotations

from functools import lru_cache

GIVEN_NAMES = frozenset(
    """
    james john robert michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy
    christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse
    bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy
    vincent ralph eugene russell bobby philip louis mike tom bill jim bob steve chris dan
    matt tony nick ben sam greg alex fred ted tim jon ron ken jeff rick ed phil andy
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy
    betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
    catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
    christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
    ann sara madison frances kathryn janice jean abigail alice julia judy sophia grace
    denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
    charlotte marie kayla alexis lori jeanine kate jane sue liz meg
    mohammed muhammad mohamed mohammad mahmoud ahmed ahmad ali hassan hussein omar abdul
    abdullah abdel ibrahim mustafa khalid yusuf youssef tariq faisal salman hamad nasser
    fatima aisha layla recep tayyip
    vladimir sergei sergey dmitry dmitri alexei alexey andrei andriy igor oleg mikhail
    yuri viktor volodymyr petro olena olga natalia natalya elena yulia irina tatiana
    ivan boris nikolai pavel maxim anton
    carlos luis jorge pedro miguel javier francisco antonio manuel fernando ricardo
    alejandro diego sergio rafael andres gustavo alberto enrique eduardo raul pablo
    ana lucia carmen rosa isabel gabriela claudia paula
    pierre francois jacques michel emmanuel nicolas philippe olivier laurent thierry
    marine ségolène segolene hans klaus wolfgang jurgen olaf friedrich angela ursula
    giuseppe giovanni giorgia matteo marco luca mario sergio silvio paolo francesco
    narendra rahul amit raj sanjay vijay arvind anil sunil manmohan imran nawaz shehbaz
    benazir asif priya sonia indira
    xi li wang zhang liu chen yang wei jun kim park lee moon yoon shinzo fumio yoshihide
    kishida taro hiroshi
    bola muhammadu olusegun goodluck cyril jacob uhuru william raila paul yoweri abiy
    emmerson nelson kofi kwame
    brad chad colton linus connor blake brett jonas mason liam lucas oliver owen caleb
    isaac luke hunter evan cole wyatt levi jayden jaxon landon cameron derek
    troy shane travis dustin cody trevor marcus jared spencer garrett mitchell craig todd
    neil glenn howard leon lance curtis clint reid seth brent darren
    colin graham ian nigel simon rory callum declan hamish gareth rhys dylan finn
    emma ava mia chloe zoe lily ella aria nora riley layla leah audrey claire sadie ellie
    naomi ruby alyssa molly jenna erin holly tara kristen kristi kristin shannon tiffany
    vanessa veronica monica erica wendy tracy stacy jill dana tina gina paige
    caroline elisabeth penelope fiona sienna harriet imogen priti nadia yasmin leila
    dmitri yevgeny evgeny evgenii semyon konstantin arkady ruslan rustem vitali vitaly
    jens lars sven nils henrik magnus mats ole erik anders karl kurt helmut gerhard
    jean-claude jean-luc jean-yves jean-marc jean-pierre luc yves herve didier
    recep kemal mehmet ahmet hakan murat emre
    xavier joao jair lula rodrigo rui nuno tiago
    naveen rajiv ravi suresh ramesh mukesh anand ashok deepak ajay vikram
    hiroshi takeshi kenji akira yuki haruki
    romain antoine julien mathieu sebastien stephane christophe alain fabien florent
    guillaume jerome cedric arnaud benoit ugo alessandro gianluca roberto fabio luigi
    stefano massimo gianfranco feliciano joaquin ignacio marcelo felipe gonzalo emilio
    luiz paulo marcos pieter hendrik willem johannes
    iker xavi stefan matthias uwe dieter lothar bastian johan ruud arjen wim zlatan hristo
    gheorghe davor goran dejan zoran predrag slobodan richie
    andre bernard fabrice franck gilles lionel ludovic pascal regis sylvain yannick frederic
    damien gael loic marcel rene gerard henri juergen joerg horst manfred rainer werner
    guenter gunter ulrich rudi jupp franz fritz torsten thorsten jan joost dirk kees henk bart
    edwin youri bjorn gunnar vegard ola stig jari jukka mika mikko kimi teemu pernilla claudio
    enrico vincenzo sergi jordi alvaro arantxa conchita petr jiri tomas vaclav karel jaroslav
    zdenek miroslav ludek marek jakub lukasz piotr krzysztof andrzej tomasz grzegorz wojciech
    jerzy janusz jana iva laszlo istvan zoltan gyorgy sandor ilie florin adrian dimitar yordan
    stoyan krasimir dragan zeljko milos nenad valery marat gennady anatoly nikita hicham
    noureddine haile kenenisa sachin sanath aravinda wasim waqar inzamam sourav saeed shoaib
    damon ernie pete allan hansie malivai steffi martina serena lindsay alonzo andreas
    anfernee anke arvydas ato bernhard clyde costantino courtney curtly detlef dikembe dino
    dominique donovan drazen eddie evander fabrizio frankie fredi glen hakeem isiah jamal
    javagal jimmy juwan kareem kenny kobe latrell lennox linford merv mitch moin mookie
    mushtaq naseem rasheed reggie riddick rik rubens saqlain sarunas scottie seve shaquille
    shawn shivnarine steffen stephon terrell toni ulf vin vlade wilt aamir ijaz
    """.split()  # noqa: SIM905 - word lists read better as text
)


@lru_cache(maxsize=1 << 16)  # asked of the same words again and again
def given_name(word: str) -> bool:
    """A common given name, also a double one written with a hyphen whose first half is one:
    "Anna-Karin", "Jean-Pierre", "Hans-Peter" (not "Hewlett-Packard")."""
    folded = word.casefold()
    if folded in GIVEN_NAMES:
        return True
    first, dash, second = folded.partition("-")
    return (
        bool(dash) and first in GIVEN_NAMES and second.isalpha() and word[len(first) + 1].isupper()
    )
