-- events.first-aid: an event with children, physical activity or a large crowd has no first
-- aid cover, no lost-child point and no lost-property routine.

local words = lib.words

local KINDS = {
  { key = "children", what = "children", phrases = { "children", "kids", "family day", "family fun day",
      "families", "family-friendly", "under-5s", "under 5s", "toddlers", "school holidays" },
    extra = "Children get separated from their parents within the first hour at any crowded family event." },
  { key = "activity", what = "physical activity", phrases = { "fun run", "5k", "10k", "half marathon", "marathon",
      "race", "sports day", "obstacle course", "bouncy castle", "inflatables", "climbing wall", "bike ride",
      "cycle ride", "swim", "dance-off", "tug of war" },
    extra = "Sprains, falls, heat exhaustion and the occasional cardiac arrest come with physical activity." },
  { key = "crowd", what = "a large crowd", phrases = { "festival", "concert", "funfair", "street party",
      "carnival", "open day", "parade", "fireworks", "fair" },
    extra = "At crowds of a thousand, fainting, cuts, drink and drug problems and lost phones are routine every hour." },
}

local COVERED = { "first aid", "first-aid", "first aiders", "first-aiders", "first aider", "paramedic",
  "paramedics", "st john ambulance", "red cross", "medical team", "medical cover", "ambulance cover" }

local CROWD_MIN = 1000 -- a crowd alone needs planned first aid from about here

return {
  id = "events.first-aid",
  title = "No first aid, lost-child point or lost property at the event",
  category = "safety",
  severity = 4, likelihood = 3,
  rationale = "Injuries, fainting and lost children are routine at family, sport and crowd events; without a named first aider, a meeting point and a log, a minor incident becomes a search or a delayed ambulance.",
  triggers = words.phrases_of(KINDS),
  wrong = "Someone is hurt or taken ill, a child is lost, or a bag with keys and medication goes missing, and nobody knows who deals with it or where: help arrives late and the incident becomes the story of the day.",
  causes = {
    "First aid was assumed to be the venue's job and the venue assumed the organiser's",
    "No meeting point for lost children was announced, so parents search the whole site",
    "Stewards and volunteers do not know the venue's address for the ambulance or the nearest defibrillator",
    "Found items are handed to whoever is nearest and never logged",
  },
  prevent = {
    "Book first aid cover sized by a recognised guide (for example the Purple Guide) for the crowd and activities at T-4w, and mark the first aid point on the site map",
    "Set up a lost-child point with a named, DBS-checked person and announce it in guest information and from the stage",
    "Give every steward and volunteer the emergency procedure: venue address and what3words, defibrillator location, who calls the ambulance and who meets it",
    "Run a lost-property log at one desk and say where it is in the post-event email",
  },
  respond = {
    "Call emergency services at once for anything serious and send a steward to meet the ambulance at the gate",
    "For a lost child, close exits to the point of search, describe the child to stewards by radio, and never announce the name publicly",
    "Contact injured guests or the families involved the next day and record every incident in the log",
    "Review the incident log after the event and confirm first aid and lost-child arrangements for the next one in writing",
  },
  owner = { "events", "operations" },
  due = "T-4w",
  mitigated_by = COVERED,
  check = function(plan, doc, hits)
    if words.any(doc, COVERED) or not words.is_event(plan, doc) then return nil end
    local n = words.headcount(plan, doc)
    for _, k in ipairs(KINDS) do
      local found = {}
      for _, h in ipairs(words.found(doc, k.phrases)) do
        if not words.possessive(doc, h) then found[#found + 1] = h end
      end
      if #found > 0 and (k.key ~= "crowd" or (n and n >= CROWD_MIN)) then
        return {
          evidence = found,
          wrong = ("The event involves %s (%s) and the plan names no first aid, lost-child point or lost-property desk. %s When it happens, nobody knows who deals with it or where."):format(
            k.what, words.label(found[1]), k.extra),
        }
      end
    end
    return nil
  end,
}
