"""Reading and preparing text: input readers, page layout and cleaning, sentences, dates, Arabic helpers.

Nothing here knows about stories or models; every other room builds on it.
"""
