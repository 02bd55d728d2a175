"""What every stage stands on: the one diagnostic type and the run's errors, the content-keyed
cache, progress reporting, the block marks, and where the package's own files are.

Imports: nothing of the generator (the standard library only).
"""
