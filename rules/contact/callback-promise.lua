-- contact.callback-promise: the promised call-back or reply time is broken at the peak.

local reach = lib.reach

local PROMISES = { "call you back", "call back", "call-back", "callback", "ring you back", "get back to you",
  "within 24 hours", "within 48 hours", "within one working day", "within 1 working day",
  "within two working days", "within 2 working days", "within an hour", "within the hour",
  "next working day", "reply within", "respond within", "answer within", "answered within",
  "guaranteed response" }

return {
  id = "contact.callback-promise",
  title = "The promised call-back or reply time is broken at the peak",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "A promised response time is the one service level customers can measure; launch peaks break it on day one, and a broken promise angers more than a long queue.",
  triggers = PROMISES,
  wrong = "The plan promises a call-back or a reply within a set time: at the launch peak the list grows faster than it is worked, the promise is broken for most customers on day one, and each one chases and complains.",
  causes = {
    "The promised time was set for a normal week, not the launch peak",
    "Call-back requests land in a list that nobody owns after the first day",
    "Agents call back from a withheld number and customers do not answer",
    "Nobody measures how many promises were kept",
  },
  prevent = {
    "Size the call-back or reply promise for the launch peak, or state a longer time for launch week, by T-7d",
    "Name an owner for the call-back list each day and work it oldest first",
    "Call back from a recognisable number, try twice at different times, then email",
    "Report promises due, kept and missed twice a day in launch week",
  },
  respond = {
    "Tell waiting customers at once, by email or text, the new realistic time, and update the promise on the website and phone message",
    "Move staff onto the backlog and work it oldest first until every promise is caught up",
    "Apologise to customers whose promised time passed, in the call itself",
    "Confirm in writing the response time the team can keep at a launch peak",
  },
  owner = { "support" },
  due = "T-7d",
  mitigated_by = { "call-back list owner", "callback list owner" },
  check = function(plan, doc, hits)
    local out = {}
    for _, h in ipairs(reach.live(doc, hits)) do
      if reach.mentions(reach.sentence(doc, h), reach.CONTACT) then out[#out + 1] = h end
    end
    if #out == 0 then return nil end
    return { evidence = out }
  end,
}
