"""Stages 1 and 2, the spec: files -> load (data with positions) -> validate (the meta-schemas in
`metaschemas/`, then the semantic checks) -> the frozen spec model (`model`), its JSON Schema nodes read through `schema`.

Imports: `base` and `python` (the checks refuse names that would collide in Python).
"""
