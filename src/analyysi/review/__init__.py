"""The evaluator's word over the machine's: review decisions (data/review/*.csv) read,
checked and matched to the rows they decide, stale ones reported; worksheets to decide on."""
