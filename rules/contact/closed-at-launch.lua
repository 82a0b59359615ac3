-- contact.closed-at-launch: the contact channel is closed on launch day or the day after.

local reach, clock = lib.reach, lib.clock

-- How to name the channel whose hours these are, by the first word found in the sentence.
local LABELS = { { "booking hotline", "the booking hotline" }, { "hotline", "the hotline" },
  { "helpline", "the helpline" }, { "chat", "chat" }, { "support team", "the support team" },
  { "support", "support" }, { "email", "email support" }, { "phone", "the phone line" },
  { "box office", "the box office line" }, { "lines", "the phone lines" }, { "line", "the phone line" },
  { "desk", "the service desk" } }

local function label(s)
  for _, l in ipairs(LABELS) do
    if s:find(l[1], 1, true) then return l[2] end
  end
  return "the contact channel"
end

return {
  id = "contact.closed-at-launch",
  title = "The contact channel is closed when the launch happens",
  category = "customer-contact",
  severity = 3, likelihood = 4,
  rationale = "Launches, events and email sends are timed for the audience, opening hours for the office; the first questions of a Friday or Saturday launch meet a closed line and go to social media instead.",
  triggers = clock.DAY_PHRASES,
  wrong = "The launch falls on a day the contact channel is closed: customers with a problem on the day reach a closed line or an unanswered inbox, and take the complaint to social media, where it waits until the office opens.",
  causes = {
    "Opening hours were copied from normal business, not set for the launch",
    "The launch or event date was chosen for the audience without checking who answers customers that day",
    "Volunteers or staff who answer the line are busy running the launch itself",
    "The out-of-hours message gives no alternative (an on-the-day number, an FAQ, a status page)",
  },
  prevent = {
    "Extend the hours of at least one contact channel to cover launch day and the day after, and publish the extended hours by T-14d",
    "Publish an on-the-day contact (a mobile number or chat) for the launch or event, staffed by someone not otherwise busy",
    "Record an out-of-hours message and an email auto-reply that give the on-the-day contact and the FAQ link",
    "Name who watches social media and the inbox on launch day outside office hours",
  },
  respond = {
    "Acknowledge on social media at once that the line is closed and give the on-the-day contact",
    "Open an extra channel (a mobile number, a chat, a staffed desk) for the rest of the launch period",
    "Call back or answer every message left while closed on the next working morning, first thing",
    "Confirm in writing that launch-day contact hours are part of every launch plan",
  },
  owner = { "support", "events", "lead" },
  due = "T-14d",
  mitigated_by = { "extended hours", "on-the-day number", "on the day number", "out-of-hours message" },
  check = function(plan, doc, hits)
    local day = clock.weekday(plan.launch_date)
    if not day then return nil end
    for _, h in ipairs(reach.live(doc, hits)) do
      local s = reach.sentence(doc, h)
      local open = clock.open_days(s)
      if open and reach.mentions(s, reach.CONTACT) then
        local next_day = day % 7 + 1
        local when
        if not open[day] then
          when = ("on launch day itself (%s %s)"):format(clock.day_name(day), plan.launch_date)
        elseif not open[next_day] then
          when = ("on the day after the launch (%s), the first full day of questions"):format(clock.day_name(next_day))
        end
        if when then
          local name = label(s)
          local hours = clock.hours(s)
          return {
            evidence = { h, { source = "launch_date", text = ("%s (%s)"):format(plan.launch_date, clock.day_name(day)) } },
            wrong = ("%s is open %s%s, so it is closed %s: customers with a problem reach a closed line or an unanswered inbox, and take the complaint to social media, where it waits until the office opens."):format(
              name:gsub("^%l", string.upper), h.text, hours and (" " .. hours) or "", when),
          }
        end
      end
    end
    return nil
  end,
}
