"""YAML that remembers where things are.

Editors' YAML is loaded with a SafeLoader whose mappings are `Node` dicts carrying the
1-based line they start on, so every later check can point at `path:line`. Duplicate keys
are reported instead of silently keeping the last one (PyYAML's default).

Two things PyYAML does by default are switched off. Timestamps stay text (`published:
2025-13-45` would otherwise fail inside the parser, before any check could name the line; the
date checks read strings). Aliases (`*name`) are refused: nine nested aliases expand to
gigabytes, and nothing an editor writes needs them.

Text without the few characters the two read differently (`_UNUSUAL`; anchors and aliases
among them) is first parsed by libyaml when PyYAML has it (`CSafeLoader`, ten times faster: a
thousand articles' front matter in 0.03 s); on any error the pure-Python loader parses it again,
so every message, and its line, is that loader's.
"""

from __future__ import annotations

import re

import yaml


class Node(dict):
    """A YAML mapping with the line it starts on (`line`) and the line of each key (`key_lines`)."""

    line: int = 0
    key_lines: dict

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        if self.check_event(yaml.AliasEvent):
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed here; write the value out in full",
                self.peek_event().start_mark)
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> Node:
    loader.flatten_mapping(node)
    result = Node()
    result.line = node.start_mark.line + 1
    result.key_lines = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        try:
            hash(key)
        except TypeError:
            raise yaml.constructor.ConstructorError(
                None, None, "a mapping key must be a plain value", key_node.start_mark) from None
        if key in result:
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r}; keep one of them", key_node.start_mark)
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_lines[key] = key_node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)

if getattr(yaml, "__with_libyaml__", False):
    class _CLoader(yaml.CSafeLoader):
        pass

    _CLoader.yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers
    _CLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
else:
    _CLoader = None
# What libyaml and PyYAML's own loader read differently, or only one of them refuses (a tab after
# "key:", a tag "!", a block scalar "|#", a byte-order mark inside the text), and anchors and
# aliases: text with any of these is left to the pure-Python loader.
_UNUSUAL = re.compile(r"[&*!|>%@`\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\u2028\u2029]")


class YamlProblem(ValueError):
    """Malformed YAML, with the 1-based line (relative to the text given) where it was noticed."""

    def __init__(self, line: int, message: str):
        self.line = line
        super().__init__(message)


def load(text: str):
    """Parse YAML text into plain values and `Node` mappings; raise YamlProblem if malformed."""
    if _CLoader is not None and not _UNUSUAL.search(text):
        try:
            return yaml.load(text, Loader=_CLoader)  # noqa: S506 - derives from CSafeLoader
        except Exception:           # noqa: BLE001 - the loader below tells what is wrong, and where
            pass
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise YamlProblem(line, f"invalid YAML: {what}") from None
    except yaml.YAMLError as exc:
        raise YamlProblem(1, f"invalid YAML: {exc}") from None
