"""Reliability tests (issue 8): helpers live in ``reliability_helpers`` (a unique name)."""
