-- lib/trade.lua: is the plan about physical goods, and are they sent to customers?
-- The supply rules see it as lib.trade. Uses lib.text (which loads first).
--
--   physical(plan, doc) -> true when the plan sells, stocks or ships physical goods: stores,
--                          shelves, a warehouse, units, parcels (app stores do not count)
--   shipped(plan, doc)  -> true when customers order at a distance and the goods travel to them:
--                          online orders, delivery, dispatch, parcels
--   orders(plan)        -> the expected orders on the busiest day, from plan.facts.orders_per_day
--                          or plan.facts.peak_orders, or nil

local text = lib.text
local M = {}

local PHYSICAL = { "stores", "store", "in-store", "shops", "shop", "shelves", "shelf", "warehouse", "units",
  "stock", "stockists", "retailers", "parcel", "parcels", "delivery", "deliveries", "delivered", "shipping",
  "shipped", "ships", "dispatch", "dispatched", "packaging", "boxes", "pallets", "showroom", "branches" }
local PHYSICAL_CHANNELS = { stores = true, store = true, retail = true, ["in-store"] = true, catalogue = true,
  ["mail order"] = true, ecommerce = true, ["e-commerce"] = true, webshop = true, ["online shop"] = true }
local SHIPPED = { "order online", "orders online", "online orders", "online order", "buy online", "online shop",
  "online store", "webshop", "web shop", "e-shop", "home delivery", "delivered", "delivery", "dispatch",
  "dispatched", "parcel", "parcels", "courier", "shipping", "shipped", "mail order", "click and collect" }

-- "app store", "play store" and "store of value" are not shops.
local function shop_word(doc, hit)
  local t = hit.text:lower()
  if t ~= "store" and t ~= "stores" and t ~= "shop" then return true end
  local before = text.clause(doc, hit)
  return not (before:match("app%s*$") or before:match("play%s*$"))
end

function M.physical(plan, doc)
  for _, c in ipairs(plan.channels or {}) do
    if PHYSICAL_CHANNELS[c] then return true end
  end
  for _, h in ipairs(text.find(doc, PHYSICAL)) do
    if shop_word(doc, h) then return true end
  end
  return false
end

function M.shipped(plan, doc)
  return text.any(doc, SHIPPED)
end

function M.orders(plan)
  return text.fact(plan, "orders_per_day") or text.fact(plan, "peak_orders")
end

return M
