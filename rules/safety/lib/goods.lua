-- lib/goods.lua: recognising physical products in a plan. The safety rules see this table as
-- lib.goods. Uses lib.base (which loads first: lib files load in name order).
--
--   PRODUCTS                  -> list of nouns for things people handle, wear, eat or plug in
--   LAUNCH                    -> list of phrases that put a new product on sale
--   CHILD                     -> list of phrases that mark a product for children
--   product_named(text)       -> the first product noun (in PRODUCTS order) in a string, or nil
--   product_in(doc, hit)      -> the first product noun in the hit's sentence, or nil
--   launched(doc)             -> list of LAUNCH hits (not denied) whose sentence names a product;
--                                each hit gets no extra fields, see product_in for the noun
--   for_children(doc)         -> the first hit (not denied) that says the product is for children

local base = lib.base
local M = {}

M.PRODUCTS = { "appliance", "appliances", "kettle", "kettles", "toaster", "toasters", "heater", "heaters",
  "fryer", "fryers", "air fryer", "blender", "blenders", "hob", "oven", "ovens", "cooker", "cookers",
  "dishwasher", "washing machine", "fridge", "freezer", "boiler", "radiator", "charger", "chargers",
  "battery", "batteries", "power bank", "power banks", "e-bike", "e-bikes", "e-scooter", "e-scooters",
  "scooter", "scooters", "bike", "bikes", "helmet", "helmets", "toy", "toys", "pram", "prams", "buggy",
  "car seat", "car seats", "cot", "cots", "high chair", "furniture", "sofa", "sofas", "armchair", "wardrobe", "chest of drawers", "bed", "beds", "mattress", "lamp", "lamps", "candle", "candles",
  "headphones", "earbuds", "speaker", "speakers", "smartwatch", "smartphone", "smartphones", "laptop",
  "gadget", "gadgets", "hair dryer", "straighteners", "cosmetics", "skincare", "serum", "cream",
  "supplement", "supplements", "vitamins", "snack", "snacks", "sauce", "baby food", "pet food", "jacket",
  "shoes", "clothing", "garment", "costume", "costumes", "drill", "power tool", "power tools", "lawnmower",
  "barbecue", "bbq", "ladder", "pushchair", "baby monitor", "smart lock", "e-reader", "kitchen knife" }

M.LAUNCH = { "new product", "new products", "new range", "new model", "new models", "new line", "launches the",
  "launching the", "introduces the", "introducing the", "unveils the", "pre-order", "pre-orders",
  "preorder", "preorders", "first shipment", "first deliveries", "goes on sale", "go on sale", "on sale from",
  "now available", "available from", "hits the shelves", "in stores from", "new own-brand" }

M.CHILD = { "toy", "toys", "children's", "for kids", "kids'", "for children", "baby", "babies",
  "toddler", "toddlers", "for ages", "ages 3", "nursery", "pram", "prams", "pushchair", "car seat",
  "car seats", "cot", "cots", "high chair", "school uniform", "costume", "costumes", "teether" }

function M.product_named(text)
  local s = " " .. (text or ""):lower():gsub("[^%w%-' ]", " ") .. " "
  for _, p in ipairs(M.PRODUCTS) do
    if s:find(" " .. p .. " ", 1, true) then return p end
  end
  return nil
end

function M.product_in(doc, hit)
  return M.product_named(doc:sentence(hit))
end

function M.launched(doc)
  local out = {}
  for _, p in ipairs(M.LAUNCH) do
    for _, h in ipairs(base.kept(doc, doc:find(p))) do
      if M.product_in(doc, h) then out[#out + 1] = h end
    end
  end
  return out
end

function M.for_children(doc)
  for _, p in ipairs(M.CHILD) do
    local h = base.kept(doc, doc:find(p))[1]
    if h then return h end
  end
  return nil
end

return M
