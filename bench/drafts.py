"""Deterministic, distinct, realistic drafts for the benchmarks, made from corpus/.

Draft `i` is variant `i // n` of base draft `i % n` (bases in a fixed order chosen so that any
prefix mixes kinds, formats and lengths like the whole corpus). Variant 0 is the corpus file
itself; every later variant rewrites it the way another applicant writing to another person
would:

- the interviewer's first name (kept to the same gender where the name tells it) and surname,
  and the sender's surname, everywhere: front matter, e-mail headers and addresses, greeting,
  body and signature; the surname changes with every variant, so no two drafts are the same;
- the company's distinctive word (`Summit Ridge Software` -> `Kestrel Ridge Software`);
- every date moved back by one to three whole weeks (weekdays stay right): front matter,
  the `Date:` header, and dates in the body (`18 November`, `November 18th`, `the 20th`);
- small numbers in the body (`128 percent`, `12 years`) nudged;
- in drafts with four or more prose paragraphs in a row, the paragraphs between the first and
  the last rotated.

Only committed corpus files are used (`git ls-files`), so others' work in progress in corpus/
does not change the drafts. Nothing is random: the same index always gives the same text.
`generate` is lazy, so a run over 10,000 drafts holds one draft at a time.
"""

from __future__ import annotations

import datetime as dt
import email
import email.message
import email.policy
import email.utils
import hashlib
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import replace as _replace
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
SUFFIXES = (".txt", ".md", ".eml")
FORMATS = {".txt": "text", ".md": "markdown", ".eml": "eml"}


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FEMALE_KNOWN = frozenset(
    _words(
        "Amara Ana Anjali Anne-Marie Annika Aoife Ava Beatriz Brenda Brianna Bríd Carla "
        "Catherine Cheryl Claire Constance Denise Eleanor Evelyn Farah Fiona Funmilayo Gemma "
        "Geneviève Gloria Grace Hannah Harriet Helen Helena Ifeoma Ingrid Inês Janet Joan Karen "
        "Kathryn Kavita Lakshmi Latoya Laura Leah Leanne Lena Margaret Marguerite Marites Megan "
        "Mei-Lin Mia Miriam Naomi Ngozi Oksana Olivia Patricia Priya Priyanka Rebecca Rhian "
        "Rosa Ruth Sandra Sarah Simone Siobhan Sofia Tahlia Tasha Thandiwe"
    )
)
MALE_KNOWN = frozenset(
    _words(
        "Aaron Abdul Arjun Ben Brett Bruno Callum Colin Colm Daniel Dave Declan Dmitri Eitan Felix "
        "Frank Gareth Gerald Gord Graham Greg Gregory Hamid Imran Jonathan Josh José Kenji Kofi "
        "Kwame Leo Liam Lorenzo Luis Lukas Marco Marcus Mateo Mike Oliver Patrick Raj Rajesh Rhys "
        "Robert Samuel Simon Tobias Tom Tomás Victor Yusuf"
    )
)
FEMALE_NAMES = _words(
    "Alice Amelia Anita Beatrice Camila Chloe Daniela Elena Emma Esther Gabriela Hana Irene "
    "Isabel Jasmine Julia Keiko Lucia Maya Meera Nadia Nora Paula Renata Sabrina Selin Tamara "
    "Teresa Valentina Vera Yasmin Zara Chiamaka Louise Agnes Adriana Bianca Carmen Deborah "
    "Elif Fatima Greta Heidi Imogen Jessica Kirsten Lydia Monica Nicole Orla Petra Rachel "
    "Sienna Tanya Ursula Victoria Wanda Yolanda Zoya Maribel Rhiannon Ayesha"
)
MALE_NAMES = _words(
    "Adam Ahmed Andrew Anton Carlos Conor David Diego Edward Elias Emeka Erik Farid George "
    "Hassan Hugo Ivan James Jamal Karim Kenneth Luca Malik Martin Matteo Nikhil Omar Pablo Paul "
    "Peter Ravi Samir Stefan Thomas Vikram Henrik Alan Bernard Cedric Dominic Ethan Fergus "
    "Gavin Harold Isaac Joel Keith Lars Mohammed Nathan Oscar Philip Ruben Sean Trevor "
    "Vincent Warren Xavier Yannick Zoltan Rashid Ewan"
)
NEUTRAL_NAMES = _words(
    "Alex Avery Casey Jamie Jordan Morgan Quinn Riley Robin Sam Taylor Kai Charlie Drew Emerson "
    "Finley Harper Hayden Jesse Kendall Logan Marley Micah Parker Peyton Reese Rowan Sage Skyler "
    "Teagan Eden Ash Blake Cameron Dakota Ellis Frankie Jo Jules Kit Lane Noel Remy River Shay "
    "Sidney Tatum Wren Ari Arden Bailey"
)
SURNAMES = _words(
    "Abbott Achebe Aldridge Alvarez Andersson Bakshi Barros Beckett Bianchi Calloway Castillo "
    "Chowdhury Costa Dalton Delacroix Demir Duarte Dunbar Ellison Eriksen Fairbanks Farrell "
    "Fitzroy Forsyth Gallo Garner Haddad Halloran Hartmann Holm Ibarra Iyer Jansen Kaur Keane "
    "Kovacs Laine Lindgren Lowell Mahoney Marsden Mensah Moretti Nakamura Nilsen Novak Oyelowo "
    "Pacheco Pillai Quinlan Rahimi Ramos Rasmussen Rowe Salazar Santos Sato Schreiber Sorensen "
    "Takahashi Tembo Thorne Udeh Valdez Varga Wainwright Waweru Weller Yamada Yoon Zeller "
    "Zielinski Ashby Brannigan Coulter Drummond Everett"
)
BRANDS = _words(
    "Alderbrook Ambergate Ashcombe Birchfield Blackwater Bramwell Brookhaven Carrow Castlegate "
    "Cloverdale Coldharbour Crestwood Eastgate Elmbridge Fairmont Foxley Glenbrook Greystone "
    "Hartwell Hazelmere Highgate Kestrel Kingsley Larkhill Marchmont Meadowvale Millbrook "
    "Northbrook Oakhurst Pemberton Queensbury Redcliffe Rosehill Sandbrook Silverdale Southgate "
    "Stonecroft Thornfield Upwood Westcombe Whitcombe Willowmere Wrenbury"
)
COMPANY_STOP = frozenset(_words("The City of St St. University State Ysgol Tri-County Lee"))
MONTHS = _words(
    "January February March April May June July August September October November December"
)
_MONTH_NO = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {
    m[:3].lower(): i + 1 for i, m in enumerate(MONTHS)
}
_MONTH_NO["sept"] = 9
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"  # noqa: E501
_ORD = r"(?:st|nd|rd|th)"
# One pass over a body: dates first (so their numbers are not nudged), then plain numbers.
_BODY_TOKENS = re.compile(
    rf"(?P<md>\b(?P<md_mon>{_MON})\.? (?P<md_day>\d{{1,2}})(?P<md_ord>{_ORD})?\b)"
    rf"|(?P<dm>\b(?P<dm_day>\d{{1,2}})(?P<dm_ord>{_ORD})? (?P<dm_of>of )?(?P<dm_mon>{_MON})\b)"
    rf"|(?P<the>\bthe (?P<the_day>\d{{1,2}})(?P<the_ord>{_ORD})\b)"
    r"|(?P<num>(?<![\w$£€.,:/()\-])\d{2,3}(?![\w%.,:/()\-]|\.\d|,\d))"
)
# A number after one of these names a thing (Year 10, Band 5, Room 12), not an amount.
_LABELS = frozenset(
    _words(
        "year grade band level room route unit ward floor bay gate suite no number section chapter "
        "step phase tier key stage platform version v class form group team shift lane aisle bus "
        "flight ticket ref reference case order id store branch site building block office"
    )
)
_PHONE = re.compile(r"(?:\+\d{1,3}[ -]?)?(?:\(?\d{2,5}\)?[ -]){1,4}\d{3,5}")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w.-]+")
_LIST_LINE = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s", re.M)
_PARA_SPLIT = re.compile(r"(\n[ \t]*\n+)")


