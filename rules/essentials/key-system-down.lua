-- essentials.key-system-down: a system the launch sends people to is down or overloaded on the day.
-- One item per kind of system the plan relies on.

local lang = lib.lang

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
  triggers = lang.collect(SYSTEMS, "phrases"),
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
    local pos = lang.positive(doc, hits)
    if #pos == 0 then return nil end
    local found, sentences = {}, {}
    for _, s in ipairs(SYSTEMS) do
      local ev = {}
      for _, h in ipairs(pos) do
        local t = lang.norm(h.text)
        for _, p in ipairs(s.phrases) do
          if t == p then ev[#ev + 1] = h; break end
        end
      end
      found[s.key] = ev
      if s.key ~= "website" then
        for _, h in ipairs(ev) do sentences[doc:sentence(h) or ""] = true end
      end
    end
    -- "Tickets go on sale on our website": where every mention of the website is the shop's or the
    -- booking system's own sentence, the website is that system, and one item covers it.
    local web = {}
    for _, h in ipairs(found.website) do
      if not sentences[doc:sentence(h) or ""] then web[#web + 1] = h end
    end
    found.website = web
    local items = {}
    for _, s in ipairs(SYSTEMS) do
      local ev = found[s.key]
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
