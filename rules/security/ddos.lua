-- security.ddos: a denial-of-service attack at the announced on-sale or go-live moment.

local spot = lib.spot

-- A fixed public moment when everyone (and any attacker) knows the site matters most.
local MOMENT = { "goes live at", "go live at", "on sale at", "go on sale at", "goes on sale at", "drops at",
  "drop at", "countdown", "registration opens at", "tickets go on sale", "tickets on sale", "black friday",
  "cyber monday", "live stream", "livestream" }
-- Sectors attackers and extortionists favour.
local TARGETS = { "betting", "casino", "gambling", "crypto", "cryptocurrency", "crypto exchange", "online game",
  "game launch", "multiplayer", "esports", "election", "political", "petition", "campaign donations" }
local LARGE = 50000

return {
  id = "security.ddos",
  title = "A denial-of-service attack hits at the announced moment",
  category = "security",
  severity = 4, likelihood = 2,
  rationale = "An announced on-sale time tells attackers and extortionists exactly when an outage hurts most; DDoS-for-hire is cheap, and sites sized for real peaks fall over at a fraction of an attack.",
  triggers = MOMENT,
  wrong = "At the announced moment the site is flooded by a denial-of-service attack (extortion, a grudge, or bots posing as customers): genuine customers get errors at the busiest hour, and the attacker chose that hour on purpose.",
  causes = {
    "The site and its APIs are not behind a DDoS-protection service, or the origin servers' addresses are public so attackers go around it",
    "Rate limits and bot rules are set for normal traffic and were never switched to launch settings",
    "Nobody has a contact at the hosting or protection provider for the launch hour",
    "An extortion email before the launch is ignored or handled alone",
  },
  prevent = {
    "Put the launch site and its APIs behind a DDoS-protection and CDN service with rate limiting and bot management, and confirm with the provider at T-14d what attack size the plan absorbs",
    "Make the origin servers reachable only through the protection service, and check their addresses are not in public DNS records",
    "Agree an escalation contact and a run-book with the provider's attack-response team for the launch hour",
    "Prepare a static waiting page that the CDN can serve if the origin is overwhelmed",
  },
  respond = {
    "Say publicly at once that the site is under heavy load, with the time of the next update; do not blame customers",
    "Switch on the provider's attack mode and challenge pages, and block the attacking networks with the provider",
    "Extend or re-run the sale once the site is stable, so the attack does not decide who gets in",
    "Do not pay ransom demands; report to the police or national cyber centre, and confirm the hardening in writing",
  },
  owner = { "security", "it", "engineering", "web" },
  due = "T-14d",
  mitigated_by = { "ddos protection", "ddos-protected", "cloudflare", "akamai", "waf", "web application firewall" },
  check = function(plan, doc, hits)
    local moment = spot.real(doc, hits)[1]
    if not moment then return nil end
    local target = spot.one(doc, TARGETS)
    local crowd = spot.crowd(plan)
    if not target and not (crowd and crowd >= LARGE) then return nil end
    local ev = { moment }
    if target then ev[2] = target end
    local why = target and ("a favourite target ('%s')"):format(target.text)
      or ("about %s people expected"):format(spot.thousands(crowd))
    return {
      evidence = ev,
      wrong = ("The plan names the moment the site matters most ('%s', %s): a denial-of-service attack (extortion, a grudge, or bots posing as customers) floods it exactly then, and genuine customers get errors at the busiest hour."):format(moment.text, why),
    }
  end,
}
