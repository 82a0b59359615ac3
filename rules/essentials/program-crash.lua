-- essentials.program-crash: the software, app or update being released crashes, with no way back.

local lang = lib.lang

local ROLLBACK = { "rollback", "roll back", "roll-back", "kill switch", "feature flag", "feature flags" }

return {
  id = "essentials.program-crash",
  title = "The new version crashes and there is no way back",
  category = "technical-failure",
  severity = 5, likelihood = 3,
  rationale = "Release-day crashes are common because real devices and real data differ from test; without a rehearsed rollback a bad build stays live for hours or days.",
  triggers = { "new version", "app update", "app updates", "software update", "software updates", "firmware update",
               "firmware", "release notes", "staged rollout", "phased rollout", "gradual rollout", "percentage rollout",
               "mobile app", "desktop app", "ios app", "android app", "our app", "the app", "new release",
               "this release", "new build", "hotfix", "beta", "app store", "google play", "play store" },
  wrong = "The new version crashes or has a critical bug for some users (older phones, real data, one payment path), and there is no tested way back to the previous version.",
  causes = {
    "A crash that happens only on older OS versions, low-memory devices or real customer data never seen in testing",
    "Configuration or feature flags differ between staging and production",
    "The rollback was never rehearsed, or a database change makes the old version unusable",
    "Crash reporting is not wired up, so the team learns of the crash from app-store reviews",
  },
  prevent = {
    "Run the release candidate on the oldest supported OS and device models and on a copy of production data at T-7d",
    "Rehearse the rollback (or the kill switch behind a feature flag) on staging and time it before go/no-go",
    "Release to a small percentage first, with crash-rate and error-rate thresholds that pause the rollout automatically",
    "Hold a go/no-go meeting at T-1d with named sign-off from engineering, support and product",
  },
  respond = {
    "Post on the status page and in the app at once that you know about the crash and when the next update is due",
    "Pause the rollout and roll back or switch off the feature flag; withdraw the build from the app stores if needed",
    "Ship a fixed build through expedited store review and tell affected users how to recover their data",
    "Write the post-incident review with the root cause and the test that now catches it, and confirm it to the launch lead in writing",
  },
  owner = { "engineering", "it" },
  due = "T-7d",
  mitigated_by = { "rollback tested", "rollback rehearsed", "rehearsed the rollback", "tested the rollback",
                   "crash-rate threshold", "crash rate threshold" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(lang.positive(doc, hits)) do
      -- "the app" in "the App Store" is the store, already a hit of its own
      local _, after = lang.around(doc, h, 8)
      if not (h.text:lower():match("app$") and after:lower():match("^%s*store")) then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    local wrong
    if lang.any(doc, ROLLBACK) then
      wrong = "The new version crashes or has a critical bug for some users (older phones, real data, one payment path), and the rollback the plan relies on has not been shown to work under pressure."
    end
    return { evidence = pos, wrong = wrong }
  end,
}
