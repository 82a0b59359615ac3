-- supply.single-supplier: everything depends on one supplier and there is no second source.

local text = lib.text

-- A second source exists: the plan has its plan B.
local PLAN_B = { "backup supplier", "back-up supplier", "second supplier", "alternative supplier",
  "second source", "dual-sourced", "dual sourced", "two suppliers", "second manufacturer" }

return {
  id = "supply.single-supplier",
  title = "One supplier, and no plan B if it fails",
  category = "supply",
  severity = 4, likelihood = 2,
  rationale = "A single source fails rarely, but when it does (fire, strike, quality hold, insolvency, a bigger customer first) there is nothing to switch to and the launch stops for weeks.",
  triggers = { "exclusive supplier", "sole supplier", "single supplier", "only supplier", "one supplier",
               "single source", "single-source", "single-sourced", "sole manufacturer", "one manufacturer",
               "made exclusively by", "made exclusively for us by", "produced exclusively by",
               "exclusively produced by", "exclusive manufacturing partner", "our only factory",
               "one factory", "a single factory", "small-batch", "hand-made by", "handmade by" },
  wrong = "Everything depends on one supplier: if it has a fire, a strike, a quality hold or a cash problem, or simply serves a bigger customer first, there is no other source and the launch stops.",
  causes = {
    "The product, a key component or the packaging is made by one firm, and no second source was ever qualified",
    "The supplier has not reserved capacity for you in writing, so your order waits behind larger customers",
    "The supplier itself depends on one sub-supplier for a critical part nobody on your side knows about",
    "There is no safety stock on your side, so a two-week interruption is a two-week gap on the shelf",
  },
  prevent = {
    "Get the supplier to confirm in writing at T-8w the capacity reserved for your launch and the sub-suppliers of its critical parts",
    "Name a second source or a substitute product by T-6w and get its quote and lead time, even if you never order from it",
    "Build a safety stock on your side that covers the first two weeks of forecast demand before the launch date",
    "Agree in the contract what happens if the supplier delivers late or short: priority, penalties, the release of your tooling and artwork to another maker",
  },
  respond = {
    "Tell customers and partners at once and honestly which items are delayed and until when",
    "Switch to the second source or the substitute product, and say publicly what changed",
    "Serve confirmed orders and pre-orders first from the stock that is left",
    "Confirm in writing with purchasing the dual-source or safety-stock rule for the next launch",
  },
  owner = { "operations", "product" },
  due = "T-6w",
  mitigated_by = { "backup supplier", "second supplier", "second source", "safety stock", "dual-sourced" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(text.live(doc, hits)) do
      -- "more than one supplier", "at least one factory" say the opposite
      local before = text.clause(doc, h)
      if not (before:match("than%s*$") or before:match("least%s*$")) then pos[#pos + 1] = h end
    end
    if #pos == 0 or text.any(doc, PLAN_B) then return nil end
    return {
      evidence = pos,
      wrong = ("Everything depends on one supplier ('%s'): if it has a fire, a strike, a quality hold or a cash problem, or simply serves a bigger customer first, there is no other source and the launch stops."):format(pos[1].text),
    }
  end,
}
