-- accessibility.small-print: key conditions or information only in small, low-contrast print.

local say = lib.say

-- Conditions pushed to a footnote.
local FOOTNOTE = { "terms and conditions apply", "terms apply", "t&cs apply", "t&c's apply", "conditions apply",
  "exclusions apply", "see in store for details", "see store for details", "see website for details",
  "see back for details", "small print", "fine print", "subject to availability", "selected lines only",
  "subject to status" }
-- Print that is the only source of information.
local PRINT = { "leaflet", "leaflets", "flyer", "flyers", "brochure", "brochures", "printed letter",
  "letter to all customers", "we will write to", "receive a letter", "printed programme", "door drop",
  "direct mail", "mailshot", "printed mailing" }
-- Print matters here when it carries conditions: money, dates, terms.
local CONDITIONS = { "price", "prices", "offer", "off", "save", "terms", "conditions", "fee", "fees", "rate",
  "rates", "deadline", "until", "before", "expires", "eligible", "apply" }
local DONE = { "large print", "large-print", "easy read", "easy-read", "braille", "audio version",
  "accessible formats", "alternative formats", "high contrast", "high-contrast" }

return {
  id = "accessibility.small-print",
  title = "Key information is lost in small or faint print",
  category = "accessibility",
  severity = 2, likelihood = 4,
  rationale = "Conditions set in footnotes and printed material designed for looks are unreadable for many older and partially sighted customers; what they could not read they dispute later, and regulators treat unreadable conditions as not given.",
  triggers = say.lists(FOOTNOTE, PRINT),
  wrong = "Conditions customers need (dates, eligibility, what they must do and by when) appear only in small, pale or crowded print, so older and partially sighted customers miss them and dispute the outcome later.",
  causes = {
    "Designers set conditions as a footnote in 6-point grey text to keep the layout clean",
    "Text is printed over photos or on coloured backgrounds with too little contrast",
    "Printed material is the only source, with no large-print, audio or web version",
    "Thermal receipts and shelf labels fade or print too small to read",
  },
  prevent = {
    "Put every condition that changes what the customer gets (price, end date, eligibility, what to do and by when) in the main text at body size, not in a footnote, at T-14d",
    "Set body text at 12 point or more on leaflets and letters, and footnotes no smaller than 9 point, with a contrast ratio of at least 4.5:1 (check with a contrast checker)",
    "Keep text off photos and patterned backgrounds",
    "Offer large print, audio and easy-read versions on request, say how on the piece itself, and put the same information on an accessible web page",
  },
  respond = {
    "Acknowledge the problem at once to customers who raise it and apply the more generous reading of the condition they could not read",
    "Reprint or overprint the material with the key conditions in readable type",
    "Send a readable version of the conditions to customers who received the original",
    "Confirm in writing the minimum type sizes and contrast for all future print",
  },
  owner = { "marketing" },
  due = "T-14d",
  mitigated_by = DONE,
  check = function(plan, doc, hits)
    -- a leaflet or letter counts only when the plan also has conditions to print
    local keep, conditions = {}, say.handled(doc, CONDITIONS)
    for _, h in ipairs(hits) do
      local footnote = false
      for _, p in ipairs(FOOTNOTE) do footnote = footnote or h.text:lower() == p end
      if footnote or conditions then keep[#keep + 1] = h end
    end
    return say.item(doc, keep, "The plan relies on print (%s). Conditions customers need (dates, eligibility, what they must do and by when) appear in small, pale or crowded type, so older and partially sighted customers miss them and dispute the outcome later.", DONE)
  end,
}
