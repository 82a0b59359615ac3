-- lib/money.lua: amounts, currencies and percentages in a plan's text (lib.money).
--
--   amounts(s)        -> list of { value, symbol, text } for every "£49.99", "€ 12", "$1,200" in s, in order
--   pairs(s)          -> list of { was, now, symbol, text } for "from £49.99 to £34.99" in s (was > now)
--   percents(s)       -> list of the numbers before "%", "percent" or "per cent" in s
--   top_percent(s, firm) -> the largest of percents(s), 50 for "half price", or nil; with firm, a
--                        percentage after "up to" does not count (it is a ceiling, not the offer)
--   currencies(s)     -> set of currency codes s shows prices in: { GBP = true, EUR = true, ... }
--   show(value, sym)  -> "£15", "£15.50"
--   pct(p)            -> "25" for 25, "12.5" for 12.5

local M = {}

local SYMBOLS = { { "\194\163", "GBP" }, { "\226\130\172", "EUR" }, { "%$", "USD" } }
local CODES = { gbp = "GBP", eur = "EUR", euro = "EUR", euros = "EUR", usd = "USD", chf = "CHF", sek = "SEK",
  nok = "NOK", dkk = "DKK", pln = "PLN", aud = "AUD", cad = "CAD", jpy = "JPY" }

local function number(s)
  return tonumber((s:gsub(",", "")))
end

-- Each sign is found with a plain find and the number read right after it: what
-- s:gmatch("()" .. sign .. " ?(%d[%d,%.]*)()") gives (no match can hold a second sign).
function M.amounts(s)
  local out = {}
  for _, sym in ipairs(SYMBOLS) do
    local plain = sym[1]:gsub("%%", "")
    local at = s:find(plain, 1, true)
    while at do
      local n, e = s:match("^ ?(%d[%d,%.]*)()", at + #plain)
      if n then
        while n:sub(-1) == "." or n:sub(-1) == "," do n, e = n:sub(1, -2), e - 1 end
        local v = number(n)
        if v then out[#out + 1] = { value = v, symbol = plain, text = s:sub(at, e - 1), at = at } end
      end
      at = s:find(plain, at + #plain, true)
    end
  end
  table.sort(out, function(a, b) return a.at < b.at end)
  return out
end

function M.pairs(s)
  local out = {}
  local list = M.amounts(s)
  for i = 1, #list - 1 do
    local a, b = list[i], list[i + 1]
    local gap = s:sub(a.at + #a.text, b.at - 1):lower():gsub("%s+", "")
    if #gap <= 6 and a.value > b.value and a.symbol == b.symbol and (gap == "to" or gap == "now" or gap == ",now" or gap == ";now" or gap == "-" or gap == ">"
        or gap == "\226\128\147") then
      out[#out + 1] = { was = a.value, now = b.value, symbol = a.symbol, text = s:sub(a.at, b.at + #b.text - 1) }
    end
  end
  return out
end

function M.percents(s)
  local out = {}
  local low = s:lower():gsub("%s+", " ")
  for n in low:gmatch("(%d[%d%.]*) ?%%") do out[#out + 1] = tonumber((n:gsub("%.$", ""))) end
  for n in low:gmatch("(%d[%d%.]*) per ?cent") do out[#out + 1] = tonumber((n:gsub("%.$", ""))) end
  return out
end

function M.top_percent(s, firm)
  local top
  if firm then s = s:lower():gsub("%s+", " "):gsub("up to [%d%.]+ ?%%", ""):gsub("up to [%d%.]+ per ?cent", "") end
  for _, p in ipairs(M.percents(s)) do if not top or p > top then top = p end end
  if s:lower():find("half[%s%-]price") then top = math.max(top or 0, 50) end
  return top
end

function M.currencies(s)
  local set = {}
  for _, a in ipairs(M.amounts(s)) do
    for _, sym in ipairs(SYMBOLS) do
      if (sym[1]:gsub("%%", "")) == a.symbol then set[sym[2]] = true end
    end
  end
  local low = s:lower()
  for w, code in pairs(CODES) do   -- a whole word: what s:lower():gmatch("%a+") would give
    if lib.word.has(low, w, "%a") then set[code] = true end
  end
  return set
end

local function grouped(digits)
  return (digits:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

function M.show(v, sym)
  local whole = grouped(tostring(math.floor(v)))
  if v == math.floor(v) then return sym .. whole end
  return sym .. whole .. ("%.2f"):format(v - math.floor(v)):sub(2)
end

function M.pct(p)
  if p == math.floor(p) then return tostring(math.floor(p)) end
  return tostring(p)
end

return M
