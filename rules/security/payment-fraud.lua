-- security.payment-fraud: stolen cards, unpaid bids and chargebacks on the payments the launch
-- takes where fraud is easiest. One item per exposure.

local spot = lib.spot

local EXPOSURES = {
  { key = "auction", title = "Winning bids go unpaid or are charged back",
    phrases = { "online bidders", "online bidding", "bid online", "absentee bids", "phone bids", "bid by phone",
      "live auction", "silent auction", "auction lots", "charity auction" },
    wrong = "Winning bidders, especially online and phone bidders, do not pay or pay with stolen cards: lots are handed over on the night, and the payments are charged back weeks later, or a fake bidder drives prices up and walks away.",
    first = "Register online and phone bidders before the event with a verified card (a pre-authorisation) and an ID check for lots above a set value, by T-3d" },
  { key = "gift-cards", title = "Stolen cards are cashed out through gift cards",
    phrases = { "gift card", "gift cards", "e-gift card", "e-gift cards", "gift voucher", "gift vouchers",
      "digital voucher", "digital vouchers" },
    wrong = "Fraudsters buy gift cards with stolen cards and spend or resell them within minutes: the orders look like sales until the chargebacks arrive, and the goods bought with the cards are gone.",
    first = "Limit the value of gift cards per order and per day, hold first-time high-value e-gift card orders for review, and block gift cards paying for gift cards" },
  { key = "phone-payments", title = "Card details taken by phone are stolen or charged back",
    phrases = { "pay over the phone", "payment over the phone", "pay by phone", "card details over the phone",
      "book by phone and pay", "phone orders", "telephone orders", "mail order" },
    wrong = "Card payments are taken over the phone: the card details are written down or overheard and stolen, or the payments are disputed later with no proof of the cardholder's consent.",
    first = "Take phone payments only through a secure keypad or pay-by-link, never by staff typing or writing card numbers, and keep call recordings free of card data" },
  { key = "donations", title = "Fraudsters test stolen cards on the donation page",
    phrases = { "donate online", "online donations", "donation page", "donation form", "donate at",
      "text to donate", "give online" },
    wrong = "Fraudsters use the donation form to test stolen card numbers with small amounts: thousands of tiny donations arrive overnight, most are charged back with fees, and the payment provider suspends the account.",
    first = "Put a bot check and velocity limits (attempts per card, IP address and device) on the donation form, and alert on a spike of small donations" },
  { key = "hot-goods", title = "Stolen cards buy the launch's resellable goods",
    phrases = { "games console", "games consoles", "graphics cards", "limited edition", "limited-edition",
      "trainers drop", "sneaker drop", "high-value", "jewellery", "luxury watches", "designer handbags" },
    wrong = "Fraudsters use stolen cards to buy the launch's easily resold goods and ship them to drop addresses: the orders look like a sell-out until the chargebacks arrive weeks later, with fees and the goods gone.",
    first = "Require 3-D Secure for every card-not-present payment of the launch goods, and review orders with a mismatched billing and delivery address or many cards on one device before dispatch" },
}

local PREVENT = {
  "Take payment, or at least a card authorisation, before handing over any goods or lots",
  "Keep the evidence a chargeback dispute needs (signed bid sheets, 3-D Secure results, delivery proof) for six months",
  "Tell the payment provider the expected volumes and agree who reviews suspicious payments on launch day",
}

return {
  id = "security.payment-fraud",
  title = "Fraudulent payments and chargebacks eat the takings",
  category = "security",
  severity = 3, likelihood = 3,
  rationale = "Fraudsters go where payments are taken in a hurry and checked least: auctions, gift cards, phone payments, donation forms and hot goods; the loss shows up weeks later as chargebacks with fees.",
  triggers = spot.flatten(EXPOSURES),
  wrong = "Fraudulent payments look like sales on the day and come back weeks later as chargebacks, with fees, lost goods and a payment account under review.",
  causes = {
    "Payments are taken in a hurry, with no verification of the card or the buyer",
    "Goods or lots are handed over or shipped before the payment is confirmed",
    "Nobody watches for patterns (many cards, one device; small test payments; mismatched addresses)",
  },
  prevent = PREVENT,
  respond = {
    "Contact the buyer or bidder at once; if the card was stolen, tell the payment provider and refund the real cardholder",
    "Hold goods or lots linked to suspicious payments and cancel orders the cardholder did not authorise",
    "Fight unjustified chargebacks with the evidence kept, and block the cards, devices and addresses involved",
    "Confirm in writing the payment controls for the next launch",
  },
  owner = { "operations", "events", "security" },
  due = "T-7d",
  mitigated_by = { "3-d secure", "3d secure", "pre-authorisation", "pre-authorization", "pay-by-link",
                   "verified bidders", "bot check" },
  check = function(plan, doc, hits)
    local items = {}
    for _, e in ipairs(EXPOSURES) do
      local found = spot.all(doc, e.phrases)
      if found[1] then
        items[#items + 1] = { subject = e.key, title = e.title, wrong = e.wrong, evidence = found,
          prevent = { e.first, PREVENT[1], PREVENT[2], PREVENT[3] } }
      end
    end
    if #items == 0 then return nil end
    return items
  end,
}
