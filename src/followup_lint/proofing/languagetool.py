"""The LanguageTool engine: a self-hosted server, the public API (opt-in) or one local server.

Modes (see `open_engine`):

- ``remote``: a LanguageTool server the user runs (its own HTTP server or the usual container
  image) at a configured URL.
- ``public``: LanguageTool's public API. Opt-in only: opening it warns once that the draft text
  leaves the machine.
- ``local``: one LanguageTool server (Java) started for the run from an *existing* local
  installation, stopped on `close()`, at interpreter exit, and on Ctrl-C or errors. Nothing is
  ever downloaded here; `install_local` (``followup-lint setup languagetool``) is the only path
  that downloads.

Licensing: language_tool_python is GPL-3.0-only, so it is imported only inside functions of
this module (never when followup_lint is imported), and only when a LanguageTool mode is used.

What is kept from and added to language_tool_python (3.x):

- its client (`LanguageTool` / `LanguageToolPublicAPI`) builds the requests (language,
  enabledRules, disabledRules) and parses the answers;
- its HTTP transport is replaced (`_Transport`): one keep-alive ``requests.Session`` for the
  whole run, a real time limit (the library waits up to 300 s and retries every failure once),
  no redirects (the text goes only where configured), HTTP errors and malformed JSON reported
  as such, and the server's LanguageTool version read from the answers;
- starting the local server is replaced: the library would *download* LanguageTool when its
  pinned version is missing, and it tries up to ~900 random ports when Java fails. Here the
  installation found by `find_local_installation` is started on a free port, at most three
  times, and its stderr is kept for the error message.

Offsets: LanguageTool counts UTF-16 code units; matches are converted to code points of the
text checked (`_Utf16Index`), from the raw answer rather than the library's `Match` (which
converts the offset but not the length).

Threads: one engine serves one run sequentially. `check` holds a lock, so concurrent calls are
safe but serialised (the library keeps per-client language state and class-level match state).
"""

from __future__ import annotations

import bisect
import contextlib
import copy
import functools
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from followup_lint.proofing.model import MatchKind, ProofingUnavailable, ProofMatch

__all__ = [
    "MAX_REPLACEMENTS",
    "MODES",
    "PUBLIC_API_URL",
    "SKIPPED_CATEGORIES",
    "SKIPPED_ISSUE_TYPES",
    "SKIPPED_RULES",
    "LanguageToolEngine",
    "find_local_installation",
    "install_local",
    "local_available",
    "open_engine",
]

#: The modes `open_engine` accepts ("auto" and "off" are the caller's business).
MODES = ("remote", "public", "local")

#: LanguageTool's public API (its only public endpoint is <this>/v2/check).
PUBLIC_API_URL = "https://api.languagetool.org/"

#: Categories whose matches are style advice, not errors: skipped unless a rule of theirs is
#: named in `enabled_rules`.
SKIPPED_CATEGORIES = frozenset(
    {
        "STYLE",  # wordiness, passive voice, "very", sentence starts …
        "TYPOGRAPHY",  # dashes, typographic quotes, spaces around punctuation
        "REDUNDANCY",  # "advance planning", "end result"
        "PLAIN_ENGLISH",  # "in order to", "utilize"
        "REPETITIONS_STYLE",  # the same word in nearby sentences
        "CREATIVE_WRITING",
        "TEXT_ANALYSIS",
        "WIKIPEDIA",
    }
)

#: Whitespace and quote rules, skipped wherever LanguageTool files them.
SKIPPED_RULES = frozenset(
    {
        "WHITESPACE_RULE",  # two spaces in a row
        "CONSECUTIVE_SPACES",
        "COMMA_PARENTHESIS_WHITESPACE",  # space before a comma / inside brackets
        "SPACE_BEFORE_PARENTHESIS",
        "EN_QUOTES",  # straight quotes where typographic ones are "nicer"
        "APOS_TYPOGRAPHY",
        "DASH_RULE",
    }
)

#: Rule issue types (LanguageTool's `issueType`) that are style, whatever the category.
SKIPPED_ISSUE_TYPES = frozenset({"style", "whitespace"})

#: Categories whose matches are spelling; so are the dictionary rules (MORFOLOGIK_*, HUNSPELL_*).
#: LanguageTool also tags some grammar rules (EN_A_VS_AN) with issueType "misspelling": those
#: stay grammar here, as a reader would call them.
SPELLING_CATEGORIES = frozenset({"TYPOS"})
SPELLING_RULE_PREFIXES = ("MORFOLOGIK_", "HUNSPELL_")

