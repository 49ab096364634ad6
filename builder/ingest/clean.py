"""Clean web boilerplate out of an article's text, keeping every sentence of the article as it is.

Input: the article's text (a pasted page, or trafilatura's main text of a saved page) and the
title if known. Output: `Cleaned` — the paragraphs kept, the count of lines dropped per rule,
and the metadata some rules find on the way (byline, date line, "Source »" credit, copyright
holder, the title when the text starts with it).

Every rule is a row of `RULES` with a name, so the command can say what it dropped. Line rules
match a whole line (after whitespace and Markdown emphasis are normalised), so a rule can only
drop a line, never change a sentence. The rules are general English web boilerplate: navigation
words, share counters, comment forms, sign-up prompts, and so on; nothing names an outlet.
A few rules need context (a repeated title, a subheading between paragraphs, the links under a
"Related posts" heading, the comment section that ends a page); they are rows of the table too.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Rule:
    """One kind of boilerplate: `pattern` matches a whole normalised line (None: a context rule)."""

    name: str
    description: str
    pattern: str | None = None
    action: str = "drop"    # drop | meta (drop, keep group 'value' as metadata) | links | tail


_SEP = r"[\s:»>|\-–—]*"
_NAV_WORDS = (r"home|news|world|world news|politics|business|economy|markets|money|opinion|opinions|"
              r"sports?|tech|technology|science|health|entertainment|culture|lifestyle|travel|style|"
              r"video|videos|podcasts?|photos|gallery|local|national|international|us|u\.s\.|uk|"
              r"europe|asia|africa|americas|middle east|latest|latest news|top stories|breaking news|"
              r"trending|features?|analysis|investigations|editorials?|menu|main menu|search|search for|"
              r"log ?in|sign ?in|log ?out|sign ?out|password|username|register|my account|account|close|open|toggle navigation|"
              r"skip to (main )?content|back to top|more|next|previous|prev|next post|previous post|"
              r"advertisement|advertising|sponsored|sponsored content|ad|scroll to continue|"
              r"privacy policy|terms of (use|service)|cookie policy|contact us|about us|careers")

RULES: tuple[Rule, ...] = (
    Rule("audio_player", "text-to-speech player prompts ('Getting your … audio player ready', "
         "'Listen to this article')",
         r"(?:getting|loading) (?:your )?[\w .'-]{0,30}(?:audio )?player(?: ready)?\W*"
         r"|(?:listen to (?:this|the) (?:article|story)|press play to listen(?: to this article)?"
         r"|voiced by [\w ]{1,30}|audio (?:is )?(?:not )?available[\w ]*)\W*(?:\d+:\d+(?: min(?:utes?)?)?)?"),
    Rule("stray_punctuation", "lines of punctuation or symbols only (separators, player bars)",
         r"[^\w\s]{1,6}|(?:[*·•] ?){2,6}"),
    Rule("credit", "'Source » X' and 'Via X' credit lines (kept as metadata: a derived_from candidate)",
         r"(?:(?:source|sources|via)\s*[:»>|\-–—]|originally published (?:by|at|on|in)|this (?:article|story) "
         r"(?:was )?(?:first|originally) (?:appeared|published) (?:on|in|at|by))\s*(?P<v_credit>[^.,;]{1,60})\.?",
         action="meta"),
    # Before navigation, which would otherwise take "Jane Doe | Example Wire" for a menu.
    Rule("byline_outlet", "'Jane Doe | Example Wire' lines: a person's name, a bar, an outlet (kept as "
         "metadata: authors, outlet)",
         rf"(?:by\s+)?(?!(?:{_NAV_WORDS})\b)(?P<v_authors2>[A-Z][a-z]+(?:[ -][A-Z][\w'’.-]+){{1,2}})"
         r"\s*\|\s*(?P<v_outlet2>[A-Z][\w&.'’-]*(?: [A-Z&][\w&.'’-]*){0,3})",
         action="meta"),
    Rule("navigation", "section names, menus and breadcrumbs ('World', 'Home » News', 'Skip to content')",
         rf"(?:(?:{_NAV_WORDS})(?:\s*[»>|/·•]\s*[\w .'&-]{{1,30}}){{0,5}}|(?:[\w&'.-]+ ){{0,3}}[\w&'.-]+"
         r"(?:\s*[»>|]\s*[\w&'. -]{1,30}){1,5})"),
    Rule("share_counter", "share, like and comment counters and share buttons ('Total 7 Shares', "
         "'Share on Facebook')",
         r"(?:total|shares?|share this(?: article| story)?|tweet|pin it|email|print|copy link|"
         r"share (?:on|via) [\w ]{1,20}|\d[\d,.]*\s*[km]?(?:\s*(?:shares?|views?|likes?|comments?|reads?))?|"
         r"(?:total\s*)?\d[\d,.]*\s*[km]?\s*shares?|"
         r"(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email)"
         r"(?:\s*[|/·•,]?\s*(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|print)){1,8})"),
    Rule("comment_form", "comment-form text ('Leave a Reply', 'Your email address will not be "
         "published', 'Comment *', 'Post Comment'); a comment-section heading also drops the rest of the page",
         r"(?:your email address will not be published\.?(?: required fields are marked \*?)?"
         r"|required fields are marked \*?|save my name, email, and website in this browser.*"
         r"|(?:post|submit|add) (?:a )?comment|cancel reply|you must be logged in to post a comment\.?"
         r"|this site uses akismet to reduce spam\..*|notify me of (?:new|follow-up) (?:comments|posts).*"
         r"|(?:comment|name|email|e-mail|website)\s*\*|comments? (?:are|is) closed\.?|δ)"),
    Rule("comment_section", "a comment section's heading ('Leave a Reply', '3 Comments'): it and "
         "everything after it (readers' comments are not the article)",
         r"(?:leave a (?:reply|comment)|join the (?:discussion|conversation)|\d+ (?:comments?|responses?|"
         r"thoughts?) (?:on|to) .{0,200}|comments \(\d+\)|\d+ comments?)\W*",
         action="tail"),
    Rule("signup_donate", "newsletter sign-up, subscription, membership and donation prompts",
         r"(?:donate|donate now|subscribe|subscribe now|sign up|sign up now|join now|become a (?:member|"
         r"subscriber|supporter|patron)|support us|support our work"
         r"|(?:sign up|subscribe)(?: now| today| free| here)?(?: for| to) [^.!?]{1,70}[.!]?"
         r"|(?:get|receive) (?:the|our) .{1,60} (?:in|to|straight to) your inbox.*"
         r"|[^.!?]{0,60}\b(?:sign up|subscribe|join|get|receive)\b[^.!?]{0,60}\bnewsletters?\b[^.!?]{0,60}[.!]?"
         r"|(?:please )?(?:donate|make a donation|give)(?: now| today)?(?: to [^.!?]{1,40})?[.!]?"
         r"|support (?:our|independent|quality|local|public|reader-funded)[\w ]{0,30} journalism\b.{0,80}"
         r"|.{1,40}\((?:required|optional)\))"),
    Rule("see_also", "'See also', 'Related', 'Read more' lines linking to other stories",
         r"(?:see also|also read|read also|read next|you (?:may|might) also (?:like|be interested in))"
         r"(?:[\s:»>|\-–—]+.{0,200})?"
         r"|(?:read more|related(?: posts| articles| stories| news| content| coverage| reading)?|more stories|"
         r"more (?:from|on) [\w '-]{1,40}|recommended(?: for you| stories)?|most (?:read|popular)|"
         r"popular (?:posts|stories))(?:\s*[:»>|\-–—]\s*.{0,200})?"),
    Rule("related_links", "the headline links listed under a 'Related posts' or 'More stories' heading",
         action="links"),
    Rule("image_caption", "image file names, lower-case alt texts ('title words 1'), photo credits "
         "and agency-only lines ('AFP', 'Getty Images')",
         r"(?:(?:image|photo|picture|file)\s*:\s*)?[\w\-. ]{1,120}\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?)"
         r"|[a-z0-9][a-z0-9 \-]*[a-z][a-z0-9 \-]* \d{1,2}"
         r"|\(?(?:photo|image|picture|illustration|file photo|graphic)s?(?: credit)?\s*(?::|by|via|courtesy of)"
         r"\s*[^.!?]{1,100}\)?"
         r"|(?:afp|ap|reuters|getty images|afp via getty images|ap photo|epa|epa-efe|shutterstock|"
         r"istock|xinhua|anadolu(?: agency)?|wikimedia commons|dpa|upi|alamy)"
         r"(?:\s*/\s*[\w .-]{1,40})?"),
    Rule("byline", "'By Jane Doe' lines (kept as metadata: authors)",
         r"(?i:by|written by|words by)\s+(?P<v_authors>(?:[A-Z][\w.'’-]*\s?){1,4}"
         r"(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:[A-Z][\w.'’-]*\s?){1,4}){0,4})"
         r"(?:\s*[|,·•\-–—]\s*.{0,60})?",
         action="meta"),
    Rule("date_line", "a line holding only a publication date, optionally 'Published'/'Updated' "
         "(kept as metadata: published)",
         r"(?:(?:published|posted|updated|last updated|date)\s*(?:on|:)?\s*)?(?P<v_date>"
         r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}"
         r"|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}))"
         r"(?:,?\s*(?:at\s*|[|\-–—]\s*)?\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5})?)?",
         action="meta"),
    Rule("copyright", "copyright and rights lines (kept as metadata: an outlet candidate)",
         r"(?:(?:©|\(c\))\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?|copyright\s*(?:©\s*)?\d{4}(?:\s*[-–]\s*\d{4})?)"
         r"\s*,?\s*(?P<v_outlet>[^.|]{1,60}?)?\.?(?:\s*all rights reserved\.?)?",
         action="meta"),
    Rule("repeated_title", "the article's title where it repeats in the text (it is metadata), also "
         "when glued to the end of a paragraph"),
    Rule("repeated_line", "a line printed twice in a row (headings and captions doubled by page markup)"),
    Rule("masthead", "short lines above the title at the top of a page (taglines, menus, prompts)"),
    Rule("subheading", "short lines without sentence punctuation between paragraphs (section "
         "headings; the corpus keeps paragraphs only)"),
)
RULE_NAMES = tuple(rule.name for rule in RULES)
_LINE_RULES = [r for r in RULES if r.pattern]
# One alternation with a named group per rule: each line is matched once, whatever the rule count.
_MATCHER = re.compile("|".join(f"(?P<{r.name}>{r.pattern})" for r in _LINE_RULES), re.IGNORECASE)
_BY_NAME = {r.name: r for r in RULES}
MAX_RULE_LINE = 300          # longer lines are article text: no rule is tried on them
_SPACE = re.compile(r"[\s\u00a0\u200b\ufeff]+")
_EMPHASIS = re.compile(r"^(?:#{1,6}\s+|>\s*)?(?:([*_]{1,3})(.+)\1|(.*))$")
_EDGE = " \t\u00a0\u200b\ufeff"
_SENTENCE_END = re.compile(r"[.!?…:;,][\"'”’»)\]]*$")
_LIST_ITEM = re.compile(r"^(?:[-*+•]\s|\d+[.)]\s)")
_CASE_SENSITIVE = {"byline", "byline_outlet"}         # names must be capitalised for a line to be a byline


@dataclass
class Cleaned:
    """The result of cleaning: kept paragraphs, dropped line counts by rule, metadata found."""

    paragraphs: list[str]
    dropped: Counter = field(default_factory=Counter)
    found: dict[str, str] = field(default_factory=dict)
    title_line: str = ""                # the title as written in the text, when it was there


def normalise(line: str) -> str:
    """A line as rules see it: whitespace collapsed, Markdown heading marks and emphasis removed."""
    text = _SPACE.sub(" ", line).strip()
    m = _EMPHASIS.match(text)
    return (m.group(2) or m.group(3) or "").strip()


def _key(text: str) -> str:
    return re.sub(r"[\W_]+", " ", text.casefold()).strip()


def split_units(text: str) -> list[str]:
    """Paragraph candidates: every non-blank line, or blank-line blocks joined when hard-wrapped."""
    blocks: list[list[str]] = []
    block: list[str] = []
    for line in text.splitlines():
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if block:
        blocks.append(block)
    if _hard_wrapped(blocks):
        return [" ".join(_SPACE.sub(" ", ln).strip() for ln in b) for b in blocks]
    return [ln for b in blocks for ln in b]


def _hard_wrapped(blocks: list[list[str]]) -> bool:
    """True when lines inside blocks mostly break mid-sentence (text wrapped at a fixed width)."""
    inner = [ln.strip() for b in blocks if len(b) > 1 for ln in b[:-1]]
    if len(inner) < 3:
        return False
    broken = sum(1 for ln in inner if len(ln) >= 30 and not _SENTENCE_END.search(ln))
    return broken > 0.6 * len(inner)


def title_like(text: str) -> bool:
    """A heading's shape: 3–25 words, no sentence punctuation at the end, not a list item."""
    words = text.split()
    return (3 <= len(words) <= 25 and len(text) <= 200 and not _LIST_ITEM.match(text)
            and not re.search(r"[.:;,][\"'”’»)\]]*$", text))


