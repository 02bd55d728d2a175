"""One module per command of the command line, each with `run(invocation) -> exit status`
(`cli/invocation.py`); `import_` is `import` (a Python keyword).
"""
