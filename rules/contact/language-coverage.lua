-- contact.language-coverage: customers write in a language the people answering cannot handle.

local reach = lib.reach

local LANGUAGES = {
  de = { "German" }, at = { "German" }, ch = { "German", "French", "Italian" }, nl = { "Dutch" },
  be = { "Dutch", "French" }, fr = { "French" }, es = { "Spanish" }, it = { "Italian" }, pt = { "Portuguese" },
  pl = { "Polish" }, se = { "Swedish" }, dk = { "Danish" }, no = { "Norwegian" }, fi = { "Finnish" },
  ca = { "French" }, mx = { "Spanish" }, br = { "Portuguese" }, jp = { "Japanese" }, cn = { "Chinese" },
  germany = { "German" }, austria = { "German" }, switzerland = { "German", "French", "Italian" },
  netherlands = { "Dutch" }, belgium = { "Dutch", "French" }, france = { "French" }, spain = { "Spanish" },
  italy = { "Italian" }, poland = { "Polish" }, canada = { "French" }, quebec = { "French" },
}
-- Other names a plan may use for a language.
local ALIASES = { German = { "deutsch" }, Dutch = { "nederlands", "flemish" }, French = { "francais" },
  Spanish = { "espanol" }, Italian = { "italiano" } }
local ANY_LANGUAGE = { "multilingual", "multi-lingual", "in your language", "local language", "local languages",
  "native speakers", "all languages", "every language" }

local function covered(doc, facts, lang)
  local listed = facts and facts.support_languages
  if type(listed) == "string" and listed:lower():find(lang:lower(), 1, true) then return true end
  if type(listed) == "table" then
    for _, l in ipairs(listed) do
      if type(l) == "string" and l:lower() == lang:lower() then return true end
    end
  end
  if doc:has(lang) then return true end
  for _, a in ipairs(ALIASES[lang] or {}) do if doc:has(a) then return true end end
  return false
end

return {
  id = "contact.language-coverage",
  title = "Customers write in a language the support team cannot answer",
  category = "customer-contact",
  severity = 3, likelihood = 3,
  rationale = "A launch into a new country or language brings questions in that language on day one; answering in English or by machine translation reads as 'we did not plan for you'.",
  wrong = "Customers in the launch regions contact support in their own language: the team answers in English, by machine translation, or not at all, replies take days longer, and the new market's first impression is of a company that did not plan for it.",
  causes = {
    "Support was staffed from the head-office team, who speak one language",
    "The FAQ, auto-replies, phone messages and templates were written in one language only",
    "Nobody decided which languages are supported and said so in the announcement",
    "Machine translation is used without review for billing, legal or complaint replies",
  },
  prevent = {
    "Decide which languages each contact channel supports, staff native speakers or a language partner for them, and state the languages in the announcement by T-14d",
    "Translate the auto-replies, phone-menu messages and the ten likeliest reply templates, reviewed by a native speaker",
    "Route messages by language (a menu option, a form field, language detection) to the right agents",
    "Agree how complaints and legal questions in other languages are handled and who reviews the replies",
  },
  respond = {
    "Acknowledge at once, in the customers' language, that replies are slower and when they will come",
    "Bring in a language partner or bilingual staff for the backlog and answer the oldest first",
    "Publish on the website which languages each channel answers in, and at what hours",
    "Confirm in writing the supported languages and staffing for each region's next launch",
  },
  owner = { "support", "lead" },
  due = "T-14d",
  mitigated_by = { "language partner", "native speakers", "translated faq" },
  check = function(plan, doc, hits)
    if reach.any(doc, ANY_LANGUAGE) then return nil end
    local missing, seen, regions = {}, {}, {}
    for _, r in ipairs(plan.audience.regions or {}) do
      local langs = LANGUAGES[r:lower()]
      if langs then
        regions[#regions + 1] = r
        for _, l in ipairs(langs) do
          if not seen[l] and not covered(doc, plan.facts, l) then
            seen[l] = true
            missing[#missing + 1] = l
          end
        end
      end
    end
    if #missing == 0 then return nil end
    local contact = reach.line(plan, doc)   -- the first of the phone, the inbox and chat
    if not contact then return nil end
    local list = #missing == 1 and missing[1]
      or table.concat(missing, ", ", 1, #missing - 1) .. " and " .. missing[#missing]
    return {
      evidence = { { source = "audience", text = "regions: " .. table.concat(regions, ", ") }, contact.hit },
      wrong = ("The audience includes %s, but the plan does not say who answers customers in %s: they write to %s in their own language, get English, machine translation or silence, and the slower replies become the new market's first impression."):format(
        table.concat(regions, ", "), list, contact.label),
    }
  end,
}
