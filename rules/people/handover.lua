-- people.handover: work changes hands during the launch (shifts, someone leaving or starting,
-- an interim lead) and the plan has no written handover.

local text = lib.text

local CHANGES_HANDS = { "takes over from", "taking over from", "take over from", "hands over to", "handing over to",
  "hand over to", "handed over to", "parental leave", "maternity leave", "paternity leave", "sabbatical",
  "new starter", "joins the team", "interim lead", "interim manager", "interim head", "acting lead",
  "acting head", "leaves the company", "leaving the company", "her last week", "his last week", "their last week",
  "night shift", "day shift", "early shift", "late shift", "shift change", "shift changes", "second shift",
  "in shifts", "two shifts", "three shifts", "relief crew", "relief team", "shift handover", "handover" }

local WRITTEN = { "handover notes", "handover note", "handover document", "handover doc", "written handover",
  "handover checklist", "handover log", "shift log", "handover sheet", "handover template", "runbook",
  "handover meeting", "handover call" }

-- "handover" alone is only a trigger when it is about people, not the product handed to customers.
local PRODUCT_HANDOVER = { "vehicle", "car", "keys", "customer", "customers", "delivery", "flat", "home", "house", "property" }

return {
  id = "people.handover",
  title = "Work changes hands mid-launch with no written handover",
  category = "people",
  severity = 3, likelihood = 3,
  rationale = "Shift changes and personnel changes in launch week are where open issues get lost: the person leaving knows, the person arriving does not, and customers get asked to start again.",
  triggers = CHANGES_HANDS,
  wrong = "Work changes hands during the launch and nothing is written down: open issues, promises to customers and half-done fixes leave with the person going off shift or leaving the team.",
  causes = {
    "Handovers are verbal, in a corridor, at the end of a long shift",
    "The person leaving or going on leave had the supplier contacts and open decisions in their own inbox",
    "The incoming person does not know what was already promised to customers or partners",
  },
  prevent = {
    "Write a one-page handover template (open issues, promises made, who to call, what not to touch) and make it part of the run sheet at T-7d",
    "Book a 15-minute overlap between outgoing and incoming people at every shift change and personnel change",
    "Keep one shared launch log that every shift writes in, not private notes or chat threads",
  },
  respond = {
    "When an issue is dropped at a handover, own it with the customer at once and give them a named person and a time",
    "Call the outgoing person to recover what was lost and add it to the launch log",
    "Confirm in writing that every handover uses the template and the overlap from now on",
  },
  owner = { "lead", "hr" },
  due = "T-7d",
  mitigated_by = WRITTEN,
  check = function(plan, doc, hits)
    if text.first(doc, WRITTEN) then return nil end
    local keep = {}
    for _, h in ipairs(text.positive(doc, hits)) do
      if text.name_of(h) ~= "handover" or not text.in_sentence(doc, h, PRODUCT_HANDOVER) then keep[#keep + 1] = h end
    end
    if #keep == 0 then return nil end
    return {
      evidence = keep,
      wrong = ("Work changes hands during the launch (%s) and the plan has no written handover: open issues, promises to customers and half-done fixes leave with the person going off shift or leaving."):format(text.name_of(keep[1])),
    }
  end,
}