#: How many replacements a match keeps (best first).
MAX_REPLACEMENTS = 5

#: Bumped when the mapping from LanguageTool's answer changes (part of `identity`).
_MAPPING_REVISION = 1

SETUP_HINT = "LanguageTool is not installed locally; run 'followup-lint setup languagetool'"
JAVA_MISSING = (
    "Java is not installed (no 'java' on PATH); the local LanguageTool server needs Java 17+"
)

# Where language_tool_python keeps LanguageTool (mirrors language_tool_python.utils).
LTP_PATH_ENV_VAR = "LTP_PATH"
LTP_JAR_DIR_PATH_ENV_VAR = "LTP_JAR_DIR_PATH"
DEFAULT_DOWNLOAD_DIR = Path.home() / ".cache" / "language_tool_python"
JAR_NAMES = ("languagetool-server.jar", "languagetool.jar", "LanguageTool.jar")

_PROBE_TEXT = "This is a test."
_PROBE_LANGUAGE = "en-US"
_LOCAL_START_TIMEOUT = 60  # seconds for a cold JVM to answer /v2/healthcheck
_LOCAL_START_ATTEMPTS = 3
_EXIT_GRACE_S = 0.5  # how long a server that dropped a connection may take to exit
_MAX_ANSWER_BYTES = 32 * 1024 * 1024
_SERVER_CLASS = "org.languagetool.server.HTTPServer"


def _warn_on_stderr(message: str) -> None:
    sys.stderr.write(f"followup-lint: {message}\n")


def _one_line(text: object, limit: int = 200) -> str:
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


# -- finding a local installation ------------------------------------------------------------
@dataclass(frozen=True)
class _Installation:
    """A LanguageTool directory with its server jar (and version, when the name tells it)."""

    path: Path
    jar: Path
    version: str | None


def _download_dir() -> Path:
    """language_tool_python's download directory (without creating it, unlike the library)."""
    configured = os.environ.get(LTP_PATH_ENV_VAR)
    return Path(configured).expanduser() if configured else DEFAULT_DOWNLOAD_DIR


def _jar_in(folder: Path) -> Path | None:
    for name in JAR_NAMES:
        candidate = folder / name
        if candidate.is_file():
            return candidate
    return None


_VERSION_NAME = re.compile(r"^LanguageTool-(?P<version>\d+\.\d+|\d{8})$")


def _version_of(folder: Path) -> str | None:
    found = _VERSION_NAME.match(folder.name)
    return found.group("version") if found else None


def _newest_first(install: _Installation) -> tuple[int, tuple[int, ...]]:
    # The library's order: snapshots (YYYYMMDD) are newer than releases (X.Y).
    if install.version is None:
        return (-1, ())
    if "." in install.version:
        return (0, tuple(int(part) for part in install.version.split(".")))
    return (1, (int(install.version),))


def _find_installation() -> _Installation | None:
    jar_dir = os.environ.get(LTP_JAR_DIR_PATH_ENV_VAR)
    if jar_dir:  # set: authoritative, as in the library
        folder = Path(jar_dir).expanduser()
        jar = _jar_in(folder) if folder.is_dir() else None
        return _Installation(folder, jar, _version_of(folder)) if jar else None
    download_dir = _download_dir()
    if not download_dir.is_dir():
        return None
    found = []
    for folder in download_dir.glob("LanguageTool*"):
        jar = _jar_in(folder) if folder.is_dir() else None
        if jar is not None:
            found.append(_Installation(folder, jar, _version_of(folder)))
    return max(found, key=_newest_first) if found else None


def find_local_installation() -> Path | None:
    """The local LanguageTool directory a 'local' run would start, or None.

    Looks where language_tool_python does: the directory in ``LTP_JAR_DIR_PATH`` when set,
    else the newest ``LanguageTool-*`` folder (with a server jar) in ``LTP_PATH`` or
    ``~/.cache/language_tool_python``. Touches no network and creates nothing.
    """
    install = _find_installation()
    return install.path if install else None


def local_available() -> bool:
    """Whether a local LanguageTool is installed (for the caller's 'auto' mode)."""
    return _find_installation() is not None


