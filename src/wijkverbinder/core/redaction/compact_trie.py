"""A deduce lookup trie stored as nested dicts: fewer objects, so a quicker load and less memory.

docdeid's `LookupTrie` makes three Python objects per node (the node, its attribute dict and its
children dict); deduce's street list alone has millions of nodes. `CompactTrie` keeps one dict per
node (token → child node; the key `None` marks the end of an item) and shares one dict for all
leaves, with the same answers: the annotator (`MultiTokenLookupAnnotator`) only reads `children`
of the root, `matching_pipeline` and `longest_matching_prefix`.
"""

from __future__ import annotations

from typing import Any

from docdeid.ds.lookup import LookupStructure, LookupTrie

Node = dict[str | None, Any]

#: every leaf (an item's end without longer items after it) is this one dict; never changed
_LEAF: Node = {None: True}


def _as_dicts(trie: LookupTrie) -> Node:
    if not trie.children:
        return _LEAF if trie.is_terminal else {}
    node: Node = {token: _as_dicts(child) for token, child in trie.children.items()}
    if trie.is_terminal:
        node[None] = True
    return node


class CompactTrie(LookupTrie):
    """A read-only `LookupTrie` over nested dicts (build a `LookupTrie`, then convert it)."""

    def __init__(self, trie: LookupTrie) -> None:
        LookupStructure.__init__(self, matching_pipeline=trie.matching_pipeline)
        root = dict(_as_dicts(trie))
        root.pop(None, None)  # an empty item: kept as `is_terminal`, as docdeid does
        self.children = root  # type: ignore[assignment]
        self.is_terminal = trie.is_terminal

    def add_item(self, item: list[str]) -> None:
        """Not supported: the trie is built before it is made compact."""
        raise TypeError("CompactTrie is read-only")

    def __contains__(self, item: list[str]) -> bool:
        """As docdeid's: the matching pipeline applies to the first token only."""
        if not item:
            return self.is_terminal
        node: Node = self.children  # type: ignore[assignment]
        for position, token in enumerate(item):
            child = node.get(self._apply_matching_pipeline(token) if position == 0 else token)
            if child is None:
                return False
            node = child
        return None in node

    def longest_matching_prefix(self, item: list[str], start_i: int = 0) -> list[str] | None:
        """The longest item of the trie that `item[start_i:]` starts with (as docdeid's)."""
        node: Node = self.children  # type: ignore[assignment]
        longest = 0
        position = start_i
        while position < len(item):
            child = node.get(self._apply_matching_pipeline(item[position]))
            if child is None:
                break
            node = child
            position += 1
            if None in node:
                longest = position - start_i
        if not longest:
            return None
        return [self._apply_matching_pipeline(token) for token in item[start_i : start_i + longest]]
