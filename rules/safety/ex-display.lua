-- safety.ex-display: ex-display, returned or refurbished units are sold without a safety check.

local base, goods = lib.base, lib.goods

return {
  id = "safety.ex-display",
  title = "Ex-display or returned units are sold unsafe",
  category = "safety",
  severity = 4, likelihood = 3,
  rationale = "Units that stood on a shop floor or came back from a customer have been handled, dropped and opened by strangers; selling them on without a check passes on cracked glass, damaged cables and missing warnings under your name.",
  triggers = { "ex-display", "ex display", "ex-demo", "display models", "display model", "display units",
               "refurbished", "reconditioned", "open-box", "open box", "customer returns", "returned items",
               "returned stock", "pre-owned", "second-hand", "graded stock", "b-grade", "b grade", "seconds" },
  wrong = "Units that have been handled by the public or returned by customers are sold on with hidden damage or missing parts: chipped glass, a cracked casing, a damaged cable or plug, no manual or safety leaflet. A buyer is burned, cut or shocked, and the sale was yours.",
  causes = {
    "Nobody inspects or electrically tests the units before they are sold; they are sold 'as seen'",
    "The manual, safety leaflet, accessories or guards went missing while the unit was on display",
    "Returned units are resold without finding out why they were returned",
    "Ex-display units of a model under a recall or safety notice are sold without a check",
  },
  prevent = {
    "Inspect every unit before sale at T-7d and, for anything with a plug, run a portable appliance test and tag the unit with the result and date",
    "Withdraw any unit with cracked or chipped glass, a damaged cable or plug, a loose handle or lid, or a missing guard",
    "Put a printed manual and safety leaflet with every unit, printing missing ones from the supplier's file",
    "Check the model against open recalls and safety notices before the first unit is sold",
    "Record the serial number of each unit against the sale so the buyer can be reached in a recall",
  },
  respond = {
    "Stop selling the remaining units at once if a fault is reported and check each one",
    "Contact buyers of units from the same batch or store and offer a check, an exchange or a refund",
    "Report any injury to the product-safety regulator where required",
    "Confirm in writing the inspection and testing rule for ex-display and returned stock",
  },
  owner = { "sales", "operations" },
  due = "T-7d",
  mitigated_by = { "pat tested", "portable appliance test", "inspected before sale", "safety checked" },
  check = function(plan, doc, hits)
    local kept = {}
    for _, h in ipairs(base.outer(base.kept(doc, hits))) do
      -- "seconds" is usually time: keep it only beside a product; "display models are not sold"
      local s = (doc:sentence(h) or ""):lower()
      local unsold = s:find("not sold", 1, true) or s:find("not for sale", 1, true) or s:find("not be sold", 1, true)
      if not unsold and (h.text:lower() ~= "seconds" or goods.product_in(doc, h)) then kept[#kept + 1] = h end
    end
    if #kept == 0 then return nil end
    local glass = doc:has("glass") and " chipped or cracked glass," or ""
    return { evidence = kept,
      wrong = ("Units sold as %s have been handled by the public or returned by customers, and go out with hidden damage or missing parts:%s a cracked casing, a damaged cable or plug, no manual or safety leaflet. A buyer is burned, cut or shocked, and the sale was yours."):format(
        base.named(kept), glass) }
  end,
}
