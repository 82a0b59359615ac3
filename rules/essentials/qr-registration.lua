-- essentials.qr-registration: the registration form behind the code fails on phones,
-- loses entries or sends no confirmation.

local lang = lib.lang

local QR = { "qr code", "qr codes", "qr-code", "qr-codes", "scan the code", "scan this code" }
local CAUSES = {
  "The form was built and tested on a desktop only; on a phone the date picker, dropdowns or captcha block submission",
  "Entries go to a mailbox, spreadsheet or CRM connector that fails silently or hits a quota",
  "No confirmation email or on-screen reference is given, so customers cannot prove they registered",
  "The form asks for things customers do not have to hand (serial number, receipt number, purchase date)",
  "Mobile signal or Wi-Fi is weak where customers are asked to fill the form in",
}
local PREVENT = {
  "Submit the live form end to end on an iOS and an Android phone over mobile data at T-14d and check the record arrives in the system of record",
  "Send an automatic confirmation email with a reference number for every registration",
  "Set up an alert on failed submissions and compare the daily count of registrations with sales from launch day",
  "Cut the form to the fields you need and show on the form where to find the serial number",
  "Offer a 'register later' link on the receipt and in a reminder email",
}
-- With an emailed confirmation, the third cause and the second prevention become these.
local MAIL_CAUSE = "The confirmation email is sent by a form tool that is not set up (SPF, DKIM) to send as your domain, so it lands in spam or is rejected"
local MAIL_PREVENT = "Send test registrations to Gmail, Outlook and Yahoo addresses at T-7d and check the confirmation lands in the inbox, and show the registration reference on the confirmation screen too"

local function with(list, i, line)
  local out = {}
  for k, v in ipairs(list) do out[k] = v end
  out[i] = line
  return out
end

-- The confirmation goes by email: its delivery is part of this item (web.email-deliverability leaves
-- a registration form's confirmation to it).
local EMAILED = { "confirmation email", "confirmation emails", "email confirmation", "confirmation e-mail",
  "receive an email", "get an email", "gets an email", "sent by email", "emailed to them" }

return {
  id = "essentials.qr-registration",
  title = "The registration form fails on phones or loses entries",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Customers register once, on a phone, often in a shop; a silent failure leaves them believing they are covered when they are not, and it surfaces months later as a dispute.",
  triggers = { "registration form", "registration forms", "registration page", "registration site",
               "registration website", "registration portal", "online registration", "warranty registration",
               "register online", "register your", "register their", "register for", "scan to register",
               "sign-up form", "signup form", "sign-up page", "sign up online" },
  wrong = "Customers open the registration form on their phone and it does not work: fields do not fit the screen, the submit button fails, entries are lost, or no confirmation arrives, so they believe they are registered when they are not.",
  causes = CAUSES,
  prevent = PREVENT,
  respond = {
    "Acknowledge the fault on the form page and on social channels at once and tell customers their purchase still counts while you fix it",
    "Switch the link to a plain fallback form or collect registrations at the till on paper until the form works",
    "Recover lost entries from server logs or sales records and send each affected customer a confirmation",
    "Write up the root cause and the monitoring added, and have the owner confirm it to the launch lead in writing",
  },
  owner = { "web", "it" },
  due = "T-14d",
  mitigated_by = { "tested on mobile", "tested on phones", "mobile-tested", "registration tested end to end",
                   "form tested on ios and android" },
  check = function(plan, doc, hits)
    local pos = lang.positive(doc, hits)
    if #pos == 0 then return nil end
    local what = "registration form"
    if doc:has("warranty") then what = "warranty registration form" end
    local where = "on their phone"
    if lang.any(doc, QR) then where = "on their phone after scanning the code" end
    local mail = lang.first(doc, EMAILED, function(d, h) return not lang.negated(d, h) end)
    local causes, prevent
    if mail then
      causes, prevent = with(CAUSES, 3, MAIL_CAUSE), with(PREVENT, 2, MAIL_PREVENT)
      pos[#pos + 1] = mail
    end
    return {
      causes = causes,
      prevent = prevent,
      evidence = pos,
      wrong = ("Customers open the %s %s and it does not work: fields do not fit the screen, the submit button fails, entries are lost, or no confirmation arrives, so they believe they are registered when they are not."):format(what, where),
    }
  end,
}
