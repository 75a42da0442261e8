"""The agent console (aiohttp): sign-in, the handoff queue, and working a conversation.

accounts.py   users (argon2 hashes, roles), sessions, login rate limiting
auth.py       middleware: who is signed in, role checks, CSRF on every state change
app.py        create_app(settings) -> web.Application
handlers/     one module per page or API group
"""
