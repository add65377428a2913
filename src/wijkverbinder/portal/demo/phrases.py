"""Dutch phrasings of the demo's signals, in our own words: several ways of saying each thing, as
different professionals write after a home visit, a phone call or a consultation hour. Some carry
personal data on purpose, so the demo shows redaction at work."""

from __future__ import annotations

CLUSTER_PHRASES: dict[str, tuple[str, ...]] = {
    "geluid": (
        "Bewoonster klaagt over harde muziek van de bovenburen, vaak tot na middernacht.",
        "Geluidsoverlast: buren draaien 's nachts muziek met zware bassen, mevrouw slaapt slecht.",
        "Meneer {name} belt opnieuw over lawaai uit de woning ernaast, ook doordeweeks.",
        "Er wordt 's avonds laat geschreeuwd en met deuren geslagen in het portiek.",
        "Jong gezin ervaart veel last van geluid van de buren, baby wordt steeds wakker.",
        "Buurman geeft aan dat hij zelf ook klachten krijgt over zijn muziek; hij werkt in ploegendienst en snapt de ophef niet.",
        "Herrie van feestjes in het weekend, bewoners durven er niets van te zeggen.",
        "Bewoner vraagt of het wijkteam kan bemiddelen over het lawaai van de bovenburen ({phone}).",
        "Geluidsoverlast vanuit de tuin: tot diep in de nacht harde muziek en stemmen.",
        "Mevrouw heeft oordopjes gekocht vanwege het geluid van de buren, ze is het zat.",
        "Klacht over blaffende hond en harde tv van de benedenburen, al maanden.",
        "Buren bonken op de muur als reactie op het geluid, de sfeer in de straat wordt grimmiger.",
    ),
    "jongeren": (
        "Groep jongeren hangt elke avond op het plein, bewoners voelen zich niet op hun gemak.",
        "Hangjongeren bij de bankjes laten blikjes en lachgaspatronen achter.",
        "Ouderen durven 's avonds niet meer over het plein te lopen door de groep jongeren.",
        "Jongeren op scooters rijden rondjes over het plein, veel lawaai tot laat.",
        "Jongerenwerker spreekt de groep aan; ze zeggen dat er nergens anders plek voor hen is.",
        "Moeder van een van de jongens vertelt dat haar zoon zich weggejaagd voelt.",
        "Overlast van jeugd bij de snackbar, er wordt gescholden naar voorbijgangers.",
        "Winkelier klaagt over jongeren die voor de deur blijven hangen en klanten afschrikken.",
        "Bewoner {name} meldt dat er 's nachts vuurwerk wordt afgestoken op het plein.",
        "Groepje tieners zit tot laat op het speeltoestel, kleine kinderen kunnen er overdag niet meer spelen vanwege de rommel.",
    ),
    "eenzaamheid": (
        "Oudere bewoonster van de flat zegt dat ze soms dagen niemand spreekt.",
        "Meneer is sinds het overlijden van zijn vrouw veel alleen en mist aanspraak.",
        "Bewoner van de seniorenflat vraagt of er geen koffieochtend meer is, die is gestopt.",
        "Mevrouw {name} voelt zich eenzaam, kinderen wonen ver weg en komen zelden.",
        "Weinig contact tussen bewoners in de flat, mensen kennen elkaar niet meer.",
        "Oudere man komt alleen nog buiten voor boodschappen, vertelt dat hij zich overbodig voelt.",
        "Eenzaamheid bij meerdere ouderen in de flat, de lift is vaak kapot waardoor ze binnen blijven.",
        "Bewoonster zou graag samen eten met anderen uit de flat, maar weet niet hoe.",
        "Thuiszorg signaleert dat een cliënt sombere gedachten heeft en niemand om zich heen heeft.",
    ),
    "afval": (
        "Containers aan de straat puilen uit, er staan vuilniszakken naast.",
        "Zwerfvuil rond de ondergrondse containers, meeuwen trekken de zakken open.",
        "Grofvuil wordt naast de containers gezet, bewoners ergeren zich eraan.",
        "Stank bij de afvalcontainers, vooral in de zomer; er lopen ratten.",
        "Bewoner vraagt waarom de containers zo vaak vol zitten; de ophaaldienst komt te weinig.",
        "Afvalzakken naast de container, sommige bewoners weten niet hoe de afvalpas werkt.",
        "Volle glasbak en scherven op de stoep bij de containers.",
        "Meneer {name} ruimt zelf elke week het zwerfafval op bij de containers en is het beu.",
    ),
    "ontmoetingsplek": (
        "Bewoners missen een plek in de wijk waar je gewoon even binnen kunt lopen voor een kop koffie.",
        "Sinds het buurthuis dicht is, is er geen ontmoetingsplek meer.",
        "Vraag of er een ruimte is waar buurtbewoners samen activiteiten kunnen doen.",
        "Ouders willen een plek waar ze elkaar kunnen treffen terwijl de kinderen spelen.",
        "Bewoonster zou graag een repair café of breiclub beginnen, maar er is geen ruimte.",
        "Er is in de wijk nergens een plek om elkaar te ontmoeten, iedereen leeft langs elkaar heen.",
        "Jongeren en ouderen zeggen allebei dat een ontmoetingsruimte in de wijk ontbreekt.",
    ),
    "vrijwilligers": (
        "De voedselbank zoekt al maanden vrijwilligers, maar niemand meldt zich.",
        "Organisatie van het buurtfeest dreigt te stoppen: te weinig vrijwilligers.",
        "Sportclub kan geen trainers vinden, vrijwilligers haken af.",
        "Bewoner wil wel iets doen voor de buurt, maar weet niet waar hij terecht kan.",
        "De vaste vrijwilligers van de koffieochtend zijn op leeftijd en er komt niemand bij.",
        "Huiswerkbegeleiding ligt stil omdat er geen vrijwilligers meer zijn.",
    ),
}

