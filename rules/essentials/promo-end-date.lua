-- essentials.promo-end-date: the promotion or price drop never says when it ends.

local lang, offers = lib.lang, lib.offers
local numbers_in = lib.word.numbers
local ALPHA = {}
for b = 65, 90 do ALPHA[b], ALPHA[b + 32] = true, true end

-- Words that introduce an end; they count only when a date follows within four words.
local END_WORDS = { "until", "ends", "ends on", "ending", "end date", "runs to", "runs through", "runs till",
  "valid to", "valid through", "valid till", "expires", "expiring", "closing date", "last day",
  "offer closes", "closes on", "finishes", "up to and including" }
local MONTHS = { january = 1, february = 1, march = 1, april = 1, may = 1, june = 1, july = 1, august = 1,
  september = 1, october = 1, november = 1, december = 1, jan = 1, feb = 1, mar = 1, apr = 1, jun = 1, jul = 1,
  aug = 1, sep = 1, sept = 1, oct = 1, nov = 1, dec = 1 }
local DAYWORDS = { monday = 1, tuesday = 1, wednesday = 1, thursday = 1, friday = 1, saturday = 1, sunday = 1,
  midnight = 1, christmas = 1, easter = 1, tomorrow = 1, tonight = 1 }
local TIME_UNITS = { am = 1, pm = 1, h = 1, hrs = 1, hours = 1, mins = 1, minutes = 1 }
-- A price change meant to last has no end date by design.
local PERMANENT = { "permanent", "permanently", "for good", "new everyday price", "new everyday prices",
  "everyday low price", "everyday low prices", "new regular price", "new regular prices", "new standard price",
  "new list price", "new list prices" }
local VAGUE = { "while stocks last", "while stock lasts", "limited time", "limited-time", "until further notice" }
-- Each pattern with a piece of text every match holds: the pattern runs only when that is there.
local SPANS = { { "for %w+ days", " days" }, { "for %w+ weeks", " weeks" }, { "for a week" }, { "for a fortnight" },
  { "for %w+ weekends", " weekends" }, { "%a+day only", "day only" }, { "weekend only" }, { "one day only" },
  { "on the night" }, { "on the evening" } }
local DASH = "%s*[%-\226\128\147]+%s*"

-- "until 31 March", "ends Sunday", "until the end of April" count; "open until 8pm" does not.
local function date_follows(after)
  local words = {}
  for w in after:gmatch("[%w:]+") do
    words[#words + 1] = w
    if #words > 5 then break end
  end
  for i = 1, math.min(4, #words) do
    local w = words[i]
    if w == "further" or w == "notice" then return false end
    -- a clock time means opening hours, not the end of the offer
    if w:match("^%d+:%d+$") or w:match("^%d+[ap]m$") or (w:match("^%d+$") and TIME_UNITS[words[i + 1] or ""]) then
      return false
    end
    if MONTHS[w] or DAYWORDS[w] then return true end
    if w:match("^%d+$") or w:match("^%d+st$") or w:match("^%d+nd$") or w:match("^%d+rd$") or w:match("^%d+th$") then
      return true
    end
  end
  return false
end

-- Whether a match of low:gmatch(pattern) captures a month name, pattern being anchored ("^" ..)
-- and tried only at the candidates: an ordered list of { from, to }, each a stretch where a match
-- can start and starts alike wherever it does (the earliest place not inside the last match is
-- tried). Matches do not overlap, as with gmatch.
local function month_in(low, pattern, candidates)
  local pos = 1
  for _, c in ipairs(candidates) do
    local at = math.max(c[1], pos)
    if at <= c[2] then
      local _, e, m = low:find(pattern, at)
      if e then
        if MONTHS[m] then return true end
        pos = e + 1
      end
    end
  end
  return false
end

-- Where "%f[%w]%d" can match (a number with no letter before it), and where "(%a+) %d" can (the
-- word before " " and a number).
local function candidates(low)
  local numbers, words = {}, {}
  for _, at in ipairs(numbers_in(low)) do
    if not ALPHA[low:byte(at - 1)] then numbers[#numbers + 1] = { at, at } end
    if low:byte(at - 1) == 32 and ALPHA[low:byte(at - 2)] then
      local w = at - 2
      while ALPHA[low:byte(w - 1)] do w = w - 1 end
      words[#words + 1] = { w, at - 2 }
    end
  end
  return numbers, words
end

local function end_stated(doc)
  for _, p in ipairs(END_WORDS) do
    for _, h in ipairs(doc:find(p)) do
      local _, after = lang.around(doc, h, 60)
      if date_follows(after:lower()) then return true end
    end
  end
  local low = lang.norm(doc:text())
  -- date ranges: "1-14 March", "1 March - 14 March", "1 March to 14 March", "March 1 to March 14", "March 1-14"
  local numbers, words = candidates(low)
  if month_in(low, "^%d%d?%a*" .. DASH .. "%d%d?%a* (%a+)", numbers)
    or month_in(low, "^%d%d?%a* (%a+)" .. DASH .. "%d", numbers)
    or month_in(low, "^%d%d?%a* (%a+) to %d", numbers)
    or month_in(low, "^(%a+) %d%d?%a* to %a+ %d", words)
    or month_in(low, "^(%a+) %d%d?" .. DASH .. "%d", words) then
    return true
  end
  for _, span in ipairs(SPANS) do
    if low:find(span[2] or span[1], 1, true) and (not span[2] or low:find(span[1])) then return true end
  end
  return false
end

return {
  id = "essentials.promo-end-date",
  title = "Nobody knows when the offer ends",
  category = "commercial",
  severity = 3, likelihood = 3,
  rationale = "An offer with no stated end runs on at a loss or ends in arguments at the till; consumer law treats unclear promotional terms against the seller.",
  triggers = offers.phrases(),
  wrong = "The plan announces a promotion but never says when it ends: customers argue over whether it still applies, it runs on at a loss, or ending it looks like a bait advert.",
  causes = {
    "The end date was agreed internally but left out of the announcement and the small print",
    "'While stocks last' or 'for a limited time' was written instead of a date",
    "The advert, the website and the till system carry different dates",
    "Nobody decided whether the new price is permanent or temporary",
  },
  prevent = {
    "Decide the exact start and end date and time (with time zone) and sign them off with finance at T-14d",
    "State 'until <date>' in the announcement, on shelf labels, on the website and in the terms",
    "Schedule the price reversal in the till and web systems when the promotion is set up, not afterwards",
    "Say in the terms what happens to orders placed before the end and delivered after it",
  },
  respond = {
    "Announce the end date publicly at once and honour the offer for customers who relied on the unclear wording",
    "Correct the advert, website and shelf labels the same day so every channel shows one end date",
    "Check that tills and the website switch back on time and refund anyone charged the wrong price",
    "Confirm the end-date rule in writing in the campaign template for future promotions",
  },
  owner = { "marketing", "sales" },
  due = "T-14d",
  check = function(plan, doc, hits)
    local pos = offers.real(doc, hits)
    if #pos == 0 then return nil end
    if lang.first(doc, PERMANENT) then return nil end
    if end_stated(doc) then return nil end
    local offer = offers.name(pos[1])
    local vague = lang.first(doc, VAGUE)
    local note = ""
    local ev = { pos[1] }
    if vague then
      note = (" (it only says '%s', which is not a date)"):format(lang.norm(vague.text))
      ev[2] = vague
    end
    return {
      evidence = ev,
      wrong = ("The plan announces the %s but never says when it ends%s: customers argue over whether it still applies, it runs on at a loss, or ending it looks like a bait advert."):format(offer, note),
    }
  end,
}
