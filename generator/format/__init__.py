"""Stage 5, format: source text -> black-formatted Python, in-process, cut into blocks at the
marks (`blocks`), on a pool of workers when there is much (`workers`), remembered by content
(`formatter`) and, across clones, by the format record in OUT's manifest (`record`).

Imports: `base`, `python` (the line length) and `write` (the manifest holds the record).
"""
