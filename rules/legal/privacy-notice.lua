-- legal.privacy-notice: the launch collects personal data and the plan never mentions a privacy
-- notice or why the data is needed.

local clause, personal = lib.clause, lib.personal

-- Data items named in a sentence count as collected only with a verb of asking or giving:
-- "enter their email address" is collection, "the leaflet gives our phone number" is not.
local FIELDS = { ["email address"] = true, ["email addresses"] = true, ["phone number"] = true,
  ["mobile number"] = true, ["date of birth"] = true, ["home address"] = true, postcode = true }
local ASKING = { enter = true, enters = true, provide = true, provides = true, leave = true, leaves = true,
  asks = true, ask = true, asked = true, collect = true, collects = true, collected = true, fill = true,
  submit = true, submits = true, register = true, registers = true, verify = true, verifies = true, type = true,
  share = true, shares = true, their = true, your = true, sign = true }

local function asked(doc, hit)
  if not FIELDS[hit.text:lower()] then return true end
  local s = (doc:sentence(hit) or ""):lower()
  return lib.word.listed(s, ASKING, "%a") ~= nil
end

return {
  id = "legal.privacy-notice",
  title = "Personal data is collected without a privacy notice or a decided purpose",
  category = "legal",
  severity = 3, likelihood = 4,
  rationale = "Campaign forms are built fast by marketing or an agency from templates; the privacy notice and the lawful basis are the step skipped, and the data then drifts into uses nobody told people about.",
  triggers = { "registration form", "registration forms", "registration page", "sign-up form", "signup form",
               "sign-up page", "entry form", "entry forms", "register your", "register their", "register for",
               "register online", "scan to register", "sign up", "signs up", "sign-up", "create an account",
               "create your account", "email address", "email addresses", "phone number", "mobile number",
               "date of birth", "home address", "postcode", "upload a photo", "upload your", "enter your details",
               "enter their details", "join our mailing list", "join the waiting list", "join the waitlist" },
  wrong = "The launch collects personal data but the plan says nothing about a privacy notice or why each item is needed: the form goes live without telling people who holds their data, for what and for how long, and the data later drifts into marketing without consent.",
  causes = {
    "The form was built by marketing or an agency from a template with no privacy link, or with another company's",
    "Fields are added because they might be useful later (date of birth, phone number), which breaks data minimisation",
    "The lawful basis was never decided (contract for the service, consent for marketing), so the data is used for both",
    "Entries go to a form tool, agency or CRM that has no data processing agreement",
  },
  prevent = {
    "Put a short privacy notice on the form itself (who collects, for what, how long it is kept, people's rights, a contact) with a link to the full notice, signed off by the data protection lead at T-14d",
    "Record the lawful basis for each field and remove every field the stated purpose does not need",
    "Keep any marketing opt-in as a separate, unticked box, and store each consent with its time and wording",
    "Sign a data processing agreement with every tool or agency that receives the entries, and add the processing to the record of processing activities",
  },
  respond = {
    "Add the missing notice to the form at once, and email people who already signed up what you hold and why",
    "Stop every use of the data beyond the stated purpose, and delete fields collected without need",
    "If data went somewhere it should not, log it as a breach and decide within 72 hours whether to report it to the regulator",
    "Confirm in writing that privacy sign-off is a launch checklist step with a named owner",
  },
  owner = { "legal", "web" },
  due = "T-14d",
  mitigated_by = { "privacy notice", "privacy policy", "data processing agreement", "dpia" },
  check = function(plan, doc, hits)
    if personal.notice(doc) then return nil end
    local pos = {}
    for _, h in ipairs(clause.kept(doc, hits)) do
      if asked(doc, h) then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    local fields = personal.fields(doc)
    local what = #fields > 0 and ("(%s)"):format(clause.list(fields)) or ("('%s')"):format(pos[1].text)
    return {
      evidence = pos,
      wrong = ("The launch collects personal data %s but the plan says nothing about a privacy notice or why each item is needed: the form goes live without telling people who holds their data, for what and for how long, and the data later drifts into marketing without consent."):format(what),
    }
  end,
}
