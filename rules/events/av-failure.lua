-- events.av-failure: the power, sound or screens fail during the part of the event that needs
-- them (the auction, the speeches, the band). Live streams failing on camera are
-- social.live-demo; this rule is the room itself.

local words = lib.words

-- What needs power and AV, with how to name the moment that depends on it.
local MOMENTS = {
  { name = "the auction", phrases = { "live auction", "auctioneer", "charity auction", "paddle auction" } },
  { name = "the speeches and awards", phrases = { "speeches", "speech", "awards ceremony", "award ceremony",
      "prize-giving", "presentation of awards", "keynote", "panel discussion", "presentations", "compere",
      "host for the evening", "mc" } },
  { name = "the screens and slides", phrases = { "projector", "big screen", "big screens", "led screen",
      "led wall", "slides", "screening", "film screening", "video wall" } },
  { name = "the music", phrases = { "dj", "dj set", "live band", "live music", "disco", "dancing", "karaoke",
      "sound system", "pa system" } },
  { name = "the lighting", phrases = { "light show", "lighting rig", "stage lighting", "uplighting", "laser show" } },
}

local REHEARSAL = { "tech rehearsal", "technical rehearsal", "sound check", "soundcheck" }
local BACKUP = { "backup generator", "generator", "ups", "spare microphones", "spare mics", "spare radio mics",
  "backup laptop", "standby technician", "technician on site", "av technician" }

return {
  id = "events.av-failure",
  title = "Power, sound or screens fail at the key moment",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Venue circuits are shared with caterers' ovens and the band's rig; a tripped breaker or a dead radio mic in the one moment the evening is built around is silent, public and hard to recover.",
  wrong = "The power trips or the microphones, speakers or screens fail in the moment the event is built around: the audience cannot hear or see, the programme stalls and guests drift to the bar.",
  causes = {
    "Caterers' equipment, the band's rig and the AV share one circuit that trips under the combined load",
    "Radio microphones run on batteries nobody changed since the rehearsal, or clash with another system's frequency",
    "The laptop, adapter or clicker is the presenter's own and meets the venue's projector for the first time on the night",
    "Nobody who can fix the system is in the room; the venue's technician went home at 18:00",
  },
  prevent = {
    "Send the venue a power plan (what plugs in where, total load per circuit) and get it confirmed by their electrician at T-14d",
    "Book an AV technician to stay in the room for the whole programme, with spare wired and radio microphones and fresh batteries",
    "Run a full technical rehearsal in the room with the real laptop, slides, microphones and music at T-1d or on the afternoon",
    "Keep a fallback for the key moment: a wired microphone at the lectern, printed lot sheets or running order, a battery PA",
  },
  respond = {
    "Say to the room at once what has happened and when the programme resumes, by the wired or battery microphone",
    "Switch to the fallback (wired mic, battery PA, printed sheets) and move the key moment rather than run it inaudibly",
    "Tell guests and online viewers afterwards what they missed and how to catch up or still take part",
    "Review the failure with the venue and the AV supplier and confirm the power plan and rehearsal in writing for the next event",
  },
  owner = { "events", "operations" },
  due = "T-14d",
  mitigated_by = words.concat(REHEARSAL, BACKUP),
  check = function(plan, doc, hits)
    local pos = words.unhandled(plan, doc, hits)
    if #pos == 0 then return nil end
    if words.any(doc, REHEARSAL) and words.any(doc, BACKUP) then return nil end
    local moment, shown = "the programme", pos[1]
    for i = #MOMENTS, 1, -1 do -- the first moment, in MOMENTS order, that the plan has
      local h = words.any(doc, MOMENTS[i].phrases)
      if h then moment, shown = MOMENTS[i].name, h end
    end
    return {
      evidence = pos,
      title = ("Power, sound or screens fail during %s"):format(moment),
      wrong = ("The power trips or the microphones, speakers or screens fail during %s (%s): the audience cannot hear or see, the programme stalls, and guests drift to the bar. The plan names no technical rehearsal, technician or backup for it."):format(
        moment, words.label(shown)),
    }
  end,
  triggers = words.phrases_of(MOMENTS),
}
