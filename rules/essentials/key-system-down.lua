-- essentials.key-system-down: a system the launch sends people to is down or overloaded on the day.
-- One item per kind of system the plan relies on.

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

local SYSTEMS = {
  { key = "website", label = "The website", thing = "page loads",
    owner = { "web", "it" },
    phrases = { "website", "web site", "landing page", "landing pages", "microsite", "campaign page", "our site" },
    first = "Load-test the landing pages at three times the expected peak at T-14d and serve them through a CDN" },
  { key = "online-shop", label = "The online shop and checkout", thing = "orders",
    owner = { "web", "it" },
    phrases = { "online shop", "online store", "webshop", "web shop", "e-shop", "checkout", "payment page",
                "order online", "buy online", "click and collect", "click & collect" },
    first = "Place real test orders with real cards through checkout and the payment provider at T-7d, and agree a raised rate limit with the provider" },
  { key = "booking", label = "The booking and ticketing system", thing = "bookings",
    owner = { "events", "web", "it" },
    phrases = { "booking system", "booking site", "booking page", "online booking", "online bookings",
                "book online", "ticketing", "ticket sales", "ticket shop", "ticket website", "buy tickets",
                "book tickets", "tickets go on sale", "tickets are on sale" },
    first = "Load-test the booking flow at the expected on-sale peak and switch on the ticketing provider's queue page" },
  { key = "crm", label = "The CRM and customer database", thing = "registrations",
    owner = { "it", "web" },
    phrases = { "crm", "customer database", "loyalty scheme", "loyalty programme", "loyalty program",
                "membership system", "registration database" },
    first = "Check the CRM's API and import limits against launch-day volume and book the vendor's support for launch week" },
  { key = "backend", label = "The service behind the app", thing = "requests",
    owner = { "engineering", "it" },
    phrases = { "api", "apis", "backend", "back end", "back-end", "servers", "web app", "sync service",
                "cloud service", "login service" },
    first = "Load-test the API at three times the expected peak and set autoscaling limits before the rollout starts" },
}

local PREVENT = {
  "Freeze changes to these systems from T-3d to T+2d except fixes approved by the launch lead",
  "Set up uptime and error-rate alerts that page a named person, and prepare a static holding page",
  "Ask every third party involved (hosting, payment, ticketing) for a launch-day contact and tell them the date and expected volume",
}

return {
  id = "essentials.key-system-down",
  title = "A key system is down or overloaded on the day",
  category = "technical-failure",
  severity = 5, likelihood = 3,
  rationale = "The announcement sends everyone to the same system within minutes; an outage then is the launch failing in public, and lost orders or bookings rarely come back.",
  triggers = (function()
    local t = {}
    for _, s in ipairs(SYSTEMS) do for _, p in ipairs(s.phrases) do t[#t + 1] = p end end
    return t
  end)(),
  wrong = "A system the launch depends on is down or overloaded on the day: customers get errors or time-outs exactly when the announcement sends them there.",
  causes = {
    "Traffic from the announcement arrives within minutes, not spread over the day, and nobody tested that peak",
    "A last-minute change is deployed on launch morning",
    "A third party (payment provider, ticketing platform, hosting) has an outage or a rate limit",
    "A certificate, domain or API key expires around the launch date",
  },
  prevent = {
    "Load-test every system the announcement links to at three times the expected peak at T-14d",
    PREVENT[1], PREVENT[2], PREVENT[3],
  },
  respond = {
    "Acknowledge the outage at once on social channels and a status or holding page, with the time of the next update",
    "Put up a static holding or queue page and pause the ads and email sends that drive more traffic",
    "Roll back the last change or add capacity, and extend the offer or on-sale window for customers who were shut out",
    "Write a short incident review with the cause and the long-term fix and confirm it to the launch lead in writing",
  },
  owner = { "web", "it", "engineering" },
  due = "T-14d",
  mitigated_by = { "load test", "load tests", "load-tested", "load tested", "load testing", "queue page", "waiting room" },
  check = function(plan, doc, hits)
    local pos = positive(doc, hits)
    if #pos == 0 then return nil end
    local items = {}
    for _, s in ipairs(SYSTEMS) do
      local ev = {}
      for _, h in ipairs(pos) do
        local t = h.text:lower():gsub("%s+", " ")
        for _, p in ipairs(s.phrases) do
          if t == p then ev[#ev + 1] = h; break end
        end
      end
      if #ev > 0 then
        items[#items + 1] = {
          subject = s.key,
          title = s.label .. " is down or overloaded on the day",
          wrong = ("%s is down or overloaded on launch day: the announcement sends everyone there at once, and they get errors, time-outs or half-finished %s."):format(s.label, s.thing),
          prevent = { s.first, PREVENT[1], PREVENT[2], PREVENT[3] },
          owner = s.owner,
          evidence = ev,
        }
      end
    end
    if #items == 0 then return nil end
    if #items == 1 then return items[1] end
    return items
  end,
}
