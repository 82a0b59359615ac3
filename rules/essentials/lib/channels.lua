-- lib/channels.lua: the channels a plan declares (plan.channels, e.g. "hotline", "qr",
-- "stores"). The essentials rules see this table as lib.channels.
--
--   first(plan, wanted) -> the first of plan.channels, in the plan's order, that is in the
--                          list of strings wanted; nil when there is none (or no channels)

local M = {}

function M.first(plan, wanted)
  for _, c in ipairs(plan.channels or {}) do
    for _, w in ipairs(wanted) do if c == w then return c end end
  end
  return nil
end

return M
