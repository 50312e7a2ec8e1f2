"""Record-keeping checks on a session: a treatment consent on file, products within date.

Pure, like the other rules: they read dates, never the database. The journal attaches them
to a session as it is saved (and the session dialog shows them while it is typed); like every
warning they never block a save.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from needlejournal.phrases import params_of

from .facts import GuidanceWarning

RULE_CONSENT = "consent"
RULE_EXPIRED = "expired_product"
SOURCE_CONSENT = (
    "Informed consent before each course of treatment: UK JCCP/CPSA competency standards and "
    "US state cosmetology board rules; clinic suites (Aesthetic Record, Pabau) flag a missing "
    "consent before a treatment starts."
)
SOURCE_EXPIRY = (
    "Manufacturer's expiry date on the packaging: past it, sterility and stability of a "
    "product applied to needled skin are no longer guaranteed."
)

Span = tuple[date, date | None]  # given on, valid until (None: open-ended)


def consent_warning(day: date, treatment_consents: Sequence[Span]) -> GuidanceWarning | None:
    """A warning when no treatment consent holds on ``day`` (given by then, not past its end)."""
    if any(given <= day and (until is None or day <= until) for given, until in treatment_consents):
        return None
    if not treatment_consents:
        why, phrase = "There is no treatment consent on file for this client.", "consent_missing"
    elif all(given > day for given, _ in treatment_consents):
        why = "The client's treatment consent was given after this session's date."
        phrase = "consent_later"
    else:
        why, phrase = "The client's treatment consent on file has expired.", "consent_expired"
    return GuidanceWarning(
        RULE_CONSENT,
        f"{why} Take and record their consent before treating them.",
        SOURCE_CONSENT,
        phrase,
    )


def expiry_warnings(
    day: date, used: Sequence[tuple[str, str, date | None]]
) -> list[GuidanceWarning]:
    """One warning per product (name, lot, expiry) used on ``day`` past its expiry date."""
    out: list[GuidanceWarning] = []
    for name, lot, expires_on in used:
        if expires_on is None or day <= expires_on:
            continue
        what = f"{name}, lot {lot.strip()}" if lot.strip() else name
        out.append(
            GuidanceWarning(
                RULE_EXPIRED,
                f"{what} expired on {expires_on.isoformat()}, before this session "
                f"({day.isoformat()}). Do not use expired product on needled skin.",
                SOURCE_EXPIRY,
                "expired_product",
                params_of(product=name, lot=lot.strip(), expired_on=expires_on, day=day),
            )
        )
    return out
