"""Tools around the pipeline: the breaking-change report between two spec trees (`diff/`), spec
trees at git revisions (`revisions`), least-privilege RAM policies (`policy`), and generation as
a hatchling build step (`build_hook`).

Imports: `pipeline` and everything below it (`plan`, `spec`, `python`, `base`, ...); never `cli`.
"""
