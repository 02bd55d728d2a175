"""One module per command of the command line, each with `run(args, stdout, stderr, progress)`
returning the exit status; `import_` is `import` (a Python keyword).
"""
