-- essentials.qr-registration: the registration form behind the code fails on phones,
-- loses entries or sends no confirmation.

-- The source text just before and just after a hit, within the hit's own field
-- (doc:text() is the announcement; a hit in the title is read from its sentence).
local function around(doc, hit, n)
  local off, len = hit.offset, #hit.text
  if hit.source == nil or hit.source == "announcement" then
    local text = doc:text()
    if type(off) == "number" and text:sub(off + 1, off + len) == hit.text then
      return text:sub(math.max(1, off - n + 1), off), text:sub(off + len + 1, off + len + n)
    end
  end
  local s = doc:sentence(hit) or hit.text
  local a = s:find(hit.text, 1, true)
  if not a then return "", "" end
  return s:sub(math.max(1, a - n), a - 1), s:sub(a + len, a + len + n - 1)
end

-- A hit is negated when its own clause says there is none of it:
-- "no hotline", "we do not run a hotline", "without a QR code", "hotline-free".
local NEG = { no = true, ["not"] = true, without = true, never = true, nor = true,
  none = true, instead = true, cannot = true, replacing = true, replaces = true }

local function negated(doc, hit)
  local before, after = around(doc, hit, 80)
  if after:sub(1, 5):lower() == "-free" then return true end
  before = before:match("[^%.;:!?,%(%)\n]*$"):lower()
  local words = {}
  for w in before:gmatch("[%a'\226\128\153]+") do words[#words + 1] = w end
  for i = math.max(1, #words - 3), #words do
    local w = words[i]
    if NEG[w] or w:match("n't$") or w:match("n\226\128\153t$") then return true end
  end
  return false
end

local function positive(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not negated(doc, h) then out[#out + 1] = h end end
  return out
end

local QR = { "qr code", "qr codes", "qr-code", "qr-codes", "scan the code", "scan this code" }

local function any(doc, phrases)
  for _, p in ipairs(phrases) do if doc:has(p) then return true end end
  return false
end

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
  causes = {
    "The form was built and tested on a desktop only; on a phone the date picker, dropdowns or captcha block submission",
    "Entries go to a mailbox, spreadsheet or CRM connector that fails silently or hits a quota",
    "No confirmation email or on-screen reference is given, so customers cannot prove they registered",
    "The form asks for things customers do not have to hand (serial number, receipt number, purchase date)",
    "Mobile signal or Wi-Fi is weak where customers are asked to fill the form in",
  },
  prevent = {
    "Submit the live form end to end on an iOS and an Android phone over mobile data at T-14d and check the record arrives in the system of record",
    "Send an automatic confirmation email with a reference number for every registration",
    "Set up an alert on failed submissions and compare the daily count of registrations with sales from launch day",
    "Cut the form to the fields you need and show on the form where to find the serial number",
    "Offer a 'register later' link on the receipt and in a reminder email",
  },
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
    local pos = positive(doc, hits)
    if #pos == 0 then return nil end
    local what = "registration form"
    if doc:has("warranty") then what = "warranty registration form" end
    local where = "on their phone"
    if any(doc, QR) then where = "on their phone after scanning the code" end
    return {
      evidence = pos,
      wrong = ("Customers open the %s %s and it does not work: fields do not fit the screen, the submit button fails, entries are lost, or no confirmation arrives, so they believe they are registered when they are not."):format(what, where),
    }
  end,
}
