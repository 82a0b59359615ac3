-- events.licences: the event does something that needs a licence, permit or notice (selling
-- alcohol outside a licensed venue, music in public, closing a road, fireworks, a raffle, street
-- trading, flying a drone) and the plan does not say it is in hand. One item per kind of permission.

local words = lib.words

local PERMITS = {
  { key = "alcohol", what = "selling alcohol", lead = "T-6w",
    phrases = { "pop-up bar", "cash bar", "paying bar", "bar will be open", "sell alcohol", "selling alcohol",
      "beer tent", "wine bar", "gin bar", "prosecco bar", "cocktail bar", "licensed bar" },
    permit = "a premises licence that covers this space and these hours, or a temporary event notice filed in time (in England and Wales at least 10 working days before; councils often want more)" },
  { key = "music", what = "live or recorded music in public", lead = "T-4w",
    phrases = { "live music", "live band", "dj", "dj set", "buskers", "open mic", "silent disco" },
    permit = "the venue's entertainment licence for these hours, and music licences (in the UK, PPL PRS 'TheMusicLicence') unless the venue holds them" },
  { key = "road", what = "closing a road or using a public space", lead = "T-12w",
    phrases = { "street party", "road closure", "road closed", "close the road", "closing the road",
      "street closure", "street closed", "block party", "in the park", "on the beach", "town square",
      "market square", "public square", "on the high street" },
    permit = "the landowner's or council's permission and, for a road, a temporary traffic order, which takes weeks and usually needs a traffic management plan" },
  { key = "fireworks", what = "fireworks or pyrotechnics", lead = "T-6w",
    phrases = { "fireworks", "firework display", "fireworks display", "pyrotechnics", "pyro", "sky lanterns",
      "bonfire" },
    permit = "the venue's and insurer's approval, a professional operator's risk assessment, and notice to the council, fire service and neighbours" },
  { key = "raffle", what = "a raffle, lottery or tombola", lead = "T-6w",
    phrases = { "raffle", "tombola", "lottery", "prize draw", "sweepstake", "raffle tickets" },
    permit = "in Great Britain, a small society lottery registration with the council if tickets are sold before the day (a raffle sold and drawn only on the day is exempt, within limits on prizes)" },
  { key = "trading", what = "street trading and food stalls", lead = "T-6w",
    phrases = { "street food", "food vans", "food trucks", "food stalls", "market stalls", "traders",
      "street traders", "pop-up stalls" },
    permit = "street trading consent and each trader's food registration, hygiene rating and insurance" },
  { key = "drone", what = "drone filming", lead = "T-4w",
    phrases = { "drone", "drones", "drone footage", "drone show", "aerial filming" },
    permit = "a registered operator flying within the aviation authority's rules over people, and the landowner's consent" },
}

local IN_HAND = { "licence", "licences", "license", "licenses", "licensed venue", "permit", "permits",
  "temporary event notice", "traffic order", "council approval", "council permission", "registered lottery",
  "society lottery" }

return {
  id = "events.licences",
  title = "A licence, permit or notice for the event is missing",
  category = "legal",
  severity = 4, likelihood = 3,
  rationale = "Licensing authorities work to fixed notice periods measured in weeks; discovered late, a missing permission means the bar, the music, the road or the draw is stopped on the day, or run illegally.",
  triggers = words.phrases_of(PERMITS),
  wrong = "Part of the event needs a licence, permit or notice that nobody applied for in time: the council, police or venue stops it on the day, or it runs illegally and the organiser is fined.",
  causes = {
    "Nobody checked what the venue's own licence covers (hours, spaces, activities)",
    "Notice periods of weeks were discovered after the tickets went on sale",
    "A supplier (bar, traders, pyrotechnician) was assumed to bring their own permissions",
  },
  prevent = {
    "List every activity that needs permission and check with the venue and the council what is covered at T-12w",
    "Apply for each permission before its notice period and keep the granted documents in the event file",
    "Get copies of every supplier's licences, registrations and insurance before they are confirmed",
  },
  respond = {
    "If an activity is stopped, tell guests at once and plainly what is changing and why",
    "Move, shorten or drop the activity rather than run it without permission, and offer refunds where it was a ticketed part",
    "Confirm in writing the permissions checklist and its lead times for the next event",
  },
  owner = { "events", "legal" },
  due = "T-6w",
  mitigated_by = IN_HAND,
  check = function(plan, doc, hits)
    if words.any(doc, IN_HAND) or not words.is_event(plan, doc) then return nil end
    local items = {}
    for _, p in ipairs(PERMITS) do
      local found = words.found(doc, p.phrases)
      if #found > 0 then
        items[#items + 1] = {
          subject = p.key,
          evidence = found,
          title = ("No licence or permit for %s"):format(p.what),
          wrong = ("The event includes %s (%s) and the plan does not mention the permission it needs: %s. Without it the activity is stopped on the day, or runs illegally."):format(
            p.what, words.label(found[1]), p.permit),
          prevent = {
            ("Check with the venue and the council which permission covers %s, and apply before %s"):format(p.what, p.lead),
            "Keep the granted document in the event file and a copy at the venue on the day",
            "Get copies of every supplier's licences, registrations and insurance before they are confirmed",
          },
        }
      end
    end
    if #items == 0 then return nil end
    return items
  end,
}
