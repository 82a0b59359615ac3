-- legal.data-impact: the launch starts a high-risk kind of personal-data processing (bank data,
-- location, biometrics, recordings, profiling) with no data protection impact assessment.

local clause = lib.clause

local KINDS = {
  { key = "financial", phrases = { "bank feeds", "bank feed", "open banking", "bank transactions", "transaction data",
      "account data", "credit check", "credit checks", "credit score", "affordability check" },
    note = "bank and credit data reveal spending, income and health, and need a processor contract with every aggregator" },
  { key = "location", phrases = { "location data", "location tracking", "live location", "gps tracking",
      "tracks your location", "geofencing" }, note = "location data reveals where people live, work and worship" },
  { key = "biometric", phrases = { "biometric", "biometrics", "fingerprint login", "face recognition",
      "facial recognition", "face scan", "voiceprint", "age estimation" },
    note = "biometric data used to identify people is special-category data and needs an explicit legal ground" },
  { key = "recording", phrases = { "call recording", "calls are recorded", "cctv", "body cameras", "video recording of",
      "screen recording", "session recording" }, note = "recordings capture people who never chose to take part" },
  { key = "profiling", phrases = { "profiling", "personalised pricing", "personalized pricing", "automated decision",
      "automated decisions", "ai assistant", "ai-powered", "machine learning", "scoring customers", "risk score" },
    note = "automated decisions and profiling give people rights to an explanation and to a human review" },
  { key = "health", phrases = { "health data", "symptom checker", "heart rate", "sleep data", "fertility",
      "mental health", "medical records" }, note = "health data is special-category data and needs an explicit legal ground" },
}

-- The plan already has an assessment.
local ASSESSED = { "dpia", "data protection impact assessment", "privacy impact assessment", "impact assessment" }

return {
  id = "legal.data-impact",
  title = "High-risk data processing starts without an impact assessment",
  category = "legal",
  severity = 4, likelihood = 3,
  rationale = "The GDPR requires an impact assessment before high-risk processing starts; launches add bank, location, biometric or profiling features late, and a regulator can order the processing stopped on the day it is found.",
  triggers = clause.phrases(KINDS),
  wrong = "The launch starts or extends a high-risk kind of personal-data processing, and the plan mentions no data protection impact assessment that covers it: the processing may be unlawful from day one and a regulator can order it stopped.",
  causes = {
    "The feature was scoped as a product change, and nobody asked the data protection lead until the release",
    "A new supplier or aggregator processes the data, with no processor contract or transfer safeguards",
    "The privacy notice and the record of processing still describe the old product",
    "Nobody decided how long the new data is kept or who inside the company may see it",
  },
  prevent = {
    "Run (or extend to the new scope) a data protection impact assessment with the data protection lead by T-21d, record the risks and the measures, and consult the regulator first if a high risk remains",
    "Sign a processor agreement (with transfer safeguards where needed) with every new supplier that touches the data",
    "Update the privacy notice and the record of processing before the feature reaches the first customer",
    "Set the retention period and the access rights for the new data and configure them in the system",
  },
  respond = {
    "Pause the new processing at once if the assessment is missing or finds an unmitigated high risk, and tell affected customers plainly",
    "Complete the assessment, fix what it finds and document the decision",
    "Answer the regulator with the assessment and the measures, and report a breach within 72 hours where one occurred",
    "Confirm in writing that an assessment is a release gate for new kinds of personal data",
  },
  owner = { "legal", "product" },
  due = "T-21d",
  mitigated_by = { "dpia", "impact assessment", "processor agreement", "data processing agreement" },
  check = function(plan, doc, hits)
    if clause.mentions(doc, ASSESSED) then return nil end
    local found = clause.groups(doc, KINDS)
    if #found == 0 then return nil end
    local notes, ev = clause.notes(found)
    return {
      evidence = ev,
      wrong = ("The launch starts or extends a high-risk kind of personal-data processing ('%s': %s), and the plan mentions no data protection impact assessment that covers it: the processing may be unlawful from day one, and a regulator can order it stopped."):format(ev[1].text, table.concat(notes, "; ")),
    }
  end,
}
