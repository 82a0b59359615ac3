-- events.no-shows: free or RSVP registration, where a third to a half of sign-ups do not come,
-- or a plan to overbook that turns ticket-holders away when turnout is high.

local words = lib.words

local FREE_SIGNUP = { "free to attend", "free registration", "register for free", "free to register",
  "free tickets", "free ticket", "free places", "free event", "rsvp", "r.s.v.p", "register your place",
  "reserve your place", "reserve a place", "limited places", "places are limited", "limited spaces",
  "spaces are limited", "limited seats", "seats are limited" }
local OVERBOOK = { "overbook", "overbooked", "overbooking", "over-book", "over-booked", "over-booking" }

local HANDLED = { "refundable deposit", "deposit", "no-show fee", "no-show rate", "reminder emails",
  "reminder email", "reconfirm", "reconfirmation", "release unclaimed", "waiting list", "waitlist" }

local NO_SHOW_FREE = "30-50%"
local NO_SHOW_PAID = "5-10%"

return {
  id = "events.no-shows",
  title = "Sign-ups do not turn up, or overbooking turns ticket-holders away",
  category = "capacity",
  severity = 3, likelihood = 4,
  rationale = "Free and RSVP events routinely lose a third to a half of sign-ups on the day; the usual fix, overbooking, fails the other way on the one day turnout is high.",
  triggers = words.concat(FREE_SIGNUP, OVERBOOK),
  wrong = "Registrations do not match turnout: a free event loses " .. NO_SHOW_FREE .. " of sign-ups on the day, leaving empty seats in front of speakers and sponsors, while people who were told it was full stay away; or the event is overbooked and ticket-holders are turned away.",
  causes = {
    "A free ticket costs nothing to claim and nothing to waste",
    "Registration closed weeks early as 'full', and nobody released the places of people who would not come",
    "Overbooking was set from another event's no-show rate, and this time the weather was good",
  },
  prevent = {
    "Set the registration cap from a stated no-show rate (" .. NO_SHOW_FREE .. " free, " .. NO_SHOW_PAID .. " paid) and write the assumption in the plan at T-4w",
    "Send a reminder at T-3d asking people to release their place, and again on the morning with the door time",
    "Keep a waiting list and release unclaimed places to it at T-2d",
    "Decide in advance what happens at the door if everyone turns up: overflow room, stream, or priority by registration time",
  },
  respond = {
    "If the room is full, say so at once at the door and online, and offer the overflow space or a recording",
    "Apologise in writing to anyone turned away and give them first access to the next event",
    "Record registrations against real turnout and confirm the no-show rate used for the next event in writing",
  },
  owner = { "events", "marketing" },
  due = "T-14d",
  mitigated_by = HANDLED,
  check = function(plan, doc, hits)
    local over = words.found(doc, OVERBOOK)
    if #over > 0 then
      return {
        evidence = over,
        wrong = "The plan overbooks: on a day when turnout is high, people holding a confirmed place are turned away at the door, and it is the ticket-holders who post about it.",
      }
    end
    if words.any(doc, HANDLED) then return nil end
    local free = words.found(doc, FREE_SIGNUP)
    if #free == 0 or not words.is_event(plan, doc, true) then return nil end
    local n = words.headcount(plan, doc)
    local tail = ""
    if n then
      tail = (" For %s sign-ups, expect only %s to %s people in the room."):format(words.thousands(n),
        words.thousands(n * 0.5), words.thousands(n * 0.7))
    end
    return {
      evidence = free,
      wrong = ("Places are free or reserved by RSVP (%s): typically %s of sign-ups do not come, so the room looks half-empty to speakers and sponsors while people who were told it was full stay away.%s"):format(
        words.label(free[1]), NO_SHOW_FREE, tail),
    }
  end,
}
