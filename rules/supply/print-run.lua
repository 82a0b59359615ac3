-- supply.print-run: printed material for the launch arrives late, short or with a mistake
-- that cannot be changed once it is printed.

local text = lib.text

-- Printed things, each with how to name it in a sentence. Entries marked loose (posters,
-- leaflets) count only when the print carries something that can be wrong (a price or a code
-- next to it) or goes to many locations.
local PRINTED = {
  { name = "shelf-edge labels", phrases = { "shelf-edge labels", "shelf-edge label", "shelf edge labels",
      "shelf labels", "price labels", "price tickets", "wobblers", "shelf barkers" } },
  { name = "posters", loose = true, phrases = { "posters", "poster", "in-store posters", "window posters", "banners",
      "window stickers", "point of sale", "point-of-sale", "pos material", "signage", "standees" } },
  { name = "leaflets and brochures", loose = true, phrases = { "leaflets", "leaflet", "flyers", "flyer", "brochures",
      "brochure", "catalogue", "catalogues", "door drop", "door drops", "direct mail", "mailer", "mailers",
      "inserts", "printed programme", "printed programmes", "event programme", "menus" } },
  { name = "packaging", phrases = { "new packaging", "packaging", "printed packaging", "gift boxes" } },
  { name = "printed tickets and vouchers", phrases = { "printed tickets", "printed vouchers", "paper vouchers",
      "scratch cards", "printed invitations" } },
  { name = "material", phrases = { "print run", "printed material", "printed materials", "the printer",
      "our printer", "print deadline", "goes to print", "go to print", "sent to print" } },
}

-- Many locations: every one must receive the print on time.
local ROLLOUT = { "all stores", "every store", "all our stores", "all branches", "every branch", "in-store",
  "in store", "nationwide", "door drop", "door drops", "every shop", "all shops" }
-- A price, a percentage or a code in the hit's own part of the sentence (up to a full stop or
-- a semicolon).
local function carries_detail(doc, hit)
  local before, after = text.split(doc, hit)
  local s = (lib.clause.tail(before, "%.;!?\n") .. " " .. (after:match("^[^%.;!?\n]*") or "")):lower()
  if s:find("%d%%") or s:find("\194\163%d") or s:find("\226\130\172%d") or s:find("%$%d") then return true end
  return s:find("qr", 1, true) ~= nil or s:find("code", 1, true) ~= nil
end

return {
  id = "supply.print-run",
  title = "Printed material arrives late, short or wrong",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Print is the one part of a launch that cannot be patched: artwork is approved before prices and dates are final, printers and deliveries have lead times nobody counted back, and a wrong price on a label must be honoured.",
  triggers = text.phrases(PRINTED),
  wrong = "The printed material arrives late, short or wrong: a price, date, legal line or code on it is wrong and cannot be changed once printed, or it reaches some locations after launch day.",
  causes = {
    "The artwork was approved before prices, dates and terms were final, and the last change never reached the printer",
    "The printer's lead time and the delivery to every location were not counted back from launch day",
    "Proofs were checked on screen, not as a printed hard proof, so small print, colours and codes fail in print",
    "Quantities came from an old list of locations, so new or moved ones get nothing",
    "The delivery lands on a day nobody at the location unpacks it, or it is put up early and shows the offer before the launch",
  },
  prevent = {
    "Freeze the content of every printed item (prices, dates, terms, codes, URLs) and have the price owner and legal sign it off before it goes to the printer at T-4w",
    "Get the printer's written delivery date for each location and count back: printed by T-3w, at every location by T-7d",
    "Approve a physical hard proof and have a second person check every price and date on it against the price file",
    "Send each location a list of what it should receive and when to put it up, and get each to confirm arrival by T-3d",
    "Keep print-ready files that locations can print themselves if a delivery fails",
  },
  respond = {
    "Tell every location at once which item is wrong and to take it down; correct a wrong price or date publicly and honour it for customers who relied on it",
    "Cover mistakes with correction stickers or locally printed replacements within 24 hours",
    "Reprint with express delivery and collect the faulty material",
    "Confirm in writing the sign-off chain and the lead times for the next print run",
  },
  owner = { "marketing", "operations" },
  due = "T-4w",
  mitigated_by = { "hard proof", "print proof approved", "proof signed off", "artwork signed off", "delivery confirmed by every store" },
  check = function(plan, doc, hits)
    local names, ev = {}, {}
    -- "in all 62 stores" counts as many locations too
    local rollout = text.any(doc, ROLLOUT) or doc:text():lower():find("%f[%a]all %d+ %a") ~= nil
    for _, k in ipairs(text.kinds(doc, PRINTED)) do
      local keep = k.hits[1]
      if k.kind.loose and not rollout then
        keep = text.keep(k.hits, function(h) return carries_detail(doc, h) end)[1]
      end
      if keep then
        names[#names + 1] = k.kind.name
        ev[#ev + 1] = keep
      end
    end
    if #names == 0 then return nil end
    -- "material" only names the general case when nothing more specific was found
    if #names > 1 and names[#names] == "material" then names[#names] = nil end
    return {
      evidence = ev,
      wrong = ("The printed %s arrive late, short or wrong: a price, date, legal line or code on them is wrong and cannot be changed once printed, or they reach some locations after launch day."):format(text.join(names)),
    }
  end,
}