@dataclass(frozen=True)
class Base:
    """One corpus draft and what a variant may rewrite in it."""

    slug: str
    suffix: str
    source: str
    interviewers: tuple[str, ...]  # from the context, else the name the greeting uses
    sender_surname: str | None
    sender_first: str | None  # only for a signature with a first name alone
    company: str | None
    position: str | None
    reference: dt.date | None  # the interview (or sent) date: the month `the 20th` is in
    words: int
    encoding: str | None = None  # an .eml body's quoted-printable or base64 transfer encoding


@dataclass(frozen=True)
class Generated:
    """One generated draft: a file name and its full source (front matter or headers kept)."""

    index: int
    name: str
    source: str

    @property
    def format(self) -> str:
        return FORMATS[Path(self.name).suffix]


_NAME = re.compile(r"[^\W\d_][\w'’-]+")
_SALUTATION = re.compile(r"^(?:Dear|Hi|Hello|Hey|Good (?:morning|afternoon|evening))\s+", re.I)


def _signature_names(signature: str | None) -> tuple[str | None, str | None]:
    """(first name alone, surname) of the sender as the signature's first line gives them."""
    if not signature:
        return None, None
    line = signature.strip().splitlines()[0]
    line = re.sub(r"\(.*?\)", "", line.split(",")[0])
    tokens = [t for t in line.split() if t not in ("Dr", "Dr.", "Prof", "Prof.")]
    if not tokens or not _NAME.fullmatch(tokens[-1]) or not tokens[-1][0].isupper():
        return None, None
    return (None, tokens[-1]) if len(tokens) >= 2 else (tokens[0], None)


