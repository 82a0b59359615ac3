-- security.social-impersonation: fake accounts pose as the brand's customer service or as the
-- promotion's organiser and contact customers and "winners".

local spot = lib.spot

local ROUTES = {
  { key = "support", phrases = { "dm us", "message us", "send us a message", "contact us on facebook", "contact us on instagram", "contact us on x", "contact us on twitter",
      "reply to our post", "on whatsapp", "via whatsapp", "whatsapp us", "customer service on social",
      "support on social", "our social channels for help", "message our page" },
    note = "customers are told to ask for help on social media, so when they post a complaint fake 'support' accounts with your logo reply first and ask them to DM card details or install a remote-access app" },
  { key = "winners", phrases = { "winners will be contacted", "winner will be contacted", "winners will be notified",
      "winner will be notified", "we will contact the winner", "we will contact winners", "winners announced",
      "winner announced", "comment to enter", "tag a friend", "like and share", "share to enter", "follow us to enter",
      "follow and tag" },
    note = "entrants expect to be contacted as winners, so fake accounts copying your profile message them 'you won, pay the shipping here' and collect card details" },
}

return {
  id = "security.social-impersonation",
  title = "Fake accounts pose as your customer service or your promotion",
  category = "security",
  severity = 3, likelihood = 4,
  rationale = "Impersonators watch brand accounts around campaigns and reply to complainers and entrants within minutes; the platforms act slowly, and victims blame the brand they thought they were talking to.",
  triggers = spot.flatten(ROUTES),
  wrong = "Fake accounts copying your name and logo contact customers who complain or enter the promotion, and take their card details or money.",
  causes = {
    "The official accounts are not verified, and their handles are easy to copy with one changed character",
    "Complaints and entries are public, so impersonators see exactly whom to contact",
    "Nobody on the social team searches for impersonating accounts or sweeps replies during launch week",
    "Customers are never told how the real brand will contact them and what it never asks for",
  },
  prevent = {
    "Get the official accounts verified and list them on the website; say in the announcement how you will contact winners and customers, and that you never ask for payment or card details in messages",
    "Search for impersonating accounts and sweep replies under the launch posts several times a day in launch week, with the platforms' impersonation report forms ready",
    "Pin a post naming the official support channels, and hide or report scam replies as soon as they appear",
    "Contact winners only from the official account, confirm through a second channel, and never ask them to pay",
  },
  respond = {
    "Post a warning at once naming the fake accounts and what you never ask for",
    "Report the fake accounts through the platforms' impersonation process and ask followers to report them too",
    "Give victims a contact and tell them to call their bank at once",
    "Confirm in writing the monitoring and the contact rules kept for future campaigns",
  },
  owner = { "marketing", "security" },
  due = "T-7d",
  mitigated_by = { "verified account", "verified accounts", "we never ask for", "impersonation monitoring" },
  check = function(plan, doc, hits)
    local notes, ev = {}, {}
    for _, r in ipairs(ROUTES) do
      local h = spot.one(doc, r.phrases)
      if h then notes[#notes + 1] = r.note; ev[#ev + 1] = h end
    end
    if #notes == 0 then return nil end
    return {
      evidence = ev,
      wrong = ("Fake accounts copying your name and logo take card details or money from your customers: %s."):format(table.concat(notes, "; and ")),
    }
  end,
}
