-- safety.delivery-crew: delivery and installation crews are hurt, or hurt customers, under the
-- launch peak.

local base = lib.base

-- Work that needs a certified installer, not a delivery driver: the words, then how to name it.
local CONNECTIONS = {
  { { "gas", "gas hob", "gas cooker", "boiler" }, "gas work" },
  { { "wiring", "hardwired", "electric shower", "electric hob", "induction hob" }, "electrical connection work" },
  { { "plumbed", "plumbing", "washing machine", "dishwasher" }, "plumbing work" },
  { { "wall-mounted", "wall mounting", "wall-mount", "fixed to the wall" }, "fixing to walls" },
}

-- Delivery phrases that say nothing about what is delivered.
local PARCEL = { ["home delivery"] = true, ["free delivery"] = true }
-- Goods that take a crew, not a courier.
local HEAVY = { "furniture", "sofa", "sofas", "armchair", "bed", "beds", "mattress", "mattresses", "wardrobe",
  "wardrobes", "appliance", "appliances", "cooker", "cookers", "range cooker", "fridge", "fridges", "freezer",
  "fridge freezer", "washing machine", "washing machines", "dishwasher", "tumble dryer", "oven", "hot tub",
  "treadmill", "piano", "television", "tvs", "boiler", "shed", "large items", "bulky", "heavy" }

return {
  id = "safety.delivery-crew",
  title = "Delivery or installation crews get hurt or hurt customers",
  category = "safety",
  severity = 4, likelihood = 3,
  rationale = "A launch peak sends more crews into more homes with heavier loads and tighter slots than usual; manual-handling injuries, lone-worker incidents and rushed connections rise with every extra drop per day.",
  triggers = { "home delivery", "free delivery", "two-person delivery", "2-person delivery", "delivered and installed",
               "free installation", "installation service", "installed by", "we install", "fitting service",
               "free fitting", "home visit", "home visits", "in-home", "engineer visit", "engineers visit",
               "take away your old", "remove your old", "collect your old", "old appliance removal",
               "assembly service", "room of choice", "unpack and install", "fixed to the wall by" },
  wrong = "Crews rushed by the launch peak carry heavy items alone or up stairs, work alone in strangers' homes, or make connections they are not qualified for: a crew member is injured, or a badly fitted appliance leaks, floods or catches fire.",
  causes = {
    "Crews and slots are planned for an ordinary week, so each crew has more drops and less time per home",
    "Heavy items are booked as one-person deliveries, and nobody asked about stairs or access",
    "Agency or subcontracted crews join for the peak without manual-handling or product training",
    "Connections that need a certified gas or electrical installer are done by delivery drivers to save a visit",
    "Nobody checks on crews working alone, and they have no right to leave a home where they feel unsafe",
  },
  prevent = {
    "Size crews and slots for the launch peak at T-14d and cap drops per crew per day",
    "Book a two-person crew for any item over the supplier's one-person weight limit or any delivery up stairs, and ask customers about stairs and access when they book",
    "Give agency and subcontracted crews the same manual-handling and product briefing before their first drop",
    "Use only certified installers for gas and electrical connections and check their registration cards",
    "Run a lone-worker check-in for every home visit and tell crews in writing they may leave any home where they feel unsafe",
  },
  respond = {
    "Look after an injured crew member first, stop the round, and tell the customer honestly why the delivery is delayed",
    "Send a certified installer at once to any home where a connection may be unsafe, and tell the customer not to use the appliance until then",
    "Record and report the incident as the law requires and review the crew's workload that day",
    "Confirm in writing the crew sizing, two-person and certified-installer rules for the next peak",
  },
  owner = { "operations" },
  due = "T-14d",
  mitigated_by = { "two-person crew", "2-person crew", "lone worker", "lone-worker", "gas safe", "certified installer" },
  check = function(plan, doc, hits)
    -- parcels are not a crew risk: plain delivery counts only for heavy or bulky goods
    local heavy = base.note(doc, { { HEAVY, true } })
    local keep = {}
    for _, h in ipairs(hits) do
      if heavy or not PARCEL[h.text:lower()] then keep[#keep + 1] = h end
    end
    local it = base.item(doc, keep, "The plan promises %s. Crews rushed by the launch peak carry heavy items alone or up stairs, work alone in strangers' homes, or make connections they are not qualified for: a crew member is injured, or a badly fitted appliance leaks, floods or catches fire.")
    local work = it and base.note(doc, CONNECTIONS)
    if work then
      it.wrong = it.wrong .. (" The plan involves %s, which needs a certified installer, not a delivery driver."):format(work)
    end
    return it
  end,
}
