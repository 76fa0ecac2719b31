"""Shared tools of the shipped parsers, for any plugin to use.

- :func:`~polybrief.plugins.parsing.dates.find_dates`, :func:`~.dates.parse_date`:
  dates in text and in single strings, Solar Hijri and Islamic calendars included;
- :func:`~polybrief.plugins.parsing.sentences.split_sentences`: ``(start, end)`` spans;
- :func:`polybrief.textnorm.normalize_digits`: Persian and Arabic-Indic digits to ASCII;
- :func:`~polybrief.plugins.parsing.langid.identify_language`,
  :func:`~polybrief.plugins.parsing.scripts.main_script`: language, script, direction;
- :func:`~polybrief.plugins.parsing.encoding.decode`: bytes to text, with the encoding;
- :func:`~polybrief.plugins.parsing.boilerplate.strip_boilerplate`: what is not the article;
- :func:`~polybrief.plugins.parsing.document.build_document`: all of it, into a Document.

Each lives in its own module; importing this package loads none of the heavy libraries.
"""
