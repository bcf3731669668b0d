"""A fake LanguageTool HTTP server on 127.0.0.1 for tests (stdlib only).

It speaks the part of LanguageTool's documented HTTP API that clients use:

- ``GET``/``POST /v2/languages``: a JSON list of ``{name, code, longCode}``
- ``POST /v2/check`` (form fields ``text``, ``language``, ``enabledRules``, ``disabledRules``,
  ``enabledOnly``, …): ``{"software": {...}, "language": {...}, "matches": [...]}``
- ``GET /v2/healthcheck``: ``OK`` (what language_tool_python polls while a local server starts)

Offsets and lengths in matches are UTF-16 code units, as in the real API (a character outside
the Basic Multilingual Plane counts twice); `make_match` converts from code points.

Scripting from tests::

    with FakeLanguageTool(responder=lambda req: [find_match(req.text, "teh", ...)]) as lt:
        ... lt.url ...              # "http://127.0.0.1:<port>"
        lt.delay = 5                # answer /v2/check after 5 s
        lt.fail("http500")          # or "malformed", "close"; `paths=`, `times=`
        lt.stop()                   # gone mid-run: the port refuses connections afterwards
        lt.requests, lt.checks      # every request, in order (method, path, form, client)

HTTP/1.1 keep-alive is supported, so a test can see whether a client reuses its connection
(`Request.client` is the peer address: same port, same connection).

Run as a script (``python tests/lt_server.py -p 8081``) it serves until killed: the local-mode
tests use it behind a fake ``java`` executable.
"""

from __future__ import annotations

import contextlib
import json
import re
import signal
import socket
import sys
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

VERSION = "6.6"

LANGUAGES: tuple[dict[str, str], ...] = (
    {"name": "English", "code": "en", "longCode": "en"},
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "English (GB)", "code": "en", "longCode": "en-GB"},
    {"name": "English (Canadian)", "code": "en", "longCode": "en-CA"},
    {"name": "German (Germany)", "code": "de", "longCode": "de-DE"},
    {"name": "French", "code": "fr", "longCode": "fr"},
)

#: Misspellings the default responder flags (as LanguageTool's Morfologik speller would).
KNOWN_TYPOS = {
    "teh": "the",
    "recieve": "receive",
    "definately": "definitely",
    "oportunity": "opportunity",
    "intervew": "interview",
    "interveiw": "interview",
}

_A_BEFORE_VOWEL = re.compile(r"\b([Aa]) (?=[aeiouAEIOU]\w)")

FAILURES = ("http500", "malformed", "close")


# -- offsets ----------------------------------------------------------------------------------
def utf16_len(text: str) -> int:
    """Length of `text` in UTF-16 code units (Java's String.length())."""
    return sum(2 if ord(ch) > 0xFFFF else 1 for ch in text)


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 offset of code-point `index` in `text`."""
    return utf16_len(text[:index])


# -- requests and matches ---------------------------------------------------------------------
def _rule_set(value: str) -> frozenset[str]:
    return frozenset(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Request:
    """One HTTP request the fake received."""

    method: str
    path: str
    form: dict[str, str]
    client: tuple[str, int]

    @property
    def text(self) -> str:
        return self.form.get("text", "")

    @property
    def language(self) -> str:
        return self.form.get("language", "")

    @property
    def enabled_rules(self) -> frozenset[str]:
        return _rule_set(self.form.get("enabledRules", ""))

    @property
    def disabled_rules(self) -> frozenset[str]:
        return _rule_set(self.form.get("disabledRules", ""))

    @property
    def enabled_only(self) -> bool:
        return self.form.get("enabledOnly", "false").lower() == "true"


Responder = Callable[[Request], Iterable[dict[str, Any]]]


def _context(text: str, start: int, end: int, window: int = 40) -> dict[str, Any]:
    """LanguageTool's `context`: a window around the error, offsets in UTF-16 units."""
    left = max(0, start - window)
    right = min(len(text), end + window)
    prefix = "..." if left > 0 else ""
    suffix = "..." if right < len(text) else ""
    snippet = prefix + text[left:right].replace("\n", " ") + suffix
    return {
        "text": snippet,
        "offset": utf16_len(prefix + text[left:start]),
        "length": utf16_len(text[start:end]),
    }


def make_match(
    text: str,
    start: int,
    length: int,
    *,
    rule_id: str,
    message: str,
    replacements: Iterable[str] = (),
    issue_type: str = "grammar",
    category: str = "GRAMMAR",
    category_name: str | None = None,
    short_message: str = "",
    description: str | None = None,
) -> dict[str, Any]:
    """A match as LanguageTool's JSON has it; `start`/`length` are code points of `text`."""
    end = start + length
    return {
        "message": message,
        "shortMessage": short_message,
        "replacements": [{"value": value} for value in replacements],
        "offset": utf16_offset(text, start),
        "length": utf16_len(text[start:end]),
        "context": _context(text, start, end),
        "sentence": text.strip(),
        "type": {"typeName": "Other"},
        "rule": {
            "id": rule_id,
            "description": description or message,
            "issueType": issue_type,
            "category": {"id": category, "name": category_name or category.title()},
        },
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def find_match(text: str, needle: str, occurrence: int = 0, **kwargs: Any) -> dict[str, Any]:
    """`make_match` at the `occurrence`-th place `needle` occurs in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return make_match(text, start, len(needle), **kwargs)


def typo_responder(request: Request) -> list[dict[str, Any]]:
    """The default: `KNOWN_TYPOS` as MORFOLOGIK_RULE_EN_* and "a" before a vowel (EN_A_VS_AN)."""
    text = request.text
    rule = "MORFOLOGIK_RULE_EN_GB" if request.language == "en-GB" else "MORFOLOGIK_RULE_EN_US"
    matches = []
    lower = text.lower()
    for typo, fix in KNOWN_TYPOS.items():
        start = lower.find(typo)
        while start != -1:
            before_ok = start == 0 or not lower[start - 1].isalpha()
            after = start + len(typo)
            after_ok = after == len(lower) or not lower[after].isalpha()
            if before_ok and after_ok:
                matches.append(
                    make_match(
                        text,
                        start,
                        len(typo),
                        rule_id=rule,
                        message="Possible spelling mistake found.",
                        replacements=(fix,),
                        issue_type="misspelling",
                        category="TYPOS",
                        category_name="Possible Typo",
                        short_message="Spelling mistake",
                    )
                )
            start = lower.find(typo, start + 1)
    for found in _A_BEFORE_VOWEL.finditer(text):
        matches.append(
            make_match(
                text,
                found.start(1),
                1,
                rule_id="EN_A_VS_AN",
                message="Use “an” instead of ‘a’ if the following word starts with a vowel sound.",
                replacements=("an" if found.group(1) == "a" else "An",),
                issue_type="misspelling",
                category="MISC",
                category_name="Miscellaneous",
                short_message="Wrong article",
            )
        )
    return sorted(matches, key=lambda m: m["offset"])


# -- the server -------------------------------------------------------------------------------
class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeLanguageTool


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    server_version = "FakeLanguageTool/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def setup(self) -> None:
        super().setup()
        # Headers and body go out in separate writes: without this, Nagle + delayed ACK
        # cost ~40 ms per kept-alive request.
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.fake._connection_opened(self.connection)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.fake._connection_closed(self.connection)

    def do_GET(self) -> None:
        self._handle("GET")

    def do_POST(self) -> None:
        self._handle("POST")

    # -- plumbing ---------------------------------------------------------------------------
    def _read_form(self, method: str) -> dict[str, str]:
        parts = urlsplit(self.path)
        pairs = parse_qs(parts.query, keep_blank_values=True)
        if method == "POST":
            size = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(size).decode("utf-8") if size else ""
            pairs.update(parse_qs(body, keep_blank_values=True))
        return {key: values[0] for key, values in pairs.items()}

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        self.wfile.flush()

    def _send_json(self, payload: Any, status: int = 200) -> None:
        self._send(status, json.dumps(payload).encode("utf-8"), "application/json")

    def _send_text(self, status: int, text: str) -> None:
        self._send(status, text.encode("utf-8"), "text/plain; charset=utf-8")

    def _hang_up(self) -> None:
        """Close the connection without answering."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _handle(self, method: str) -> None:
        fake = self.server.fake
        path = urlsplit(self.path).path
        form = self._read_form(method)
        request = Request(method, path, form, (self.client_address[0], self.client_address[1]))
        fake._record(request)

        delay = fake.delay if path in fake.delay_paths else 0.0
        if delay and fake._stopping.wait(delay):
            self._hang_up()
            return
        failure = fake._take_failure(path)
        if failure == "close":
            self._hang_up()
            return
        if failure == "http500":
            self._send_text(500, "Error: Internal Error: the fake was told to fail")
            return
        if failure == "malformed":
            self._send(200, b'{"software": {"name": "LanguageTool", "vers', "application/json")
            return

        if path == "/v2/languages":
            self._send_json(list(fake.languages))
        elif path == "/v2/healthcheck" and method == "GET":
            self._send_text(200, "OK")
        elif path == "/v2/check":
            self._check(request)
        else:
            self._send_text(404, f"Error: unknown path {path}")

    def _check(self, request: Request) -> None:
        fake = self.server.fake
        if "text" not in request.form and "data" not in request.form:
            self._send_text(400, "Error: Missing 'text' or 'data' parameter")
            return
        known = {entry["longCode"] for entry in fake.languages}
        if request.language != "auto" and request.language not in known:
            self._send_text(
                400, f"Error: '{request.language}' is not a language code known to LanguageTool."
            )
            return
        matches = [dict(m) for m in fake.responder(request)]
        # What the real server does with the rule parameters.
        matches = [m for m in matches if m["rule"]["id"] not in request.disabled_rules]
        if request.enabled_only:
            matches = [m for m in matches if m["rule"]["id"] in request.enabled_rules]
        name = next(
            (e["name"] for e in fake.languages if e["longCode"] == request.language), "English"
        )
        self._send_json(
            {
                "software": {
                    "name": "LanguageTool",
                    "version": fake.version,
                    "buildDate": "2025-01-01 00:00:00 +0000",
                    "apiVersion": 1,
                    "premium": False,
                    "status": "",
                },
                "warnings": {"incompleteResults": False},
                "language": {
                    "name": name,
                    "code": request.language,
                    "detectedLanguage": {"name": name, "code": request.language},
                },
                "matches": matches,
            }
        )


@dataclass
class FakeLanguageTool:
    """A scriptable fake LanguageTool server on 127.0.0.1 (port 0: the OS picks one)."""

    responder: Responder = typo_responder
    version: str = VERSION
    languages: tuple[dict[str, str], ...] = LANGUAGES
    port: int = 0
    #: seconds to wait before answering a request to one of `delay_paths`
    delay: float = 0.0
    delay_paths: frozenset[str] = frozenset({"/v2/check"})
    failure: str | None = None
    failure_paths: frozenset[str] = frozenset({"/v2/check"})
    #: how many more requests fail (None: every one until `clear()`)
    failure_times: int | None = None
    requests: list[Request] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle --------------------------------------------------------------------------
    def start(self) -> FakeLanguageTool:
        server = _Server(("127.0.0.1", self.port), _Handler)
        server.fake = self
        self._server = server
        self.port = server.server_address[1]
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Shut down: stop listening and drop every open connection (idempotent)."""
        self._stopping.set()
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for conn in connections:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
            conn.close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeLanguageTool:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    # -- scripting --------------------------------------------------------------------------
    def fail(
        self,
        mode: str,
        *,
        paths: Iterable[str] = ("/v2/check",),
        times: int | None = None,
    ) -> None:
        """Make requests to `paths` fail: "http500", "malformed" JSON or "close" (hang up)."""
        if mode not in FAILURES:
            raise ValueError(f"unknown failure {mode!r}; expected one of {FAILURES}")
        with self._lock:
            self.failure = mode
            self.failure_paths = frozenset(paths)
            self.failure_times = times

    def clear(self) -> None:
        """Back to answering normally, without delay."""
        with self._lock:
            self.failure = None
            self.failure_times = None
            self.delay = 0.0

    @property
    def checks(self) -> list[Request]:
        """The /v2/check requests received so far."""
        with self._lock:
            return [r for r in self.requests if r.path == "/v2/check"]

    def count(self, path: str) -> int:
        with self._lock:
            return sum(1 for r in self.requests if r.path == path)

    # -- called by the handler --------------------------------------------------------------
    def _record(self, request: Request) -> None:
        with self._lock:
            self.requests.append(request)

    def _take_failure(self, path: str) -> str | None:
        with self._lock:
            if self.failure is None or path not in self.failure_paths:
                return None
            if self.failure_times is not None:
                if self.failure_times <= 0:
                    return None
                self.failure_times -= 1
            return self.failure

    def _connection_opened(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.add(conn)

    def _connection_closed(self, conn: socket.socket) -> None:
        with self._lock:
            self._connections.discard(conn)


def main(argv: list[str] | None = None) -> int:
    """Serve on ``-p PORT`` until SIGTERM/SIGINT (stands in for LanguageTool's HTTPServer).

    Other arguments (``-cp <jar> org.languagetool.server.HTTPServer``) are ignored.
    """
    args = sys.argv[1:] if argv is None else argv
    port = 8081
    for flag in ("-p", "--port"):
        if flag in args[:-1]:
            port = int(args[args.index(flag) + 1])
    fake = FakeLanguageTool(port=port)
    try:
        fake.start()
    except OSError as exc:  # port taken: exit early, as Java does
        print(f"cannot listen on {port}: {exc}", file=sys.stderr)
        return 1
    done = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: done.set())
    with contextlib.suppress(KeyboardInterrupt):
        done.wait()
    fake.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
