"""The theme engine: plain Python and scikit-learn, usable without the web app.

>>> from analysis import ThemeFinder, Redactor
"""

from analysis.redact import Redactor
from analysis.text import is_no_content
from analysis.themes import ThemeFinder

__all__ = ["Redactor", "ThemeFinder", "is_no_content"]
