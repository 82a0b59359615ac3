-- supply.vendor-briefing: an outside firm or performer the launch depends on has no signed
-- contract or has never been told the date, times and volumes.

local text = lib.text

-- Outside parties, each with how to name it in a sentence.
local VENDORS = {
  { name = "the agency", phrases = { "agency", "our agency", "creative agency", "media agency", "pr agency",
      "marketing agency", "digital agency", "events agency", "promotions agency", "staffing agency" } },
  { name = "the ticketing partner", phrases = { "ticketing partner", "ticketing provider", "ticketing company",
      "ticket agent", "ticket agency" } },
  { name = "the caterer", phrases = { "caterer", "caterers", "catering company", "catering partner" } },
  { name = "the performers", phrases = { "the band", "brass band", "live band", "jazz band", "a band", "dj",
      "performers", "entertainers", "auctioneer", "compere", "guest speaker", "keynote speaker" } },
  { name = "the production and AV crew", phrases = { "av company", "av supplier", "production company",
      "stage crew", "sound engineer", "lighting crew", "film crew", "photographer", "videographer" } },
  { name = "the fulfilment or logistics partner", phrases = { "fulfilment partner", "fulfillment partner",
      "logistics partner", "3pl", "courier partner", "delivery partner" } },
  { name = "the outsourced call centre", phrases = { "outsourced call centre", "outsourced call center",
      "overflow agency", "call centre partner", "external call centre" } },
  { name = "the contractors", phrases = { "contractor", "contractors", "subcontractor", "subcontractors",
      "freelancer", "freelancers", "external supplier", "external suppliers" } },
}

-- The plan says the outside parties are contracted and briefed.
local DONE = { "contracts signed", "contracts are signed", "contract signed", "signed contracts",
  "all suppliers briefed", "suppliers have been briefed", "vendors briefed", "vendors have been briefed",
  "suppliers are contracted and briefed", "purchase orders issued" }

return {
  id = "supply.vendor-briefing",
  title = "A vendor or agency the launch depends on is not contracted or not briefed",
  category = "supply",
  severity = 4, likelihood = 3,
  rationale = "Outside parties work from their own diaries and their last email; a handshake booking or a brief that never reached the people on the ground is how a band, caterer or agency arrives on the wrong day with the wrong plan.",
  triggers = text.phrases(VENDORS),
  wrong = "The launch relies on outside parties but the plan says nothing about signed contracts or a briefing: one of them arrives on the wrong day, at the wrong time, with the wrong quantities or message, or not at all.",
  causes = {
    "The booking was agreed by phone or email and never confirmed in a contract or purchase order with date, times, deliverables and price",
    "The brief went to a sales contact, not to the people who will do the work on the day",
    "Dates, times, volumes or the running order changed after the brief and nobody told the vendor",
    "There is no cancellation clause, no named stand-in and no launch-day mobile number in either direction",
  },
  prevent = {
    "List every outside party the launch depends on with its deliverable, date, time and contact, and get a signed contract or purchase order from each by T-4w",
    "Send each one a written brief at T-2w (date, times, volumes, access, on-site contact, what they may say to customers or guests) and get it confirmed back in writing",
    "Hold a final call or walk-through with each at T-3d and share one contact sheet with launch-day mobile numbers both ways",
    "Agree in each contract the cancellation terms, a named stand-in and who pays if they fail to deliver",
  },
  respond = {
    "Call the vendor at once; if they cannot deliver, tell customers or guests openly what changes",
    "Switch to the named stand-in or run without them, and adjust the running order or the offer",
    "Settle costs under the contract after the launch, not on the day",
    "Confirm in writing the vendor list and the briefing checklist for the next launch",
  },
  owner = { "operations", "events", "lead" },
  due = "T-4w",
  mitigated_by = { "contract signed", "contracts signed", "purchase order", "suppliers briefed", "vendors briefed",
                   "brief confirmed" },
  check = function(plan, doc, hits)
    if text.any(doc, DONE) then return nil end
    local names, ev = {}, {}
    for _, k in ipairs(text.kinds(doc, VENDORS)) do
      for _, h in ipairs(k.hits) do
        -- "the Environment Agency" is a regulator, not a firm working for the launch
        if h.text ~= "Agency" then
          names[#names + 1] = k.kind.name
          ev[#ev + 1] = h
          break
        end
      end
    end
    if #names == 0 then return nil end
    return {
      evidence = ev,
      wrong = ("The launch relies on outside parties (%s) but the plan says nothing about signed contracts or a briefing: one of them arrives on the wrong day, at the wrong time, with the wrong quantities or message, or not at all."):format(text.join(names)),
    }
  end,
}
