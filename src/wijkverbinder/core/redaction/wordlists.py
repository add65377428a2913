"""Word lists for the redaction rules: what to keep, what marks a name, what ends a street.

deduce is tuned for medical notes; in a wijkteam's notes some ordinary words look like names
(shop chains, weekdays, "Jeugd", "de buurman"). The lists below are our own; they steer the
rules in `names.py` and `patterns.py`. All comparisons are on lower-cased text.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words in `text`."""
    return frozenset(text.split())


#: Titles and forms of address: they introduce a name but are not part of it, so they stay.
TITLES: frozenset[str] = _words(
    """
        dhr dr drs ds fam familie heer ing ir mej meneer mevr mevrouw mijnheer mnr mr mw
        prof
    """
)

#: Relations and roles a professional writes in front of a name ("buurman Jan", "zoon Daan").
ROLE_WORDS: frozenset[str] = _words(
    """
        benedenbuurman benedenbuurvrouw bewoner bewoonster bovenbuurman bovenbuurvrouw
        broer buurman buurvrouw client cliënt conciërge dochter huismeester huurder
        jongerenwerker kartrekker man mantelzorger moeder neef nicht oma oom opa
        overbuurman overbuurvrouw partner tante vader vriend vriendin vrijwilliger vrouw
        wijkagent zoon zus zuster
    """
)

#: Sentence-opening and function words deduce sometimes glues to the front of a name.
LEADING_NOISE: frozenset[str] = _words(
    """
        belde bij contact daarna dat die door dus en gesprek gesproken gisteren
        huisbezoek maar melding meldt met morgen nu of ook samen sprak toen vanavond
        vandaag vanmiddag vanmorgen verder vertelt via volgens voor want zegt
    """
)

#: Words and phrases that must never become [NAAM] on their own (shops, organisations,
#: weekdays, months, holidays, words of the social domain that deduce knows as names).
KEEP_PHRASES: frozenset[str] = _words(
    """
        action ah aldi april augustus blokker buurman buurthuis buurtkamer buurvrouw
        coop corporatie december dinsdag dirk divali donderdag etos februari gemeente
        ggd hema hoogvliet humanitas januari jeugd jeugdzorg juli jumbo juni kerk kerst
        kerstmis koningsdag kringloop kruidvat lidl maandag maart mei mitros moskee
        november offerfeest oktober oud pasen pinksteren plus politie portaal ramadan
        september sinterklaas spar suikerfeest vestia voedselbank vomar vrijdag wijkteam
        wmo woensdag woonstad ymere zaterdag zeeman zondag zonnebloem
    """
) | frozenset({"albert heijn", "keti koti", "leger des heils", "oud en nieuw", "veilig thuis"})

#: Words naming a facility: a capitalised name right after them is the facility's name
#: ("Buurthuis De Linde", "basisschool De Regenboog"), not a person.
FACILITY_WORDS: frozenset[str] = _words(
    """
        basisschool buurtcentrum buurthuis café complex flat kerk moskee restaurant
        school speeltuin sportvereniging stichting supermarkt verpleeghuis voetbalclub
        wijkcentrum winkelcentrum zorgcentrum
    """
)

#: Endings of Dutch (and Frisian) street names, used to recognise "<street> <number>".
STREET_SUFFIXES: tuple[str, ...] = (
    "straat",
    "strjitte",
    "laan",
    "leane",
    "weg",
    "wei",
    "plein",
    "gracht",
    "kade",
    "singel",
    "dijk",
    "dyk",
    "dreef",
    "hof",
    "park",
    "pad",
    "paad",
    "steeg",
    "markt",
    "baan",
    "dam",
    "wal",
    "plantsoen",
    "erf",
    "veld",
    "haven",
    "ring",
    "boulevard",
    "allee",
    "hoeve",
    "oord",
    "rade",
    "kanaal",
)

#: Capitalised words that may precede a street name ("Burgemeester de Withstraat").
STREET_PREFIXES: frozenset[str] = _words(
    """
        't burg. burgemeester de den der derde dokter dr. eerste generaal graaf gravin
        grote hertog het hoge jonkheer kleine koning koningin korte lage lange meester
        mr. nieuwe noord oost oude pastoor president prins prinses prof. professor sint
        st. tweede van west zuid
    """
)

#: Interfixes after which deduce may wrongly continue a name into a place ("uit de Dorpsstraat").
PLACE_PREPOSITIONS: frozenset[str] = frozenset({"uit", "aan", "bij", "in", "op", "van", "naar"})

#: Words that mark a date as a date of birth when they come just before it.
BIRTH_CUES: tuple[str, ...] = (
    "geboren",
    "geb.",
    "geb ",
    "geboortedatum",
    "geboortedag",
    "verjaardag",
    "jarig",
    "°",
)
