-- people.volunteers: the day depends on volunteers, and nobody has reconfirmed them or kept
-- reserves: a share of those who said yes never turn up.

local text = lib.text

local VOLUNTEERS = { "volunteers", "volunteer", "volunteer team", "volunteer stewards", "student helpers", "helpers" }

local CONFIRMED = { "reconfirm", "reconfirmed", "re-confirm", "re-confirmed", "confirmed their shifts",
  "confirm their shifts", "reserve volunteers", "reserve list", "standby volunteers", "spare volunteers",
  "volunteers on standby", "volunteer reserves" }

local NO_SHOW_LOW, NO_SHOW_HIGH = 0.10, 0.20 -- share of committed volunteers who do not come on the day

local WORDNUM = { ten = 10, twelve = 12, fifteen = 15, twenty = 20, ["twenty-five"] = 25, thirty = 30,
  forty = 40, fifty = 50, sixty = 60, seventy = 70, eighty = 80, ninety = 90, hundred = 100 }

-- "Forty volunteers", "40 volunteers": the number of volunteers the plan counts on, or nil.
local function count(doc)
  local low = doc:text():lower()
  for w in low:gmatch("([%w%-]+) volunteers") do
    local n = tonumber(w) or WORDNUM[w]
    if n then return n end
  end
  return nil
end

return {
  id = "people.volunteers",
  title = "Volunteers do not turn up on the day",
  category = "people",
  severity = 3, likelihood = 4,
  rationale = "Volunteers are unpaid and committed weeks ahead; one in ten to one in five does not come on the day, and the gaps fall on the posts nobody wanted.",
  triggers = VOLUNTEERS,
  wrong = "The day depends on volunteers, and some of those who said yes do not turn up: posts are empty at the busiest moment and paid staff abandon their own jobs to fill them.",
  causes = {
    "Volunteers signed up weeks ago and were never asked to reconfirm in launch week",
    "Illness, childcare, transport or a better offer on the day, with no obligation to come",
    "Nobody holds a reserve list, so each no-show is a post left empty",
    "Volunteers do not know their shift times or where to report, so they arrive late or at the wrong door",
  },
  prevent = {
    "Ask every volunteer to reconfirm their shift by reply at T-3d and chase every non-reply by phone at T-2d",
    "Recruit 15-20% more volunteers than posts and keep the extra as a named reserve list with phone numbers",
    "Send each volunteer their post, shift time, where to report and whom to call, and a reminder the evening before",
    "Rank the posts by importance so the volunteer lead knows which to fill first on the day",
  },
  respond = {
    "At the report time, count who is there, call the reserves for the gaps and move volunteers from low-priority posts",
    "Tell guests plainly if a service is slower (for example the cloakroom) rather than leave a post unstaffed without notice",
    "Thank the volunteers who came, note the no-show rate, and confirm the reserve margin for next time in writing",
  },
  owner = { "events", "hr", "lead" },
  due = "T-3d",
  mitigated_by = CONFIRMED,
  check = function(plan, doc, hits)
    local pos = text.unhandled(doc, hits, CONFIRMED)
    if #pos == 0 then return nil end
    local n = count(doc)
    local wrong
    if n then
      wrong = ("The day depends on %d volunteers, with no reconfirmation or reserve list in the plan. Typically %d-%d%% of volunteers who said yes do not come on the day: expect %d to %d empty posts, most likely at the busiest moment."):format(
        n, math.floor(NO_SHOW_LOW * 100), math.floor(NO_SHOW_HIGH * 100),
        math.max(1, math.floor(n * NO_SHOW_LOW + 0.5)), math.max(1, math.floor(n * NO_SHOW_HIGH + 0.5)))
    end
    return { evidence = pos, wrong = wrong }
  end,
}
