-- security.ticket-touts: touts and their bots buy up scarce tickets to resell them, and fake or
-- duplicated tickets are sold to fans.

local spot = lib.spot

local TICKETS = { "tickets", "ticket", "e-tickets", "e-ticket", "mobile tickets", "print-at-home", "wristbands",
  "wristband", "passes", "festival passes" }
-- Demand beyond supply: what touts look for.
local SCARCE = { "sold out", "sell out", "sells out", "sold-out", "limited tickets", "limited number of tickets",
  "limited capacity", "only a few", "high demand", "presale", "pre-sale", "ballot", "waiting list", "waitlist",
  "first come, first served", "first come first served", "one per customer", "four per customer",
  "two per customer", "max two", "maximum of four" }
-- The plan already talks about resale: touts are expected.
local RESALE = { "resale", "resell", "resold", "reselling", "touts", "touting", "scalpers", "scalping",
  "secondary ticketing", "viagogo", "stubhub", "fan-to-fan" }

return {
  id = "security.ticket-touts",
  title = "Touts take the tickets and fans are sold fakes",
  category = "security",
  severity = 4, likelihood = 3,
  rationale = "Scarce tickets and drops are a business for touts: bots buy in seconds, resale sites list before the sale opens, and screenshots of e-tickets are sold several times; the fans turned away at the door are the story.",
  triggers = SCARCE,
  wrong = "Touts and their bots buy up the tickets or items to resell them at a mark-up, and fans buy fake or already-used tickets on resale sites and are turned away at the door.",
  causes = {
    "Tickets are sold first come, first served with no per-person limit tied to a verified identity, card and address",
    "E-tickets are static QR or barcodes that can be screenshotted and sold several times",
    "There is no official resale or transfer route, so genuine fans who cannot go sell on open markets, where fakes mix in",
    "Resale listings appear before the on-sale, and nobody reports them to the platforms",
  },
  prevent = {
    "Limit tickets per person and enforce the limit on verified account, card and delivery address, and cancel orders that break it before tickets are issued",
    "Use named or rotating (dynamic) mobile tickets issued close to the date, and scan every ticket online at the door so duplicates are refused",
    "Offer an official face-value resale or transfer route and state in the terms that tickets resold elsewhere may be cancelled",
    "Publish which sellers are official and check resale sites for listings from T-14d, reporting speculative ones (in the UK, resale listings must name the seat and face value)",
  },
  respond = {
    "Tell fans publicly at once where genuine tickets can be bought and that tickets from other sellers may be cancelled",
    "Cancel tout-bought tickets under the terms and release them through the official resale route",
    "Set up a help desk at the door for fans holding fake or duplicate tickets, with a clear line on what you can offer them",
    "Confirm in writing the ticket limits, ticket format and resale policy for the next sale",
  },
  owner = { "security", "events", "web" },
  due = "T-14d",
  mitigated_by = { "dynamic tickets", "rotating barcode", "named tickets", "official resale", "face-value resale",
                   "ticket limit", "id check at the door" },
  check = function(plan, doc, hits)
    -- in the list's order, so the plainest sign of demand ("sold out") is quoted first
    local scarce = spot.all(doc, SCARCE)
    if #scarce == 0 then return nil end
    -- limited goods without tickets are capacity.limited-drop's; here it is tickets and passes
    local ticket = spot.one(doc, TICKETS)
    if not ticket then return nil end
    local ev = { scarce[1], ticket }
    local resale = spot.one(doc, RESALE)
    if resale then ev[#ev + 1] = resale end
    local what = ("the %s"):format(ticket.text:lower())
    return {
      evidence = ev,
      wrong = ("Demand is higher than supply ('%s'), so touts and their bots buy up %s to resell them at a mark-up, and fans buy fake or already-used copies on resale sites and are turned away or left with nothing."):format(scarce[1].text, what),
    }
  end,
}
