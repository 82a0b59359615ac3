-- security.code-guessing: bots guess, or people harvest, the unique codes behind an offer
-- (on-pack codes, single-use vouchers, gift-card numbers). Shared codes leaking to deal sites,
-- caps and stacking are the promotions pack's (promotions.uncapped-cost, promotions.code-stacking).

local spot = lib.spot

local CODES = { "unique code", "unique codes", "single-use code", "single-use codes", "personal code", "personal codes",
  "on-pack code", "on-pack codes", "code inside", "code under the", "code in every", "code on every", "codes on pack",
  "code on the pack", "code on the back", "scratch card", "scratch cards", "scratch-off", "redeem your code",
  "redeem code", "redeem the code", "redemption code", "redemption codes", "claim code", "activation code",
  "voucher code", "voucher codes", "gift card balance", "check your balance", "pin code" }

-- Codes sold or shown where anyone can read them without buying.
local EXPOSED = { "on-pack", "on the pack", "on the back", "under the", "on the outside", "on the label",
  "on the receipt", "printed on" }

return {
  id = "security.code-guessing",
  title = "Bots guess or people harvest the offer's unique codes",
  category = "security",
  severity = 3, likelihood = 3,
  rationale = "Unique codes are only as safe as their length and the redeem page's rate limit; enumeration bots and shelf harvesting are routine, and every stolen code is a genuine customer told 'already used'.",
  triggers = CODES,
  wrong = "Bots try thousands of combinations on the redeem page, or people copy codes off packs and receipts without buying: valid codes are redeemed by the wrong people, genuine customers are told their code has already been used, and the prize or discount budget is gone.",
  causes = {
    "Codes are short, sequential or follow a pattern, so guessing a few thousand finds valid ones",
    "The redeem page or balance checker has no rate limit, no challenge after failed attempts and no alert",
    "Codes are printed where they can be read in the shop without buying (on the outside of the pack, under a loose cap)",
    "The full code list sits in a spreadsheet emailed between the agency, the printer and the redemption partner",
  },
  prevent = {
    "Generate codes of at least 10 random characters with no pattern and no look-alike characters (O/0, I/1) at T-21d",
    "Rate-limit the redeem page and the balance checker per IP address, device and account, add a challenge after a few failures, and alert on failure spikes, tested by T-7d",
    "Print codes only where they cannot be read before purchase (inside the seal, under a scratch panel)",
    "Keep the code list in one access-controlled system, send it to the printer through a secure transfer, and delete other copies",
  },
  respond = {
    "Say publicly at once that some codes were misused and how genuine customers get their reward (receipt or proof of purchase)",
    "Block the guessing sources, void the codes redeemed by them, and reissue valid codes to affected customers",
    "Move the rest of the campaign to longer codes or to redemption with proof of purchase",
    "Confirm in writing the code format and rate limits for future promotions",
  },
  owner = { "security", "web", "marketing" },
  due = "T-7d",
  mitigated_by = { "rate limit", "rate-limited", "random codes", "scratch panel", "inside the seal", "captcha" },
  check = function(plan, doc, hits)
    local pos = spot.real(doc, hits)
    if #pos == 0 then return nil end
    local exposed = spot.one(doc, EXPOSED)
    local wrong = ("Bots try thousands of combinations for the codes ('%s') on the redeem page"):format(pos[1].text)
    if exposed then
      pos[#pos + 1] = exposed
      wrong = wrong .. (", and codes printed where anyone can read them ('%s') are copied in the shop without buying"):format(exposed.text)
    end
    return {
      evidence = pos,
      wrong = wrong .. ": valid codes are redeemed by the wrong people, genuine customers are told their code has already been used, and the prize or discount budget is gone.",
    }
  end,
}
