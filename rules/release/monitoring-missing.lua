-- release.monitoring-missing: nobody is watching the release: no alerts, no agreed numbers, no
-- one on call. Runs on every plan; fires only on a software release that names no monitoring.

local core, scope = lib.core, lib.scope

local WATCH = { "monitor", "monitors", "monitoring", "monitored", "alert", "alerts", "alerting", "on-call", "on call",
  "pager", "pagerduty", "error rate", "error rates", "crash-free", "crash rate", "crash reporting", "sentry",
  "datadog", "grafana", "new relic", "observability", "slo", "slos", "latency", "uptime check", "health check",
  "health checks", "metrics", "war room" }

return {
  id = "release.monitoring-missing",
  title = "Nobody sees the release failing until customers say so",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Most release failures are partial (one platform, one payment path, one region) and silent; without alerts on the new paths and a named person watching, support tickets and app reviews are the monitoring, hours late.",
  wrong = "The release fails for some customers and the team does not know: no alert covers the new features, nobody has agreed which numbers mean trouble, and the first signal is support tickets and one-star reviews hours later.",
  causes = {
    "Dashboards and alerts cover the old system; the new endpoints, jobs and screens have none",
    "Alerts go to a channel nobody watches, or to someone who is off on launch day",
    "Crash reporting is not set up in the new app build, or symbol files were not uploaded, so crashes cannot be read",
    "Background jobs (syncs, imports, emails) fail quietly without errors that any alert counts",
  },
  prevent = {
    "Agree at T-7d the numbers that mean trouble for this release (error rate, crash-free sessions, latency, failed jobs, sign-ups or orders per hour) and alert on each",
    "Name who watches the dashboards for the first four hours after each rollout step and who is on call for the next three days",
    "Trigger each alert once on staging before release to prove it reaches a person",
    "Upload symbol files and check a test crash appears in crash reporting from the release build",
  },
  respond = {
    "Acknowledge the problem on the status page as soon as it is confirmed, before the cause is known",
    "Pause the rollout and switch off the new feature while you find the cause",
    "Add the missing alert as part of the fix and check customers' data for anything the failure damaged",
    "Confirm in writing to the launch lead the monitoring now required before any release goes out",
  },
  owner = { "engineering", "it" },
  due = "T-7d",
  mitigated_by = { "alerts tested", "dashboards ready", "on-call rota" },
  check = function(plan, doc, hits)
    local rel = scope.release(plan, doc, 2)   -- rel[1] and rel[2] are used
    if #rel == 0 or core.mentions(doc, WATCH) then return nil end
    return { evidence = { rel[1], rel[2] } }
  end,
}
