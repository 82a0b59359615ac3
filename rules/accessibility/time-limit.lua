-- accessibility.time-limit: a timed step (checkout hold, session timeout, one-time code, queue
-- slot) locks out people who need longer.

local say = lib.say

-- Phrases that are a time limit only when the sentence counts minutes or seconds.
local NEEDS_UNIT = { ["held for"] = true, ["reserved for"] = true, ["expires after"] = true, ["expires in"] = true,
  ["link expires"] = true, ["code expires"] = true, ["flash sale"] = true,
  ["first to click"] = true, ["times out"] = true, ["timed out"] = true }

return {
  id = "accessibility.time-limit",
  title = "A time limit locks out people who need longer",
  category = "accessibility",
  severity = 3, likelihood = 3,
  rationale = "Screen-reader users, people with motor or cognitive impairments and older customers take two to five times longer to fill a form; short basket holds, session timeouts and one-time codes are where they lose the purchase, and WCAG 2.2.1 requires time limits to be adjustable.",
  triggers = { "session timeout", "session times out", "session expires", "times out", "timed out", "time limit",
               "time-limited checkout", "countdown timer", "countdown clock", "held for", "reserved for",
               "basket reservation", "virtual queue", "queue-it", "one-time code", "one-time passcode",
               "one-time password", "verification code", "code expires", "link expires", "expires after",
               "expires in", "minutes to complete", "minutes to pay", "seconds to", "flash sale", "first to click" },
  wrong = "A timed step runs out before some customers can finish: screen-reader users, people with motor or cognitive impairments and older customers lose their basket, their place in the queue or their code, and start again, or give up.",
  causes = {
    "Basket holds, session timeouts and queue slots were set for a fast, sighted mouse user",
    "The countdown gives no warning and no way to ask for more time",
    "One-time codes expire in a minute or two and arrive only by text message",
    "A timeout throws away everything the customer typed",
  },
  prevent = {
    "Warn customers before any time limit runs out and let them extend it with one action, at least ten times (WCAG 2.2.1), and test it at T-14d",
    "Make basket holds and session timeouts at least 20 minutes, and keep entered data when a session does time out",
    "Let one-time codes last at least 10 minutes, allow a resend, and offer a voice call as well as a text message",
    "Time the whole journey with a screen reader and with a slow typist, and make sure both finish inside every limit",
  },
  respond = {
    "Acknowledge the problem at once and complete the purchase or booking for customers who were timed out, at the price they were offered",
    "Lengthen the limit or switch off the timer as an urgent change",
    "Contact customers who reported it and confirm their order or place",
    "Confirm in writing the minimum time limits for all future journeys",
  },
  owner = { "web", "engineering" },
  due = "T-14d",
  mitigated_by = { "extend the time", "more time", "adjustable time", "no time limit" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(say.affirmed(doc, hits)) do
      local s = (doc:sentence(h) or ""):lower()
      local timed = s:find("minute", 1, true) or s:find("second", 1, true) or lib.word.framed(s, "min", "%a")
        or lib.word.framed(s, "mins", "%a")
      if not NEEDS_UNIT[h.text:lower()] or timed then pos[#pos + 1] = h end
    end
    return say.item(doc, pos, "The journey has a time limit (%s). It runs out before some customers can finish: screen-reader users, people with motor or cognitive impairments and older customers lose their basket, their place or their code, and start again or give up.")
  end,
}
