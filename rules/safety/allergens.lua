-- safety.allergens: food handed out or sold in a promotion (samples, tastings, free treats, a new
-- menu) harms a customer with an allergy. Plated meals and catering at events are the events
-- pack's (events.catering-dietary): this rule covers food given to passers-by and customers who
-- were never asked anything.

local base = lib.base

-- Samples that are not food.
local NOT_FOOD = { "serum", "cream", "skincare", "moisturiser", "perfume", "fragrance", "shampoo", "make-up",
  "makeup", "lipstick", "detergent", "washing powder", "fabric", "paint", "wallpaper", "carpet" }
-- Plans that already say how allergens are handled.
local HANDLED = { "allergen", "allergens", "allergies", "allergy information", "dietary requirements", "dietary needs",
  "dietary requirement" }

return {
  id = "safety.allergens",
  title = "Promotional food harms a customer with an allergy",
  category = "safety",
  severity = 5, likelihood = 2,
  rationale = "Roughly one adult in fifty has a food allergy; samples and free treats are handed out by promotional staff who do not know the ingredients, to people nobody asked, and one anaphylaxis at a branded stand is a tragedy and a prosecution.",
  triggers = { "food samples", "free samples", "sampling stand", "sampling stands", "sampling team", "tasting",
               "tastings", "tasting bar", "taste test", "taste tests", "try a sample", "free snacks", "free cake",
               "free cakes", "free cookies", "free ice cream", "free ice creams", "free sweets", "free chocolates",
               "free coffee and", "free breakfast", "free lunch", "free pizza", "bake sale", "cooking demo",
               "cooking demonstration", "new menu", "new dishes", "limited-edition flavour", "new flavour",
               "new flavours" },
  wrong = "Food is handed out or sold in the promotion without its allergens being known where it is served; a customer with a nut, sesame, milk or other allergy eats it and has a severe reaction.",
  causes = {
    "Samples are cut from the pack or portioned on the stand, so the label with the allergens stays in the back",
    "Promotional staff from an agency do not know the recipe and guess when asked",
    "Children take samples or treats without a parent seeing what they are",
    "A new menu or flavour goes on sale before the allergen list, till buttons and website are updated",
    "Shared tongs, boards or scoops carry an allergen from one sample to the next",
  },
  prevent = {
    "Get the supplier's written allergen list (the 14 regulated allergens) for every product, flavour and dish in the promotion at T-14d",
    "Put an allergen card on every sampling stand and tray, visible before anyone takes a piece, and tell staff to show the card, never to guess",
    "Brief agency and store staff to ask 'any allergies?' before offering a sample, and to offer children samples only with a parent's agreement",
    "Update the allergen information on menus, shelf labels, till buttons and the website before a new menu or flavour goes on sale",
    "Use separate utensils for each sample and make sure staff know to call an ambulance at once for any sign of anaphylaxis",
  },
  respond = {
    "Call an ambulance at once for any sign of a severe reaction and help the person use their adrenaline auto-injector",
    "Stop sampling or selling the product, and keep it and its label for investigation",
    "Contact the customer or their family the next day, and report the incident to the supplier and, where required, the local authority",
    "Confirm in writing the allergen procedure every sampling and food promotion must follow",
  },
  owner = { "operations", "marketing" },
  due = "T-14d",
  check = function(plan, doc, hits)
    for _, p in ipairs(HANDLED) do
      if base.kept(doc, doc:find(p))[1] then return nil end
    end
    local food = {}
    for _, h in ipairs(hits) do
      -- "free samples of the new serum" are not food
      if not base.near(doc, h, NOT_FOOD) then food[#food + 1] = h end
    end
    local it = base.item(doc, food, "The promotion hands out or sells food (%s) without saying how allergens are shown. A customer with a nut, sesame, milk or other allergy asks what is in it, the person on the stand guesses, and the customer has a severe reaction.")
    local expected = it and plan.audience and tonumber(plan.audience.expected)
    if expected and expected >= 100 then
      local n = tostring(math.floor(expected)):reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", "")
      it.wrong = it.wrong .. (" With about %s people expected, many of them will have a food allergy."):format(n)
    end
    return it
  end,
}
