-- legal.ip-rights: the campaign uses music, names, marks or images it may not have the rights to.
-- Music played to a room is a licence question (events.licences); here music counts when it is
-- streamed, recorded or put in ads and posts: when the same sentence puts it there. (A band at the
-- drinks reception and a live stream of the auction later on are a room and a stream without music.)

local clause = lib.clause

local KINDS = {
  { key = "music", phrases = { "the band", "brass band", "live band", "jazz band", "a band", "dj", "live music",
      "background music", "soundtrack", "song", "songs", "playlist", "jingle", "cover version", "music track",
      "music video", "choir" },
    what = "music", owner = { "events", "legal", "marketing" },
    prevent = "Get written permission by T-14d from the performers and the rights holders (or a licence for the tracks) to stream, record and post the music, or plan to mute or replace it in the stream and recordings",
    cause = "Music licences cover playing music in a room, not streaming, recording or using it in ads; platforms' copyright filters mute or stop streams and videos that carry it" },
  { key = "name", phrases = { "new name", "renamed", "rebrand", "rebranded", "rebranding", "new brand", "brand name",
      "new logo", "product name", "trademark", "trade mark" },
    what = "a new name or logo",
    prevent = "Run a trade mark clearance search on the name and logo in every launch country at T-6w and file the application before the announcement; register the matching domains and social handles first",
    cause = "The new name or logo was chosen without a trade mark search, and an earlier owner objects after the launch" },
  { key = "events", phrases = { "world cup", "olympic", "olympics", "paralympics", "euro 2028", "super bowl",
      "premier league", "champions league", "wimbledon", "eurovision", "formula 1", "formula one", "six nations" },
    what = "a protected event's name",
    prevent = "Have legal check the wording and images against the event owner's protected marks (many are protected by special laws), or drop them unless you are a licensed sponsor",
    cause = "Major events protect their names, logos and even phrases by law, and enforce against non-sponsors" },
  { key = "assets", phrases = { "stock photos", "stock images", "stock footage", "influencer", "influencers",
      "user-generated", "customer photos", "fan photos", "celebrity", "lookalike", "ai-generated", "ai generated",
      "font", "fonts", "archive footage", "repost", "reposting" },
    what = "third-party images, footage or creators' content",
    prevent = "Keep a licence for every photo, font, clip and track in the campaign file, covering paid ads, print, the countries and the campaign's whole duration, and get written usage rights from creators whose content you reuse",
    cause = "A licence bought for one use (web, one country, one year) is used in paid ads, print or after it expires" },
}

-- Where music or images reach beyond the room.
local MEDIA = { "live stream", "livestream", "live-stream", "live-streamed", "streamed", "video", "videos",
  "recording", "recorded", "tiktok", "reels", "youtube", "instagram", "advert", "adverts", "tv ad", "radio ad",
  "podcast", "social media", "campaign film" }

return {
  id = "legal.ip-rights",
  title = "The campaign uses music, names or images it has no rights to",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Rights problems surface at the worst moment (a muted stream mid-event, a takedown of the launch ad, a cease-and-desist after the name is printed) and are rarely checked because everyone assumes someone else cleared them.",
  triggers = clause.phrases(KINDS),
  wrong = "The campaign uses material it may not have the rights to: the stream or video is muted or taken down by the platform, or a rights holder demands payment or withdrawal after launch.",
  causes = {
    "Everyone assumed the agency, the venue or the performer had cleared the rights",
    "A licence covers one use but the material is used in another",
  },
  prevent = {
    "List every piece of music, image, footage, font and name used in the campaign at T-14d, with who owns it and the licence that covers each use",
    "Keep the licences with the campaign files so a claim can be answered within a day",
  },
  respond = {
    "Take down or mute the disputed material at once and replace it with cleared material",
    "Answer the rights holder promptly with the licence, or agree a retrospective licence",
    "If a stream or video is blocked, repost a cleared version and tell viewers where to find it",
    "Confirm in writing the rights-clearance step for future campaigns",
  },
  owner = { "legal", "marketing" },
  due = "T-14d",
  mitigated_by = { "prs", "ppl", "music licence", "licensed music", "trade mark search", "trademark search",
                   "rights cleared", "usage rights" },
  check = function(plan, doc, hits)
    local media, streamed = {}, nil
    for _, h in ipairs(clause.seek(doc, MEDIA)) do
      local s = doc:sentence(h) or ""
      media[s] = media[s] or h
    end
    local found = {}
    for _, f in ipairs(clause.groups(doc, KINDS)) do
      if f.group.key ~= "music" then
        found[#found + 1] = f
      else
        for _, h in ipairs(f.hits) do
          local m = media[doc:sentence(h) or ""]
          if m then
            streamed = m
            found[#found + 1] = { group = f.group, hits = { h } }
            break
          end
        end
      end
    end
    if #found == 0 then return nil end
    local whats, causes, prevent, ev = {}, {}, {}, {}
    for _, f in ipairs(found) do
      whats[#whats + 1] = ("%s ('%s')"):format(f.group.what, f.hits[1].text)
      causes[#causes + 1] = f.group.cause
      prevent[#prevent + 1] = f.group.prevent
      ev[#ev + 1] = f.hits[1]
    end
    causes[#causes + 1] = "Everyone assumed the agency, the venue or the performer had cleared the rights"
    prevent[#prevent + 1] = "Keep the licences with the campaign files so a claim can be answered within a day"
    local tail = "a rights holder demands payment or withdrawal after the launch"
    if streamed then
      ev[#ev + 1] = streamed
      tail = "the stream or video is muted or taken down by the platform's copyright filter while people are watching, or " .. tail
    end
    return {
      evidence = ev,
      owner = found[1].group.owner,
      causes = causes,
      prevent = prevent,
      wrong = ("The campaign uses %s without a plan for the rights: %s."):format(clause.list(whats), tail),
    }
  end,
}
