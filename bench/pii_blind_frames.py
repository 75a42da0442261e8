"""The wrapping around a blind-set complaint: greetings, sign-offs, forwarding headers,
subject lines, web-form extras and the company's own quoted reply."""

from __future__ import annotations

GREETINGS = {
    "polite": (
        "Dear {company} customer relations,",
        "Good morning,",
        "Hello there,",
        "Hi {company} team,",
        "Dear Sir/Madam,",
        "Afternoon all,",
    ),
    "angry": (
        "{company},",
        "FAO complaints manager, {company}:",
        "Right, {company}.",
        "Whoever reads this,",
        "Attn: complaints",
    ),
}
SIGN_OFFS = {
    "polite": (
        "Many thanks in advance,",
        "Looking forward to your reply,",
        "Cheers,",
        "Thanks a million,",
        "Best wishes,",
        "Warm regards,",
        "Yours faithfully,",
    ),
    "angry": (
        "Expecting a proper answer this time,",
        "Not impressed,",
        "Regards (for now),",
        "Waiting,",
        "Fed up,",
        "A very unhappy customer,",
    ),
}
# Lines under the signed name; each is optional and may carry a labelled value.
SIGNATURE_LINES = (
    "Mob: {phone}",
    "Tel. {phone}",
    "{email}",
    "M {phone} | E {email}",
    "Sent via mobile, excuse typos",
)
SUBJECTS = {
    "banking": ("Disputed payment", "Unexplained fee", "Account access"),
    "utilities": ("Wrong bill", "Estimated reading again", "Missed engineer visit"),
    "telecom": ("Broadband outage", "Billing error", "Faulty handset"),
    "retail": ("Missing order", "Refund not received", "Damaged delivery"),
    "airline": ("Cancelled flight", "Lost baggage", "Refund request"),
}
FORWARD_NOTES = {
    "polite": (
        "Sending this again as I haven't heard anything back.",
        "Forwarding my earlier email, nobody seems to have picked it up.",
        "Second attempt - see below.",
    ),
    "angry": (
        "FORWARDING THIS AGAIN. Still nothing.",
        "Ignored for a fortnight, so here it is once more.",
        "See below. Read it this time.",
    ),
}
FORWARD_BANNERS = (
    "---------- Forwarded message ---------",
    "-----Original Message-----",
    "Begin forwarded message:",
)
FORWARD_HEADERS = (
    "From: {name} <{email}>\nDate: {sent}\nSubject: {subject}\nTo: {company} Customer Care",
    "From: {email}\nSent: {sent}\nTo: complaints team\nSubject: RE: {subject}",
    "From: {name}\nSent: {sent} 09:14\nSubject: {subject}",
)
QUOTED_REPLIES = (
    "On {when}, {company} Support wrote:\n> Thanks for getting in touch. Your case number is "
    "{cref} and we aim to respond within 5 working days.",
    "> We are sorry to hear about your experience. Please quote {cref} in any reply.\n"
    "> Kind wishes, the {company} team",
)
FORM_EXTRAS = (
    "Category: {subject}",
    "Order / booking reference: {order}",
    "Existing complaint ref: {cref}",
    "Amount in dispute: {amount}",
    "Preferred contact method: Email",
    "Date of incident: {when}",
)
FORM_MESSAGE_LABELS = ("Describe your issue:", "Message:", "Tell us what happened:", "Details:")
CHAT_OPENERS = {
    "polite": ("hi there", "hello", "hiya, quick one", "morning", "hey, hoping you can help"),
    "angry": ("hello?? anyone there", "right", "this is a joke", "seriously", "is anyone reading"),
}
SMS_PREFIXES = ("{company}:", "re {company} -", "to {company}", "")