BACKGROUND_PHRASES: dict[str, tuple[str, ...]] = {
    "overlast.buren": (
        "Buren laten hun spullen in de gang staan, bewoners struikelen erover.",
        "Onenigheid over de gezamenlijke tuin met de buren.",
    ),
    "overlast.drank_en_drugs": (
        "Er wordt gedeald bij de ingang van het park.",
        "Dronken man valt bewoners lastig bij de supermarkt.",
    ),
    "overlast.dieren": (
        "Hondenpoep op de stoep voor de school.",
        "Duiven op het balkon, bewoner krijgt last van de uitwerpselen.",
    ),
    "leefbaarheid.groen": (
        "Het plantsoen wordt niet meer onderhouden, onkruid tot kniehoogte.",
        "Bewoners willen een boom terug die is gekapt.",
    ),
    "leefbaarheid.verkeer_en_parkeren": (
        "Er wordt te hard gereden in de straat, ouders maken zich zorgen.",
        "Auto's parkeren op de stoep, rolstoel kan er niet langs.",
    ),
    "leefbaarheid.onderhoud_woning": (
        "Schimmel in de badkamer, de corporatie reageert niet.",
        "Lekkage bij de buren komt door het plafond.",
    ),
    "veiligheid.inbraak_en_diefstal": (
        "Fietsen gestolen uit de fietsenstalling.",
        "Bij de buren is ingebroken, bewoner is ongerust.",
    ),
    "veiligheid.onveilig_gevoel": (
        "Slecht verlicht pad naar het station, vrouwen lopen er 's avonds niet graag.",
        "Bewoonster voelt zich onveilig door een man die haar volgt.",
    ),
    "veiligheid.vernieling": ("Bushokje weer vernield.", "Bekladding op de muur van de school."),
    "samenleven.burenruzie": (
        "Ruzie tussen twee buren over de schutting loopt hoog op.",
        "Buren spreken elkaar niet meer na een conflict over de parkeerplaats.",
    ),
    "samenleven.spanningen_tussen_groepen": (
        "Nieuwe bewoners voelen zich niet welkom, er wordt over 'die mensen' gesproken.",
        "Spanning tussen huurders en kopers over de verbouwing van het complex.",
    ),
    "samenleven.discriminatie": (
        "Bewoner wordt uitgescholden om haar afkomst.",
        "Gezin krijgt briefjes in de bus met kwetsende opmerkingen.",
    ),
    "welzijn.armoede_en_schulden": (
        "Gezin kan de energierekening niet meer betalen.",
        "Alleenstaande moeder zit in de schulden, vraagt om hulp.",
    ),
    "welzijn.zorgen_om_bewoner": (
        "Buren maken zich zorgen om een verwarde man die 's nachts rondloopt.",
        "Brievenbus van een oudere bewoonster puilt uit, niemand heeft haar gezien.",
    ),
    "welzijn.opvoeding": (
        "Ouders handelingsverlegen met puberzoon.",
        "Moeder vraagt hulp bij de opvoeding, voelt zich alleen staan.",
    ),
    "voorzieningen.winkels": (
        "Sinds de bakker weg is, moeten ouderen ver lopen voor boodschappen.",
        "Er zijn bijna geen winkels meer in de wijk.",
    ),
    "voorzieningen.speelplek": (
        "De speeltuin is kapot, kinderen spelen op straat.",
        "Ouders willen een veilige speelplek voor jonge kinderen.",
    ),
    "participatie.bewonersinitiatief": (
        "Bewoners willen samen een moestuin beginnen op het braakliggende veld.",
        "Groep buren wil een straatfeest organiseren en vraagt om ondersteuning.",
    ),
    "overig": (
        "Vraag over de bereikbaarheid van het gemeentehuis.",
        "Bewoner wil weten waar hij terecht kan met een klacht over de bus.",
    ),
}

#: cluster phrases told by the side that causes the nuisance: the demo gives them the role
#: 'causing', and never gives 'causing' to the other phrases (they come from those who experience it)
CAUSING_PHRASES: dict[str, tuple[str, ...]] = {
    "geluid": (
        "Buurman geeft aan dat hij zelf ook klachten krijgt over zijn muziek; hij werkt in ploegendienst en snapt de ophef niet.",
    ),
    "jongeren": (
        "Jongerenwerker spreekt de groep aan; ze zeggen dat er nergens anders plek voor hen is.",
        "Moeder van een van de jongens vertelt dat haar zoon zich weggejaagd voelt.",
    ),
}
#: added to a phrase so that two households never tell exactly the same text
VARIATIONS = (
    "",
    " Het speelt al weken.",
    " Vorige week was het weer raak.",
    " Vooral in het weekend.",
    " Ook de buren hebben er last van.",
    " Het wordt eerder erger dan beter.",
)

NAMES = (
    "Jansen",
    "de Vries",
    "El Amrani",
    "Yılmaz",
    "Pinas",
    "van der Berg",
    "Bakker",
    "Kaya",
    "Hoekstra",
    "Tahiri",
)
PHONES = ("06-12345678", "06 2345 6789", "0341-123456", "+31 6 34567890")
