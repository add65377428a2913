"""The cast of the demo municipality: one set of places and personas for demo, tests and docs.

Verbindendam is fictional. Its wijk "W" follows the method's fictional case: few shops, no
attractive meeting place, weakened social cohesion, volunteers hard to find, noise nuisance in
some streets. Wijk Noord with its own team exists so that team scoping can be seen and tested.
CBS-like codes use the unused municipality number 9901 so they never collide with real areas.
"""

from __future__ import annotations

from dataclasses import dataclass

MUNICIPALITY_CODE = "GM9901"
MUNICIPALITY_NAME = "Verbindendam"
YEAR = 2025
#: south-west corner of the demo grid (lat, lon) and the size of one buurt in degrees
ORIGIN = (52.3000, 5.6000)
CELL = (0.0060, 0.0095)
DEMO_PASSWORD = "wijk-W-demo-2025"  # noqa: S105  (demo only; printed at start-up)


@dataclass(frozen=True)
class DemoNeighbourhood:
    code: str
    name: str
    district: str
    cell: tuple[int, int]  # (column, row) in the grid
    population: int
    streets: tuple[str, ...]


@dataclass(frozen=True)
class Persona:
    username: str
    first_name: str
    last_name: str
    team: str
    role: str
    profession: str


DISTRICTS = {"WK990101": "Wijk W", "WK990102": "Noord"}

NEIGHBOURHOODS: tuple[DemoNeighbourhood, ...] = (
    DemoNeighbourhood(
        "BU99010101",
        "Havenkwartier",
        "WK990101",
        (0, 0),
        2140,
        ("Havenstraat", "Kadeweg", "Schippersgang", "Loswal"),
    ),
    DemoNeighbourhood(
        "BU99010102",
        "Rozenhof",
        "WK990101",
        (1, 0),
        1830,
        ("Kastanjelaan", "Rozenstraat", "Tulpenhof", "Seringenpad"),
    ),
    DemoNeighbourhood(
        "BU99010103",
        "Molenbuurt",
        "WK990101",
        (2, 0),
        2610,
        ("Molenstraat", "Korenweg", "Maalderspad", "Wiekenhof"),
    ),
    DemoNeighbourhood(
        "BU99010104", "Het Plein", "WK990101", (3, 0), 1270, ("Marktplein", "Kerkstraat", "Brugweg")
    ),
    DemoNeighbourhood(
        "BU99010105",
        "Vogelwijk",
        "WK990101",
        (0, 1),
        3120,
        ("Merelstraat", "Spreeuwlaan", "Zwaluwhof", "Meeuwenweg"),
    ),
    DemoNeighbourhood(
        "BU99010106", "Parkzicht", "WK990101", (1, 1), 1560, ("Zonnehof", "Parklaan", "Vijverweg")
    ),
    DemoNeighbourhood(
        "BU99010201",
        "Noorderveld",
        "WK990102",
        (2, 1),
        2480,
        ("Veldweg", "Akkerstraat", "Weidehof"),
    ),
    DemoNeighbourhood(
        "BU99010202",
        "Dijkzicht",
        "WK990102",
        (3, 1),
        1940,
        ("Dijkweg", "Polderlaan", "Sluisstraat"),
    ),
)

TEAMS = {
    "Wijkteam W": ("WK990101",),
    "Wijkteam Noord": ("WK990102",),
}

PERSONAS: tuple[Persona, ...] = (
    Persona("fatima", "Fatima", "El Amrani", "Wijkteam W", "member", "maatschappelijk werker"),
    Persona("joost", "Joost", "de Vries", "Wijkteam W", "coordinator", "sociaal makelaar"),
    Persona("sanne", "Sanne", "Bakker", "Wijkteam W", "member", "jongerenwerker"),
    Persona("mehmet", "Mehmet", "Yılmaz", "Wijkteam W", "member", "opbouwwerker"),
    Persona("ingrid", "Ingrid", "Visser", "Wijkteam W", "admin", "applicatiebeheerder"),
    Persona("pieter", "Pieter", "Jansen", "Wijkteam Noord", "member", "wijkverpleegkundige"),
)


def persona(username: str) -> Persona:
    """The persona with this user name."""
    for item in PERSONAS:
        if item.username == username:
            return item
    raise KeyError(username)
