"""Console sign-in, sessions, CSRF, roles and login rate limiting, over real HTTP."""

from __future__ import annotations

from aiohttp.test_utils import TestClient
from sqlalchemy.engine import Engine

from bot.console.accounts import MAX_FAILURES
from bot.store.handoff_queue import HandoffQueue
from tests.bot.console.conftest import PASSWORD, csrf_of, new_client, sign_in


async def test_when_nobody_is_signed_in_then_pages_redirect_and_the_api_refuses(
    client: TestClient,
) -> None:
    page = await client.get("/", allow_redirects=False)
    api = await client.get("/api/queue")

    assert (page.status, page.headers["Location"]) == (302, "/login")
    assert api.status == 401


async def test_when_the_password_is_wrong_then_sign_in_fails_with_a_clear_message(
    client: TestClient,
) -> None:
    assert await sign_in(client, "ana", "not the password") == 401
    assert await sign_in(client, "nobody", PASSWORD) == 401
    assert (await client.get("/api/queue")).status == 401


async def test_when_signed_in_then_the_queue_page_names_the_agent(client: TestClient) -> None:
    assert await sign_in(client, "ana") == 302

    page = await (await client.get("/")).text()

    assert "Signed in as ana (agent)" in page


async def test_when_the_login_form_token_is_missing_then_sign_in_is_refused(
    client: TestClient,
) -> None:
    response = await client.post("/login", data={"username": "ana", "password": PASSWORD})

    assert response.status == 403


async def test_when_sign_ins_keep_failing_then_even_the_right_password_waits(
    client: TestClient,
) -> None:
    for _ in range(MAX_FAILURES):
        assert await sign_in(client, "ana", "guessing") == 401

    assert await sign_in(client, "ana") == 429
    assert await sign_in(client, "ben") == 302  # other accounts are not locked out


async def test_when_a_state_change_lacks_the_csrf_token_then_it_is_refused(
    client: TestClient, queue: HandoffQueue
) -> None:
    handoff = queue.open("conv-1", "rest", "request")
    await sign_in(client, "ana")

    refused = await client.post(f"/api/handoffs/{handoff.id}/claim")
    forged = await client.post(
        f"/api/handoffs/{handoff.id}/claim", headers={"X-CSRF-Token": "forged"}
    )
    accepted = await client.post(
        f"/api/handoffs/{handoff.id}/claim", headers={"X-CSRF-Token": await csrf_of(client)}
    )

    assert (refused.status, forged.status, accepted.status) == (403, 403, 200)


async def test_when_a_reviewer_asks_for_the_agent_queue_then_the_role_is_refused(
    client: TestClient,
) -> None:
    await sign_in(client, "rita")

    assert (await client.get("/api/queue")).status == 403


async def test_when_signed_out_then_the_old_session_no_longer_works(
    client: TestClient, engine: Engine
) -> None:
    await sign_in(client, "ana")
    csrf = await csrf_of(client)
    cookie = client.session.cookie_jar.filter_cookies(client.make_url("/"))["cb_session"].value

    await client.post("/logout", data={"csrf_token": csrf}, allow_redirects=False)

    other = await new_client(engine)
    try:
        other.session.cookie_jar.update_cookies({"cb_session": cookie})
        assert (await other.get("/api/queue")).status == 401
    finally:
        await other.close()


async def test_when_users_are_stored_then_only_argon2_hashes_are_kept(engine: Engine) -> None:
    with engine.connect() as connection:
        hashes = connection.exec_driver_sql("SELECT password_hash FROM console_users").scalars()
        stored = list(hashes)
    assert stored and all(h.startswith("$argon2id$") for h in stored)
    assert all(PASSWORD not in h for h in stored)


async def test_when_the_login_page_loads_twice_then_the_first_form_still_works(
    client: TestClient,
) -> None:
    """Browsers fetch /favicon.ico and open tabs; neither may expire the form on screen."""
    first = await (await client.get("/login")).text()
    await client.get("/login")
    await client.get("/favicon.ico")
    token = first.split('name="login_token" value="')[1].split('"')[0]

    response = await client.post(
        "/login",
        data={"username": "ana", "password": PASSWORD, "login_token": token},
        allow_redirects=False,
    )

    assert response.status == 302
