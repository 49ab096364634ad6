"""Legacy encodings: the likely Western code page first, a doubtful guess refused, never a
silent wrong letter ("naïve" read as Windows-1250 is "naďve")."""

from __future__ import annotations

import pytest

from builder.ingest.read import InputError, decode

NAIVE = "The naïve plan, said the café owner in Zürich, was “doomed” – and cheap at 5 €."


def test_windows_1252_is_read_as_windows_1252_not_1250():
    assert decode(NAIVE.encode("cp1252")) == (NAIVE, "cp1252")
    assert decode("naïve".encode("cp1252")) == ("naïve", "cp1252")


@pytest.mark.parametrize("text, encoding", [
    ("Minister Krzyżaniak said the żółć of Łódź was a problem for Gdańsk and Poznań.", "cp1250"),
    ("Министр сказал, что переговоры в Москве были трудными и долгими.", "cp1251"),
])
def test_other_code_pages_are_found_when_the_western_reading_is_garbled(text, encoding):
    assert decode(text.encode(encoding)) == (text, encoding)


def test_a_doubtful_guess_is_refused_with_both_readings():
    with pytest.raises(InputError) as info:
        decode("Ελληνικά κείμενα για την Αθήνα και τη Θεσσαλονίκη σήμερα.".encode("cp1253"))
    assert str(info.value).startswith("cannot tell the text encoding: cp1253 reads 'Ελληνικά', ")
    assert str(info.value).endswith("; re-save the article as UTF-8")


def test_utf8_mojibake_is_refused():
    with pytest.raises(InputError) as info:
        decode("The naÃ¯ve cafÃ© owner".encode("utf-8"))
    assert str(info.value) == ("the text is garbled ('Ã¯': UTF-8 read as Windows-1252 and saved again); fix the "
                               "encoding at its source and save it as UTF-8")
