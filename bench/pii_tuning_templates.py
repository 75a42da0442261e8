"""Wording of the tuning set: message bodies, PII phrases, openings, tone lines and sign-offs.

{TYPE} placeholders are labelled PII, {lowercase} ones unlabelled hard negatives. These are the
phrasings the detector was tuned against; the independent set must not reuse them.
"""

from __future__ import annotations

CHAT_BODIES = {
    "retail": [
        "my {product} from {company} arrived smashed, order {order}, want my {amount} back",
        "still waiting on a refund of {amount} for order {order}, complaint {ref}",
        "the {product} i bought on {date} stopped working after a week",
        "parcel {tracking} marked delivered on {date} but nothing came",
    ],
    "telecom": [
        "broadband down since {date} again, {product} is useless, ref {ref}",
        "you charged me {amount} for roaming on {date} that i never used",
        "engineer no show at {time} on {date}, third time now",
        "my {product} bill went up to {amount} without any notice",
    ],
    "banking": [
        "a payment of {amount} left my account on {date} and i never made it",
        "your app has locked me out since {date}, complaint {ref}",
        "why was my {product} charged a {amount} late fee when I paid on time",
        "transfer of {amount} on {date} never arrived, ref {ref}",
    ],
    "utilities": [
        "bill for {amount} this month?? meter {meter} was read on {date} and it's wrong",
        "estimated bill again, {amount}, complaint {ref}",
        "no hot water since {date} and the {product} engineer never came",
        "you took {amount} by direct debit on {date} after I switched away",
    ],
    "travel": [
        "flight {flight} on {date} cancelled and {company} won't refund the {amount}",
        "booking {booking}, lost luggage on {date}, still nothing",
        "hotel was nothing like the pictures, paid {amount} for the {product}",
        "delayed 6 hours on {flight}, where's my compensation, ref {ref}",
    ],
}
EMAIL_BODIES = {
    "retail": [
        "I am writing about order {order}, a {product} bought from {company} on {date} for "
        "{amount}. It arrived damaged and the replacement promised by your agent never came.",
        "On {date} I returned the {product} from order {order} and your courier gave me tracking "
        "{tracking}. Three weeks later I still have not been refunded the {amount}, and "
        "complaint {ref} has had no reply.",
    ],
    "telecom": [
        "Since {date} my {company} {product} connection has dropped every evening, often for "
        "hours. The engineer visit booked for {time} was cancelled twice and I am still being "
        "billed {amount} a month.",
        "I was moved onto the {product} plan on {date} without my agreement and my bill has "
        "gone up to {amount}. Your adviser promised a call back about complaint {ref}.",
    ],
    "banking": [
        "On {date} a payment of {amount} was taken from my {product} that I did not authorise. "
        "I reported it the same day under reference {ref}, but {company} refused a refund.",
        "I have banked with {company} for twelve years and my {product} was closed on {date} "
        "without warning. My salary of {amount} is now stuck and nobody can say where it is.",
    ],
    "utilities": [
        "My latest {company} bill of {amount} is based on an estimate even though I submitted a "
        "reading for meter {meter} on {date}. This is the third estimated bill in a row.",
        "The {product} installed on {date} has not sent a single reading and I keep getting "
        "letters threatening a {amount} charge. Please log this under complaint {ref}.",
    ],
    "travel": [
        "Our {company} flight {flight} on {date} was cancelled with two hours' notice and we had "
        "to buy new tickets for {amount}. I have had no response to complaint {ref}.",
        "I booked the {product} with {company} (booking {booking}) and on arrival on {date} the "
        "room had no working shower. I am asking for a partial refund of {amount}.",
    ],
}
PHRASES = {
    "PERSON": [
        "my name is {PERSON}",
        "this is {PERSON} writing",
        "the account is in the name of {PERSON}",
        "I spoke to {PERSON} at your call centre and got nowhere",
        "the parcel was signed for by {PERSON}, who does not live here",
    ],
    "EMAIL_ADDRESS": [
        "email me at {EMAIL_ADDRESS}",
        "my email is {EMAIL_ADDRESS}",
        "reply to {EMAIL_ADDRESS} not the old address",
        "the receipt went to {EMAIL_ADDRESS}",
    ],
    "PHONE_NUMBER": [
        "call me on {PHONE_NUMBER}",
        "my number is {PHONE_NUMBER}",
        "you can reach me on {PHONE_NUMBER} after 5pm",
        "the line affected is {PHONE_NUMBER}",
    ],
    "CREDIT_CARD": [
        "the card used was {CREDIT_CARD}",
        "card number {CREDIT_CARD}",
        "I paid with my card {CREDIT_CARD}",
        "it was charged to {CREDIT_CARD} twice",
    ],
    "IBAN_CODE": [
        "please refund to IBAN {IBAN_CODE}",
        "my IBAN is {IBAN_CODE}",
        "the money should go back to {IBAN_CODE}",
    ],
    "UK_BANK_ACCOUNT": [  # one value, two labelled spans
        "sort code {SORT_CODE}, account number {ACCOUNT_NUMBER}",
        "my bank details are sort code {SORT_CODE} account {ACCOUNT_NUMBER}",
        "refund to s/c {SORT_CODE} a/c {ACCOUNT_NUMBER}",
        "my sort code and account number are {SORT_CODE} and {ACCOUNT_NUMBER}",
        "refund to account number {ACCOUNT_NUMBER}, same sort code as before",
    ],
    "US_SSN": [
        "my SSN is {US_SSN}",
        "they asked for my social security number ({US_SSN}) over the phone",
        "SSN: {US_SSN}",
    ],
    "UK_NINO": [
        "my NI number is {UK_NINO}",
        "National Insurance number {UK_NINO}",
        "NINO {UK_NINO}",
    ],
    "STREET_ADDRESS": [
        "I live at {STREET_ADDRESS}",
        "my address is {STREET_ADDRESS}",
        "the engineer should come to {STREET_ADDRESS}",
        "please deliver to {STREET_ADDRESS}",
    ],
    "POSTCODE": ["my postcode is {POSTCODE}", "postcode {POSTCODE}"],
    "DATE_OF_BIRTH": [
        "DOB {DATE_OF_BIRTH}",
        "date of birth {DATE_OF_BIRTH}",
        "I was born on {DATE_OF_BIRTH}",
        "d.o.b. {DATE_OF_BIRTH}",
    ],
    "IP_ADDRESS": [
        "my router's IP is {IP_ADDRESS}",
        "the login came from {IP_ADDRESS}, which isn't me",
        "your site blocked my IP address {IP_ADDRESS}",
    ],
}
ZIP_PHRASES = ["ZIP {POSTCODE}", "my zip code is {POSTCODE}", "ZIP code: {POSTCODE}"]
ADDRESS_WITH_POSTCODE = {
    "en_GB": [
        "I live at {STREET_ADDRESS}, {POSTCODE}",
        "my address is {STREET_ADDRESS} {POSTCODE}",
    ],
    "en_US": ["I live at {STREET_ADDRESS}, ZIP {POSTCODE}"],
}
OPENINGS = {
    ("chat", "polite"): ["", "hi, ", "hello, ", "hi there - ", "good morning, "],
    ("chat", "angry"): ["", "this is ridiculous, ", "URGENT: ", "fed up - "],
    ("email", "polite"): ["Dear Sir or Madam,\n\n", "Hello {company} team,\n\n"],
    ("email", "angry"): [
        "To whom it may concern,\n\n",
        "Dear {company},\n\n",
        "FORMAL COMPLAINT\n\n",
    ],
}
TONE_LINES = {
    ("chat", "polite"): ["", ", thanks", ". thank you", " - cheers"],
    ("chat", "angry"): [" !!!", ", absolute joke", ". sort it out NOW", " - worst service ever"],
    ("email", "polite"): [
        "I would be grateful if you could look into this.",
        "Thank you in advance for your help.",
    ],
    ("email", "angry"): [
        "This is completely unacceptable and I have spent over three hours on hold.",
        "If this is not fixed within 14 days I will take it to the Ombudsman.",
    ],
}
SIGN_OFFS = ["Kind regards", "Many thanks", "Regards", "Best wishes"]


def template_texts() -> list[str]:
    """Every template string of the tuning set, for checking the independent set's wording."""
    texts = [
        t for table in (CHAT_BODIES, EMAIL_BODIES, PHRASES) for ts in table.values() for t in ts
    ]
    texts += ZIP_PHRASES + [t for ts in ADDRESS_WITH_POSTCODE.values() for t in ts]
    texts += [t for table in (OPENINGS, TONE_LINES) for ts in table.values() for t in ts]
    return texts + SIGN_OFFS
