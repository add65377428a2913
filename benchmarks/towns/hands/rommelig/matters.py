"""Hand `rommelig`: WhatsApp-style messages about planted matters, per aspect."""

from __future__ import annotations

MATTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "feesthuis": {
        "muziek": (
            "{dat_huis} heeft weer een dj staan, t is 4 uur snachts {eng}",
            "elk weekend party bij {dat_huis}, beats tot de ochtend, slapen is een utopie",
            "moi, weer zo'n nacht bij {dat_huis}, de ramen trillen gewoon mee met de bas",
        ),
        "bezoekers": (
            "lazarus zatte gasten van {dat_huis} liggen op de stoep te brullen",
            "ze pissen in mn voortuin, gasten van da feestje verderop, {uitroef}",
            "om 5 uur snachts staan ze nog te lallen bij de taxi, hele straat wakker",
        ),
        "parkeren": (
            "straat staat vol met autos van da feesthuis, ik kan mn eigen auto nergens kwijt",
            "uitrit weer geblokkeerd door bezoek van {dat_huis}, kon nie naar mn werk",
            "autos kris kras op de stoep in t weekend, met de kinderwagen kom ik er nie langs",
        ),
        "rommel": (
            "zondagochtend: flessen, blikjes, peuken en een kapotte stoel voor {dat_huis}",
            "scherven van bierflessen op de stoep, mn hond had een snee in zn poot",
            "lege flessen in mn heg, elk weekend weer, wie ruimt dat op",
        ),
        "bewoners_feesthuis": (
            "wij zijn dat 'feesthuis' blijkbaar. ff vrienden over en gelijk is de hele straat boos? chill",
            "krijg anonieme briefjes in de bus over onze feestjes, kom gwn ff aanbellen als er iets is",
            "ja we hebben soms een feestje, we zijn jong, maar nu word ik overal nagekeken op straat",
        ),
        "vaag": (
            "donderdag denk ik al: hoe gaat t dit weekend weer worden. zo leef je toch nie",
            "sinds die nieuwe lui verderop wonen is de straat veranderd, mee zeg ik er nie over",
            "maandag lopen we hier allemaal als zombies rond, iedereen snapt wel waarom",
        ),
    },
    "burenconflict": {
        "verwijten": (
            "die vrouw van de overkant vd trap zegt dat ik haar deurmat heb gejat, lol wat",
            "al {duur} gezeur tussen ons en {buren}, alles wat ik doe is fout",
            "ze heeft een brief in de hal gehangen met mijn gedrag erin, iedereen kon t lezen",
        ),
        "lawaai_over_en_weer": (
            "sinds onze ruzie trappen ze expres tegen de muur als ik op de bank zit",
            "ze zet de stofzuiger aan om 11 uur snachts, dat is gwn pesten",
            "wij zetten de tv zachter, zij harder. zo gaat t al weken heen en weer",
        ),
        "dreiging": (
            "buurman stond met zn vuist tegen mn deur te bonken en te schreeuwen da ik oppassen moet",
            "zn zoon zei dat ik 'niet lang meer hier woon'. wat moet ik daarmee {uitroef}",
            "hij blokkeerde de trap en ging pal voor me staan, ik trilde helemaal",
        ),
        "andere_kant": (
            "c|die buuf filmt mij de hele dag en zegt dan dat IK haar pest, klopt niks van",
            "c|ik word zwart gemaakt bij de corporatie, niemand vraagt wat mij is aangedaan",
            "c|ok ik ben 1x uitgevallen, maar na een jaar klagen over mn kids, mn eten, mn bezoek",
        ),
        "omstanders": (
            "ik woon tussen die 2 in en ze willen allebei dat ik kies, laat mij erbuiten",
            "heel de portiek lijdt eronder, niemand zegt meer gedag",
            "mij is 2x gevraagd een verklaring te tekenen, door allebei. nee dankje",
        ),
        "vaag": (
            "t is al maanden onrustig in ons trappenhuis, kweet nie eens meer waar t om ging",
            "ik neem nu de lift voor 1 verdieping zodat ik nie langs die deuren hoef",
            "als ik thuiskom luister ik eerst in de hal of t stil is, zo ver is t gekomen",
        ),
    },
    "hangjongeren": {
        "hangen": (
            "elke avond 15 gasten {pleintje} met scooters en een box, tot 2 uur",
            "vanuit mn slaapkamer zie ik ze {pleintje} zitten, scooters laten ze de hele tijd draaien",
            "eerst een paar, nu een hele groep {pleintje}, ook gasten van buiten de buurt",
        ),
        "intimidatie": (
            "als ik langs loop houden ze op met praten en staren ze me allemaal aan, creepy",
            "ze gaan expres op t pad staan, mn buuf met rollator durft nie meer over t plein",
            "ze riepen dingen naar mn dochter, ze is pas 14, nu moet ik haar van de bus halen",
        ),
        "vernieling": (
            "bankje {pleintje} gesloopt en de prullenbak in de fik gestoken",
            "alle lampen op t plein kapot, volgens mij expres zodat niemand ze ziet",
            "ze hebben met iets zwaars op t bushokje geslagen, glas ligt er nog",
        ),
        "rommel": (
            "volgende ochtend ligt {pleintje} vol blikjes, bakjes en lachgaspatronen",
            "in de plantenbak flessen en peuken en in de hoek is geplast, ge ruikt t gwn",
            "honderden ballonnetjes en patronen {pleintje}, elke ochtend nieuwe",
        ),
        "jongeren_zelf": (
            "c|ik zit daar ook op t plein ja. we worden overal weggejaagd, waar moeten we heen",
            "c|we doen niks, we chillen alleen. geef ons een eigen plek dan zijn we weg van t plein",
            "c|mn zoon zit daar ook, hij zegt mam we doen niks. ik geloof m half",
        ),
        "vaag": (
            "na t eten gordijnen dicht aan de voorkant, dan hoef ik t nie te zien",
            "t plein was van iedereen. nu ga je er na 8en gwn nie meer overheen",
            "mn man zegt bemoei je er nie mee maar ik lig elke nacht te luisteren",
        ),
    },
    "ontmoetingsplek": {
        "gemis": (
            "sinds t buurthuis dicht is hebben we NIKS meer, geen koffie geen praatje niks",
            "ik ging 3x per week naar de inloop, toen t sloot heeft niemand ons iets gevraagd",
            "waar moeten we nu heen? wijkcentrum is aan de andere kant van t spoor",
        ),
        "alleen": (
            "kga steeds minder de deur uit sinds de koffieochtend weg is, waarom zou ik",
            "mn buuf en ik zagen elkaar altijd daar, nu nooit meer, gek he, we wonen naast elkaar",
            "dat was mn enige moment vd week dat ik met mensen praatte",
        ),
        "initiatief": (
            "h|we willen zelf een huiskamer voor de buurt beginnen, hebben alleen een ruimte nodig",
            "h|er staat een winkelpand leeg, zou toch een top ontmoetingsplek zijn? wie moet ik bellen",
            "h|we hebben al 20 mensen die mee willen doen, alleen nog een plek",
        ),
        "vrijwilligers": (
            "ik heb jaren koffie geschonken in t buurthuis en zou t zo weer doen",
            "de oude vrijwilligers hebben nog een appgroep, iedereen wil wel, maar er is niks",
            "ik kan goed plannen en zo, als er een ruimte komt doe ik de roosters",
        ),
        "vaag": (
            "vroeger kende je iedereen van gezicht, nu sta je met een vreemde in de lift",
            "dinsdag loop ik nog wel eens langs dat gebouw uit gewoonte, staat niemand",
            "iedereen zit in zn eigen huisje, kweet nie waar t heen gaat",
        ),
    },
    "armoede": {
        "rekeningen": (
            "h|kom gwn nie meer rond, huur energie zorgverzekering en dan is t op",
            "stapel brieven die ik nie open durf te maken, ik weet wat erin staat",
            "h|deurwaarder is geweest en nu weet de halve straat t, schaam me dood maar heb hulp nodig",
        ),
        "kinderen": (
            "mn kids vragen waarom ze nie op zwemles mogen net als de rest vd klas",
            "winterjas van mn zoon te klein, nieuwe zit er nie in, hij draagt 2 truien eronder",
            "op school hoorde ik dat meer kids uit onze straat zonder brood komen",
        ),
        "energie": (
            "we zitten met zn allen in 1 kamer onder een deken, rest vh huis ijskoud",
            "energietoeslag nie aangevraagd, wist nie eens dat t bestond, nu te laat",
            "energierekening zo hoog dat ik dacht dat t een fout was. was geen fout",
        ),
        "zorgen": (
            "i|bij de buren gaat t nie goed, de kids eten bij ons en de moeder is kapot",
            "i|in onze straat zijn meer gezinnen die t zwaar hebben, niemand zegt t maar je ziet t",
            "i|ik deel soms boodschappen met de buuf maar ik heb t zelf ook nie breed",
        ),
        "vaag": (
            "laatste week vd maand, dan weet je t hier wel. iedereen binnen",
            "mn dochter wilde een feestje, ik heb gezegd dit jaar nie. ze heeft gehuild",
            "ik ben heel goed geworden in van niks iets maken. maar ik ben zo moe",
        ),
    },
    "eenzame_flat": {
        "alleen": (
            "ik woon in de flat met allemaal mensen van mn leeftijd en toch zie ik niemand",
            "thuiszorg 10 minuten per dag en verder niemand, tv is mn gezelschap",
            "op mn galerij wonen 6 mensen alleen, we kennen elkaar van gezicht en da's t",
        ),
        "zorgen": (
            "i|de meneer naast me heb ik al een week nie gezien of gehoord, huismeester gebeld",
            "i|mn moeder woont in die flat en ze wordt steeds stiller, zegt dat de anderen ook nooit iemand zien",
            "i|als huismeester zie ik steeds meer bewoners die nergens meer heen gaan, zit me nie lekker",
        ),
        "recreatieruimte": (
            "beneden is een zaal, vroeger bingo en koffie, nu zit ie op slot en niemand weet waarom",
            "als die ruimte beneden 1 middag per week open ging zagen we elkaar weer",
            "vroeger elke vrijdag wat te doen in de flat, nu zit iedereen achter zn eigen deur",
        ),
        "bang": (
            "ik ga nie meer naar beneden als t donker is, hal is slecht verlicht",
            "sinds ik gevallen ben bij de ingang durf ik nie meer alleen naar buiten",
            "er stond een vreemde man in de lift die me bleef aankijken, sindsdien neem ik m nie meer alleen",
        ),
        "vaag": (
            "ik praat meer tegen de radio dan tegen mensen, klinkt grappig maar is t nie",
            "zondag hoor je in de hele flat geen geluid, leeft er nog wel iemand",
            "mn verjaardag ging voorbij zonder dat er iemand aanbelde, had taart gekocht",
        ),
    },
    "dumpafval": {
        "dumpen": (
            "achter de winkels ligt weer een berg, matrassen, zakken, een bankstel",
            "zag een busje stoppen achter de winkels en alles eruit kieperen, kenteken nie gezien",
            "bij de laadplek vd winkels kun je nie meer langs met de fiets door al die troep",
        ),
        "ongedierte": (
            "RATTEN achter de winkels, overdag!! en nu ook bij ons in de tuin",
            "de meeuwen zitten op die afvalberg achter de winkels te krijsen, alles uit elkaar getrokken",
            "sinds die rommel daar ligt hebben we muizen in de schuur, nooit gehad",
        ),
        "winkeliers": (
            "i|ik heb een zaak in de strip, die troep achter is NIET van ons, mensen dumpen snachts",
            "i|snackbar zegt dat het van de super is, super zegt snackbar. lekker dan",
            "i|als ondernemer wil ik best een hek maar dan moet de gemeente meebetalen",
        ),
        "stank": (
            "die lucht achter de winkels, nie te harden, raam kan nie open",
            "er ligt eten te rotten en met dit weer ruik je t tot in je slaapkamer",
            "ik woon boven de winkels en t stinkt elke dag, komt via de ventilatie binnen",
        ),
        "vaag": (
            "dat steegje achter de winkels loop ik nie meer door, je weet nie wat je tegenkomt",
            "mn kleinkinderen vroegen of dat een vuilnisbelt was, daar achter",
            "niemand voelt zich verantwoordelijk dus t blijft liggen en elke week komt er wat bij",
        ),
    },
    "bedreiging": {
        "bedreigd": (
            "die familie van verderop zei tegen mn man dat ze ons huis in de fik steken",
            "mn zoon wordt opgewacht door jongens van die andere familie, ze zeggen dat ze m pakken",
            "dreigberichten over mn kinderen op mn telefoon, heb ze aan de politie laten zien",
        ),
        "geweld": (
            "er is gevochten op straat tussen 2 families, met stokken, iemand naar t ziekenhuis",
            "bij de buren ruit eruit en de dag erna een auto in de fik, houdt nie op",
            "mn neef in elkaar geslagen door mannen van die familie, om niks",
        ),
        "angst": (
            "kids mogen nie meer buiten spelen, je weet nie wanneer t weer losbarst",
            "sinds die vechtpartij slaap ik met mn kleren aan zodat ik snel weg kan",
            "hele straat is bang, iedereen kijkt naar buiten als er een auto stopt",
        ),
        "familiekant": (
            "c|ze zeggen dat wij begonnen zijn maar we verdedigen ons alleen, mn vader is aangevallen",
            "c|onze familie wordt in de hele buurt weggezet als t probleem, niemand vraagt wat ons is aangedaan",
            "c|ik wil met iemand praten over die ruzie want mn broers luisteren nie naar mij",
        ),
        "omstanders": (
            "ik ken allebei die families en nu moet ik kiezen zeggen ze, nee",
            "de straat is in 2en gedeeld, de ene kant praat nie met de andere",
            "mn kids speelden met kinderen van beide kanten, mag nu nie meer",
        ),
        "vaag": (
            "weer onrustig in de straat, politie deze week al 3x geweest, zelfde huizen zelfde mensen",
            "ik zeg er verder niks over, je weet nooit wie er meeleest. maar t is nie goed hier",
            "ik ga verhuizen als t kan. waarom? dat weet je wel",
        ),
    },
    "drugs_portiek": {
        "dealen": (
            "in ons portiek wordt verkocht, zelfde jongen staat daar elke avond te wachten",
            "bij de achterom bij de schuurtjes, om de paar minuten iemand die na 1 min weer weg is",
            "bel gaat bij mij snachts, vragen naar iemand die ik nie ken, verkeerde huis zeg ik dan",
        ),
        "sporen": (
            "zakjes en stukjes folie in t trappenhuis en laatst een spuit, mn kids lopen daar",
            "chemische lucht in t portiek en rommel in de hoek onder de trap",
            "bij de achterom elke ochtend nieuwe patronen en zakjes, veeg t nie meer op",
        ),
        "komen_en_gaan": (
            "hele avond autos voor de deur, motor aan, lichten aan, iemand stapt in en uit",
            "scooters rijden af en aan en laten ze draaien voor de ingang",
            "auto dubbel geparkeerd en iemand geeft iets door t raampje, ik ben nie gek",
        ),
        "angst": (
            "savonds neem ik de andere ingang, ook al moet ik om, durf nie door t portiek",
            "mn dochter wil nie meer alleen naar boven, wacht beneden tot ik haar haal",
            "extra slot op de deur gezet, je weet nie wie er door da portiek loopt",
        ),
        "verdachte_bewoner": (
            "c|iedereen denkt dat ik deal omdat er vrienden langskomen, klopt niks van",
            "c|ja ik blow, maar dat gedoe in t portiek is nie van mij, word gwn overal aangekeken",
            "c|mn broer woont daar en nu zegt de hele flat dat hij de dealer is, hij is juist aan t afkicken",
        ),
        "vaag": (
            "iedereen in ons blok weet wat er gebeurt maar niemand zegt t hardop",
            "rare drukte bij ons op rare tijden, mensen die hier nie horen",
            "ik kijk altijd eerst door t raampje voor ik naar beneden ga, voor de zekerheid",
        ),
    },
    "schimmel": {
        "schimmel": (
            "zwarte schimmel in de hoeken vd slaapkamer en achter de kast alles groen. bij de buren precies hetzelfde",
            "ik poets elke week t plafond vd badkamer en een week later zitten de zwarte puntjes er weer",
            "kleren in de kast ruiken muf en hebben plekjes, hele zak weggegooid",
        ),
        "gezondheid": (
            "kids de hele winter ziek, hoesten, puffers. huisarts vroeg of we vocht in huis hebben",
            "ik heb copd en in dit huis word ik er nie beter op, elke ochtend benauwd",
            "in ons blok zijn zoveel mensen benauwd of verkouden, das geen toeval meer",
        ),
        "verhuurder": (
            "4x gemeld bij de corporatie, ze zeggen ik moet beter luchten en weg zijn ze",
            "laagje verf eroverheen en na 2 weken kwam t gwn weer door {eng}",
            "melding afgesloten zonder dat er iemand geweest is, alleen een mailtje",
        ),
        "stookkosten": (
            "h|ik stook meer om t droog te krijgen maar dan wordt de rekening onbetaalbaar",
            "h|ontvochtiger gekocht, staat dag en nacht aan, stroomrekening verdubbeld",
            "h|t tocht, t is vochtig, dus je stookt, en dan is t geld op. cirkeltje",
        ),
        "vaag": (
            "als je bij ons binnenkomt ruik je t meteen, ik vraag geen visite meer",
            "elke ochtend ramen nat van binnen, handdoeken op de vensterbank",
            "t hele blok heeft er last van als je t mij vraagt maar iedereen denkt dat t aan zichzelf ligt",
        ),
    },
    "spanningen": {
        "wantrouwen": (
            "veel nieuwe mensen komen wonen en de ouwe bewoners vertrouwen t nie, hoor je aan hoe ze praten",
            "op t plein zeggen ze 'dit is onze buurt nie meer', nie tegen de nieuwe mensen maar over ze",
            "iedereen praat over die nieuwe mensen en niemand MET ze",
        ),
        "uitsluiting": (
            "wij zijn nieuw en wilden mee doen met t straatfeest, toen zeiden ze dat t voor vaste bewoners was",
            "mn kids worden op de speelplaats uitgescholden, die woorden hebben die kinderen van thuis",
            "ik groet iedereen elke dag, de meeste kijken gwn weg. na een jaar doet dat pijn",
        ),
        "geruchten": (
            "in de buurtapp gaan verhalen rond over de nieuwe bewoners en diefstal, niemand heeft iets gezien",
            "iemand heeft iets op fb gezet over de nieuwe mensen en nu is iedereen boos, klopt t wel?",
            "ze zeggen dat er meer wordt ingebroken sinds zij er zijn, wijkagent zegt dat t nie klopt",
        ),
        "nieuwkomers": (
            "we wonen hier een half jaar, willen graag kennismaken maar ze kijken ons zo aan",
            "ik wil iets doen voor de buurt maar ik heb t gevoel dat ik er nie bij hoor",
            "mn vrouw durft nie meer alleen naar de winkel sinds iemand iets naar haar riep",
        ),
        "vaag": (
            "de sfeer is anders geworden, kan t nie uitleggen maar je voelt t op straat",
            "vroeger kende je iedereen, nu zijn t 2 buurten in 1",
            "op t plein zitten groepjes en die groepjes mengen nie, was vroeger anders",
        ),
    },
    "inbraakgolf": {
        "inbraak": (
            "bij ons ingebroken en 2 huizen verder ook en vorige maand aan de overkant, steeds via de achterkant",
            "via t keukenraam binnen terwijl we sliepen, niks gehoord, tas met alles erin weg",
            "4e inbraak in een paar weken in deze straten, wanneer gebeurt er iets",
        ),
        "schuurtjes": (
            "alle schuurtjes in t achterpad open gebroken, fiets van mn dochter weg en de boormachine",
            "slot vd berging gwn doorgezaagd, e-bike van mn man weg, was bijna nieuw",
            "iemand heeft geprobeerd mn schuur open te breken, slot hangt er half",
        ),
        "angst": (
            "durf nie meer op vakantie, wie weet wat ik terugvind",
            "ik hoor elk geluidje snachts, is dat de kat of de wind of iemand?",
            "mn moeder woont alleen in de straat en is zo bang dat ze nie meer slaapt",
        ),
        "buurtpreventie": (
            "we hebben een whatsapp buurtpreventie gestart, als je iets raars ziet zet je t erin",
            "paar buren willen savonds rondjes lopen, willen wel weten hoe je dat goed doet",
            "we willen als straat betere verlichting in t achterpad, kunnen we dat samen aanvragen",
        ),
        "vaag": (
            "ik check elke avond 3x of alles dicht is, mn man lacht maar doet t zelf ook",
            "2 mannen in t achterpad die ik nooit gezien had, week later was t raak",
            "overal in de straat hangen nu lampen met sensoren, zegt genoeg",
        ),
    },
    "schoolverkeer": {
        "dubbel_parkeren": (
            "elke ochtend om 8 uur hele straat vol ouders die dubbel parkeren, ook voor mn uitrit",
            "kan smorgens mn eigen straat nie uit, autos met alarmlichten voor de school",
            "ze zetten hun auto op t zebrapad bij de schoolingang, kids moeten ertussen door",
        ),
        "bijna_ongeluk": (
            "zag een kindje tussen 2 autos de straat op rennen, auto kwam net aan. centimeters",
            "moeder reed achteruit weg en zag t fietsje nie, kindje zo geschrokken",
            "vroeger stond er een klaar-over, nu nie meer, elke dag levensgevaarlijk",
        ),
        "ouders": (
            "c|ik breng de kids met de auto want ik moet daarna direct door naar werk, er is geen plek",
            "c|briefjes achter de ruitenwisser van bewoners, best onaardig, wij doen ook ons best",
            "c|met 3 kleintjes kan ik nie lopen, te ver en t regent altijd. snap de ergernis wel",
        ),
        "school": (
            "i|ik werk op de school en we maken ons zorgen over de chaos bij t hek, elke ochtend",
            "i|als school willen we een plek waar ouders even kunnen stoppen, gemeente moet meewerken",
            "i|onze juffen staan nu zelf buiten verkeer te regelen, nie te doen",
        ),
        "vaag": (
            "tussen 8 en kwart over ga ik gwn nie naar buiten, dan is t hier een gekkenhuis",
            "getoeter en geschreeuw elke ochtend, elke dag hetzelfde liedje",
            "ik hou mn hart vast elke ochtend, op een dag gaat t mis",
        ),
    },
    "honden_park": {
        "poep": (
            "park ligt vol hondenpoep, kids kunnen nie meer over t gras, mn zoontje zat erin",
            "ze laten hun hond op t speelveld kakken en lopen door, geen zakje niks",
            "op t stukje gras waar de kids voetballen, ik ben gestopt met tellen bij 20",
        ),
        "loslopend": (
            "honden los in t park, grote honden, eentje sprong op mn dochtertje, nu is ze doodsbang",
            "bord zegt aanlijnen maar niemand doet t, ze rennen achter de fietsers aan",
            "hond pakte de bal van de kids af en ging grommen toen mn zoon m terug wilde",
        ),
        "speelveld": (
            "t speelveld in t park is 1 grote hondenwei geworden",
            "in de zandbak in t park gaan de honden, mn kids mogen er nie meer in",
            "vroeger speelden alle kids uit de buurt daar, nu zie je alleen nog honden",
        ),
        "baasjes": (
            "c|ik heb een hond en ruim ALTIJD op maar word uitgescholden door ouders alsof ik de schuldige ben",
            "c|er is nergens in de buurt een losloopveld, waar moeten we dan heen",
            "sfeer in t park is grimmig, hondenmensen vs ouders",
        ),
        "vaag": (
            "als we uit t park komen eerst bij de deur alle schoenen schoonmaken, elke keer",
            "we gaan nu naar een park verderop met de kids, t onze is nie meer van ons",
            "smorgens vroeg is t daar altijd gedoe, ik ga er nie meer heen voor 9en",
        ),
    },
    "speeltuin": {
        "kapot": (
            "speeltuin helemaal gesloopt, gat in de glijbaan, schommels eraf gesneden, hek eruit",
            "al maanden lint om de toestellen, niks gebeurt",
            "klimrek kapot, touwen doorgesneden, kids kijken er alleen naar",
        ),
        "gevaar": (
            "spijkers steken uit de planken van t speelhuisje, mn dochter haar been open gehaald",
            "glas in t zand van kapotte flessen, met een schepje gezocht maar je vindt t nooit allemaal",
            "de glijbaan heeft een scherpe rand, echt gevaarlijk voor kleintjes",
        ),
        "daders": (
            "savonds oudere jongens in de speeltuin die tegen de toestellen trappen",
            "brandje gestookt onder de glijbaan, zwarte plek zie je nog. dat waren geen kleuters",
            "buurman zag een paar gasten de schommel eraf trekken, ze lachten erbij",
        ),
        "ouders_in_actie": (
            "met een groep ouders willen we de speeltuin zelf opknappen, mag dat en is er geld?",
            "we verzamelen handtekeningen voor een nieuwe speeltuin, al 100",
            "ik wil een groepje ouders dat de speeltuin in de gaten houdt, samen verantwoordelijk",
        ),
        "vaag": (
            "mn kids spelen nu op de stoep want daar kunnen ze niks meer, zonde",
            "t is daar een puinhoop al maanden, weet iemand t nog?",
            "hekken linten gaten, zo ziet t eruit als je uit t raam kijkt",
        ),
    },
    "deelscooters": {
        "stoep": (
            "die deelscooters staan overal midden op de stoep, elke ochtend slalommen {eng}",
            "voor de ingang van ons blok staan er soms 6, plus die deelfietsen, je kunt er nie langs",
            "ze liggen omgevallen op t trottoir en blijven daar dagen liggen",
        ),
        "rollator": (
            "ik loop met een rollator en kom er nie langs, moet dan de weg op tussen de autos",
            "buurman in een rolstoel kon zn flat nie in, scooter voor de hellingbaan",
            "mn moeder ziet slecht en is over zo'n ding gestruikeld, pols gebroken",
        ),
        "rijgedrag": (
            "met z'n 2en op zo'n deelscooter over de stoep, keihard, schrok me dood",
            "savonds racen ze met die dingen door de straat zonder helm",
            "ze komen zonder geluid aan, je hoort ze nie, al 2x bijna geraakt",
        ),
        "gebruikers": (
            "c|ik rij zelf op die scooters, er zijn geen vakken, dus je zet m waar je bent. sorry nie sorry",
            "c|buren schelden mn dochter uit omdat ze een deelscooter voor de deur zet, de app zegt dat t mag",
            "c|bus rijdt hier savonds nie meer, zo'n scooter is mn enige manier om thuis te komen",
        ),
        "vaag": (
            "ik struikel hier elke dag bijna over die dingen, wie heeft dat verzonnen",
            "gemeente zegt bel t bedrijf, bedrijf zegt bel de gemeente",
            "elke ochtend liggen ze er weer, op andere plekken",
        ),
    },
    "pinautomaat": {
        "weg": (
            "geldautomaat in t winkelcentrum zomaar weggehaald, nergens meer cash in de buurt",
            "na die plofkraak is de pinautomaat nooit meer teruggekomen, al maanden",
            "wilde geld halen en er zat een plaat voor t gat in de muur, niemand iets verteld",
        ),
        "contant": (
            "ik betaal alles contant, zo hou ik overzicht, nu weet ik nie hoe ik aan mn geld kom",
            "op de markt willen ze cash, bij de kapper ook, en ik moet naar de andere kant vd stad",
            "mn oma geeft de kleinkids altijd een briefje van 10, kan nu nie meer zegt ze",
        ),
        "afstand": (
            "dichtstbijzijnde automaat is bij t station, voor mij met mn heup te ver",
            "moet nu de bus nemen om geld te halen, die bus kost ook geld",
            "mn zoon brengt me 1x per maand naar een geldautomaat, wil nie steeds afhankelijk zijn",
        ),
        "vaag": (
            "heb nu een potje in de kast voor de zekerheid, je weet maar nooit",
            "alles gaat weg uit de buurt, eerst de bank, toen de post, nu dit",
            "bij de bakker merken ze t ook, mensen kopen minder",
        ),
    },
    "zendmast": {
        "gezondheid": (
            "grote zendmast vlak bij ons huis, maak me zorgen over straling met kleine kids",
            "sinds die mast er staat hoofdpijn en slecht slapen, misschien toeval maar wie zegt dat",
            "de school is er vlakbij, wil zeker weten dat t veilig is",
        ),
        "niet_gevraagd": (
            "niks aan ons gevraagd, opeens stond die mast er, geen brief geen avond niks",
            "we willen als bewoners een infoavond over die mast met iemand die t kan uitleggen",
            "ik verzamel handtekeningen tegen de mast maar waar lever ik die in",
        ),
        "uitzicht": (
            "ik kijk vanuit mn woonkamer recht tegen die mast aan, vroeger bomen",
            "buurman zegt dat onze huizen minder waard worden door die mast",
            "zo'n lelijk ding pal naast t sportveld, kon dat nie ergens anders",
        ),
        "vaag": (
            "dat ding bij t sportveld, niemand weet wat t doet, vind t eng eerlijk gezegd",
            "sinds die paal er staat voel ik me nie lekker in mn eigen huis",
            "halve straat heeft t erover maar niemand weet wie je moet bellen",
        ),
    },
}
