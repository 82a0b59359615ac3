-- security.lookalike-sites: fraudsters copy an offer that is bait (a giveaway, a huge discount,
-- free tickets, a refund) on lookalike websites and ads.

local spot = lib.spot

local BAIT = { "giveaway", "giveaways", "free gift", "free gifts", "win a", "win an", "prize draw", "free tickets",
  "free ticket", "black friday", "cyber monday", "closing down", "closing-down", "liquidation", "flash sale",
  "refund scheme", "claim a refund", "claim your refund", "compensation scheme", "claim compensation", "rebate",
  "product recall", "safety recall", "voucher for every", "free voucher", "free samples", "free sample" }
-- "off" makes the rule look at percentages; deep_discount decides.
local TRIGGERS = { "off" }
for _, p in ipairs(BAIT) do TRIGGERS[#TRIGGERS + 1] = p end
-- Fake sites and ads copy offers that live online; a free sample handed out in a shop is not copied.
local ONLINE = { "online", "website", "web shop", "webshop", "online shop", "app", "social media", "instagram",
  "facebook", "tiktok", "email", "emails", "newsletter", "checkout", "order online", "buy online", "ads", "paid social" }

-- Discounts deep enough to be copied: "70% off", "80 percent off".
local DEEP = 50

-- The first "N% off" with N at least DEEP: its hit and N, or nil.
local function deep_discount(doc)
  for _, h in ipairs(doc:find("off")) do
    local pre = spot.window(doc, h):gsub("%s+$", "")
    local pct = tonumber(pre:match("(%d+) ?%%$") or pre:match("(%d+) ?per ?cent$") or "")
    if pct and pct >= DEEP and not spot.negative(doc, h) then return h, pct end
  end
  return nil
end

return {
  id = "security.lookalike-sites",
  title = "Fake websites and ads copy the offer",
  category = "security",
  severity = 4, likelihood = 3,
  rationale = "Giveaways, deep discounts, free tickets and refunds are copied by fraudsters within days on lookalike domains and paid social ads; customers who lose money blame the brand, and takedowns take days unless prepared.",
  triggers = TRIGGERS,
  wrong = "Fraudsters copy the offer on lookalike websites and paid social ads: customers pay for goods that never arrive or give away card details, and then blame you.",
  causes = {
    "The offer is exactly what scams are built on (free, huge discount, prize, refund), and the brand is well known",
    "Lookalike domains (typos, hyphens, '-offers', '-sale') are cheap and nobody registered or watches them",
    "Customers do not know the one official address, because the campaign uses several or a generic short link",
    "Ad platforms approve fake ads that use your logo, and nobody on your side is searching for them",
  },
  prevent = {
    "Register the obvious lookalike domains of the campaign address (typos, hyphens, '-offer', '-sale', other endings) at T-14d",
    "Monitor new domains and certificates containing your brand and the campaign name, and paid social ads using your logo, from T-14d to T+4w, with a takedown service or the registrars' abuse contacts ready",
    "State in every announcement the one official address and that you never ask for payment to claim a prize or refund",
    "Publish DMARC at p=reject on every domain you send from, so emails claiming to be you can be refused",
  },
  respond = {
    "Warn customers at once on the website and social channels, naming the fake address and the real one",
    "File takedown requests with the host, the registrar and the ad platform, and report the site to the national fraud or cyber centre",
    "Give defrauded customers a clear contact and tell them to call their bank at once",
    "Confirm in writing the domain and ad monitoring kept for the next campaign",
  },
  owner = { "security", "marketing", "web" },
  due = "T-14d",
  mitigated_by = { "lookalike domains registered", "brand monitoring", "takedown service", "dmarc", "official address" },
  check = function(plan, doc, hits)
    local bait = {}
    for _, h in ipairs(spot.real(doc, hits)) do
      if h.text:lower() ~= "off" then bait[#bait + 1] = h end
    end
    local deep, pct = deep_discount(doc)
    if deep then table.insert(bait, 1, deep) end
    if #bait == 0 then return nil end
    local low = doc:text():lower()
    local web_address = low:find("%w%.com%f[%W]") or low:find("%w%.co%.uk") or low:find("www%.")
      or low:find("%w%.org%f[%W]") or low:find("%w%.de%f[%W]") or low:find("%w%.eu%f[%W]")
    if not web_address and not spot.one(doc, ONLINE) then return nil end
    local label = deep and ("%d%% off"):format(pct) or bait[1].text
    return {
      evidence = bait,
      wrong = ("Fraudsters copy the offer ('%s') on lookalike websites and paid social ads: customers pay for goods that never arrive or give away card details, and then blame you."):format(label),
    }
  end,
}
