-- promotions.competitor-reaction: competitors match or undercut, and price claims or price-match promises backfire.

local offer = lib.offer

local CLAIMS = { "lowest price", "lowest prices", "lowest ever", "cheapest", "best price", "best prices",
  "unbeatable", "can't be beaten", "cannot be beaten", "won't be beaten", "never knowingly undersold",
  "beat any price", "undercut", "undercuts", "best value" }
local MATCH = { "price match", "price-match", "price matching", "we'll match", "we will match", "price promise" }

local function triggers()
  local t = {}
  for _, p in ipairs(CLAIMS) do t[#t + 1] = p end
  for _, p in ipairs(MATCH) do t[#t + 1] = p end
  return t
end

local function is_match(h)
  local t = h.text:lower()
  for _, p in ipairs(MATCH) do if t == p then return true end end
  return false
end

return {
  id = "promotions.competitor-reaction",
  title = "Competitors react and the price claim turns false",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "Competitors watch advertised prices and can undercut within hours; an absolute price claim is only true until they do, and a price-match promise hands them your margin.",
  triggers = triggers(),
  wrong = "A competitor matches or undercuts the price within days: the 'lowest price' claim in the adverts is no longer true, customers screenshot the difference, and the campaign keeps running with a false claim.",
  causes = {
    "The claim was checked once, before launch, and never again",
    "Nobody decided how far to follow a competitor, or who may decide it",
    "Competitors' flash sales, marketplace sellers and clearance lines were not excluded",
    "Printed material with the claim cannot be changed quickly",
  },
  prevent = {
    "File dated competitor price checks that support every 'lowest' or 'cheapest' claim before the first advert, and repeat them daily during the campaign",
    "Agree a floor price with finance and name the person who may decide a response on launch day",
    "Keep absolute claims out of print and long-running media, or qualify them ('lowest price among X, Y and Z on 1 March')",
    "Name the person who pulls the claim from digital channels the same day it stops being true",
  },
  respond = {
    "Pull or correct the claim on every channel at once when it stops being true, and say so plainly if customers ask",
    "Decide within the day whether to follow the competitor, within the agreed floor",
    "Honour the claim for customers who bought relying on it",
    "Write down how the competitor reacted and confirm the claim and response rules in writing for the next campaign",
  },
  owner = { "marketing", "sales" },
  due = "T-7d",
  mitigated_by = { "competitor price checks", "floor price" },
  check = function(plan, doc, hits)
    local live = offer.live(doc, hits)
    if #live == 0 then return nil end
    for _, h in ipairs(live) do
      if is_match(h) then
        return {
          evidence = live,
          title = "A competitor's flash sale turns the price match into an open cheque",
          wrong = "The plan promises to match competitors' prices: a competitor's flash sale, a marketplace seller or a clearance line becomes your price too, stores argue with customers over what counts, and the margin goes to whoever searched hardest.",
          prevent = {
            "Define in the terms which competitors count, that the item must be identical and in stock, and that marketplace sellers, flash sales and clearance are excluded, at T-7d",
            "Give stores and the hotline one way to check a claim (a live link, the same day) and a person to settle disputes",
            "Agree a floor price with finance below which matches go to a named manager",
            "Log every price match for the first two weeks and review the cost weekly",
          },
        }
      end
    end
    return { evidence = live }
  end,
}
