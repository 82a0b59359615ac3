-- web.dns-cutover: a new site, shop platform or domain is switched over in DNS on launch day, and
-- email, old links or the certificate break with it.

local base = lib.base

local CUTOVER = { "new website", "new web site", "new site", "new online shop", "new web shop", "new webshop",
  "website relaunch", "relaunch", "relaunched", "relaunches", "site migration", "website migration",
  "new platform", "new shop platform", "replatform", "re-platform", "replatforming", "cutover", "cut-over",
  "switch over to", "dns", "new domain", "domain change", "moves to a new domain", "new hosting", "new host" }

return {
  id = "web.dns-cutover",
  title = "The DNS switch to the new site breaks email, links or the certificate",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Moving a domain to a new site or host rewrites records that email, old links and certificates depend on; done on launch day with long TTLs, half the world sees the old site for hours and mistakes surface only under launch traffic.",
  triggers = CUTOVER,
  wrong = "The switch to the new site is a DNS change on launch day: for hours some customers see the old site and some the new, the company's email stops because the MX and SPF records were not copied, and old links and printed addresses return 404.",
  causes = {
    "The domain's DNS zone is moved to the new host or agency and only the website records are recreated, not MX, SPF, DKIM and verification records",
    "The records' TTL is still 24 hours when the switch happens, so caches keep the old address long after launch",
    "The old site's addresses (product pages, campaign links, printed QR targets) have no redirects on the new platform",
    "The certificate for the new host is issued only after the DNS switch, so the first visitors get a security warning",
    "Nobody who can log in to the registrar and DNS provider is on duty at the switch",
  },
  prevent = {
    "Export the full DNS zone at T-14d and check every record (MX, SPF, DKIM, DMARC, verification TXT, subdomains) exists on the new provider before the switch",
    "Lower the TTL of the records that change to 300 seconds at least 48 hours before the switch",
    "Map every old address to its new one, load the redirects, and test the top 200 old addresses and every printed URL after the switch",
    "Issue and install the certificate for the new host before the switch, and switch on a quiet morning at least a day before the announcement",
    "Write the switch and the way back (the old records) in a runbook with a named person who holds registrar and DNS access",
  },
  respond = {
    "Acknowledge on social media at once which addresses or mail are affected and give a working route",
    "Restore the missing records or point the domain back to the old site while the new one is fixed",
    "Add the missing redirects and ask mail senders who bounced to resend",
    "Confirm in writing to the launch lead which records were missed and keep the zone export as the checklist for the next move",
  },
  owner = { "it", "web" },
  due = "T-14d",
  mitigated_by = { "dns zone exported", "ttl lowered", "lowered the ttl", "redirect map", "redirects tested" },
  check = function(plan, doc, hits)
    local ev = {}
    for _, h in ipairs(base.positive(doc, hits)) do
      -- "relaunch" and "new site" may be a product or a shop building: keep them only next to the web
      local t = h.text:lower()
      local vague = t:find("^relaunch") or t == "new site" or t == "new platform" or t:find("^cut") or t == "switch over to"
      local s = vague and (doc:sentence(h) or ""):lower() or ""
      if not vague or s:find("web") or s:find("online") or s:find("domain") or s:find("%w%.%a%a%a?%f[%A]") then
        ev[#ev + 1] = h
      end
    end
    if #ev == 0 then return nil end
    return { evidence = ev }
  end,
}
