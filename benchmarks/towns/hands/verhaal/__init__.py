"""Hand `verhaal`: residents telling their story in spoken Dutch.

The core text is wrapped in a story: an opening that fits how the resident got in touch, one or
two digressions that have nothing to do with the matter, a feeling, and a closing line.
"""

from __future__ import annotations

import random

from benchmarks.towns.hands.verhaal.matters import MATTERS
from benchmarks.towns.hands.verhaal.themes_overlast import THEMES as _OVERLAST
from benchmarks.towns.hands.verhaal.themes_veiligheid import THEMES as _VEILIGHEID
from benchmarks.towns.hands.verhaal.themes_welzijn import THEMES as _WELZIJN
from benchmarks.towns.texts import Hand

SLOTS: dict[str, tuple[str, ...]] = {
    "buren": (
        "de mensen boven mij",
        "de buren naast ons",
        "die nieuwe mensen hiernaast",
        "de familie onder ons",
        "de overburen",
        "de buurman van de hoek",
        "die jonge mensen die er sinds kort wonen",
        "de buren aan de achterkant",
        "de mevrouw naast mij",
        "het stel boven ons",
    ),
    "tijd": (
        "'s nachts",
        "midden in de nacht",
        "'s avonds laat",
        "vroeg in de ochtend",
        "in het weekend",
        "als het donker wordt",
        "na het avondeten",
        "rond middernacht",
        "als iedereen slaapt",
        "zo tegen tweeën",
    ),
    "duur": (
        "een week of drie",
        "sinds de zomer",
        "al een paar maanden",
        "al bijna een jaar",
        "sinds de kerst",
        "een maand of twee",
        "al veel te lang",
        "sinds het voorjaar",
        "al sinds we hier wonen",
        "sinds een paar weken",
    ),
    "plek": (
        "bij het pleintje achter de flat",
        "bij de ingang van de supermarkt",
        "in het park",
        "op het grasveld",
        "bij de speeltuin",
        "bij het bushokje",
        "achter de garageboxen",
        "bij de kerk",
        "op de hoek",
        "langs het water",
        "bij de school",
        "onder de galerij",
        "bij het winkelcentrum",
        "bij het bruggetje",
    ),
    "leeftijd": ("twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien"),
    "kinderen": (
        "drie kinderen",
        "twee kleintjes",
        "een tweeling",
        "vier kinderen",
        "mijn zoon en dochter",
    ),
    "verderop": (
        "verderop in de straat",
        "schuin tegenover ons",
        "op de hoek",
        "drie deuren verder",
        "aan de overkant",
    ),
    "pleintje": (
        "op het pleintje",
        "op het plein bij de flat",
        "bij de bankjes op het plein",
        "op dat plein achter de winkels",
    ),
    "familie": (
        "mijn dochter",
        "mijn zoon",
        "mijn zus",
        "mijn man",
        "mijn kleinzoon",
        "mijn schoonmoeder",
        "mijn broer",
        "mijn vriendin",
        "mijn buurvrouw van vroeger",
    ),
    "ergens": (
        "in Zeeland",
        "in Groningen",
        "in Spanje",
        "in het oosten van het land",
        "in Amerika",
        "aan de andere kant van de stad",
    ),
}

