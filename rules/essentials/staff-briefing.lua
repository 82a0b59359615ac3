-- essentials.staff-briefing: store and sales staff never heard about the price drop or promotion.

local lang, offers, channels = lib.lang, lib.offers, lib.channels

-- Where staff meet customers.
local PLACES = { "in-store", "in store", "in stores", "stores", "our shops", "shops", "branches", "showroom",
  "showrooms", "at the till", "tills", "counter", "counters", "sales team", "sales staff", "sales reps",
  "dealers", "resellers", "retail partners", "stockists", "franchisees", "shop floor", "store staff" }
-- Plan channels that mean staff meet customers.
local PLACE_CHANNELS = { "stores", "store", "retail", "in-store", "dealers", "sales" }
-- How to name the staff in a sentence.
local PLACE_NAMES = { ["sales team"] = "the sales team", ["sales staff"] = "the sales team", ["sales reps"] = "the sales team",
  sales = "the sales team", dealers = "partner shops", resellers = "partner shops", ["retail partners"] = "partner shops",
  stockists = "partner shops", franchisees = "partner shops", showroom = "the showrooms", showrooms = "the showrooms",
  counter = "the counters", counters = "the counters" }

local function first_place(plan, doc)
  local h = lang.first(doc, PLACES, lang.real_place)
  if h then return h end
  local c = channels.first(plan, PLACE_CHANNELS)
  if c then return { text = c } end
  return nil
end

return {
  id = "essentials.staff-briefing",
  title = "Staff first hear about the offer from customers",
  category = "communication",
  severity = 3, likelihood = 4,
  rationale = "Price and promotion changes reach the advert before the shop floor; contradicting answers at the till cost the sale and get posted online the same day.",
  triggers = offers.phrases(),
  wrong = "Customers arrive asking about the offer and the staff in front of them have not been told: they quote the old price, contradict the advert or each other, and turn customers away at the till.",
  causes = {
    "The briefing went out by email the evening before and was never read on the shop floor",
    "Part-time, weekend and agency staff were not on shift when the briefing was given",
    "Tills, shelf labels and the website switch at different times, so staff cannot check what the customer saw",
    "Nobody told staff the conditions: dates, eligible models, warranty, returns, and what to say to last week's buyers",
  },
  prevent = {
    "Send a one-page briefing with prices, dates, eligible products and conditions to every store and sales team at T-5d, and get each manager to confirm receipt",
    "Brief every shift in a five-minute huddle on launch morning, including part-time and weekend staff",
    "Put the five likeliest customer questions and their answers on the till screen or staff noticeboard",
    "Name a contact who can settle disputed prices on launch day and give every store the number",
  },
  respond = {
    "Acknowledge the confusion on social media and in store at once and state the correct terms in one short message",
    "Tell staff to honour the advertised price when in doubt and log each case, so no customer is turned away",
    "Phone every store manager with the corrected briefing and confirm each has passed it on to the shop floor",
    "Confirm in writing that the staff-briefing sign-off is now a launch checklist item with a named owner",
  },
  owner = { "sales", "marketing" },
  due = "T-3d",
  mitigated_by = { "staff briefing", "staff briefed", "briefing pack", "store briefing", "briefed all stores",
                   "store managers briefed", "sales team briefed" },
  check = function(plan, doc, hits)
    local pos = offers.real(doc, hits)
    if #pos == 0 then return nil end
    local place = first_place(plan, doc)
    if not place then return nil end
    local offer = offers.name(pos[1])
    local ev = { pos[1] }
    if place.line then ev[2] = place end
    return {
      evidence = ev,
      wrong = ("Customers arrive asking about the %s and the staff in %s have not been told: they quote the old price, contradict the advert or each other, and turn customers away at the till."):format(
        offer, PLACE_NAMES[lang.norm(place.text)] or "the stores"),
    }
  end,
}
