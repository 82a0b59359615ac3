-- release.one-way-rollback: the plan relies on rolling back, but parts of the release cannot be
-- rolled back (app builds on phones, data written in a new format, messages sent, partners' code).

local core, scope = lib.core, lib.scope

-- Most telling first: the first one found is quoted in the item.
local ROLLBACK = { "switch affected accounts back", "switch them back", "switch back", "switched back",
  "back to the old version", "previous version", "roll back", "rolled back", "roll-back", "revert", "reverted",
  "downgrade", "kill switch", "pause the rollout", "rollback" }
local DATA = { "migration", "migrates", "migrated", "schema", "data format", "new format", "database", "ledger" }
local SENT = { "push notification", "push notifications", "release notes", "by email", "email to all", "newsletter" }
local PARTNER = { "api", "webhook", "webhooks", "integrations", "sdk", "partners" }

-- Each finder gives the first kept hit, or nil.
local function phrases(list)
  return function(plan, doc) return core.first(doc, list) end
end

-- The one-way parts of a release: how to find each in a plan, and what it means for a rollback.
local ONE_WAY = {
  { find = function(plan, doc) return scope.mobile(plan, doc)[1] end,
    says = "the new iOS and Android builds stay on customers' phones and must keep working against the old back end" },
  { find = phrases(DATA),
    says = "records created or changed in the new version after the switch must still be readable by the old one" },
  { find = phrases(SENT), says = "release messages already sent promise features the rollback takes away" },
  { find = phrases(PARTNER), says = "integrations that adapted to the new API break again" },
}

return {
  id = "release.one-way-rollback",
  title = "The rollback cannot undo the one-way parts of the release",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Rollback plans are written for the server code; app builds on phones, data written in the new format and messages already sent stay where they are, and they collide with the old version at the worst moment.",
  triggers = ROLLBACK,
  wrong = "The plan relies on rolling back, but parts of the release cannot be rolled back: when the old version comes back it meets new app builds, new data or promises already sent.",
  causes = {
    "Mobile builds cannot be withdrawn from phones: after a server rollback the new app talks to an old back end that does not understand it",
    "Records created or changed by the new version after the switch exist only in the new schema or format, and the old version cannot read them",
    "Release emails, push notifications and in-app messages describe features that vanish after the rollback",
    "Integrations and partners adapt to the new API the day it ships and break again when it is rolled back",
  },
  prevent = {
    "List every one-way step of the release (store builds, schema and data writes, messages, partner changes) and for each decide how the old version copes, at T-7d",
    "Rehearse the rollback on staging after creating new records with the new version, and check the old version can read and edit them",
    "Make the new app builds work against both the old and the new back end, and gate new features on a server flag",
    "Hold release emails and push notifications until the rollout has passed the step after which you would no longer roll back",
  },
  respond = {
    "Tell affected customers at once, on the status page and in the app, what the rollback changes for them and whether any work is at risk",
    "Freeze writes on the affected records or accounts while the two versions disagree",
    "Reconcile records created in the new version into the old format, or roll forward with a fix instead of back",
    "Confirm in writing to the launch lead the one-way steps found and how each is now made reversible",
  },
  owner = { "engineering" },
  due = "T-7d",
  mitigated_by = { "dual write", "dual-write", "backward compatible", "backwards compatible", "forward compatible",
                   "rollback rehearsed with new data" },
  check = function(plan, doc, hits)
    local rel = scope.release(plan, doc, 1)
    if #rel == 0 then return nil end
    local back = core.first(doc, ROLLBACK)   -- most telling first, not first in the text
    if not back then return nil end
    local parts, ev = {}, { back }
    for _, step in ipairs(ONE_WAY) do
      local h = step.find(plan, doc)
      if h then
        parts[#parts + 1] = step.says
        ev[#ev + 1] = h
      end
    end
    if #parts == 0 then return nil end
    local list = #parts == 1 and parts[1] or table.concat(parts, "; ", 1, #parts - 1) .. "; and " .. parts[#parts]
    return { evidence = ev,
      wrong = ("The plan relies on rolling back (\"%s\"), but parts of the release are one-way: %s."):format(back.text, list) }
  end,
}
