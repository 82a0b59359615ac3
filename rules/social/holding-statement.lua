-- social.holding-statement: an unpopular change draws a complaint that goes viral, and there is
-- no holding statement ready.

local text = lib.text

return {
  id = "social.holding-statement",
  title = "A complaint goes viral and there is nothing to say",
  category = "reputation",
  severity = 4, likelihood = 3,
  rationale = "Changes that take something away from customers draw angry posts within hours; if the first answer needs a day of sign-offs, the complaint sets the story and the silence becomes part of it.",
  triggers = { "price increase", "price increases", "price rise", "price rises", "prices will rise", "prices go up",
               "new fee", "new fees", "new charge", "new charges", "we are closing", "will close", "store closures",
               "branch closures", "closure of", "discontinue", "discontinued", "discontinuing", "no longer available",
               "no longer be", "end of support", "end-of-life", "end of life", "withdrawn", "withdrawing",
               "reduced opening hours", "shorter opening hours", "product recall", "we are recalling", "we recall",
               "safety recall", "recall notice",
               "changes to our terms", "redundancies", "job cuts" },
  wrong = "A customer's angry post about the change goes viral within hours; the first public answer needs a day of sign-offs, and by then the complaint and the silence are the story.",
  causes = {
    "Nobody wrote a holding statement because the change seemed routine inside the company",
    "Every public reply needs sign-off from the lead and legal, who are not reachable in the evening",
    "Social listening is not set up for the brand name with the change, so the pile-on is noticed late",
    "Front-line staff give their own explanation, which contradicts the official one",
  },
  prevent = {
    "Write a holding statement (what is changing, who is affected, what they can do, when we update next) and get it approved by the lead and legal at T-7d",
    "Agree in writing who may publish the holding statement out of hours without further sign-off",
    "Set up listening alerts on the brand name with the change and words such as 'scandal', 'disgusting' or 'boycott' from launch day",
    "Give stores and support the same three-line explanation and an address to send complaints to",
  },
  respond = {
    "Publish the holding statement within the hour once a complaint is spreading, and reply under the original post",
    "Contact the person who complained directly and resolve their case where you can",
    "Update publicly at the time the statement promised, including what changes as a result",
    "Confirm in writing what the review found and whether the change itself is being reconsidered",
  },
  owner = { "marketing", "lead" },
  due = "T-7d",
  mitigated_by = { "holding statement", "holding statements", "reactive statement", "crisis plan" },
  check = function(plan, doc, hits)
    return text.item(doc, hits, "The plan takes something away from customers (%s). One customer's angry post about it goes viral within hours; the first public answer needs a day of sign-offs, and by then the complaint and the silence are the story.", 2)
  end,
}
