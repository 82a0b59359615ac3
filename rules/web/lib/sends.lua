-- web/lib/sends.lua: the messages a launch sends out (confirmation emails, e-tickets, newsletters,
-- press releases). The web rules see this table as lib.sends; it uses lib.base (loaded first).
--
--   TRANSACTIONAL, BULK, MAIL, CARRIERS -> phrase lists (rules use them as triggers); MAIL is
--                          TRANSACTIONAL and BULK together
--   name(hit)           -> how to call a transactional hit's email: "e-tickets", "confirmation emails", ...
--   send_name(hit)      -> how to call a bulk or carrier hit (or channel entry) after "the": "newsletter",
--                          "press release", "email to all customers", ...
--   transactional(doc)  -> positive hits of one-to-one emails the launch depends on: confirmations,
--                          e-tickets, certificates, "we email you" ("answers by email at help@..."
--                          is customers writing to us, not us sending, and is left out; so is the
--                          "by email" inside "customers by email", a mass send)
--   bulk(plan, doc)     -> positive hits of mass sends (newsletter, "all customers by email"), plus
--                          a { source = "channels" } entry for an email or newsletter channel
--   carriers(plan, doc) -> the marketing sends that carry links to the launch: newsletters and email
--                          campaigns, press releases, texts and paid ads (not service notices "to all
--                          customers by email"), plus a { source = "channels" } entry for such a channel

local text = lib.base
local M = {}

M.TRANSACTIONAL = { "confirmation email", "confirmation emails", "email confirmation", "confirmation e-mail",
  "e-ticket", "e-tickets", "eticket", "etickets", "verification email", "activation email", "welcome email",
  "password reset", "order confirmation", "booking confirmation", "receive an email", "receives an email",
  "get an email", "gets an email", "by email", "by e-mail", "emailed to", "we email", "we will email" }

M.BULK = { "newsletter", "newsletters", "mailing list", "email campaign", "email blast", "mailshot", "e-shot",
  "email to all", "customers by email", "subscribers by email", "members by email", "email all" }

local CARRY = { "press release", "press releases", "text message", "text messages", "sms", "paid social",
  "social ads", "google ads", "display ads", "banner ads" }
-- Marketing sends only: a service notice "to all customers by email" is not a campaign with links.
local CAMPAIGN = { "newsletter", "newsletters", "mailing list", "email campaign", "email blast", "mailshot", "e-shot" }
M.CARRIERS = text.join(CAMPAIGN, CARRY)
M.MAIL = text.join(M.TRANSACTIONAL, M.BULK)

local MAIL_CHANNELS = { "email", "e-mail", "newsletter", "mailing", "email-marketing" }
local CARRY_CHANNELS = { "newsletter", "mailing", "email-campaign", "press", "sms", "ads", "paid-social" }

-- A generic "by email" is a send only in a sentence about receiving or sending, not one about
-- customers writing in ("questions by email", "reach us by email").
local SENDING = { "receive", "receives", "get", "gets", "sent", "send", "sends", "emailed", "arrive", "arrives",
  "go to", "goes to", "delivered", "confirm", "confirmed" }
local WRITING = { "question", "questions", "contact us", "write to", "reach us", "answers", "answer", "enquiries",
  "ask", "asks", "complaints", "support team", "helpdesk" }

local SENDING_PADDED, WRITING_PADDED = lib.word.padded(SENDING), lib.word.padded(WRITING)

local function sending(doc, h)
  local s = " " .. (doc:sentence(h) or ""):lower():gsub("[^%a]+", " ") .. " "
  local function any(padded)
    for _, w in ipairs(padded) do
      if s:find(w, 1, true) then return true end
    end
    return false
  end
  return any(SENDING_PADDED) and not any(WRITING_PADDED)
end

-- "by email at help@..." / "by email to support@...": an address customers write to.
local function inbound(doc, h)
  local s = doc:sentence(h) or ""
  local at = s:lower():find(h.text:lower(), 1, true)
  if not at then return false end
  local rest = s:sub(at + #h.text, at + #h.text + 60)
  local word = (rest:match("^%s*(%a+)") or ""):lower()
  return (word == "at" or word == "to") and rest:find("@", 1, true) ~= nil
end

local function inside(h, hits)
  for _, b in ipairs(hits) do
    if b.source == h.source and h.offset >= b.offset and h.offset < b.offset + #b.text then return true end
  end
  return false
end

function M.transactional(doc)
  local out, bulk = {}, nil   -- the bulk sends, read when a generic "by email" needs them
  for _, h in ipairs(text.found(doc, M.TRANSACTIONAL)) do
    local t = h.text:lower()
    local generic = t == "by email" or t == "by e-mail"
    if generic and not inbound(doc, h) then bulk = bulk or text.found(doc, M.BULK) end
    if not (generic and (inbound(doc, h) or inside(h, bulk) or not sending(doc, h))) then out[#out + 1] = h end
  end
  return out
end

function M.name(hit)
  local t = hit.text:lower()
  if t:find("ticket") then return "e-tickets" end
  if t:find("confirmation") then return "confirmation emails" end
  if t:find("password") or t:find("verification") or t:find("activation") then return "account emails" end
  return "emails the launch promises them"
end

local SEND_NAMES = { newsletters = "newsletter", ["mailing list"] = "mailing", ["email campaign"] = "campaign email",
  ["email blast"] = "campaign email", ["e-shot"] = "campaign email", ["email to all"] = "email to all customers",
  ["customers by email"] = "email to all customers", ["subscribers by email"] = "email to all subscribers",
  ["members by email"] = "email to all members", ["email all"] = "email to all customers",
  ["press releases"] = "press release", ["text messages"] = "text message", sms = "text message",
  email = "launch email", ["e-mail"] = "launch email", mailing = "mailing", press = "press release",
  ads = "ads", ["paid-social"] = "paid social ads", ["paid social"] = "paid social ads",
  instagram = "Instagram posts", facebook = "Facebook posts", tiktok = "TikTok posts",
  ["social media"] = "social media posts" }

function M.send_name(hit)
  local t = hit.text:lower():gsub("%s+", " ")
  return SEND_NAMES[t] or t
end

local function with_channel(plan, hits, names)
  local c = text.channel(plan, names)
  if c then hits[#hits + 1] = { source = "channels", text = c } end
  return hits
end

function M.bulk(plan, doc)
  return with_channel(plan, text.found(doc, M.BULK), MAIL_CHANNELS)
end

function M.carriers(plan, doc)
  return with_channel(plan, text.found(doc, M.CARRIERS), CARRY_CHANNELS)
end

return M
