-- promotions.terms-published: "T&Cs apply" points at terms nobody can find, or at versions that disagree.
-- (An offer with no terms at all is legal.terms-missing; prize draws are legal.prize-draw.)

local offer = lib.offer

local APPLY = { "t&cs apply", "t&c's apply", "ts&cs apply", "t's & c's apply", "t&c apply", "terms apply",
  "terms and conditions apply", "conditions apply", "subject to terms", "subject to terms and conditions",
  "see terms", "full terms" }
local PLACED = { "terms at", "terms on", "terms and conditions at", "terms and conditions on", "full terms at",
  "terms are at", "terms are on", "terms are published", "terms published", "t&cs at", "t&cs on" }

-- The terms' location: a phrase, a /terms path, or a web address in the hit's own sentence.
local function placed(doc, hits)
  if offer.any(doc, PLACED) or doc:text():lower():find("/terms") then return true end
  for _, h in ipairs(hits) do
    local s = offer.around(doc, h)
    if s:find("www%.") or s:find("%a%.co%.uk") or s:find("%a%.com") or s:find("%a%.org") then return true end
  end
  return false
end

return {
  id = "promotions.terms-published",
  title = "The offer's terms are not published where customers can find them",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Advertising codes require significant conditions to be stated and full terms to be available before the promotion starts; missing or inconsistent terms are the first thing a complaint or a regulator asks for.",
  triggers = APPLY,
  wrong = "The advert says 'T&Cs apply' but does not say where they are: customers cannot check the conditions before buying, staff and the hotline quote different versions, and a complaint to the advertising regulator finds no published terms.",
  causes = {
    "The terms are still in draft with legal when the adverts go out",
    "The adverts, the website, the till setup and the hotline script were written from different drafts",
    "The advert format has no room for a URL, so the terms' location is left off",
    "Significant conditions (end date, minimum spend, exclusions, eligibility) are only in the small print",
  },
  prevent = {
    "Publish the full terms at a short URL before the first advert goes out, and put the URL on every advert, label and email",
    "State the significant conditions (end date, minimum spend, exclusions, eligibility, limits) in the advert itself, not only in the terms",
    "Have one person compare the terms, the website, the till setup and the hotline script line by line at T-7d",
    "Keep a dated copy of every version of the terms, and of when each went live",
  },
  respond = {
    "Publish the terms at once and state publicly where they are, and honour the offer as advertised for customers who relied on the advert",
    "Correct every channel that quoted different terms the same day",
    "Answer any regulator or trading-standards enquiry with the dated versions and the fix",
    "Confirm in writing that published terms are a sign-off condition for the first advert of every promotion",
  },
  owner = { "legal", "marketing" },
  due = "T-14d",
  mitigated_by = { "terms published", "terms signed off" },
  check = function(plan, doc, hits)
    local live = offer.live(doc, hits)
    if #live == 0 or placed(doc, live) then return nil end
    return { evidence = live }
  end,
}