def install_local(progress: bool = True) -> Path:
    """Download LanguageTool with language_tool_python's downloader; return its directory.

    The explicit ``followup-lint setup languagetool`` path: never called while linting.
    Downloads language_tool_python's pinned version (checksum-verified) into ``LTP_PATH`` or
    ``~/.cache/language_tool_python`` unless it is already there. Needs Java 17+.
    Raises ProofingUnavailable with a one-line reason on failure.
    """
    from language_tool_python import download_lt  # GPL-3.0: imported here only

    if shutil.which("java") is None:
        raise ProofingUnavailable(JAVA_MISSING)
    if os.environ.get(LTP_JAR_DIR_PATH_ENV_VAR):
        # The library never downloads when this is set; report what it points at.
        install = _find_installation()
        if install is None:
            raise ProofingUnavailable(
                f"{LTP_JAR_DIR_PATH_ENV_VAR} is set but holds no LanguageTool server jar; "
                "unset it to download LanguageTool"
            )
        return install.path
    wanted = download_lt.LocalLanguageTool.from_version_name(download_lt.LTP_DOWNLOAD_VERSION)
    try:
        with _progress_bars(download_lt, enabled=progress):
            wanted.download()
        return Path(wanted.get_directory_path())
    except (Exception, SystemExit) as exc:  # the library raises SystemExit on odd `java -version`
        raise ProofingUnavailable(f"could not install LanguageTool: {_one_line(exc)}") from exc


@contextlib.contextmanager
def _progress_bars(download_lt: Any, *, enabled: bool) -> Iterator[None]:
    """Silence the downloader's tqdm bar when `enabled` is false (setup is single-threaded)."""
    if enabled:
        yield
        return
    real = download_lt.tqdm

    class _Quiet:
        @staticmethod
        def tqdm(*args: Any, **kwargs: Any) -> Any:
            return real.tqdm(*args, **{**kwargs, "disable": True})

    download_lt.tqdm = _Quiet
    try:
        yield
    finally:
        download_lt.tqdm = real


# -- offsets ----------------------------------------------------------------------------------
class _Utf16Index:
    """Converts LanguageTool's UTF-16 offsets to code-point offsets of one text."""

    def __init__(self, text: str) -> None:
        self.length = len(text)
        starts = []
        position = 0
        for ch in text:
            starts.append(position)
            position += 2 if ord(ch) > 0xFFFF else 1
        starts.append(position)
        self._starts = starts
        self.utf16_length = position

    def start(self, unit: int) -> int:
        """The code point containing UTF-16 `unit` (a unit inside a pair maps to its char)."""
        return max(0, bisect.bisect_right(self._starts, unit) - 1)

    def end(self, unit: int) -> int:
        """The first code point at or after UTF-16 `unit` (an end inside a pair rounds up)."""
        return min(self.length, bisect.bisect_left(self._starts, unit))


