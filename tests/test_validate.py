from builder import pipeline
from conftest import article


def problems_of(corpus):
    _, problems = pipeline.assemble(corpus)
    return [f"{p.path.rsplit('/', 1)[-1]}:{p.line}: {p.message}" for p in problems]


BODY = "Alpha Corp said it would build a plant in Riverton.\n\nBeta Group denied it."


def test_wrong_quote_names_the_nearest_text(make_corpus):
    corpus = make_corpus({"articles/a.md": article(body=BODY), "curation/claims.yaml": """\
        claims:
          - id: plant
            statement: Alpha Corp will build a plant.
            positions:
              - {source: a, paragraph: p1, quote: "it would build a factory in Riverton", stance: asserts}
              - {source: a, paragraph: p1, quote: "Beta Group denied it", stance: denies}
        """})
    assert problems_of(corpus) == [
        'claims.yaml:5: quote not found in a p1: "it would build a factory in Riverton"; '
        'nearest text: "it would build a plant in Riverton."',
        'claims.yaml:6: quote not found in a p1: "Beta Group denied it"; it is in p2',
    ]


def test_unknown_and_duplicate_ids_all_reported_in_one_run(make_corpus):
    corpus = make_corpus({"articles/a.md": article(body=BODY, derived="[nowhere]"), "curation/c.yaml": """\
        actors:
          - {id: alpha, name: Alpha Corp, kind: organization, affiliations: [ghost]}
          - {id: alpha, name: Alpha Two, kind: organization}
        events:
          - id: e
            title: Plant announced
            actors: [alpha, beta]
            citations:
              - {source: b, paragraph: p1, quote: "x", date: "2024"}
              - {source: a, paragraph: p9, quote: "x", date: "2024"}
        """})
    assert problems_of(corpus) == [
        "a.md:0: derived_from 'nowhere' is neither an article id nor an original listed in dossier.yaml; "
        "fix it or add the original",
        "c.yaml:2: affiliation 'ghost' is not an actor id; add it to curation/actors.yaml or fix the spelling",
        "c.yaml:3: duplicate actor id 'alpha' (first defined at corpus/curation/c.yaml:2); rename one or merge them"
        .replace("corpus/curation/c.yaml", _where(corpus)),
        "c.yaml:5: event actor 'beta' is not an actor id; add it to curation/actors.yaml or fix the spelling",
        "c.yaml:9: source 'b' is not an article in corpus/articles/; fix the id",
        "c.yaml:10: a has no paragraph 'p9' (it has p1…p2); fix the paragraph id",
    ]


def _where(corpus):
    return (corpus / "curation" / "c.yaml").as_posix()


def test_an_alias_shared_by_two_actors_is_an_error(make_corpus):
    corpus = make_corpus({"articles/a.md": article(body=BODY), "curation/actors.yaml": """\
        actors:
          - {id: alpha, name: Alpha Corp, kind: organization, aliases: [AC]}
          - {id: alpha-two, name: Alpha Two, kind: organization, aliases: [AC]}
        """})
    assert "actors.yaml:3: the name 'AC' belongs to several actors (alpha, alpha-two); keep it on one of them" \
        in problems_of(corpus)


def test_unmentioned_actor_is_a_warning(make_corpus):
    corpus = make_corpus({"articles/a.md": article(body=BODY), "curation/actors.yaml": """\
        actors:
          - {id: gamma, name: Gamma Ltd, kind: organization}
        """})
    _, problems = pipeline.assemble(corpus)
    assert [(p.severity, p.check) for p in problems] == [("warning", "unmentioned-actor")]


def test_a_quote_of_white_space_is_reported_though_the_paragraph_holds_it():
    from builder.graph import Dossier
    from builder.model import Citation, Paragraph, Settings, Source
    from builder.validate import quote_problem
    paragraph = Paragraph("p1", "Alpha   \"Corp\" said it would build a plant.", 7)
    d = Dossier(Settings(), [Source("a", "A story", "Example News", "", None, (paragraph,))], [], [], [], [])
    assert quote_problem(d, Citation("a", "p1", "   ")).startswith("quote not found in a p1")
    assert quote_problem(d, Citation("a", "p1", "Alpha  “Corp”")) is None        # normalised, it is there
    assert quote_problem(d, Citation("a", "p1", "said it would")) is None