_OPENINGS: dict[str, tuple[str, ...]] = {
    "telefoon": (
        "Ja, goedemiddag, ik bel eigenlijk over iets waar ik al een tijdje mee rondloop.",
        "Hallo, ik weet niet of ik bij u goed zit, maar ik probeer het gewoon.",
        "Ja, met mij, ik had u vorige week al eens gebeld, maar ik wilde het nog een keer zeggen.",
        "Goedemorgen, u spreekt met een bewoner, ik wil graag iets kwijt.",
        "Ik bel maar even, want mijn dochter zei: bel nou gewoon, dan weet je het.",
    ),
    "spreekuur": (
        "Ik kom even langs, want ik zag dat u hier zat.",
        "Ik loop al een paar weken te twijfelen of ik zou komen, maar nu ben ik er dan.",
        "Ik kom eigenlijk voor iets anders, maar nu ik hier toch ben.",
        "Ik wil u niet lang ophouden, maar ik moet dit even kwijt.",
    ),
    "huisbezoek": (
        "Fijn dat u er bent, gaat u zitten. Wilt u koffie? Nou, het zit zo.",
        "Ik ben blij dat er eindelijk iemand langskomt, want ik zit er echt mee.",
        "Kijk, u ziet het zelf al, maar ik zal het u vertellen.",
    ),
    "melding_openbare_ruimte": (
        "Hierbij wil ik iets melden.",
        "Ik weet niet of dit het goede formulier is, maar ik doe het toch.",
        "Ik meld dit omdat het zo niet langer kan.",
    ),
    "": (
        "Nou, waar zal ik beginnen.",
        "Ik zal het u eerlijk zeggen.",
        "Kijk, ik ben niet iemand die snel klaagt, dat moet u weten.",
        "Ik woon hier nu {jaren} en ik heb nooit ergens over geklaagd, maar nu moet ik toch iets zeggen.",
        "Het is misschien een beetje een lang verhaal, hoor.",
        "Ik weet niet of het belangrijk is, maar ik wil het toch gezegd hebben.",
        "U zult wel denken, daar heb je er weer een.",
        "Het is eigenlijk {familie} die zei dat ik het moest melden.",
        "Weet u, ik heb er lang over nagedacht of ik hier iets mee moest.",
        "Ja, hoe zeg ik dat.",
    ),
}
_DIGRESSIONS = (
    "{Familie} zegt altijd dat ik me er niet zo druk om moet maken, maar die woont {ergens}, die heeft makkelijk praten.",
    "Ik heb hier vroeger nog bij de bakker op de hoek gewerkt, toen was alles anders, toen kende iedereen elkaar.",
    "Mijn knie is ook niet meer wat het was, ik ben vorig jaar geopereerd, maar dat terzijde.",
    "Ik had het er laatst nog over met {familie}, op een verjaardag, en die had precies hetzelfde meegemaakt {ergens}.",
    "We hadden vroeger een hond, een hele lieve, maar die is overleden, en sindsdien loop ik minder buiten.",
    "Ik was eigenlijk net terug van vakantie, we waren een weekje weg geweest, lekker, en toen begon het weer.",
    "Ik kook nog elke dag vers, dat vind ik belangrijk, ook al ben ik alleen.",
    "Het weer helpt ook niet mee, hè, al die regen, je wordt er somber van.",
    "{Familie} is verpleegkundige, die werkt in nachtdiensten, dus die slaapt overdag, en die merkt het ook.",
    "Ik heb trouwens ook nog een keer een brief gestuurd, maar daar heb ik nooit meer iets van gehoord, maar dat is een ander verhaal.",
    "Ik lees veel, ik ben lid van de bibliotheek, dus ik zit vaak bij het raam.",
    "Mijn kleindochter is net geslaagd, daar zijn we zo trots op, maar goed, daar belt u niet voor.",
    "Vroeger werkte ik bij de post, dus ik ken deze buurt als mijn broekzak.",
    "We hebben net de keuken laten doen, dat heeft ook weken geduurd, stof overal.",
    "Ik moet eerlijk zeggen dat ik het ook druk heb met mijn moeder, die woont in een verpleeghuis.",
    "Mijn man is er niet zo van om te klagen, die zegt altijd: laat maar, het gaat vanzelf over.",
    "Ik speel elke donderdag nog klaverjassen, dat is mijn uitje.",
    "De kat van de buren komt trouwens altijd bij mij zitten, die vindt het hier gezelliger, zegt mijn man.",
    "Mijn zoon heeft net een nieuwe baan, in de haven, hij moet heel vroeg op.",
    "Ik ben zelf ook geen heilige, hoor, ik zet de radio ook weleens hard als ik aan het schoonmaken ben.",
    "Ik heb in mijn leven al in vijf verschillende steden gewoond, maar hier voelde ik me altijd thuis.",
    "We hebben trouwens ook al twee keer een andere woning aangevraagd, maar de wachtlijsten, nou ja.",
    "Ik heb suikerziekte, dus ik moet ook op mijn eten letten, maar dat staat er los van.",
    "Het is ook zo'n gedoe met die nieuwe bussen, die rijden nu een andere route, maar goed.",
    "Mijn buurvrouw van vroeger, die is naar een aanleunwoning verhuisd, die mis ik wel.",
    "Ik heb vroeger in de zorg gewerkt, dus ik weet hoe druk u het heeft.",
    "Mijn kleinkinderen komen elke woensdag, dan is het hier altijd een gezellige chaos.",
    "Ik probeer zelf ook wel positief te blijven, ik doe elke ochtend mijn oefeningen.",
    "Het duurde trouwens ook een kwartier voor ik u aan de lijn had, maar dat geeft niet.",
    "Over de tuin wil ik het nu niet eens hebben, dat is weer een heel ander verhaal.",
)
_FEELINGS = (
    "Ik word er gewoon moe van.",
    "Ik slaap er slecht van, echt waar.",
    "Het maakt me verdrietig, als ik eerlijk ben.",
    "Ik ben er eigenlijk een beetje bang van geworden.",
    "Ik word er zo boos om, ik kan het niet goed uitleggen.",
    "Het zit me gewoon niet lekker.",
    "Ik voel me er machteloos door.",
    "Ik schaam me er eigenlijk een beetje voor dat ik hierover begin.",
    "Mijn man zegt dat ik er te veel mee bezig ben, en misschien heeft hij gelijk.",
    "Ik heb er al een paar keer om gehuild, dat zeg ik u eerlijk.",
    "Het vreet aan me.",
    "Ik ben er echt klaar mee.",
)
_CLOSINGS = (
    "Nou ja, ik wilde het toch even gezegd hebben.",
    "Ik hoop dat u er iets mee kunt.",
    "Als u er iets mee kunt doen, graag, en anders weet u het in elk geval.",
    "U mag me altijd terugbellen, hoor.",
    "Ik ben benieuwd of er iets gaat gebeuren, eerlijk gezegd heb ik er niet veel vertrouwen in.",
    "Ik wil niet dat iemand weet dat ik dit gezegd heb, dat begrijpt u.",
    "Ik hoor het wel.",
    "Zo, nu is het eruit.",
    "Dank u wel dat u even luistert, dat doet al goed.",
    "Ik weet ook wel dat u niet alles kunt oplossen.",
    "Misschien zijn er meer mensen die er last van hebben, dat zou me niks verbazen.",
    "Ik zou het fijn vinden als er eens iemand komt kijken.",
)
_JAREN = (
    "dertig jaar",
    "twaalf jaar",
    "een jaar of vijf",
    "bijna veertig jaar",
    "pas twee jaar",
    "zo'n twintig jaar",
)


