"""Blind-set wording that carries a customer's details, one group per kind of detail.

FULL clauses are written sentences (letters, forwarded mail), SHORT ones are chat and text
fragments, FIELDS are web-form field names. A group may carry two placeholders (sort code and
account, street and postcode). `{agent}`, `{other}` and `{first}` are people too.
"""

from __future__ import annotations

FULL: dict[str, tuple[str, ...]] = {
    "name": (
        "The account sits under my name, {name}.",
        "For your records, this is {name}, the main account holder.",
        "Everything's booked under {name}.",
        "Look me up as {name} - I've been with you since the nineties.",
        "It is registered to {formal}, which is me.",
        "Writing as {name}, primary holder on the policy.",
    ),
    "other": (
        "My other half, {other}, is a joint holder and agrees with every word here.",
        "I'm writing for an elderly relative, {other}, who has no email.",
        "My neighbour {other} had exactly the same thing happen last month.",
        "The second passenger was my youngest, {other}.",
        "Your letter was addressed to {other}, who moved out years ago.",
    ),
    "agent": (
        "Your adviser {agent} swore blind a supervisor would phone back; nobody did.",
        "A lady called {agent} logged it and told me to sit tight.",
        "{agent} on the live chat closed the conversation on me mid-sentence.",
        "I was passed from {agent} to a colleague and then cut off.",
        "The man in the shop, {agent}, said it was head office's problem.",
    ),
    "email": (
        "Reply to {email} please, the old mailbox is dead.",
        "Fastest reply: {email}.",
        "Send any paperwork over to {email}.",
        "The login on your app is {email}, in case that helps you find me.",
        "Confirmation goes to {email} and nowhere else.",
    ),
    "phone": (
        "Ring me on {phone} any evening after six.",
        "My mobile is {phone}; voicemail works if I'm driving.",
        "If it suits, text {phone} and I'll call straight back.",
        "Landline is {phone}, though I'm rarely near it.",
        "Best callback number: {phone}.",
        "Try {phone} during work hours, or {phone_b} at home.",
    ),
    "card": (
        "The money came off card {card}, expiry 09/28.",
        "Paid using my credit card {card}.",
        "Put the refund back on the card I used, {card}.",
        "Card number {card} is the one your till charged twice.",
        "Charged to {card} (exp 11/27) without any authorisation from me.",
    ),
    "iban": (
        "Transfer the compensation to IBAN {iban}, held in my own name.",
        "Refund by transfer please: {iban}.",
        "Pay it by SEPA transfer into {iban}.",
        "Your online form refuses {iban}, yet my bank confirms it.",
    ),
    "bank": (
        "Sort code {sort}, account {account} - that's where the refund goes.",
        "Pay it into {sort} / {account}, where my DD comes from.",
        "The payment came out of account {account} (sort {sort}).",
        "Bank is sort code {sort} with account no. {account}.",
    ),
    "ssn": (
        "Your credit check used my SSN, {ssn}, and left a hard inquiry on my report.",
        "For the verification form, here's the SSN: {ssn}.",
        "The rep made me recite my social ({ssn}) on a recorded line.",
        "My SSN {ssn} shows up on a loan application I never filled in.",
    ),
    "nino": (
        "Your form insisted on my Nat. Ins. number, so here: {nino}.",
        "NI no. {nino}, as requested by the hardship team.",
        "The letter quoted NI number {nino}, which makes me worry who else saw it.",
    ),
    "address": (
        "Home is {street}, {postcode}.",
        "Post anything to {street} {postcode}.",
        "The supply address is {street}, {postcode}.",
        "It was meant to be delivered to {street}, {postcode}.",
        "I moved to {street}, {postcode} in spring and updated it online.",
    ),
    "dob": (
        "Born {dob}, if security needs it.",
        "My DOB is {dob}.",
        "Verification: born {dob}.",
        "Security question answer: birthday {dob}.",
        "You have my DOB wrong; correct one is {dob}.",
    ),
    "ip": (
        "Your fraud people flagged a sign-in from {ip}; I've never used it.",
        "The router status page shows WAN address {ip} and it keeps flapping.",
        "I got locked out after signing in from {ip} at the office.",
        "Connection log lists {ip} as the last device address.",
        "The website blocked {ip} as suspicious, and that's my own home connection.",
    ),
}

SHORT: dict[str, tuple[str, ...]] = {
    "name": ("its {name}", "name on acc {name}", "{name} here", "this is {first} btw"),
    "other": ("acct is joint w {other}", "booked for me + {other}", "its for my folks, {other}"),
    "agent": (
        "{agent} said theyd ring back",
        "spoke to {agent} earlier",
        "ask {agent} shes seen it",
    ),
    "email": ("email {email}", "my emails {email}", "mail me @ {email}", "{email} is best"),
    "phone": ("ring me {phone}", "my no. {phone}", "call {phone} pls", "txt me on {phone}"),
    "card": ("card {card}", "was on card {card}", "card no {card} exp 03/29"),
    "iban": ("iban {iban}", "send it to {iban}", "refund -> iban {iban} ta"),
    "bank": ("sc {sort} acc {account}", "sort {sort} acct {account}"),
    "ssn": ("ssn {ssn}", "social is {ssn}", "ss# {ssn}"),
    "nino": ("ni {nino}", "nat ins {nino}", "ni number {nino}"),
    "address": (
        "addr {street} {postcode}",
        "im at {street}, {postcode}",
        "deliver to {street} {postcode}",
    ),
    "dob": ("dob {dob}", "bday {dob}", "born {dob}"),
    "ip": ("ip {ip}", "ip showing {ip}", "router says {ip}"),
}

FIELDS: dict[str, tuple[str, ...]] = {
    "name": ("Full name", "Name", "Your name", "Customer name", "Account holder"),
    "other": ("Joint holder", "Second passenger", "Authorised contact"),
    "agent": ("Staff member spoken to", "Colleague name (if known)"),
    "email": ("Email", "E-mail address", "Contact email"),
    "phone": ("Phone", "Contact number", "Mobile", "Daytime tel"),
    "card": ("Card number", "Card used"),
    "iban": ("IBAN", "Refund IBAN"),
    "bank": ("Sort code|Account no.", "Sort code|Account number"),
    "ssn": ("SSN", "Social Security #"),
    "nino": ("NI number", "Nat. Insurance No."),
    "address": ("Address|Postcode", "Street address|Post code"),
    "dob": ("DOB", "Birth date", "D.O.B."),
    "ip": ("IP address (if known)", "Your IP"),
}
FIELD_PLACEHOLDERS = {
    "name": ("name",),
    "other": ("other",),
    "agent": ("agent",),
    "email": ("email",),
    "phone": ("phone",),
    "card": ("card",),
    "iban": ("iban",),
    "bank": ("sort", "account"),
    "ssn": ("ssn",),
    "nino": ("nino",),
    "address": ("street", "postcode"),
    "dob": ("dob",),
    "ip": ("ip",),
}
LOCALE_FIELDS = {
    "en_US": {"Postcode": "ZIP", "Post code": "Zip code"},
    "en_IE": {"Postcode": "Eircode"},
}
# Which detail groups a customer from each locale may give.
COMMON_KINDS = "name other agent email phone card address dob ip".split()
KINDS = {
    "en_GB": tuple(COMMON_KINDS + ["iban", "bank", "nino"]),
    "en_US": tuple(COMMON_KINDS + ["ssn"]),
    "en_IE": tuple(COMMON_KINDS + ["iban"]),
}