# -- HTTP -------------------------------------------------------------------------------------
def _causes(exc: BaseException) -> Iterator[BaseException]:
    """`exc` and everything it wraps (urllib3 `reason`s, args, causes, contexts)."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        linked = [getattr(current, "reason", None), current.__cause__, current.__context__]
        linked += list(current.args)
        todo += [item for item in linked if isinstance(item, BaseException)]


class _Transport:
    """One keep-alive HTTP session to one LanguageTool server, with a hard time limit."""

    def __init__(self, base: str, timeout: float) -> None:
        import requests  # a dependency of language_tool_python; imported lazily like it

        self._requests = requests
        self.base = base
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers["User-Agent"] = "followup-lint (language_tool_python)"
        # A proxy from the environment cannot reach a server on this machine.
        self.session.trust_env = not _is_loopback(base)
        self.version: str | None = None
        self.last_matches: list[dict[str, Any]] | None = None

    def close(self) -> None:
        self.session.close()

    def ready(self) -> bool:
        """Whether a starting local server answers /v2/healthcheck yet."""
        try:
            with self.session.get(f"{self.base}/v2/healthcheck", timeout=2) as response:
                return bool(response.ok)
        except self._requests.exceptions.RequestException:
            return False

    # What language_tool_python calls (LanguageTool._query_server).
    def query(self, url: str, params: Mapping[str, str] | None, method: str) -> Any:
        deadline = time.monotonic() + self.timeout
        for attempt in (1, 2):
            try:
                return self._once(url, params, method, deadline)
            except _ConnectionDropped as exc:
                # A kept-alive connection the server had already closed: retry once, in time.
                if attempt == 2 or time.monotonic() >= deadline:
                    raise ProofingUnavailable(str(exc)) from None
        raise AssertionError("unreachable")

    def _once(
        self, url: str, params: Mapping[str, str] | None, method: str, deadline: float
    ) -> Any:
        requests = self._requests
        remaining = max(0.05, deadline - time.monotonic())
        post = method.lower() == "post"
        try:
            response = self.session.request(
                "POST" if post else "GET",
                url,
                params=None if post else params,
                data=params if post else None,
                timeout=(remaining, remaining),
                allow_redirects=False,
                stream=True,
            )
            try:
                body = self._read(response, deadline)
            finally:
                response.close()
        except ProofingUnavailable:
            raise
        except requests.exceptions.RequestException as exc:
            raise self._explain(exc) from None
        except (OSError, ValueError) as exc:
            raise ProofingUnavailable(
                f"cannot talk to LanguageTool at {self.base}: {_one_line(exc)}"
            ) from None
        return self._decode(response, body, url)

    def _read(self, response: Any, deadline: float) -> bytes:
        chunks = []
        size = 0
        for chunk in response.iter_content(64 * 1024):
            chunks.append(chunk)
            size += len(chunk)
            if time.monotonic() > deadline:
                raise ProofingUnavailable(self._timed_out())
            if size > _MAX_ANSWER_BYTES:
                raise ProofingUnavailable(f"LanguageTool at {self.base} answered too much")
        return b"".join(chunks)

    def _timed_out(self) -> str:
        return f"LanguageTool at {self.base} did not answer within {self.timeout:g} s"

    def _explain(self, exc: BaseException) -> Exception:
        """A requests failure as ProofingUnavailable (or _ConnectionDropped: retry once)."""
        requests = self._requests
        causes = list(_causes(exc))
        if isinstance(exc, requests.exceptions.Timeout) or any(
            isinstance(c, TimeoutError) or type(c).__name__ == "ReadTimeoutError" for c in causes
        ):
            return ProofingUnavailable(self._timed_out())
        if any(isinstance(c, ConnectionRefusedError) for c in causes):
            return ProofingUnavailable(
                f"LanguageTool at {self.base} refused the connection (is the server running?)"
            )
        if any(
            isinstance(c, socket.gaierror) or type(c).__name__ == "NameResolutionError"
            for c in causes
        ):
            host = urlsplit(self.base).hostname
            return ProofingUnavailable(f"cannot resolve the LanguageTool host {host!r}")
        if isinstance(exc, requests.exceptions.ConnectionError):
            return _ConnectionDropped(
                f"LanguageTool at {self.base} closed the connection without answering"
            )
        return ProofingUnavailable(
            f"cannot talk to LanguageTool at {self.base}: {type(exc).__name__}"
        )

    def _decode(self, response: Any, body: bytes, url: str) -> Any:
        status = response.status_code
        if status in (426, 429):
            raise ProofingUnavailable(
                f"LanguageTool at {self.base} is rate-limiting requests (HTTP {status})"
            )
        if 300 <= status < 400:
            target = response.headers.get("Location", "elsewhere")
            raise ProofingUnavailable(
                f"LanguageTool at {self.base} redirects to {target} (HTTP {status}); "
                "configure that address instead (redirects are not followed)"
            )
        if status >= 400:
            reason = f"HTTP {status} {response.reason or ''}".strip()
            if status < 500:  # LanguageTool says what was wrong with the request
                detail = _one_line(body.decode("utf-8", "replace"), 120)
                reason = f"{reason}: {detail}" if detail else reason
            raise ProofingUnavailable(f"LanguageTool at {self.base} answered {reason}")
        try:
            data = json.loads(body.decode("utf-8"))
        except ValueError:
            raise ProofingUnavailable(
                f"LanguageTool at {self.base} answered with malformed JSON"
            ) from None
        path = urlsplit(url).path
        if path.endswith("/check"):
            matches = data.get("matches") if isinstance(data, dict) else None
            if not isinstance(matches, list) or not all(isinstance(m, dict) for m in matches):
                raise ProofingUnavailable(
                    f"LanguageTool at {self.base} answered a check without a list of matches"
                )
            software = data.get("software")
            if self.version is None and isinstance(software, dict) and software.get("version"):
                self.version = str(software["version"])
            # language_tool_python's Match() rewrites the dicts it is given: keep our own copy.
            self.last_matches = copy.deepcopy(matches)
        elif path.endswith("/languages") and not (
            isinstance(data, list) and all(isinstance(e, dict) for e in data)
        ):
            raise ProofingUnavailable(
                f"LanguageTool at {self.base} answered /v2/languages with something else"
            )
        return data


def _is_loopback(url: str) -> bool:
    host = urlsplit(url).hostname or ""
    return host == "localhost" or host == "::1" or host.startswith("127.")


class _ConnectionDropped(Exception):
    """The server closed the connection before answering (retried once)."""


# -- language_tool_python, lazily ------------------------------------------------------------
def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@functools.cache
def _client_classes() -> tuple[type, type]:
    """language_tool_python's clients with our transport and local start (imported here only)."""
    import language_tool_python
    from language_tool_python import server as lt_server
    from language_tool_python.exceptions import ServerError
    from language_tool_python.utils import startupinfo

    class _Client:
        """Mixed into the library's LanguageTool / LanguageToolPublicAPI."""

        _flt_transport: _Transport
        _flt_install: _Installation | None
        _flt_languages: set[str] | None
        _flt_stderr: Any
        _server: subprocess.Popen[str] | None
        _flt_started: subprocess.Popen[str] | None

        def __init__(
            self,
            *,
            transport: _Transport,
            install: _Installation | None = None,
            **kwargs: Any,
        ) -> None:
            self._flt_transport = transport
            self._flt_install = install
            self._flt_languages = None
            self._flt_stderr = None
            self._flt_started = None
            try:
                super().__init__(**kwargs)  # type: ignore[call-arg]
            except BaseException:
                self.flt_shutdown()
                raise

        # -- HTTP ---------------------------------------------------------------------------
        def _query_server(
            self,
            url: str,
            params: Mapping[str, str] | None = None,
            num_tries: int = 2,
            method: str = "get",
            **_ignored: Any,
        ) -> Any:
            return self._flt_transport.query(url, params, method)

        def _get_languages(self) -> set[str]:
            # The library asks the server again on every language change: once is enough.
            if self._flt_languages is None:
                self._flt_languages = super()._get_languages()  # type: ignore[misc]
            return self._flt_languages

        # -- the local server ---------------------------------------------------------------
        def _start_server_on_free_port(self) -> None:
            last: Exception | None = None
            for _ in range(_LOCAL_START_ATTEMPTS):
                self._port = _free_port()
                self._url = f"http://{self._host}:{self._port}/v2/"
                self._flt_transport.base = f"http://127.0.0.1:{self._port}"
                try:
                    self._start_local_server()
                    return
                except ServerError as exc:
                    last = exc
                    if "exited early" not in str(exc):  # only a taken port is worth a retry
                        break
            raise ProofingUnavailable(
                f"the local LanguageTool server did not start: {_one_line(last)}"
            )

        def _start_local_server(self) -> None:
            # Replaces the library's, which downloads LanguageTool when its version is missing.
            install = self._flt_install
            if install is None:
                raise ProofingUnavailable(SETUP_HINT)
            java = shutil.which("java")
            if java is None:
                raise ProofingUnavailable(JAVA_MISSING)
            self._flt_close_stderr()
            self._flt_stderr = tempfile.TemporaryFile()  # noqa: SIM115 - lives with the server
            command = [java, "-cp", str(install.jar), _SERVER_CLASS, "-p", str(self._port)]
            self._server = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=self._flt_stderr,
                text=True,
                startupinfo=startupinfo,
            )
            lt_server.RUNNING_SERVER_PROCESSES.append(self._server)  # the library's atexit
            self._flt_started = self._server  # kept even if the library drops `_server`
            try:
                self._wait_for_server_ready(timeout=_LOCAL_START_TIMEOUT)
            except ServerError as exc:
                detail = self.flt_stderr_tail()
                self.flt_shutdown()
                raise ServerError(f"{exc}: {detail}" if detail else str(exc)) from None
            except BaseException:
                self.flt_shutdown()
                raise

        def _wait_for_server_ready(self, timeout: int = _LOCAL_START_TIMEOUT) -> None:
            # The library polls with bare requests.get, which a proxy in the environment
            # would intercept; ours asks through the session (proxies off for loopback).
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                code = self.flt_exit_code()
                if code is not None:
                    raise ServerError(f"LanguageTool server exited early with code {code}")
                if self._flt_transport.ready():
                    return
                time.sleep(0.2)
            raise ServerError(f"LanguageTool server did not become ready within {timeout} s")

        def flt_stderr_tail(self) -> str:
            if self._flt_stderr is None:
                return ""
            try:
                self._flt_stderr.seek(0)
                lines = self._flt_stderr.read()[-4000:].decode("utf-8", "replace").splitlines()
            except (OSError, ValueError):
                return ""
            lines = [line.strip() for line in lines if line.strip()]
            return _one_line(lines[-1], 160) if lines else ""

        def _flt_close_stderr(self) -> None:
            if self._flt_stderr is not None:
                with contextlib.suppress(OSError):
                    self._flt_stderr.close()
                self._flt_stderr = None

        def flt_exit_code(self, grace: float = 0.0) -> int | None:
            """The local server's exit code once it has exited, else None; `grace`: seconds
            to let a server that has just dropped a connection finish exiting."""
            server = getattr(self, "_server", None) or getattr(self, "_flt_started", None)
            if server is None:
                return None
            if not grace:
                return server.poll()
            try:
                return server.wait(timeout=grace)
            except subprocess.TimeoutExpired:
                return None

        def flt_shutdown(self) -> None:
            """Stop the local server (if any) and close the session: idempotent, never raises."""
            with contextlib.suppress(Exception):
                if getattr(self, "_server", None) is not None:
                    self._terminate_server()
            self._flt_close_stderr()
            with contextlib.suppress(Exception):
                self._flt_transport.close()

    class Client(_Client, language_tool_python.LanguageTool):
        pass

    class PublicClient(_Client, language_tool_python.LanguageToolPublicAPI):
        pass

    return Client, PublicClient


