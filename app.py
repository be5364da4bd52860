"""`python app.py`: the Gradio web app.

The web app is not built yet (it is its own issue); until then this entry point
says so instead of pretending. Use the command line: `python -m summarize seeds/`.
"""
import sys

if __name__ == "__main__":
    print("The web app is not built yet; summarize from the command line: python -m summarize seeds/",
          file=sys.stderr)
    sys.exit(1)