def title_case(text: str) -> bool:
    """Most longer words capitalised, as headline style writes them."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if len(w) > 3]
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def match_rule(line: str) -> tuple[str, re.Match] | None:
    """The rule a normalised line matches in full, with the match; None for article text."""
    if not line or len(line) > MAX_RULE_LINE:
        return None
    m = _MATCHER.fullmatch(line)
    if not m:
        return None
    name = m.lastgroup
    if name in _CASE_SENSITIVE and not re.fullmatch(_BY_NAME[name].pattern, line):
        return None
    return name, m


def find_title(units: list[str], slug_key: str = "") -> int | None:
    """Index of the unit that is the page's title, looking at the first lines only."""
    head = []
    for i, unit in enumerate(units[:15]):
        if len(unit) > 200:          # the body has begun: a heading below it is not the title
            break
        head.append((i, normalise(unit)))
    shaped = [(i, t) for i, t in head if title_like(t) and not match_rule(t)]
    if slug_key:
        for i, t in shaped:
            if _key(t).replace(" ", "") == slug_key.replace(" ", ""):
                return i
    seen: dict[str, int] = {}
    for i, t in shaped:
        if _key(t) in seen and title_case(t):
            return seen[_key(t)]
        seen.setdefault(_key(t), i)
    # Sentence-case headlines ("Kremlin says dam attack was sabotage"): the first line of the text,
    # when it has a heading's shape and is not a date line ("Posted Mar 13, 2023 5:21 PM").
    first = next(((i, t) for i, t in head if t), None)
    first_ok = bool(first and first in shaped and not _date_only(first[1]))
    for i, t in shaped:
        # A short title-case line under a headline-length first line is the outlet or a section;
        # a dateline is never the title.
        if title_case(t) and not _date_only(t) and \
                not (first_ok and i != first[0] and len(t.split()) <= 4 <= len(first[1].split())):
            return i
    return first[0] if first_ok else None


