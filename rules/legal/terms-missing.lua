-- legal.terms-missing: a promotion, auction, pre-order or scheme with no written terms, so the
-- announcement's wording becomes the contract.

local clause = lib.clause

local KINDS = {
  { key = "auction", phrases = { "auction", "auctions", "live auction", "silent auction", "online bidders",
      "online bidding", "bid online", "absentee bids", "auction lots" },
    what = "auction",
    note = "Auction terms must say when a bid is binding (in the room, online, by phone), how ties and late online bids are settled, when and how lots are paid for and collected, any buyer's premium, and that auction purchases get no Gift Aid" },
  { key = "preorder", phrases = { "pre-order", "pre-orders", "preorder", "preorders", "reserve yours", "reserve now",
      "pay a deposit", "reservation deposit" },
    what = "pre-order",
    note = "Pre-order terms must say when payment is taken, the expected delivery date, what happens if it slips, and how to cancel" },
  { key = "scheme", phrases = { "loyalty points", "bonus points", "double points", "refer a friend", "refer-a-friend",
      "referral", "cashback", "trade-in", "trade in your", "part-exchange", "price match", "price promise",
      "money-back guarantee", "money back guarantee", "satisfaction guarantee" },
    what = "scheme",
    note = "Scheme terms must say who qualifies, what exactly is given, by when it must be claimed, how it is paid, and when you may end or change it" },
}

-- The plan points to written terms.
local TERMS = { "terms and conditions", "terms & conditions", "t&cs", "t&c", "t & cs", "terms apply",
  "conditions apply", "full terms", "see terms", "terms at", "terms of sale", "conditions of sale",
  "auction terms", "auction rules", "offer terms" }

return {
  id = "legal.terms-missing",
  title = "The offer has no written terms, or they contradict the announcement",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Without written terms the announcement's own words become the contract; disputes over bids, pre-orders and schemes are decided against the seller, in public and at the worst moment.",
  triggers = clause.phrases(KINDS),
  wrong = "The plan runs an offer with conditions but points to no written terms: customers hold you to the announcement's wording, disputes are argued on the day, and you cannot end or change the offer without a fight.",
  causes = {
    "Terms were left for later and never written, or written for last year's version",
    "The terms were written by legal but the announcement was edited afterwards, and the two now disagree",
    "Nobody decided the awkward cases (late bids, cancelled pre-orders, returned items bought with points) in advance",
  },
  prevent = {
    "Write the terms at T-14d, have legal sign them off, and check every sentence of the announcement against them",
    "Link the full terms from every ad, page and email, and print the key conditions where people decide (the bidding form, the checkout)",
    "Decide the awkward cases in advance and brief the people who will face them (auctioneer, sales staff, customer service)",
  },
  respond = {
    "Honour the announcement's wording for customers who relied on it, and acknowledge the gap publicly where it was seen",
    "Publish the missing or corrected terms at once and link them from every channel",
    "Settle disputed cases generously and record each one",
    "Confirm in writing the terms sign-off step for the next launch",
  },
  owner = { "legal", "lead" },
  due = "T-14d",
  mitigated_by = { "terms and conditions", "terms signed off", "auction terms", "offer terms" },
  check = function(plan, doc, hits)
    if clause.mentions(doc, TERMS) then return nil end
    local items = {}
    for _, f in ipairs(clause.groups(doc, KINDS)) do
      local g = f.group
      -- quote the most specific hit that names the offer: "silent auction" rather than "auction"
      local quoted = f.hits[1]
      for _, h in ipairs(f.hits) do
        local t = h.text:lower()
        if t:find(g.what, 1, true) and #t > #quoted.text then quoted = h end
      end
      items[#items + 1] = {
        subject = g.key,
        evidence = f.hits,
        wrong = ("The plan runs a%s %s ('%s') but points to no written terms. %s. Without them customers hold you to the announcement's wording, disputes are argued on the day, and you cannot end or change the offer without a fight."):format(
          g.what:match("^[aeiou]") and "n" or "", g.what, quoted.text, g.note),
      }
    end
    if #items == 0 then return nil end
    return items
  end,
}
