-- supply.spare-parts: the launch promises repairs or long cover, but parts and repair capacity
-- for the promised years were never secured.

local text = lib.text

return {
  id = "supply.spare-parts",
  title = "No spare parts or repair capacity for the repairs the launch promises",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Repair promises are paid for years after the launch, when the model is discontinued and the supplier has moved on; without parts secured now, every repair becomes a replacement or a refund at full cost.",
  triggers = { "free repair", "free repairs", "repair service", "repairs at", "repaired free", "spare parts",
               "replacement parts", "parts and labour", "parts & labour", "free servicing", "annual servicing",
               "service plan", "on-site repair", "lifetime warranty", "lifetime guarantee", "5-year warranty",
               "five-year warranty", "5-year guarantee", "five-year guarantee", "7-year warranty",
               "seven-year warranty", "10-year warranty", "ten-year warranty", "10-year guarantee",
               "ten-year guarantee", "right to repair" },
  wrong = "Customers come back for the promised repair, but the parts are not in stock or the model is discontinued: repairs take weeks, and the promise turns into replacements or refunds at your cost.",
  causes = {
    "The supplier's commitment to supply parts covers fewer years than the cover or repair promise the launch makes",
    "Nobody forecast the failure rate, so no parts were bought with the launch stock",
    "The repair partner's capacity and turnaround were agreed for the old range, not for the launch volume",
    "The model is replaced next season and its parts are no longer made",
  },
  prevent = {
    "Get the supplier's written commitment at T-4w to supply spare parts (or replacement units) for the whole promised period, at agreed prices",
    "Forecast failures from the supplier's field failure rate and buy the first year's parts with the launch stock",
    "Agree the repair partner's turnaround time and weekly capacity in writing, and a loan or swap unit for long repairs",
    "Budget the cost of the promise (failure rate x repair or replacement cost) and get finance to sign it off",
  },
  respond = {
    "Tell waiting customers at once how long their repair will take, and offer a loan unit or a replacement when it will exceed the promised time",
    "Source parts from other suppliers or cannibalise returned units, and replace instead of repair where parts are out",
    "Escalate to the supplier under the parts commitment and recover the cost of replacements",
    "Confirm in writing the parts commitment and the cost provision for the next launch",
  },
  owner = { "operations", "product" },
  due = "T-4w",
  mitigated_by = { "parts commitment", "spare parts stocked", "parts availability", "repair partner" },
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 then return nil end
    return {
      evidence = pos,
      wrong = ("The launch promises '%s', but the parts are not in stock or the model is discontinued when customers come back: repairs take weeks, and the promise turns into replacements or refunds at your cost."):format(pos[1].text),
    }
  end,
}
