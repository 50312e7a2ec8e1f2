"""Storage: engine, models, migrations, snapshots, restore."""

BUSY_TIMEOUT_MS = 5000  # how long a statement waits for another connection's lock
