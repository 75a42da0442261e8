"""What went wrong, per sector, with the hard negatives in place: blind-set wording.

STORIES are written sentences, QUICK ones are chat and text fragments. Placeholders here are
all unlabelled (references, amounts, incident dates, products, flights, companies).
"""

from __future__ import annotations

STORIES: dict[str, tuple[str, ...]] = {
    "banking": (
        "Back on {when}, {amount} left my current account twice, and only one was mine.",
        "My debit card ending {last} got refused at a checkout ({when}) with {amount} available.",
        "I disputed a {amount} charge from an online seller and heard nothing since; your "
        "reference was {cref}.",
        "From {when} onwards, the {company} app throws me out every few seconds.",
        "Somebody created a recurring transfer of {amount} and nobody at {company} can explain "
        "how.",
        "An overdraft fee of {amount} appeared ({when}) though I was never overdrawn.",
        "Transaction {txref} has shown as pending for nine days now.",
        "A cheque (no. {cheque}) lodged {when} still hasn't cleared.",
        "My savings were due to close by {when}; instead the balance of {amount} has vanished "
        "into thin air.",
    ),
    "utilities": (
        "A bill dated {when} claims {kwh} kWh in one month, more than the whole house uses "
        "in a year.",
        "I phoned through a meter reading of {meter} ({when}), and you estimated anyway.",
        "My monthly DD jumped from {amount_b} to {amount} without a word of warning.",
        "Your engineer was booked for {when}, morning slot; nobody turned up.",
        "The boiler has been stone cold since {when}, and apparently {product} cover on "
        "account {bill} excludes it.",
        "You switched me onto a tariff I never agreed to; the letter quotes {cref}.",
        "Meter serial {serial} isn't even the meter in my hall.",
        "The supply point number printed on the bill, {mprn}, belongs to the flat upstairs.",
        "{company} took {amount} for a final bill on a property I left ({when}).",
    ),
    "telecom": (
        "Broadband has cut out every evening since {when}, crawling along under {mbps} Mbps "
        "when I pay for 500.",
        "I was billed {amount} for roaming in Spain, on a plan that supposedly covers EU roaming.",
        "The replacement {product} arrived with its screen smashed.",
        "I ported my number away ({when}), yet {company} keeps billing {amount} monthly.",
        "Order {order} for the fibre install has been rescheduled four times.",
        "Your shop swapped my SIM ({sim}) and the phone now says No Service.",
        "{minutes} minutes on hold today alone, then the line went dead.",
        "The {product} you sent is model {model}; my contract says otherwise.",
    ),
    "retail": (
        "Order {order} shows delivered ({when}), yet no parcel ever turned up; tracking "
        "{tracking} puts it at a depot.",
        "The {product} (item {model}) arrived ripped, and the courier refused to take it back.",
        "I returned a jacket worth {amount} ({when}), and the refund never appeared.",
        "A delivery slot cost me {amount}, then you cancelled it.",
        "The {product}, model {model}, leaked all over the kitchen within a week.",
        "Your store manager refused a price match of {amount} that the website promised.",
        "Parcel {tracking} went back to {company} without anyone knocking.",
        "Order {order} came with someone else's invoice inside it.",
    ),
    "airline": (
        "Flight {flight}, {when}, got cancelled at the gate with no explanation; booking "
        "reference {booking}.",
        "My bag never came off {flight}; tag number {bagtag}.",
        "We sat {hours} hours at {airport} and nobody offered so much as a voucher.",
        "I paid {amount} for extra legroom and ended up in row 32 beside the toilets.",
        "Refund on cancelled booking {booking} was promised within seven days; it's been "
        "two months.",
        "E-ticket {ticket} was voided without my consent.",
        "{company} rebooked us from {flight} onto a flight two days later without asking.",
        "Check-in at {airport} charged {amount} for a bag that was within the allowance.",
    ),
}

QUICK: dict[str, tuple[str, ...]] = {
    "banking": (
        "{amount} gone out twice??",
        "card ending {last} keeps getting declined",
        "{cref} still open, no reply",
        "app wont let me log in",
        "whats this {amount} fee",
    ),
    "utilities": (
        "bill says {kwh} kwh, no way",
        "gave u a reading of {meter}, u estimated anyway",
        "dd now {amount}, was {amount_b}",
        "nobody came for the engineer appt ({when})",
        "wrong meter {serial} on my acc {bill}",
    ),
    "telecom": (
        "wifi down every night",
        "{amount} roaming charge?? im in the EU",
        "order {order} moved AGAIN",
        "{product} screen smashed out of the box",
        "zero bars since that sim swap",
    ),
    "retail": (
        "order {order} never arrived",
        "tracking {tracking} hasnt moved in a week",
        "wheres my refund, {amount}",
        "{product} came broken",
        "u cancelled my slot and kept the {amount}",
    ),
    "airline": (
        "{flight} cancelled, ref {booking}",
        "bag lost off {flight}, tag {bagtag}",
        "stuck at {airport} {hours} hrs",
        "refund for {booking} not come thru",
        "paid {amount} for seats we didnt get",
    ),
}

REACTIONS = {
    "polite": (
        "Somebody please dig into this for me.",
        "I appreciate mistakes happen, but this one needs putting right.",
        "Years a customer, and never once before have I had to write in.",
        "Hopefully it's a simple mix-up on your side.",
        "Apologies for the long message, I wanted to give you everything at once.",
    ),
    "angry": (
        "Absolute disgrace.",
        "Frankly I am livid.",
        "I'm sick to the back teeth of chasing this.",
        "Unbelievable. Truly unbelievable.",
        "Third time writing. THIRD.",
        "Who on earth runs this place?",
    ),
}

DEMANDS = {
    "polite": (
        "Could you refund the difference and confirm in writing?",
        "Let me know what happens next, whenever suits.",
        "A ring back this week would be lovely.",
        "If anything else is needed from me, just shout.",
    ),
    "angry": (
        "Refund me in full or the Ombudsman hears about it.",
        "I want a manager ringing me today, not a script.",
        "Fix it or I'm taking every account elsewhere.",
        "Don't send me another auto-reply.",
    ),
}

QUICK_ENDS = {
    "polite": ("thanks", "cheers", "ta", "thx in advance", "appreciate it"),
    "angry": ("sort this mess", "ridiculous", "fuming", "not happy", "absolute joke"),
}
