"""The target language's rules: Python names that are valid the moment they exist (`names`),
literals that cannot break out of their quotes (`literals`), and lines laid out in black's shape
to the one line length (`layout`). Pure functions of text: the checks use them to refuse a spec
whose names would collide in Python, the plan to write every name and literal.

Imports: `base` only (and each other).
"""
