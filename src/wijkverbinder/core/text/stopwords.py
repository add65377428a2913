"""A Dutch stop-word list of our own.

Function words (articles, pronouns, prepositions, conjunctions, auxiliaries, common adverbs) plus
words that occur in almost every signal of a neighbourhood team and so carry no theme ("melding",
"bewoner", "wijk"). Compiled for this project; kept short on purpose so that words with meaning for
a theme (for example "alleen" for loneliness) stay in.
"""

from __future__ import annotations


def _words(block: str) -> list[str]:
    return block.split()


_FUNCTION_WORDS = _words(
    """
de het een en of maar want dus omdat als dan dat die dit deze daar hier er waar wat wie welk welke
ik jij je u hij hem zij ze wij we jullie zich mij me mijn mijne jouw jou uw zijn haar hun hen ons onze
men iemand iets alles niets niks elk elke ieder iedere sommige veel weinig meer meest minder
in op aan af bij door met naar om onder over tegen tot uit van voor na naast achter tussen zonder
binnen buiten langs sinds vanaf rond rondom via per
is ben bent was waren wordt worden werd werden zijn zijnde heb hebt heeft hebben had hadden kan
kunnen kon konden zal zullen zou zouden moet moeten moest mag mogen wil willen wilde doe doet doen
deed gaat gaan ging gingen komt komen kwam laat laten krijgen krijgt kreeg blijft blijven geweest
gedaan gehad gekomen gegaan
niet geen wel ook nog al toch nu dan toen zo zeer heel erg best echt even gewoon eigenlijk juist
misschien natuurlijk steeds vaak soms altijd nooit weer meteen bijna alweer ineens inmiddels
hoe waarom wanneer waarheen waarvan daarom daardoor daarna daarvoor daarmee hierover erover
mevrouw meneer dhr mevr mw hr
"""
)

_DOMAIN_WORDS = _words(
    """
melding meldingen meldt melden gemeld signaal signalen bewoner bewoners wijk wijkteam
graag vraag vragen vraagt gevraagd zegt zeggen zei vertelt vertelde geeft aan gaf laatst
gesprek huisbezoek spreekuur tijdens volgens
"""
)

STOP_WORDS: frozenset[str] = frozenset(_FUNCTION_WORDS) | frozenset(_DOMAIN_WORDS)
