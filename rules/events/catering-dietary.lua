-- events.catering-dietary: the event serves food and nobody collects guests' allergies and
-- dietary needs, or passes them to the kitchen and the servers.

local words = lib.words

-- Plated meals: each guest's needs must reach a named plate.
local PLATED = { "three-course dinner", "three course dinner", "three-course meal", "sit-down dinner",
  "sit-down meal", "seated dinner", "gala dinner", "dinner", "lunch", "luncheon", "banquet", "breakfast",
  "afternoon tea", "brunch", "tasting menu" }
-- Self-service and stalls: allergens must be labelled.
local STALLS = { "buffet", "canapés", "canapes", "bowl food", "street food", "food vans", "food trucks",
  "food stalls", "hog roast", "barbecue", "bbq", "catering", "refreshments" }

local HANDLED = { "dietary requirements", "dietary needs", "dietary requests", "dietary information",
  "allergies", "allergy", "allergens", "allergen", "food intolerances" }

return {
  id = "events.catering-dietary",
  title = "A guest's allergy or dietary need is missed",
  category = "safety",
  severity = 4, likelihood = 3,
  rationale = "About one guest in ten has a dietary need and a few have severe allergies; when needs are not collected at booking they reach the kitchen as guesses, and one wrong plate can be an ambulance.",
  wrong = "Guests' allergies and dietary needs are never collected or never reach the kitchen and servers: someone is served what they cannot eat, and in the worst case has an allergic reaction at the table.",
  causes = {
    "The booking form or table booking never asks for dietary needs, or asks only the lead booker",
    "Needs are collected but sent to the caterer late or in a format that does not say which seat",
    "Servers cannot tell which plate is which, and the caterer's allergen list is not at the venue",
    "Street food traders and bar snacks are outside the caterer's allergen controls",
  },
  prevent = {
    "Ask every guest (not only the lead booker) for dietary needs and allergies at booking, and chase missing answers at T-14d",
    "Send the caterer a final list by name and table at T-7d and get their written confirmation of each special meal",
    "Mark special meals with the guest's name or seat card, and brief servers before service on who they are",
    "Get the allergen matrix for every dish from the caterer and every trader, and have it at the venue",
    "Make sure first aiders know where guests' adrenaline auto-injectors are and how to call an ambulance to the venue",
  },
  respond = {
    "If a guest reacts, call the emergency number at once, use their auto-injector if they have one and send someone to meet the ambulance",
    "Stop serving the suspect dish, keep a sample and the packaging, and inform the caterer",
    "Contact the guest personally the next day, and report the incident to the caterer and, where required, the local authority",
    "Confirm in writing that dietary collection per guest and the allergen check are part of every event's booking process",
  },
  owner = { "events", "operations" },
  due = "T-14d",
  mitigated_by = HANDLED,
  triggers = words.concat(PLATED, STALLS),
  check = function(plan, doc, hits)
    local pos = words.unhandled(plan, doc, hits, HANDLED)
    if #pos == 0 then return nil end
    local stalls = words.any(doc, STALLS)
    if stalls and not words.any(doc, PLATED) then
      return {
        evidence = { stalls },
        wrong = ("The event serves food from stalls or self-service (%s) and the plan says nothing about allergen information: guests cannot tell what is in the food, traders' staff guess when asked, and someone with an allergy eats the wrong thing."):format(words.label(stalls)),
      }
    end
    local food = words.label(pos[1])
    local n = words.headcount(plan, doc)
    local who = n and ("%s guests"):format(words.thousands(n)) or "guests"
    local tables = words.any(doc, { "tables of ten", "tables of 10", "tables of eight", "tables of 8",
      "table of ten", "table of 10", "book a table", "tables can be booked" })
    local extra = ""
    if tables then
      extra = (" Where whole tables are booked (%s), only the lead booker is asked anything, so the other guests' needs are never collected."):format(words.label(tables):lower())
    end
    return {
      evidence = tables and { pos[1], tables } or pos,
      wrong = ("The event serves food (%s) to %s and the plan does not say how allergies and dietary needs are collected or passed to the kitchen: someone is served what they cannot eat, and in the worst case has an allergic reaction at the table.%s"):format(
        food, who, extra),
    }
  end,
}