def _greeting_name(greeting: str | None) -> str | None:
    """The one name a greeting such as `Hi Dani,` uses, when the draft names nobody else."""
    if not greeting:
        return None
    rest = _SALUTATION.sub("", greeting.strip(), count=1).rstrip(",:;!. ")
    if rest == greeting.strip() or not _NAME.fullmatch(rest) or not rest[0].isupper():
        return None
    return rest


def _spread_order(count: int) -> list[int]:
    """A permutation of length ranks 0..count-1 whose every prefix spreads over all ranks."""
    golden = (math.sqrt(5) - 1) / 2
    return sorted(range(count), key=lambda k: (k * golden) % 1.0)


def corpus_files() -> list[Path]:
    """The development corpus's drafts as committed (`git ls-files`), so that work in progress
    in corpus/ does not change the benchmark; every file when this is not a git work tree."""
    import subprocess

    listed = subprocess.run(
        ["git", "ls-files", "-z", "--", "corpus"], capture_output=True, cwd=ROOT, check=False
    )
    if listed.returncode == 0 and listed.stdout:
        names = [n for n in listed.stdout.decode("utf-8").split("\0") if n]
        found = [ROOT / n for n in names if n.count("/") == 2]  # corpus/<kind>/<file>
        return sorted(p for p in found if p.is_file() and p.parent.name != "holdout")
    return sorted(CORPUS.glob("*/*"))


@lru_cache(maxsize=1)
def bases() -> tuple[Base, ...]:
    """The development corpus, ordered so that any prefix is a representative mix."""
    from followup_lint import read_draft

    paths = [p for p in corpus_files() if p.suffix in SUFFIXES]
    found = []
    for path in paths:
        draft = read_draft(path)
        ctx = draft.context
        signature = draft.excerpt(draft.parts.signature) if draft.parts.signature else None
        greeting = draft.excerpt(draft.parts.greeting) if draft.parts.greeting else None
        first, surname = _signature_names(signature)
        named = tuple(ctx.interviewers or ()) or tuple(filter(None, [_greeting_name(greeting)]))
        source = path.read_text(encoding="utf-8")
        encoding = None
        if path.suffix == ".eml":
            found_cte = re.search(
                r"(?im)^content-transfer-encoding:\s*(quoted-printable|base64)\s*$", source
            )
            encoding = found_cte.group(1).lower() if found_cte else None
        found.append(
            Base(
                slug=f"{path.parent.name}-{path.stem}",
                suffix=path.suffix,
                source=source,
                interviewers=named,
                sender_surname=surname,
                sender_first=first,
                company=ctx.company,
                position=ctx.position,
                reference=ctx.interview_date or ctx.sent_date,
                words=len(draft.text.split()),
                encoding=encoding,
            )
        )
    by_length = sorted(found, key=lambda b: (b.words, b.slug))
    return tuple(by_length[rank] for rank in _spread_order(len(by_length)))


