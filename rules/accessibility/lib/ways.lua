-- lib/ways.lua: the routes a plan offers people to reach it. The accessibility rules see this
-- table as lib.ways. Uses lib.say (which loads first: lib files load in name order).
--
--   ALTERNATIVES            -> phrases that offer a way round a QR code or an app
--   alternative(doc, near, roots) -> the first affirmed ALTERNATIVES hit that stands in the same
--                              sentence as the hit near, or in a sentence with a word starting
--                              with one of roots ("register" also finds "registration"); nil
--                              when the plan offers no way round for that step
--   contact(plan, doc)      -> { phone = hit?, written = hit?, person = hit?, phone_denied = hit? }:
--                              the first affirmed hit of each kind of route (a website or app
--                              counts as written), and a plain statement that there is no phone
--                              route ("we do not run a phone hotline", "email only")
--   digital(doc)            -> the first hit that shows the offer itself is software or an online
--                              service (customers are online by definition); nil otherwise

local say = lib.say
local M = {}

M.ALTERNATIVES = { "or call", "by phone", "over the phone", "by post", "paper form", "paper forms", "printed form",
  "printed copy", "paper copy", "print at home", "printed tickets", "paper tickets", "in store", "in-store",
  "at the till", "at the counter", "at the desk", "at reception", "ask a colleague", "ask a member of staff",
  "staff can register", "staff will register", "register by phone", "book by phone", "or type", "type the address",
  "typed address", "short address", "short url", "or visit", "or go to", "without a smartphone",
  "no smartphone needed", "without the app", "no app needed", "alternatively", "text us", "by text" }

local PHONE = { "hotline", "helpline", "phone line", "phone lines", "call us", "call our", "freephone",
  "call centre", "call center", "by phone", "telephone", "phone hotline", "phone support" }
local WRITTEN = { "email us", "by email", "email at", "e-mail", "contact form", "web form", "live chat", "in-app chat",
  "chat", "webchat", "web chat", "text us", "sms", "whatsapp", "by post", "write to us", "relay uk", "textphone",
  "text relay", "online form", "online", "website", "on our website", "in the app", "faq", "web faq" }
-- Plain statements that there is no phone route.
local NO_PHONE = { "email only", "chat only", "by email only", "no phone", "no phone line", "no telephone",
  "no helpline", "no hotline" }
local PERSON = { "store colleague", "any store", "in store", "in-store", "at the counter", "at reception",
  "branch", "branches", "visit us", "our shops", "our stores", "in person", "face to face", "face-to-face" }
local DIGITAL = { "app", "apps", "mobile app", "software", "saas", "online service", "web app", "dashboard", "api",
  "software release", "invoicing service", "subscription service", "streaming service", "online banking",
  "web shop", "webshop", "online shop", "online store", "sell online" }

function M.alternative(doc, near, roots)
  local home = near and doc:sentence(near)
  for _, p in ipairs(M.ALTERNATIVES) do
    for _, h in ipairs(say.affirmed(doc, doc:find(p))) do
      local s = doc:sentence(h) or ""
      if s == home then return h end
      local low = " " .. s:lower():gsub("[^%w%-]", " ")
      for _, r in ipairs(roots or {}) do
        if low:find(" " .. r, 1, true) then return h end
      end
    end
  end
  return nil
end

function M.contact(plan, doc)
  local c = { phone = say.first(doc, PHONE), written = say.first(doc, WRITTEN), person = say.first(doc, PERSON),
    phone_denied = say.first_denied(doc, PHONE) or say.first(doc, NO_PHONE) }
  -- plan channels say where the launch is announced; only a phone channel is also a contact route
  for _, ch in ipairs(plan.channels or {}) do
    if not c.phone and (ch == "hotline" or ch == "phone") then c.phone = { source = "channels", text = ch } end
    if not c.person and (ch == "stores" or ch == "store" or ch == "branches") then c.person = { source = "channels", text = ch } end
  end
  return c
end

function M.digital(doc)
  return say.first(doc, DIGITAL)
end

return M
