-- release.launch-day-config: the launch itself is a feature-flag or configuration change made in
-- production on the day.

local core = lib.core

local SWITCH = { "switch on", "switched on", "switches on", "turn on", "turned on", "turns on", "enable",
  "enabled", "enables", "activate", "activated", "activates", "flip", "flipped", "flips", "unhide", "go live",
  "goes live" }
local CONFIG = { "feature flag", "feature flags", "flag", "flags", "feature toggle", "toggle", "remote config",
  "config", "configuration", "settings change", "dark launch", "dark-launched", "dark launched" }

return {
  id = "release.launch-day-config",
  title = "The launch is a feature-flag or config change made live on the day",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Flags and config are changed in production with less review than code and take effect everywhere at once; a wrong targeting rule or value is the most common cause of launch-day outages in companies that dark-launch.",
  triggers = SWITCH,
  wrong = "The feature goes live through a flag or configuration change in production on launch day: a wrong value or targeting rule switches it on for everyone, for the wrong customers, or switches something else off.",
  causes = {
    "The targeting rule is edited by hand in the flag tool on the day: 100% instead of 5%, the wrong segment, or the wrong environment",
    "Production config differs from staging (limits, keys, endpoints), so the switched-on feature meets settings nobody tested",
    "The flag service or remote config is unreachable and the app falls back to a default nobody chose",
    "Apps cache remote config for hours, so switching the feature off again does not take effect when you need it",
    "Nobody reviews config changes the way code is reviewed, and nobody logs who changed what",
  },
  prevent = {
    "Write the exact flag and config changes for launch day (flag, environment, rule, value, who, when) at T-3d and have a second engineer review them",
    "Rehearse the switch-on and the switch-off on staging with production-like targeting and time how fast the off-switch takes effect in the apps",
    "Set and test a safe default for when the flag service cannot be reached",
    "Switch on at a quiet hour before the announcement with the on-call engineer watching, not at the moment of the announcement",
  },
  respond = {
    "Acknowledge the problem on the status page at once and say which customers are affected",
    "Switch the flag off or restore the previous config from the change log, and confirm the apps picked it up",
    "Fix the targeting or value, re-enable for a small cohort and watch error rates before widening",
    "Confirm in writing to the launch lead the review and logging rule now applied to production flag and config changes",
  },
  owner = { "engineering", "product" },
  due = "T-3d",
  mitigated_by = { "flag change reviewed", "config change reviewed", "change log", "switch-off rehearsed" },
  check = function(plan, doc, hits)
    for _, h in ipairs(core.kept(doc, hits)) do
      local s = (doc:sentence(h) or ""):lower()
      for _, c in ipairs(CONFIG) do
        if lib.word.framed(s, c, "%a") then
          local cfg = doc:find(c)[1]
          return { evidence = { h, cfg } }
        end
      end
    end
    return nil
  end,
}
