"""Request and response models, one module per operation: `from .models.<operation> import ...`."""
