"""The service API: one unit of work per use-case, plain frozen records out.

Importing this package is cheap (no SQLAlchemy): the records, drafts and validation live in
Qt- and SQL-free modules so the window can paint before the database layer is imported.
Open a journal with ``needlejournal.journal.api.Journal.open``.
"""
