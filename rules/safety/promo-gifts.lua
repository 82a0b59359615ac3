-- safety.promo-gifts: free gifts, goodie bags and branded merchandise that children end up with
-- fail toy-safety rules.

local base, goods = lib.base, lib.goods

-- Gift phrases that say nothing about who gets the gift.
local GENERIC = { ["free gift"] = true, ["free gifts"] = true, freebies = true, ["branded merchandise"] = true,
  ["promotional items"] = true, ["promotional merchandise"] = true, ["free with every"] = true }

-- Items with a well-known way of hurting children.
local DANGERS = {
  { { "button cell", "button cells", "light-up", "flashing", "glow sticks", "battery", "batteries" },
    "button cells that a child can swallow" },
  { { "balloon", "balloons" }, "latex balloons, which children choke on when they burst" },
  { { "magnet", "magnets", "magnetic" }, "small magnets that cause internal injuries when two are swallowed" },
  { { "slime", "putty" }, "slime with boron levels above the toy limit" },
}

return {
  id = "safety.promo-gifts",
  title = "A free gift or giveaway item hurts a child",
  category = "safety",
  severity = 4, likelihood = 2,
  rationale = "Promotional merchandise is bought on price from catalogue suppliers and rarely tested as a toy, yet children get hold of it; small parts, button cells and magnets in freebies are recalled every year.",
  triggers = { "free gift", "free gifts", "free toy", "free toys", "goodie bag", "goodie bags", "goody bag",
               "goody bags", "freebies", "branded merchandise", "promotional items", "promotional merchandise",
               "balloon", "balloons", "stress balls", "fidget", "glow sticks", "light-up", "party bags",
               "kids' pack", "colouring pack", "free with every" },
  wrong = "A free gift or giveaway item that was never tested as a toy reaches a child: a small part, a button cell or a magnet is swallowed, or it contains a banned substance, and the item carries your brand.",
  causes = {
    "The item was chosen from a promotional catalogue on price and delivery time, not safety",
    "The supplier calls it 'not a toy', but it looks and feels like one and children play with it",
    "No test report for toy safety, chemicals or small parts was asked for",
    "Batteries sit behind a cover a child can open without a tool",
  },
  prevent = {
    "Ask the supplier for a toy-safety test report for this exact item at T-3w, and treat anything a child could play with as a toy",
    "Reject items with button cells not secured by a screw, small detachable parts, strong small magnets or latex balloons for young children",
    "Inspect a sample of the delivered batch against the report before it is packed",
    "Keep a record of which stores or events received which batch",
  },
  respond = {
    "Stop handing the item out at once and tell customers who received it to take it away from children",
    "Publish a plain safety notice on the website and social channels, and report it to the product-safety regulator where required",
    "Offer a safe replacement gift or a voucher to everyone who received one",
    "Confirm in writing the test-report rule for all promotional items",
  },
  owner = { "marketing", "product" },
  due = "T-3w",
  mitigated_by = { "toy safety test", "en 71", "en71", "toy safety report" },
  check = function(plan, doc, hits)
    -- A gift for adults (a tote bag with every purchase) is not a toy: generic gift phrases
    -- count only when the plan speaks to families or children.
    local families = goods.for_children(doc) or base.kept(doc, doc:find("families"))[1]
      or base.kept(doc, doc:find("family"))[1] or base.kept(doc, doc:find("kids"))[1]
      or base.kept(doc, doc:find("children"))[1]
    local keep = {}
    for _, h in ipairs(hits) do
      if families or not GENERIC[h.text:lower()] then keep[#keep + 1] = h end
    end
    local it = base.item(doc, keep, "The plan hands out free items (%s). An item that was never tested as a toy reaches a child: a small part, a button cell or a magnet is swallowed, or it contains a banned substance, and it carries your brand.")
    local danger = it and base.note(doc, DANGERS)
    if danger then it.wrong = it.wrong .. (" Watch in particular for %s."):format(danger) end
    return it
  end,
}
