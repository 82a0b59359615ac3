-- data/lib/contacts.lua: phone numbers and email addresses written in an announcement. The data
-- rules see it as lib.contacts.
--
--   phones(doc)      -> a list of { text, digits, hit } for every phone number in the announcement
--                       (9 to 15 digits, written with spaces, dashes, dots or brackets); digits is the
--                       national form for UK (+44) numbers; hit is a doc:find hit for evidence
--   emails(doc)      -> a list of { text, hit } for every email address in the announcement
--   phone_flaw(p)    -> a sentence fragment when the number can never reach the team (a range
--                       reserved for drama and examples) or costs callers a premium, else nil
--   email_flaw(e)    -> a sentence fragment when the address is a placeholder or a no-reply
--                       address, else nil

local M = {}

-- Ofcom's ranges for TV, radio and example use: numbers that are never given to anyone. Each is the
-- national form's first eight digits; the last three digits run 000-999.
local DRAMA = { "01134960", "01144960", "01154960", "01164960", "01174960", "01184960", "01214960", "01314960",
  "01414960", "01514960", "01614960", "02079460", "01632960", "02890180", "02920180", "07700900",
  "08081570", "09098790", "03069990" }

local function hit_of(doc, text)
  return doc:find(text)[1] or { text = text, source = "announcement" }
end

function M.phones(doc)
  local out, text, from = {}, doc:text(), 1
  while true do
    local a, b = text:find("[%+%(]?%d[%d %-%.%(%)/]*%d", from)
    if not a then break end
    local raw = text:sub(a, b)
    local d = raw:gsub("%D", "")
    if #d >= 9 and #d <= 15 and not raw:find("%d%.%d%d?$") and not raw:find("^%d%d?%.%d") then
      if raw:find("^%+44") or raw:find("^0044") then
        d = d:sub(raw:find("^%+") and 3 or 5)
        if d:sub(1, 1) ~= "0" then d = "0" .. d end
      end
      out[#out + 1] = { text = raw, digits = d, hit = hit_of(doc, raw) }
    end
    from = b + 1
  end
  return out
end

-- Each "@" is grown left and right over the characters an address may hold (patterns with one
-- repetition each: the sandbox refuses costly ones on long texts).
function M.emails(doc)
  local out, text, from = {}, doc:text(), 1
  while true do
    local at = text:find("@", from, true)
    if not at then break end
    local left = text:sub(math.max(1, at - 64), at - 1):match("[%w%._%%%+%-]+$")
    local right = text:sub(at + 1, at + 255):match("^[%w%-%.]+")
    right = right and right:gsub("%.+$", "")
    if left and right and right:find(".", 1, true) and right:match("%a$") then
      local e = left .. "@" .. right
      out[#out + 1] = { text = e, hit = hit_of(doc, e) }
    end
    from = at + 1
  end
  return out
end

function M.phone_flaw(p)
  local d = p.digits
  for _, r in ipairs(DRAMA) do
    if #d == 11 and d:sub(1, #r) == r then
      return ("%s is in a range Ofcom reserves for drama and examples: it is never connected, so every call fails"):format(p.text)
    end
  end
  local us = #d == 11 and d:sub(1, 1) == "1" and d:sub(2) or d
  if #us == 10 and us:sub(4, 8) == "55501" then
    return ("%s is in the 555-01xx range reserved for fiction: it never connects"):format(p.text)
  end
  if d:gsub(d:sub(1, 1), "") == "" or d:find("123456", 1, true) then
    return ("%s looks like a placeholder left from the draft"):format(p.text)
  end
  if d:find("^09") or d:find("^087") or d:find("^084") then
    return ("%s is a premium or service-charge number: callers pay for it, which the announcement must say"):format(p.text)
  end
  return nil
end

local FAKE_DOMAINS = { "example%.", "%.example$", "%.test$", "%.invalid$", "^domain%.", "yourdomain", "yourcompany",
  "company%.com$", "email%.com$" }

function M.email_flaw(e)
  local localpart, domain = e.text:lower():match("^(.-)@(.+)$")
  for _, p in ipairs(FAKE_DOMAINS) do
    if domain:find(p) then return ("%s is a placeholder address: mail to it never reaches you"):format(e.text) end
  end
  if localpart:find("^no%-?reply") or localpart:find("^do%-?not%-?reply") then
    return ("%s is a no-reply address: customers who write to it are never answered"):format(e.text)
  end
  return nil
end

return M
