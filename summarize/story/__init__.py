"""What one story says: copies and points, figures, background articles, selection, attribution.

Built on `summarize.text`; knows nothing of models, many stories or the page.
"""
