"""From notebooks to reviewer-ready HTML: parameters, execution, rendering, cache, index."""
