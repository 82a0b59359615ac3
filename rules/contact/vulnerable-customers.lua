-- contact.vulnerable-customers: the people answering do not recognise or adapt to vulnerable customers.
-- (Which contact routes exist is accessibility.contact-routes; this rule is how the people on them handle
-- customers who need more.)

local reach = lib.reach

local GROUPS = { "older customers", "older people", "elderly", "pensioners", "seniors", "over-65s", "over 65s",
  "over-70s", "retired", "retirees", "disabled", "disability", "disabilities", "deaf", "hard of hearing",
  "blind", "partially sighted", "visually impaired", "sight loss", "hearing loss", "wheelchair users",
  "carers", "patients", "vulnerable", "care home", "care homes", "dementia", "bereaved", "bereavement",
  "learning disabilities", "low income", "in debt", "debt advice" }
-- The plan already covers how vulnerable customers are handled.
local HANDLED = { "vulnerability", "vulnerable customer team", "specialist team", "priority services",
  "priority service", "extra help", "trained to recognise", "power of attorney", "third-party access" }

return {
  id = "contact.vulnerable-customers",
  title = "Vulnerable customers are rushed, misunderstood or turned away",
  category = "customer-contact",
  severity = 4, likelihood = 3,
  rationale = "Launches aimed at older, disabled, ill, bereaved or indebted people are contacted by customers who need more time and care; agents measured on speed rush them, and regulators expect firms to recognise and adapt.",
  triggers = GROUPS,
  wrong = "The customers this launch is for need more time and care than the contact team is set up for: agents measured on handling time rush them, carers and relatives are refused because they are not the account holder, needs are not recorded so customers explain again on every call, and a complaint about treating a vulnerable customer badly becomes the story.",
  causes = {
    "Agents are measured on handling time and calls per hour during launch week",
    "Nobody is trained to recognise signs of vulnerability or knows what they may do differently",
    "There is no process for carers, relatives or attorneys to speak for a customer",
    "There is no way to record a customer's needs so they need not explain again",
  },
  prevent = {
    "Brief every agent on recognising vulnerability and give them explicit permission to take longer, with a named specialist to refer to, by T-14d",
    "Agree how carers, relatives and attorneys may act for a customer, and what proof is needed, and put it in the script",
    "Add a field for agreed needs (large print, call-backs at set times, a named contact) to the customer record and check agents can use it",
    "Take handling-time targets off calls from these customers during launch weeks",
  },
  respond = {
    "Contact any customer who was treated badly at once, by the route they can use, with a named person to deal with",
    "Review complaints that mention vulnerability daily with the second line and fix each case within a week",
    "Share what went wrong with all agents in the next briefing, with the corrected approach",
    "Confirm in writing the vulnerability guidance and the specialist contact for the rest of the launch and the next one",
  },
  owner = { "support" },
  due = "T-14d",
  mitigated_by = HANDLED,
  check = function(plan, doc, hits)
    if reach.any(doc, HANDLED) then return nil end
    local live = reach.live(doc, hits)
    if #live == 0 or #reach.kinds(plan, doc) == 0 then return nil end
    return {
      evidence = live,
      wrong = ("The launch is aimed at %s, who need more time and care than the contact team is set up for: agents measured on handling time rush them, carers and relatives are refused because they are not the account holder, needs are not recorded so customers explain again on every call, and a complaint about treating a vulnerable customer badly becomes the story."):format(live[1].text:lower()),
    }
  end,
}
