-- legal.prize-draw: a prize draw or competition that people pay or buy to enter, which lottery
-- law treats as an unlicensed lottery unless there is a free route or real skill.
-- Free contests and giveaways (terms, moderation, votes) are social.ugc-contest; raffles at an
-- event are events.licences.

local clause = lib.clause

local KINDS = {
  { key = "draw", phrases = { "prize draw", "prize draws", "sweepstake", "sweepstakes", "lucky draw", "instant win",
      "chance to win", "enter to win", "win one of", "to be won", "win a", "win an", "giveaway", "giveaways" },
    note = "A prize draw decided by chance that people must buy or pay to enter is a lottery: without a free entry route of equal standing, or a lottery licence, it is illegal in Great Britain (Gambling Act 2005) and in many other countries" },
  { key = "competition", phrases = { "competition", "competitions", "prize competition", "contest", "skill question",
      "answer the question", "answer a question" },
    note = "A competition people pay to enter is lawful only if skill really decides the winner: a question anyone can guess does not count, and a tie-break drawn at random turns it back into a lottery" },
}

-- What makes entry paid: a purchase, a fee, a premium-rate text.
local PAID = { "buy", "buys", "purchase", "purchases", "with every", "with any", "when you buy", "when you spend",
  "spend", "per entry", "entry fee", "entries cost", "tickets cost", "ticket costs", "for every ticket", "text win",
  "text to enter", "premium rate", "donate to enter", "pay to enter", "entry is" }
-- The plan already offers a free route.
local FREE_ROUTE = { "no purchase necessary", "free entry route", "free postal entry", "free to enter", "enter for free",
  "free entry by post", "enter free online" }
-- "Competition" also means rivals: it counts only with words of entering and winning.
local CONTEST = { "winner", "winners", "prize", "prizes", "entries", "entrants", "to enter", "enter the", "judged",
  "judges", "judging" }

return {
  id = "legal.prize-draw",
  title = "A paid-entry prize draw or competition is an unlawful lottery",
  category = "legal",
  severity = 4, likelihood = 3,
  rationale = "Tying a prize draw to a purchase or a fee is the most common way promotions break lottery law; the promoter is liable, prizes may have to be given to everyone, and the regulator and press treat it as illegal gambling.",
  triggers = clause.phrases(KINDS),
  wrong = "People must buy or pay to enter the prize promotion and chance decides the winner: it is an unlicensed lottery, the promotion must be stopped or re-run, and the promoter is exposed to enforcement.",
  causes = {
    "The promotion was built to drive sales ('buy to enter') and nobody checked it against lottery law",
    "A free entry route exists on paper but is harder, slower or less visible than the paid one",
    "The skill question is so easy that chance decides, or ties are broken by a random draw",
    "The same mechanic is run in countries whose rules differ (some ban purchase-linked draws outright)",
  },
  prevent = {
    "Have legal check the mechanic against lottery law in every country it runs in at T-14d, before the packs, ads or pages are made",
    "Offer a free entry route of equal standing (same chance, as easy to find and use) and state it in every ad, or remove the purchase condition",
    "Set a question that really needs skill for any paid competition, and judge ties by skill, never by a random draw",
    "Publish full terms with the promoter, closing date, eligibility, the free route and how winners are picked",
  },
  respond = {
    "Pause entries at once and tell entrants openly what changes and why",
    "Add a free entry route or refund paid entries, then re-run the draw on lawful terms",
    "Answer the regulator with the corrected mechanic and the record of entries",
    "Confirm in writing the legal check of promotion mechanics for the next campaign",
  },
  owner = { "legal", "marketing" },
  due = "T-14d",
  mitigated_by = { "no purchase necessary", "free entry route", "free postal entry", "lottery licence",
                   "lottery registered", "skill question" },
  check = function(plan, doc, hits)
    if clause.mentions(doc, FREE_ROUTE) then return nil end
    local paid = clause.seek(doc, PAID)[1]
    if not paid then return nil end
    local contest = clause.mentions(doc, CONTEST) ~= nil
    local found = {}
    for _, f in ipairs(clause.groups(doc, KINDS)) do
      if f.group.key ~= "competition" or contest then found[#found + 1] = f end
    end
    if #found == 0 then return nil end
    local notes, ev = clause.notes(found)
    ev[#ev + 1] = paid
    return {
      evidence = ev,
      wrong = ("People must buy or pay to enter the prize promotion ('%s', '%s'). %s. Run as planned, the promotion must be stopped or re-run, and the promoter is exposed to enforcement."):format(ev[1].text, paid.text, table.concat(notes, ". ")),
    }
  end,
}
