-- essentials.internet-outage: the connection at the stores, venue or office fails on the day.

local lang = lib.lang

local STORE_WORDS = { ["in-store"] = 1, ["in store"] = 1, ["in stores"] = 1, ["our stores"] = 1, ["all stores"] = 1,
  stores = 1, shops = 1, branches = 1, showroom = 1, showrooms = 1, ["at the till"] = 1, tills = 1 }
-- Shops that trade every day already live with their connection: a launch there is worth an item
-- only when it adds something that needs the line at a set moment (a price update the tills pull
-- overnight, sign-ups on store tablets, a crowd at opening time). Venues and pop-ups always count.
local STORE_NEEDS = { "pick up the new prices", "new prices overnight", "prices overnight", "price file",
  "price update", "tablet", "tablets", "kiosk", "kiosks", "in-store sign-up", "sign up in store",
  "register in store", "activate in store", "doors open", "queue", "queues", "opening day", "midnight opening",
  "doorbuster", "doorbusters", "first come", "black friday", "opening event", "in-store event" }
-- "the first 100 customers": a crowd at the door at opening time.
local function crowd_at_door(doc)
  return doc:text():lower():find("first %d+ [%a%-]*%s?customers") ~= nil
end
local PRICE_PULL = { "pick up the new prices", "new prices overnight", "prices overnight", "price file", "price update" }
local DEPENDS = {
  { { "card payments", "card payment", "card machines", "card readers", "payment terminals", "tills", "at the till", "point of sale", "stores", "in-store", "shops", "branches" }, "card payments" },
  { { "qr code", "qr codes", "qr-code", "registration", "register", "sign up" }, "on-the-spot registrations" },
  { { "e-ticket", "e-tickets", "tickets", "check-in", "guest list" }, "ticket scanning at check-in" },
  { { "live stream", "livestream", "streamed", "live auction", "online auction", "auction" }, "the live stream or online auction" },
}

return {
  id = "essentials.internet-outage",
  title = "The internet goes down at the stores or venue on the day",
  category = "technical-failure",
  severity = 4, likelihood = 2,
  rationale = "Tills, card terminals, registrations and ticket scanning all need a live connection; one line per site with no backup stops the launch where customers queue.",
  triggers = { "in-store", "in store", "in stores", "our stores", "all stores", "stores", "shops", "branches",
               "showroom", "showrooms", "venue", "tills", "at the till", "card payments", "card machines",
               "card readers", "payment terminals", "point of sale", "box office", "check-in desk", "pop-up shop" },
  wrong = "On the day the internet connection at the stores or venue fails: card payments, tills, registrations and ticket scanning stop just when the queue is longest.",
  causes = {
    "One broadband line per site with no backup, and a router nobody has restarted in a year",
    "Venue Wi-Fi shared between hundreds of guests' phones, the caterer and the card terminals",
    "The provider's planned maintenance or a local outage falls on launch day",
    "Card terminals and tills need a live connection and have no offline mode switched on",
  },
  prevent = {
    "Test every site's backup connection (4G router or hotspot) and the card terminals' offline mode at T-7d",
    "Ask the venue for a dedicated, password-protected line for tills and scanning, separate from guest Wi-Fi, and test it on site",
    "Check the providers' maintenance calendars for launch week and ask them to freeze changes",
    "Print the paper fallback: offline registration forms, the guest list for check-in and a cash or pay-later procedure",
  },
  respond = {
    "Tell customers in the queue and on social media at once what is affected and what still works (cash, paper registration)",
    "Switch tills and terminals to the 4G backup or offline mode and move registrations and check-in to paper",
    "Enter paper registrations and offline transactions the same day once the line is back, and reconcile them",
    "Log the outage with the provider and confirm the backup-connection standard for every site in writing",
  },
  owner = { "it", "operations", "events" },
  due = "T-7d",
  mitigated_by = { "4g backup", "backup connection", "backup router", "mobile hotspot", "offline mode", "failover connection" },
  check = function(plan, doc, hits)
    local pos = lang.filter(doc, hits, lang.real_place)
    if #pos == 0 then return nil end
    local where = "the venue"
    for _, h in ipairs(pos) do
      if STORE_WORDS[lang.norm(h.text)] then where = "the stores"; break end
    end
    if where == "the stores" and not lang.any(doc, STORE_NEEDS) and not crowd_at_door(doc) then return nil end
    local needs = {}
    for _, d in ipairs(DEPENDS) do
      if lang.any(doc, d[1]) then needs[#needs + 1] = d[2] end
    end
    if #needs == 0 then needs[1] = "card payments" end
    local list = lang.join(needs)
    if where == "the stores" and lang.any(doc, PRICE_PULL) then
      return {
        evidence = pos,
        title = "The internet goes down at the stores on the day",
        wrong = ("A store's internet connection is down on the night of the switch or on the day: its tills miss the overnight price update and open with the old prices, and %s stop when customers come for the new ones."):format(list),
      }
    end
    return {
      evidence = pos,
      title = ("The internet goes down at %s on the day"):format(where),
      wrong = ("On the day the internet connection at %s fails: %s stop just when the queue is longest."):format(where, list),
    }
  end,
}
