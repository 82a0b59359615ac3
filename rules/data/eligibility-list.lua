-- data.eligibility-list: the list of models, products or stores the offer applies to is wrong in
-- the systems that enforce it (form validation, till promotion, voucher rules).

local clauses = lib.clauses

local ELIGIBLE = { "model number", "model numbers", "serial number", "serial numbers", "eligible models",
  "eligible products", "eligible items", "qualifying products", "qualifying models", "qualifying purchase",
  "participating stores", "participating products", "participating retailers", "selected models",
  "selected products", "selected lines", "selected stores", "selected items", "promotional models",
  "product codes", "sku list", "excluded products", "exclusions apply" }

return {
  id = "data.eligibility-list",
  title = "The list of eligible models or stores is wrong in the systems",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "The advert lists products in words, while forms, tills and voucher engines check codes from a separate list; a missing variant or a mistyped code rejects real customers, and they hold the advert up against you.",
  triggers = ELIGIBLE,
  wrong = "A customer with an eligible product is turned away: the form rejects their model or serial number, the till does not apply the offer to their variant, or an excluded product gets it, because the list in the system differs from the advert.",
  causes = {
    "The eligible list in the form or till was built from the buying department's codes, not from the models named in the advert",
    "Colour, bundle and retailer-exclusive variants have their own codes that are missing from the list",
    "Model and serial numbers are validated with a strict format, and customers type them with spaces, dashes or the letter O for zero",
    "Stores or partners that joined or left late are still on, or missing from, the list",
  },
  prevent = {
    "Reconcile the advertised models or stores against the codes in every system that checks eligibility (form, till, voucher engine) at T-7d, line by line, signed by a second person",
    "Test the form with every eligible model number typed the ways customers write them (spaces, dashes, lower case), and with one ineligible one",
    "Put the full eligible list, with codes, on the offer page and in the staff briefing",
  },
  respond = {
    "Acknowledge publicly at once that some eligible customers were rejected, and say they will get the offer",
    "Add the missing codes and loosen the format check, or accept manual claims, the same day",
    "Contact customers whose attempts were rejected (from form logs or till voids) and complete their claim",
    "Confirm in writing to the launch lead the reconciled list and the owner who keeps it current",
  },
  owner = { "product", "operations", "web" },
  due = "T-7d",
  mitigated_by = { "eligible list reconciled", "model list checked", "codes reconciled" },
  check = function(plan, doc, hits)
    local on = clauses.on(doc, hits)
    if #on == 0 then return nil end
    local t = on[1].text:lower()
    if t:find("number") then
      return { evidence = on,
        wrong = ("Customers are asked for the %s, and eligible customers are rejected: the list behind the form misses their variant, or the format check refuses numbers typed with spaces, dashes or an O for a zero. They believe they are covered when the system says no."):format(t) }
    end
    return { evidence = on }
  end,
}
