"""Hand `kort`: notes about planted matters, per aspect (see `benchmarks.towns.matters`)."""

from __future__ import annotations

MATTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "feesthuis": {
        "muziek": (
            "Muziek {huis} tot {laat}, {wie} kan niet slapen.",
            "Weer feest {huis} afgelopen weekend. Bas tot in slaapkamer.",
            "Geluidsoverlast {huis}: harde muziek, gejoel op balkon, {duur}.",
        ),
        "bezoekers": (
            "Bezoekers {huis} dronken op straat, schreeuwen bij vertrek {tijd}.",
            "Gasten van {huis} plassen tegen gevels en in portiek.",
            "Veel onbekenden in/uit {huis}, sommigen onder invloed. {Wie} onrustig.",
        ),
        "parkeren": (
            "Straat vol auto's van bezoekers {huis}, {wie} kan niet parkeren.",
            "Auto's half op stoep bij feestjes, {tijd}. Doorgang geblokkeerd.",
            "Dichtgeparkeerde uitrit in weekend, bezoekers van verderop.",
        ),
        "rommel": (
            "Zondagochtend: blikjes, flessen, peuken voor {huis}.",
            "Kapot glas op stoep na feest, {wie} ruimt steeds op.",
            "Afval van feestjes in voortuinen buren, {freq}.",
        ),
        "bewoners_feesthuis": (
            "Bewoner {huis} zegt: verjaardag vieren mag toch. Voelt zich aangevallen door straat.",
            "Huurder {huis} ontkent overlast, 'het is maar een paar keer per jaar'.",
            "Bewoners {huis} boos over briefje buren, willen gesprek via bemiddeling.",
        ),
        "vaag": (
            "{Wie} ziet op tegen elk weekend, sinds de nieuwe huurders verderop geen rust.",
            "Vrijdag/zaterdag weer raak, {wie} is kapot op maandag.",
            "Meerdere buren op spreekuur over dezelfde woning, sfeer in straat omgeslagen.",
        ),
    },
    "burenconflict": {
        "verwijten": (
            "{Wie} en {buur} beschuldigen elkaar over en weer, {duur}.",
            "Ruzie in portiek tussen twee partijen, briefjes op deuren.",
            "{Wie} voelt zich gepest door {buur}, wordt nagestaard en nageroepen.",
        ),
        "lawaai_over_en_weer": (
            "{Buur} slaat expres met deuren na ruzie, {wie} zegt dat het pesten is.",
            "Over en weer tegen de muur bonken {tijd}, {duur}.",
            "Harde muziek als 'wraak' na klacht, {wie} uitgeput.",
        ),
        "dreiging": (
            "Tijdens ruzie in portiek dreigement geuit, {wie} geschrokken.",
            "{Buur} stond met vuist bij deur {wie}, politie gebeld.",
            "Dreigende taal op trap, {wie} durft niet meer alleen naar beneden.",
        ),
        "andere_kant": (
            "{Wie} geeft aan dat {buur} steeds klaagt en zij niets meer kan doen.",
            "Andere partij in portiekconflict: 'wij worden gefilmd en gepest'.",
            "{Wie} zegt dat klachten verzonnen zijn, voelt zich zwartgemaakt bij corp.",
        ),
        "omstanders": (
            "Andere bewoners portiek moe van de ruzie, kiezen geen kant.",
            "{Wie} woont tussen twee ruziënde buren in, wordt steeds gevraagd te getuigen.",
            "Sfeer in portiek verziekt, bewoners groeten elkaar niet meer.",
        ),
        "vaag": (
            "In het portiek is het al {duur} 'oorlog', {wie} wil er niet meer wonen.",
            "{Wie} loopt met boog om trappenhuis heen, te veel gedoe.",
            "Weer incident in hetzelfde portiek, zelfde twee deuren.",
        ),
    },
    "hangjongeren": {
        "hangen": (
            "Groep jongeren {pleintje} {tijd}, lawaai, scooters.",
            "Elke avond jeugd {pleintje}, muziekbox tot laat.",
            "Hangplek {pleintje} groeit, {duur} steeds meer jongens.",
        ),
        "intimidatie": (
            "{Wie} uitgelachen en nageroepen door jongens {pleintje}.",
            "Ouderen lopen om, durven niet langs groep {pleintje}.",
            "Jongeren blokkeren doorgang {pleintje}, {wie} voelt zich geïntimideerd.",
        ),
        "vernieling": (
            "Bankje {pleintje} gesloopt, prullenbak in brand gestoken.",
            "Lampen {pleintje} kapot, {duur} donker.",
            "Graffiti en kapotte ruit bushokje bij {pleintje}.",
        ),
        "rommel": (
            "Blikjes, lachgas en snackbakjes {pleintje}, elke ochtend.",
            "Peuken en zakjes {pleintje} na de avond, {wie} ruimt op.",
            "Lege flessen en lachgaspatronen in plantenbak {pleintje}.",
        ),
        "jongeren_zelf": (
            "Jongeren zeggen: nergens anders om te zitten, worden overal weggestuurd.",
            "Gesprek met groep {pleintje}: willen eigen plek, voelen zich niet welkom.",
            "Jongen ({leeftijd}) uit de groep: 'we doen niks, we zitten alleen'.",
        ),
        "vaag": (
            "{Wie} gaat na het eten niet meer naar buiten, 'die groep weer'.",
            "Plein is 's avonds van hen, bewoners houden gordijnen dicht.",
            "Weer melding over dezelfde plek, zelfde tijdstip. Bewoners moe.",
        ),
    },
    "ontmoetingsplek": {
        "gemis": (
            "Sinds sluiting buurthuis geen plek meer om samen te komen.",
            "{Wie} mist koffieochtend, nergens anders in de buurt.",
            "Bewoners vragen om ruimte voor ontmoeting, {duur} niets meer.",
        ),
        "alleen": (
            "{Wie} zit meer alleen sinds de inloop weg is.",
            "Ouderen zien elkaar niet meer nu buurthuis dicht, {wie} somber.",
            "Vaste bezoekers van vroeger zitten nu thuis, weinig contact.",
        ),
        "initiatief": (
            "Bewoners willen zelf ontmoetingsplek runnen, vragen hulp bij ruimte.",
            "Plan om leegstaand pand te gebruiken als huiskamer van de buurt.",
            "{Wie} wil wekelijkse koffie starten, zoekt locatie en budget.",
        ),
        "vrijwilligers": (
            "Oud-vrijwilligers buurthuis willen weer iets doen, zoeken plek.",
            "{Wie} biedt aan koffie te schenken als er een ruimte komt.",
            "Groep vrijwilligers staat klaar, alleen ruimte ontbreekt.",
        ),
        "vaag": (
            "{Wie}: 'vroeger kwam je elkaar tegen, nu ken ik niemand meer'.",
            "Dinsdagochtend was vaste prik, nu niks meer.",
            "Bewoners vragen 'waar moeten we nou heen?'",
        ),
    },
    "armoede": {
        "rekeningen": (
            "{Wie} achter met huur en energie, {duur}. Wil hulp.",
            "Stapel ongeopende post bij {wie}, schulden lopen op.",
            "{Wie} vraagt hulp bij betalingsregeling, deurwaarder geweest.",
        ),
        "kinderen": (
            "Kinderen {wie} kunnen niet naar sport, geen geld.",
            "Geen winterjassen voor kinderen, {wie} schaamt zich.",
            "School: meerdere kinderen uit deze straat zonder lunch.",
        ),
        "energie": (
            "{Wie} zet verwarming niet aan, te duur. Huis koud en vochtig.",
            "Energietoeslag onduidelijk, {wie} heeft niets aangevraagd.",
            "Gezin stookt één kamer, rest van woning koud.",
        ),
        "zorgen": (
            "Buurvrouw ziet dat gezin verderop geen boodschappen meer doet, kinderen eten mee.",
            "Meerdere gezinnen in deze straten lopen vast, valt op bij spreekuur.",
            "{Wie} deelt eten met buren die het niet redden.",
        ),
        "vaag": (
            "{Wie} zegt 'het is eind van de maand, dan weet je het wel'.",
            "Kinderen eten mee bij buren, {freq}.",
            "Geen verjaardag gevierd dit jaar bij {wie}, 'kan even niet'.",
        ),
    },
    "eenzame_flat": {
        "alleen": (
            "{Wie} in seniorenflat, ziet dagen niemand.",
            "Veel alleenstaande ouderen in flat, weinig contact onderling.",
            "{Wie} zegt dat de dagen lang zijn, alleen de thuiszorg komt.",
        ),
        "zorgen": (
            "Huismeester maakt zich zorgen om meerdere ouderen in de flat.",
            "Buurvrouw: {wie} van verdieping lager al {duur} niet gezien.",
            "Thuiszorg signaleert somberheid bij meerdere cliënten in zelfde flat.",
        ),
        "recreatieruimte": (
            "Gemeenschappelijke ruimte flat dicht, ouderen missen koffiemoment.",
            "{Wie} vraagt of recreatiezaal weer open kan voor spelletjesmiddag.",
            "Sinds recreatieruimte op slot zit iedereen op eigen kamer.",
        ),
        "bang": (
            "Ouderen flat durven {tijd} niet naar beneden, hal donker.",
            "{Wie} gaat niet meer naar buiten sinds valpartij en onrust bij ingang.",
            "Onbekenden in lift, ouderen blijven liever binnen.",
        ),
        "vaag": (
            "{Wie}: 'ik praat meer tegen de radio dan tegen mensen'.",
            "Lift gaat op en neer maar niemand zegt elkaar gedag.",
            "Zondag is het ergst, zegt {wie}.",
        ),
    },
    "dumpafval": {
        "dumpen": (
            "Afval gedumpt achter winkels, {duur}: dozen, zakken, kratten.",
            "Grofvuil achter de winkelstrip, {freq} nieuwe hoop.",
            "Zakken en bouwafval bij laadplek winkels.",
        ),
        "ongedierte": (
            "Ratten bij afvalhoop achter winkels, {wie} ziet ze overdag.",
            "Meeuwen trekken zakken open achter de winkels.",
            "Muizen in schuurtjes sinds rommel achter winkelstrip.",
        ),
        "winkeliers": (
            "Winkelier: 'is niet van ons, mensen dumpen het hier'.",
            "Ondernemers strip wijzen naar elkaar over afval achter pand.",
            "Eigenaar snackbar wil afsluitbaar hek achter de winkels.",
        ),
        "stank": (
            "Stank achter de winkels, {wie} kan raam niet open.",
            "Rottende etensresten bij laadplek, warm weer, stinkt.",
            "Stank trekt naar woningen boven de winkels.",
        ),
        "vaag": (
            "Achterom bij de winkels ziet er niet uit, {duur}.",
            "{Wie}: 'elke week ligt er weer meer'.",
            "Niemand voelt zich verantwoordelijk voor dat steegje.",
        ),
    },
    "bedreiging": {
        "bedreigd": (
            "{Wie} bedreigd door leden van andere familie, {duur}.",
            "Dreigementen over en weer tussen twee families, {wie} bang.",
            "Dreigberichten via telefoon na ruzie tussen families.",
        ),
        "geweld": (
            "Vechtpartij tussen twee families {plek}, politie ingezet.",
            "Ruit ingegooid bij familie, vermoedelijk wraak.",
            "{Wie} geslagen door familielid van andere partij.",
        ),
        "angst": (
            "Buren durven niet meer buiten te komen na vechtpartij.",
            "Kinderen niet meer naar buiten laten spelen, {wie} bang.",
            "{Wie} slaapt slecht sinds geweld in de straat.",
        ),
        "familiekant": (
            "Familie zegt zichzelf te verdedigen, 'zij begonnen'.",
            "{Wie}: familie wordt zwartgemaakt, wil eigen verhaal kwijt.",
            "Vader van een van de families wil gesprek, zoon is bedreigd.",
        ),
        "omstanders": (
            "Straat verdeeld: mensen kiezen kant van familie.",
            "{Wie} kent beide families, bang om ertussen te komen.",
            "Spanning in de straat sinds conflict families, iedereen op z'n hoede.",
        ),
        "vaag": (
            "Het 'gedoe' tussen die twee families houdt niet op, {duur}.",
            "Weer politie in de straat, zelfde adressen.",
            "{Wie} wil verhuizen, zegt niets over waarom.",
        ),
    },
    "drugs_portiek": {
        "dealen": (
            "Handel in portiek {tijd}, {wie} ziet steeds zelfde personen.",
            "Dealer gebruikt portiek als afhaalpunt, {duur}.",
            "Bij achterom wordt verkocht, {freq}.",
        ),
        "sporen": (
            "Zakjes, naalden en aluminiumfolie in portiek.",
            "Lachgas en zakjes bij achterom, {freq} weer nieuw.",
            "Urine en rommel in trappenhuis na nachtelijk bezoek.",
        ),
        "komen_en_gaan": (
            "Auto's stoppen kort voor de deur, motor aan, weer weg.",
            "Scooters rijden af en aan bij portiek {tijd}.",
            "Onbekende auto's parkeren dubbel, {wie} ziet overdracht.",
        ),
        "angst": (
            "{Wie} durft portiek niet meer in {tijd}.",
            "Kinderen mogen niet meer alleen naar beneden, ouders bang.",
            "Bewoners doen deur dubbel op slot, voelen zich niet veilig.",
        ),
        "verdachte_bewoner": (
            "c|Bewoner portiek zegt onterecht verdacht te worden van handel, 'het zijn vrienden op bezoek'.",
            "c|Huurder ontkent betrokkenheid bij handel in portiek, voelt zich bekeken door buren.",
            "c|{Wie} erkent gebruik, ontkent handel. Bang dat corp. huur opzegt.",
        ),
        "vaag": (
            "Bij ons portiek is het 'druk' op rare tijden, {wie} vertrouwt het niet.",
            "Bel gaat 's nachts voor mensen die hier niet wonen.",
            "{Wie}: 'je weet wat er gebeurt, iedereen weet het'.",
        ),
    },
    "schimmel": {
        "schimmel": (
            "Schimmel in slaapkamer, {duur}. Ook bij buren in complex.",
            "Zwarte plekken op plafond badkamer, {wie} poetst steeds.",
            "Vocht achter kast, kleren beschimmeld.",
        ),
        "gezondheid": (
            "Kinderen {wie} steeds verkouden, huisarts wijst naar vocht.",
            "{Wie} met COPD benauwd in vochtige woning.",
            "Meerdere bewoners complex met luchtwegklachten.",
        ),
        "verhuurder": (
            "Corp. reageert niet op vochtmeldingen, {duur}.",
            "Reparatieverzoek afgesloten zonder bezoek, {wie} boos.",
            "Schilder kwam, schimmel na paar weken terug.",
        ),
        "stookkosten": (
            "{Wie} stookt veel om vocht tegen te gaan, rekening onbetaalbaar.",
            "Energierekening hoog door tocht en vocht, vraagt hulp.",
            "Ontvochtiger gekocht, nu stroom te duur.",
        ),
        "vaag": (
            "Muffe lucht in hele complex, {wie} schaamt zich voor visite.",
            "Ramen nat elke ochtend, handdoeken op vensterbank.",
            "{Wie}: 'je ruikt het als je binnenkomt'.",
        ),
    },
    "spanningen": {
        "wantrouwen": (
            "Oude bewoners wantrouwen nieuwkomers, {duur}.",
            "Wij/zij-gesprekken op het plein sinds nieuwe bewoners.",
            "{Wie} zegt 'het is niet meer onze buurt'.",
        ),
        "uitsluiting": (
            "Nieuwe bewoners niet welkom op straatfeest, gevoeld als uitsluiting.",
            "Kinderen nieuwkomers uitgescholden op speelplek.",
            "{Wie} van nieuw gezin: buren groeten niet terug.",
        ),
        "geruchten": (
            "Geruchten in buurt-app over nieuwe bewoners, veel onrust.",
            "Verhalen over 'criminaliteit' sinds komst nieuwkomers, niet bevestigd.",
            "Onrust na bericht op Facebook over nieuwe bewoners.",
        ),
        "nieuwkomers": (
            "Nieuw gezin voelt zich bekeken en niet welkom.",
            "Nieuwkomer wil kennismaken maar weet niet hoe.",
            "{Wie} (recent verhuisd) wil bijdragen aan buurt, voelt afstand.",
        ),
        "vaag": (
            "Sfeer in buurt anders, {wie} kan er de vinger niet op leggen.",
            "'Vroeger kende je iedereen', zegt {wie}.",
            "Op het plein zitten twee groepjes, altijd apart.",
        ),
    },
    "inbraakgolf": {
        "inbraak": (
            "Weer inbraak in de straat, {tijd}, via achterkant.",
            "{Wie}: derde inbraak in paar weken in deze straten.",
            "Woning opengebroken tijdens vakantie, sieraden weg.",
        ),
        "schuurtjes": (
            "Schuurtjes opengebroken in achterpad, fietsen weg.",
            "Gereedschap gestolen uit schuur, slot geforceerd.",
            "Meerdere bergingen open, {wie} mist e-bike.",
        ),
        "angst": (
            "{Wie} durft niet meer op vakantie, bang voor inbraak.",
            "Bewoners slapen slecht na reeks inbraken.",
            "Ouderen in straat onrustig, horen 's nachts alles.",
        ),
        "buurtpreventie": (
            "Bewoners starten buurtpreventie-app na inbraken.",
            "{Wie} wil avondrondes lopen met buren, vraagt hulp.",
            "Groep bewoners vraagt om betere verlichting achterpaden.",
        ),
        "vaag": (
            "{Wie} checkt 's nachts drie keer of de deur op slot is.",
            "Onbekende mannen in achterpad gezien, dagen later 'het'.",
            "Lampjes met sensor verkocht in hele straat, zegt {wie}.",
        ),
    },
    "schoolverkeer": {
        "dubbel_parkeren": (
            "Ouders parkeren dubbel bij school, {tijd} straat dicht.",
            "Auto's op stoep en zebrapad bij schoolingang.",
            "Brengen/halen: busje van bewoner elke ochtend ingesloten.",
        ),
        "bijna_ongeluk": (
            "Kind bijna aangereden bij school bij uitgaan.",
            "{Wie} zag auto achteruit rijden vlak langs kinderen.",
            "Gevaarlijke oversteek bij school, geen klaar-over meer.",
        ),
        "ouders": (
            "Ouder: moet met auto, werk daarna, geen parkeerplek.",
            "Ouders voelen zich aangevallen door briefjes bewoners.",
            "Moeder zegt dat lopen niet kan, te ver met kleintjes.",
        ),
        "school": (
            "Directie school vraagt aandacht voor chaos bij ingang.",
            "School wil kiss-and-ride, vraagt overleg met gemeente.",
            "Leerkrachten staan buiten om verkeer te regelen, onhoudbaar.",
        ),
        "vaag": (
            "Kwart over acht is het in de straat elke dag hetzelfde.",
            "{Wie} gaat niet naar buiten tussen acht en half negen.",
            "Toeteren en geschreeuw bij het hek, {freq}.",
        ),
    },
    "honden_park": {
        "poep": (
            "Hondenpoep op grasveld park, kinderen spelen erin.",
            "Park vol poep, {wie} meldt {freq}.",
            "Geen poepzakjes gebruikt, grasveld onbruikbaar.",
        ),
        "loslopend": (
            "Honden los in park, {wie} met kind omvergelopen.",
            "Grote hond zonder lijn rende op kinderen af.",
            "Baasjes laten honden los lopen ondanks bord.",
        ),
        "speelveld": (
            "Speelveld park onbruikbaar door honden, ouders boos.",
            "Kinderen kunnen niet meer voetballen op het veld.",
            "Zandbak in park gebruikt als hondentoilet.",
        ),
        "baasjes": (
            "Hondenbezitter: 'er is nergens een losloopgebied'.",
            "Baasjes voelen zich aangevallen door ouders, sfeer grimmig.",
            "{Wie} met hond uitgescholden in park.",
        ),
        "vaag": (
            "Na het park eerst schoenen schoonmaken, zegt {wie}.",
            "{Wie} houdt kinderen uit het park, {duur}.",
            "Gedoe in het park 's ochtends vroeg, {freq}.",
        ),
    },
    "speeltuin": {
        "kapot": (
            "Speeltuin vernield, schommel en glijbaan kapot.",
            "Kapotte toestellen speeltuin, {duur} niet gemaakt.",
            "Hek speeltuin vernield, lint eromheen.",
        ),
        "gevaar": (
            "Scherpe randen aan kapot toestel, kind gewond.",
            "Losse planken en spijkers in speeltuin.",
            "Glas in zand, ouders laten kinderen niet meer spelen.",
        ),
        "daders": (
            "Jongeren vernielen speeltuin {tijd}, gezien door {wie}.",
            "Groep oudere jeugd zit op toestellen en sloopt.",
            "Brandje in speeltuin, vermoedelijk jongeren.",
        ),
        "ouders_in_actie": (
            "Ouders willen speeltuin zelf opknappen, vragen hulp gemeente.",
            "Handtekeningenactie ouders voor nieuwe speeltuin.",
            "{Wie} wil beheergroep speeltuin oprichten.",
        ),
        "vaag": (
            "Kinderen spelen maar op straat, 'daar kan niks meer'.",
            "{Wie}: 'het is een puinhoop daar, {duur}'.",
            "Lint en hekken, al maanden, niemand weet hoelang nog.",
        ),
    },
    "deelscooters": {
        "stoep": (
            "Deelscooters midden op stoep, {wie} kan er niet langs.",
            "Deelfietsen en scooters blokkeren ingang flat.",
            "Stoep {freq} versperd door deelscooters.",
        ),
        "rollator": (
            "{Wie} met rollator moet over rijbaan door scooters op stoep.",
            "Rolstoeler kan niet door, scooters omgevallen.",
            "Blinde bewoner struikelt over deelstep.",
        ),
        "rijgedrag": (
            "Deelscooters rijden hard over stoep, bijna botsing.",
            "Twee op één deelscooter, racen door de straat {tijd}.",
            "{Wie} geschrokken van scooter die plots van achter kwam.",
        ),
        "gebruikers": (
            "c|Jongere gebruikt deelscooters: geen vakken, dus zet je hem neer waar je stopt.",
            "c|Student: deelscooter enige vervoer naar nachtdienst, snapt ergernis maar app staat het toe.",
            "c|{Wie} zet deelscooter bij eigen voordeur, 'waar anders?'.",
        ),
        "vaag": (
            "Je struikelt hier over die dingen, zegt {wie}.",
            "Elke ochtend liggen ze weer om bij de ingang.",
            "Niemand weet wie je moet bellen om ze weg te halen.",
        ),
    },
    "pinautomaat": {
        "weg": (
            "Geldautomaat weg uit winkelcentrum, bewoners boos.",
            "{Wie} kan nergens meer pinnen in de buurt.",
            "Pinautomaat weggehaald na plofkraak, komt niet terug.",
        ),
        "contant": (
            "Ouderen betalen contant, nu geen geld opnemen meer.",
            "{Wie} moet contant geld hebben voor markt, lastig.",
            "Mantelzorger haalt geld voor {wie}, extra rit.",
        ),
        "afstand": (
            "Dichtstbijzijnde automaat {afstand}, {wie} kan dat niet lopen.",
            "Bus naar geldautomaat in ander deel stad, duur en lastig.",
            "Zonder auto geen contant geld meer, {wie} ziet het niet zitten.",
        ),
        "vaag": (
            "{Wie} houdt briefjes van tien in een trommel, 'voor de zekerheid'.",
            "Weer een voorziening weg, zegt {wie}.",
            "Markt merkt dat mensen minder kopen.",
        ),
    },
    "zendmast": {
        "gezondheid": (
            "Zorgen over straling van nieuwe zendmast, {wie} slaapt slecht.",
            "Ouders bang voor zendmast dichtbij school.",
            "{Wie} wijt hoofdpijn aan nieuwe mast.",
        ),
        "niet_gevraagd": (
            "Bewoners niet geïnformeerd over plaatsing mast.",
            "Groep bewoners wil informatieavond over zendmast.",
            "Handtekeningen verzameld tegen de mast, vragen hoe verder.",
        ),
        "uitzicht": (
            "Mast ontsiert uitzicht, {wie} ziet hem vanuit woonkamer.",
            "Waarde woning daalt door mast, vreest {wie}.",
            "Hoge mast naast speelveld, lelijk en onnodig volgens bewoners.",
        ),
        "vaag": (
            "Dat ding bij het sportveld, niemand heeft iets gevraagd, zegt {wie}.",
            "Sinds die paal er staat voelt {wie} zich niet lekker.",
            "Bewoners willen weten wat er precies gebouwd is.",
        ),
    },
}
