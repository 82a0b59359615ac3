-- capacity.influencer-post: an influencer's or celebrity's post sends a spike when they choose.

local text = lib.text

local FOLLOWERS = { "followers", "subscribers", "fans", "viewers" }

return {
  id = "capacity.influencer-post",
  title = "An influencer post brings a spike at a time you did not choose",
  category = "capacity",
  severity = 3, likelihood = 3,
  rationale = "Creators post when it suits their audience, often evenings and weekends; one post can outdraw the whole paid campaign within an hour.",
  triggers = { "influencer", "influencers", "content creator", "content creators", "creator partnership",
               "creator partnerships", "celebrity", "celebrities", "brand ambassador", "brand ambassadors",
               "sponsored post", "sponsored posts", "paid partnership", "youtuber", "youtubers", "tiktoker",
               "tiktokers", "instagrammer", "instagrammers" },
  wrong = "A creator posts at an hour of their choosing, often an evening or weekend: their audience arrives within the hour, the linked page or product is sold out or slow, and the comments under the post fill with complaints nobody answers.",
  causes = {
    "The contract fixes the fee and the content but not the day and hour of posting",
    "The link in the post goes to the homepage or to a product with too little stock allocated",
    "The creator's audience lives in another time zone, so the spike lands when the team is off",
    "The post goes viral beyond the creator's followers and the code is reshared on deal sites",
  },
  prevent = {
    "Fix the posting day and hour window in each creator contract and require 24 hours' notice of the exact time",
    "Give each creator a tracked link to a landing page that was load-tested, and check stock of the featured product covers the post day",
    "Name a person who watches traffic, stock and comments for two hours after each post",
    "Brief support and the social team on each post's date, product and code the day before",
  },
  respond = {
    "Reply publicly under the post at once if the product sold out or the page is slow, with when it is back",
    "Ask the creator to pin a comment or post a story with the correct link, date or restock time",
    "Add capacity or switch the landing page to a static version until traffic falls back",
    "Write down the real timing and size of each post's spike and confirm the posting-window clause in writing for future contracts",
  },
  owner = { "marketing" },
  due = "T-7d",
  mitigated_by = { "posting window", "posting schedule", "tracked link", "tracked links" },
  check = function(plan, doc, hits)
    local live = text.live(doc, hits)
    if #live == 0 then return nil end
    local reach = text.count(text.sentence(doc, live[1]), FOLLOWERS)
    if reach then
      return {
        evidence = live,
        wrong = ("A creator with about %s followers posts at an hour of their choosing, often an evening or weekend: even 1%% of them arriving within the hour is %s visits, the linked page or product is sold out or slow, and the comments under the post fill with complaints nobody answers."):format(
          text.thousands(reach), text.thousands(reach / 100)),
      }
    end
    return { evidence = live }
  end,
}
