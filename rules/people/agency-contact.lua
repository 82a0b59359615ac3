-- people.agency-contact: an outside agency or freelancer does part of the launch, and the
-- plan hangs on their one contact, who may be on leave, off sick or off shift on the day.

local text = lib.text

local AGENCIES = { "pr agency", "media agency", "creative agency", "digital agency", "design agency",
  "event agency", "events agency", "marketing agency", "advertising agency", "ad agency",
  "social media agency", "influencer agency", "production company", "our agency", "the agency",
  "agency partner", "freelancer", "freelancers", "freelance developer", "freelance designer",
  "external developer", "external developers", "outsourced", "outsource", "contractor", "contractors",
  "overflow agency", "third-party call centre", "outsourced call centre", "agency team" }

local COVERED = { "deputy account manager", "second contact", "backup contact", "out-of-hours contact",
  "out of hours contact", "emergency contact", "escalation contact", "on-call contact", "24/7 contact",
  "named backup at the agency", "escalation path" }

-- How to name the agency after "depends on".
local function display(hit)
  local raw = (hit.text:gsub("%s+", " "))
  local t = raw:lower()
  if t == "outsourced" or t == "outsource" then return "an outsourced partner" end
  if t:find("s$") or t:find("^the ") then return raw end
  if t:find("^our ") then return "your " .. raw:sub(5) end
  if t == "freelancer" or t:find("^freelance ") or t:find("^external ") or t == "contractor" then return "a " .. raw end
  return "the " .. raw
end

return {
  id = "people.agency-contact",
  title = "The outside agency's one contact is unreachable on the day",
  category = "people",
  severity = 3, likelihood = 3,
  rationale = "Agencies staff launches with one account manager whose leave and hours nobody on the client side knows; on the day, a change or a fix waits for a voicemail.",
  triggers = AGENCIES,
  wrong = "Part of the launch is done by an outside agency or freelancer, and everything goes through one contact: on the day they are on leave, in another meeting or off shift, and nobody else there knows the brief.",
  causes = {
    "The contract names an account manager but no deputy and no out-of-hours number",
    "The agency's launch-day hours were never agreed, so they work 9 to 5 while the launch starts at 07:00",
    "Passwords, ad accounts or files sit in the agency's systems with no client access",
  },
  prevent = {
    "Get the agency's named contact, their deputy and an out-of-hours number in writing at T-14d",
    "Agree the agency's hours for launch day and the day after, and what they will change without asking",
    "Make sure your own team has admin access to every account, asset and file the agency uses for the launch",
    "Send the agency the launch run sheet and the go/no-go time, and get it acknowledged",
  },
  respond = {
    "If the agency cannot be reached, say publicly what is affected and pause their part (ads, posts, scheduled sends) from your own admin access",
    "Escalate to the agency's deputy or director and agree a fix time in writing",
    "Review the agency's launch-day cover with them afterwards and confirm the contact and hours clause for the next contract in writing",
  },
  owner = { "marketing", "lead" },
  due = "T-14d",
  mitigated_by = COVERED,
  check = function(plan, doc, hits)
    local pos = text.unhandled(doc, hits, COVERED)
    if #pos == 0 then return nil end
    return {
      evidence = pos,
      wrong = ("Part of the launch depends on %s, and the plan names no deputy or out-of-hours contact there: on the day their one contact is on leave, in another meeting or off shift, and nobody else knows the brief."):format(display(pos[1])),
    }
  end,
}