def _shutdown_client(client: Any) -> None:
    """The engine's finalizer: runs on close(), garbage collection or interpreter exit."""
    client.flt_shutdown()


# -- the engine -------------------------------------------------------------------------------
def _base_url(url: str) -> str:
    """A server's base URL: http(s)://host[:port][/prefix], without a trailing /v2."""
    raw = url.strip()
    if "://" not in raw:
        raw = "http://" + raw
    parts = urlsplit(raw)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ProofingUnavailable(f"not an http(s) URL for LanguageTool: {url!r}")
    path = parts.path.rstrip("/")
    path = path.removesuffix("/v2")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def _is_style(rule_id: str, category: str, issue_type: str) -> bool:
    return (
        category in SKIPPED_CATEGORIES
        or rule_id in SKIPPED_RULES
        or issue_type in SKIPPED_ISSUE_TYPES
    )


class LanguageToolEngine:
    """LanguageTool behind the Engine protocol; one instance (one client) serves a whole run.

    Made by `open_engine`. Attributes: `name` (for reports), `version` (the server's
    LanguageTool version), `identity` (for cache keys), `mode`, `url`, `pid` (local server).
    """

    def __init__(
        self,
        client: Any,
        *,
        mode: str,
        url: str,
        enabled_rules: frozenset[str],
        disabled_rules: frozenset[str],
        install: _Installation | None = None,
    ) -> None:
        self._client = client
        self._transport: _Transport = client._flt_transport
        self.mode = mode
        self.url = url
        self.enabled_rules = frozenset(enabled_rules)
        self.disabled_rules = frozenset(disabled_rules)
        self._install = install
        self._lock = threading.RLock()
        self._closed = False
        self._language: str | None = None
        self._finalizer = weakref.finalize(self, _shutdown_client, client)
        self.version = "unknown"
        self.name = "languagetool"
        self.identity = "languagetool"

    def _describe(self) -> None:
        self.version = self._transport.version or "unknown"
        if self.mode == "local":
            where = f"local {self._install.path if self._install else '?'}, port {self.port}"
        else:
            where = f"{self.mode} {self.url}"
        self.name = f"languagetool {self.version} ({where})"
        server = "local" if self.mode == "local" else self.url
        self.identity = f"languagetool {self.version} {self.mode} {server} map{_MAPPING_REVISION}"

    @property
    def port(self) -> int | None:
        return int(self._client.port) if self.mode == "local" else None

    @property
    def pid(self) -> int | None:
        """The local LanguageTool server's process id while it runs (else None)."""
        server = getattr(self._client, "_server", None)
        return server.pid if server is not None and server.poll() is None else None

    @property
    def closed(self) -> bool:
        return self._closed

    def __enter__(self) -> LanguageToolEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<LanguageToolEngine {self.name}{' closed' if self._closed else ''}>"

    # -- Engine protocol ----------------------------------------------------------------------
    def check(self, text: str, language: str) -> list[ProofMatch]:
        """Problems in `text` (code-point offsets), style advice skipped; see module docs.

        `language` is a tag the server knows ("en-US", "en-GB"). Raises ProofingUnavailable
        with a one-line reason when LanguageTool cannot answer.
        """
        with self._lock:
            if self._closed:
                raise ProofingUnavailable("the LanguageTool engine is closed")
            if not text.strip():
                return []
            raw = self._ask(text, language)
            return self._map(text, raw)

    def close(self) -> None:
        """Stop the local server (if any) and close the connection; safe to call twice."""
        with self._lock:
            self._closed = True
            self._finalizer()

    # -- internals ----------------------------------------------------------------------------
    def _ask(self, text: str, language: str) -> list[dict[str, Any]]:
        client = self._client
        try:
            if language != self._language:
                try:
                    client.language = language  # the setter also clears the rules…
                except ValueError:
                    raise ProofingUnavailable(
                        f"LanguageTool at {self.url} does not support language {language!r}"
                    ) from None
                client.enabled_rules = set(self.enabled_rules)  # … so set them again
                client.disabled_rules = set(self.disabled_rules)
                self._language = language
            self._transport.last_matches = None
            client.check(text)
            raw = self._transport.last_matches
            if raw is None:
                raise ProofingUnavailable(f"LanguageTool at {self.url} did not answer the check")
            return raw
        except ProofingUnavailable as exc:
            raise self._local_server_gone() or exc from None
        except Exception as exc:  # the library parsing an answer it did not expect
            gone = self._local_server_gone()
            if gone is not None:
                raise gone from None
            raise ProofingUnavailable(
                f"LanguageTool at {self.url} gave an unusable answer "
                f"({type(exc).__name__}: {_one_line(exc, 80)})"
            ) from None

    def _local_server_gone(self) -> ProofingUnavailable | None:
        if self.mode != "local":
            return None
        code = self._client.flt_exit_code(grace=_EXIT_GRACE_S)
        if code is None:
            return None
        return ProofingUnavailable(f"the local LanguageTool server stopped (exit code {code})")

    def _map(self, text: str, raw: list[dict[str, Any]]) -> list[ProofMatch]:
        index = _Utf16Index(text)
        found = []
        for item in raw:
            match = self._to_match(item, index)
            if match is not None:
                found.append(match)
        found.sort(key=lambda m: (m.offset, m.length, m.rule_id))
        return found

    def _to_match(self, item: Mapping[str, Any], index: _Utf16Index) -> ProofMatch | None:
        rule = item.get("rule") if isinstance(item.get("rule"), dict) else {}
        category_info = rule.get("category") if isinstance(rule.get("category"), dict) else {}
        rule_id = str(rule.get("id") or "")
        category = str(category_info.get("id") or "")
        issue_type = str(rule.get("issueType") or "")
        if rule_id not in self.enabled_rules and _is_style(rule_id, category, issue_type):
            return None
        offset, length = item.get("offset"), item.get("length")
        if not _is_count(offset) or not _is_count(length):
            raise ProofingUnavailable(
                f"LanguageTool at {self.url} answered a match without offsets"
            )
        if offset + length > index.utf16_length:
            raise ProofingUnavailable(
                f"LanguageTool at {self.url} answered offsets outside the text"
            )
        start = index.start(offset)
        end = max(start, index.end(offset + length))
        kind: MatchKind = (
            "spelling"
            if category in SPELLING_CATEGORIES or rule_id.startswith(SPELLING_RULE_PREFIXES)
            else "grammar"
        )
        replacements = _replacement_values(item.get("replacements"))
        return ProofMatch(
            offset=start,
            length=end - start,
            kind=kind,
            rule_id=rule_id,
            message=_one_line(item.get("message") or rule.get("description") or rule_id, 500),
            replacements=replacements,
            category=category,
        )


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _replacement_values(raw: object) -> tuple[str, ...]:
    if not isinstance(raw, list):
        return ()
    values = [str(r["value"]) for r in raw if isinstance(r, dict) and "value" in r]
    return tuple(values[:MAX_REPLACEMENTS])


