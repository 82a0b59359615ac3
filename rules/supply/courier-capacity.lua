-- supply.courier-capacity: the carrier cannot take the parcels the launch creates, so delivery
-- promises made in the announcement are broken.

local text, trade = lib.text, lib.trade

-- "delivered by email", "delivery by download" are not parcels.
local NOT_PARCELS = { email = true, ["e-mail"] = true, sms = true, text = true, download = true, link = true,
  app = true, push = true, hand = true, our = true, staff = true, volunteers = true }

-- Seasons when every retailer's parcels compete for the same vans.
local PEAK = { "black friday", "cyber monday", "christmas", "mother's day", "mothers' day", "valentine's day",
  "father's day", "boxing day", "singles' day", "prime day" }

return {
  id = "supply.courier-capacity",
  title = "Couriers cannot carry the peak, so promised deliveries arrive late",
  category = "supply",
  severity = 3, likelihood = 4,
  rationale = "Carriers cap collections at peak and every retailer promotes at the same time; a delivery promise printed in the announcement is broken in public, and each late parcel becomes a contact.",
  triggers = { "next-day delivery", "next day delivery", "same-day delivery", "same day delivery", "free delivery",
               "home delivery", "express delivery", "tracked delivery", "free shipping", "express shipping",
               "delivered within", "delivery within", "delivered by", "delivered before", "delivered to your door",
               "in time for christmas", "delivery slots", "delivery slot", "shipped within", "ships within" },
  wrong = "The announcement promises delivery, but the carrier is booked for an ordinary week: parcels wait at the depot, delivery promises are broken in the first week, and 'where is my order?' contacts swamp customer service.",
  causes = {
    "Collection volumes were agreed with the carrier for an ordinary week, and its peak caps or surcharges start on a date nobody checked",
    "Every retailer promotes in the same weeks, so the carrier rations collections and the surplus stays in the warehouse",
    "The order cut-off time in the announcement is later than the warehouse's last collection of the day",
    "There is only one carrier account, and nothing is ready to move parcels to another one",
  },
  prevent = {
    "Send the carrier a daily parcel forecast for launch week at T-4w and get its collection capacity and any peak cap confirmed in writing",
    "Open a second carrier account and print a test label from the warehouse system by T-2w",
    "Set the order cut-off for each delivery promise from the last confirmed collection and state it in the announcement",
    "Prepare a 'deliveries are taking longer' banner and email that can be switched on within minutes",
  },
  respond = {
    "Tell affected customers at once, by email and on the site, the real delivery date before they have to chase it",
    "Change the site's delivery promise to what the carrier can keep and move overflow parcels to the second carrier",
    "Refund delivery charges automatically wherever the promised date was missed",
    "Confirm in writing the peak agreement with the carrier and the forecast method for the next campaign",
  },
  owner = { "operations" },
  due = "T-4w",
  mitigated_by = { "second carrier", "carrier capacity confirmed", "peak capacity agreed", "collection capacity" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(text.live(doc, hits)) do
      local t = h.text:lower()
      local by_what = (t == "delivered by" or t == "delivered within") and text.next_words(doc, h, 1)[1]
      if not (by_what and NOT_PARCELS[by_what]) then pos[#pos + 1] = h end
    end
    if #pos == 0 or not trade.physical(plan, doc) then return nil end
    local peak = text.find(doc, PEAK)[1]
    local wrong = ("The announcement promises '%s', but the carrier is booked for an ordinary week: parcels wait at the depot, delivery promises are broken in the first week, and 'where is my order?' contacts swamp customer service."):format(pos[1].text)
    if peak then
      wrong = wrong .. (" Around %s every retailer's parcels compete for the same vans, and carriers cap collections."):format(peak.text)
      pos[#pos + 1] = peak
    end
    return { evidence = pos, wrong = wrong }
  end,
}
