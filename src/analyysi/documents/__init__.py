"""The description format: bytes to text, sections, fields, values and their checks."""
