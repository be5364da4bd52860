"""`python app.py`: the Gradio web page, on 127.0.0.1:7860 unless told otherwise.

The page itself is built in `summarize.ui` (so tests can import it); this file only starts it.
Flags: --host, --port, --share, --config, --no-preload (`python app.py --help`).
"""
import sys

from summarize.ui import main

if __name__ == "__main__":
    sys.exit(main())
