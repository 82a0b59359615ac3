-- safety.user-guide: the user guide, assembly or installation instructions lead people to hurt
-- themselves.

local base = lib.base

-- Products whose instructions carry well-known, specific dangers: the phrase, then the point to check.
local HAZARDS = {
  { { "furniture", "wardrobe", "chest of drawers", "bookcase", "shelving", "tv stand", "dresser" },
    "the wall-anchoring step and fixings for anything that can tip over onto a child" },
  { { "battery", "batteries", "lithium", "charger", "e-bike", "e-scooter", "power bank" },
    "charging with the supplied charger only, never overnight unattended or on a bed, and what to do if a battery swells" },
  { { "button cell", "button cells", "coin cell", "remote control" },
    "the warning that swallowed button cells burn through a child's throat within hours" },
  { { "heater", "heaters", "oven", "hob", "fryer", "air fryer", "kettle", "barbecue", "bbq" },
    "clearances from walls and curtains, hot surfaces, and unplugging before cleaning" },
  { { "gas", "boiler", "wiring", "hardwired", "mains" },
    "which steps must be done by a qualified gas or electrical installer" },
}

return {
  id = "safety.user-guide",
  title = "The instructions lead people to hurt themselves",
  category = "safety",
  severity = 4, likelihood = 2,
  rationale = "Guides are written last, by people who know the product too well, and translated in a hurry; a missing anchoring step or charging warning is how products that pass every lab test still injure people at home.",
  triggers = { "user guide", "user guides", "user manual", "user manuals", "instruction manual", "instruction leaflet",
               "instruction booklet", "safety instructions", "assembly instructions", "installation instructions",
               "quick start guide", "quick-start guide", "setup guide", "set-up guide", "how-to video",
               "how-to videos", "recipe card", "recipe cards", "care instructions", "self-assembly", "flat-pack",
               "flat pack", "self-install", "self-installation", "diy installation", "fit it yourself" },
  wrong = "People follow the guide and get hurt: a step is missing or wrong, a warning is buried or lost in translation, or the video shows an unsafe shortcut.",
  causes = {
    "The guide was written from the engineering drawings, not by watching someone new use the product",
    "Safety warnings sit at the back of the booklet, in small print, instead of at the step where they apply",
    "The translation or the quick-start card drops warnings that the full manual has",
    "A how-to video or social post shows a shortcut the manual forbids",
  },
  prevent = {
    "Watch two people outside the project set up and use the product from the guide alone at T-14d, and fix every step where they hesitate or improvise",
    "Check the guide's warnings against the product's risk assessment and put each one at the step where it applies, not only at the back",
    "Have every translation and the quick-start card checked by a native speaker against the full manual's warnings",
    "Review how-to videos and social posts against the manual before they are published",
  },
  respond = {
    "Publish a corrected guide online at once and tell buyers plainly what the error was and what to do",
    "Send a printed correction with stock still in stores and warehouses, and contact registered buyers",
    "Report any injury to the product-safety regulator where required and check whether a recall is needed",
    "Confirm in writing the usability test that every guide must pass before print",
  },
  owner = { "product" },
  due = "T-14d",
  mitigated_by = { "usability test", "guide tested", "instructions tested" },
  check = function(plan, doc, hits)
    local it = base.item(doc, hits, "Customers set up and use the product from the instructions (%s) and get hurt: a step is missing or wrong, a warning is buried or lost in translation, or a video shows an unsafe shortcut.")
    local hazard = it and base.note(doc, HAZARDS)
    if hazard then it.wrong = it.wrong .. (" Check in particular %s."):format(hazard) end
    return it
  end,
}
