"""NeedleJournal: a desktop journal for microneedling."""

__version__ = "0.1.0"
APP_NAME = "NeedleJournal"
