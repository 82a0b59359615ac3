-- dayof.first-hours: the announcement goes out at a time the plan's own support hours leave
-- nobody watching: the first wave of replies, questions and problem reports lands on an empty
-- desk. (Social media moderation out of hours is social.out-of-hours.)

local cal, clock, prose = lib.cal, lib.clock, lib.prose

local SEND = { "newsletter", "email", "emails", "press release", "push notification", "sms", "text message",
  "post", "posts", "goes out", "go out", "sent", "announcement", "tv advert", "radio advert" }
-- Sends to the team, not to customers.
local INTERNAL = { "volunteers", "staff", "team", "briefed", "briefing", "internal", "colleagues",
  "store managers", "employees", "crew", "stewards" }
local WATCHED = { "monitor", "monitoring", "monitored", "watch the", "social listening", "launch watch",
  "community manager", "on duty", "on standby", "standby rota", "first hours" }

-- The first word or phrase of list in a sentence's words, padded: " " .. words .. " ".
local SEND_PADDED, INTERNAL_PADDED = lib.word.padded(SEND), lib.word.padded(INTERNAL)
-- The first word of each of SEND: a sentence without any of them names no send.
local SEND_STEMS = {}
for i, w in ipairs(SEND) do SEND_STEMS[i] = w:match("^%S+") end
local function first_word(padded, list, list_padded)
  for i, w in ipairs(list_padded) do
    if padded:find(w, 1, true) then return list[i] end
  end
  return nil
end

return {
  id = "dayof.first-hours",
  title = "The announcement lands when nobody is there to answer",
  category = "customer-contact",
  severity = 3, likelihood = 3,
  rationale = "Most replies, questions and problem reports arrive in the first two hours after a send; when that window falls outside the support hours, problems are found by customers and spread before anyone on the team sees them.",
  wrong = "The announcement goes out when support is closed: the first wave of replies, questions and problem reports lands on an empty desk, and a broken link or a wrong price is spread by customers for hours before anyone on the team sees it.",
  causes = {
    "The send time was chosen for open rates, the support hours for the normal week",
    "Nobody owns watching replies, the inbox, social mentions and the hotline queue in the first hours",
    "The sending tool's default schedule or time zone moved the send outside the planned window",
  },
  prevent = {
    "Move the send into the support hours, or staff support and a launch watcher for the first two hours after it, at T-7d",
    "Name one person to watch replies, the inbox, social mentions and the hotline queue for the first two hours, with authority to pause further sends",
    "Send a test to the internal list first and click every link, price and code before the main send",
  },
  respond = {
    "Acknowledge any problem publicly at once, and pause the remaining sends and posts",
    "Answer the backlog in order when support opens, starting with complaints and failed orders",
    "Confirm in writing that sends are scheduled inside staffed hours with a named launch watcher",
  },
  owner = { "marketing", "support" },
  due = "T-7d",
  mitigated_by = WATCHED,
  check = function(plan, doc, hits)
    if prose.first(doc, WATCHED) then return nil end
    local sup = clock.support(doc)
    if not sup or not sup.open or not sup.close then return nil end
    local sentences, lows = doc:sentences(), {}
    for i, s in ipairs(sentences) do lows[i] = s.text:lower() end
    local sends = lib.word.holding(lows, SEND_STEMS)   -- only these can name a send
    for i, s in ipairs(sentences) do
      local word, padded
      if sends[i] then
        padded = " " .. lows[i]:gsub("[^%w%-]+", " ") .. " "
        word = first_word(padded, SEND, SEND_PADDED)
      end
      if word and s.text ~= sup.sentence and not first_word(padded, INTERNAL, INTERNAL_PADDED) then
        for _, t in ipairs(clock.times(s.text)) do
          if t.at < sup.open or t.at >= sup.close then
            return {
              evidence = { { source = s.source, text = t.text }, sup.evidence },
              wrong = ("The %s goes out at %s, but %s is only open from %s to %s: the first wave of replies, questions and problem reports lands on an empty desk, and a broken link or wrong price spreads for hours before anyone on the team sees it."):format(
                word, t.text, sup.what, clock.hhmm(sup.open), clock.hhmm(sup.close)),
            }
          end
        end
      end
    end
    return nil
  end,
}
