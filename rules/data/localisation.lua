-- data.localisation: the announcement, emails, app or product text reach customers in other
-- languages badly translated, half translated or in the wrong variant. Runs on every plan: fires
-- on regions whose language is not English, or on a plan that says it translates.

local clauses = lib.clauses

-- Main customer language(s) by region as plans write it; English-only regions are absent.
local LANG = { de = "German", germany = "German", at = "German (Austrian usage)", austria = "German (Austrian usage)",
  ch = "German, French and Italian", switzerland = "German, French and Italian", nl = "Dutch", netherlands = "Dutch",
  be = "Dutch and French", belgium = "Dutch and French", fr = "French", france = "French", lu = "French and German",
  es = "Spanish", spain = "Spanish", it = "Italian", italy = "Italian", pt = "Portuguese", portugal = "Portuguese",
  br = "Brazilian Portuguese", brazil = "Brazilian Portuguese", mx = "Spanish", pl = "Polish", poland = "Polish",
  se = "Swedish", sweden = "Swedish", dk = "Danish", denmark = "Danish", no = "Norwegian", norway = "Norwegian",
  fi = "Finnish and Swedish", finland = "Finnish and Swedish", cz = "Czech", gr = "Greek", tr = "Turkish",
  jp = "Japanese", japan = "Japanese", cn = "Chinese", kr = "Korean", ca = "English and French",
  canada = "English and French", wales = "Welsh and English", cy = "Greek" }
local SAYS = { "translated", "translation", "translations", "localised", "localized", "localisation",
  "localization", "multilingual", "bilingual", "in german", "in french", "in spanish", "in dutch", "in italian",
  "in welsh", "all languages", "local languages", "language versions" }

return {
  id = "data.localisation",
  title = "Translated versions are wrong, incomplete or in the wrong variant",
  category = "data-quality",
  severity = 3, likelihood = 4,
  rationale = "Translations are ordered late from a draft that keeps changing, then pasted in by someone who cannot read them; mistakes in prices, dates, legal terms and button labels reach whole markets at once.",
  wrong = "Customers in other languages get a worse launch: half-translated pages and emails, a translation of an old draft with old prices or dates, legal wording that does not fit the country, or buttons and screens cut off by longer words.",
  causes = {
    "The translation was made from an early draft; later changes to prices, dates or conditions reached only the English version",
    "Strings are pasted into the CMS, email tool or app by someone who cannot read the language, so mix-ups go unnoticed",
    "One translation serves several markets that differ (Austrian and German usage, Belgian and Dutch Dutch, Swiss conventions, formal or informal address)",
    "German and French text runs 20-35% longer, so buttons, subject lines and app screens cut it off",
    "Dates, decimal commas, currency and number formats are left in the English style",
  },
  prevent = {
    "Freeze the English master copy at T-14d and translate from that version only, with changes after the freeze tracked line by line",
    "Have a native speaker in each market review the final pages, emails and app screens as customers see them, at T-5d",
    "Check every price, date, phone number and legal term in each language version against the master list",
    "Test the app and email templates with the longest language and check nothing is cut off",
  },
  respond = {
    "Acknowledge the error publicly in the affected language at once and give the correct information",
    "Switch the faulty pages or messages to the corrected text, or to English with an apology, the same day",
    "Honour anything customers relied on in the faulty version (price, date, condition)",
    "Confirm in writing to the launch lead the translation freeze and native review steps for the next launch",
  },
  owner = { "marketing", "product" },
  due = "T-14d",
  mitigated_by = { "native speaker review", "native review", "translations reviewed", "translation review" },
  check = function(plan, doc, hits)
    local langs, regions, seen = {}, {}, {}
    for _, r in ipairs(plan.audience.regions or {}) do
      local l = LANG[r:lower()]
      if l then
        regions[#regions + 1] = r
        if not seen[l] then seen[l] = true; langs[#langs + 1] = l end
      end
    end
    local says = clauses.all(doc, SAYS)
    if #langs == 0 and #says == 0 then return nil end
    local ev = says[1] and { says[1] } or {}
    if #regions > 0 then ev[#ev + 1] = { source = "audience.regions", text = table.concat(regions, ", ") } end
    if #langs == 0 then return { evidence = ev } end
    local list = #langs == 1 and langs[1] or table.concat(langs, ", ", 1, #langs - 1) .. " and " .. langs[#langs]
    return { evidence = ev,
      wrong = ("Customers in %s read the launch in %s: pages, emails and app screens are half translated, translated from an old draft with old prices or dates, cut off by longer words, or written for the wrong country's usage."):format(table.concat(regions, ", "), list) }
  end,
}
