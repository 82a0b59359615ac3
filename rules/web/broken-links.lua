-- web.broken-links: the links in the newsletter, press release, texts or ads are broken, point at
-- staging or at pages that are not published yet.

local base, urls, sends = lib.base, lib.urls, lib.sends

-- The send carries links: said in words, or an address with a path (a bare domain is typed, not clicked).
local LINKY = { "link", "links", "click", "tap", "landing page", "product page", "product pages", "find out more",
  "read more", "learn more", "book now", "shop now", "buy now", "register now", "sign up now" }

return {
  id = "web.broken-links",
  title = "Links in the announcement are broken or point to the wrong page",
  category = "technical-failure",
  severity = 3, likelihood = 3,
  rationale = "A newsletter or press release holds dozens of hand-made links that nobody clicks in the final version; once sent they cannot be changed, and every broken one wastes the send's traffic.",
  triggers = sends.CARRIERS,
  channels = { "newsletter", "mailing", "email-campaign", "press", "sms", "ads", "paid-social" },
  wrong = "Links in the newsletter, press release, texts or ads are broken: they point at a staging server, a page that is not published yet, an old product or the homepage instead of the offer, and the send cannot be recalled.",
  causes = {
    "Links were copied from the staging or preview site while the email was being built",
    "The send goes out before the pages it links to are published (the campaign starts days before the website switches)",
    "Product pages are renamed or merged after the email is built, so old addresses return 404",
    "The email tool's click-tracking domain is not set up for your domain, and corporate filters block or rewrite its links",
    "The press release goes out as a PDF whose links were typed by hand",
  },
  prevent = {
    "Click every link in the final test send (not the draft) on a phone and a desktop at T-2d, from outside the office network, and tick each one off",
    "Run a link checker over the final HTML of every send and the press release at T-2d and fix any address that does not return 200",
    "Schedule each send after the publication time of the pages it links to, and write both times in the send plan",
    "Redirect every old or renamed product address to its new page before the send",
  },
  respond = {
    "Acknowledge the broken link on social media at once and post the working address",
    "Redirect the broken address to the right page on your own site, which fixes every copy already sent",
    "Send a short correction only to those who clicked the broken link, not the whole list",
    "Confirm in writing to the launch lead which link was wrong and add the final-send click test to the send checklist",
  },
  owner = { "marketing", "web" },
  due = "T-2d",
  mitigated_by = { "links checked", "link check", "link checker", "clicked every link", "test send" },
  check = function(plan, doc, hits)
    local carry = sends.carriers(plan, doc)
    if #carry == 0 then return nil end
    local all = urls.all(doc)
    for _, u in ipairs(all) do
      local why = urls.unsafe(u)
      if why then
        return { evidence = { carry[1], u.hit },
          wrong = ("The announcement goes out with a link that cannot work: %s. Everyone who clicks it in the %s gets an error, and the send cannot be recalled."):format(why, sends.send_name(carry[1])) }
      end
    end
    local deep
    for _, u in ipairs(all) do
      if u.path ~= "" then deep = u; break end
    end
    local link = deep and deep.hit or base.first(doc, LINKY)
    if not link then return nil end
    return { evidence = { carry[1], link },
      wrong = ("Links in the %s are broken: they point at a staging server, a page that is not published yet, an old product or the homepage instead of the offer, and the send cannot be recalled."):format(sends.send_name(carry[1])) }
  end,
}
