-- capacity.presale-rush: everyone on a presale or waitlist arrives in the same minute.

local text = lib.text

local QUEUED = { "people", "customers", "fans", "members", "subscribers", "sign-ups", "signups", "registrations" }
-- A waiting list for places or allotments is not a sales rush: it needs a sale or release in its sentence.
local LISTS = { waitlist = true, waitlists = true, ["wait list"] = true, ["waiting list"] = true }
local SALE = { "sale", "sales", "buy", "order", "orders", "launch", "launches", "link", "access", "tickets",
  "release", "released", "drop", "invite", "invited", "invites", "checkout", "stock", "shop", "store" }

local function rush(doc, h)
  if not LISTS[h.text:lower()] then return true end
  return text.has_word(text.sentence(doc, h), SALE)
end

return {
  id = "capacity.presale-rush",
  title = "The presale or waitlist rush overwhelms checkout",
  category = "capacity",
  severity = 4, likelihood = 3,
  rationale = "A presale concentrates weeks of pent-up demand into the minute the link opens; checkouts that do not reserve stock oversell and queues without fairness rules go viral.",
  triggers = { "presale", "presales", "pre-sale", "pre-sales", "pre-order", "pre-orders", "preorder", "preorders",
               "waitlist", "waitlists", "wait list", "waiting list", "priority access", "early access",
               "priority booking", "priority tickets" },
  wrong = "Everyone on the waitlist gets the link at the same moment: checkout slows or fails, stock is oversold because baskets do not hold it, bots and resellers take much of the allocation, and the people who waited longest leave with nothing.",
  causes = {
    "The whole list is invited at once instead of in timed batches",
    "The basket does not reserve stock, so several customers pay for the same last units",
    "No per-customer limit, bot check or queue, so scripts and resellers buy first",
    "Payment, address lookup or email confirmation services have rate limits nobody checked",
  },
  prevent = {
    "Invite the list in timed batches (for example 10% every 15 minutes) or put a virtual queue in front of checkout, and test it at T-14d",
    "Reserve stock at add-to-basket with a short timeout and test that two buyers cannot pay for the last unit",
    "Set a per-customer limit and a bot check on the presale checkout",
    "Ask the payment, email and SMS providers for their rate limits in writing and size the invite batches under them",
  },
  respond = {
    "Acknowledge at once on the waitlist email and social channels what went wrong and what happens next for people who missed out",
    "Pause invites, cancel orders beyond stock in purchase order and tell those customers within the hour",
    "Cancel orders that break the per-customer limit or come from bots, and release the units to the waitlist",
    "Write down the real peak, oversell count and bot share, and confirm the batch size and queue rule in writing for the next presale",
  },
  owner = { "web", "engineering", "operations" },
  due = "T-14d",
  mitigated_by = { "virtual queue", "queue-it", "timed batches", "in batches", "per-customer limit" },
  check = function(plan, doc, hits)
    local live = {}
    for _, h in ipairs(text.live(doc, hits)) do
      if rush(doc, h) then live[#live + 1] = h end
    end
    if #live == 0 then return nil end
    local n
    for _, h in ipairs(live) do
      n = n or text.count(text.sentence(doc, h), QUEUED)
    end
    if n and n >= 100 then
      return {
        evidence = live,
        wrong = ("All %s people on the list get the link at the same moment: checkout slows or fails, stock is oversold because baskets do not hold it, bots and resellers take much of the allocation, and the people who waited longest leave with nothing."):format(text.thousands(n)),
      }
    end
    return { evidence = live }
  end,
}
