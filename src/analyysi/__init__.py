"""analyysi: reproducible evaluation of EU structural-fund project descriptions."""

__version__ = "0.1.0"
