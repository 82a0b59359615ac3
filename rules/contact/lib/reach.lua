-- lib/reach.lua: how a plan lets customers reach the company (lib.reach).
--
--   denied(doc, hit)     -> true when "no", "not", "without", "never", "don't", "won't" stands at most 30
--                           bytes before the hit in the same sentence ("we do not run a phone hotline")
--   live(doc, hits)      -> a new list of the hits that are not denied
--   first(doc, phrases)  -> the first hit of the first phrase that is not denied, or nil
--   any(doc, phrases)    -> true when the plan has one of the phrases
--   sentence(doc, hit)   -> the hit's sentence in lower case ("" for a channel hit)
--   mentions(s, words)   -> true when lower-case s holds one of words as a whole word
--   kinds(plan, doc)     -> list of { kind, label, hit } for each way customers can reach a person:
--                           "phone", "email", "chat", "social", "counter"; in that order, one per kind
--   line(plan, doc)      -> the first of kinds() that is a line customers ask on: phone, email or chat;
--                           nil when there is none
--   partner_systems(doc) -> the live hits of PARTNER_SYSTEMS, phrase by phrase
--   grouped(n)           -> 120000 as "120,000"
--   PARTNER_SYSTEMS      -> a partner's booking or order system customers book or buy through
--                           ("ticketing partner", "booking platform", "eventbrite"); with a line,
--                           that is contact.agent-lookup's case
--   CONTACT              -> words that put a sentence about customers reaching the company

local M = {}

local NEG = { no = true, ["not"] = true, without = true, never = true, ["don't"] = true, ["won't"] = true,
  ["doesn't"] = true, cannot = true }

M.CONTACT = { "hotline", "helpline", "phone", "call", "calls", "support", "chat", "email", "e-mail", "answered",
  "answers", "answer", "questions", "queries", "enquiries", "contact", "help", "service", "desk", "lines",
  "open", "team", "complaints", "bookings" }

function M.sentence(doc, hit)
  if hit.source ~= "announcement" and hit.source ~= "title" then return "" end
  return (doc:sentence(hit) or ""):lower()
end

function M.denied(doc, hit)
  local window
  if hit.source == "announcement" then
    window = doc:text():sub(math.max(1, hit.offset - 29), hit.offset)
  elseif hit.source == "title" then
    local s = doc:sentence(hit) or ""
    window = s:sub(1, (s:find(hit.text, 1, true) or 1) - 1):sub(-30)
  else
    return false
  end
  window = lib.clause.tail((window:lower():gsub("\226\128\153", "'")), "%.;:!?\n")
  return lib.word.listed(window, NEG, "%a'") ~= nil
end

function M.live(doc, hits)
  local out = {}
  for _, h in ipairs(hits) do if not M.denied(doc, h) then out[#out + 1] = h end end
  return out
end

function M.mentions(s, words)
  for _, w in ipairs(words) do
    if lib.word.framed(s, w, "%w") then return true end
  end
  return false
end

-- The first hit of the first phrase, in list order, that is not denied.
function M.first(doc, phrases)
  for i = 1, #phrases do
    for _, h in ipairs(M.live(doc, doc:find(phrases[i]))) do return h end
  end
  return nil
end

function M.any(doc, phrases)
  for _, p in ipairs(phrases) do if doc:has(p) then return true end end return false
end

-- Each kind: phrases in the text, plan channels, and how to name it.
local KINDS = {
  { "phone", { "hotline", "helpline", "phone line", "phone lines", "call us", "call centre", "call center",
      "contact centre", "contact center", "freephone", "customer line", "booking line", "phone us", "ring us",
      "care line", "customer care line", "customer service line", "box office line", "box office" },
    { "hotline", "phone" }, "the phone line" },
  { "email", { "email us", "e-mail us", "by email at", "support email", "support inbox", "contact form", "web form",
      "enquiry form", "write to us", "email support" }, { "support-email", "contact-form" }, "the inbox" },
  { "chat", { "live chat", "in-app chat", "web chat", "webchat", "chat support", "chatbot", "whatsapp" },
    { "chat", "live-chat", "webchat" }, "chat" },
  { "social", { "social media", "paid social", "facebook", "instagram", "twitter", "tiktok", "social channels" },
    { "social", "facebook", "instagram", "tiktok", "twitter" }, "social media" },
  { "counter", { "store colleague", "any store", "in store", "in-store", "service desk", "reception", "branch",
      "branches", "stores", "counter" }, { "stores", "store", "retail" }, "the stores" },
}

local function channel(plan, names)
  for _, c in ipairs(plan.channels or {}) do
    for _, n in ipairs(names) do
      if c == n then return { source = "channels", text = c } end
    end
  end
  return nil
end

-- An address like help@ledgerly.com in a sentence about support counts as an inbox.
local function address(doc)
  for _, s in ipairs(doc:sentences()) do
    local low = s.text:lower()
    local at = low:find("@", 1, true)
    if at and M.mentions(low, M.CONTACT) then
      local user = low:sub(math.max(1, at - 64), at - 1):match("[%w%.%-_]+$")
      local host = low:sub(at + 1, at + 100):match("^[%w%-]+%.[%w%.%-]+")
      if user and host then return { source = s.source, text = user .. "@" .. host:gsub("%.$", "") } end
    end
  end
  return nil
end

-- "stores" in "app stores" and "play store" is not a place to ask a person.
local function counter_hit(doc, phrases)
  for _, p in ipairs(phrases) do
    for _, h in ipairs(doc:find(p)) do
      local before = h.source == "announcement" and doc:text():sub(math.max(1, h.offset - 11), h.offset):lower()
        :match("(%a+)%s*$")
      if before ~= "app" and before ~= "play" and not M.denied(doc, h) then return h end
    end
  end
  return nil
end

-- The kind's first hit, channel or (for email) address, or nil.
local function kind_hit(plan, doc, k)
  local found = k[1] == "counter" and counter_hit or M.first
  local h = found(doc, k[2]) or channel(plan, k[3])
  if not h and k[1] == "email" then h = address(doc) end
  return h
end

function M.kinds(plan, doc)
  local out = {}
  for _, k in ipairs(KINDS) do
    local h = kind_hit(plan, doc, k)
    if h then out[#out + 1] = { kind = k[1], label = k[4], hit = h } end
  end
  return out
end

M.PARTNER_SYSTEMS = { "ticketing partner", "booking partner", "ticketing platform", "booking platform",
  "booking system", "claims handler", "fulfilment partner", "fulfillment partner", "delivery partner",
  "third-party booking", "third-party platform", "through our partner", "via our partner", "marketplace",
  "eventbrite", "ticketmaster", "ticket tailor" }

-- The first of kinds() that is a phone, email or chat, without looking for the others.
local LINES = { phone = true, email = true, chat = true }

function M.line(plan, doc)
  for _, k in ipairs(KINDS) do
    if LINES[k[1]] then
      local h = kind_hit(plan, doc, k)
      if h then return { kind = k[1], label = k[4], hit = h } end
    end
  end
  return nil
end

function M.partner_systems(doc)
  local out = {}
  for _, p in ipairs(M.PARTNER_SYSTEMS) do
    for _, h in ipairs(M.live(doc, doc:find(p))) do out[#out + 1] = h end
  end
  return out
end

function M.grouped(n)
  local digits = tostring(math.floor(n + 0.5))
  return (digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

return M
