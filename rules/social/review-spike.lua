-- social.review-spike: a change customers dislike floods the app store or review sites with
-- one-star reviews.

local text = lib.text

-- Changes that customers used to the old way react to.
local CHANGES = { "redesign", "redesigned", "new design", "new interface", "new look", "new layout",
  "new navigation", "new dashboard", "replaces the", "no longer", "removed", "removes", "discontinue",
  "discontinued", "price increase", "price rise", "now requires", "mandatory update", "forced update",
  "subscription model", "moves to a subscription", "paywall", "new app replaces", "migrates" }
-- Places where customers rate in public.
local SURFACES = { "app store", "app stores", "play store", "google play", "trustpilot", "google reviews",
  "reviews", "star rating", "star ratings", "ratings", "amazon" }
local SURFACE_CHANNELS = { ["app-store"] = true, ["app store"] = true, ["app-stores"] = true, ["play-store"] = true,
  ["google-play"] = true, reviews = true, trustpilot = true, amazon = true }

local function surface(plan, doc)
  local h = text.first(doc, SURFACES)
  if h then return h end
  for _, c in ipairs(plan.channels or {}) do
    if SURFACE_CHANNELS[c] then return { source = "channels", text = c } end
  end
  return nil
end

return {
  id = "social.review-spike",
  title = "One-star reviews flood in after the change",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "Customers who dislike a change review it at once while satisfied ones stay silent; a week of one-star reviews drags a rating down for months and is what new customers read first.",
  triggers = CHANGES,
  wrong = "Customers who dislike the change post one-star reviews within hours; the public rating drops and stays down for months, and it is the first thing new customers see.",
  causes = {
    "The change removes or moves something regular users rely on, without warning or a way back",
    "The in-app review prompt fires right after the update, when irritation is highest",
    "Bugs of a staged release reach many users before anyone reads the reviews",
    "Nobody answers the early reviews, so later reviewers pile on",
  },
  prevent = {
    "Tell existing users what changes, why and where things moved, in the app and by email before the update reaches them",
    "Switch off the in-app review prompt for two weeks after the change and send unhappy users to an in-app feedback form first",
    "Watch the rating and new reviews per version daily and set a threshold that pauses the rollout",
    "Write replies to the five likeliest complaints and answer every one- or two-star review within 24 hours",
  },
  respond = {
    "Reply publicly to the low reviews at once, acknowledging the problem and giving a date for the fix",
    "Pause the rollout or phased release while the rating is below the threshold",
    "Ship the fix, then reply again to the reviewers it concerns so they can update their rating",
    "Confirm in writing the rating threshold and review routine for the next release",
  },
  owner = { "product", "marketing" },
  due = "T-7d",
  mitigated_by = { "review prompt disabled", "review prompt paused", "rating threshold" },
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 then return nil end
    local where = surface(plan, doc)
    if not where then return nil end
    local place = where.text:lower():find("app") and "the app stores" or "review sites"
    if where.text:lower():find("play") then place = "the app stores" end
    return { evidence = { pos[1], where },
      wrong = ("Customers who dislike the change (%s) post one-star reviews in %s within hours; the public rating drops and stays down for months, and it is the first thing new customers see."):format(
        text.quote(pos, 1), place) }
  end,
}
