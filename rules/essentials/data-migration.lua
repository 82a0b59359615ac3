-- essentials.data-migration: the data migration shipped with the release fails or corrupts records.

local lang = lib.lang

return {
  id = "essentials.data-migration",
  title = "The data migration fails or corrupts records",
  category = "data-quality",
  severity = 5, likelihood = 2,
  rationale = "A failed migration damages customer data, which is far harder to undo than code; it is rarer than a crash but the worst day a release can have.",
  triggers = { "migration", "migrations", "data migration", "migrate", "migrates", "migrating", "migrated",
               "schema change", "schema changes", "database upgrade", "data conversion", "import your data" },
  wrong = "The data migration that ships with the release fails or silently corrupts records: customers log in to missing or wrong data, and the old version can no longer read the database.",
  causes = {
    "The migration was tested on a small staging database, not on production size and real edge cases",
    "It runs longer than the maintenance window and locks tables while customers are using the service",
    "It cannot be reversed, so rolling back the app does not roll back the data",
    "Nobody compares record counts before and after, so customers notice the damage first",
  },
  prevent = {
    "Run the migration on a restored copy of production at T-7d and time it against the maintenance window",
    "Take a backup immediately before the migration and prove it by restoring it to a spare database",
    "Write and rehearse a reverse migration or a restore procedure",
    "Compare record counts and checksums before and after and block the rollout if they differ",
  },
  respond = {
    "Acknowledge the data problem on the status page at once and say whether customer data is safe",
    "Stop the rollout and the migration jobs and put affected accounts in read-only mode",
    "Restore the affected records from the backup and re-run the corrected migration",
    "Confirm in writing to the launch lead the root cause, the affected accounts and the new migration test",
  },
  owner = { "engineering", "it" },
  due = "T-7d",
  mitigated_by = { "migration rehearsed", "rehearsed the migration", "restore tested", "tested restore",
                   "tested the restore", "migration dry run", "dry run of the migration" },
  check = function(plan, doc, hits)
    local pos = lang.positive(doc, hits)
    if #pos == 0 then return nil end
    return { evidence = pos }
  end,
}
