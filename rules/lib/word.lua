-- Shared by every pack of the built-in rules root: lib.word. Whole-word search in a string
-- with a plain string.find and a look at the two neighbouring bytes, instead of a pattern
-- built per call ("[^%w]" .. escaped .. "[^%w]" over " " .. s .. " ", or "%f[%w]" .. w .. "%f[%W]"),
-- which copies s, escapes w and restarts the match at every position of s. class is "%w"
-- (letters and digits), "%a" (letters) or "%a'" (letters and '), of the C locale, as in a pattern.
--   at(s, w, class, init) -> start and end of the first occurrence of w (taken literally) in s,
--                            at or after init (default 1), whose neighbouring bytes are not in
--                            class (the ends of s count as outside), or nil: for "%w", what
--                            (" " .. s .. " "):find("[^%w]" .. escaped(w) .. "[^%w]") finds
--   has(s, w, class)      -> at() ~= nil
--   framed(s, w, class)   -> s:find("%f[%w]" .. escaped(w) .. "%f[%W]") ~= nil for "%w" ("%f[%a]"
--                            and "%f[%A]" for "%a"): has(), and w begins and ends with a byte of
--                            class, as the frontiers need
--   starts(s, w, class)   -> s:find("%f[%a]" .. escaped(w)) ~= nil for "%a": an occurrence of w with no
--                            byte of class before it, w beginning with a byte of class
--   ends(s, w, class)     -> s:find(escaped(w) .. "%f[%A]") ~= nil for "%a": an occurrence of w with no
--                            byte of class after it, w ending with a byte of class
--   present(s, words, class) -> a new list of the words of the list for which has() is true, in order:
--                            with s the texts of a plan's sentences joined by "\n", the only words
--                            first() can find in any one of them (or in a clause of one)
--   holding(texts, needles) -> the set { [i] = true } of the indexes of the texts (a list of strings)
--                            that hold one of the needles (plain text without "\n"): one plain find
--                            a needle over the texts joined by "\n", not one a text
--   first(s, words, class) -> the first word of the list for which has() is true, or nil
--   listed(s, set, class)  -> the first word of s (a longest run of class bytes) that is a key of
--                            set (a table { [word] = true }), or nil: for words made of class bytes
--                            only, not nil exactly when framed(s, w, class) is true for one of
--                            them, found in one pass over s instead of one search a word
--   numbers(s)            -> a new list of the places where a run of digits starts in s (a digit with
--                            no digit before it), in order, found with a plain find per digit: the
--                            only places a pattern that begins with "%f[%d]" can match, so
--                            s:find("%f[%d]" .. p, init) is the first s:find("^" .. p, at) over the
--                            places at >= init. (A pattern scan restarts the matcher at every byte;
--                            even "^%D*" costs ~100 machine instructions a byte, a plain find ~1.)
--   matches(s, lead, pattern) -> an iterator over what s:gmatch(p) gives, where pattern is "^" .. p
--                            and every match of p begins with the plain text lead: p is tried only
--                            where lead stands, not at every byte of s
--   clock_starts(low)     -> two ordered lists of places in lower-case low: where a pattern
--                            "%f[%d]%d%d?[:%.]..." can match (a number of one or two digits right
--                            before ":" or "."), and where "%f[%d]%d%d?%s?[ap]%.?m..." can (one or
--                            two digits, maybe a white space, then "am", "a.m", "pm" or "p.m"); found
--                            from plain finds of those marks
--   matches_at(s, pattern, starts) -> a new list of { start, end, captures... } for each match of the
--                            anchored pattern at the places starts (ordered), without overlap: what a
--                            loop of s:find(p, pos), pos = end + 1, gives when p can only match there
--   padded(words)         -> a new list of the words with a space on either side, built once at
--                            load for s:find(" " .. w .. " ", 1, true) over a text of words
--                            padded the same way
local M = {}

local byte, find = string.byte, string.find

local ALNUM, ALPHA = {}, {}
for b = 48, 57 do ALNUM[b] = true end
for b = 65, 90 do ALNUM[b] = true; ALPHA[b] = true end
for b = 97, 122 do ALNUM[b] = true; ALPHA[b] = true end
local LETTER_QUOTE = { [39] = true }   -- letters and "'": words like "don't"
for b in pairs(ALPHA) do LETTER_QUOTE[b] = true end
local SETS = { ["%w"] = ALNUM, ["%a"] = ALPHA, ["%a'"] = LETTER_QUOTE }

local function at(s, w, class, init)
  local set, n = SETS[class], #w
  local a = find(s, w, init or 1, true)
  while a do
    if not set[byte(s, a - 1)] and not set[byte(s, a + n)] then return a, a + n - 1 end
    a = find(s, w, a + 1, true)
  end
  return nil
end
M.at = at

function M.has(s, w, class)
  return at(s, w, class) ~= nil
end

function M.framed(s, w, class)
  local set = SETS[class]
  return set[byte(w, 1)] == true and set[byte(w, -1)] == true and at(s, w, class) ~= nil
end

function M.starts(s, w, class)
  local set = SETS[class]
  if not set[byte(w, 1)] then return false end
  local a = find(s, w, 1, true)
  while a do
    if not set[byte(s, a - 1)] then return true end
    a = find(s, w, a + 1, true)
  end
  return false
end

function M.ends(s, w, class)
  local set, n = SETS[class], #w
  if not set[byte(w, -1)] then return false end
  local a = find(s, w, 1, true)
  while a do
    if not set[byte(s, a + n)] then return true end
    a = find(s, w, a + 1, true)
  end
  return false
end

function M.present(s, words, class)
  local out = {}
  for i = 1, #words do
    if at(s, words[i], class) then out[#out + 1] = words[i] end
  end
  return out
end

function M.holding(texts, needles)
  local all, ends, e = table.concat(texts, "\n"), {}, 0
  for i = 1, #texts do e = e + #texts[i] + 1; ends[i] = e end   -- the "\n" after texts[i]
  local out = {}
  for _, n in ipairs(needles) do
    local a = find(all, n, 1, true)
    while a do
      local lo, hi = 1, #texts
      while lo < hi do
        local mid = (lo + hi) // 2
        if ends[mid] <= a then lo = mid + 1 else hi = mid end
      end
      out[lo] = true
      a = find(all, n, ends[lo], true)   -- on in the next text
    end
  end
  return out
end

function M.first(s, words, class)
  for i = 1, #words do                -- numbered: ipairs costs a function call a word
    if at(s, words[i], class) then return words[i] end
  end
  return nil
end

local RUNS = { ["%w"] = "%w+", ["%a"] = "%a+", ["%a'"] = "[%a']+" }

function M.listed(s, set, class)
  for w in s:gmatch(RUNS[class]) do
    if set[w] then return w end
  end
  return nil
end

local DIGIT_CHARS = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" }

function M.numbers(s)
  local at = {}
  for _, d in ipairs(DIGIT_CHARS) do
    local a = find(s, d, 1, true)
    while a do at[#at + 1] = a; a = find(s, d, a + 1, true) end
  end
  table.sort(at)
  local out, last = {}, -1
  for _, a in ipairs(at) do
    if a ~= last + 1 then out[#out + 1] = a end
    last = a
  end
  return out
end

function M.matches(s, lead, pattern)
  local pos = 1
  return function()
    local a = find(s, lead, pos, true)
    while a do
      local m = { find(s, pattern, a) }
      if m[1] then
        pos = m[2] + 1
        if m[3] == nil then return s:sub(m[1], m[2]) end
        return table.unpack(m, 3)
      end
      a = find(s, lead, a + 1, true)
    end
    pos = #s + 2
    return nil
  end
end

local DIGIT, SPACE = {}, { [9] = true, [10] = true, [11] = true, [12] = true, [13] = true, [32] = true }
for b = 48, 57 do DIGIT[b] = true end

-- The start of the run of one or two digits that ends at e, or nil.
local function short_number(s, e)
  if not DIGIT[byte(s, e)] then return nil end
  local a = DIGIT[byte(s, e - 1)] and e - 1 or e
  if DIGIT[byte(s, a - 1)] then return nil end
  return a
end

-- The places short_number(low, x - 1) (or, after a white space, x - 2) gives for each x where
-- one of marks stands, ordered, each once.
local function before_marks(low, marks, space)
  local out, seen = {}, {}
  for _, mark in ipairs(marks) do
    local x = find(low, mark, 1, true)
    while x do
      local a = short_number(low, x - 1) or (space and SPACE[byte(low, x - 1)] and short_number(low, x - 2))
      if a and not seen[a] then seen[a] = true; out[#out + 1] = a end
      x = find(low, mark, x + 1, true)
    end
  end
  table.sort(out)
  return out
end

local COLON, AM_PM = { ":", "." }, { "am", "a.m", "pm", "p.m" }

function M.clock_starts(low)
  return before_marks(low, COLON, false), before_marks(low, AM_PM, true)
end

function M.matches_at(s, pattern, starts)
  local out, pos = {}, 1
  for _, a in ipairs(starts) do
    if a >= pos then
      local m = { find(s, pattern, a) }
      if m[1] then out[#out + 1] = m; pos = m[2] + 1 end
    end
  end
  return out
end

function M.padded(words)
  local out = {}
  for i, w in ipairs(words) do out[i] = " " .. w .. " " end
  return out
end

return M
