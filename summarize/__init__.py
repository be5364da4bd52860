"""Multi-document Arabic news summarization with source attribution."""
from .config import ConfigError, load_config
from .pipeline import Summarizer, summarize
from .result import Result
from .story.redundancy import Point
from .text.deadline import RequestTimeout
from .text.documents import Document, InputError

__all__ = ["summarize", "Summarizer", "Result", "Point", "Document", "InputError", "RequestTimeout", "ConfigError", "load_config"]
