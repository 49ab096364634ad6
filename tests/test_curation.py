from builder.curation import SECTIONS, load_curation
from builder.model import Citation


def lines(problems):
    return [f"{p.path.rsplit('/', 1)[-1]}:{p.line}: {p.message}" for p in problems]


def test_actors_events_claims_are_read(make_corpus):
    corpus = make_corpus({"curation/c.yaml": """\
        actors:
          - {id: acme, name: Acme Corp, kind: organization, aliases: [Acme], affiliations: [gov]}
        events:
          - id: opened
            title: Acme opens a plant
            citations:
              - {source: a, paragraph: p1, quote: "opens", date: "2024-03"}
        claims:
          - id: plant
            statement: Acme opened a plant.
            positions:
              - {source: a, paragraph: p1, quote: "opens", stance: denies, speaker: anonymous}
        """})
    curation, problems = load_curation(corpus)
    assert problems == []
    assert curation.actors[0].names == ("Acme Corp", "Acme")
    assert curation.events[0].date.iso() == "2024-03"
    position = curation.claims[0].positions[0]
    assert (position.citation, position.stance, position.speaker, position.anonymous) == (
        Citation("a", "p1", "opens"), "denies", None, True)


def test_duplicate_keys_are_an_error_not_silently_dropped(make_corpus):
    corpus = make_corpus({"curation/actors.yaml": """\
        actors:
          - id: NO
            name: Norway
            kind: country
          - id: "0012"
            name: Twelve
            kind: planet
          - id: ok
            name: Ok
            kind: person
            id: again
        """})
    _, problems = load_curation(corpus)
    assert lines(problems) == [
        "actors.yaml:11: invalid YAML: duplicate key 'id'; keep one of them",
    ]


def test_every_field_problem_in_one_run(make_corpus):
    corpus = make_corpus({
        "curation/actors.yaml": """\
            actors:
              - id: NO
                name: Norway
                kind: country
              - id: twelve
                name: Twelve
                kind: planet
            """,
        "curation/claims.yaml": """\
            claims:
              - id: c
                statement: S.
                positions:
                  - {source: a, paragraph: 3, quote: "q", stance: claims}
            """,
        "curation/extra.yaml": "notes: []\n",
    })
    _, problems = load_curation(corpus)
    assert lines(problems) == [
        "actors.yaml:2: 'id' must be a string id, got false (a yes/no value) (YAML reads NO, yes, on and 0012 as "
        "non-strings); put it in quotes",
        "actors.yaml:7: 'kind' must be one of person, organization, country, group, other, got 'planet'",
        "claims.yaml:5: 'paragraph' must be a paragraph id like p3, got 3",
        "claims.yaml:5: 'stance' must be one of asserts, denies, disputes, cannot_confirm, hedges, got 'claims'",
        "extra.yaml:1: unknown section 'notes'; use one of " + ", ".join(SECTIONS),
    ]


def test_no_curation_is_fine(make_corpus):
    curation, problems = load_curation(make_corpus({}))
    assert problems == [] and curation.actors == () and curation.settings.title == "Dossier"
