-- accessibility.web-access: a new or redesigned website, form or app cannot be used with a
-- screen reader, keyboard or zoom, or a captcha blocks people.

local say = lib.say

-- Plans that already test for accessibility.
local TESTED = { "wcag", "accessibility audit", "accessibility tested", "accessibility testing",
  "tested with screen readers", "tested with a screen reader", "screen-reader tested", "accessibility statement" }
-- Triggers that need a web word in their sentence.
local GENERIC = { redesigned = true, redesign = true, ["new design"] = true, relaunched = true, relaunch = true,
  ["new site"] = true }
local WEB = { "website", "web", "app", "page", "pages", "dashboard", "portal", "online", "checkout", "form",
  "forms", "screen", "account", "login", "booking", "menu", "navigation" }
local CAPTCHA = { captcha = true, recaptcha = true, hcaptcha = true, ["i'm not a robot"] = true }

return {
  id = "accessibility.web-access",
  title = "Disabled customers cannot use the new site or form",
  category = "accessibility",
  severity = 3, likelihood = 4,
  rationale = "New and redesigned pages are tested by sighted mouse users; unlabelled fields, keyboard traps and image captchas are found on most of them, and the law (the Equality Act in the UK, the European Accessibility Act in the EU from June 2025) expects them to work for everyone.",
  triggers = { "new website", "new web shop", "new online shop", "new site", "redesigned", "redesign", "new design",
               "relaunched", "relaunch", "new dashboard", "new portal", "customer portal", "self-service portal",
               "new booking system", "new checkout", "captcha", "recaptcha", "hcaptcha", "i'm not a robot",
               "web app", "new app", "online application", "apply online", "new online form" },
  wrong = "Blind, partially sighted, motor-impaired and older customers cannot complete the journey: a screen reader announces unlabelled fields, the keyboard gets stuck in a pop-up, text breaks at 200% zoom, or an image captcha blocks them outright.",
  causes = {
    "The pages were tested by sighted people using a mouse on a large screen only",
    "Form fields, buttons and icons have no text labels a screen reader can announce",
    "A custom date picker, dropdown or pop-up cannot be used with the keyboard",
    "An image or audio captcha stands between the customer and the submit button",
    "Low-contrast text and fixed layouts that break when people enlarge the text",
  },
  prevent = {
    "Test the key journey (sign up, book, buy or sign in) with a screen reader (NVDA on Windows, VoiceOver on iPhone) and keyboard only at T-14d, and fix every blocker before launch",
    "Run an automated check (axe or WAVE) on every page of the journey and fix missing labels, alt text, contrast and focus order",
    "Replace image captchas with a check that needs no seeing or hearing (rate limits, a honeypot field, or an accessible alternative)",
    "Check the pages at 200% zoom and on a phone in landscape without loss of content",
    "Publish an accessibility statement with a phone or email route for people who get stuck",
  },
  respond = {
    "Acknowledge the barrier at once to whoever reported it and complete their task for them by phone or email",
    "Fix blockers in the key journey as an urgent release, ahead of other changes",
    "Tell customers who reported the problem when it is fixed",
    "Confirm in writing that screen-reader and keyboard testing is part of every release checklist",
  },
  owner = { "web", "engineering", "product" },
  due = "T-14d",
  mitigated_by = TESTED,
  check = function(plan, doc, hits)
    if say.handled(doc, TESTED) then return nil end
    local pos = {}
    for _, h in ipairs(say.affirmed(doc, hits)) do
      -- "redesigned packaging" is not a web page: generic words need the web in their sentence
      local s = " " .. (doc:sentence(h) or ""):lower():gsub("[^%w%-]", " ") .. " "
      local web = not GENERIC[h.text:lower()]
      for _, w in ipairs(WEB) do web = web or s:find(" " .. w .. " ", 1, true) ~= nil end
      if web then pos[#pos + 1] = h end
    end
    if #pos == 0 then return nil end
    for _, h in ipairs(pos) do
      if CAPTCHA[h.text:lower():gsub("\226\128\153", "'")] then
        return { evidence = { h },
          title = "The captcha locks out disabled customers",
          wrong = "The captcha stands between customers and the submit button: blind and partially sighted customers cannot read the image, many cannot use the audio version, and people with motor or cognitive impairments time out, so they cannot complete the journey at all." }
      end
    end
    return { evidence = pos,
      wrong = ("The plan launches something new on the web (%s). Blind, partially sighted, motor-impaired and older customers cannot complete the journey: a screen reader announces unlabelled fields, the keyboard gets stuck in a pop-up, or text breaks at 200%% zoom."):format(say.names(pos, 1)) }
  end,
}
