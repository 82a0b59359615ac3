-- social.hashtag-hijack: a campaign hashtag or open prompt is taken over by critics or jokers.

local text = lib.text

-- Open prompts that invite anyone to answer in public.
local PROMPTS = { "hashtag", "hashtags", "hashtag campaign", "share your story", "share your stories",
  "tell us why you love", "tell us what you love", "ask us anything", "ask me anything",
  "tag us", "use the tag" }

-- "#SpringSmiles" in the text (a # followed by a letter); "#1" is a claim, not a hashtag.
local function hashtags(doc)
  local out, seen = {}, {}
  for tag in (doc:text() or ""):gmatch("#%a[%w_]*") do
    local key = tag:lower()
    if not seen[key] and key ~= "#ad" and key ~= "#advert" and key ~= "#sponsored" then
      seen[key] = true
      for _, h in ipairs(doc:find(tag)) do out[#out + 1] = h; break end
    end
  end
  return out
end

return {
  id = "social.hashtag-hijack",
  title = "The campaign hashtag is hijacked",
  category = "reputation",
  severity = 3, likelihood = 3,
  rationale = "A branded hashtag or open question is an invitation to anyone with a grievance or a joke; one organised group or one viral reply is enough, and it happens to large brands every year.",
  wrong = "People with a grievance, competitors or jokers take over the campaign hashtag: the feed fills with complaints, mockery or worse, and it is the first thing anyone sees when they search the campaign.",
  causes = {
    "Nobody searched the hashtag before launch: it already means something else, or reads as something rude once the words run together",
    "An open prompt ('tell us why you love…') lands while customers are angry about an unrelated issue",
    "A screen or website wall shows tagged posts automatically, without a person approving them",
    "Nobody watches the tag in the first evenings and weekend, when the pile-on starts",
  },
  prevent = {
    "Search the hashtag, its misspellings and the words run together on every platform at T-14d and drop it if it is taken or reads badly",
    "Write down the three worst replies the prompt could attract and decide before launch whether the campaign can live with them",
    "Show tagged posts on screens or web walls only after a person approves each one",
    "Name who watches the hashtag hourly for the first 48 hours, including evenings and the weekend, and who may pause paid promotion",
  },
  respond = {
    "Answer a real grievance at once in one plain public post, and do not argue with jokes",
    "Pause paid promotion of the hashtag and stop resharing entries while the pile-on lasts",
    "Take up the underlying complaints privately with the people who raised them and fix what can be fixed",
    "Confirm in writing whether the hashtag is retired and what review any new hashtag must pass",
  },
  owner = { "marketing" },
  due = "T-14d",
  mitigated_by = { "social listening", "hashtag checked", "moderated wall", "pre-moderated" },
  check = function(plan, doc, hits)
    local ev = hashtags(doc)
    for _, p in ipairs(PROMPTS) do
      for _, h in ipairs(text.live(doc, doc:find(p))) do ev[#ev + 1] = h end
    end
    if #ev == 0 then return nil end
    return { evidence = ev,
      wrong = ("The campaign invites the public to post under %s. People with a grievance, competitors or jokers can take it over: the feed fills with complaints or mockery, and that is what anyone searching the campaign sees first."):format(text.quote(ev, 2)) }
  end,
}
