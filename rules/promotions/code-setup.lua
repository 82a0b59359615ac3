-- promotions.code-setup: codes and vouchers go out before they work everywhere, or expire at the wrong moment.

local offer = lib.offer

local EXPIRY = { "expires", "expiry", "valid until", "valid till", "valid to", "valid through", "use by",
  "redeem by", "until", "ends" }
local PRINTED = { "printed", "print", "leaflet", "leaflets", "flyer", "flyers", "receipt", "receipts", "poster",
  "posters", "mailer", "catalogue", "door drop", "card", "cards" }

return {
  id = "promotions.code-setup",
  title = "Codes do not work at the checkout or till, or expire at the wrong moment",
  category = "technical-failure",
  severity = 3, likelihood = 3,
  rationale = "Codes are printed and emailed by marketing but set up in the checkout and tills by other teams; the first customers find the gaps, at the till, in public.",
  triggers = offer.CODES,
  wrong = "Customers enter the code and get 'code not valid': it was never loaded in the tills or one sales channel, it expires at midnight UTC while the email said Sunday, or the printed code mixes up O and 0. Each failure becomes a complaint and a goodwill refund.",
  causes = {
    "Codes were sent to print or email before being set up and tested in every checkout, till and app",
    "The expiry in the system uses a different time zone, time of day or date from the one advertised",
    "Printed codes use ambiguous characters (O and 0, I and 1) or are case-sensitive in one system",
    "Unique codes were generated in too small a batch or were loaded twice, so some customers get used codes",
  },
  prevent = {
    "Load every code in the web checkout, the app and the tills, and redeem each code type once in each channel at T-5d",
    "Set the expiry in the system to the advertised date, time and time zone, and test a redemption one minute before and after it",
    "Use codes without ambiguous characters, make them case-insensitive, and check one printed proof against the system",
    "Give the hotline and stores a way to check whether a code is valid and apply it by hand",
  },
  respond = {
    "Acknowledge at once on social channels and the website when a code fails, and say how affected customers get the discount",
    "Apply the discount by hand or refund the difference for every customer who was refused, and fix the code setup the same day",
    "Extend the expiry for customers who were refused during the fault",
    "Confirm in writing that every code is test-redeemed in every channel before it is sent or printed",
  },
  owner = { "web", "sales", "marketing" },
  due = "T-5d",
  mitigated_by = { "test-redeemed", "test redeemed", "test redemption" },
  check = function(plan, doc, hits)
    local live = offer.live(doc, hits)
    if #live == 0 then return nil end
    local notes = {}
    if not offer.any(doc, EXPIRY) then
      notes[#notes + 1] = "the plan does not say when the code expires, so each system will use its own default"
    end
    if offer.first(doc, PRINTED) then
      notes[#notes + 1] = "printed codes cannot be corrected once they are out"
    end
    if #notes == 0 then return { evidence = live } end
    return {
      evidence = live,
      wrong = "Customers enter the code and get 'code not valid': it was never loaded in the tills or one sales channel, or it expires at a different moment from the one advertised; "
        .. table.concat(notes, ", and ") .. ". Each failure becomes a complaint and a goodwill refund.",
    }
  end,
}
