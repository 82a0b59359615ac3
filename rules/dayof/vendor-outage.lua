-- dayof.vendor-outage: a third-party platform the launch runs on (payments, email or SMS
-- sending, hosting, bank feeds, couriers) has an outage or maintenance on the day, and there is
-- no fallback. Your own systems under load are essentials.key-system-down; vendors not contracted
-- or briefed are supply.vendor-briefing.

local prose = lib.prose

local VENDORS = {
  { kind = "payment provider", effect = "payments fail at checkout",
    phrases = { "payment provider", "payment gateway", "payment partner", "stripe", "paypal", "adyen", "klarna",
      "worldpay", "braintree", "apple pay", "google pay", "sumup" } },
  { kind = "email or SMS provider", effect = "confirmations and codes are not delivered",
    phrases = { "email provider", "sms provider", "mailchimp", "sendgrid", "twilio", "klaviyo", "text message",
      "text messages", "sms" },
    needs = { "code", "codes", "confirmation", "confirmations", "verification", "one-time", "reminder",
      "reminders", "ticket", "tickets", "receipt", "receipts", "login", "log in" } },
  { kind = "hosting or cloud provider", effect = "the site or service is unreachable",
    phrases = { "hosting provider", "cloud provider", "aws", "azure", "google cloud", "cloudflare", "cdn", "shopify",
      "wix", "squarespace", "wordpress.com", "heroku", "vercel" } },
  { kind = "bank or data feed", effect = "feeds stop and customers see missing or stale data",
    phrases = { "bank feeds", "bank feed", "open banking", "bank connections", "third-party api", "third-party apis",
      "partner api", "data feed" } },
  { kind = "courier", effect = "parcels are not collected or arrive late",
    phrases = { "courier", "couriers", "delivery partner", "royal mail", "dpd", "dhl", "fedex", "evri", "parcelforce",
      "next-day delivery" } },
}

local FALLBACK = { "fallback provider", "second provider", "backup provider", "second payment provider",
  "manual fallback", "failover", "fallback plan", "status page monitored", "vendor status", "multi-cdn" }

return {
  id = "dayof.vendor-outage",
  title = "A key vendor has an outage on launch day",
  category = "supply",
  severity = 4, likelihood = 2,
  rationale = "Payment, messaging, hosting and feed providers each have a few outages or maintenance windows a year; you cannot fix them, only detect them fast and switch, and on launch day every minute is the expensive one.",
  wrong = "A third-party platform the launch depends on goes down or into maintenance on the day: payments fail, messages are not delivered, feeds stop or the site is unreachable, and there is nothing your team can fix.",
  causes = {
    "The vendor's planned maintenance window falls on launch day and nobody asked",
    "A regional outage at the cloud, payment or messaging provider",
    "Launch volume hits the vendor's rate limits for your account",
    "A review, approval or certificate on the vendor's side is not finished in time",
  },
  prevent = {
    "Tell each vendor the launch date and expected volume at T-14d, and ask in writing about maintenance windows, rate limits and their emergency contact",
    "Subscribe the launch channel to each vendor's status page and set an alert on the error rate of every vendor call",
    "Prepare the fallback per vendor (second payment method, delayed send, cached page, manual dispatch) and name who switches to it",
  },
  respond = {
    "Acknowledge the problem publicly at once in plain words, without blaming the vendor, and say what customers should do",
    "Switch to the fallback, raise a priority ticket with the vendor's emergency contact and follow their status page",
    "Replay failed payments, messages or orders once the vendor recovers and tell affected customers",
    "Get the vendor's incident report and confirm in writing the fallback and monitoring for the next launch",
  },
  owner = { "engineering", "it", "operations" },
  due = "T-14d",
  mitigated_by = FALLBACK,
  triggers = prose.phrases_of(VENDORS),
  check = function(plan, doc, hits)
    if prose.first(doc, FALLBACK) then return nil end
    local kept, kinds, effects = {}, {}, {}
    for _, v in ipairs(VENDORS) do
      local found = {}
      for _, h in ipairs(prose.said(doc, v.phrases)) do -- "needs": words the hit's sentence must hold
        local s = " " .. (doc:sentence(h) or ""):lower():gsub("[^%w%-]+", " ") .. " "
        local ok = not v.needs
        for _, w in ipairs(v.needs or {}) do
          if s:find(" " .. w .. " ", 1, true) then ok = true; break end
        end
        if ok then found[#found + 1] = h end
      end
      if #found > 0 then
        kinds[#kinds + 1] = ("the %s (%s)"):format(v.kind, (found[1].text:gsub("%s+", " ")))
        effects[#effects + 1] = v.effect
        for _, h in ipairs(found) do kept[#kept + 1] = h end
      end
    end
    if #kinds == 0 then return nil end
    return {
      evidence = kept,
      wrong = ("The launch depends on third parties you cannot fix: %s. If one goes down or into maintenance on the day, %s, and the plan names no fallback."):format(
        table.concat(kinds, "; "), table.concat(effects, "; ")),
    }
  end,
}
