"""The Gradio web page (`python app.py`): views of a Result (views.py), input files and downloads
(files.py), the page's words in English and Arabic (strings.py), the page itself (page.py)."""
from .files import ResultFiles, example_files, gather_inputs
from .page import API_NAME, build_app, build_parser, checked_slider, launch, main
from .strings import language_of, say
from .views import (api_fields, articles_html, model_status, points_html, removed_html, sentences_html,
                    timeline_html, warnings_html)

__all__ = ["API_NAME", "ResultFiles", "api_fields", "articles_html", "build_app", "build_parser", "checked_slider",
           "example_files", "gather_inputs", "language_of", "launch", "main", "model_status", "points_html",
           "removed_html", "say", "sentences_html", "timeline_html", "warnings_html"]
