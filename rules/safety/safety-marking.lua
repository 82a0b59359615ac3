-- safety.safety-marking: a children's, electrical or battery product goes on sale without the
-- safety marking, tests and paperwork the law requires.

local base, goods = lib.base, lib.goods

-- Products whose safety law is strictest after children's products.
local POWERED = { "lithium", "battery", "batteries", "button cell", "button cells", "power bank", "power banks",
  "charger", "chargers", "e-bike", "e-bikes", "e-scooter", "e-scooters", "electric scooter", "heater",
  "heaters", "electric blanket", "fairy lights", "christmas lights", "hair dryer", "straighteners", "vape",
  "vapes", "mains-powered", "plug-in" }
-- Ways a product comes in that skip the usual compliance checks.
local SOURCED = { "imported", "import", "marketplace", "drop-ship", "dropship", "dropshipping", "new supplier",
  "own-brand", "own brand", "private label", "white-label", "direct from the factory", "sourced from" }

return {
  id = "safety.safety-marking",
  title = "The product lacks its safety marking and paperwork",
  category = "safety",
  severity = 4, likelihood = 3,
  rationale = "Children's, battery and mains products need test reports, a declaration of conformity, the right mark and a traceable address; marketplaces and trading standards check these at launch and pull listings or seize stock without notice.",
  triggers = base.concat(POWERED, goods.CHILD),
  wrong = "The product goes on sale without valid test reports, declaration of conformity, UKCA or CE marking, age warnings or a traceable importer address; a marketplace pulls the listing or trading standards seize the stock in launch week.",
  causes = {
    "Test reports cover an earlier version, another factory or the wrong standard",
    "Age warnings, battery warnings or the importer's name and address are missing from the product or its packaging",
    "The supplier's certificate turns out to be a self-declaration or a forged lab report",
    "Button cells, magnets or small parts in a children's product were never tested against the toy safety rules",
  },
  prevent = {
    "Collect, for this exact model and factory, the test reports against the right standard, the declaration of conformity and the technical file at T-4w",
    "Check the marking on a production sample (UKCA or CE mark, importer name and address, batch number, age and battery warnings) against the rules",
    "Verify the test lab report with the lab itself, not from a PDF the supplier sent",
    "Have a product-safety specialist sign off children's and lithium-battery products before any stock ships",
  },
  respond = {
    "Stop sale at once if any certificate or marking is in doubt, and tell marketplaces and stores to pause listings",
    "Tell the regulator and buyers promptly if a safety risk is found, and offer refunds or replacements",
    "Get the missing tests or relabelling done and re-release only with the signed-off file",
    "Confirm in writing the compliance sign-off that every new product needs before it ships",
  },
  owner = { "product", "legal" },
  due = "T-4w",
  mitigated_by = { "declaration of conformity", "technical file", "ukca marked", "ce marked", "test reports" },
  check = function(plan, doc, hits)
    local pos = base.kept(doc, hits)
    if #pos == 0 then return nil end
    -- the risk is in putting a product on sale: a new launch, an import or a new source
    local launched = goods.launched(doc)[1]
    local sourced = nil
    for _, p in ipairs(SOURCED) do sourced = sourced or base.kept(doc, doc:find(p))[1] end
    if not launched and not sourced then return nil end
    local child = goods.for_children(doc)
    local ev = { pos[1], launched or sourced }
    if child then
      return { evidence = ev,
        title = "The children's product lacks its safety marking and paperwork",
        wrong = "The children's product goes on sale without toy-safety test reports, the right marking, age warnings or a traceable importer address; small parts, button cells or magnets were never tested, a marketplace pulls the listing, and trading standards seize the stock in launch week." }
    end
    return { evidence = ev,
      wrong = ("The %s goes on sale without valid test reports, declaration of conformity, UKCA or CE marking, battery warnings or a traceable importer address; a marketplace pulls the listing or trading standards seize the stock in launch week."):format(
        goods.product_in(doc, pos[1]) or pos[1].text:lower()) }
  end,
}
