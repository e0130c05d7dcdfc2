"""The event ontology: PLOVER types and modes, CAMEO codes, Goldstein and intensity scores.

Everything here is a fixed table written for eventwire from the published PLOVER and CAMEO
definitions (see ANNOTATION.md for the project's coding conventions, which win where they
differ from the 2021 CAMEO-to-PLOVER conversion table):

- ``EVENT_TYPES``: the 16 PLOVER types with quad class, default CAMEO root, allowed modes
  and whether a target is required.
- ``GOLDSTEIN``: the CAMEO Goldstein (1992) conflict-cooperation weights for root, 3- and
  4-digit CAMEO codes; :func:`goldstein` falls back 4 -> 3 -> 2 digits.
- :func:`intensity`: the eventwire PLOVER intensity score, -10..10 (see its docstring).
- :class:`EventSense`: what a trigger means (type, mode, CAMEO code), validated on creation.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Mapping

PLOVER_VERSION = "0.8 (2021-09-17 draft) with eventwire conventions (ANNOTATION.md)"

VERBAL_COOPERATION = 1
MATERIAL_COOPERATION = 2
VERBAL_CONFLICT = 3
MATERIAL_CONFLICT = 4

QUAD_CLASS_NAMES: Mapping[int, str] = MappingProxyType(
    {
        VERBAL_COOPERATION: "verbal cooperation",
        MATERIAL_COOPERATION: "material cooperation",
        VERBAL_CONFLICT: "verbal conflict",
        MATERIAL_CONFLICT: "material conflict",
    }
)


@dataclass(frozen=True)
class EventType:
    """One PLOVER event type.

    Attributes:
        name: PLOVER name (upper case), e.g. "CONSULT".
        quad_class: 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.
        cameo_root: default CAMEO root code ("03" ... "20") for records of this type.
        modes: PLOVER modes allowed for the type (may be empty).
        requires_target: True when a record of this type needs a target actor.
        description: one-line gloss of what the type covers.
    """

    name: str
    quad_class: int
    cameo_root: str
    modes: frozenset[str]
    requires_target: bool
    description: str


def _type(name: str, quad: int, root: str, modes: str, target: bool, desc: str) -> EventType:
    return EventType(name, quad, root, frozenset(modes.split()), target, desc)


EVENT_TYPES: Mapping[str, EventType] = MappingProxyType(
    {
        t.name: t
        for t in (
            _type("AGREE", 1, "03", "", False,
                  "agree to, promise, pledge, sign an agreement, express intent to cooperate"),
            _type("CONSULT", 1, "04", "visit third-party multilateral phone", False,
                  "meet, hold talks, visit, host, phone call, negotiate, mediate"),
            _type("SUPPORT", 1, "05", "", False,
                  "praise, endorse, back, defend verbally, apologise, forgive, recognise"),
            _type("CONCEDE", 1, "08", "", False,
                  "ease restrictions or sanctions, make concessions, accept demands, allow"),
            _type("COOPERATE", 2, "06", "", True,
                  "joint exercises, share intelligence, trade, extradite"),
            _type("AID", 2, "07", "", True,
                  "economic, military, humanitarian aid; peacekeeping; asylum"),
            _type("RETREAT", 2, "08", "release return withdraw disarm ceasefire access", False,
                  "withdraw, release prisoners, return, disarm, ceasefire, resign, grant access"),
            _type("REQUEST", 3, "10", "assist change yield meet", False,
                  "urge, call on, ask for, appeal, demand"),
            _type("ACCUSE", 3, "11", "disapprove investigate allege", False,
                  "criticise, condemn, denounce, accuse, investigate, sue"),
            _type("REJECT", 3, "12", "assist change yield meet", False,
                  "reject, refuse, deny, veto, defy"),
            _type("THREATEN", 3, "13",
                  "relations restrict ban political expel violence territory", False,
                  "threaten force, sanctions, arrest, expulsion; ultimatum"),
            _type("PROTEST", 4, "14", "demo hunger strike boycott obstruct riot", False,
                  "demonstrations, riots, strikes, hunger strikes, boycotts"),
            _type("SANCTION", 4, "16", "withdraw discontinue expel convict", True,
                  "impose or keep sanctions, embargo, expel diplomats, cut ties, convict"),
            _type("MOBILIZE", 4, "15", "troops police weapons", False,
                  "deploy or mass troops, weapons, police; alert; drills at an adversary"),
            _type("COERCE", 4, "17",
                  "seize restrict ban curfew martial-law arrest deport censor cyber", False,
                  "arrest, detain, seize, ban, censor, curfew, deport, pressure, cyber attack"),
            _type("ASSAULT", 4, "19",
                  "abduct beat sexual torture assassinate firearms explosives suicide-attack "
                  "heavy-weapons aerial cbrn massacre cleansing", False,
                  "attack, strike, bomb, shell, kill, fight, abduct, torture, assassinate"),
        )
    }
)

# CAMEO root -> PLOVER types it may code (ANNOTATION.md). 01 and 02 have no PLOVER type.
CAMEO_ROOT_TYPES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "01": (), "02": (), "03": ("AGREE",), "04": ("CONSULT",), "05": ("SUPPORT",),
        "06": ("COOPERATE",), "07": ("AID",), "08": ("CONCEDE", "RETREAT"),
        "09": ("ACCUSE",), "10": ("REQUEST",), "11": ("ACCUSE",), "12": ("REJECT",),
        "13": ("THREATEN",), "14": ("PROTEST",), "15": ("MOBILIZE",), "16": ("SANCTION",),
        "17": ("COERCE",), "18": ("ASSAULT",), "19": ("ASSAULT",), "20": ("ASSAULT",),
    }
)

# Codes whose PLOVER type differs from their root's (PLOVER re-sorted some CAMEO codes;
# ANNOTATION.md puts signing agreements under AGREE and convictions under SANCTION).
CAMEO_EXTRA_TYPES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "057": ("AGREE",),  # sign formal agreement
        "116": ("SANCTION",),  # find guilty / convict
        "1712": ("ASSAULT",),  # destroy property
        "175": ("ASSAULT",),  # violent repression
        "191": ("COERCE",),  # impose blockade, restrict movement
        "192": ("COERCE",),  # occupy territory
    }
)


def _scores(text: str) -> dict[str, float]:
    """Parse "code=score" pairs separated by whitespace."""
    pairs = (item.split("=") for item in text.split())
    return {code: float(score) for code, score in pairs}


# CAMEO Goldstein weights (Goldstein 1992 as published with the CAMEO codebook).
GOLDSTEIN: Mapping[str, float] = MappingProxyType(
    _scores(
        # 01 make public statement, 02 appeal (no PLOVER type; kept for completeness)
        "01=0 010=0 011=-0.1 012=-0.4 013=0.4 014=0 015=0 016=-2 017=0 018=3.4 019=3.4 "
        "02=3 020=3 021=3.4 0211=3.4 0212=3.4 0213=3.4 0214=3.4 022=3.2 023=3.4 0231=3.4 "
        "0232=3.4 0233=3.4 0234=3.4 024=-0.3 0241=-0.3 0242=-0.3 0243=-0.3 0244=-0.3 "
        "025=-0.3 0251=-0.3 0252=-0.3 0253=-0.3 0254=-0.3 0255=-0.3 0256=-0.3 "
        "026=4 027=4 028=4 "
        # 03 express intent to cooperate
        "03=4 030=4 031=5.2 0311=5.2 0312=5.2 0313=5.2 0314=5.2 032=4.5 033=5.2 0331=5.2 "
        "0332=5.2 0333=5.2 0334=6 034=7 0341=7 0342=7 0343=7 0344=7 035=7 0351=7 0352=7 "
        "0353=7 0354=7 0355=7 0356=7 036=4 037=5 038=7 039=5 "
        # 04 consult
        "04=1 040=1 041=1 042=1.9 043=2.8 044=2.5 045=5 046=7 "
        # 05 diplomatic cooperation
        "05=3.5 050=3.5 051=3.4 052=3.5 053=3.8 054=6 055=7 056=7 057=8 "
        # 06 material cooperation, 07 aid
        "06=6 060=6 061=6.4 062=7.4 063=7.4 064=7 "
        "07=7 070=7 071=7.4 072=8.3 073=7.4 074=8.5 075=7 "
        # 08 yield
        "08=5 080=5 081=5 0811=5 0812=5 0813=5 0814=5 082=5 083=5 0831=5 0832=5 0833=5 "
        "0834=5 084=7 0841=7 0842=7 085=7 086=9 0861=9 0862=9 0863=9 087=9 0871=9 0872=9 "
        "0873=9 0874=10 "
        # 09 investigate, 10 demand, 11 disapprove
        "09=-2 090=-2 091=-2 092=-2 093=-2 094=-2 "
        "10=-5 100=-5 101=-5 1011=-5 1012=-5 1013=-5 1014=-5 102=-5 103=-5 1031=-5 "
        "1032=-5 1033=-5 1034=-5 104=-5 1041=-5 1042=-5 1043=-5 1044=-5 105=-5 1051=-5 "
        "1052=-5 1053=-5 1054=-5 1055=-5 1056=-5 106=-5 107=-5 108=-5 "
        "11=-2 110=-2 111=-2 112=-2 1121=-2 1122=-2 1123=-2 1124=-2 1125=-2 113=-2 "
        "114=-2 115=-2 116=-2 "
        # 12 reject
        "12=-4 120=-4 121=-4 1211=-4 1212=-4 1213=-4 1214=-4 122=-4 1221=-4 1222=-4 "
        "1223=-4 1224=-4 123=-4 1231=-4 1232=-4 1233=-4 1234=-4 124=-4 1241=-4 1242=-4 "
        "1243=-4 1244=-4 1245=-4 1246=-4 125=-5 126=-5 127=-5 128=-5 129=-5 "
        # 13 threaten
        "13=-6 130=-4.4 131=-5.8 1311=-5.8 1312=-5.8 1313=-5.8 132=-5.8 1321=-5.8 "
        "1322=-5.8 1323=-5.8 1324=-5.8 133=-5.8 134=-5.8 135=-5.8 136=-7 137=-7 138=-7 "
        "1381=-7 1382=-7 1383=-7 1384=-7 1385=-7 139=-7 "
        # 14 protest
        "14=-6.5 140=-6.5 141=-6.5 1411=-6.5 1412=-6.5 1413=-6.5 1414=-6.5 142=-6.5 "
        "1421=-6.5 1422=-6.5 1423=-6.5 1424=-6.5 143=-6.5 1431=-6.5 1432=-6.5 1433=-6.5 "
        "1434=-6.5 144=-7.5 1441=-7.5 1442=-7.5 1443=-7.5 1444=-7.5 145=-7.5 1451=-7.5 "
        "1452=-7.5 1453=-7.5 1454=-7.5 "
        # 15 exhibit force posture, 16 reduce relations
        "15=-7.2 150=-7.2 151=-7.2 152=-7.2 153=-7.2 154=-7.2 "
        "16=-4 160=-4 161=-4 162=-5.6 1621=-5.6 1622=-5.6 1623=-5.6 163=-8 164=-7 "
        "165=-6.5 166=-7 1661=-7 1662=-7 1663=-7 "
        # 17 coerce (176 cyber attack: later CAMEO addition, root weight)
        "17=-7 170=-7 171=-9.2 1711=-9.2 1712=-9.2 172=-5 1721=-5 1722=-5 1723=-5 "
        "1724=-5 173=-5 174=-5 175=-9 176=-7 "
        # 18 assault, 19 fight, 20 unconventional mass violence
        "18=-9 180=-9 181=-9 182=-9.5 1821=-9 1822=-9 1823=-10 183=-10 1831=-10 "
        "1832=-10 1833=-10 184=-8 185=-8 186=-10 "
        "19=-10 190=-10 191=-9.5 192=-9.5 193=-10 194=-10 195=-10 196=-9.5 "
        "20=-10 200=-10 201=-9.5 202=-10 203=-10 204=-10 2041=-10 2042=-10"
    )
)

# The CAMEO code that typifies each (type, mode); its Goldstein weight is the mode's
# intensity. Types without an entry for a mode use their default root.
MODE_CAMEO: Mapping[tuple[str, str], str] = MappingProxyType(
    {
        ("CONSULT", "visit"): "042", ("CONSULT", "third-party"): "044",
        ("CONSULT", "multilateral"): "044", ("CONSULT", "phone"): "041",
        ("RETREAT", "release"): "0841", ("RETREAT", "return"): "0842",
        ("RETREAT", "withdraw"): "0872", ("RETREAT", "disarm"): "087",
        ("RETREAT", "ceasefire"): "0871", ("RETREAT", "access"): "086",
        ("REQUEST", "assist"): "101", ("REQUEST", "change"): "104",
        ("REQUEST", "yield"): "105", ("REQUEST", "meet"): "106",
        ("ACCUSE", "disapprove"): "111", ("ACCUSE", "investigate"): "090",
        ("ACCUSE", "allege"): "112",
        ("REJECT", "assist"): "121", ("REJECT", "change"): "123",
        ("REJECT", "yield"): "124", ("REJECT", "meet"): "125",
        ("THREATEN", "relations"): "131", ("THREATEN", "restrict"): "1312",
        ("THREATEN", "ban"): "132", ("THREATEN", "political"): "1321",
        ("THREATEN", "expel"): "136", ("THREATEN", "violence"): "138",
        ("THREATEN", "territory"): "1382",
        ("PROTEST", "demo"): "141", ("PROTEST", "hunger"): "142",
        ("PROTEST", "strike"): "143", ("PROTEST", "boycott"): "143",
        ("PROTEST", "obstruct"): "144", ("PROTEST", "riot"): "145",
        ("SANCTION", "withdraw"): "161", ("SANCTION", "discontinue"): "162",
        ("SANCTION", "expel"): "166", ("SANCTION", "convict"): "116",
        ("MOBILIZE", "troops"): "154", ("MOBILIZE", "police"): "153",
        ("MOBILIZE", "weapons"): "150",
        ("COERCE", "seize"): "171", ("COERCE", "restrict"): "172",
        ("COERCE", "ban"): "1722", ("COERCE", "curfew"): "1723",
        ("COERCE", "martial-law"): "1724", ("COERCE", "arrest"): "173",
        ("COERCE", "deport"): "174", ("COERCE", "censor"): "1721",
        ("COERCE", "cyber"): "176",
        ("ASSAULT", "abduct"): "181", ("ASSAULT", "beat"): "182",
        ("ASSAULT", "sexual"): "1821", ("ASSAULT", "torture"): "1822",
        ("ASSAULT", "assassinate"): "186", ("ASSAULT", "firearms"): "193",
        ("ASSAULT", "explosives"): "183", ("ASSAULT", "suicide-attack"): "1831",
        ("ASSAULT", "heavy-weapons"): "194", ("ASSAULT", "aerial"): "195",
        ("ASSAULT", "cbrn"): "204", ("ASSAULT", "massacre"): "202",
        ("ASSAULT", "cleansing"): "203",
    }
)


def normalize_cameo(code: str) -> str:
    """Return a CAMEO code as a clean digit string ("3" -> "03", " 042 " -> "042").

    Raises:
        ValueError: if the code is not 1-4 digits.
    """
    text = str(code).strip()
    if not text.isdigit() or not 1 <= len(text) <= 4:
        raise ValueError(f"not a CAMEO code: {code!r}")
    return text.zfill(2) if len(text) == 1 else text


def is_known_cameo(code: str) -> bool:
    """True if the code is in the CAMEO table (exact code, not a fallback)."""
    try:
        return normalize_cameo(code) in GOLDSTEIN
    except ValueError:
        return False


def cameo_root(code: str) -> str:
    """The 2-digit root of a CAMEO code ("0421" -> "04")."""
    return normalize_cameo(code)[:2]


def goldstein(cameo: str) -> float:
    """Goldstein weight of a CAMEO code, falling back 4 -> 3 -> 2 digits.

    Raises:
        ValueError: if neither the code nor its root is a CAMEO code.
    """
    code = normalize_cameo(cameo)
    for length in (4, 3, 2):
        if len(code) >= length and code[:length] in GOLDSTEIN:
            return GOLDSTEIN[code[:length]]
    raise ValueError(f"unknown CAMEO code: {cameo!r}")


def cameo_types(cameo: str) -> frozenset[str]:
    """PLOVER types a CAMEO code may be coded as (root mapping plus known exceptions)."""
    code = normalize_cameo(cameo)
    types = set(CAMEO_ROOT_TYPES.get(code[:2], ()))
    for length in (4, 3):
        types.update(CAMEO_EXTRA_TYPES.get(code[:length], ()))
    return frozenset(types)


def default_cameo(event_type: str, mode: str | None = None) -> str:
    """The CAMEO code a (type, mode) gets when nothing more specific is known.

    Raises:
        ValueError: for an unknown type.
    """
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown PLOVER type {event_type!r}")
    if mode is not None and (event_type, mode) in MODE_CAMEO:
        return MODE_CAMEO[(event_type, mode)]
    return EVENT_TYPES[event_type].cameo_root


def intensity(event_type: str, mode: str | None = None) -> float:
    """PLOVER intensity of a (type, mode), on the Goldstein -10..10 scale.

    Derivation: the Goldstein weight of the CAMEO code that typifies the pair
    (``MODE_CAMEO``), else of the type's default CAMEO root. The score depends on type and
    mode only, never on the finer CAMEO code, so records from coders that emit only
    PLOVER type and mode get the same value. REQUEST uses root 10 (demand, -5.0);
    ASSAULT uses root 19 (conventional force, -10.0).

    Raises:
        ValueError: for an unknown type.
    """
    return goldstein(default_cameo(event_type, mode))


def check_sense(event_type: str, mode: str | None, cameo: str) -> None:
    """Validate a (type, mode, cameo) triple against the ontology.

    Raises:
        ValueError: naming what is wrong (unknown type, mode not allowed for the type,
            unknown CAMEO code, or a CAMEO code that cannot be coded as the type).
    """
    if event_type not in EVENT_TYPES:
        raise ValueError(f"unknown PLOVER type {event_type!r}")
    modes = EVENT_TYPES[event_type].modes
    if mode is not None and mode not in modes:
        raise ValueError(
            f"mode {mode!r} not allowed for {event_type} (allowed: {sorted(modes) or 'none'})"
        )
    if not is_known_cameo(cameo):
        raise ValueError(f"unknown CAMEO code {cameo!r}")
    if event_type not in cameo_types(cameo):
        raise ValueError(f"CAMEO {cameo} cannot code {event_type}")


@dataclass(frozen=True)
class EventSense:
    """What an event trigger means: PLOVER type, optional mode, CAMEO code.

    Validated on creation (:func:`check_sense`); raises ValueError when invalid.
    """

    event_type: str
    mode: str | None
    cameo: str

    def __post_init__(self) -> None:
        check_sense(self.event_type, self.mode, self.cameo)

    @classmethod
    def of(cls, event_type: str, mode: str | None = None, cameo: str | None = None) -> EventSense:
        """Build a sense, defaulting the CAMEO code from type and mode."""
        return cls(event_type, mode, cameo or default_cameo(event_type, mode))

    @property
    def quad_class(self) -> int:
        """PLOVER quad class of the type (1..4)."""
        return EVENT_TYPES[self.event_type].quad_class

    @property
    def goldstein(self) -> float:
        """CAMEO Goldstein weight of the CAMEO code."""
        return goldstein(self.cameo)

    @property
    def intensity(self) -> float:
        """PLOVER intensity of (type, mode); see :func:`intensity`."""
        return intensity(self.event_type, self.mode)

    @property
    def requires_target(self) -> bool:
        """True if the type needs a target actor (COOPERATE, AID, SANCTION)."""
        return EVENT_TYPES[self.event_type].requires_target
