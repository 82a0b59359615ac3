-- release.status-page: there is no status page or prepared incident message, so when the release or
-- its maintenance goes wrong customers learn it from each other. Runs on every plan: fires on a
-- maintenance window or downtime, or on a software release for many customers, when no status page
-- is named.

local core, scope = lib.core, lib.scope

local DOWN = { "maintenance window", "scheduled maintenance", "planned maintenance", "downtime", "offline for",
  "will be unavailable", "temporarily unavailable", "read-only mode", "service interruption" }
local STATUS = { "status page", "status site", "statuspage", "incident page", "service status", "system status" }
local PEOPLE = { "customers", "users", "accounts", "subscribers", "members" }

return {
  id = "release.status-page",
  title = "No status page or prepared message for an incident",
  category = "communication",
  severity = 3, likelihood = 3,
  rationale = "In an incident the first hour decides how customers judge it; without a status page and a prepared message, support answers one by one, social media fills the gap, and engineers are interrupted for updates.",
  wrong = "When the release or its maintenance goes wrong, customers have nowhere to look: there is no status page or prepared message, support answers the same question hundreds of times, and social media decides the story.",
  causes = {
    "The release plan covers the technical steps but not who tells customers what, and where",
    "The status page is hosted on the same infrastructure that fails, or nobody has its login",
    "Messages are written under pressure during the incident, and engineers are asked for updates instead of fixing",
    "A planned maintenance window is announced only in an email most customers never open",
  },
  prevent = {
    "Set up a status page hosted independently of your own infrastructure and link it from the app, help centre and login page at T-7d",
    "Write the first incident message, the update template and the all-clear in advance, and name who may post them",
    "Announce any maintenance window at least a week ahead on the status page, in the app and by email, with the time zone",
    "Agree update intervals (every 30 minutes during an incident) and who gives engineers' news to support",
  },
  respond = {
    "Post on the status page within 15 minutes of a confirmed problem what is affected and when the next update comes",
    "Give support the same text and a short answer to paste, and pin it on social media",
    "Post updates at the promised intervals until resolved, then the all-clear with what customers need to do",
    "Confirm in writing to the launch lead the incident-communication steps and owners for the next release",
  },
  owner = { "support", "engineering", "marketing" },
  due = "T-7d",
  mitigated_by = { "status page", "incident template", "incident message prepared" },
  check = function(plan, doc, hits)
    if core.mentions(doc, STATUS) or doc:text():lower():find("%f[%w]status%.[%w%-]+%.%a") then return nil end
    for _, c in ipairs(plan.channels or {}) do
      if c == "status-page" or c == "status page" then return nil end
    end
    local down = core.seen(doc, DOWN)
    if #down > 0 then return { evidence = down } end
    local rel = scope.release(plan, doc, 1)   -- rel[1] is used
    if #rel == 0 then return nil end
    local big = (plan.audience.expected or 0) >= 1000
    local who = core.first(doc, PEOPLE)
    if not big and not who then return nil end
    return { evidence = { rel[1], who } }
  end,
}
