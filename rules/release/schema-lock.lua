-- release.schema-lock: a schema change, index build or backfill locks or overloads the live
-- database while customers use it. (Data loss and corruption are essentials.data-migration.)

local core = lib.core

local DDL = { "schema change", "schema changes", "alter table", "new index", "new indexes", "new indices",
  "add an index", "reindex", "re-index", "backfill", "backfills", "backfilling", "table lock", "table locks",
  "maintenance window", "read-only mode", "zero-downtime", "zero downtime", "online migration",
  "database upgrade", "major version upgrade", "new column", "new columns", "rebuild the index", "data backfill" }

return {
  id = "release.schema-lock",
  title = "The schema change locks or overloads the live database",
  category = "capacity",
  severity = 4, likelihood = 3,
  rationale = "Schema changes and backfills that take seconds on a test database lock hot tables or saturate disk and replicas for minutes to hours at production size; every request queues behind them and the whole service stalls, not just the new feature.",
  triggers = DDL,
  wrong = "The schema change or backfill locks or overloads the live database: requests queue behind a table lock, replicas fall behind, and the whole service slows or stops while customers are using it, not just the new feature.",
  causes = {
    "An ALTER TABLE or index build that rewrites or locks a large, busy table, tested only on a small staging copy",
    "A backfill runs as one huge transaction, or without throttling, and saturates disk, CPU and replication",
    "The change waits for a lock behind a long-running query, and every new query queues behind it",
    "The maintenance window is planned from the staging timing and overruns into opening hours",
  },
  prevent = {
    "Time the exact migration on a full-size copy of production under replayed load at T-7d and record lock times and replica lag",
    "Use online schema-change tools or concurrent index builds, and run backfills in small throttled batches that can be paused",
    "Set a lock timeout on the migration so it fails fast instead of queuing all traffic behind it",
    "Plan the window from the measured timing plus 50%, at the lowest-traffic hour, with a go/no-go checkpoint halfway",
  },
  respond = {
    "Post on the status page at once that the service is slow or unavailable and when the next update comes",
    "Kill the blocking migration or pause the backfill, and let traffic recover before deciding whether to resume",
    "Resume in smaller batches or in the next low-traffic window, watching lock waits and replica lag",
    "Confirm in writing to the launch lead the measured timings and the migration method required from now on",
  },
  owner = { "engineering", "it" },
  due = "T-7d",
  mitigated_by = { "timed on a production copy", "lock timeout", "throttled backfill", "online schema change" },
  check = function(plan, doc, hits) return core.fire(doc, hits) end,
}
