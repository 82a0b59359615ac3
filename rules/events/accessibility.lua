-- events.accessibility: the venue has a known barrier (stairs, an old building, a boat, a field)
-- and the plan says nothing about step-free access, accessible toilets or hearing support.

local words = lib.words

-- Named barriers. accessibility.venue-access leaves plans with these words to this rule, so the
-- two lists must stay the same.
local BARRIERS = { "stairs", "staircase", "no lift", "basement", "cellar", "cellars", "rooftop", "roof terrace",
  "listed building", "historic building", "historic venue", "first floor", "second floor", "third floor",
  "upstairs", "mezzanine", "vaults", "crypt", "on a boat", "on the boat", "boat party", "riverboat", "castle",
  "in a field", "on the beach", "cobbled", "cobbles", "woodland", "in the woods", "standing only" }

-- "Castle" that is not a building: a bouncy castle, or a street or venue name ("Castle Street").
local NOT_A_BUILDING_BEFORE = { bouncy = true, inflatable = true }
local NOT_A_BUILDING_AFTER = { street = true, road = true, lane = true, avenue = true, square = true, hill = true,
  way = true, place = true, gate = true, quay = true, park = true, court = true, row = true, close = true }

local function real_barrier(doc, hit)
  if hit.text:lower() ~= "castle" then return true end
  local s = (doc:sentence(hit) or ""):lower()
  local at = s:find("castle", 1, true)
  if not at then return true end
  local before = s:sub(1, at - 1):match("(%a+)%s*$")
  local after = s:sub(at + 6):match("^%s*(%a+)")
  return not (before and NOT_A_BUILDING_BEFORE[before]) and not (after and NOT_A_BUILDING_AFTER[after])
end

local ACCESS = { "step-free", "step free", "wheelchair", "wheelchairs", "accessible", "accessibility",
  "lift", "ramp", "ramps", "hearing loop", "induction loop", "bsl", "access statement", "access needs",
  "blue badge", "quiet room", "seating on request", "carers go free", "companion tickets" }

return {
  id = "events.accessibility",
  title = "Guests with access needs cannot get in or take part",
  category = "accessibility",
  severity = 3, likelihood = 3,
  rationale = "One in five people has a disability, and venues with stairs, old buildings and outdoor ground exclude them by default; the organiser usually learns of it when a guest is stuck at the bottom of the steps.",
  triggers = BARRIERS,
  wrong = "A guest who uses a wheelchair, cannot manage stairs, or has a hearing or sight impairment arrives and cannot get in, reach the toilets or follow the programme, in front of other guests.",
  causes = {
    "Nobody asked the venue for its access statement, or checked the route from drop-off to seat",
    "Access needs were never asked at booking, so nothing was prepared for the guests who have them",
    "Temporary layouts (stages, cables, tables, queuing barriers) block the step-free route on the night",
  },
  prevent = {
    "Get the venue's access statement and walk the route from drop-off and car park to entrance, seats, bar and toilets at T-4w",
    "Ask for access needs at booking and confirm the arrangements with each guest at T-7d",
    "Publish access information (step-free route, accessible toilets, hearing loop, seating, assistance dogs) with the tickets",
    "Brief stewards on the step-free route and the evacuation plan for guests who cannot use stairs",
  },
  respond = {
    "Help the guest in at once by the best available route, with their consent, and apologise plainly",
    "Move the part of the programme they came for to an accessible space if you can, or refund without question",
    "Follow up personally after the event and confirm in writing what changes for the next one",
  },
  owner = { "events", "operations" },
  due = "T-4w",
  mitigated_by = ACCESS,
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(words.unhandled(plan, doc, hits, ACCESS)) do
      if real_barrier(doc, h) then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    return {
      evidence = pos,
      wrong = ("The venue has a likely barrier (%s) and the plan says nothing about step-free access, accessible toilets or hearing support: a guest who cannot manage stairs or hear the PA arrives and cannot get in or take part, in front of everyone."):format(words.label(pos[1])),
    }
  end,
}
