"""The evaluation questions: tables in, tables out (funding, participants, COVID, overview)
and the analysis stage that writes them."""
