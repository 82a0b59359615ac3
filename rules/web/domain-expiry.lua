-- web.domain-expiry: the campaign domain or its TLS certificate lapses while the announcement,
-- printed codes or links still point at it.

local base = lib.base

local DOMAIN = { "microsite", "campaign site", "campaign domain", "new domain", "vanity url", "vanity domain",
  "new web address", "dedicated website", "dedicated site", "custom domain", "domain name", "short link",
  "short links", "short url", "short urls", "ssl certificate", "tls certificate", "https certificate",
  "own domain", "separate domain" }

return {
  id = "web.domain-expiry",
  title = "The campaign domain or its certificate expires",
  category = "technical-failure",
  severity = 4, likelihood = 2,
  rationale = "Campaign domains and certificates are bought on someone's card or an agency's account and renew only if that still works; when they lapse every printed code and link dies at once, and a lapsed domain can be bought by someone else.",
  triggers = DOMAIN,
  wrong = "The campaign domain or its TLS certificate expires during or after the campaign: visitors get a browser security warning or a parked page, every printed code and link dies at once, and the lapsed domain can be bought by a squatter.",
  causes = {
    "The domain was registered by an agency or on an employee's personal card, and the renewal reminder goes to someone who has left",
    "Auto-renew is off, or the saved card has expired",
    "The certificate covers www but not the bare domain (or the reverse), or automatic renewal broke when DNS moved",
    "Short links rely on a link-shortening account on a free or lapsed plan",
    "Nobody owns the domain after the campaign ends, but the printed material and old emails keep sending people there for years",
  },
  prevent = {
    "Move the domain to the company's own registrar account with auto-renew on a company card and a shared mailbox for notices at T-14d",
    "Renew the domain for at least two years beyond the campaign's last printed use",
    "Check the certificate covers every host name used (bare domain and www) and that renewal is automatic, and add an expiry monitor that alerts 30 days ahead",
    "Decide now where the domain redirects after the campaign and who keeps paying for it",
  },
  respond = {
    "Acknowledge at once on social media that the site shows a warning or is down, and give the main website's address",
    "Renew the domain or certificate immediately, escalating to the registrar's support if it is in its grace period",
    "Redirect the campaign domain to a working page on the main site and check every printed and linked address",
    "Confirm in writing to the launch lead who owns the domain and its renewals from now on",
  },
  owner = { "web", "it" },
  due = "T-14d",
  mitigated_by = { "auto-renew", "auto renew", "expiry monitor", "expiry monitoring", "renewed for" },
  check = function(plan, doc, hits) return base.fire(doc, hits) end,
}
