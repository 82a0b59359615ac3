-- safety.new-batch: a new supplier, factory, batch or recipe reaches customers untested.

local base = lib.base

-- Words that say the new source was already checked.
local CHECKED = { "qualified", "inspected", "audited", "approved", "tested", "certified" }
-- How to name the source in a sentence, after "from".
local SOURCE_NAMES = { ["new own-brand"] = "the own-brand supplier's first run",
  ["new own brand"] = "the own-brand supplier's first run", ["new private-label"] = "the private-label maker's first run",
  ["new private label"] = "the private-label maker's first run", ["new white-label"] = "the white-label maker's first run",
  ["new batch"] = "the new batch", ["first batch"] = "the first batch", ["first production run"] = "the first production run",
  ["first production batch"] = "the first production batch", ["second source"] = "the second source" }

return {
  id = "safety.new-batch",
  title = "An untested new supplier, batch or recipe reaches customers",
  category = "safety",
  severity = 4, likelihood = 3,
  rationale = "A product that passed every test from one factory or recipe is a new product from another; first runs from a new source fail inspection often enough that buyers insist on checking them before they ship.",
  triggers = { "new supplier", "new suppliers", "new factory", "new manufacturer", "new production line",
               "contract manufacturer", "alternative supplier", "second supplier", "second source",
               "switched supplier", "switched suppliers", "changed supplier", "new batch", "first batch",
               "first production run", "first production batch", "new formulation", "new formula", "new recipe",
               "reformulated", "new own-brand", "new own brand", "new private-label", "new private label",
               "new white-label" },
  wrong = "The first deliveries from the new source differ from the approved sample: weaker parts, a different material, a missing warning, or an ingredient the label does not declare, and customers find out before you do.",
  causes = {
    "Test reports and certificates on file belong to the previous supplier, factory or recipe",
    "The approved sample was hand-made; the production run uses cheaper materials or a substituted component",
    "The launch date leaves no time to inspect the first batch before it ships to stores",
    "A recipe or formula change is not carried through to the label, allergen list and website",
  },
  prevent = {
    "Inspect a random sample of the first production batch against the approved golden sample, by a third party, before it ships, at T-3w",
    "Get test reports and certificates issued for this factory and this batch, not the previous supplier's",
    "Hold the first batch in the warehouse until the inspection report is signed off by a named person",
    "Check every label, allergen list, instruction and web listing against the new specification or recipe before release",
    "Agree with the supplier in writing that no material or component is substituted without approval",
  },
  respond = {
    "Stop shipping the batch at once and tell stores to hold unsold stock while it is checked",
    "Tell affected customers plainly what differs and what to do, and offer refunds or replacements",
    "Make the supplier fix the cause and re-inspect the next batch before it ships",
    "Confirm in writing the first-batch inspection rule for every new supplier, factory and recipe",
  },
  owner = { "operations", "product" },
  due = "T-3w",
  mitigated_by = { "pre-shipment inspection", "first-article inspection", "golden sample", "batch tested",
                   "aql inspection" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(base.kept(doc, hits)) do
      -- "a second supplier is qualified" already says the source was checked
      if not base.near(doc, h, CHECKED) then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    for _, h in ipairs(pos) do
      local t = h.text:lower()
      if t:find("recipe") or t:find("formul") then
        return { evidence = pos,
          wrong = ("The product with the %s reaches customers with a label, allergen list or website listing that still describes the old one, or with an ingredient nobody tested for; a customer with an allergy or a sensitivity finds out first."):format(
            t == "reformulated" and "new formulation" or t) }
      end
    end
    local t = pos[1].text:lower():gsub("%s+", " ")
    local source = SOURCE_NAMES[t] or ("the " .. t)
    return { evidence = pos,
      wrong = ("The first deliveries from %s differ from the approved sample: weaker parts, a different material, a substituted component or a missing warning, and customers find out before you do."):format(source) }
  end,
}
