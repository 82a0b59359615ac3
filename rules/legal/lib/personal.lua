-- lib/personal.lua: does the plan collect personal data, and does it say how it is handled?
-- The legal rules see it as lib.personal. Uses lib.clause (which loads first).
--
--   collected(doc)   -> the hits (not denied) where the plan asks people for personal data:
--                       forms, sign-ups, accounts, contact details, uploads; {} when none
--   fields(doc)      -> names of the personal data the plan asks for, in a fixed order:
--                       { "email address", "date of birth", ... }
--   notice(doc)      -> the first hit where the plan mentions a privacy notice or policy, or nil

local clause = lib.clause
local M = {}

local FORMS = { "registration form", "registration forms", "registration page", "sign-up form", "signup form",
  "sign-up page", "entry form", "entry forms", "register your", "register their", "register for",
  "register online", "scan to register", "sign up", "signs up", "sign-up", "create an account",
  "create your account", "join our mailing list", "join the waiting list", "join the waitlist",
  "upload a photo", "upload your", "upload their", "enter your details", "enter their details",
  "fill in the form", "fill in a form" }

-- What people are asked for, each with the words that show it.
local FIELDS = {
  { "email address", { "email address", "email addresses", "e-mail address" } },
  { "phone number", { "phone number", "phone numbers", "mobile number", "mobile numbers" } },
  { "postal address", { "home address", "postal address", "postcode", "post code" } },
  { "date of birth", { "date of birth", "dates of birth" } },
  { "photo", { "photo of", "photos of", "selfie", "upload a photo" } },
  { "receipt or order number", { "receipt number", "order number", "proof of purchase" } },
  { "ID document", { "passport", "id card", "driving licence", "driver's license", "proof of identity" } },
  { "bank details", { "bank details", "sort code", "iban", "account number" } },
  { "dietary and health needs", { "dietary requirements", "allergies", "medical conditions", "access needs" } },
}

local NOTICE = { "privacy notice", "privacy policy", "privacy statement", "data protection notice",
  "how we use your data", "how we use personal data" }

function M.collected(doc)
  local out = clause.seek(doc, FORMS)
  for _, f in ipairs(FIELDS) do clause.append(out, clause.seek(doc, f[2])) end
  return out
end

function M.fields(doc)
  local out = {}
  for _, f in ipairs(FIELDS) do
    if clause.seek(doc, f[2])[1] then out[#out + 1] = f[1] end
  end
  return out
end

function M.notice(doc)
  return clause.mentions(doc, NOTICE)
end

return M