def frame(rng: random.Random, core: str, source: str) -> str:
    """Wrap the core in an opening, digressions, a feeling and a closing."""
    parts: list[str] = []
    if rng.random() < 0.8:
        pool = _OPENINGS.get(source, ()) if rng.random() < 0.5 else ()
        parts.append(rng.choice(pool or _OPENINGS[""]))
    middle = [core]
    for _ in range(rng.choice((0, 1, 1, 1, 2, 2))):
        middle.insert(rng.randint(0, len(middle)), rng.choice(_DIGRESSIONS))
    parts.extend(middle)
    if rng.random() < 0.6:
        parts.append(rng.choice(_FEELINGS))
    if rng.random() < 0.7:
        parts.append(rng.choice(_CLOSINGS))
    text = " ".join(parts)
    text = text.replace("{jaren}", rng.choice(_JAREN)).replace(
        "{ergens}", rng.choice(SLOTS["ergens"])
    )
    if "{familie}" in text or "{Familie}" in text:
        family = rng.choice(SLOTS["familie"])
        text = text.replace("{familie}", family).replace(
            "{Familie}", family[:1].upper() + family[1:]
        )
    return text


HAND = Hand(
    name="verhaal",
    themes={**_OVERLAST, **_VEILIGHEID, **_WELZIJN},
    matters=MATTERS,
    slots=SLOTS,
    frame=frame,
    repeat_prefixes=(
        "Ik heb dit al eerder gemeld, maar er is niks gebeurd. ",
        "Daar ben ik weer, sorry. ",
        "Nogmaals, want er verandert niks: ",
        "Ik meld het opnieuw. ",
    ),
    repeat_suffixes=(
        ". En het is nog steeds zo.",
        ". Wanneer gebeurt er nou eens iets?",
        ". Ik blijf het melden tot er iets gebeurt.",
        ". Ik heb het al vaker gezegd.",
    ),
)
