-- social.influencer-disclosure: paid or gifted creator content that is not labelled as an ad.

local text = lib.text

return {
  id = "social.influencer-disclosure",
  title = "Creator posts are not labelled as ads",
  category = "legal",
  severity = 3, likelihood = 4,
  rationale = "Regulators check creator posts actively and name the brand as well as the creator; unlabelled posts are the norm unless the contract and a post check force the label.",
  triggers = { "influencer", "influencers", "content creator", "content creators", "creators", "creator campaign",
               "brand ambassador", "brand ambassadors", "ambassador programme", "gifted", "gifting",
               "sponsored post", "sponsored posts", "paid partnership", "paid partnerships", "affiliate",
               "affiliates", "affiliate link", "affiliate links", "product seeding", "seeding", "bloggers",
               "youtubers", "tiktokers" },
  wrong = "Creators post about the launch without labelling the post as an ad, followers call it out, and the regulator names the brand alongside the creator.",
  causes = {
    "The contract or brief says nothing about disclosure, or leaves the wording to the creator",
    "Gifted products are treated as 'not paid', although a free product or an affiliate link still makes it an ad",
    "The label is hidden after the 'more' cut, in a pile of hashtags, or left out of stories and videos",
    "Creators repeat claims the brand itself could not make, such as health or price claims",
  },
  prevent = {
    "Write disclosure into every creator contract: 'Ad' or '#ad' at the start of the caption, the platform's paid-partnership label switched on, in every format including stories and video",
    "Treat gifted products and affiliate links as paid in the brief and say so to the creator in writing",
    "Give creators the approved claims in writing and forbid any claim not on the list",
    "Check every creator post within 24 hours of publishing, keep a screenshot log, and hold payment until the post is compliant",
  },
  respond = {
    "Ask the creator to add the label or take the post down at once, and acknowledge it plainly if challenged in public",
    "Check all other posts of the campaign the same day and fix every one with the same fault",
    "Answer the regulator with the contract, the brief and the screenshot log",
    "Confirm in writing the disclosure clause and the post check for all future creator work",
  },
  owner = { "marketing", "legal" },
  due = "T-14d",
  mitigated_by = { "#ad", "paid-partnership label", "paid partnership label", "labelled as an ad", "labelled as ads",
                   "disclosure clause" },
  check = function(plan, doc, hits)
    return text.item(doc, hits, "The plan uses %s. Posts that are paid, gifted or carry an affiliate link go out without an 'Ad' label, followers call it out, and the regulator names the brand alongside the creator.", 2)
  end,
}
