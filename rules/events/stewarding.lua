-- events.stewarding: a crowd event (festival, concert, street party, public screening, fan
-- event) with no stewards or security planned for entry, queues, alcohol and exits. Crowds at
-- a store's doors are capacity.store-opening-crowd.

local words = lib.words

-- Crowds that are big by nature: they fire even when the plan gives no numbers.
local BIG = { "festival", "music festival", "food festival", "free concert", "open-air concert", "street party",
  "block party", "fan zone", "fan park", "public screening", "big screen in the", "parade", "carnival",
  "fireworks display", "bonfire night" }
-- Crowds that may be small: they fire only when the plan expects at least CROWD_MIN people.
local MAYBE = { "concert", "gig", "fan event", "fireworks", "standing tickets", "general admission", "mosh pit",
  "silent disco", "rave", "club night", "after-party" }

local STEWARDED = { "stewards", "stewarding", "security staff", "security team", "door staff", "sia",
  "crowd management", "crowd manager", "event safety plan", "event management plan", "safety officer",
  "bag checks", "bag search", "marshals", "marshalling" }

local CROWD_MIN = 500 -- people at which a crowd needs trained stewards, not just helpers

return {
  id = "events.stewarding",
  title = "No stewards or security for the crowd",
  category = "safety",
  severity = 5, likelihood = 2,
  rationale = "Crowds build at entrances, bars and exits in minutes; without trained stewards and a written crowd plan, a surge, a fight or an evacuation has nobody to manage it, and the organiser carries the liability.",
  triggers = words.concat(BIG, MAYBE),
  wrong = "The crowd builds at the entrance, the bars or the exits and nobody is trained or placed to manage it: crushing at pinch points, fights, people climbing in without tickets, and no one to lead an evacuation.",
  causes = {
    "Stewarding was left to volunteers or bar staff with other jobs and no crowd training",
    "Numbers were estimated for a ticketed crowd while word of mouth brings walk-ups",
    "Alcohol, heat and late finishes raise the temperature at exactly the time staff are thinnest",
    "Exits, queuing lanes and barriers were never drawn on a site plan",
  },
  prevent = {
    "Write an event safety plan with a site map, capacities, entrances, exits and queue lanes, and share it with the venue and the local authority at T-4w",
    "Book licensed door staff and trained stewards from a contractor at a ratio agreed with the safety adviser (often 1 per 100, more at bars and exits) at T-4w",
    "Brief stewards on the evacuation signal, meeting point, radio channels and who can stop the show, on the day before doors open",
    "Agree with the police or council what they need to know and when, and name the event safety officer on duty",
  },
  respond = {
    "Stop entry or the show at once if a pinch point is overcrowded, and use the PA to give calm, specific instructions",
    "Open extra exits and move stewards to the pressure point; call emergency services early, not late",
    "Tell attendees afterwards what happened and what is changing, and record every incident in the log",
    "Review the safety plan with the stewarding contractor and confirm the changes in writing before the next event",
  },
  owner = { "events", "security", "operations" },
  due = "T-4w",
  mitigated_by = STEWARDED,
  check = function(plan, doc, hits)
    local pos = words.unhandled(plan, doc, hits, STEWARDED)
    if #pos == 0 then return nil end
    local n = words.headcount(plan, doc)
    if n and n < CROWD_MIN then return nil end
    if not n and not words.any(doc, BIG) then return nil end
    local size = n and ("of about %s people"):format(words.thousands(n)) or "of unknown size"
    return {
      evidence = pos,
      wrong = ("The plan brings a crowd %s (%s) and names no stewards or security: crushing at entrances and exits, fights at the bars, people getting in without tickets, and no one trained to lead an evacuation."):format(
        size, words.label(pos[1])),
    }
  end,
}
