-- accessibility.colour-only: information carried by colour alone (traffic lights, red and green
-- markers, coloured wristbands or tickets).

local say = lib.say

return {
  id = "accessibility.colour-only",
  title = "Information shown by colour alone is missed",
  category = "accessibility",
  severity = 2, likelihood = 4,
  rationale = "About one man in twelve is colour-blind and red-green is the commonest form; a status, price band or entry zone told only by colour is misread by them and by blind customers, on screens, in print and on signs.",
  triggers = { "colour-coded", "color-coded", "colour coded", "color coded", "colour coding", "color coding",
               "traffic light", "traffic-light", "traffic lights", "red and green", "green and red", "green means",
               "red means", "amber means", "marked in red", "marked in green", "highlighted in red", "shown in red",
               "shown in green", "red dot", "red dots", "green dot", "green dots", "red label", "red labels",
               "coloured wristbands", "colored wristbands", "coloured tickets", "colored tickets", "coloured stickers",
               "coloured zones", "colour of your ticket", "color of your ticket" },
  wrong = "Customers who are colour-blind or blind cannot tell the states apart: they pick the wrong price band, miss that an item is sold out or reduced, or go to the wrong zone, because only the colour says which is which.",
  causes = {
    "The design relies on red and green, the pair colour-blind people confuse most",
    "Status icons or labels differ only in colour, with no word, symbol or pattern",
    "Screen readers announce nothing for a coloured dot or cell",
    "Printed colours shift on cheap stock or fade on thermal paper and under store lighting",
  },
  prevent = {
    "Add a word, symbol or pattern to every colour that carries meaning ('Sold out' with a cross, not just a red dot) at T-14d",
    "Check every graphic, sign and screen in greyscale and with a colour-blindness simulator before sign-off",
    "Give coloured elements on screens a text alternative that screen readers announce",
    "Print zone or band names on wristbands, tickets and signs as well as the colour",
  },
  respond = {
    "Acknowledge the confusion at once, help the customers affected, and honour what they reasonably understood",
    "Add labels or symbols to the signs, screens or print immediately, with stickers if need be",
    "Tell staff how to explain the coding to customers until the fix is in place",
    "Confirm in writing the rule that colour never carries meaning alone",
  },
  owner = { "marketing", "web", "events" },
  due = "T-14d",
  mitigated_by = { "colour-blind safe", "color-blind safe", "colour-blind friendly", "with a symbol", "with text labels" },
  check = function(plan, doc, hits)
    return say.item(doc, hits, "The plan carries information by colour (%s). Customers who are colour-blind or blind cannot tell the states apart: they pick the wrong price band, miss that an item is sold out or reduced, or go to the wrong zone, because only the colour says which is which.")
  end,
}
