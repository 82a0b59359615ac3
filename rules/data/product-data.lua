-- data.product-data: the product information customers see (specs, images, descriptions,
-- ingredients, compatibility) is wrong or not the launched version.

local clauses = lib.clauses

local PRODUCT = { "new range", "new model", "new models", "new product", "new products", "new collection",
  "specifications", "specification", "spec sheet", "tech specs", "specs", "product page", "product pages",
  "product images", "product photos", "product descriptions", "product data", "product information",
  "catalogue", "catalog", "product listings", "listings", "dimensions", "energy rating", "energy label", "compatible with", "compatibility", "battery life",
  "technical data", "data sheet", "datasheet" }

return {
  id = "data.product-data",
  title = "Specs, images or descriptions of the product are wrong",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Product data is copied from supplier sheets and pre-production samples into several systems; errors in specs, images or labels reach every channel at once and lead to returns, complaints and sometimes regulatory action.",
  triggers = PRODUCT,
  wrong = "The product information customers see is wrong: specs or dimensions from a pre-production sample, images of another variant, missing energy labels, or a compatibility claim that is not true, so customers buy the wrong thing and return it.",
  causes = {
    "Specs and images come from the supplier's pre-production sheet and were not updated when the final product changed",
    "Product data is entered by hand in the shop, the catalogue, marketplaces and print separately, and they drift apart",
    "Variant images and data are shared across colours or sizes that differ",
    "Mandatory information (energy label, contents, safety warnings) is missing or in the wrong format for the channel",
  },
  prevent = {
    "Check each launched product's page against a production unit (dimensions, weight, contents, colour, labels) at T-7d and sign it off",
    "Keep the product data in one master (PIM or spreadsheet) and publish every channel from it, not by retyping",
    "Have the product manager and legal check claims and energy labels on the live pages before launch",
  },
  respond = {
    "Correct the information publicly at once where customers saw it and say what was wrong",
    "Fix the master data and republish every channel the same day, including marketplaces and feeds",
    "Offer free returns or exchanges to customers who bought on the wrong information, and contact them proactively",
    "Confirm in writing to the launch lead the product-data sign-off step for future launches",
  },
  owner = { "product", "web" },
  due = "T-7d",
  mitigated_by = { "product data checked", "specs checked", "checked against a production unit", "pim" },
  check = function(plan, doc, hits) return clauses.fire(doc, hits) end,
}
