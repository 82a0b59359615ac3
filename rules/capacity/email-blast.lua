-- capacity.email-blast: the whole list gets the email at once and clicks and calls arrive together.

local text, word = lib.text, lib.word

local NOUNS = { "subscribers", "customers", "members", "recipients", "contacts", "users", "accounts",
  "addresses", "people", "readers" }
-- Phrases that are list sends by their nature; other hits need a count or "all <nouns>".
local LIST_SENDS = { newsletter = true, newsletters = true, ["mailing list"] = true, ["email blast"] = true,
  ["e-mail blast"] = true, mailshot = true, ["mail-shot"] = true, ["e-shot"] = true, eshot = true,
  ["email campaign"] = true }
local ALL = { "all", "every", "whole", "entire" }
local MAIL = { "email", "e-mail", "emails", "newsletter", "mailing", "mailshot", "inbox" }
local STAGGERED = { "in batches", "in waves", "staggered", "throttled", "batch by batch", "segment by segment",
  "spread over", "in stages", "drip" }
local STAGED = { "staged rollout", "phased rollout", "phased release", "rolling out", "gradual rollout",
  "of accounts", "of users" }
local CLICK_RATE, EARLY_SHARE = 0.03, 0.5
local MIN_LIST = 2000

-- "all customers" (a word that starts there) and "every customer" (a whole word), for each of ALL
-- and NOUNS.
local ALL_OF = {}
for _, a in ipairs(ALL) do
  for _, n in ipairs(NOUNS) do ALL_OF[#ALL_OF + 1] = { a .. " " .. n, a .. " " .. n:sub(1, -2) } end
end

-- "all 120,000 customers", "every subscriber", "the whole list".
local function all_of(s)
  local flat = s:gsub("%s+", " "):gsub("[%d,]+ ", "")
  for _, p in ipairs(ALL_OF) do
    if word.starts(flat, p[1], "%a") or word.framed(flat, p[2], "%a") then return true end
  end
  return flat:find("whole list", 1, true) ~= nil or flat:find("entire list", 1, true) ~= nil
end

return {
  id = "capacity.email-blast",
  title = "The email to the whole list brings every click and call at once",
  category = "capacity",
  severity = 3, likelihood = 4,
  rationale = "Half of an email's clicks come in its first two hours; sent to the whole list at once, it is the biggest spike most launches ever see, and support gets the questions the email did not answer.",
  triggers = { "newsletter", "newsletters", "mailing list", "email blast", "e-mail blast", "mailshot", "mail-shot",
               "e-shot", "eshot", "email campaign", "subscribers", "by email", "email to all", "emails to all" },
  channels = { "newsletter", "mailshot", "email-campaign" },
  wrong = "The email goes to the whole list at the same moment: most clicks arrive in the first two hours, the landing page slows, and the questions the email did not answer all reach support at once.",
  causes = {
    "The email platform sends to the whole list in minutes because nobody set batches or a send window",
    "The send time was chosen for open rates, not for when support is staffed",
    "Links point at a page that was never load-tested, or at one that is not live yet",
    "The email promises something (a price, a feature, a date) that is not yet true for every recipient",
  },
  prevent = {
    "Send in batches (for example a tenth of the list every 30 minutes) or by segment, and schedule the first batch for an hour when support is open",
    "Load-test the landing page for the click peak: about 3% of the list within two hours, at T-7d",
    "Give support the final email, its send time and a short FAQ the day before it goes out",
    "Click every link in the final send to a test inbox, not the proof, before releasing the first batch",
  },
  respond = {
    "Pause the remaining batches at once if the site or lines struggle, and acknowledge it in a banner and on social channels",
    "Send a short correction to the same list if the email was wrong, and tell support before it goes",
    "Resume the send in smaller batches once the site and queues are back to normal",
    "Write down the real click and contact curve and confirm the batch size and send window in writing for the next email",
  },
  owner = { "marketing", "product" },
  due = "T-7d",
  mitigated_by = { "in batches", "staggered send", "send window" },
  check = function(plan, doc, hits)
    if text.any(doc, STAGGERED) then return nil end
    local facts = plan.facts
    local listed = facts and (tonumber(facts.email_list) or tonumber(facts.subscribers))
    local found, size
    for _, h in ipairs(text.live(doc, hits)) do
      local s = text.sentence(doc, h)
      local n = text.count(s, NOUNS) or listed
      local sized = text.has_word(s, MAIL) and ((n and n >= MIN_LIST) or all_of(s))
      if LIST_SENDS[h.text:lower()] or h.source == "channels" or sized then
        found, size = h, n
        break
      end
    end
    if not found or (size and size < MIN_LIST) then return nil end
    local who = size and ("all %s recipients"):format(text.thousands(size)) or "the whole list"
    local wrong = ("The email goes to %s at the same moment: "):format(who)
    if size then
      wrong = wrong .. ("at a 3%% click rate that is about %s visits, half of them in the first two hours, "):format(
        text.thousands(size * CLICK_RATE))
    else
      wrong = wrong .. "most clicks arrive in the first two hours, "
    end
    local lines = facts and tonumber(facts.hotline_lines)
    wrong = wrong .. "the landing page slows, and the questions the email did not answer reach "
      .. (lines and ("the hotline's %d lines"):format(lines) or "support") .. " all at once."
    local staged = text.first(doc, STAGED)
    local ev = { found }
    local prevent
    if staged then
      wrong = wrong .. " The rollout is staged, so most recipients read about features their account does not have yet, and ask support where they are."
      ev[2] = staged
      prevent = {
        "Send the announcement only to accounts already switched, in step with each rollout stage, or say plainly in the email when each account gets it",
        "Schedule the first batch for an hour when support is open, and send in batches rather than all at once",
        "Give support the final email, its send time, the rollout schedule and a short FAQ the day before it goes out",
        "Load-test the landing page for the click peak (about 3% of the list within two hours) at T-7d",
      }
    end
    return { evidence = ev, wrong = wrong, prevent = prevent }
  end,
}
