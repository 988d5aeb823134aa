"""The theme engine: plain Python, scikit-learn and a packaged sentence model; no Flask.

>>> from analysis import ThemeFinder, Redactor, SentimentScorer, SafeguardingScreen
"""

from analysis.redact import Redactor
from analysis.safeguarding import SafeguardingScreen
from analysis.sentiment import SentimentScorer
from analysis.text import is_no_content
from analysis.themes import ThemeFinder

__all__ = ["Redactor", "SafeguardingScreen", "SentimentScorer", "ThemeFinder", "is_no_content"]
