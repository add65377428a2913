"""Hand `verhaal`: residents' stories about planted matters, per aspect."""

from __future__ import annotations

MATTERS: dict[str, dict[str, tuple[str, ...]]] = {
    "feesthuis": {
        "muziek": (
            "Daar in dat huis {verderop} is het elk weekend feest. Om vier uur 's nachts staat de muziek nog zo hard dat ik de teksten kan meezingen, als ik ze zou kennen.",
            "Vrijdagnacht weer. Ik ben om half drie uit bed gegaan en heb bij het raam gestaan, de hele straat lag wakker, je zag overal de lichten aangaan.",
            "Het is niet een verjaardagje af en toe, het is elke week, met dj en al. Ik hoor de bas in mijn kussen.",
        ),
        "bezoekers": (
            "Er komen daar mensen die niet meer op hun benen kunnen staan. Ze gaan op de stoep zitten, ze roepen, ze bellen bij de verkeerde deur aan.",
            "Ik zag laatst een jongen tegen mijn voordeur plassen, een gast van dat huis {verderop}. Toen ik er wat van zei, lachte hij me uit.",
            "Als ze naar huis gaan, om een uur of vijf, staan ze nog een half uur op straat te schreeuwen en afscheid te nemen.",
        ),
        "parkeren": (
            "In het weekend kan ik mijn auto nergens kwijt, de hele straat staat vol met auto's van mensen die naar dat feesthuis gaan.",
            "Ze parkeren voor mijn uitrit, ik kon zaterdag niet weg naar mijn moeder. Ik heb een uur staan wachten.",
            "Het zijn steeds andere auto's, met kentekens van overal, en ze staan half op het trottoir, ik kom er met de kinderwagen niet langs.",
        ),
        "rommel": (
            "Zondagochtend is de stoep voor dat huis een vuilnisbelt. Blikjes, flessen, sigaretten, een keer zelfs een schoen.",
            "Ik vind bij mij in de voortuin lege flessen, na elk weekend. Die gooien ze gewoon over de heg.",
            "Er ligt glas op straat, van de kapotte flessen, en mijn hond heeft zijn poot er al aan opengehaald.",
        ),
        "bewoners_feesthuis": (
            "Ik woon in dat huis waar ze het allemaal over hebben. Ja, we hebben vrienden over, we zijn jong. Maar ik word op straat nagekeken alsof ik een crimineel ben.",
            "We hebben een briefje in de bus gekregen, zonder naam, met allemaal verwijten. Als er iets is, kom dan gewoon even langs, zeg ik.",
            "Ik verhuur kamers in dat pand en ik heb de huurders al gezegd dat het rustiger moet. Maar ik kan niet elk weekend gaan kijken.",
        ),
        "vaag": (
            "Ik kijk eigenlijk al op donderdag naar het weekend, en dan denk ik: hoe zal het deze keer gaan. Zo leef je toch niet.",
            "Sinds die nieuwe huurders er zitten, {verderop}, is de straat veranderd. Meer zeg ik er niet over, maar iedereen weet wat ik bedoel.",
            "Op maandag lopen we hier allemaal met wallen rond. De buurvrouw zei laatst: het is weer zo'n week geweest, hè.",
        ),
    },
    "burenconflict": {
        "verwijten": (
            "Het gaat tussen mij en {buren}, en het is niet meer te overzien. Alles wat ik doe is fout, en andersom zegt zij natuurlijk hetzelfde.",
            "Ze heeft in het portiek een briefje opgehangen over mij, zodat iedereen het kon lezen. Ik heb het eraf gehaald en nu zegt ze dat ik haar post steel.",
            "Het begon met een opmerking over de trap, en nu is het elke dag iets. Ik word er zo moe van.",
        ),
        "lawaai_over_en_weer": (
            "Sinds de ruzie slaat ze expres de deur dicht, elke keer, zo hard dat mijn schilderijen scheef hangen.",
            "Ze bonken op de muur als ik de tv aan heb, en dan gaat die van hen keihard. Zo gaat het over en weer, tot een uur of twaalf.",
            "Het is pesterij, dat lawaai. Het is niet gewoon leven, het is expres, op de momenten dat ik wil slapen.",
        ),
        "dreiging": (
            "Gisteren stond hij ineens op de overloop, heel dichtbij, en hij zei dat ik moest oppassen. Ik heb de hele nacht niet geslapen.",
            "Hij heeft mijn deur ingetrapt, nou ja, er een deuk in geschopt, terwijl ik erachter stond. Ik heb de politie gebeld.",
            "Zijn zoon kwam naar me toe en zei dat het 'slecht met me zou aflopen'. Ik ben een oude vrouw, wat moet ik daarmee?",
        ),
        "andere_kant": (
            "Ik weet dat de buurvrouw over mij klaagt bij iedereen. Maar zij filmt mij, zij houdt bij hoe laat ik thuiskom. Wie pest hier nou wie?",
            "Ik word overal zwartgemaakt, bij de woningbouw, bij u, bij de politie. Ik wil ook eens mijn kant van het verhaal vertellen.",
            "Het klopt dat ik een keer ben uitgevallen. Maar dat was na maanden van klachten over alles, over mijn kinderen, mijn kookluchtjes, mijn bezoek.",
        ),
        "omstanders": (
            "Ik woon tussen die twee in, en ze willen allebei dat ik kies. Ik wil helemaal niet kiezen, ik wil gewoon mijn rust.",
            "Het hele portiek lijdt eronder. Niemand zegt elkaar meer gedag, iedereen loopt snel naar binnen.",
            "Ik ben al drie keer gevraagd om een verklaring te tekenen, van de ene kant en van de andere. Ik heb het niet gedaan.",
        ),
        "vaag": (
            "Het is al maanden onrustig in ons trappenhuis, en ik weet niet eens meer precies waar het om begon.",
            "Ik ga liever met de lift, ook al is het één verdieping, dan hoef ik niet langs die deuren.",
            "Als ik thuiskom, luister ik eerst even in de hal of het stil is. Zo ver is het gekomen.",
        ),
    },
    "hangjongeren": {
        "hangen": (
            "Elke avond {pleintje} zit er een groep jongens, soms tien, soms twintig, met scooters en muziek, tot een uur of twee.",
            "Vanuit mijn slaapkamer kijk ik zo op dat plein, en ik zie ze daar elke avond zitten. Ze praten hard, ze lachen, de scooters lopen stationair.",
            "Het begon met een paar, nu is het een hele groep, ook jongens van buiten de buurt. Ze zitten op de bankjes {pleintje} alsof het van hen is.",
        ),
        "intimidatie": (
            "Als ik langs moet met de boodschappen, houden ze op met praten en kijken me allemaal aan. Eentje maakte een geluid achter mijn rug.",
            "Ze gaan expres op het pad staan zodat je om ze heen moet. Mijn buurvrouw met haar rollator durft niet meer over het plein.",
            "Ze riepen dingen naar mijn dochter, ze is pas veertien. Ze wil nu dat ik haar ophaal van de bus.",
        ),
        "vernieling": (
            "Het bankje {pleintje} is gesloopt, en de prullenbak hebben ze in brand gestoken. Ik zag de vlammen vanuit mijn keuken.",
            "Alle lampen op het plein zijn kapot, en dat is volgens mij expres, want dan zie je niet wie er zit.",
            "Ze hebben met iets hards op het bushokje geslagen, het glas ligt er nog.",
        ),
        "rommel": (
            "De volgende ochtend ligt {pleintje} vol, blikjes, bakjes van de snackbar, die zilveren patroontjes. Ik ruim het soms zelf op voor de kinderen.",
            "In de plantenbak liggen flessen en peuken, en er is in de hoek geplast, dat ruik je gewoon.",
            "Er liggen van die ballonnen en patronen, honderden. En elke ochtend nieuwe.",
        ),
        "jongeren_zelf": (
            "Ik ben een van die jongens op het plein, zeg maar. We worden overal weggestuurd, bij de snackbar, bij de school. Waar moeten we dan heen?",
            "Mijn zoon zit daar ook, en ik heb met hem gepraat. Hij zegt: mam, we doen niks, we zitten alleen. Ik geloof hem half.",
            "De jongens zeggen zelf dat ze wel een eigen plek zouden willen, een hok, een ruimte, iets. Dan zijn ze weg van het plein.",
        ),
        "vaag": (
            "Na het eten doe ik de gordijnen dicht aan de voorkant. Dan hoef ik het niet te zien.",
            "Het plein was vroeger van iedereen. Nu ga je er na achten gewoon niet meer overheen.",
            "Mijn man zegt: bemoei je er niet mee. Maar ik lig elke nacht toch te luisteren.",
        ),
    },
    "ontmoetingsplek": {
        "gemis": (
            "Sinds het buurthuis dicht is, hebben we niks meer. Daar dronk je koffie, daar hoorde je de nieuwtjes. Nu is het gewoon weg.",
            "Ik ging drie ochtenden in de week naar de inloop. Toen het sloot heeft niemand ons gevraagd wat we ervan vonden.",
            "Waar moeten we nu heen? In de kerk is het ook niet meer, en het wijkcentrum is aan de andere kant van het spoor.",
        ),
        "alleen": (
            "Ik merk dat ik steeds minder de deur uitga sinds de koffieochtend er niet meer is. Waarom zou ik, er is niks.",
            "Mijn buurvrouw en ik zagen elkaar altijd daar, en nu zien we elkaar eigenlijk nooit meer. Gek, hè, we wonen vlak bij elkaar.",
            "Het was voor mij het enige moment in de week dat ik met mensen praatte. Dat mis ik echt.",
        ),
        "initiatief": (
            "Met een paar mensen willen we zelf iets beginnen, een huiskamer voor de buurt. We zoeken alleen een ruimte, en misschien een beetje geld.",
            "Er staat een winkelpand leeg, en ik dacht: daar zou je toch een ontmoetingsplek van kunnen maken? Wie moet ik daarvoor bellen?",
            "We hebben al een lijst met twintig mensen die mee willen doen, we moeten alleen een plek hebben.",
        ),
        "vrijwilligers": (
            "Ik heb jaren koffie geschonken in het buurthuis, en ik zou het zo weer doen, als er maar weer een plek kwam.",
            "De oude vrijwilligersgroep bestaat nog, we hebben nog een app. Iedereen wil wel, maar er is niks om te doen.",
            "Ik kan goed organiseren, ik heb dat vroeger gedaan. Als er een ruimte komt, wil ik best de planning doen.",
        ),
        "vaag": (
            "Vroeger kende je iedereen van gezicht. Nu kom je iemand tegen in de lift en je hebt geen idee wie het is.",
            "Op dinsdag loop ik nog weleens langs dat gebouw, uit gewoonte. Dan staat er niemand.",
            "Iedereen zit maar in zijn eigen huisje. Ik weet niet waar het naartoe gaat.",
        ),
    },
    "armoede": {
        "rekeningen": (
            "Ik kom gewoon niet meer rond. De huur, de energie, de zorgverzekering, en dan is er niks meer over voor eten.",
            "Ik heb een stapel brieven liggen die ik niet open durf te maken. Ik weet wat erin staat, en ik kan het toch niet betalen.",
            "De deurwaarder is geweest, en nu weet de halve straat het. Ik schaam me dood, maar ik heb hulp nodig.",
        ),
        "kinderen": (
            "Mijn kinderen vragen waarom ze niet op zwemles mogen, net als de rest van de klas. Wat moet ik zeggen?",
            "De winterjas van mijn zoon is te klein, maar een nieuwe zit er nu echt niet in. Hij draagt twee truien eronder.",
            "Op school hoorde ik dat er meer kinderen uit onze straat zonder brood komen. Het is dus niet alleen bij ons.",
        ),
        "energie": (
            "We zitten met z'n allen in één kamer met een deken, de rest van het huis is ijskoud. De verwarming gaat alleen aan als het echt moet.",
            "Ik heb die energietoeslag niet aangevraagd, ik wist niet eens dat het bestond. Nu is het te laat, zeggen ze.",
            "De rekening van het energiebedrijf was zo hoog dat ik dacht dat het een vergissing was. Het was geen vergissing.",
        ),
        "zorgen": (
            "Ik zie bij de buren dat het niet goed gaat. De kinderen komen bij ons eten, en de moeder ziet er zo moe uit.",
            "Hier in de straat zijn meer gezinnen die het moeilijk hebben, dat zie je gewoon. Niemand zegt het, maar je ziet het.",
            "Ik deel soms boodschappen met de buurvrouw, maar ik heb het zelf ook niet breed. We helpen elkaar een beetje.",
        ),
        "vaag": (
            "Het is de laatste week van de maand, dan weet je het wel hier. Dan is het stil op straat en gaat niemand ergens heen.",
            "Mijn dochter wilde een verjaardagsfeestje geven, en ik heb gezegd dat het dit jaar niet kan. Ze heeft gehuild.",
            "Ik ben er heel goed in geworden om van niks iets te maken. Maar ik ben zo moe.",
        ),
    },
    "eenzame_flat": {
        "alleen": (
            "Ik woon hier in de flat met allemaal mensen van mijn leeftijd, en toch is het alsof ik alleen op de wereld ben. Niemand komt bij elkaar.",
            "Ik zie op een dag de thuiszorg, tien minuten, en verder niemand. De televisie is mijn gezelschap.",
            "Op mijn verdieping wonen zes mensen, allemaal alleen. We kennen elkaar van gezicht, meer niet.",
        ),
        "zorgen": (
            "De meneer naast mij heb ik al een week niet gezien, en ik hoor hem ook niet. Ik heb de huismeester gebeld.",
            "Ik ben de huismeester en ik zie hier steeds meer mensen die nergens meer heen gaan. Het zit me niet lekker.",
            "Mijn moeder woont in die flat, en ik merk dat ze steeds stiller wordt. Ze zegt dat de anderen ook nooit iemand zien.",
        ),
        "recreatieruimte": (
            "Beneden hebben we een zaal, daar deden we vroeger bingo en koffie. Nu zit hij op slot, niemand weet waarom.",
            "Als die ruimte beneden weer open zou gaan, al was het maar één middag per week, dan zouden we elkaar weer zien.",
            "Vroeger was er elke vrijdag iets te doen in de flat. Nu zit iedereen achter zijn eigen voordeur.",
        ),
        "bang": (
            "Ik ga niet meer naar beneden als het donker is. De hal is slecht verlicht en er lopen mensen die ik niet ken.",
            "Sinds ik ben gevallen bij de ingang, durf ik eigenlijk niet meer alleen naar buiten. Dus ik blijf binnen.",
            "In de lift stond laatst een man die ik niet kende, en hij bleef maar naar me kijken. Sindsdien neem ik de lift niet meer alleen.",
        ),
        "vaag": (
            "Ik praat meer tegen de radio dan tegen mensen. Dat klinkt grappig, maar dat is het niet.",
            "Op zondag hoor je in de hele flat geen geluid. Dan denk ik weleens: leeft er nog iemand?",
            "Mijn verjaardag ging voorbij zonder dat er iemand aanbelde. Ik had taart gekocht.",
        ),
    },
    "dumpafval": {
        "dumpen": (
            "Achter de winkels wordt alles gedumpt wat mensen kwijt willen. Matrassen, bankstellen, zakken vol rommel. Het groeit elke week.",
            "Ik zag laatst een busje stoppen achter de winkels, en ze gooiden er een hele lading afval uit. Ik heb het kenteken niet kunnen zien.",
            "Bij de laadplek van de winkels ligt een berg, je kunt er niet meer langs met de fiets.",
        ),
        "ongedierte": (
            "Er lopen ratten achter de winkels, overdag, en ze komen ook bij ons in de tuin. Ik heb een kleine, ik ben doodsbang.",
            "De meeuwen zitten op die berg afval achter de winkels en ze krijsen de hele dag, en ze trekken alles uit elkaar.",
            "Sinds die rommel er ligt, hebben we muizen in de schuur, dat hadden we nooit.",
        ),
        "winkeliers": (
            "Ik heb een winkel in de strip, en die troep achter is niet van ons. Mensen dumpen het 's nachts. Wij worden er wel op aangekeken.",
            "De eigenaar van de snackbar zegt dat het van de supermarkt is, en de supermarkt zegt dat het van de snackbar is.",
            "Als ondernemer wil ik wel een hek plaatsen, maar dan moet de gemeente meebetalen, het is niet alleen ons probleem.",
        ),
        "stank": (
            "Die lucht achter de winkels is niet te harden. Ik kan mijn raam niet meer open doen, en dat met dit weer.",
            "Er ligt daar eten te rotten, en als het warm is, ruik je het tot in de slaapkamer.",
            "Ik woon boven de winkels en het stinkt elke dag, het komt via de ventilatie naar binnen.",
        ),
        "vaag": (
            "Dat steegje achter de winkels, daar loop ik niet meer door. Je weet niet wat je tegenkomt.",
            "Het ziet er daar achter gewoon niet meer uit. Mijn kleinkinderen vroegen of het een vuilnisbelt was.",
            "Niemand voelt zich verantwoordelijk, dus het blijft liggen. En er komt elke week wat bij.",
        ),
    },
    "bedreiging": {
        "bedreigd": (
            "Die familie van verderop heeft tegen mijn man gezegd dat ze ons huis in brand steken. Ik weet niet of ze het menen, maar ik slaap niet meer.",
            "Mijn zoon wordt op straat opgewacht door jongens van die andere familie. Ze zeggen dat ze hem te grazen nemen.",
            "Er kwamen berichten op mijn telefoon, heel dreigend, over mijn kinderen. Ik heb ze aan de politie laten zien.",
        ),
        "geweld": (
            "Er is gevochten op straat, tussen twee families, met stokken. Iemand moest naar het ziekenhuis.",
            "Ze hebben bij de buren de ruit eruit gegooid, en de dag erna stond er een auto in brand. Het houdt niet op.",
            "Mijn neef is in elkaar geslagen door mannen van die familie. Om niks, omdat hij bij ons hoort.",
        ),
        "angst": (
            "Ik laat de kinderen niet meer buiten spelen. Je weet niet wanneer het weer losbarst.",
            "Sinds die vechtpartij slaap ik met mijn kleren aan, zodat ik snel weg kan als het nodig is.",
            "De hele straat is bang. Iedereen kijkt naar buiten als er een auto stopt.",
        ),
        "familiekant": (
            "Ze zeggen dat wij begonnen zijn, maar wij verdedigen ons alleen maar. Mijn vader is aangevallen, wat moeten we dan doen?",
            "Onze familie wordt in de hele buurt weggezet als het probleem. Niemand vraagt wat ons is aangedaan.",
            "Ik wil met iemand praten over die ruzie, want het loopt uit de hand en mijn broers luisteren niet naar mij.",
        ),
        "omstanders": (
            "Ik ken allebei die families, en nu moet ik kiezen, zeggen ze. Ik wil niet kiezen, ik wil dat het ophoudt.",
            "De straat is in tweeën gedeeld. De ene kant praat niet met de andere. Het was hier altijd zo gemoedelijk.",
            "Mijn kinderen spelen met kinderen van beide kanten, en nu mogen ze dat niet meer. Dat doet me pijn.",
        ),
        "vaag": (
            "Het is weer onrustig in de straat, de politie is er deze week al drie keer geweest. Zelfde huizen, zelfde mensen.",
            "Ik zeg er verder niks over, je weet nooit wie er meeluistert. Maar het is niet goed hier.",
            "Ik ga verhuizen, als het kan. Waarom? Dat weet u wel, denk ik.",
        ),
    },
    "drugs_portiek": {
        "dealen": (
            "In ons portiek wordt verkocht, dat weet ik zeker. Ik zie steeds dezelfde jongen die daar staat te wachten, en mensen die even binnenlopen.",
            "Achterom, bij de schuurtjes, daar gebeurt het. Om de paar minuten komt er iemand, en die is na een minuut weer weg.",
            "De bel gaat bij mij, midden in de nacht, en dan vragen ze naar iemand die ik niet ken. Ze hebben het verkeerde huis, zeg ik dan.",
        ),
        "sporen": (
            "Ik vind in het trappenhuis van die kleine zakjes, en stukjes folie, en laatst een spuit. Mijn kinderen lopen daar.",
            "Het ruikt in het portiek naar iets chemisch, en er ligt rommel in de hoek onder de trap.",
            "Bij de achterom liggen elke ochtend nieuwe patronen en zakjes. Ik veeg het niet meer op, het heeft geen zin.",
        ),
        "komen_en_gaan": (
            "Er stoppen de hele avond auto's voor de deur, motor aan, lichten aan, iemand stapt uit en weer in. Dat gaat door tot diep in de nacht.",
            "Scooters rijden af en aan, ze zetten ze op de stoep voor de ingang en laten ze draaien.",
            "Soms staat er een auto dubbel geparkeerd, en dan zie ik iemand iets in het raampje geven. Ik ben niet gek.",
        ),
        "angst": (
            "Ik durf 's avonds niet meer door het portiek, ik neem dan de andere ingang, ook al moet ik dan om.",
            "Mijn dochter wil niet meer alleen naar boven, ze wacht beneden tot ik haar kom halen.",
            "Ik heb een extra slot op de deur gezet. Je weet niet wie er door dat portiek loopt.",
        ),
        "verdachte_bewoner": (
            "Ik weet wat de buren over mij zeggen. Ja, er komen vrienden van mij langs, soms laat. Maar ik verkoop niks, ik ben geen dealer.",
            "Ik gebruik, dat geef ik toe, en ik ben daar niet trots op. Maar die handel in het portiek, daar heb ik niks mee te maken. Ik word overal op aangekeken.",
            "Mijn zoon woont in dat portiek en iedereen denkt dat hij het is. Hij heeft fouten gemaakt, maar hij is aan het afkicken.",
        ),
        "vaag": (
            "Iedereen in ons blok weet wat er gebeurt, maar niemand zegt het hardop. Ik nu dus wel, een beetje.",
            "Er is een drukte bij ons op rare tijden, mensen die hier niet horen. Meer wil ik er niet over kwijt.",
            "Ik kijk altijd eerst door het raampje voor ik naar beneden ga. Gewoon, voor de zekerheid.",
        ),
    },
    "schimmel": {
        "schimmel": (
            "In de slaapkamer zit zwarte schimmel in de hoeken, en achter de kast is de muur helemaal groen. Bij de buren is het precies hetzelfde.",
            "Ik poets elke week het plafond van de badkamer, en een week later zitten de zwarte puntjes er weer.",
            "Mijn kleren in de kast ruiken muf, er zitten plekjes op. Ik heb al een hele zak weg moeten gooien.",
        ),
        "gezondheid": (
            "Mijn kinderen zijn de hele winter ziek geweest, hoesten, astma. De huisarts vroeg of we vocht in huis hebben.",
            "Ik heb het aan mijn longen, en in dit huis word ik er niet beter van. Ik word 's ochtends wakker en ik ben benauwd.",
            "Bij ons in het complex zijn heel veel mensen verkouden, of benauwd. Dat is toch geen toeval meer.",
        ),
        "verhuurder": (
            "Ik heb het al vier keer gemeld bij de woningcorporatie. Ze sturen iemand die zegt dat ik beter moet luchten, en dan gaan ze weer.",
            "Ze hebben er een laagje verf overheen gedaan, en na twee weken kwam het gewoon weer door.",
            "Mijn melding is afgesloten zonder dat er iemand is geweest. Ik kreeg alleen een mailtje.",
        ),
        "stookkosten": (
            "Ik stook meer om het droog te krijgen, maar dan wordt de rekening onbetaalbaar. Ik moet kiezen tussen vocht en schulden.",
            "Ik heb zo'n ontvochtiger gekocht, die staat dag en nacht aan, en nu is mijn stroomrekening verdubbeld.",
            "Het tocht, het is vochtig, dus je stookt, en dan is het geld op. Het is een cirkel.",
        ),
        "vaag": (
            "Als je bij ons binnenkomt, ruik je het meteen. Ik vraag geen visite meer, ik schaam me.",
            "Elke ochtend zijn de ramen nat, van binnen. Ik leg handdoeken op de vensterbank.",
            "Het hele blok heeft er last van, als je het mij vraagt. Maar iedereen denkt dat het aan henzelf ligt.",
        ),
    },
    "spanningen": {
        "wantrouwen": (
            "Er zijn hier veel nieuwe mensen komen wonen, en de oudere bewoners vertrouwen het niet. Je hoort het aan de manier waarop ze praten.",
            "Op het plein hoor ik mensen zeggen dat het niet meer hun buurt is. Dat zeggen ze niet tegen de nieuwe mensen, maar over ze.",
            "Er wordt zoveel gepraat, de een zegt dit en de ander zegt dat, en niemand praat met die nieuwe mensen zelf.",
        ),
        "uitsluiting": (
            "Wij zijn hier nieuw en we wilden meedoen met het straatfeest. Toen we kwamen, werd er gezegd dat het voor de vaste bewoners was.",
            "Mijn kinderen worden op de speelplaats uitgescholden door andere kinderen. Die woorden hebben ze van thuis.",
            "Ik groet iedereen, elke dag. Maar de meeste mensen kijken gewoon weg. Na een jaar doet dat wel pijn.",
        ),
        "geruchten": (
            "In de app van de buurt gaan allerlei verhalen rond over de nieuwe bewoners, over diefstal en zo. Niemand heeft iets gezien, maar iedereen gelooft het.",
            "Er is een bericht op internet gezet over de nieuwe mensen, en nu zijn de mensen boos. Ik weet niet of het waar is.",
            "Ze zeggen dat er sinds hun komst meer wordt ingebroken. Ik heb het aan de wijkagent gevraagd, die zei dat het niet klopt.",
        ),
        "nieuwkomers": (
            "We wonen hier nu een half jaar. We willen graag kennismaken met de buren, maar we weten niet hoe, en ze kijken ons zo aan.",
            "Ik wil iets doen voor de buurt, vrijwilligerswerk of zo, maar ik heb het gevoel dat ik er niet bij hoor.",
            "Mijn vrouw durft niet meer alleen naar de winkel, sinds iemand iets naar haar riep. We wilden hier juist een nieuw leven beginnen.",
        ),
        "vaag": (
            "De sfeer is anders geworden. Ik kan het niet goed uitleggen, maar je voelt het als je over straat loopt.",
            "Vroeger kende je iedereen hier. Nu zijn er twee buurten in één, zo voelt het.",
            "Op het plein zitten de mensen in groepjes, en die groepjes mengen niet. Dat was vroeger anders.",
        ),
    },
    "inbraakgolf": {
        "inbraak": (
            "Er is bij ons ingebroken, en bij de buren twee huizen verder ook, en vorige maand bij de overkant. Het gebeurt steeds aan de achterkant.",
            "Ze zijn via het keukenraam binnengekomen terwijl we sliepen. We hebben niks gehoord. Mijn tas met alles erin is weg.",
            "Dit is al de vierde inbraak in een paar weken in deze straten. Wanneer gaat er iets gebeuren?",
        ),
        "schuurtjes": (
            "In het achterpad zijn alle schuurtjes opengebroken, ook de mijne. De fiets van mijn dochter is weg, en de boormachine.",
            "Ze hebben het slot van de berging gewoon doorgezaagd. De elektrische fiets van mijn man, die was nog bijna nieuw.",
            "Iemand heeft geprobeerd mijn schuur open te breken, het slot hangt nog half. Ze zijn waarschijnlijk gestoord.",
        ),
        "angst": (
            "Ik durf niet meer op vakantie. Wie weet wat ik terugvind. We gaan dit jaar maar niet.",
            "Ik hoor elk geluidje 's nachts, en dan lig ik te luisteren. Is dat de kat, is dat de wind, of is dat iemand?",
            "Mijn moeder woont alleen hier in de straat, en ze is zo bang geworden dat ze niet meer wil slapen.",
        ),
        "buurtpreventie": (
            "We hebben met de straat een app opgezet, en nu letten we op elkaar. Als je iets raars ziet, zet je het erin.",
            "Met een paar buren willen we 's avonds rondjes lopen. We willen wel weten hoe je dat goed doet, en of de wijkagent wil meedenken.",
            "We willen als straat betere verlichting in het achterpad. Kunnen we dat samen aanvragen?",
        ),
        "vaag": (
            "Ik controleer nu elke avond drie keer of alles dicht is. Ramen, achterdeur, schuur. Mijn man lacht erom, maar hij doet het zelf ook.",
            "Er liepen laatst twee mannen door het achterpad die ik nooit eerder had gezien. Een week later was het raak.",
            "Overal in de straat hangen nu van die lampen met sensoren. Dat zegt toch genoeg.",
        ),
    },
    "schoolverkeer": {
        "dubbel_parkeren": (
            "Elke ochtend om acht uur staat de hele straat vol met ouders die hun kinderen brengen. Dubbel geparkeerd, op de stoep, voor mijn uitrit.",
            "Ik kan 's ochtends gewoon mijn straat niet uit, want er staan auto's met de knipperlichten aan voor de school.",
            "Ze zetten hun auto op het zebrapad, bij de ingang van de school, en dan moeten de kinderen ertussendoor.",
        ),
        "bijna_ongeluk": (
            "Ik zag een kindje tussen twee auto's door de straat op rennen, en er kwam net een auto aan. Het scheelde centimeters.",
            "Een moeder reed achteruit weg en zag het fietsje niet. Gelukkig is er niks gebeurd, maar het kind was zo geschrokken.",
            "Vroeger stond er een klaar-over bij de oversteek, nu niet meer, en het is elke dag gevaarlijk.",
        ),
        "ouders": (
            "Ik breng mijn kinderen met de auto omdat ik daarna direct naar mijn werk moet. Er is geen parkeerplek, dus ja, ik sta even stil.",
            "Er hangen briefjes van bewoners achter de ruitenwissers, best onaardig. Wij doen ook maar ons best.",
            "Met drie kleine kinderen kan ik niet lopen, het is te ver en het regent vaak. Ik snap de ergernis, maar wat moet ik?",
        ),
        "school": (
            "Ik werk op de school en we maken ons grote zorgen over de chaos bij het hek, elke ochtend en elke middag.",
            "Wij als school willen graag een plek waar ouders even kunnen stoppen, maar daar moet de gemeente aan meewerken.",
            "Onze leerkrachten staan nu zelf buiten om het verkeer te regelen, maar dat is eigenlijk niet te doen.",
        ),
        "vaag": (
            "Tussen acht uur en kwart over acht ga ik gewoon niet naar buiten. Dan is het hier een gekkenhuis.",
            "Het getoeter en geschreeuw elke ochtend, ik word er echt moe van. Het is elke dag hetzelfde liedje.",
            "Ik hou mijn hart vast, elke ochtend. Op een dag gaat het mis, dat weet ik zeker.",
        ),
    },
    "honden_park": {
        "poep": (
            "Het park ligt vol met poep, je kunt er met de kinderen niet meer over het gras lopen. Mijn zoontje zat er laatst middenin.",
            "Ze laten hun honden gewoon op het speelveld poepen, en dan lopen ze door. Een zakje hebben ze niet bij zich.",
            "Ik heb laatst geteld, op het stukje gras waar de kinderen voetballen. Ik ben gestopt bij twintig.",
        ),
        "loslopend": (
            "Er lopen honden los in het park, grote honden, en een sprong er op mijn dochtertje. Ze is nu doodsbang voor honden.",
            "Er staat een bordje dat honden aan de lijn moeten, maar niemand houdt zich eraan. Ze rennen achter de fietsers aan.",
            "Een hond pakte de bal van de kinderen af en begon te grommen toen mijn zoon hem terug wilde.",
        ),
        "speelveld": (
            "Het speelveld in het park is het enige stuk gras waar de kinderen kunnen voetballen, en het is nu één grote hondenwei.",
            "De zandbak in het park, daar gaan de honden in. Ik laat mijn kinderen er echt niet meer in spelen.",
            "Vroeger speelden hier alle kinderen uit de buurt. Nu zie je alleen nog honden en hun baasjes.",
        ),
        "baasjes": (
            "Ik heb een hond, en ik ruim altijd op. Maar ik word uitgescholden door ouders alsof ik de schuldige ben van alles.",
            "Er is nergens in de buurt een plek waar je je hond los kunt laten lopen. Waar moeten we dan heen?",
            "De sfeer in het park is grimmig geworden. De hondenmensen en de ouders staan tegenover elkaar.",
        ),
        "vaag": (
            "Als we uit het park komen, moet ik eerst bij de deur alle schoenen schoonmaken. Elke keer weer.",
            "We gaan nu naar een park verderop met de kinderen. Het onze is niet meer van ons.",
            "'s Ochtends vroeg is het daar altijd gedoe. Ik ga er niet meer heen tussen zeven en negen.",
        ),
    },
    "speeltuin": {
        "kapot": (
            "De speeltuin is helemaal gesloopt. De glijbaan heeft een gat, de schommels zijn eraf gesneden, en het hek is eruit getrokken.",
            "Er zit al maanden een lint om de speeltoestellen. Er gebeurt niks, het wordt niet gemaakt.",
            "Ze hebben het klimrek kapotgemaakt, de touwen zijn doorgesneden. De kinderen kijken er alleen maar naar.",
        ),
        "gevaar": (
            "Er steken spijkers uit de planken van het speelhuisje. Mijn dochter heeft haar been opengehaald.",
            "In het zand ligt glas, van kapotte flessen. Ik heb er met een schepje doorheen gezocht, maar je vindt het nooit allemaal.",
            "De glijbaan heeft een scherpe rand gekregen. Dat is echt gevaarlijk voor kleine kinderen.",
        ),
        "daders": (
            "Ik zie 's avonds oudere jongens in de speeltuin, ze hangen op de toestellen en trappen ertegenaan.",
            "Er is een brandje gestookt onder de glijbaan, je ziet de zwarte plek nog. Dat zijn geen kleine kinderen geweest.",
            "Mijn buurman zag een paar jongens de schommel eraf trekken. Ze lachten erbij.",
        ),
        "ouders_in_actie": (
            "Met een groep ouders willen we de speeltuin zelf weer opknappen. We willen wel weten of het mag en of er geld voor is.",
            "We zijn handtekeningen aan het verzamelen voor een nieuwe speeltuin. We hebben er al honderd.",
            "Ik wil graag een groepje ouders opzetten dat de speeltuin in de gaten houdt. Dan voelen we ons samen verantwoordelijk.",
        ),
        "vaag": (
            "Mijn kinderen spelen nu maar op de stoep, want daar kunnen ze niks meer. Dat is toch zonde.",
            "Het is daar een puinhoop, al maanden. Je vraagt je af of iemand het nog weet.",
            "Hekken, linten, gaten. Zo ziet het eruit als je uit het raam kijkt.",
        ),
    },
    "deelscooters": {
        "stoep": (
            "Die deelscooters staan overal midden op de stoep. Ik moet er elke ochtend omheen, of ik moet ze aan de kant zetten, en die dingen zijn zwaar.",
            "Voor de ingang van ons blok staan er soms vijf, zes. En die deelfietsen ook nog. Je kunt er gewoon niet meer langs.",
            "Ze liggen soms omgevallen op het trottoir, en dan blijven ze daar dagen liggen.",
        ),
        "rollator": (
            "Ik loop met een rollator, en ik kom er gewoon niet langs. Dan moet ik de weg op, tussen de auto's.",
            "Mijn buurman zit in een rolstoel, en hij kon laatst zijn eigen flat niet in omdat er een scooter voor de hellingbaan stond.",
            "Mijn moeder is slechtziend, en ze is over zo'n ding gestruikeld. Ze heeft haar pols gebroken.",
        ),
        "rijgedrag": (
            "Ze rijden met die deelscooters over de stoep, met z'n tweeën erop, keihard. Ik schrok me dood toen er eentje vlak langs me schoot.",
            "Er wordt 's avonds met die dingen geracet door de straat, jongens zonder helm, tussen de geparkeerde auto's door.",
            "Ze komen zonder geluid aan, je hoort ze gewoon niet. Ik ben al twee keer bijna geraakt.",
        ),
        "gebruikers": (
            "Ik gebruik die scooters zelf ook, voor mijn werk in de nachtdienst. Ik zet hem netjes neer, maar er is geen vak, dus waar moet hij dan?",
            "Mijn dochter rijdt op zo'n deelscooter naar school, en ze krijgt van de buren te horen dat ze asociaal is. Ze zet hem neer waar de app zegt dat het mag.",
            "Ik snap dat mensen zich ergeren, maar de bus rijdt hier 's avonds niet meer. Die scooter is voor mij de enige manier om thuis te komen.",
        ),
        "vaag": (
            "Ik struikel hier bijna elke dag over die dingen. Wie heeft dat verzonnen?",
            "Ik heb gebeld naar de gemeente en die zei dat ik het bedrijf moest bellen, en het bedrijf zei de gemeente.",
            "Elke ochtend liggen ze er weer, op andere plekken. Alsof iemand ze 's nachts neerlegt.",
        ),
    },
    "pinautomaat": {
        "weg": (
            "De geldautomaat in het winkelcentrum is weggehaald, zomaar. Nu kan ik nergens meer contant geld halen in de buurt.",
            "Na die plofkraak is de pinautomaat nooit meer teruggekomen. Dat is nu al maanden zo.",
            "Ik wilde geld halen en er zat een plaat voor het gat in de muur. Niemand heeft ons iets verteld.",
        ),
        "contant": (
            "Ik betaal alles contant, dat heb ik altijd gedaan, zo houd ik overzicht. Nu weet ik niet hoe ik aan mijn geld moet komen.",
            "Op de markt willen ze contant, bij de kapper ook. En ik moet nu naar de andere kant van de stad om geld te halen.",
            "Mijn moeder geeft de kleinkinderen altijd een briefje van tien. Dat kan nu niet meer, zegt ze, en ze vindt dat heel erg.",
        ),
        "afstand": (
            "De dichtstbijzijnde automaat is nu bij het station. Dat is voor mij met mijn heup gewoon te ver.",
            "Ik moet nu de bus nemen om geld te halen. Die bus kost ook geld, en hij gaat maar twee keer per uur.",
            "Mijn zoon brengt me nu eens per maand naar een geldautomaat, maar ik wil niet steeds afhankelijk zijn.",
        ),
        "vaag": (
            "Ik heb nu een potje in de kast, voor de zekerheid. Je weet maar nooit.",
            "Alles gaat weg uit de buurt. Eerst de bank, toen het postkantoor, nu dit ook nog.",
            "Bij de bakker zeiden ze dat ze het ook merken. Mensen komen minder, of kopen minder.",
        ),
    },
    "zendmast": {
        "gezondheid": (
            "Er is een grote zendmast neergezet, vlak bij ons huis. Ik maak me zorgen over de straling, ik heb kleine kinderen.",
            "Sinds die mast er staat heb ik hoofdpijn en slaap ik slecht. Misschien ligt het niet aan de mast, maar wie zegt dat?",
            "De school is er vlakbij. Ik wil gewoon zeker weten dat het veilig is voor de kinderen.",
        ),
        "niet_gevraagd": (
            "Er is niks aan ons gevraagd. Op een dag stond die mast er gewoon. Geen brief, geen avond, niks.",
            "We willen als bewoners een informatieavond, met iemand die kan uitleggen wat het is en waarom hier.",
            "Ik ben handtekeningen aan het verzamelen, maar ik weet niet waar ik ze dan moet inleveren.",
        ),
        "uitzicht": (
            "Ik kijk vanuit mijn woonkamer recht tegen die mast aan. Vroeger zag ik bomen.",
            "Mijn buurman zegt dat onze huizen minder waard worden door die mast. Ik weet het niet, maar het zit me niet lekker.",
            "Het is zo'n lelijk ding, pal naast het sportveld. Had dat nou niet ergens anders gekund?",
        ),
        "vaag": (
            "Dat ding bij het sportveld, niemand weet wat het doet. Ik vind het eng, eerlijk gezegd.",
            "Sinds de paal er staat voel ik me niet lekker in mijn eigen huis. Dat klinkt misschien raar.",
            "De helft van de straat heeft het erover, maar niemand weet wie je moet bellen.",
        ),
    },
}
