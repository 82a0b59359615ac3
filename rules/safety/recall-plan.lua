-- safety.recall-plan: a defect in a newly launched product surfaces after sale, and nobody can
-- stop the sale or reach the buyers.

local goods = lib.goods

return {
  id = "safety.recall-plan",
  title = "A defect surfaces after launch and there is no recall plan",
  category = "safety",
  severity = 5, likelihood = 2,
  rationale = "First production runs of new products carry faults nobody has seen yet; without batch tracing and a stop-sale drill, a fix that should take a day takes weeks while unsafe units stay in homes.",
  triggers = goods.LAUNCH,
  wrong = "A safety defect shows up in the first weeks of sale (a part that breaks, overheats, comes loose or is contaminated) and nobody can say which units are affected, who bought them, or how to stop the sale today.",
  causes = {
    "Batch or serial numbers are not recorded against sales, deliveries and online orders",
    "No one has the authority or the procedure to stop sale across stores, website and marketplaces at once",
    "Early complaints arrive as ordinary returns and nobody reads the return reasons for a pattern",
    "The supplier contract does not say who pays for a recall or how fast replacements come",
  },
  prevent = {
    "Write a one-page recall plan at T-14d: who decides, the stop-sale criteria, how stores and the warehouse quarantine stock, and how the product-safety regulator and buyers are told",
    "Record batch or serial numbers against every sale, delivery and online order from day one",
    "Run a mock stop-sale at T-7d: ask two stores and the website to pull one product within two hours and time it",
    "Agree in the supplier contract who pays for a recall and how fast replacement parts or units arrive",
    "Review returns and complaints for the product daily for its first 30 days, with a named person who escalates any injury or repeat fault",
  },
  respond = {
    "Stop sale in every channel at once and publish a plain safety notice that says what the fault is and what owners should do now",
    "Notify the product-safety regulator within the legal deadline and agree the recall notice with them",
    "Contact every traceable buyer directly and offer collection, repair or refund",
    "Confirm in writing the root cause, the corrective action with the supplier and the date sale resumes",
  },
  owner = { "product", "operations" },
  due = "T-14d",
  mitigated_by = { "recall plan", "recall procedure", "batch tracing", "traceability", "mock recall" },
  check = function(plan, doc, hits)
    local found = goods.launched(doc)
    if #found == 0 then return nil end
    local noun = goods.product_in(doc, found[1])
    return { evidence = { found[1] },
      wrong = ("A safety defect in the new %s shows up in the first weeks of sale (a part that breaks, overheats, comes loose or is contaminated) and nobody can say which units are affected, who bought them, or how to stop the sale today."):format(noun) }
  end,
}
