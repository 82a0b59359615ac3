-- social.live-demo: the live demo or live stream fails in front of the audience.

local text = lib.text

local TRIGGERS = { "live demo", "live demos", "live demonstration", "demo on stage", "on-stage demo",
  "live stream", "live streams", "livestream", "livestreams", "live-stream", "livestreamed", "live-streamed",
  "streamed live", "live broadcast", "broadcast live", "instagram live", "tiktok live", "youtube live",
  "live on instagram", "live on tiktok", "live on youtube", "live unboxing", "live q&a", "keynote" }

-- Something is shown or presented live: without it a stream is only a stream.
local SHOWN = { "demo", "demos", "demonstration", "demonstrates", "unveil", "unveils", "unveiling", "keynote",
  "presentation", "presents", "on stage", "on-stage", "product launch", "reveal", "reveals", "unboxing",
  "live q&a", "shows how" }
-- A recorded keynote or stream cannot fail live.
local RECORDED = { "pre-recorded", "prerecorded", "recorded in advance", "on demand", "on-demand" }

return {
  id = "social.live-demo",
  title = "The live demo or stream fails on camera",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "Venue Wi-Fi, a single encoder and a demo on production data fail often enough that every seasoned producer keeps a recording cued; a failure on camera is clipped and shared faster than the launch.",
  triggers = TRIGGERS,
  wrong = "The demo crashes or the stream freezes in front of the audience and online viewers, and the clip of the failure travels further than the launch.",
  causes = {
    "The stream or demo runs over the venue's shared Wi-Fi, which collapses once the room fills up",
    "The demo depends on live production systems, a fresh login or a network service that is slow on the day",
    "One laptop, one encoder, one presenter: nothing takes over when one of them fails",
    "Devices update, sleep or show private notifications in the middle of the demo",
  },
  prevent = {
    "Rehearse the whole demo or stream at the venue, on the venue's network, at the same time of day, at T-2d",
    "Run the stream over a wired line with a bonded mobile backup and a second encoder ready to take over",
    "Record a clean take at the rehearsal and cue it so the operator can switch to it within ten seconds",
    "Use demo accounts with fixed data, and switch off updates, notifications and auto-sleep on every demo device",
    "Give the presenter a scripted line for a failure and name the operator who decides to switch to the backup",
  },
  respond = {
    "Say on stage and on stream at once what is happening and when you will be back, rather than pressing on in silence",
    "Switch to the recorded take or to a holding slide with the web address, and keep online viewers informed in the chat",
    "Publish the full replay within hours and give online viewers who missed their part another way to take part",
    "Write down the cause and confirm in writing which backup will be used next time",
  },
  owner = { "events", "marketing", "product" },
  due = "T-7d",
  mitigated_by = { "backup stream", "backup recording", "recorded backup", "rehearsal at the venue", "technical rehearsal" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(text.live(doc, hits)) do
      local s = (doc:sentence(h) or ""):lower()
      local recorded = false
      for _, r in ipairs(RECORDED) do if s:find(r, 1, true) then recorded = true end end
      if not recorded then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    -- a stream with nothing demonstrated on it (a concert, an auction) is a streaming risk, not this one
    if not text.first(doc, SHOWN) then return nil end
    return { evidence = pos }
  end,
}
