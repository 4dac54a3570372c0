"""Tables: every column described once, checked rows, atomic writes, and the stage that turns
a folder of documents into the tidy tables."""
