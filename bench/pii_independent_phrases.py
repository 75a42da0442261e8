"""How the independent set mentions each PII type: written sentences, lower-case chat fragments
without punctuation, and web-form fields. Written from scratch, sharing no wording with the
tuning set. {SORT_CODE} and {ACCOUNT_NUMBER} are UK_BANK_ACCOUNT labels, {ADDRESS_LINES} a
STREET_ADDRESS over several lines and {SURNAME_FIRST} a PERSON written "SURNAME, Forename".
"""

from __future__ import annotations

WRITTEN = {
    "PERSON": [
        "{PERSON} here, writing on behalf of my elderly father.",
        "The contract is actually held by my partner, {PERSON}, so please copy them in.",
        "Your driver (he said he was {PERSON}) left the box in the rain.",
        "It was {PERSON}'s signature on the delivery app, and nobody by that name lives here.",
        "When you ring back, ask for {PERSON} - that is me.",
        "According to {PERSON} from your billing team the credit went on weeks ago.",
        "I am raising this jointly with my neighbour {PERSON}.",
    ],
    "EMAIL_ADDRESS": [
        "Any reply should go to {EMAIL_ADDRESS} as I rarely check the post.",
        "I have copied in {EMAIL_ADDRESS}, which is my work inbox.",
        "You wrote to me at {EMAIL_ADDRESS} before, and that still works.",
        "Written replies only, please: {EMAIL_ADDRESS}.",
        "The confirmation was sent to {EMAIL_ADDRESS} but never arrived.",
    ],
    "PHONE_NUMBER": [
        "The quickest way to reach me is {PHONE_NUMBER}, any time before 8pm.",
        "Text {PHONE_NUMBER} if you need the photos.",
        "Ring {PHONE_NUMBER} (mobile) or leave a voicemail.",
        "My landline, {PHONE_NUMBER}, has been dead since the visit.",
        "Your robot keeps calling {PHONE_NUMBER} at 7am about a debt that is not mine.",
    ],
    "CREDIT_CARD": [
        "Both debits hit {CREDIT_CARD}, expiry {expiry}.",
        "For the chargeback, the long number is {CREDIT_CARD}.",
        "I paid at the till using {CREDIT_CARD} and the receipt shows it twice.",
        "Refund whatever went onto {CREDIT_CARD} - not the card ending {card_tail}.",
    ],
    "IBAN_CODE": [
        "Refunds to {IBAN_CODE} please, as the old account is closed.",
        "IBAN for the compensation: {IBAN_CODE}.",
        "I live abroad now, so transfer it to {IBAN_CODE}.",
        "Your form rejected {IBAN_CODE} even though my bank says it is right.",
    ],
    "UK_BANK_ACCOUNT": [
        "Bank details for the refund are {SORT_CODE} / {ACCOUNT_NUMBER}.",
        "Pay it back into {ACCOUNT_NUMBER} (sort code {SORT_CODE}).",
        "Sort code: {SORT_CODE}\nAccount no: {ACCOUNT_NUMBER}",
        "The direct debit was set up on {ACCOUNT_NUMBER}, which I closed in the spring.",
    ],
    "US_SSN": [
        "Your rep refused to talk to me until I read out my SS# ({US_SSN}).",
        "The tax form you mailed shows {US_SSN} as my taxpayer number.",
        "For the identity check: Social Security no. {US_SSN}.",
    ],
    "UK_NINO": [
        "HMRC quote my National Insurance as {UK_NINO} on every letter.",
        "NI no. {UK_NINO}, in case you need to check the pension side.",
        "The payslip you hold shows {UK_NINO} but that is not my NINo.",
    ],
    "STREET_ADDRESS": [
        "Your van was parked outside {STREET_ADDRESS} all morning.",
        "We moved to {STREET_ADDRESS} in January and you still bill the old flat.",
        "Anything in writing goes to:\n{ADDRESS_LINES}",
        "The leak sits in the road opposite {STREET_ADDRESS}.",
    ],
    "ADDRESS_WITH_POSTCODE": [
        "Please send the cheque to:\n{ADDRESS_LINES}\n{POSTCODE}",
        "Our house is {STREET_ADDRESS} {POSTCODE}, not the one two doors down.",
        "Collection address: {STREET_ADDRESS}, {POSTCODE}.",
    ],
    "POSTCODE": [
        "The outage covers my whole street ({POSTCODE}).",
        "Your checker says {POSTCODE} has full fibre, which is nonsense.",
        "Nobody in {POSTCODE} has had a bin collection for a month.",
    ],
    "DATE_OF_BIRTH": [
        "For the security questions: born {DATE_OF_BIRTH}, first school Hillside.",
        "I'm a pensioner (birthday {DATE_OF_BIRTH}) and was promised priority support.",
        "The policy lists my birth date as {DATE_OF_BIRTH}, which is correct.",
        "Your app will not accept {DATE_OF_BIRTH} as a birthday.",
    ],
    "IP_ADDRESS": [
        "Someone signed in from {IP_ADDRESS} at 3am, and that was not me.",
        "Our static address {IP_ADDRESS} has been blacklisted by your firewall.",
        "The admin page at http://{IP_ADDRESS}:8080 just spins.",
        "Router status shows WAN {IP_ADDRESS} yet nothing loads.",
    ],
}
CHAT = {
    "PERSON": [
        "its {PERSON} btw",
        "put it under {PERSON}",
        "ur guy {PERSON} hung up on me",
        "acct is in my wifes name {PERSON}",
    ],
    "EMAIL_ADDRESS": [
        "drop me a line {EMAIL_ADDRESS}",
        "{EMAIL_ADDRESS} is best",
        "email {EMAIL_ADDRESS}",
    ],
    "PHONE_NUMBER": [
        "ring me {PHONE_NUMBER}",
        "mob {PHONE_NUMBER}",
        "{PHONE_NUMBER} thats my mobile",
    ],
    "CREDIT_CARD": ["charged twice on {CREDIT_CARD}", "card {CREDIT_CARD} exp {expiry}"],
    "IBAN_CODE": ["iban {IBAN_CODE}", "refund to {IBAN_CODE} pls"],
    "UK_BANK_ACCOUNT": [
        "acc {ACCOUNT_NUMBER} sc {SORT_CODE}",
        "sortcode {SORT_CODE} acct {ACCOUNT_NUMBER}",
        "use {SORT_CODE} {ACCOUNT_NUMBER} for the money",
    ],
    "US_SSN": ["ssn on file should be {US_SSN}", "social is {US_SSN}"],
    "UK_NINO": ["ni num {UK_NINO}", "{UK_NINO} is my ni"],
    "STREET_ADDRESS": ["im at {STREET_ADDRESS}", "deliveries to {STREET_ADDRESS}"],
    "ADDRESS_WITH_POSTCODE": ["addy {STREET_ADDRESS} {POSTCODE}"],
    "POSTCODE": ["pc {POSTCODE}", "whole of {POSTCODE} is down"],
    "DATE_OF_BIRTH": ["dob {DATE_OF_BIRTH}", "born {DATE_OF_BIRTH} if u need it"],
    "IP_ADDRESS": ["wan ip {IP_ADDRESS}", "cant ping {IP_ADDRESS}"],
}
FORM_FIELDS = {
    "PERSON": ["Name (surname first): {SURNAME_FIRST}", "Account holder: {PERSON}"],
    "EMAIL_ADDRESS": ["E-mail: {EMAIL_ADDRESS}", "Preferred contact (email) - {EMAIL_ADDRESS}"],
    "PHONE_NUMBER": ["Tel. {PHONE_NUMBER}", "Daytime phone: {PHONE_NUMBER}"],
    "CREDIT_CARD": ["Card charged: {CREDIT_CARD}"],
    "IBAN_CODE": ["Refund IBAN: {IBAN_CODE}"],
    "UK_BANK_ACCOUNT": ["Sort code / account: {SORT_CODE} / {ACCOUNT_NUMBER}"],
    "US_SSN": ["SSN (for verification): {US_SSN}"],
    "UK_NINO": ["National Insurance no.: {UK_NINO}"],
    "STREET_ADDRESS": ["Postal address:\n{ADDRESS_LINES}"],
    "ADDRESS_WITH_POSTCODE": ["Postal address:\n{ADDRESS_LINES}\n{POSTCODE}"],
    "POSTCODE": ["Postcode / ZIP: {POSTCODE}"],
    "DATE_OF_BIRTH": ["Born on: {DATE_OF_BIRTH}", "Birth date - {DATE_OF_BIRTH}"],
    "IP_ADDRESS": ["Connection IP (optional): {IP_ADDRESS}"],
}


def template_texts() -> list[str]:
    return [text for table in (WRITTEN, CHAT, FORM_FIELDS) for ts in table.values() for text in ts]
