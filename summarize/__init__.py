"""Multi-document Arabic news summarization with source attribution."""
from .config import ConfigError, load_config
from .documents import Document, InputError
from .pipeline import Summarizer, summarize
from .redundancy import Point
from .result import Result

__all__ = ["summarize", "Summarizer", "Result", "Point", "Document", "InputError", "ConfigError", "load_config"]