def _date_only(text: str) -> bool:
    """A line that is only a date and time, with at most a 'Posted'/'Updated' word around it, or a
    dateline that opens the story ("MOSCOW, March 4 (Reuters) —", "WASHINGTON —")."""
    from .metadata import text_date
    if re.search(r"[-—–]\s*$", text):
        return True
    return len(text.split()) <= 9 and bool(text_date(text)) and not re.search(r"[a-z]{4,}\s+[a-z]{4,}\s+[a-z]{4,}", text)


def clean(text: str, title: str = "", slug_key: str = "") -> Cleaned:
    """Clean `text`; `title` (if known) is dropped where repeated, else looked for at the top."""
    units = split_units(text)
    out = Cleaned([])
    at = None
    if title:
        key = _key(title)
        at = next((i for i, u in enumerate(units[:15]) if _key(normalise(u)) == key), None)
    else:
        at = find_title(units, slug_key)
        if at is not None:
            title = normalise(units[at])
            key = _key(title)
    if at is not None:
        out.title_line = normalise(units[at])
    keep: list[tuple[int, str]] = []       # (index, normalised) of units that survive line rules
    mode = ""                              # "links" after a related heading
    previous = ""
    for i, unit in enumerate(units):
        line, previous = normalise(unit), line if i else ""
        if line == previous:
            out.dropped["repeated_line"] += 1
            continue
        if title and _key(line) == key:
            out.dropped["repeated_title"] += 1
            mode = ""
            continue
        hit = match_rule(line)
        if hit:
            name, m = hit
            rule = _BY_NAME[name]
            out.dropped[name] += 1
            if rule.action == "tail":
                out.dropped[name] += len(units) - i - 1
                break
            if rule.action == "meta":
                for group, value in m.groupdict().items():
                    if value and group.startswith("v_"):       # v_authors2 -> authors: re needs unique names
                        out.found.setdefault(group[2:].rstrip("0123456789"), value.strip())
            mode = "links" if _key(line) in _RELATED_HEADINGS else ""
            continue
        if mode == "links" and title_like(line) and len(line) < 150:
            out.dropped["related_links"] += 1
            continue
        mode = ""
        keep.append((i, unit.strip(_EDGE)))
    keep = _drop_masthead(keep, at, out)
    paragraphs = _drop_subheadings(keep, out)
    if title:
        paragraphs = [_unglue(p, title, out) for p in paragraphs]
    out.paragraphs = [p for p in paragraphs if p]
    return out


