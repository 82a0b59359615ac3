-- promotions.hidden-conditions: "up to", "selected" and "exclusions apply" hide the conditions that decide the offer.

local offer, money = lib.offer, lib.money

local VAGUE = { "off selected", "selected lines", "selected items", "selected products", "selected ranges",
  "selected models", "selected styles", "selected brands", "participating stores", "participating shops",
  "participating retailers", "participating branches", "exclusions apply", "some exclusions",
  "minimum spend applies", "min spend applies", "minimum spend", "min spend", "up to" }
-- The plan lists what is included.
local LISTED = { "full list", "list of", "listed at", "listed on", "see the list", "participating stores are",
  "selected lines are" }

-- "up to" counts only before a discount; "minimum spend" only when no amount follows it.
local function real(doc, h)
  local t = h.text:lower()
  local _, after = offer.around(doc, h)
  if t == "up to" then
    local head = after:sub(1, 25):gsub("%s+", " ")
    return head:match("^ ?[%d%.]+ ?%%") ~= nil or head:match("^ ?[%d%.]+ per ?cent") ~= nil
      or head:match("^ ?half") ~= nil or (#money.amounts(head:sub(1, 12)) > 0 and head:find("off", 1, true) ~= nil)
  end
  if t == "minimum spend" or t == "min spend" then
    return #money.amounts(after:sub(1, 20)) == 0
  end
  return true
end

return {
  id = "promotions.hidden-conditions",
  title = "The conditions that decide the offer are not in the advert",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "'Up to', 'selected lines' and 'exclusions apply' are where advertising complaints start: customers find the real conditions at the checkout, and regulators expect significant conditions in the advert itself.",
  triggers = VAGUE,
  wrong = "The headline promises more than most customers will get: the conditions that decide the offer (which items, which stores, what minimum spend) are not stated, customers find them at the checkout or the till, and the advert draws complaints.",
  causes = {
    "The headline was written for impact and the conditions were left to the small print",
    "'Up to' is used where only a handful of items carry the top discount",
    "The list of selected items or participating stores was not ready when the adverts went out",
    "Short formats (social ads, posters, push notifications) drop the conditions for space",
  },
  prevent = {
    "State the minimum spend, the excluded brands or ranges and the participating stores in every advert, including short formats, by T-7d",
    "Use 'up to X% off' only when a meaningful share of the range carries X% (check the price file), otherwise lead with the typical discount",
    "Publish the full list of selected items or participating stores before launch and link to it from every advert",
    "Have legal review each advert format, not only the main one, against the terms",
  },
  respond = {
    "Acknowledge at once on the website and social channels which items and stores are included, with the full list",
    "Honour the advertised discount for customers who were refused because a condition was not shown",
    "Correct every advert format that left the conditions out, the same day",
    "Confirm in writing the rule that significant conditions appear in every advert format",
  },
  owner = { "marketing", "legal" },
  due = "T-7d",
  mitigated_by = { "full list", "participating stores listed" },
  check = function(plan, doc, hits)
    if offer.any(doc, LISTED) then return nil end
    local out = {}
    for _, h in ipairs(offer.live(doc, hits)) do
      if real(doc, h) then out[#out + 1] = h end
    end
    if #out == 0 then return nil end
    local first = out[1].text:lower()
    if first == "up to" then
      return {
        evidence = out,
        wrong = "The headline says 'up to' a discount: if only a handful of items carry the top figure, customers find smaller discounts at the checkout, feel misled, and the advert draws complaints to the regulator.",
      }
    end
    return { evidence = out }
  end,
}
