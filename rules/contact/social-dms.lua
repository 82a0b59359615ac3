-- contact.social-dms: questions and complaints arrive in comments and DMs, and never reach customer
-- service. (Moderation out of hours is social.out-of-hours; this rule is social as a contact channel.)

local reach = lib.reach

local SOCIAL = { "social media", "paid social", "instagram", "facebook", "twitter", "tiktok", "linkedin",
  "social channels", "social ads", "social posts" }
-- The plan already treats social as a contact channel.
local STAFFED = { "dm us", "message us on", "reply on social", "replies on social", "social care",
  "community manager", "community team", "answer on social", "respond on social", "social customer service",
  "social media team answers", "social team answers", "customer service on social" }
local BIG_AUDIENCE = 5000
-- The campaign's other carriers. When social ads are one of several and the plan names where questions
-- go, customers follow the posters, the newsletter and the receipt to that route; the comments under
-- the ads are a few, not a channel. This rule is for launches promoted mainly on social media.
local CARRIERS = {
  { "newsletter", "newsletters", "mailing", "email campaign", "mailshot" },
  { "poster", "posters", "billboard", "billboards", "in-store", "window display", "shelf-edge" },
  { "press release", "press coverage", "tv ad", "tv ads", "radio", "newspaper", "magazine" },
  { "homepage", "website", "web site", "landing page" },
  { "leaflet", "leaflets", "flyer", "flyers", "catalogue", "letter to", "direct mail" },
}
local MIXED = 2

local function other_carriers(doc)
  local n = 0
  for _, group in ipairs(CARRIERS) do
    if reach.first(doc, group) then n = n + 1 end
  end
  return n
end

return {
  id = "contact.social-dms",
  title = "Questions asked on social media never reach customer service",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "Customers ask under the ad they saw, not on the number in the small print; the social team runs a broadcast channel with no FAQ, no order access and no route to customer service.",
  triggers = SOCIAL,
  channels = { "social", "facebook", "instagram", "tiktok", "twitter" },
  wrong = "Customers ask their questions and post their complaints in comments and DMs under the campaign posts: the social team has no FAQ, cannot look up an order and has no route to customer service, so answers contradict the hotline, complaints are never logged, and customers post their order numbers and addresses in public.",
  causes = {
    "Social is run by marketing or an agency as a broadcast channel, not as a contact channel",
    "Comments on paid ads live in the ad manager, not on the page, and nobody reads them",
    "There is no agreed hand-over from social to customer service, with a reference the customer can quote",
    "Replies are improvised without the FAQ, so they contradict the hotline and stores",
  },
  prevent = {
    "Name who answers comments and DMs, including on paid ads, and give them the same FAQ and escalation contact as the hotline, by T-7d",
    "Agree the hand-over from social to customer service (DM, then a case reference, then phone or email) and test it once before launch",
    "Write a saved reply that moves customers with personal details to a private channel at once",
    "Log every complaint received on social in the same place as hotline and email complaints",
  },
  respond = {
    "Reply publicly at once to the most visible complaints with a fix or a next step, then move to DM",
    "Pin a comment with the answers to the top questions and the right contact route",
    "Hand every unresolved DM to customer service with a reference and confirm each customer was contacted",
    "Confirm in writing who answers social as a contact channel and how cases reach customer service",
  },
  owner = { "support", "marketing" },
  due = "T-7d",
  mitigated_by = { "community manager", "social care", "social hand-over", "social handover" },
  check = function(plan, doc, hits)
    if reach.any(doc, STAFFED) then return nil end
    local live = reach.live(doc, hits)
    if #live == 0 then return nil end
    local others = 0
    for _, k in ipairs(reach.kinds(plan, doc)) do
      if k.kind ~= "social" then others = others + 1 end
    end
    local expected = tonumber(plan.audience.expected) or 0
    local paid = reach.first(doc, { "paid social", "social ads", "sponsored posts" })
    if not paid and expected < BIG_AUDIENCE and others == 0 then return nil end
    if others > 0 and other_carriers(doc) >= MIXED then return nil end
    if paid and others > 0 then
      return {
        evidence = live,
        wrong = "The plan sends questions to other channels, but the paid social posts are where many customers will ask: the people answering comments and DMs have no FAQ, cannot look up an order and have no route to customer service, so answers contradict the hotline and complaints are never logged.",
      }
    end
    return { evidence = live }
  end,
}