_RELATED_HEADINGS = {"related", "related posts", "related articles", "related stories", "related news",
                     "related content", "related coverage", "related reading", "more stories",
                     "you may also like", "you might also like", "recommended", "recommended for you",
                     "recommended stories", "most read", "most popular", "popular posts", "popular stories",
                     "read more", "read next", "see also"}


def _drop_masthead(keep: list[tuple[int, str]], at: int | None, out: Cleaned) -> list[tuple[int, str]]:
    """Drop what is left above a title found near the top, if it is all short lines."""
    if at is None:
        return keep
    above = [(i, t) for i, t in keep if i < at]
    if above and all(len(t) < 120 for _, t in above):
        out.dropped["masthead"] += len(above)
        return [(i, t) for i, t in keep if i > at]
    return keep


def _drop_subheadings(keep: list[tuple[int, str]], out: Cleaned) -> list[str]:
    """Drop short unpunctuated lines that sit between article paragraphs."""
    result: list[str] = []
    for n, (_, text) in enumerate(keep):
        following = keep[n + 1][1] if n + 1 < len(keep) else ""
        words = text.split()
        if (len(words) <= 12 and len(text) <= 100 and not re.search(r"[.!?:;,…][\"'”’»)\]]*$", text)
                and not _LIST_ITEM.match(text) and not text[:1].islower()
                and len(following) > 2 * len(text) and _SENTENCE_END.search(following)):
            out.dropped["subheading"] += 1
            continue
        result.append(text)
    return result


def _unglue(paragraph: str, title: str, out: Cleaned) -> str:
    """Remove the title where a page glued it to the end of a paragraph ('…region.Title')."""
    if len(paragraph) > len(title) and paragraph.casefold().endswith(title.casefold()):
        head = paragraph[: -len(title)]
        if re.search(r"[.!?][\"'”’)]*$", head):
            out.dropped["repeated_title"] += 1
            return head
    return paragraph
