"""Signs in to the emulator the way Panopto's Python samples do (requests-oauthlib), over https.

Usage: panopto_oauth_flows.py SERVER CODE_CLIENT_ID CODE_CLIENT_SECRET USER_CLIENT_ID USER_CLIENT_SECRET

SERVER is host:port. The certificate is trusted through REQUESTS_CA_BUNDLE (set by the caller), as a developer
would trust it. Prints one JSON object with what each flow returned; exits non-zero on the first failure.

- Authorization code ("Server-side Web Application"): OAuth2Session with the redirect URI the samples register,
  http://localhost:9127/redirect. Where the sample opens a browser and listens on port 9127, this script plays
  the browser with requests (login form, redirects) and stops at the redirect, so nothing binds the port.
- Password grant ("User Based Server Application"): LegacyApplicationClient, as the auth-user-based-app sample.
"""
import json
import os
import re
import sys
from urllib.parse import urljoin

import requests
from oauthlib.oauth2 import LegacyApplicationClient
from requests_oauthlib import OAuth2Session

# The redirect URI is plain http on localhost, which oauthlib refuses unless told (Panopto's samples do the same).
os.environ["OAUTHLIB_INSECURE_TRANSPORT"] = "1"

REDIRECT_URL = "http://localhost:9127/redirect"
SCOPE = ["openid", "api", "offline_access"]


def play_browser(authorization_url, username, password):
    """Follows the sign-in like a browser: redirects, the login form, until the redirect URI."""
    browser = requests.Session()
    url = authorization_url
    for _ in range(15):
        if url.startswith(REDIRECT_URL):
            return url
        res = browser.get(url, allow_redirects=False)
        if res.is_redirect:
            url = urljoin(url, res.headers["Location"])
            continue
        match = re.search(r'<form method="post" action="([^"]+)"', res.text)
        if res.status_code != 200 or not match:
            raise RuntimeError(f"sign-in stopped at {res.status_code} {url}: {res.text[:300]}")
        action = urljoin(url, match.group(1).replace("&amp;", "&"))
        res = browser.post(action, data={"username": username, "password": password}, allow_redirects=False)
        if not res.is_redirect:
            raise RuntimeError(f"login refused: {res.status_code}")
        url = urljoin(action, res.headers["Location"])
    raise RuntimeError("too many redirects")


def rest_get(token, server, path):
    res = requests.get(f"https://{server}/Panopto/api/v1{path}", headers={"Authorization": f"Bearer {token}"})
    res.raise_for_status()
    return res.json()


def main():
    server, code_id, code_secret, user_id, user_secret = sys.argv[1:6]
    authorization_endpoint = f"https://{server}/Panopto/oauth2/connect/authorize"
    access_token_endpoint = f"https://{server}/Panopto/oauth2/connect/token"
    out = {}

    # Authorization code, as common/panopto_oauth2.py does it.
    session = OAuth2Session(code_id, scope=SCOPE, redirect_uri=REDIRECT_URL)
    authorization_url, _state = session.authorization_url(authorization_endpoint)
    redirected = play_browser(authorization_url, "instructor", "instructor")
    token = session.fetch_token(access_token_endpoint, client_secret=code_secret, authorization_response=redirected)
    out["code"] = {
        "has_refresh_token": bool(token.get("refresh_token")),
        "expires_in": token.get("expires_in"),
        "search": rest_get(token["access_token"], server, "/folders/search?searchQuery=Lecture"),
    }
    refreshed = session.refresh_token(access_token_endpoint, client_id=code_id, client_secret=code_secret)
    out["code"]["refreshed"] = refreshed["access_token"] != token["access_token"]
    out["code"]["after_refresh"] = rest_get(refreshed["access_token"], server, "/folders/search?searchQuery=Lecture")

    # Password grant, as auth-user-based-app/sample.py does it.
    user_session = OAuth2Session(client=LegacyApplicationClient(client_id=user_id))
    user_token = user_session.fetch_token(
        token_url=access_token_endpoint,
        scope=SCOPE,
        client_id=user_id,
        client_secret=user_secret,
        username="student",
        password="student",
    )
    out["password"] = {
        "has_refresh_token": bool(user_token.get("refresh_token")),
        "scope": user_token.get("scope"),
        "search": rest_get(user_token["access_token"], server, "/folders/search?searchQuery=Lecture"),
    }

    # The same grant from the code flow's client is refused: only the User Based type may use it.
    refused = requests.post(
        access_token_endpoint,
        data={"grant_type": "password", "username": "student", "password": "student", "scope": "openid api"},
        auth=(code_id, code_secret),
    )
    out["password_with_code_client"] = {"status": refused.status_code, "body": refused.json()}
    wrong = requests.post(
        access_token_endpoint,
        data={"grant_type": "password", "username": "student", "password": "wrong", "scope": "openid api"},
        auth=(user_id, user_secret),
    )
    out["wrong_password"] = {"status": wrong.status_code, "body": wrong.json()}
    print(json.dumps(out))


if __name__ == "__main__":
    main()
