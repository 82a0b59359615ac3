-- dayof.go-no-go: the announcement is timed to go out before the thing it announces goes live
-- (a 07:00 newsletter for a 09:00 switch, an embargo that lifts before the page is up), and no
-- go/no-go check sits between them. (An email to everyone during a staged rollout is
-- capacity.email-blast; a landing page that is not published is web.landing-page-live.)

local clock, prose = lib.clock, lib.prose

local SEND = { "email", "emails", "newsletter", "press release", "push notification", "in-app message",
  "announcement", "post", "posts", "tweet", "goes out", "go out", "sent", "send", "embargo lifts", "release notes" }
local LIVE = { "goes live", "go live", "switches", "switch over", "live at", "opens at", "available from",
  "deploy", "deployed", "enabled", "switched on", "turned on", "published at" }

local CHECKED = { "go/no-go", "go-no-go", "go / no-go", "go/no go", "readiness check", "launch readiness",
  "readiness review", "final check", "held until", "only once", "only after" }

local word = lib.word

return {
  id = "dayof.go-no-go",
  title = "The announcement goes out before the launch is ready",
  category = "communication",
  severity = 4, likelihood = 3,
  rationale = "Sends and switches are scheduled separately by different people; when the send is timed first and nothing ties it to a go/no-go check, customers arrive at a page, price or feature that is not there yet, and every one of them contacts support.",
  wrong = "The announcement reaches customers before what it announces is ready for them: they click through to a feature they do not have, a page that is not live or a price that has not switched, and flood support or social media.",
  causes = {
    "The email, posts and press release are scheduled by marketing while the switch or rollout is run by another team",
    "An embargo or scheduled post was set for the planned time and nobody moved it when the go-live moved",
    "The switch slips by an hour and nobody holds the scheduled send",
  },
  prevent = {
    "Hold a go/no-go check at a fixed time before the first send: the launch owner confirms the feature, page or price is live for the people receiving it",
    "Tie every scheduled send to the check: sends stay paused until the owner releases them, with one named person allowed to release",
    "Write the order of events (switch, check, send, post) with times in the run sheet at T-7d",
  },
  respond = {
    "Acknowledge publicly at once that some customers do not see it yet, and say when they will",
    "Pause the remaining sends and posts until the launch is live for their recipients",
    "Give support a short answer to paste, and follow up with the affected customers once it is live",
    "Confirm in writing that sends are released only after the go/no-go check",
  },
  owner = { "marketing", "lead", "product" },
  due = "T-7d",
  mitigated_by = CHECKED,
  check = function(plan, doc, hits)
    if prose.first(doc, CHECKED) then return nil end
    local send, live
    local sentences, lows = doc:sentences(), {}
    for i, s in ipairs(sentences) do lows[i] = s.text:lower() end
    -- the words the plan holds, and the sentences that hold one of them
    local all = table.concat(lows, "\n")
    local sends, lives = word.present(all, SEND, "%w"), word.present(all, LIVE, "%w")
    local named = word.holding(lows, sends)
    for i in pairs(word.holding(lows, lives)) do named[i] = true end
    for i, s in ipairs(sentences) do
      -- the sentence's first clock time, when it names a send (st) or a switch (lt)
      local low, st, lt = lows[i], nil, nil
      local is_send = named[i] and word.first(low, sends, "%w")
      local is_live = named[i] and word.first(low, lives, "%w")
      if is_send or is_live then
        local t = clock.times(s.text)[1]
        st, lt = is_send and t, is_live and t
      end
      if st and not lt and (not send or st.at < send.t.at) then send = { t = st, s = s } end
      if lt and not st and (not live or lt.at < live.t.at) then live = { t = lt, s = s } end
    end
    if send and live and send.t.at < live.t.at then
      return {
        evidence = { { source = send.s.source, text = send.s.text }, { source = live.s.source, text = live.s.text } },
        wrong = ("The announcement goes out at %s but the launch is only live at %s: for %d minutes everyone who reacts at once finds nothing, and the first impression is a broken launch."):format(
          send.t.text, live.t.text, live.t.at - send.t.at),
      }
    end
    return nil
  end,
}