def _offset(text: str) -> int:
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:4], "big")


def _pick(pool: list[str], variant: int, salt: str, avoid: set[str]) -> str:
    """Pool entry for `variant` (1-based): distinct for distinct variants up to the pool size."""
    choices = [p for p in pool if p not in avoid]
    return choices[(variant - 1 + _offset(salt)) % len(choices)]


def _split_head(base: Base) -> tuple[str, str]:
    """(front matter or headers, body) of a source."""
    source = base.source
    if base.suffix == ".eml":
        cut = re.search(r"\r?\n\r?\n", source)
        return (source[: cut.end()], source[cut.end() :]) if cut else (source, "")
    for fence in ("---", "+++"):
        if source.startswith(fence + "\n"):
            close = source.find("\n" + fence, len(fence))
            if close != -1:
                end = source.find("\n", close + 1 + len(fence))
                end = len(source) if end == -1 else end + 1
                return source[:end], source[end:]
    return "", source


def _replace_words(text: str, mapping: dict[str, str]) -> str:
    """Whole-word replacements (a hyphenated name counts as one word), e-mail addresses too."""
    if not mapping:
        return text
    words = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    text = pattern.sub(lambda m: mapping[m.group(1)], text)
    lower = {
        old.lower(): new.lower() for old, new in mapping.items() if old.isascii() and new.isascii()
    }
    if not lower:
        return text
    inner = re.compile("|".join(map(re.escape, sorted(lower, key=len, reverse=True))))
    return _EMAIL.sub(lambda m: inner.sub(lambda n: lower[n.group(0)], m.group(0)), text)


def _name_mapping(base: Base, variant: int) -> dict[str, str]:
    mapping: dict[str, str] = {}
    used = {w for name in base.interviewers for w in name.split()}
    if base.sender_surname:
        used.add(base.sender_surname)
    for position, name in enumerate(base.interviewers):
        parts = name.split()
        if len(parts) >= 2 and parts[-1] not in mapping:
            mapping[parts[-1]] = _pick(SURNAMES, variant, f"{base.slug}/{position}", used)
            used.add(mapping[parts[-1]])
        first = parts[0]
        gender = _gender(first, parts[-1] if len(parts) >= 2 else None, base.source)
        pool = {"f": FEMALE_NAMES, "m": MALE_NAMES}.get(gender, NEUTRAL_NAMES)
        if first not in mapping:
            mapping[first] = _pick(pool, variant, f"{base.slug}/first{position}", used)
            used.add(mapping[first])
    if base.sender_surname and base.sender_surname not in mapping:
        mapping[base.sender_surname] = _pick(SURNAMES, variant, f"{base.slug}/sender", used)
    if base.sender_first and base.sender_first not in mapping:
        mapping[base.sender_first] = _pick(NEUTRAL_NAMES, variant, f"{base.slug}/self", used)
    if base.company:
        protected = set(base.position.split()) if base.position else set()
        word = next(
            (
                w
                for w in base.company.split()
                if w not in COMPANY_STOP and w.isalpha() and len(w) >= 4 and w not in protected
            ),
            None,
        )
        if word and word not in mapping:
            mapping[word] = _pick(BRANDS, variant, f"{base.slug}/company", {word})
    return mapping


def _gender(first: str, surname: str | None, source: str) -> str | None:
    """'f' or 'm' when the first name or an honorific before the surname says so."""
    if first in FEMALE_KNOWN:
        return "f"
    if first in MALE_KNOWN:
        return "m"
    if surname:
        title = re.search(rf"\b(Mr|Ms|Mrs|Miss)\.? {re.escape(surname)}\b", source)
        if title:
            return "m" if title.group(1) == "Mr" else "f"
    return None


