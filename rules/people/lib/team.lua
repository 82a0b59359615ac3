-- lib/team.lua: reading plan.team. The people rules see this table as lib.team.
--
--   trim(s)                 -> s without surrounding white space ("" for a non-string)
--   members(plan)           -> a new list of { name, roles (list of trimmed strings), backup,
--                              index }, one per team entry; name is "Team member N" when missing
--   area(role)              -> where a role's work lands on the day: "lead", "support", "web",
--                              "engineering", "it", "marketing", "sales", "events", "volunteers",
--                              "product", "legal", "operations", "security", "hr", "finance";
--                              else the role itself in lower case
--   areas(roles)            -> a new list of the distinct areas of a list of roles, in order
--   backs_up(plan, name, members) -> a new list of the members whose backup is name (see
--                              same_person); members: members(plan) when the caller has it already
--   is_lead(member)         -> true when one of the member's roles is in the "lead" area
--   describe(member)        -> "Ruth Adeyemi (event manager, launch lead)"
--   same_person(a, b)       -> true when two names are the same person: equal (case-insensitive),
--                              or one is the other's first name ("Dana" and "Dana Whitfield")

local M = {}

function M.trim(s)
  if type(s) ~= "string" then return "" end
  return s:match("^%s*(.*%S)") or ""
end

function M.members(plan)
  local out = {}
  for i, m in ipairs(plan.team or {}) do
    local roles = {}
    for _, r in ipairs(m.roles or {}) do
      local t = M.trim(r)
      if t ~= "" then roles[#roles + 1] = t end
    end
    local name = M.trim(m.name)
    out[#out + 1] = { name = name ~= "" and name or ("Team member " .. i), roles = roles,
                      backup = M.trim(m.backup), index = i }
  end
  return out
end

-- Keywords, matched as whole words or phrases in the role, most specific area first:
-- "support lead" is support, "launch lead" is lead.
local AREAS = {
  { "volunteers",  { "volunteer", "volunteers", "steward", "stewards" } },
  { "it",          { "it support", "it lead", "it", "systems", "sysadmin", "infrastructure", "network" } },
  { "support",     { "support", "customer service", "customer services", "hotline", "helpline", "call centre",
                     "call center", "contact centre", "service desk", "helpdesk", "bookings", "booking" } },
  { "web",         { "web", "website", "digital", "e-commerce", "ecommerce", "online", "ticketing", "frontend" } },
  { "engineering", { "engineering", "engineer", "developer", "developers", "dev", "release manager", "sre",
                     "devops", "tech lead", "qa", "software" } },
  { "marketing",   { "marketing", "comms", "communications", "social media", "social", "pr", "press",
                     "campaign", "brand", "content" } },
  { "sales",       { "sales", "retail", "store manager", "store", "stores", "shop manager", "area manager", "account manager" } },
  { "events",      { "event", "events", "venue", "production", "catering", "stage" } },
  { "product",     { "product", "product manager", "product owner" } },
  { "legal",       { "legal", "compliance", "counsel", "data protection", "dpo", "privacy" } },
  { "operations",  { "operations", "ops", "logistics", "supply chain", "warehouse", "fulfilment" } },
  { "security",    { "security", "infosec", "ciso" } },
  { "hr",          { "hr", "people", "human resources", "staffing" } },
  { "finance",     { "finance", "finance lead", "treasurer", "accounts" } },
  { "lead",        { "launch", "project", "programme", "program", "owner", "lead", "director", "head" } },
}

-- Each keyword's area: the first in AREAS that lists it.
local AREA_OF = {}
for i = #AREAS, 1, -1 do
  for _, k in ipairs(AREAS[i][2]) do AREA_OF[k] = i end
end

-- A keyword stands in a role when its words are consecutive words of the role (words: runs of
-- letters, digits and hyphens); no keyword has more than three words. The role's area is the first
-- in AREAS with a keyword in the role.
function M.area(role)
  local words, best = {}, #AREAS + 1
  for w in role:lower():gmatch("[%w%-]+") do words[#words + 1] = w end
  for i = 1, #words do
    local run = words[i]
    for j = i, math.min(i + 2, #words) do
      if j > i then run = run .. " " .. words[j] end
      local a = AREA_OF[run]
      if a and a < best then best = a end
    end
  end
  if AREAS[best] then return AREAS[best][1] end
  return M.trim(role:lower())
end

function M.areas(roles)
  local out, seen = {}, {}
  for _, r in ipairs(roles) do
    local a = M.area(r)
    if not seen[a] then seen[a] = true; out[#out + 1] = a end
  end
  return out
end

function M.backs_up(plan, name, members)
  local out = {}
  for _, m in ipairs(members or M.members(plan)) do
    if M.same_person(m.backup, name) and not M.same_person(m.name, name) then out[#out + 1] = m end
  end
  return out
end

function M.is_lead(member)
  for _, r in ipairs(member.roles) do
    if M.area(r) == "lead" then return true end
  end
  return false
end

function M.describe(member)
  if #member.roles == 0 then return member.name end
  return ("%s (%s)"):format(member.name, table.concat(member.roles, ", "))
end

function M.same_person(a, b)
  a, b = M.trim(a):lower(), M.trim(b):lower()
  if a == "" or b == "" then return false end
  return a == b or a == b:match("^(%S+)") or b == a:match("^(%S+)")
end

return M
