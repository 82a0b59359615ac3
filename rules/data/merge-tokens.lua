-- data.merge-tokens: a personalisation token or placeholder reaches customers unfilled
-- ("Dear {first_name}", "£XX", "[insert date]"). Runs on every plan: fires on a placeholder in the
-- text, or on a plan that personalises its messages.

local clauses = lib.clauses

-- Placeholders as they appear in copy and merge templates.
-- (One repetition each at most: the sandbox refuses costly patterns on long texts.)
-- Each with a piece of text every match holds: a text without it is not searched with the pattern.
local PLACEHOLDERS = { { "{{[^}]*}}", "{{" }, { "{%s?[%w_%.]+%s?}", "{" }, { "%%[%u_]+%%", "%" },
  { "%*|[%w_]+|%*", "*|" }, { "%[[Ii]nsert[^%]]*%]", "[" }, { "%[[%w ]*[Nn][Aa][Mm][Ee]%]", "[" },
  { "%[[Dd][Aa][Tt][Ee]%]", "[" }, { "%[TB[CD]%]", "[TB" }, { "<<[^>]*>>", "<<" }, { "[Ll]orem ipsum", "orem ipsum" },
  { "\194\163%s?XX", "XX" }, { "%$%s?XX", "XX" }, { "\226\130\172%s?XX", "XX" }, { "%f[%w]XX[%.,:]XX%f[%W]", "XX" },
  { "%f[%w]XX%s?%%", "XX" } }
local function none() return nil end -- an iterator over nothing: the text cannot hold the placeholder

local PERSONAL = { "personalised", "personalized", "personalise", "personalize", "mail merge", "merge fields",
  "merge field", "by first name", "by their first name", "addressed by name", "tailored to each" }

return {
  id = "data.merge-tokens",
  title = "A placeholder or personalisation token reaches customers unfilled",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Merge fields fail on empty or odd records and placeholders survive into the final copy when drafts are approved in a hurry; the result reaches every recipient at once, is screenshotted and makes the brand look careless.",
  wrong = "Customers receive copy with a placeholder in it: 'Dear {first_name}', 'Dear ,', 'save £XX' or '[insert date]', in a message that went to everyone.",
  causes = {
    "The merge field is empty for part of the list (no first name, a company record, an import with shifted columns) and has no fallback",
    "The template uses the tag syntax of a different email or SMS tool, so it is printed literally",
    "Placeholders in the draft (XX, TBC, lorem ipsum, [insert]) were never filled because approval was given on an earlier version",
    "Names are stored in capitals, with titles or in the wrong field, and appear as 'Dear MR SMITH JOHN'",
  },
  prevent = {
    "Search the final copy and every template for {, }, [, ], %, XX, TBC and lorem ipsum at T-2d, and sign it off only when none remain",
    "Set a fallback for every merge field ('Dear customer') and send tests to seed records with empty, long, accented and company names",
    "Preview the send for 10 random real recipients in the sending tool before scheduling",
  },
  respond = {
    "Send a short, light-hearted correction to the same recipients only if the error changes the meaning (price, date); otherwise own it on social media if it is picked up",
    "Stop scheduled sends and automations that use the same template",
    "Fix the template or data and re-test with the seed records",
    "Confirm in writing to the launch lead the placeholder search and seed-record test now required before sends",
  },
  owner = { "marketing" },
  due = "T-2d",
  mitigated_by = { "fallback value", "merge fields tested", "seed test", "placeholders checked" },
  check = function(plan, doc, hits)
    local found, ev, seen = {}, {}, {}
    for _, src in ipairs({ { "announcement", doc:text() }, { "title", plan.title or "" } }) do
      local text = src[2]
      for _, p in ipairs(PLACEHOLDERS) do
        for token in text:find(p[2], 1, true) and text:gmatch(p[1]) or none do
          if not seen[token] and #found < 4 then
            seen[token] = true
            found[#found + 1] = "'" .. token .. "'"
            ev[#ev + 1] = { source = src[1], text = token }
          end
        end
      end
    end
    if #found > 0 then
      local list = #found == 1 and found[1] or table.concat(found, ", ", 1, #found - 1) .. " and " .. found[#found]
      return { evidence = ev, title = "The announcement still contains a placeholder",
        wrong = ("The copy still contains %s: it will reach customers exactly like that, in every copy, unless someone fills it in before sign-off."):format(list) }
    end
    local p = clauses.all(doc, PERSONAL)
    if #p == 0 then return nil end
    return { evidence = { p[1] } }
  end,
}
