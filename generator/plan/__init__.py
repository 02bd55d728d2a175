"""Stage 3, plan: validated specs -> the files to write, each with the view model its template
reads. Every name, type hint, literal and laid-out line is decided here; templates only place
them. `package.plan_service` is the entry; `core.plan_core` plans the shared runtime.

Imports: `base`, `python` and `spec` (and each other).
"""
