-- events.insurance: the event carries a risk insurers price separately (inflatables, rides,
-- animals, fireworks, sport, high-value items on display, large up-front costs for an outdoor
-- event) and the plan does not mention insurance.

local words = lib.words

local EXPOSURES = {
  { what = "activities insurers exclude unless declared", phrases = { "bouncy castle", "inflatable",
      "inflatables", "climbing wall", "zip wire", "zipline", "rodeo bull", "funfair", "fairground rides",
      "rides", "go-karts", "go karts", "axe throwing", "archery", "obstacle course", "fun run", "5k", "10k",
      "half marathon", "marathon", "bike ride", "swim" } },
  { what = "animals", phrases = { "petting zoo", "animals", "pony rides", "falconry", "donkey rides", "dog show" } },
  { what = "fireworks or fire", phrases = { "fireworks", "firework display", "pyrotechnics", "bonfire",
      "fire pit", "fire pits", "fire performers", "sky lanterns" } },
  { what = "high-value items in your care", phrases = { "prizes worth", "exhibition of", "artworks",
      "jewellery", "vintage cars", "classic cars", "loaned items", "items on loan" } },
  { what = "large costs that are lost if the event is cancelled", phrases = { "marquee hire", "marquee",
      "headline act", "headliner", "stage hire", "festival", "outdoor concert", "open-air concert" } },
}

local INSURED = { "insurance", "insured", "public liability", "event cover", "cancellation cover",
  "employers' liability", "employers liability" }

return {
  id = "events.insurance",
  title = "The event is not insured for what it actually does",
  category = "commercial",
  severity = 4, likelihood = 2,
  rationale = "Standard policies exclude inflatables, animals, fire, sport and goods in your care unless declared; a single injury claim or a cancelled weekend costs more than the event raises.",
  triggers = words.phrases_of(EXPOSURES),
  wrong = "Something goes wrong (a guest is hurt, an auction lot is damaged or stolen, or the event is cancelled) and the policy does not cover it, because the activity was never declared or there is no policy: the organiser pays.",
  causes = {
    "The organiser assumed the venue's insurance covers the event; it covers the venue",
    "The policy was bought for a different, smaller event and the activities were never updated",
    "Suppliers' own public liability was never checked, so their accident becomes your claim",
  },
  prevent = {
    "Send the insurer or broker the full programme, site plan and guest numbers and get written confirmation of public liability and any cancellation cover at T-6w",
    "Declare every exposure by name (inflatables, animals, fire, sport, items in your care) and check the exclusions",
    "Collect certificates of public liability (usually at least £5m) from every supplier and operator before they are confirmed",
    "Check what the insurer requires on the day (risk assessments, operator qualifications, incident log) and make sure it is done",
  },
  respond = {
    "After an incident, look after the people involved first, then record what happened, witnesses and photos the same day",
    "Notify the insurer within the policy's deadline and before admitting liability or offering compensation",
    "Tell affected guests plainly what happens next and by when",
    "Confirm in writing the insurance check for the next event, including suppliers' certificates",
  },
  owner = { "events", "legal", "operations" },
  due = "T-6w",
  mitigated_by = INSURED,
  check = function(plan, doc, hits)
    if words.any(doc, INSURED) or not words.is_event(plan, doc) then return nil end
    for _, e in ipairs(EXPOSURES) do
      local found = words.found(doc, e.phrases)
      if #found > 0 then
        return {
          evidence = found,
          wrong = ("The event involves %s (%s) and the plan does not mention insurance: if a guest is hurt, something in your care is damaged or stolen, or the event is cancelled, a standard policy may exclude it, and the organiser pays."):format(
            e.what, words.label(found[1])),
        }
      end
    end
    return nil
  end,
}
