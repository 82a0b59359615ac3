-- security.registration-leak: the personal data the launch collects leaks: an open spreadsheet,
-- a form tool's public link, an export emailed around, a misconfigured bucket.

local spot = lib.spot

local COLLECTS = { "registration form", "registration forms", "registration page", "sign-up form", "signup form",
  "entry form", "entry forms", "register your", "register their", "register for", "scan to register",
  "registrations", "sign-ups", "signups", "guest list", "attendee list", "entrants", "applications",
  "application form" }
-- What is collected, each with how to name it; true marks data that is serious to lose at any scale.
local SENSITIVE = {
  { "ID documents", { "passport", "passports", "id card", "driving licence", "driver's license", "proof of identity",
      "proof of address" }, true },
  { "bank details", { "bank details", "sort code", "iban", "account number", "card details" }, true },
  { "dates of birth", { "date of birth", "dates of birth" }, true },
  { "health information", { "medical conditions", "allergies", "dietary requirements", "health information",
      "access needs" }, true },
  { "photos", { "upload a photo", "photo of", "photos of", "selfie" }, true },
  { "home addresses", { "home address", "home addresses", "postal address" }, true },
  { "receipt numbers", { "receipt number", "receipt numbers", "order number" }, false },
  { "email addresses", { "email address", "email addresses" }, false },
  { "phone numbers", { "phone number", "phone numbers", "mobile number" }, false },
}
-- Where the data sits, if the plan says: the usual places it leaks from.
local WEAK_STORE = { "spreadsheet", "google sheet", "google sheets", "google form", "google forms", "typeform",
  "jotform", "shared drive", "excel", "csv", "shared mailbox", "emailed to" }

-- Where the data leaves the team that collects it: to an agency, a partner or a separate tool.
local HANDOFF = { "agency", "agencies", "partner", "partners", "shared with", "sent to", "passed to", "passed on to",
  "exported", "export", "third party", "third-party", "microsite", "mailing house", "retailers" }

-- Below this many people, and with nothing sensitive or weakly stored, a leak is not worth an item.
-- Above it, a name, an email address and a receipt number in the company's own form are the same data
-- as every online order (and its notice is legal.privacy-notice): the launch adds a risk only when
-- the data is handed on.
local LARGE = 10000

return {
  id = "security.registration-leak",
  title = "The registration data leaks",
  category = "security",
  severity = 4, likelihood = 2,
  rationale = "Campaign data is collected fast, in tools outside IT's view, and copied into spreadsheets for the agency and the stores; a public link or a lost export exposes every registrant, and the breach must be reported.",
  triggers = COLLECTS,
  wrong = "The personal data the launch collects leaks: a form tool's public results link, a spreadsheet shared with 'anyone with the link', an export emailed to the agency, or an unprotected storage bucket exposes every registrant.",
  causes = {
    "The form was built in a marketing or survey tool outside IT's control, with public results or a shared editor link",
    "Exports are copied into spreadsheets and emailed to agencies, stores or partners, and never deleted",
    "Test and staging copies of the form write real data to an unprotected database or bucket",
    "Everyone on the campaign shares one login to the form tool",
  },
  prevent = {
    "Decide at T-14d where the data is stored, who can see it and when it is deleted, and have security review the form tool's sharing settings",
    "Switch off public result links and 'anyone with the link' sharing, and give each person their own login with two-factor sign-in",
    "Send data to partners only through an access-controlled transfer, never as an email attachment, and only the fields they need",
    "Set a deletion date for the campaign data and the exports, and put it in the owner's calendar",
  },
  respond = {
    "Close the exposure at once (revoke the link, lock the bucket, reset the logins) and preserve the logs",
    "Assess within 72 hours whether to report the breach to the data protection authority, and tell affected people without delay if the risk to them is high",
    "Tell registrants plainly what was exposed and what to watch for (phishing that quotes their registration)",
    "Confirm in writing the storage, access and deletion rules for the next campaign's data",
  },
  owner = { "security", "it", "web" },
  due = "T-14d",
  mitigated_by = { "access controlled", "two-factor", "2fa", "mfa", "deletion date", "retention period", "encrypted" },
  check = function(plan, doc, hits)
    local pos = spot.real(doc, hits)
    if #pos == 0 then return nil end
    local kinds, ev, serious = {}, { pos[1] }, false
    for _, s in ipairs(SENSITIVE) do
      local h = spot.one(doc, s[2])
      if h then
        kinds[#kinds + 1] = s[1]
        ev[#ev + 1] = h
        serious = serious or s[3]
      end
    end
    local weak = spot.one(doc, WEAK_STORE)
    local crowd = spot.crowd(plan)
    local handed = not (serious or weak) and crowd and crowd >= LARGE and spot.one(doc, HANDOFF)
    if not (serious or weak or handed) then return nil end
    if weak then ev[#ev + 1] = weak end
    if handed then ev[#ev + 1] = handed end
    local what = #kinds > 0 and spot.named(kinds) or "contact details"
    local who = crowd and ("up to %s people's"):format(spot.thousands(crowd)) or "every registrant's"
    local where = weak and ("kept in the %s"):format(weak.text) or "collected for the launch"
    return {
      evidence = ev,
      wrong = ("The %s %s leak: a form tool's public results link, a spreadsheet shared with 'anyone with the link', an export emailed to a partner or an open storage bucket exposes %s data, and the breach must be reported."):format(what, where, who),
    }
  end,
}
