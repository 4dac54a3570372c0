"""Finnish text: sentences, the numbers in them, and (later) morphology and lexicons."""
