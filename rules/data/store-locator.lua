-- data.store-locator: the store locator, maps and listings show the wrong address, opening hours
-- or location for a new, moved or changed store.

local clauses = lib.clauses

-- A change of place or hours (plain "opening hours" or "moves to" is not one).
local PLACE = { "new opening hours", "new hours", "extended hours", "extended opening hours", "changed opening hours",
  "opening hours change", "opening hours are changing", "late opening", "late-night opening", "now open",
  "new store", "new shop", "new branch", "store opening", "grand opening", "relocated", "relocates",
  "relocating", "relocation", "new location", "new address", "store locator", "find your nearest",
  "google maps", "apple maps", "sunday opening", "holiday hours", "closing early", "now opens at",
  "will open at" }

-- The plan says nothing changes about where or when.
local UNCHANGED = { "hours stay the same", "hours are unchanged", "hours stay unchanged", "hours do not change",
  "opening hours stay", "locations stay", "nothing changes about where", "same opening hours" }

return {
  id = "data.store-locator",
  title = "Maps and the store locator show the wrong place or hours",
  category = "data-quality",
  severity = 3, likelihood = 4,
  rationale = "Customers trust Google Maps over your announcement; listings are edited by several people, approved by Google on its own schedule and sometimes overwritten by user edits, so new hours and addresses are often wrong on the day.",
  triggers = PLACE,
  wrong = "Customers check Google Maps, Apple Maps or the store locator and get the old hours or the wrong address: they arrive at a closed door, the old site or the wrong entrance, or stay away because the listing says closed.",
  causes = {
    "The Google Business Profile, Apple Business Connect, Bing and the site's store locator are updated by different people, or not at all",
    "Google holds the edit for review or accepts a user-suggested change over it",
    "A new store's pin is placed by geocoding the postcode and lands on the wrong street or the back entrance",
    "Special hours for launch day or holidays are set as normal hours, or the reverse",
  },
  prevent = {
    "Update Google Business Profile, Apple Business Connect, Bing Places and the store locator at T-7d (special hours for the day, regular hours from the date) and record who did each",
    "Check each listing from a logged-out phone at T-2d and on launch morning, including the pin's position on the map",
    "Add the new hours and address to the website, the store's phone greeting and the door sign on the same day",
  },
  respond = {
    "Post the correct hours and address at once on social media and the website, and put a sign at the old location",
    "Correct the listing and ask Google support to speed up the review; suggest the edit from a second verified account",
    "Apologise to customers who came at the wrong time, with a small goodwill gesture at the door",
    "Confirm in writing to the launch lead who owns each listing and the T-7d update step",
  },
  owner = { "marketing", "sales", "operations" },
  due = "T-7d",
  mitigated_by = { "google business profile updated", "listings updated", "maps updated", "store locator updated" },
  check = function(plan, doc, hits)
    if clauses.any(doc, UNCHANGED) then return nil end
    local keep = {}
    for _, h in ipairs(clauses.on(doc, hits)) do
      -- "store opening hours" is about hours in general, not a store that opens
      local s = (doc:sentence(h) or ""):lower()
      local i = s:find(h.text:lower(), 1, true)
      if not (h.text:lower() == "store opening" and i and s:sub(i + #h.text):match("^%s+hours")) then
        keep[#keep + 1] = h
      end
    end
    if #keep == 0 then return nil end
    return { evidence = keep }
  end,
}