# -- opening ----------------------------------------------------------------------------------
def _public_notice(url: str) -> str:
    return (
        f"languagetool mode 'public': the text of each draft leaves this machine and is sent "
        f"to LanguageTool's public API ({url}); use mode 'local' or 'remote' to keep it private"
    )


def open_engine(
    mode: str,
    *,
    url: str | None = None,
    timeout: float = 10.0,
    enabled_rules: frozenset[str] = frozenset(),
    disabled_rules: frozenset[str] = frozenset(),
    warn: Callable[[str], None] = _warn_on_stderr,
) -> LanguageToolEngine:
    """Open LanguageTool for a run: "remote" (server at `url`), "public" or "local".

    `timeout` bounds every request (connect, wait and read together; starting a local JVM
    has its own limit of a minute). `enabled_rules` / `disabled_rules` are LanguageTool rule
    ids sent with every check; an enabled rule is reported even in a skipped category.
    "public" calls `warn` once, before anything is sent. "local" never downloads.

    Raises ProofingUnavailable (one-line reason) when the engine cannot be opened, and
    ImportError when language_tool_python is not installed.
    """
    if mode not in MODES:
        raise ValueError(f"unknown LanguageTool mode {mode!r}; expected one of {MODES}")
    if not timeout > 0:
        raise ValueError(f"timeout must be positive, not {timeout!r}")
    install: _Installation | None = None
    if mode == "remote":
        if not url:
            raise ProofingUnavailable("languagetool mode 'remote' needs a url")
        base = _base_url(url)
    elif mode == "public":
        base = _base_url(PUBLIC_API_URL)
    else:
        install = _find_installation()
        if install is None:
            raise ProofingUnavailable(SETUP_HINT)
        if shutil.which("java") is None:
            raise ProofingUnavailable(JAVA_MISSING)
        base = "http://127.0.0.1"

    client_class, public_class = _client_classes()  # ImportError: not installed
    if mode == "local":
        _check_java(install)
    transport = _Transport(base, timeout)
    if mode == "public":
        warn(_public_notice(base))
    try:
        if mode == "local":
            extra = {"language_tool_download_version": install.version} if install.version else {}
            client = client_class(
                transport=transport,
                install=install,
                language=_PROBE_LANGUAGE,
                host="127.0.0.1",
                **extra,
            )
        else:
            cls = public_class if mode == "public" else client_class
            client = cls(
                transport=transport,
                language=_PROBE_LANGUAGE,
                host="127.0.0.1",
                remote_server=base + "/",
            )
        engine = LanguageToolEngine(
            client,
            mode=mode,
            url=transport.base,
            enabled_rules=enabled_rules,
            disabled_rules=disabled_rules,
            install=install,
        )
    except ProofingUnavailable:
        transport.close()
        raise
    except Exception as exc:
        transport.close()
        raise ProofingUnavailable(_explain_open_failure(exc, transport.base)) from None
    try:
        engine.check(_PROBE_TEXT, _PROBE_LANGUAGE)  # learns the version; fails early
    except BaseException:
        engine.close()
        raise
    engine._describe()
    return engine


def _explain_open_failure(exc: Exception, base: str) -> str:
    if isinstance(exc, ValueError) and "language" in str(exc):
        return f"LanguageTool at {base} does not support {_PROBE_LANGUAGE}"
    return f"LanguageTool could not start: {_one_line(exc)}"


def _check_java(install: _Installation | None) -> None:
    """Java 17+ (what language_tool_python requires for LanguageTool 6.6 and later)."""
    from language_tool_python import download_lt

    version = install.version if install and install.version else download_lt.LTP_DOWNLOAD_VERSION
    try:
        download_lt.confirm_java_compatibility(version)
    except ModuleNotFoundError:
        raise ProofingUnavailable(JAVA_MISSING) from None
    except (Exception, SystemExit) as exc:  # SystemExit: unparsable `java -version`
        raise ProofingUnavailable(f"Java cannot run LanguageTool: {_one_line(exc)}") from None
