-- social.ugc-contest: a contest or giveaway built on customers' posts, photos or votes.

local text = lib.text

-- Entries the public sees: photos, videos, stories.
local CONTENT = { "photo", "photos", "picture", "pictures", "video", "videos", "selfie", "selfies", "upload",
  "story", "stories", "design", "designs", "caption", "recipe", "recipes" }
-- Words that make "competition" a prize competition.
local PRIZE = { "win", "prize", "enter", "entries", "entry", "winner", "vote", "voucher", "judged" }

return {
  id = "social.ugc-contest",
  title = "The contest or giveaway backfires",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Contests run by marketing without full terms or moderation fail in predictable ways: offensive or stolen entries on the brand's page, rigged votes, children's photos, and unhappy entrants who quote the missing rules.",
  triggers = { "photo contest", "photo competition", "competition", "competitions", "contest", "giveaway",
               "giveaways", "prize draw", "enter to win", "chance to win", "share your photo", "share your photos",
               "upload your", "submit your", "user-generated", "caption competition", "vote for your favourite",
               "public vote", "fan vote", "sweepstakes" },
  wrong = "The contest goes wrong in public: offensive, stolen or identifiable entries appear on the brand's page, votes are rigged by bots or one family, and disappointed entrants find that the rules they were promised were never published.",
  causes = {
    "Entries appear on a public gallery or screen automatically, without a person checking each one",
    "No full terms were published: who may enter, closing time, how the winner is chosen, what the brand may do with entries",
    "Entries show children or other people who never agreed to be shown, or use photos and music the entrant does not own",
    "Public voting has no per-person limit and no check for bots",
  },
  prevent = {
    "Publish full terms before the first entry (eligibility, closing date and time, judging or draw method, prize, licence to use entries, how winners are told) and have legal approve them at T-14d",
    "Moderate every entry before it appears anywhere public, against written rules shared with the moderators",
    "Exclude under-18s or require a parent's consent, and reject entries showing identifiable people who did not agree",
    "Limit votes per person, watch for bursts of votes, and reserve the right in the terms to disqualify manipulated entries",
    "Draw or judge the winner on the stated date with a second person present and keep a record",
  },
  respond = {
    "Remove a harmful entry at once and say publicly that it broke the rules, without naming the entrant",
    "Freeze voting and judge by panel if manipulation is found, and tell every entrant why",
    "Answer each complaining entrant with the published rule that applies, or put it right where the rules were unclear",
    "Confirm in writing the terms template and moderation step for all future contests",
  },
  owner = { "marketing", "legal" },
  due = "T-14d",
  mitigated_by = { "full terms", "terms and conditions published", "entries are moderated", "pre-moderated" },
  check = function(plan, doc, hits)
    local pos = {}
    for _, h in ipairs(text.live(doc, hits)) do
      -- "competition" and "contest" also mean rivalry: keep them only beside a prize or an entry
      local t = h.text:lower()
      if t ~= "competition" and t ~= "competitions" and t ~= "contest" then
        pos[#pos + 1] = h
      else
        local s = (doc:sentence(h) or ""):lower()
        for _, w in ipairs(PRIZE) do
          if s:find(w, 1, true) then pos[#pos + 1] = h; break end
        end
      end
    end
    if #pos == 0 then return nil end
    local content = false
    for _, w in ipairs(CONTENT) do if doc:has(w) then content = true end end
    if content then return { evidence = pos } end
    return { evidence = pos,
      title = "The giveaway or prize draw backfires",
      wrong = ("The plan runs %s without published terms: entrants dispute who was eligible, when it closed and how the winner was chosen, bots and duplicate accounts crowd out real customers, and the complaints are public."):format(text.quote(pos, 1)) }
  end,
}
