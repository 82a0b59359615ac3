-- capacity.giveaway-flood: a free offer draws far more people than a discount would.

local text = lib.text

local STORES = { "store", "stores", "shop", "shops", "branch", "branches", "in-store", "showroom" }
-- "The first 500 orders get 10% off" is a race for a discount, not a free offer.
local FREE = { "free", "giveaway", "gift", "gifts", "100% off", "on us", "no charge", "complimentary" }

local function free_offer(doc, h)
  if not h.text:lower():find("^first") then return true end
  return text.has_word(text.sentence(doc, h), FREE)
end

return {
  id = "capacity.giveaway-flood",
  title = "The free offer draws a crowd the plan did not size",
  category = "capacity",
  severity = 3, likelihood = 4,
  rationale = "'Free' is shared on deal forums within the hour and draws many times the response of a discount; forms, stock and store queues sized for a normal promotion run out at once.",
  triggers = { "giveaway", "giveaways", "give away", "giving away", "free sample", "free samples", "free gift",
               "free gifts", "free to the first", "free for the first", "first 50", "first 100", "first 200",
               "first 250", "first 500", "first 1,000", "first 1000", "free tickets", "free ticket",
               "free entry", "free for everyone", "completely free", "100% off" },
  wrong = "The free offer spreads to deal forums and group chats within the hour: the claim form, the stock and the staff are overwhelmed by people who would never have bought, and real customers find it gone before they have read the email.",
  causes = {
    "Demand was estimated from a past discount, not from a free offer, which draws many times more",
    "No cap per person or household, so a few people claim many times",
    "The claim form has no bot check and no rate limit",
    "'First 100' gives no fair way to tell customers they missed out, so queues and complaints follow",
  },
  prevent = {
    "Forecast claims at five to ten times a comparable paid offer and hold stock and fulfilment capacity for that at T-14d",
    "Cap the giveaway in total and per person or household, and state both caps in the announcement",
    "Put the claim form behind a bot check and a rate limit per address and card",
    "Prepare the 'all gone' page, email and social post before launch so they go up the minute the cap is reached",
  },
  respond = {
    "Announce at once on every channel that the giveaway has run out or is paused, with what happens to claims already made",
    "Close the form or the in-store queue at the cap and honour the claims accepted before it",
    "Remove duplicate and bot claims before fulfilment and tell genuine claimants when to expect delivery",
    "Record the real claim curve and confirm the forecasting multiplier and caps in writing for the next free offer",
  },
  owner = { "marketing", "operations" },
  due = "T-14d",
  mitigated_by = { "one per household", "one per person", "one per customer", "bot check", "captcha" },
  check = function(plan, doc, hits)
    local live = {}
    for _, h in ipairs(text.live(doc, hits)) do
      if free_offer(doc, h) then live[#live + 1] = h end
    end
    if #live == 0 then return nil end
    local store = text.first(doc, STORES)
    if store then
      live[#live + 1] = store
      return {
        evidence = live,
        wrong = "The free offer spreads to deal forums and group chats within the hour: the stores' allocation is gone in the first hour, mostly to people who would never have bought, staff have no fair way to tell the people still arriving, and real customers leave with nothing.",
        prevent = {
          "Forecast claims at five to ten times a comparable paid offer and hold stock for that per store at T-14d",
          "Cap the giveaway per store and per person, state both caps in the announcement, and hand out numbered tickets to the queue",
          "Agree with each store manager how the allocation is handed out and when to tell arriving customers it has gone",
          "Prepare the 'all gone' notice, web banner and social post before launch so they go up the minute a store runs out",
        },
      }
    end
    return { evidence = live }
  end,
}