_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}\b")
_MONTH_WORD = re.compile(rf"\b{_MON}\b")


def _dates_unmovable(body: str) -> bool:
    """Whether the body names dates this module cannot move: `3/11`, or a month without a day."""
    if _NUMERIC_DATE.search(body):
        return True
    dated = [m.span() for m in _BODY_TOKENS.finditer(body) if m.group("md") or m.group("dm")]
    return any(
        not any(start <= m.start() < end for start, end in dated)
        for m in _MONTH_WORD.finditer(body)
    )


def _shift_head(head: str, delta: dt.timedelta) -> str:
    def iso(m: re.Match[str]) -> str:
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return m.group(0)
        return (day + delta).isoformat()

    head = _ISO_DATE.sub(iso, head)

    def header(m: re.Match[str]) -> str:
        try:
            when = email.utils.parsedate_to_datetime(m.group(2))
        except (TypeError, ValueError):
            return m.group(0)
        return m.group(1) + email.utils.format_datetime(when + delta)

    return re.sub(r"(?m)^(Date:[ \t]*)(.+?)(?=\r?$)", header, head)


def _ordinal(day: int) -> str:
    return "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _rewrite_body(
    body: str, base: Base, delta: dt.timedelta, nudge: int, protected: set[str]
) -> str:
    year = base.reference.year if base.reference else 2026

    def shifted(month: int, day: int) -> dt.date | None:
        try:
            return dt.date(year, month, day) + delta
        except ValueError:
            return None

    phones = [m.span() for m in _PHONE.finditer(body)]

    def token(m: re.Match[str]) -> str:
        kind = next(k for k in ("md", "dm", "the", "num") if m.group(k) is not None)
        if kind == "md":
            new = shifted(_MONTH_NO[m.group("md_mon").lower()], int(m.group("md_day")))
            if new is None:
                return m.group(0)
            month = _month_like(m.group("md_mon"), new.month)
            dot = "." if m.group(0)[len(m.group("md_mon"))] == "." else ""
            suffix = _ordinal(new.day) if m.group("md_ord") else ""
            return f"{month}{dot} {new.day}{suffix}"
        if kind == "dm":
            new = shifted(_MONTH_NO[m.group("dm_mon").lower()], int(m.group("dm_day")))
            if new is None:
                return m.group(0)
            suffix = _ordinal(new.day) if m.group("dm_ord") else ""
            of = m.group("dm_of") or ""
            return f"{new.day}{suffix} {of}{_month_like(m.group('dm_mon'), new.month)}"
        if kind == "the":
            if base.reference is None:
                return m.group(0)
            new = shifted(base.reference.month, int(m.group("the_day")))
            return m.group(0) if new is None else f"the {new.day}{_ordinal(new.day)}"
        number = m.group("num")
        before = body[max(0, m.start() - 12) : m.start()].split()
        if (
            number in protected
            or number in ("911", "999", "112", "101", "111")
            or (before and before[-1].rstrip(".#").lower() in _LABELS)
            or (before and len(before[-1]) >= 2 and before[-1].isupper())  # OSHA 10
            or any(start <= m.start() < end for start, end in phones)
        ):
            return number
        value = int(number)
        if value < 100:
            value = value + nudge if value + nudge < 100 else value - nudge
        else:
            value = value + 10 * nudge if value + 10 * nudge < 1000 else value - 10 * nudge
        return str(value)

    return _BODY_TOKENS.sub(token, body)


def _month_like(original: str, month: int) -> str:
    name = MONTHS[month - 1]
    if len(original) <= 4:
        return "Sept" if original == "Sept" and month == 9 else name[:3]
    return name


