-- security.admin-access: people outside the core team (agencies, freelancers, volunteers) use
-- shared admin logins without two-factor sign-in to the systems the launch runs on.

local spot = lib.spot

-- People outside the core team, each with how to name them.
local OUTSIDERS = {
  { "the agency", { "agency", "our agency", "creative agency", "digital agency", "media agency", "pr agency" } },
  { "freelancers", { "freelancer", "freelancers", "contractor", "contractors" } },
  { "volunteers", { "volunteers", "volunteer" } },
  { "temporary staff", { "temporary staff", "temps", "seasonal staff", "agency staff" } },
}
-- Systems whose admin consoles they would need, each with how to name them. Running check-in at the
-- door is not one: volunteers there tick names or show a scanner, and the queue is
-- events.door-check-in's; a check-in app that signs in to the ticketing account is.
local CONSOLES = {
  { "the domain's DNS settings", { "dns", "domain registrar", "registrar", "nameservers", "name servers" } },
  { "the website", { "website", "web site", "landing page", "cms", "wordpress", "shopify" } },
  { "the ticketing system", { "ticketing", "ticketing partner", "ticketing platform", "check-in app",
      "scanning app", "organiser app", "organizer app", "box office", "booking system" } },
  { "the social media accounts", { "social media", "instagram", "facebook", "tiktok", "social accounts" } },
  { "the email platform", { "newsletter", "email platform", "mailchimp", "mailing list" } },
  { "the payment system", { "card readers", "payment provider", "payments", "till", "tills", "donations" } },
}
local SHARED = { "shared login", "shared logins", "shared password", "shared account", "one login", "same login" }

local TRIGGERS = spot.flatten({ { "shared logins", SHARED }, table.unpack(OUTSIDERS) }, 2)

-- The consoles the plan names: for each entry of CONSOLES, its hits and their sentences.
local function consoles_named(doc)
  local out = {}
  for i, entry in ipairs(CONSOLES) do
    local hits, sentences = spot.all(doc, entry[2]), {}
    for k, h in ipairs(hits) do sentences[k] = doc:sentence(h) end
    out[i] = { hits = hits, sentences = sentences }
  end
  return out
end

-- The first console (in order) with a hit, and the hit; with sentence given, only hits in it count.
local function first_named(named, sentence)
  for i, entry in ipairs(CONSOLES) do
    local n = named[i]
    for k, h in ipairs(n.hits) do
      if not sentence or n.sentences[k] == sentence then return entry[1], h end
    end
  end
  return nil
end

return {
  id = "security.admin-access",
  title = "Outsiders use shared admin logins without two-factor sign-in",
  category = "security",
  severity = 4, likelihood = 3,
  rationale = "Launches hand admin access to agencies, freelancers and volunteers in a hurry, usually by sharing one password; it is never revoked, and one phished or leaked password hands over the guest list, the payouts or the brand's accounts.",
  triggers = TRIGGERS,
  wrong = "People outside the core team use a shared admin login, without two-factor sign-in, to the systems the launch runs on; the password is passed around and never changed, and one leak hands a stranger the customer data, the payouts or the brand's accounts.",
  causes = {
    "Access is given by sharing the owner's own password, because setting up separate users takes time",
    "Two-factor sign-in is off on third-party consoles (ticketing, social media, email platform, domain registrar)",
    "Everyone gets full admin rights when they need only check-in, posting or reporting",
    "Nobody removes access after the launch, so former volunteers, freelancers and agencies keep it",
  },
  prevent = {
    "List at T-14d every admin console the launch uses (website, shop, ticketing, email platform, social accounts, payments, domain registrar) and who has access to each",
    "Give every person their own login with the smallest role they need (check-in only, posting only), and turn on two-factor sign-in for every admin role",
    "Give agencies access through the platform's partner or business-manager feature, never by sharing your own password",
    "Remove access for volunteers, agencies and freelancers at T+14d, and record that it was done",
  },
  respond = {
    "Lock a misused account at once, end its sessions, revoke its API keys, and tell affected customers what happened",
    "Check the audit log for changes (payout details, DNS, posts, exports) and revert them",
    "Report a personal-data breach within 72 hours where the law requires it",
    "Confirm in writing the access review done after the launch",
  },
  owner = { "security", "it", "web" },
  due = "T-14d",
  mitigated_by = { "own login", "individual logins", "two-factor", "2fa", "mfa", "access review", "least privilege" },
  check = function(plan, doc, hits)
    local shared = spot.one(doc, SHARED)
    -- the console must be named with the outsiders: "volunteers run check-in"
    local who, who_hit, what, what_hit
    local named
    for _, o in ipairs(OUTSIDERS) do
      for _, h in ipairs(spot.all(doc, o[2])) do
        named = named or consoles_named(doc)
        what, what_hit = first_named(named, doc:sentence(h))
        if what then who, who_hit = o[1], h; break end
      end
      if what then break end
    end
    if shared and not what then what, what_hit = first_named(named or consoles_named(doc)) end
    -- an outsider and a console they would run, or a shared login named outright
    if not shared and not (who and what) then return nil end
    local ev = {}
    for _, h in ipairs({ shared or false, who_hit or false, what_hit or false }) do
      if h then ev[#ev + 1] = h end
    end
    return {
      evidence = ev,
      wrong = ("%s use%s a shared admin login, without two-factor sign-in, to %s; the password is passed around and never changed, and one leak hands a stranger the customer data, the payouts or the brand's accounts."):format(
        who and (who:sub(1, 1):upper() .. who:sub(2)) or "People outside the core team",
        who == "the agency" and "s" or "", what or "the systems the launch runs on"),
    }
  end,
}
