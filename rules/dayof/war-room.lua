-- dayof.war-room: the launch has decision points on the day (pause the rollout, roll back, stop
-- the cutover) but no launch channel, bridge or room where the signals arrive and someone decides.

local prose = lib.prose

-- Decisions the plan expects to take while the launch is running.
local DECISIONS = { "pause the rollout", "pause rollout", "halt the rollout", "stop the rollout", "roll back",
  "rollback", "roll-back", "kill switch", "feature flag", "cutover", "cut-over", "switch back", "switched back",
  "fall back to", "big bang", "go-live weekend", "migration weekend", "provided", "as long as", "if error rates",
  "if the error rate", "if crash", "abort" }

local ROOM = { "war room", "war-room", "launch channel", "launch room", "launch bridge", "bridge call",
  "incident channel", "command centre", "command center", "control room", "situation room", "slack channel",
  "teams channel", "hourly stand-up", "hourly standup", "status call", "launch call", "launch desk" }

return {
  id = "dayof.war-room",
  title = "No launch channel where problems arrive and decisions are made",
  category = "communication",
  severity = 3, likelihood = 3,
  rationale = "On launch day signals arrive in private chats, inboxes and phone calls to whoever people know; without one channel and one decider, a pause or rollback is decided late, or twice, and support learns of it from customers.",
  wrong = "The launch has decisions to take on the day (pause, roll back, switch over), but no single channel where the signals arrive and the decider is present: problems are reported in five places, the decision comes late, and support hears of it from customers.",
  causes = {
    "Each team watches its own dashboard and reports in its own chat",
    "Nobody wrote down who decides a pause or rollback, on which numbers",
    "Support, marketing and the stores are not in the loop, so they keep promising what engineering has just paused",
  },
  prevent = {
    "Open one launch channel (and a bridge line) at T-1d with engineering, support, marketing and the launch owner, and pin the run sheet, thresholds and contacts",
    "Write the decision rules in the channel: which numbers trigger a pause or rollback, and who decides",
    "Agree that every problem is reported in the channel first, and that support and marketing get every decision there within 15 minutes",
    "Schedule short check-ins at fixed times (for example launch +1h, +4h, end of day) until the rollout completes",
  },
  respond = {
    "When a threshold is crossed, call it in the channel, decide within the agreed time, and post the decision and the reason",
    "Tell customers publicly at once about any pause or rollback and what it means for them",
    "Post a written summary at the end of each launch day, and confirm the channel setup in writing for future launches",
  },
  owner = { "lead", "engineering", "product" },
  due = "T-1d",
  mitigated_by = ROOM,
  triggers = DECISIONS,
  check = function(plan, doc, hits)
    if prose.first(doc, ROOM) then return nil end
    local kept = prose.said(doc, DECISIONS)
    if #kept == 0 then return nil end
    -- "provided" and "as long as" are decisions only when a number stands in the sentence
    local ev = {}
    for _, h in ipairs(kept) do
      local t = prose.text_of(h)
      if (t ~= "provided" and t ~= "as long as") or (doc:sentence(h) or ""):find("%d") then ev[#ev + 1] = h end
    end
    if #ev == 0 then return nil end
    local shown = ev[1] -- the most telling decision, in DECISIONS order
    for i = #DECISIONS, 1, -1 do
      for _, h in ipairs(ev) do if prose.text_of(h) == DECISIONS[i] then shown = h end end
    end
    return {
      evidence = ev,
      wrong = ("The plan expects decisions while the launch runs (%s), but names no launch channel, bridge or room where the signals arrive and the decider is present: problems are reported in five places, the decision comes late, and support hears of it from customers."):format(
        prose.text_of(shown)),
    }
  end,
}
