-- Shared by every pack of the built-in rules root: lib.clause.
--   tail(s, set) -> the part of s after the last character in set, or all of s when none is
--                   in it; set is written as inside a pattern's [ ], e.g. "%.;:!?,%(%)\n".
-- It returns what s:match("[^" .. set .. "]*$") returns, in one pass over s: that pattern is
-- tried again from every position of s, which costs the length of s times the length of its
-- clauses (a millisecond for one hit in a 1 KB announcement).
local M = {}

function M.tail(s, set)
  local at = s:match("^.*[" .. set .. "]()")
  return at and s:sub(at) or s
end

return M
