-- web.mobile-checkout: paying on a phone fails: in-app browsers, card authentication, the hand-off
-- to a ticketing or payment partner. (Registration forms are essentials.qr-registration.)

local base, sends = lib.base, lib.sends

-- A new or hand-off payment flow: risky on phones by itself.
local NEW_FLOW = { "buy tickets", "book tickets", "buy your tickets", "book your tickets", "tickets go on sale",
  "tickets are on sale", "ticketing partner", "ticket shop", "donate online", "online donation",
  "online donations", "payment page", "new checkout", "new online shop", "new web shop", "pre-order online",
  "pay online", "apple pay", "google pay" }
-- An everyday shop: risky on phones when the launch sends people there from social, email or QR.
local SHOP = { "checkout", "check out online", "buy online", "order online", "online shop", "online store",
  "webshop", "web shop", "book online", "order in the app", "buy in the app" }
local FROM_CHANNELS = { "social", "instagram", "facebook", "tiktok", "qr", "sms", "newsletter", "ads", "paid-social" }
-- Ticket sales alone: with nothing that sends people from their phones (no social, email campaign, QR
-- or text, no mass audience), tickets are bought at the ticketing partner's tested checkout like any
-- other; the in-app browser and hand-off failures this rule is about need the phone traffic. A new
-- checkout or payment page of your own counts whatever the traffic.
local TICKETS = { "buy tickets", "book tickets", "buy your tickets", "book your tickets", "tickets go on sale",
  "tickets are on sale", "ticketing partner", "ticket shop" }
local CROWD = 5000
local SOCIAL = { "paid social", "social media", "instagram", "facebook", "tiktok", "newsletter", "email campaign",
  "text message", "sms" }

return {
  id = "web.mobile-checkout",
  title = "Paying on a phone fails at checkout",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Most launch traffic is on phones, much of it inside Instagram, Facebook or mail apps; payment steps tested on a desktop browser break there, and every failure is a lost sale the team never sees.",
  triggers = base.join(NEW_FLOW, SHOP),
  wrong = "Customers on phones cannot finish paying: the card check (3-D Secure) opens in a pop-up the in-app browser blocks, the basket is lost when they hand off to the payment or ticketing partner, or the pay button sits under the keyboard.",
  causes = {
    "The flow was tested on desktop Chrome, not inside the Instagram, Facebook or Gmail in-app browsers where most social and email traffic lands",
    "The bank's 3-D Secure step or the banking app switch loses the session, because cookies on the partner's domain are blocked as third-party",
    "The hand-off to the ticketing or payment partner opens a new tab or iframe that phones block or show badly",
    "Apple Pay or Google Pay is not enabled for the new domain, or the form does not support autofill, so customers give up typing card numbers",
    "A cookie banner, chat bubble or sticky footer covers the pay button on small screens",
  },
  prevent = {
    "Buy for real with a live card on an iPhone and an Android phone at T-7d: once in Safari or Chrome, once from a link opened inside Instagram and Gmail",
    "Complete a 3-D Secure challenge and a switch to a banking app on a phone and check the order and the confirmation arrive",
    "Check the conversion funnel by device on the partner's and your own analytics on launch day and alert if mobile completion falls below desktop by a set margin",
    "Confirm Apple Pay and Google Pay domain verification for the live domain with the payment provider at T-7d",
  },
  respond = {
    "Acknowledge on social media at once that some phone payments fail and give a working route (open in Safari or Chrome, the desktop site, or the phone line)",
    "Switch the failing step to a full-page redirect instead of a pop-up or iframe, or turn off the affected payment method",
    "Contact customers with abandoned baskets from the failed window and hold their price or ticket",
    "Confirm in writing to the launch lead which device and browser failed and add it to the release test list",
  },
  owner = { "web", "it" },
  due = "T-7d",
  mitigated_by = { "tested on mobile", "mobile checkout tested", "tested in-app browsers", "test purchase on phones",
                   "test purchases on phones" },
  check = function(plan, doc, hits)
    local pos = base.positive(doc, hits)
    if #pos == 0 then return nil end
    local from = base.first(doc, SOCIAL)
    local flows, own = base.found(doc, NEW_FLOW), false
    for _, h in ipairs(flows) do
      local t = h.text:lower()
      local ticket = false
      for _, p in ipairs(TICKETS) do ticket = ticket or t == p end
      own = own or not ticket
    end
    local crowd = (tonumber(plan.audience.expected) or 0) >= CROWD and #flows > 0
    if not (own or from or crowd or base.channel(plan, FROM_CHANNELS)) then return nil end
    local wrong
    if from then
      wrong = ("Customers who come from the %s open the link on their phone, often inside an in-app browser, and cannot finish paying: the 3-D Secure check opens in a pop-up that is blocked, the basket is lost in the hand-off to the payment or ticketing partner, or the pay button sits under the keyboard."):format(sends.send_name(from))
    end
    return { evidence = { pos[1], from }, wrong = wrong }
  end,
}
