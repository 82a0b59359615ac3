-- promotions.customer-cap: a deep or new-customer offer with no limit per customer or household.

local offer, money = lib.offer, lib.money

local DEEP = 40   -- a discount from this percentage up draws resellers and bulk buyers
local NEW_CUSTOMER = { "first order", "new customers", "new customer", "welcome offer", "welcome discount",
  "refer a friend", "referral", "referrals", "sign-up bonus", "signup bonus" }
local DEEP_PHRASES = { "half price", "half-price", "buy one get one", "buy one, get one", "bogof", "bogo",
  "two for one", "2 for 1", "2-for-1", "free gift", "off" }
local LIMITED = { "one per customer", "one per household", "per customer", "per household", "per person",
  "per account", "per address", "limit of", "maximum of", "max.", "limited to", "once per", "one-time use",
  "single use", "single-use" }

local function triggers()
  local t = {}
  for _, p in ipairs(NEW_CUSTOMER) do t[#t + 1] = p end
  for _, p in ipairs(DEEP_PHRASES) do t[#t + 1] = p end
  return t
end

local function is_new_customer(h)
  local t = h.text:lower()
  for _, p in ipairs(NEW_CUSTOMER) do if t == p then return true end end
  return false
end

return {
  id = "promotions.customer-cap",
  title = "A few customers take the offer many times",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "Deep discounts draw resellers and bulk buyers, and new-customer offers draw repeat sign-ups; without a limit the offer's budget goes to a few people.",
  triggers = triggers(),
  wrong = "Without a limit per customer or household, resellers and bulk buyers take the offer stock at the offer price, and genuine customers find it gone on the first morning.",
  causes = {
    "No per-customer limit is configured in the checkout or the tills",
    "Limits are checked per order or per account, so a second order or account gets round them",
    "Store staff have no rule for refusing a trolley-load",
    "New-customer checks rely on the email address, which costs nothing to change",
  },
  prevent = {
    "Set a per-customer limit (per account, card and delivery address online; per transaction in store) and state it in the announcement by T-7d",
    "Tell store staff the limit and what to say when someone exceeds it, in the launch briefing",
    "For new-customer offers, check new customers by payment card and delivery address, not just by email",
    "Watch the first day's orders for repeated cards, addresses and devices and cancel those over the limit",
  },
  respond = {
    "State the limit publicly at once if it was missing, and apply it from that moment without cancelling orders already accepted in good faith",
    "Cancel orders that clearly break the stated limit or come from one buyer under many accounts, and tell those customers why",
    "Return recovered stock to sale and tell waiting customers when it is back",
    "Confirm in writing the per-customer limit and how it is enforced, for the next promotion",
  },
  owner = { "sales", "web" },
  due = "T-7d",
  mitigated_by = { "one per customer", "one per household", "per-customer limit" },
  check = function(plan, doc, hits)
    if offer.any(doc, LIMITED) then return nil end
    local newc, deep = {}, {}
    for _, h in ipairs(offer.live(doc, hits)) do
      if is_new_customer(h) then
        -- "the new customer portal" is not an offer
        local s = offer.around(doc, h)
        if money.top_percent(s) or #money.amounts(s) > 0 or lib.word.framed(s, "off", "%a") or lib.word.framed(s, "free", "%a")
            or lib.word.framed(s, "bonus", "%a") or lib.word.framed(s, "credit", "%a") or lib.word.framed(s, "discount", "%a") then
          newc[#newc + 1] = h
        end
      else
        local s = offer.around(doc, h)
        local t = h.text:lower()
        if t ~= "off" or (money.top_percent(s, true) or 0) >= DEEP then deep[#deep + 1] = h end
      end
    end
    if #newc > 0 then
      return {
        evidence = newc,
        wrong = "The new-customer offer has no check beyond the email address: the same people sign up again and again with new addresses, referral codes are traded on forums, and the offer's budget goes to repeat takers instead of new customers.",
      }
    end
    if #deep > 0 then return { evidence = deep } end
    return nil
  end,
}
