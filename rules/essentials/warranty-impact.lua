-- essentials.warranty-impact: what the offer or registration does to the warranty is unclear.

local lang, offers = lib.lang, lib.offers

local PROMO = offers.phrases()
local WARRANTY = { "warranty", "warranties", "guarantee", "guarantees" }
local AS_IS = { "ex-display", "ex display", "refurbished", "open-box", "open box", "clearance", "b-grade", "graded stock" }
local REGISTER = { "register", "registers", "registration", "registered", "registering", "sign up", "sign-up" }
local EXTENDED = { "extended warranty", "extended warranties", "extra year", "extra years", "additional year",
  "additional years", "year warranty", "year guarantee", "years' warranty", "year extended" }
-- The plan already says what happens to the warranty.
local CLEAR = { "warranty is unchanged", "warranty terms are unchanged", "warranty is unaffected",
  "full warranty applies", "full manufacturer warranty applies", "warranty applies in full",
  "same warranty as", "warranty terms are attached", "warranty terms are published" }

local function hits_of(doc, phrases, only_positive)
  local out = {}
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      if not only_positive or not lang.negated(doc, h) then out[#out + 1] = h end
    end
  end
  return out
end

-- hits_of(doc, phrases, only_positive)[1], without reading the phrases after it.
local function first_of(doc, phrases, only_positive)
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      if not only_positive or not lang.negated(doc, h) then return h end
    end
  end
  return nil
end

return {
  id = "essentials.warranty-impact",
  title = "Nobody can say what the offer does to the warranty",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "Warranty questions arrive months after the launch, when nobody remembers what was promised; unclear cover for discounted, ex-display or registered units becomes refunds and complaints.",
  triggers = { "warranty", "warranties", "guarantee", "guarantees", "ex-display", "ex display", "refurbished",
               "open-box", "open box", "clearance", "b-grade" },
  wrong = "The plan does not say what the offer does to the warranty: staff promise cover that the terms do not give, and customers who come back with a fault are refused.",
  causes = {
    "The extended-warranty terms (eligible models, registration deadline, proof of purchase) are not written down when the campaign goes out",
    "Ex-display and clearance units are sold under the same labels as new stock",
    "Staff and operators tell customers different things about cover and returns",
    "The manufacturer or warranty provider has not agreed to cover promotional or registered units",
  },
  prevent = {
    "Write the warranty terms for discounted, ex-display and registered units in one paragraph and get legal and the manufacturer to sign it off by T-14d",
    "Print the registration deadline and the proof-of-purchase rule on the shelf label, the receipt and the form",
    "Label ex-display and clearance units with their warranty cover at the shelf and on the receipt",
    "Add the warranty answer to the staff briefing and the hotline FAQ",
  },
  respond = {
    "Acknowledge the unclear wording publicly at once and state the cover customers will get",
    "Apply the most generous reading for customers who already bought, and log every case",
    "Correct the terms, labels and FAQ in every channel the same day",
    "Confirm the agreed warranty wording with legal and the warranty provider in writing and file it with the campaign terms",
  },
  owner = { "product", "legal", "lead" },
  due = "T-14d",
  mitigated_by = { "warranty terms agreed", "warranty terms signed off", "warranty wording approved" },
  check = function(plan, doc, hits)
    if first_of(doc, CLEAR, false) then return nil end
    local warranty = first_of(doc, WARRANTY, true)
    local as_is = first_of(doc, AS_IS, true)
    local promo = offers.real(doc, hits_of(doc, PROMO, false))
    local extended = warranty and first_of(doc, EXTENDED, true)
    local register = warranty and first_of(doc, REGISTER, true)
    local parts, ev = {}, {}
    if extended and register then
      parts[#parts + 1] = "Customers are offered an extended warranty by registering, but the plan does not say who qualifies, by when they must register or what they need to prove the purchase"
      ev[#ev + 1] = extended
    elseif extended then
      parts[#parts + 1] = "The plan offers extra warranty cover but does not say who qualifies, what customers must do to get it or who pays for repairs in the extra years"
      ev[#ev + 1] = extended
    end
    if as_is then
      parts[#parts + 1] = ("The plan sells %s units but does not say whether they carry the full warranty and returns rights"):format(as_is.text:lower())
      ev[#ev + 1] = as_is
    end
    if #parts == 0 and warranty and promo[1] then
      parts[#parts + 1] = ("The plan mentions the warranty next to the %s but does not say whether discounted items keep the standard warranty and returns rights"):format(offers.name(promo[1]))
      ev[#ev + 1] = warranty
    end
    if #parts == 0 then return nil end
    return {
      evidence = ev,
      wrong = table.concat(parts, ". ") .. ". Staff promise cover that the terms do not give, and customers who come back with a fault are refused.",
    }
  end,
}
