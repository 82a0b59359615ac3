-- release.no-canary: the new version goes to every user at once, with no canary or staged step.

local core, scope = lib.core, lib.scope

local STAGED = { "staged rollout", "phased rollout", "phased release", "gradual rollout", "percentage rollout",
  "canary", "canaries", "canary release", "pilot group", "pilot customers", "beta group", "early access",
  "dark launch", "in waves", "in stages", "cohort", "cohorts", "feature flag", "feature flags", "ring 0",
  "internal users first", "staff first", "rolled out gradually", "rolling out gradually", "staged release" }

return {
  id = "release.no-canary",
  title = "Every user gets the new version at once",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "A big-bang release turns any bug that testing missed into an incident for every customer at once; a canary of a few percent finds it with a fraction of the damage, and costs a day.",
  wrong = "The release goes to every user at the same moment: a bug that testing missed hits all customers at once, and the first warning is the support queue.",
  causes = {
    "The deployment tool or app store release is set to 100% because staging looked fine",
    "There is no way to route a subset of users or accounts to the new version",
    "Nobody defined the numbers (error rate, crash-free sessions, latency, support tickets) that would stop the rollout",
    "The release was planned for the announcement moment, so marketing wants everyone on it at once",
  },
  prevent = {
    "Release first to staff accounts, then to 1-5% of users for at least 24 hours, then in steps, and write the steps and dates in the release plan at T-7d",
    "Write down the stop criteria for each step (error rate, crash-free sessions, p95 latency, support tickets per hour) and who decides",
    "Switch on phased release in App Store Connect and a staged rollout in Google Play for mobile builds",
    "Announce to customers when the rollout reaches 100%, not on the day it starts",
  },
  respond = {
    "Post on the status page at once what is affected and that the rollout is paused",
    "Stop the rollout and move users back to the previous version or switch the feature off",
    "Fix forward on a small cohort first, watching the same stop criteria, before resuming",
    "Confirm in writing to the launch lead the staged-rollout steps that are now the standard for every release",
  },
  owner = { "engineering", "product" },
  due = "T-7d",
  mitigated_by = { "canary", "staged rollout", "phased rollout", "percentage rollout" },
  check = function(plan, doc, hits)
    local rel = scope.release(plan, doc, 2)   -- rel[1] and rel[2] are used
    if #rel == 0 then return nil end
    if core.mentions(doc, STAGED) or doc:text():find("%d%s*%%%s+of%s+%a+") then return nil end
    local wrong
    if core.mentions(doc, { "firmware", "firmware update" }) then
      wrong = "The firmware update goes to every device at the same moment: a fault that testing missed can leave every unit unusable at once, and devices cannot always be updated again remotely."
    end
    return { evidence = { rel[1], rel[2] }, wrong = wrong }
  end,
}
