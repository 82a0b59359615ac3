-- accessibility.captions: videos, webinars or podcasts without captions, transcripts or a
-- description of what is only shown on screen.

local say = lib.say

-- Words after "video" that make it a product or a call, not content ("video doorbell").
local NOT_CONTENT = { "call", "calls", "calling", "doorbell", "doorbells", "game", "games", "camera", "cameras",
  "chat", "consultation", "consultations", "appointment", "appointments", "editor", "editing", "card" }
-- A video that goes out next to written material saying the same ("release notes and a short video")
-- is a supplement: the text already reaches deaf and blind customers. It still counts when it also
-- runs as an ad or on social media, where it is the message and plays muted.
local WRITTEN = { "release notes", "article", "articles", "blog post", "written guide", "step-by-step guide",
  "help article", "help articles", "help centre", "manual", "instructions", "faq", "newsletter article" }
local SHOWN = { "ad", "ads", "advert", "adverts", "autoplay", "muted", "social", "linkedin", "instagram", "facebook",
  "tiktok", "youtube", "reels", "tv", "screens", "cinema", "only on", "only in" }

local function words_in(s, list)
  local padded = " " .. s:lower():gsub("[^%w]+", " ") .. " "
  for _, w in ipairs(list) do
    if padded:find(" " .. w .. " ", 1, true) then return true end
  end
  return false
end

local function supplement(doc, hit)
  local s = doc:sentence(hit) or ""
  return words_in(s, WRITTEN) and not words_in(s, SHOWN)
end

local DONE = { "captions", "captioned", "closed captions", "subtitles", "subtitled", "transcript", "transcripts",
  "audio description", "bsl", "sign language" }

return {
  id = "accessibility.captions",
  title = "Video and audio leave deaf and blind customers out",
  category = "accessibility",
  severity = 3, likelihood = 4,
  rationale = "About one adult in five has some hearing loss and most social video plays muted; without edited captions and a transcript, the launch video says nothing to a large share of its audience, and what is only shown on screen is lost to blind viewers.",
  triggers = { "video", "videos", "explainer video", "how-to video", "tutorial video", "webinar", "webinars",
               "podcast", "podcasts", "video ad", "video ads", "tv ad", "tv ads", "tv advert", "tv adverts",
               "reels", "short film", "keynote", "recorded talk", "on-demand talk" },
  wrong = "The video, webinar or podcast goes out without captions or a transcript: deaf and hard-of-hearing customers, and everyone watching muted, miss what it says, and blind customers miss whatever is only shown on screen.",
  causes = {
    "Captions are left to the platform's automatic speech recognition, which gets names, numbers and product terms wrong",
    "Social versions autoplay muted and carry no burned-in captions",
    "Prices, dates, web addresses and steps appear only as on-screen text or in the picture",
    "Live webinars have no live captioner and the recording is published as it is",
  },
  prevent = {
    "Add captions edited by a person (not raw auto-captions) to every video before it is published at T-7d, and burn them in for social feeds that autoplay muted",
    "Publish a transcript next to every video, webinar recording and podcast episode",
    "Say aloud or describe everything that matters on screen: prices, dates, web addresses and each step",
    "Book a live captioner (and a sign-language interpreter where the audience needs one) for live webinars and keynotes",
  },
  respond = {
    "Acknowledge the gap at once to anyone who reports it and send them the transcript or a written summary the same day",
    "Replace the uncaptioned video on every channel with a captioned version",
    "Add captions and transcripts to the rest of the campaign's video and audio",
    "Confirm in writing that captions and transcripts are part of the sign-off for every video and podcast",
  },
  owner = { "marketing", "web", "product" },
  due = "T-7d",
  mitigated_by = DONE,
  check = function(plan, doc, hits)
    if say.handled(doc, DONE) then return nil end
    local pos = {}
    for _, h in ipairs(say.affirmed(doc, hits)) do
      local low = h.text:lower()
      local content = true
      if low == "video" or low == "videos" then
        local s = (doc:sentence(h) or ""):lower()
        local at = s:find(low, 1, true)
        local nextw = at and s:sub(at + #low):match("^%s*([%a%-]+)") or ""
        for _, w in ipairs(NOT_CONTENT) do if nextw == w then content = false end end
        if supplement(doc, h) then content = false end
      end
      if content then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    local audio = false
    for _, h in ipairs(pos) do if h.text:lower():find("podcast") then audio = true end end
    local what = audio and "The podcast" or "The video"
    if not audio and pos[1].text:lower():find("webinar") then what = "The webinar" end
    local names = say.names(pos, 2)
    if ("the " .. names) ~= what:lower() and ("the " .. names) ~= what:lower() .. "s" then
      what = ("%s (%s)"):format(what, names)
    end
    return { evidence = pos,
      wrong = ("%s goes out without captions or a transcript: deaf and hard-of-hearing customers, and everyone watching muted, miss what it says, and blind customers miss whatever is only shown on screen."):format(what) }
  end,
}
