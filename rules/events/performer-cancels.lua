-- events.performer-cancels: the headliner or star speaker people bought tickets for cancels
-- (illness, travel, a better offer), and there is no replacement or refund plan. Whether they
-- are contracted and briefed at all is supply.vendor-briefing.

local words = lib.words

local DRAWS = { "headline act", "headliner", "headliners", "headlined by", "headlining", "top of the bill",
  "special guest", "special guests", "celebrity guest", "star guest", "keynote speaker", "keynote by",
  "keynote from", "guest speaker", "speakers include", "line-up includes", "lineup includes",
  "live performance by", "performing live", "performs live", "in conversation with", "appearance by",
  "appearing live", "meet and greet", "book signing", "signing session", "q&a with" }

local COVERED = { "reserve speaker", "backup speaker", "backup act", "reserve act", "understudy", "stand-in",
  "replacement act", "cancellation clause", "line-up subject to change", "lineup subject to change",
  "subject to change", "non-appearance insurance" }

return {
  id = "events.performer-cancels",
  title = "The headliner or star speaker cancels",
  category = "venue",
  severity = 4, likelihood = 2,
  rationale = "When people buy tickets to see one person, that person's flu, delayed flight or double booking turns the event into a refund claim; consumer law usually treats a cancelled headliner as a material change.",
  triggers = DRAWS,
  wrong = "The headliner or star speaker the tickets were sold on cancels days or hours before: guests feel misled, demand refunds and post about it, and the programme has a hole nobody can fill.",
  causes = {
    "Illness, a family emergency or a delayed flight on the day",
    "A better-paid booking, a clash in their diary, or their agent never confirmed the date",
    "The performer's own technical or rider requirements are not met at the venue",
  },
  prevent = {
    "Confirm the headliner's arrival plan, rider and contact on the day in writing at T-7d, and again at T-1d",
    "Line up a named reserve act or speaker who can step in at short notice, and agree their fee in advance",
    "Write the ticket terms so a change of line-up is covered, and decide in advance what refund or credit you will offer",
    "Check non-appearance cover in the event insurance and what it requires you to prove",
  },
  respond = {
    "Tell ticket-holders at once, by email and on social media, who is not coming, what replaces them and what they can claim",
    "Offer refunds without argument to anyone who asks before the event, and at the door on the night",
    "Put the reserve act on and reshape the running order so the evening still holds together",
    "Confirm the replacement and refund arrangement in writing, and add reserve acts to the standard event plan",
  },
  owner = { "events", "marketing" },
  due = "T-7d",
  mitigated_by = COVERED,
  check = function(plan, doc, hits)
    local pos = words.unhandled(plan, doc, hits, COVERED)
    if #pos == 0 then return nil end
    local who = words.name_after(doc, pos[1])
    local draw = who and ("%s %s"):format(words.label(pos[1]), who) or ("the " .. words.label(pos[1]))
    return {
      evidence = pos,
      title = who and ("The headliner (%s) cancels"):format(who) or nil,
      wrong = ("The event is sold on a name (%s): if they cancel days or hours before, guests feel misled, demand refunds and post about it, and the programme has a hole nobody can fill."):format(draw),
    }
  end,
}
