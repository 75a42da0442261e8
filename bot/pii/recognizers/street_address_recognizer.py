"""UK and US street addresses: house number, street name, street type, optional town.

After a cue ("I live at", "my address is", "deliver to") any street type and lower case are
accepted, up to the end of the clause; without a cue the street type must be a clear one.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

from bot.pii.recognizers.postcode_recognizer import UK_POSTCODE

# Words that never sit inside a street name; they stop "waited 45 minutes on the road".
_STOP = (
    r"(?:a|about|after|an|and|as|at|because|before|but|by|each|every|for|from|i|in|is|it|me"
    r"|my|not|of|on|or|our|over|per|please|post\s*code|since|so|than|thanks?|that|the|to"
    r"|until|was|we|were|where|which|while|who|with|you|your|zip|times?|items?|hours?"
    r"|minutes?|days?|weeks?|months?|years?|pounds?|dollars?|euros?|oh|btw|also|pls|plz"
    r"|cheers|ok|okay|why|email|ring|call|paid|internet)"
)
_WORD = rf"(?!{_STOP}\b)(?:[^\W\d_][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))"
# Street types that are rarely ordinary words may be lower case ("221b baker street").
_PLAIN_TYPE = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|crescent|cres|terrace|gardens"
    r"|gdns|mews|parkway|pkwy|highway|hwy|broadway)"
)
# Street types that are also everyday words ("45 minutes way") must be capitalised.
# Royal Mail and USPS (Publication 28) street types; plurals too ("Smith Flats").
_TITLE_TYPE = (
    r"(?-i:(?:Drive|Dr|Close|Way|Court|Ct|Place|Pl|Grove|Square|Sq|Hill|Row|Walk|Park|Rise"
    r"|Green|View|Circle|Loop|Trail|Parade|Wharf|Quay|Fort|Prairie|Light|Flat|Route|Field"
    r"|Meadow|Height|Vale|Mount|Gate|Cottage|Estate|Point|Ridge|Path|Pike|Plaza|Glen|Haven"
    r"|Knoll|Landing|Manor|Mill|Oval|Pass|Shore|Spring|Summit|Trace|Turnpike|Valley|Villa"
    r"|Village|Ville|Vista|Well|Crossing|Corner|Creek|Dale|Expressway|Extension|Fall|Ferry"
    r"|Forest|Forge|Freeway|Garden|Gateway|Harbou?r|Island|Junction|Lake|Lodge|Orchard"
    r"|Pine|Plain|Ranch|Rapid|Ridge|Shoal|Spur|Stream|Station|Track|Viaduct|Yard|Wood"
    r"|Street|Road|Avenue|Lane|Terrace|Crescent|Boulevard|Chase|End|Bank|Mead|Croft|Brow"
    r"|Side|Common|Passage|Precinct|Promenade|Circus|Approach|Key|Curve|Cove|Bend|Bluff"
    r"|Branch|Bridge|Brook|Bypass|Canyon|Cape|Causeway|Cent(?:er|re)|Cliff|Crest|Ford|Fork"
    r"|Hollow|Inlet|Isle|Mall|Port|Run|Stravenue|Tunnel|Union|Wall|Burg|Camp|Club|Course"
    r"|Dam|Divide|Overpass|Underpass|Motorway|Trafficway|Throughway|Skyway|Radial|Ramp"
    r"|Rest|Neck|Mission|Bottom|Height|Arcade|Alley|Crossroad|Spring|Strand|Knoll)s?)"
)
_UNIT_WORD = r"(?:flat|apartment|apt|unit|suite|ste|studio)\.?\s*#?\d+[a-z]?"
_UNIT_AFTER = rf"(?:,?\s+{_UNIT_WORD}\b)?"
_DIRECTION = r"(?:\s+(?-i:NE|NW|SE|SW|N|S|E|W)\b)?"
_TOWN = r"(?:,\s*(?-i:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\b)?"

_ADDRESS_CUE = (
    r"(?<=\b(?:i\s+live\s+at|(?:he|she|they|we)\s+lives?\s+at|living\s+at|i'?m\s+at"
    r"|(?:my|our|the|home|new|old|billing|delivery|postal)\s+(?:home\s+|new\s+|old\s+)?"
    r"address\s+is|address\s*:|addy|deliver(?:ed|ies|y)?\s+(?:it\s+)?to"
    r"|(?:come|came|sent|send|go|goes|write)\s+to\s*:?|moved\s+to|moving\s+to)\s+(?:>[ \t]*)?)"
)
# After a cue: "Flat 12, smith lane, Newtown" or "12 Smith Extension Apt. 456, Springfield".
_CUED_WORD = rf"(?!{_STOP}\b|{UK_POSTCODE}\b)[^\W\d_](?:[\w'’-]|\.(?=\w))*"
_CUED_PART = (
    rf"(?:\d{{1,5}}[a-z]?\s+)?(?:the\s+)?{_CUED_WORD}(?:[ \t]+(?:{_UNIT_WORD}|{_CUED_WORD})){{0,5}}"
)
_CUED = (
    rf"{_ADDRESS_CUE}(?:{_UNIT_WORD},?\s+(?:\d{{1,5}}[a-z]?,?\s+)?|\d{{1,5}}[a-z]?,?\s+)"
    # Parts separated by commas, or by line breaks when the address is written as a block.
    # A line that is a form label ("Connection IP:") is not part of the address.
    rf"{_CUED_PART}(?:(?:,[ \t]*|[ \t]*\n[ \t]*>?[ \t]*(?![^\n:]*:)){_CUED_PART}){{0,3}}"
)


class StreetAddressRecognizer(PatternRecognizer):
    """Number, name and street type: 221B Baker Street, 12 High St, Leeds, 1600 ... Avenue NW."""

    PATTERNS = [
        Pattern(
            "street address",
            rf"\b(?:{_UNIT_WORD},?\s+(?:\d{{1,5}}[a-z]?,?\s+)?|\d{{1,5}}[a-z]?,?\s+)"
            rf"(?:{_WORD}\s+){{1,3}}"
            rf"(?:{_PLAIN_TYPE}|{_TITLE_TYPE})\b\.?{_DIRECTION}{_UNIT_AFTER}{_TOWN}",
            0.75,
        ),
        Pattern("address after cue", _CUED, 0.85),
        # "Studio 41N Kieran Key", "Flat 5 Smith Flats": a flat or unit number followed by
        # capitalised words is an address whatever the street type.
        Pattern(
            "unit and street",
            rf"\b{_UNIT_WORD},?\s+(?:\d{{1,5}}[a-z]?,?\s+)?"
            r"(?-i:\p{Lu}[\w'’-]+)(?:[ \t]+(?-i:\p{Lu}[\w'’-]+)){1,3}\b",
            0.7,
        ),
    ]
    CONTEXT = ["address", "live", "living", "lives", "reside", "deliver", "delivered"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )
