"""The LanguageTool backend, driven through the real language_tool_python client.

Every server here is tests/lt_server.py on 127.0.0.1; a guard refuses (and records) any socket
or name lookup for another host, so nothing can leave the machine. Local mode runs a fake
`java` that serves the same fake, so starting, reusing and stopping the server is real.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import signal
import socket
import subprocess
import sys
import textwrap
import threading
import time
import zipfile
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import psutil
import pytest

from followup_lint.proofing import languagetool as lt
from followup_lint.proofing.languagetool import (
    LanguageToolEngine,
    find_local_installation,
    install_local,
    local_available,
    open_engine,
)
from followup_lint.proofing.model import ProofingUnavailable, ProofMatch
from tests.lt_server import FakeLanguageTool, Request, find_match, make_match

ROOT = Path(__file__).resolve().parents[1]
LOOPBACK_NAMES = {"127.0.0.1", "::1", "localhost", "", None}


# -- a guard: nothing but loopback ----------------------------------------------------------
class NetworkGuard:
    """Records and refuses every connection or name lookup for a non-loopback host."""

    def __init__(self) -> None:
        self.attempts: list[str] = []

    @staticmethod
    def _loopback(host: object) -> bool:
        if host in LOOPBACK_NAMES:
            return True
        return isinstance(host, str) and host.startswith("127.")

    def check_address(self, address: object) -> None:
        if isinstance(address, tuple) and not self._loopback(address[0]):
            self.attempts.append(f"connect {address[0]}:{address[1]}")
            raise ConnectionRefusedError(f"test guard: no connections to {address[0]}")

    def check_name(self, host: object) -> None:
        if isinstance(host, bytes):
            host = host.decode()
        if not self._loopback(host):
            self.attempts.append(f"resolve {host}")
            raise socket.gaierror(socket.EAI_NONAME, f"test guard: no lookups of {host}")


@pytest.fixture(autouse=True)
def network(monkeypatch: pytest.MonkeyPatch) -> Iterator[NetworkGuard]:
    guard = NetworkGuard()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> Any:
        guard.check_address(address)
        return real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> Any:
        guard.check_address(address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        guard.check_name(host)
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(var, raising=False)
    yield guard
    assert guard.attempts == [], f"non-loopback network use: {guard.attempts}"


@pytest.fixture
def fake() -> Iterator[FakeLanguageTool]:
    with FakeLanguageTool() as server:
        yield server


@pytest.fixture
def opened() -> Iterator[list[LanguageToolEngine]]:
    """Engines a test opens; all closed at the end."""
    engines: list[LanguageToolEngine] = []
    yield engines
    for engine in engines:
        engine.close()


def remote(fake: FakeLanguageTool, opened: list[LanguageToolEngine], **kwargs: Any):
    engine = open_engine("remote", url=fake.url, **kwargs)
    opened.append(engine)
    return engine


def responder_from(*builders):
    """A responder returning, for each request, every builder's match that applies."""

    def respond(request: Request) -> list[dict[str, Any]]:
        out = []
        for build in builders:
            with contextlib.suppress(ValueError):  # the needle is not in this text
                out.append(build(request.text))
        return out

    return respond


# -- mapping ----------------------------------------------------------------------------------
DRAFT = "Thank you for teh interview. I have a idea , and I am very very excited."


def test_matches_map_kind_rule_message_replacements_category(fake, opened) -> None:
    fake.responder = responder_from(
        partial(
            find_match,
            needle="teh",
            rule_id="MORFOLOGIK_RULE_EN_US",
            message="Possible spelling mistake found.",
            replacements=["the", "tech", "ten", "tea", "Ted", "tee", "eh"],
            issue_type="misspelling",
            category="TYPOS",
        ),
        partial(
            find_match,
            needle="a idea",
            rule_id="EN_A_VS_AN",
            message="Use “an” instead of ‘a’ if the following word starts with a vowel sound.",
            replacements=["an idea"],
            issue_type="misspelling",  # LanguageTool really files this one as misspelling
            category="MISC",
        ),
        partial(
            find_match,
            needle="very very",
            rule_id="ENGLISH_WORD_REPEAT_RULE",
            message="Possible typo: you repeated a word.",
            replacements=["very"],
            issue_type="duplication",
            category="MISC",
        ),
        # Style advice: skipped by category, by rule id, or by issue type.
        partial(
            find_match,
            needle="very excited",
            rule_id="EN_WEAK_ADJECTIVE",
            message="Consider a stronger word.",
            issue_type="style",
            category="STYLE",
        ),
        partial(
            find_match,
            needle=" ,",
            rule_id="COMMA_PARENTHESIS_WHITESPACE",
            message="Put a space after the comma, but not before it.",
            replacements=[","],
            issue_type="whitespace",
            category="TYPOGRAPHY",
        ),
        partial(
            find_match,
            needle="Thank you",
            rule_id="SOME_STYLE_RULE_IN_MISC",
            message="Style.",
            issue_type="style",
            category="MISC",
        ),
        partial(
            find_match,
            needle="interview",
            rule_id="SOME_REDUNDANCY",
            message="Redundant.",
            issue_type="redundancy",
            category="REDUNDANCY",
        ),
    )
    engine = remote(fake, opened)
    found = engine.check(DRAFT, "en-US")
    assert found == [
        ProofMatch(
            offset=DRAFT.index("teh"),
            length=3,
            kind="spelling",
            rule_id="MORFOLOGIK_RULE_EN_US",
            message="Possible spelling mistake found.",
            replacements=("the", "tech", "ten", "tea", "Ted"),
            category="TYPOS",
        ),
        ProofMatch(
            offset=DRAFT.index("a idea"),
            length=6,
            kind="grammar",
            rule_id="EN_A_VS_AN",
            message="Use “an” instead of ‘a’ if the following word starts with a vowel sound.",
            replacements=("an idea",),
            category="MISC",
        ),
        ProofMatch(
            offset=DRAFT.index("very very"),
            length=9,
            kind="grammar",
            rule_id="ENGLISH_WORD_REPEAT_RULE",
            message="Possible typo: you repeated a word.",
            replacements=("very",),
            category="MISC",
        ),
    ]


def test_typos_category_is_spelling_whatever_the_issue_type(fake, opened) -> None:
    text = "We discussed the there project."
    fake.responder = responder_from(
        partial(
            find_match,
            needle="there",
            rule_id="THERE_THEIR",
            message="Did you mean “their”?",
            replacements=["their"],
            issue_type="grammar",
            category="TYPOS",
        ),
        partial(
            find_match,
            needle="discussed the",
            rule_id="GRAMMAR_THING",
            message="Grammar.",
            issue_type="grammar",
            category="GRAMMAR",
        ),
    )
    engine = remote(fake, opened)
    kinds = {(m.rule_id, m.kind, m.category) for m in engine.check(text, "en-US")}
    assert kinds == {("THERE_THEIR", "spelling", "TYPOS"), ("GRAMMAR_THING", "grammar", "GRAMMAR")}


def test_a_rule_enabled_in_config_is_reported_even_in_a_skipped_category(fake, opened) -> None:
    style = partial(
        find_match,
        needle="was held",
        rule_id="PASSIVE_VOICE",
        message="Passive voice.",
        issue_type="style",
        category="STYLE",
    )
    fake.responder = responder_from(style)
    text = "The interview was held on Monday."
    assert remote(fake, opened).check(text, "en-US") == []
    found = remote(fake, opened, enabled_rules=frozenset({"PASSIVE_VOICE"})).check(text, "en-US")
    assert [(m.rule_id, m.kind, m.category) for m in found] == [
        ("PASSIVE_VOICE", "grammar", "STYLE")
    ]


def test_skipped_categories_are_documented_constants() -> None:
    assert {"STYLE", "TYPOGRAPHY", "REDUNDANCY", "PLAIN_ENGLISH"} <= lt.SKIPPED_CATEGORIES
    assert {"WHITESPACE_RULE", "EN_QUOTES"} <= lt.SKIPPED_RULES
    assert "TYPOS" not in lt.SKIPPED_CATEGORIES
    assert "GRAMMAR" not in lt.SKIPPED_CATEGORIES


# -- offsets ----------------------------------------------------------------------------------
EMOJI_DRAFT = "Hi Sam 👋🏽! Thanks 🙏 for the chat 😀😀 — I learned teh most about 𝔡ata."


def test_utf16_offsets_become_code_point_offsets(fake, opened) -> None:
    fake.responder = responder_from(
        partial(
            find_match,
            needle="teh",
            rule_id="MORFOLOGIK_RULE_EN_US",
            message="Possible spelling mistake found.",
            replacements=["the"],
            issue_type="misspelling",
            category="TYPOS",
        ),
        partial(
            find_match,
            needle="😀😀",
            rule_id="EMOJI_TWICE",
            message="Two emoji.",
            issue_type="grammar",
            category="MISC",
        ),
        partial(
            find_match,
            needle="𝔡ata",
            rule_id="MORFOLOGIK_RULE_EN_US",
            message="Possible spelling mistake found.",
            replacements=["data"],
            issue_type="misspelling",
            category="TYPOS",
        ),
    )
    engine = remote(fake, opened)
    found = engine.check(EMOJI_DRAFT, "en-US")
    assert [EMOJI_DRAFT[m.offset : m.end] for m in found] == ["😀😀", "teh", "𝔡ata"]
    # The fake really sent UTF-16 offsets (the emoji before "teh" count twice there).
    raw = fake.responder(fake.checks[-1])
    teh = next(m for m in raw if m["context"]["text"].find("teh") >= 0 and m["length"] == 3)
    assert teh["offset"] == EMOJI_DRAFT.index("teh") + 5


def test_utf16_index_maps_every_boundary() -> None:
    text = "a😀b𝔡c"
    index = lt._Utf16Index(text)
    # UTF-16 units: a=0, 😀=1-2, b=3, 𝔡=4-5, c=6, end=7
    assert [index.start(u) for u in range(8)] == [0, 1, 1, 2, 3, 3, 4, 5]
    assert [index.end(u) for u in range(8)] == [0, 1, 2, 2, 3, 4, 4, 5]
    assert index.utf16_length == 7


# -- rules and languages reach the server -----------------------------------------------------
def test_enabled_and_disabled_rules_reach_the_server(fake, opened) -> None:
    enabled = frozenset({"EN_A_VS_AN", "PASSIVE_VOICE"})
    disabled = frozenset({"MORFOLOGIK_RULE_EN_US", "UPPERCASE_SENTENCE_START"})
    engine = remote(fake, opened, enabled_rules=enabled, disabled_rules=disabled)
    us = engine.check("I will recieve it.", "en-US")
    gb = engine.check("I will recieve it.", "en-GB")  # a language change keeps the rules
    us_again = engine.check("I will recieve it.", "en-US")
    checks = fake.checks
    assert [c.language for c in checks[-3:]] == ["en-US", "en-GB", "en-US"]
    for request in checks:
        assert request.enabled_rules == enabled
        assert request.disabled_rules == disabled
        assert not request.enabled_only
    # The fake drops disabled rules, as LanguageTool does: only the en-GB speller fires.
    assert us == us_again == []
    assert [m.rule_id for m in gb] == ["MORFOLOGIK_RULE_EN_GB"]


def test_an_unsupported_language_is_unavailable(fake, opened) -> None:
    engine = remote(fake, opened)
    with pytest.raises(ProofingUnavailable, match="does not support language 'xx-YY'"):
        engine.check("Hello there.", "xx-YY")


# -- one client, one connection ---------------------------------------------------------------
def test_one_connection_is_reused_for_every_check(fake, opened) -> None:
    engine = remote(fake, opened)
    for i in range(12):
        engine.check(f"Draft {i}: thank you for teh interview.", "en-GB" if i % 2 else "en-US")
    assert fake.count("/v2/languages") == 1
    assert fake.count("/v2/check") == 1 + 12  # one probe on open (learns the version)
    assert len({r.client for r in fake.requests}) == 1, "expected one kept-alive connection"


def test_name_version_and_identity_come_from_the_server(opened) -> None:
    with FakeLanguageTool(version="6.5") as fake:
        engine = remote(fake, opened)
        assert engine.version == "6.5"
        assert engine.name == f"languagetool 6.5 (remote {fake.url})"
        assert "6.5" in engine.identity and fake.url in engine.identity
        assert engine.pid is None


@pytest.mark.parametrize(
    ("given", "base"),
    [
        ("http://lt.example:8081", "http://lt.example:8081"),
        ("http://lt.example:8081/", "http://lt.example:8081"),
        ("http://lt.example:8081/v2", "http://lt.example:8081"),
        ("http://lt.example:8081/v2/", "http://lt.example:8081"),
        ("https://lt.example/proxy/lt/", "https://lt.example/proxy/lt"),
        ("localhost:8010", "http://localhost:8010"),
    ],
)
def test_server_urls_are_normalised(given: str, base: str) -> None:
    assert lt._base_url(given) == base


def test_a_url_with_a_path_prefix_keeps_it(opened) -> None:
    with FakeLanguageTool() as fake:
        # The fake serves /v2/... only; a prefix must not be dropped (it would 404 then).
        with pytest.raises(ProofingUnavailable, match="HTTP 404"):
            open_engine("remote", url=fake.url + "/lt")
        assert fake.requests[0].path == "/lt/v2/languages"


def test_remote_without_url_or_with_a_bad_one_is_unavailable() -> None:
    with pytest.raises(ProofingUnavailable, match="needs a url"):
        open_engine("remote")
    with pytest.raises(ProofingUnavailable, match="not an http"):
        open_engine("remote", url="ftp://127.0.0.1/")
    with pytest.raises(ValueError, match="unknown LanguageTool mode"):
        open_engine("auto")


# -- failures ---------------------------------------------------------------------------------
def test_a_slow_server_is_bounded_by_the_timeout(fake, opened) -> None:
    engine = remote(fake, opened, timeout=1.0)
    fake.delay = 5.0
    started = time.monotonic()
    with pytest.raises(ProofingUnavailable, match=r"did not answer within 1 s"):
        engine.check("Thank you for teh interview.", "en-US")
    assert time.monotonic() - started < 2.0
    assert fake.count("/v2/check") == 2  # the probe and one attempt: no retry after a timeout


def test_a_slow_server_at_open_is_bounded_too(fake) -> None:
    fake.delay = 5.0
    fake.delay_paths = frozenset({"/v2/languages", "/v2/check"})
    started = time.monotonic()
    with pytest.raises(ProofingUnavailable, match="did not answer within 1 s"):
        open_engine("remote", url=fake.url, timeout=1.0)
    assert time.monotonic() - started < 2.0


@pytest.mark.parametrize(
    ("failure", "reason", "attempts"),
    [
        ("http500", "answered HTTP 500 Internal Server Error", 1),
        ("malformed", "answered with malformed JSON", 1),
        ("close", "closed the connection without answering", 2),  # retried once
    ],
)
def test_bad_answers_are_unavailable_and_the_engine_recovers(
    fake, opened, failure: str, reason: str, attempts: int
) -> None:
    engine = remote(fake, opened)
    fake.fail(failure)
    with pytest.raises(ProofingUnavailable) as caught:
        engine.check("Thank you for teh interview.", "en-US")
    message = str(caught.value)
    assert reason in message and fake.url in message
    assert "\n" not in message
    assert fake.count("/v2/check") == 1 + attempts
    fake.clear()
    assert [m.rule_id for m in engine.check("teh", "en-US")] == ["MORFOLOGIK_RULE_EN_US"]


@pytest.mark.parametrize("failure", ["http500", "malformed", "close"])
def test_bad_answers_at_open_are_unavailable(fake, failure: str) -> None:
    fake.fail(failure, paths=("/v2/languages",))
    with pytest.raises(ProofingUnavailable):
        open_engine("remote", url=fake.url)


def test_one_dropped_connection_is_retried(fake, opened) -> None:
    engine = remote(fake, opened)
    fake.fail("close", times=1)
    assert [m.rule_id for m in engine.check("teh", "en-US")] == ["MORFOLOGIK_RULE_EN_US"]


def test_a_client_error_says_what_the_server_said(fake, opened) -> None:
    # The fake refuses an unknown language with 400, as LanguageTool does.
    engine = remote(fake, opened)
    engine._client._flt_languages.add("xx-YY")  # the client believes the server knows it
    with pytest.raises(ProofingUnavailable, match=r"HTTP 400.*not a language code known"):
        engine.check("Hello.", "xx-YY")


def test_answers_without_matches_are_unavailable(fake, opened) -> None:
    engine = remote(fake, opened)

    def broken(request: Request) -> list[dict[str, Any]]:
        return [{"message": "no offsets", "rule": {"id": "X", "category": {"id": "MISC"}}}]

    fake.responder = broken
    with pytest.raises(ProofingUnavailable, match=r"unusable answer|without offsets"):
        engine.check("Hello there.", "en-US")


def test_a_server_shut_down_mid_run_is_unavailable(fake, opened) -> None:
    engine = remote(fake, opened)
    assert engine.check("teh", "en-US")
    fake.stop()
    with pytest.raises(ProofingUnavailable, match="refused the connection"):
        engine.check("teh", "en-US")


def test_a_server_that_is_not_running_is_unavailable() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(ProofingUnavailable, match="refused the connection"):
        open_engine("remote", url=f"http://127.0.0.1:{port}", timeout=5)
    assert time.monotonic() - started < 2.0


def test_a_closed_engine_refuses_to_check_and_closes_twice(fake) -> None:
    engine = open_engine("remote", url=fake.url)
    engine.close()
    engine.close()
    assert engine.closed
    with pytest.raises(ProofingUnavailable, match="closed"):
        engine.check("teh", "en-US")


def test_empty_text_is_not_sent(fake, opened) -> None:
    engine = remote(fake, opened)
    assert engine.check("  \n ", "en-US") == []
    assert fake.count("/v2/check") == 1  # the probe only


# -- public mode ------------------------------------------------------------------------------
def test_public_mode_warns_exactly_once(fake, monkeypatch, opened) -> None:
    monkeypatch.setattr(lt, "PUBLIC_API_URL", fake.url + "/")
    warnings: list[str] = []
    engine = open_engine("public", warn=warnings.append)
    opened.append(engine)
    for _ in range(3):
        engine.check("Thank you for teh interview.", "en-US")
    assert len(warnings) == 1
    assert "\n" not in warnings[0]
    assert "public" in warnings[0] and "leaves this machine" in warnings[0]
    assert engine.mode == "public" and engine.name.endswith(f"(public {fake.url})")
    assert type(engine._client).__mro__[2].__name__ == "LanguageToolPublicAPI"
    assert fake.count("/v2/check") == 4


def test_public_mode_warns_before_anything_is_sent(network) -> None:
    warnings: list[str] = []

    def warn(message: str) -> None:
        assert network.attempts == [], "the warning must come before any network use"
        warnings.append(message)

    with pytest.raises(ProofingUnavailable, match="cannot resolve the LanguageTool host"):
        open_engine("public", warn=warn)
    assert len(warnings) == 1 and "api.languagetool.org" in warnings[0]
    assert network.attempts == ["resolve api.languagetool.org"]  # refused by the guard
    network.attempts.clear()


def test_other_modes_never_warn(fake, opened) -> None:
    warnings: list[str] = []
    remote(fake, opened, warn=warnings.append).check("teh", "en-US")
    assert warnings == []


# -- local mode -------------------------------------------------------------------------------
FAKE_JAVA = """\
#!{python}
# A stand-in for `java`: answers -version, and serves tests/lt_server.py for HTTPServer.
import os, sys
sys.path.insert(0, {root!r})
args = sys.argv[1:]
if "-version" in args:
    sys.stderr.write('openjdk version "17.0.2" 2022-01-18\\n')
    sys.exit(0)
with open({log!r}, "a") as log:
    log.write(str(os.getpid()) + " " + " ".join(args) + "\\n")
if os.environ.get("FAKE_JAVA_CRASH"):
    sys.stderr.write("Exception in thread main: java.lang.OutOfMemoryError\\n")
    sys.exit(1)
from tests.lt_server import main
sys.exit(main(args))
"""


@pytest.fixture
def lt_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty language_tool_python download directory (LTP_PATH), nothing installed."""
    home = tmp_path / "ltp"
    monkeypatch.setenv("LTP_PATH", str(home))
    monkeypatch.delenv("LTP_JAR_DIR_PATH", raising=False)
    return home


def install_fake(home: Path, name: str = "LanguageTool-6.6", jar="languagetool-server.jar"):
    folder = home / name
    folder.mkdir(parents=True)
    (folder / jar).write_bytes(b"PK fake jar")
    return folder


@pytest.fixture
def fake_java(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Puts a fake `java` first on PATH; returns the log of its server starts."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    log = tmp_path / "java-starts.log"
    log.touch()
    java = bin_dir / "java"
    java.write_text(FAKE_JAVA.format(python=sys.executable, root=str(ROOT), log=str(log)))
    java.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}")
    return log


def starts(log: Path) -> list[str]:
    return [line for line in log.read_text().splitlines() if line.strip()]


def gone(pid: int) -> bool:
    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_gone(pid: int, seconds: float = 10.0) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if gone(pid):
            return True
        time.sleep(0.05)
    return gone(pid)


def test_local_without_an_installation_never_downloads(lt_home, network, monkeypatch) -> None:
    import language_tool_python.download_lt as download_lt

    def no_download(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("local mode must never download")

    # Not a network patch: a tripwire on the library's only download entry point.
    monkeypatch.setattr(download_lt.ReleaseLocalLanguageTool, "download", no_download)
    monkeypatch.setattr(download_lt.SnapshotLocalLanguageTool, "download", no_download)
    assert find_local_installation() is None
    assert not local_available()
    with pytest.raises(ProofingUnavailable) as caught:
        open_engine("local")
    assert str(caught.value) == (
        "LanguageTool is not installed locally; run 'followup-lint setup languagetool'"
    )
    assert network.attempts == []
    assert not lt_home.exists(), "detection must not create the download directory"


def test_local_with_an_empty_or_jarless_download_dir_is_not_installed(lt_home) -> None:
    (lt_home / "LanguageTool-6.6").mkdir(parents=True)  # an interrupted unzip
    assert find_local_installation() is None
    with pytest.raises(ProofingUnavailable, match="not installed locally"):
        open_engine("local")


def test_find_local_installation_picks_the_newest(lt_home, monkeypatch, tmp_path) -> None:
    install_fake(lt_home, "LanguageTool-6.5")
    install_fake(lt_home, "LanguageTool-6.10")
    assert find_local_installation() == lt_home / "LanguageTool-6.10"
    install_fake(lt_home, "LanguageTool-20250301", jar="languagetool.jar")
    assert find_local_installation() == lt_home / "LanguageTool-20250301"
    assert local_available()
    # LTP_JAR_DIR_PATH, when set, is the installation (or there is none).
    elsewhere = install_fake(tmp_path / "opt", "lt")
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(elsewhere))
    assert find_local_installation() == elsewhere
    monkeypatch.setenv("LTP_JAR_DIR_PATH", str(tmp_path / "missing"))
    assert find_local_installation() is None


def test_local_without_java_is_unavailable(lt_home, tmp_path, monkeypatch) -> None:
    install_fake(lt_home)
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(ProofingUnavailable, match="Java is not installed"):
        open_engine("local")


def test_local_mode_starts_one_server_and_stops_it(lt_home, fake_java) -> None:
    folder = install_fake(lt_home)
    engine = open_engine("local", disabled_rules=frozenset({"UPPERCASE_SENTENCE_START"}))
    try:
        pid = engine.pid
        assert pid is not None and not gone(pid)
        assert engine.name == f"languagetool 6.6 (local {folder}, port {engine.port})"
        assert engine.url == f"http://127.0.0.1:{engine.port}"
        for i in range(5):
            found = engine.check(f"Note {i}: I will recieve 😀 teh offer.", "en-US")
            assert [m.replacements[0] for m in found] == ["receive", "the"]
        assert engine.pid == pid
        (start,) = starts(fake_java)  # one server for the whole run
        assert start.split()[1:] == [
            "-cp",
            str(folder / "languagetool-server.jar"),
            "org.languagetool.server.HTTPServer",
            "-p",
            str(engine.port),
        ]
    finally:
        engine.close()
    assert wait_gone(pid)
    engine.close()  # idempotent
    with pytest.raises(ProofingUnavailable, match="closed"):
        engine.check("teh", "en-US")


def test_a_local_server_that_dies_mid_run_is_unavailable(lt_home, fake_java) -> None:
    install_fake(lt_home)
    engine = open_engine("local")
    try:
        pid = engine.pid
        psutil.Process(pid).kill()
        assert wait_gone(pid)
        with pytest.raises(ProofingUnavailable, match="local LanguageTool server stopped"):
            engine.check("teh", "en-US")
        assert len(starts(fake_java)) == 1  # not restarted behind the caller's back
    finally:
        engine.close()


def test_a_local_server_that_fails_to_start_says_why(lt_home, fake_java, monkeypatch) -> None:
    install_fake(lt_home)
    monkeypatch.setenv("FAKE_JAVA_CRASH", "1")
    with pytest.raises(ProofingUnavailable) as caught:
        open_engine("local")
    assert "did not start" in str(caught.value)
    assert "OutOfMemoryError" in str(caught.value)
    assert len(starts(fake_java)) == lt._LOCAL_START_ATTEMPTS  # bounded, not ~900 ports
    for line in starts(fake_java):
        assert wait_gone(int(line.split()[0]))


SCRIPT = """\
import os, sys, time
sys.path.insert(0, {root!r})
from followup_lint.proofing.languagetool import open_engine
engine = open_engine("local")
engine.check("teh", "en-US")
print(engine.pid, flush=True)
how = sys.argv[1]
if how == "exit":
    sys.exit(0)  # never closed
if how == "error":
    raise RuntimeError("boom")
time.sleep(60)  # waits for Ctrl-C
"""


@pytest.mark.parametrize("how", ["exit", "error", "ctrl-c"])
def test_no_orphaned_server_after_exit_error_or_ctrl_c(
    lt_home, fake_java, tmp_path, how: str
) -> None:
    install_fake(lt_home)
    script = tmp_path / "run.py"
    script.write_text(SCRIPT.format(root=str(ROOT)))
    with subprocess.Popen(
        [sys.executable, str(script), how],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as child:
        try:
            assert child.stdout is not None and child.stderr is not None
            line = child.stdout.readline()
            assert line.strip().isdigit(), child.stderr.read()
            server_pid = int(line)
            if how == "ctrl-c":
                child.send_signal(signal.SIGINT)  # as a terminal's Ctrl-C
            child.wait(timeout=30)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
    assert wait_gone(server_pid), "the LanguageTool server outlived its run"


def test_environment_proxies_do_not_intercept_loopback(
    fake, opened, lt_home, fake_java, monkeypatch
) -> None:
    # Were the proxy used, the guard would record a lookup of proxy.invalid.
    for var in ("HTTP_PROXY", "http_proxy", "HTTPS_PROXY"):
        monkeypatch.setenv(var, "http://proxy.invalid:3128")
    assert remote(fake, opened).check("teh", "en-US")
    install_fake(lt_home)
    with open_engine("local") as local:
        assert local.check("teh", "en-US")


# -- setup: the only path that downloads --------------------------------------------------------
@pytest.fixture
def release_server(tmp_path: Path) -> Iterator[tuple[str, list[str], str]]:
    """Serves LanguageTool-<version>.zip on 127.0.0.1; yields (base url, paths asked, sha256)."""
    import language_tool_python.download_lt as download_lt

    version = download_lt.LTP_DOWNLOAD_VERSION
    served = tmp_path / "served"
    served.mkdir()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"LanguageTool-{version}/languagetool-server.jar", b"PK fake jar")
        archive.writestr(f"LanguageTool-{version}/README.md", b"fake")
    (served / f"LanguageTool-{version}.zip").write_bytes(buffer.getvalue())
    sha256 = hashlib.sha256(buffer.getvalue()).hexdigest()
    paths: list[str] = []

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(served), **kwargs)

        def log_message(self, *args: Any) -> None:
            paths.append(self.path)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/", paths, sha256
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_install_local_downloads_through_the_library(
    lt_home, fake_java, release_server, monkeypatch, capsys
) -> None:
    import language_tool_python.download_lt as download_lt

    base, paths, sha256 = release_server
    for name in ("BASE_URL_NEW_RELEASES", "BASE_URL_RELEASE", "BASE_URL_ARCHIVE"):
        monkeypatch.setattr(download_lt, name, base)
    monkeypatch.setenv("LTP_DOWNLOAD_SHA256", sha256)  # the fake zip's checksum
    zip_path = f"LanguageTool-{download_lt.LTP_DOWNLOAD_VERSION}.zip"

    assert not local_available()
    where = install_local(progress=False)
    assert where == lt_home / f"LanguageTool-{download_lt.LTP_DOWNLOAD_VERSION}"
    assert (where / "languagetool-server.jar").is_file()
    assert paths and all(zip_path in p for p in paths)
    assert "Downloading LanguageTool" not in capsys.readouterr().err  # progress=False
    assert find_local_installation() == where
    # Installed: a second setup downloads nothing.
    count = len(paths)
    assert install_local(progress=False) == where
    assert len(paths) == count


def test_install_local_failure_is_one_line(lt_home, fake_java, network) -> None:
    with pytest.raises(ProofingUnavailable, match="could not install LanguageTool") as caught:
        install_local(progress=False)
    assert "\n" not in str(caught.value)
    assert network.attempts, "the download was expected to be attempted (and refused)"
    network.attempts.clear()


# -- licensing: language_tool_python is imported lazily ----------------------------------------
def test_importing_followup_lint_does_not_import_language_tool_python(tmp_path) -> None:
    code = textwrap.dedent(
        f"""
        import os, sys
        os.environ["LTP_PATH"] = {str(tmp_path / "none")!r}
        import followup_lint
        import followup_lint.proofing.languagetool as lt
        import followup_lint.proofing.service
        assert lt.find_local_installation() is None and not lt.local_available()
        loaded = sorted(m for m in sys.modules if m.split(".")[0] == "language_tool_python")
        assert not loaded, loaded
        print("ok")
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_detection_mirrors_the_library_locations() -> None:
    from language_tool_python import utils

    assert utils.LTP_PATH_ENV_VAR == lt.LTP_PATH_ENV_VAR
    assert utils.LTP_JAR_DIR_PATH_ENV_VAR == lt.LTP_JAR_DIR_PATH_ENV_VAR
    assert set(utils.JAR_NAMES) <= set(lt.JAR_NAMES)
    assert Path.home() / ".cache" / "language_tool_python" == lt.DEFAULT_DOWNLOAD_DIR


def test_the_fake_counts_utf16_like_the_real_api() -> None:
    text = "😀 teh"
    match = make_match(text, 2, 3, rule_id="R", message="m")
    assert (match["offset"], match["length"]) == (3, 3)
    assert match["context"]["offset"] == 3
