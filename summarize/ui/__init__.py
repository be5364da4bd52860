"""The Gradio web page (`python app.py`)."""
from .page import *  # noqa: F401,F403