def _rotate_paragraphs(body: str, variant: int) -> str:
    pieces = _PARA_SPLIT.split(body)
    blocks = pieces[0::2]

    def prose(block: str) -> bool:
        text = block.strip()
        return (
            len(text) >= 120
            and text.count(". ") + text.endswith(".") >= 2
            and not _LIST_LINE.search(text)
            and not text.startswith(("Subject:", "Dear", "Hi ", "Hello", ">", "#"))
        )

    runs, current = [], []
    for index, block in enumerate(blocks):
        if prose(block):
            current.append(index)
        else:
            runs.append(current)
            current = []
    runs.append(current)
    for run in runs:
        inner = run[1:-1]
        if len(run) >= 4 and len(inner) >= 2:
            step = variant % len(inner)
            texts = [blocks[i] for i in inner]
            for i, text in zip(inner, texts[step:] + texts[:step], strict=True):
                blocks[i] = text
    pieces[0::2] = blocks
    return "".join(pieces)


def variant(base: Base, number: int) -> str:
    """The source of variant `number` of a base draft (0: the corpus file as it is)."""
    if number == 0:
        return base.source
    if base.encoding:  # rewrite the decoded message, then encode it the same way again
        plain = _replace(base, source=_decoded_eml(base.source), encoding=None)
        return _encoded_eml(variant(plain, number), base.encoding)
    head, body = _split_head(base)
    delta = dt.timedelta(weeks=-(1 + (number - 1) % 3))
    if _dates_unmovable(body):
        delta = dt.timedelta(0)
    nudge = 1 + (number * 3) % 5
    protected = set(re.findall(r"\d+", f"{base.position or ''} {base.company or ''}"))
    head = _shift_head(head, delta)
    body = _rewrite_body(body, base, delta, nudge, protected)
    body = _rotate_paragraphs(body, number)
    return _replace_words(head + body, _name_mapping(base, number))


def _decoded_eml(source: str) -> str:
    """An encoded message as plain 8-bit text: headers and body decoded."""
    message = email.message_from_string(source, policy=email.policy.default)
    body = message.get_content()
    lines = [
        f"{key}: {'8bit' if key.lower() == 'content-transfer-encoding' else value}"
        for key, value in message.items()
    ]
    return "\n".join(lines) + "\n\n" + body


def _encoded_eml(source: str, encoding: str) -> str:
    """A plain 8-bit message encoded again: encoded words in headers, `encoding` for the body."""
    head, _, body = source.partition("\n\n")
    message = email.message.EmailMessage(policy=email.policy.default)
    skip = ("content-type", "content-transfer-encoding", "mime-version")
    for line in head.splitlines():
        key, _, value = line.partition(":")
        if key.lower() not in skip:
            message[key] = value.strip()
    message.set_content(body, charset="utf-8", cte=encoding)
    return message.as_string()


def draft(index: int) -> Generated:
    """Generated draft number `index` (0-based)."""
    all_bases = bases()
    base = all_bases[index % len(all_bases)]
    number = index // len(all_bases)
    name = f"{index:05d}-{base.slug}{base.suffix}"
    return Generated(index=index, name=name, source=variant(base, number))


def generate(count: int, start: int = 0) -> Iterator[Generated]:
    """Drafts `start` .. `start + count - 1`, one at a time."""
    for index in range(start, start + count):
        yield draft(index)


def write_folder(folder: Path, count: int) -> list[Path]:
    """Write `count` generated drafts as files into `folder`; returns their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for generated in generate(count):
        path = folder / generated.name
        path.write_text(generated.source, encoding="utf-8")
        paths.append(path)
    return paths


def distinctness(count: int, texts: int | None = None) -> dict[str, int]:
    """How many of the first `count` drafts are distinct files, and how many of the first
    `texts` (default: all) are distinct analysed texts (which needs a parse of each)."""
    from followup_lint import parse_draft

    texts = count if texts is None else min(texts, count)
    sources, analysed, words = set(), set(), 0
    for generated in generate(count):
        sources.add(hashlib.sha256(generated.source.encode()).digest())
        if generated.index < texts:
            parsed = parse_draft(generated.source, path=generated.name)
            analysed.add(hashlib.sha256(parsed.text.encode()).digest())
            words += len(parsed.text.split())
    return {
        "drafts": count,
        "distinct_files": len(sources),
        "texts_checked": texts,
        "distinct_texts": len(analysed),
        "mean_words": round(words / max(texts, 1)),
    }
