-- legal.regulated-products: the launch promotes credit, insurance, investments or health
-- products whose advertising is regulated by law, not only by the advertising codes.

local clause = lib.clause

local KINDS = {
  { key = "credit", title = "The finance offer is an unapproved financial promotion",
    phrases = { "0% finance", "interest-free", "interest free", "interest-free credit", "buy now pay later",
      "buy now, pay later", "pay in 3", "pay in three", "pay later", "klarna", "clearpay", "afterpay",
      "monthly instalments", "spread the cost", "finance available", "representative apr", "credit offer",
      "store card" },
    wrong = "The launch advertises credit, and a credit advert is a regulated financial promotion: without an authorised firm's approval, a representative example where the rules need one and the lender's details, it breaks consumer credit law (the FCA's rules in the UK, the Consumer Credit Directive in the EU) and the lender can stop the offer.",
    first = "Send every ad, page and script that mentions finance to the lender or the authorised firm for approval at T-21d, and include the representative example and lender details where required" },
  { key = "insurance", title = "The insurance or cover offer is sold without the required authorisation",
    phrases = { "insurance included", "free insurance", "insurance cover for", "add insurance", "travel insurance",
      "device insurance", "phone insurance", "gadget insurance", "pet insurance", "accidental damage cover",
      "breakdown cover", "gadget cover", "protection plan", "care plan", "cover for loss and theft", "theft cover" },
    wrong = "The launch sells or gives away insurance-like cover, and selling insurance is regulated: without the insurer's approved wording, the product information document and staff who are allowed to sell it, the offer breaks insurance distribution rules and sales can be unwound.",
    first = "Confirm with the insurer at T-21d who is authorised to sell the cover, use only its approved wording and product information document, and brief staff on what they may and may not say" },
  { key = "investment", title = "The investment or crypto promotion breaks the financial promotion rules",
    phrases = { "investment product", "investment opportunity", "investment returns", "invest from", "crypto", "cryptocurrency", "bitcoin", "token sale",
      "nft", "nfts", "returns of", "guaranteed returns", "savings rate", "interest rate", "shares in" },
    wrong = "The launch promotes an investment, savings product or crypto-asset, and such promotions must be approved by an authorised firm and carry risk warnings (the FCA's financial promotion rules, including the 2023 crypto rules, in the UK; MiCA and national rules in the EU): an unapproved promotion is a criminal offence.",
    first = "Have an authorised firm approve every promotion at T-21d, include the required risk warnings, and check whether the audience (for example retail crypto investors) is allowed to receive it" },
  { key = "health", title = "Health claims or medical products are advertised unlawfully",
    phrases = { "supplement", "supplements", "vitamins", "cbd", "immune", "immunity", "weight loss", "detox", "cures",
      "medical device", "clinically", "pharmacy", "prescription", "hearing aid", "hearing aids",
      "sunscreen", "spf", "probiotic", "probiotics", "collagen" },
    wrong = "The launch makes health claims or sells a health product, and such claims are regulated by law: food and supplements may only use authorised health claims (the UK and EU nutrition and health claims register), medicines may not be advertised to the public without a licence, and medical devices need their marking and approved claims.",
    first = "Check every health claim at T-21d against the authorised claims register or the product's licence and approved indications, and remove any claim to prevent, treat or cure a disease unless the product is licensed for it" },
}

local PREVENT = {
  "Have legal or compliance sign off the final ad copy, landing page and sales scripts before any of it is published",
  "Brief staff, partners and influencers on the approved wording and forbid them to add their own claims",
  "Keep the approvals with the campaign files so a regulator's question can be answered within a day",
}

return {
  id = "legal.regulated-products",
  title = "A regulated product is advertised without the approvals the law requires",
  category = "legal",
  severity = 4, likelihood = 3,
  rationale = "Credit, insurance, investments and health products are regulated by statute, not only by ad codes; an unapproved promotion can be a criminal offence and the partner (lender, insurer) can stop the launch overnight.",
  triggers = clause.phrases(KINDS),
  wrong = "The launch promotes a regulated product without the approvals and mandatory wording the law requires.",
  causes = {
    "Marketing wrote the finance, insurance or health wording itself and nobody sent it to the authorised partner",
    "Staff or influencers add their own claims ('it pays for itself', 'boosts your immunity') in store or online",
    "The campaign template was made for ordinary products and has no slot for risk warnings or representative examples",
  },
  prevent = PREVENT,
  respond = {
    "Withdraw the non-compliant ads and scripts at once and say publicly what the correct terms are",
    "Tell the lender, insurer or licence holder, and follow their instructions on affected customers",
    "Contact customers who bought on the faulty promotion, and offer cancellation or redress as advised",
    "Confirm in writing the approval route for regulated products in future launches",
  },
  owner = { "legal", "product" },
  due = "T-21d",
  mitigated_by = { "approved by", "financial promotion approved", "representative example", "authorised health claim",
                   "compliance approved" },
  check = function(plan, doc, hits)
    return clause.items(clause.groups(doc, KINDS), PREVENT)
  end,
}
