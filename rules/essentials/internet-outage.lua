-- essentials.internet-outage: the connection at the stores, venue or office fails on the day.

-- The source text just before and just after a hit, within the hit's own field
-- (doc:text() is the announcement; a hit in the title is read from its sentence).
local function around(doc, hit, n)
  local off, len = hit.offset, #hit.text
  if hit.source == nil or hit.source == "announcement" then
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(math.max(1, off - n + 1), off), text:sub(off + len + 1, off + len + n)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local a = s:find(hit.text, 1, true)
  if not a then return "", "" end
  return s:sub(math.max(1, a - n), a - 1), s:sub(a + len, a + len + n - 1)
end

-- A hit is negated when its own clause says there is none of it:
-- "no hotline", "we do not run a hotline", "without a QR code", "hotline-free".
local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true,
  none = true, instead = true, cannot = true, replacing = true, replaces = true }

local function negated(doc, hit)
  local before, after = around(doc, hit, 80)
  if after:sub(1, 5):lower() == "-free" then return true end
  before = before:match("[^%.;:!?,%(%)\n]*$"):lower()
  local words = {}
  for w in before:gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    local w = words[i]
    if NEG[w] or w:match("n't$") or w:match("n\226\128\153t$") then return true end
  end
  return false
end

local function positive(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not negated(doc, h) then out[#out + 1] = h end end
  return out
end

local STORE_WORDS = { ["in-store"] = 1, ["in store"] = 1, ["in stores"] = 1, ["our stores"] = 1, ["all stores"] = 1,
  stores = 1, shops = 1, branches = 1, showroom = 1, showrooms = 1, ["at the till"] = 1, tills = 1 }
local DEPENDS = {
  { { "card payments", "card payment", "card machines", "card readers", "payment terminals", "tills", "at the till", "point of sale", "stores", "in-store", "shops", "branches" }, "card payments" },
  { { "qr code", "qr codes", "qr-code", "registration", "register", "sign up" }, "on-the-spot registrations" },
  { { "e-ticket", "e-tickets", "tickets", "check-in", "guest list" }, "ticket scanning at check-in" },
  { { "live stream", "livestream", "streamed", "live auction", "online auction", "auction" }, "the live stream or online auction" },
}

-- "stores" right after "app" or "play" is an app store, not a shop.
local function app_store(doc, hit)
  local before = around(doc, hit, 10):lower()
  return before:match("app%s*$") ~= nil or before:match("play%s*$") ~= nil
end

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
    local pos = {}
    for _, h in ipairs(hits) do
      if not negated(doc, h) and not app_store(doc, h) then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    local where = "the venue"
    for _, h in ipairs(pos) do
      if STORE_WORDS[h.text:lower():gsub("%s+", " ")] then where = "the stores"; break end
    end
    local needs = {}
    for _, d in ipairs(DEPENDS) do
      for _, p in ipairs(d[1]) do
        if doc:has(p) then needs[#needs + 1] = d[2]; break end
      end
    end
    if #needs == 0 then needs[1] = "card payments" end
    local list = needs[1]
    if #needs > 1 then list = table.concat(needs, ", ", 1, #needs - 1) .. " and " .. needs[#needs] end
    return {
      evidence = pos,
      title = ("The internet goes down at %s on the day"):format(where),
      wrong = ("On the day the internet connection at %s fails: %s stop just when the queue is longest."):format(where, list),
    }
  end,
}
