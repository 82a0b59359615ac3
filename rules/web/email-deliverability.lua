-- web.email-deliverability: the confirmation emails, e-tickets or the mass send land in spam or
-- never arrive (sender authentication, reputation, mailbox-provider limits).

local base, sends = lib.base, lib.sends

-- A mass send matters here when it carries something customers must use: a code, a voucher, an
-- invitation, the offer itself. A notice of a change they will see anyway (release notes, a service
-- update) costs little in the spam folder.
local CARRIES = { "code", "codes", "voucher", "vouchers", "coupon", "coupons", "discount", "offer", "invitation",
  "invitations", "invite", "early access", "presale", "pre-sale", "tickets", "exclusive", "members-only", "link to" }

local function carries(doc, hit)
  if hit.source == "channels" then return false end
  local s = (doc:sentence(hit) or ""):lower()
  for _, w in ipairs(CARRIES) do
    if lib.word.framed(s, w, "%w") then return true end
  end
  return false
end

-- A registration form's own confirmation is essentials.qr-registration's item ("no confirmation
-- arrives", with the inbox test in its prevention); this rule keeps the emails customers must show or
-- use: e-tickets, order and booking confirmations, account emails.
local REGISTRATION = { "registration form", "registration forms", "registration page", "warranty registration",
  "register online", "register their", "register your", "sign-up form", "signup form" }
local CONFIRMS = { ["confirmation email"] = true, ["confirmation emails"] = true, ["email confirmation"] = true,
  ["confirmation e-mail"] = true, ["receive an email"] = true, ["receives an email"] = true,
  ["get an email"] = true, ["gets an email"] = true, ["by email"] = true, ["by e-mail"] = true }

local function registration_only(doc, one)
  if not base.has_any(doc, REGISTRATION) then return false end
  for _, h in ipairs(one) do
    if not CONFIRMS[h.text:lower()] then return false end
  end
  return true
end

local WRONG_ONE = "Customers never see the %s: they land in spam or the Promotions tab, or are rejected outright, so they cannot prove what they bought or registered and they call, write or turn up without it."
local WRONG_BULK = "The %s is throttled, spam-foldered or bounced by Gmail, Outlook and Yahoo, and the complaints a mass send draws push your own order, ticket and password emails into spam as well."

return {
  id = "web.email-deliverability",
  title = "Launch emails land in spam or never arrive",
  category = "technical-failure",
  severity = 3, likelihood = 3,
  rationale = "Mailbox providers reject or spam-folder mail from senders without SPF, DKIM and DMARC or with a sudden volume spike; it fails silently, and customers only notice when they need the email.",
  triggers = sends.MAIL,
  wrong = "Customers never see the launch emails: they land in spam or are rejected, so customers cannot find their confirmation and the mass send reaches a fraction of the list.",
  causes = {
    "The form, ticketing or newsletter tool sends as your domain but is not listed in its SPF record and does not sign with DKIM, so DMARC fails",
    "Gmail and Yahoo require bulk senders (over 5,000 a day) to publish DMARC, offer one-click unsubscribe and keep spam complaints under 0.3%; the list send breaks one of these",
    "A volume spike from a domain or IP that normally sends a few hundred mails a day looks like spam to Outlook and Gmail",
    "Confirmations go out from a no-reply address of the vendor's shared domain, whose reputation someone else has ruined",
    "The confirmation carries a PDF or many links and images and trips content filters",
  },
  prevent = {
    "Check SPF, DKIM and DMARC alignment for every tool that sends as your domain (form, ticketing, CRM, newsletter) with a header check of a real test mail at T-14d",
    "Send test confirmations to Gmail, Outlook.com, Yahoo and a corporate Microsoft 365 mailbox at T-7d and record whether each lands in the inbox",
    "Put the confirmation's reference on the confirmation screen as well, so no customer depends on the email alone",
    "Warm up a new sending domain or IP over two weeks, and split the mass send into batches over hours rather than one blast",
    "Send the mass mailing from a separate subdomain (news.yourdomain) so complaints cannot drag down order and password emails",
  },
  respond = {
    "Post on the website and social channels at once that confirmation emails are delayed, and tell customers to check spam and that their booking or registration stands",
    "Pause the mass send and the automatic resends, and fix the failing SPF, DKIM or DMARC record",
    "Resend the missing confirmations from a warmed-up address once tests land in the inbox, and give the hotline a way to look up references",
    "Confirm in writing to the launch lead which record or limit failed and add the inbox-placement test to the launch checklist",
  },
  owner = { "web", "marketing", "it", "engineering" },
  due = "T-14d",
  mitigated_by = { "spf", "dkim", "dmarc", "inbox placement", "seed test", "deliverability test" },
  check = function(plan, doc, hits)
    local one, bulk = sends.transactional(doc), nil
    if registration_only(doc, one) then one = {} end
    for _, h in ipairs(sends.bulk(plan, doc)) do
      if carries(doc, h) then bulk = h; break end   -- a channel alone says too little
    end
    if #one == 0 and not bulk then return nil end
    local parts, ev = {}, {}
    if #one > 0 then
      parts[#parts + 1] = WRONG_ONE:format(sends.name(one[1]))
      ev[#ev + 1] = one[1]
    end
    if bulk then
      parts[#parts + 1] = WRONG_BULK:format(sends.send_name(bulk))
      ev[#ev + 1] = bulk
    end
    return { evidence = ev, wrong = table.concat(parts, " ") }
  end,
}
