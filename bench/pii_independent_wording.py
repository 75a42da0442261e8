"""Everything in the independent set that is not a PII mention: per-sector complaint bodies
(written and chat), greetings, closings, signatures, forwarded-mail headers and form headers.
{lowercase} placeholders are hard negatives from bench/pii_independent_negatives.py."""

from __future__ import annotations

BODIES = {
    "retail": [
        "The {product} (order {order}) turned up with a cracked screen, and {company} now claim "
        "it was fine when it left the warehouse.",
        "On {date} I was promised a courier collection; tracking {tracking} still says awaiting "
        "pickup.",
        "I have shopped with {company} since {since} and have never needed to complain before.",
        "Invoice {invoice} bills me {amount} for an extended warranty I turned down at checkout.",
    ],
    "telecom": [
        "Ever since the {product} was swapped on {date}, speeds collapse every evening.",
        "The replacement handset (IMEI {imei}) shows no signal at all, even by the window.",
        "After firmware {firmware} went on, the {product} restarts every few minutes.",
        "Your shop took {amount} for a SIM swap that should have been free (ref {ref}).",
    ],
    "banking": [
        "A standing order of {amount} bounced on {date} with plenty of money in the account.",
        "I opened the {product} with {company} on {since}, and the rate was cut without a letter.",
        "Customer number {customer_no} shows a {amount} admin fee nobody can explain.",
        "On {date} the branch swore that {ref} had been escalated; silence since.",
    ],
    "utilities": [
        "Meter point {meter_point} has been billed on estimates for {count} months running.",
        "{company} took {amount} on {date}, a week after the final bill was settled.",
        "Whoever fitted the {product} on {date} left the cupboard door hanging off.",
        "Your letter about invoice {invoice} threatens bailiffs over {amount} I do not owe.",
    ],
    "travel": [
        "Flight {flight} left {count} hours late on {date} and the connecting coach had gone.",
        "We paid {amount} for the {product} and got a room overlooking the bins.",
        "{company} cancelled booking {order} without explanation; my reference is {ref}.",
        "The {product} never showed at {time}, so we found a taxi at our own cost.",
    ],
}
CHAT_BODIES = {
    "retail": [
        "parcel {tracking} says delivered but its not here",
        "the {product} from {company} is broken already",
        "still no money back for {order}",
        "got charged {amount} twice",
    ],
    "telecom": [
        "internet dead again since {date}",
        "{product} keeps rebooting after update {firmware}",
        "new phone imei {imei} wont connect",
        "why is my bill {amount} this month",
    ],
    "banking": [
        "{company} blocked my card for no reason",
        "{amount} gone from my current acct on {date}",
        "complaint {ref} still open",
        "cust no {customer_no} fee again",
    ],
    "utilities": [
        "no water since {time} today",
        "{company} overcharged me {amount}",
        "meter {meter_point} never read",
        "bill jumped to {amount}",
    ],
    "travel": [
        "flight {flight} cancelled and nobody answers",
        "{company} lost my bag",
        "paid {amount} for nothing",
        "booking {order} vanished",
    ],
}
GREETINGS = {
    "polite": ["Hi there,", "Good afternoon,", "Dear Customer Relations,", "Hello again,"],
    "angry": ["To the complaints department at {company},", "Right.", "Third email this week."],
}
REMARKS = {
    "polite": [
        "I appreciate this is probably not your fault personally.",
        "Happy to send photos if that helps.",
    ],
    "angry": [
        "I want this sorted within the week or it goes to the regulator.",
        "Frankly, I expected better after {count} years.",
    ],
}
CLOSINGS = {
    "polite": ["Cheers", "Thanks so much", "Yours faithfully", "Warm wishes"],
    "angry": ["Yours, deeply unimpressed", "Waiting (again)", "Not holding my breath"],
}
SIGNATURES_WITHOUT_NAME = ["Sent from my phone", "A long-suffering customer", "(no name given)"]
SIGNATURE_EXTRAS = {  # under a signed name in a letter
    "PHONE_NUMBER": ["Mob: {PHONE_NUMBER}", "t. {PHONE_NUMBER}"],
    "EMAIL_ADDRESS": ["{EMAIL_ADDRESS}", "e: {EMAIL_ADDRESS}"],
}
CHAT_OPENERS = ["hiya", "hello", "ok so", "um hi", "seriously", "anyone there"]
CHAT_CLOSERS = ["ty", "cheers x", "fix it", "answer me", "ta", "pls"]
CHAT_JOINERS = [" ", "\n", " and ", " also ", " oh and "]
FORWARD_NOTES = {  # the customer forwards their own earlier, unanswered message
    "polite": ["Resending my earlier message below.", "Forwarding the thread so you have it all."],
    "angry": [
        "Read the thread below - still no answer!",
        "That's the email I mentioned on the phone.",
    ],
}
FORWARD_HEADERS = [
    "---------- Forwarded message ---------\nFrom: {FROM}\nDate: {header_date}\n"
    "Subject: Re: complaint {ref}\nTo: {company} Complaints\n\n",
    "-----Original Message-----\nFrom: {FROM}\nSent: {header_date}\nTo: {company} Complaints\n"
    "Subject: RE: {ref}\n\n",
    "On {header_date}, {FROM} wrote:\n",
]
FORWARD_FROM = {  # which of PERSON / EMAIL_ADDRESS the sender line carries
    (True, True): "{PERSON} <{EMAIL_ADDRESS}>",
    (False, True): "{EMAIL_ADDRESS}",
    (True, False): "{PERSON}",
    (False, False): "Me",
}
FORM_HEADERS = ["Online complaint form {order}", "CONTACT US SUBMISSION", "Web enquiry ({ref})"]
FORM_EXTRA_FIELDS = [
    "Reference: {ref}",
    "Order number: {order}",
    "Amount disputed: {amount}",
    "Customer since: {since}",
    "Preferred time: {time}",
]
FORM_MESSAGE = "Message:\n"


def template_texts() -> list[str]:
    tables = (BODIES, CHAT_BODIES, GREETINGS, REMARKS, CLOSINGS, SIGNATURE_EXTRAS, FORWARD_NOTES)
    texts = [text for table in tables for ts in table.values() for text in ts]
    texts += SIGNATURES_WITHOUT_NAME + CHAT_OPENERS + CHAT_CLOSERS + FORWARD_HEADERS
    return texts + list(FORWARD_FROM.values()) + FORM_HEADERS + FORM_EXTRA_FIELDS
