-- capacity.store-opening-crowd: the store cannot serve the opening rush: tills, staff, stock and
-- card terminals sized for a normal morning. (Crowd safety at the doors is safety.crowd-queue.)

local text = lib.text

local PLACE = { "store", "stores", "shop", "shops", "branch", "branches", "showroom", "showrooms", "in-store",
  "flagship", "mall", "shopping centre", "retail park" }

return {
  id = "capacity.store-opening-crowd",
  title = "The store cannot serve the opening rush",
  category = "capacity",
  severity = 3, likelihood = 4,
  rationale = "Doorbusters, openings and in-store appearances put a day's customers in the store in the first hour; tills, card terminals, staff and shelf stock sized for a normal morning turn a sales peak into walk-outs.",
  triggers = { "doorbuster", "doorbusters", "black friday", "queue outside", "queues outside", "queuing outside",
               "first customers through the door", "first through the door", "doors open at", "grand opening",
               "store opening", "shop opening", "midnight opening", "early opening", "in-store signing",
               "book signing", "meet and greet", "in-store appearance", "personal appearance" },
  wrong = "The doors open and a day's customers arrive in the first hour: till queues reach the back of the store, card terminals time out, the advertised items are in the stockroom instead of on the floor, and people who came for the offer walk out without buying.",
  causes = {
    "The rota is the normal opening rota, with breaks and late starts in the first hours",
    "Only some tills are open, and the card terminals share one network connection that slows under load",
    "Offer stock is in the stockroom or another store, and nobody is assigned to refill the floor",
    "Staff spend the first hour answering the same questions instead of serving",
  },
  prevent = {
    "Roster every till and two floor staff per department for the first three hours, with no breaks before the rush passes, by T-14d",
    "Test all card terminals together on the store network, and have a mobile terminal or offline mode ready",
    "Put the offer stock on the floor before opening, with a named person refilling it from the stockroom",
    "Put the answers to the top three questions on signs at the entrance and at the offer display",
  },
  respond = {
    "Tell the queue at once, in person and on social channels, how long the wait is and what is left",
    "Open every till, move office and stockroom staff to the floor, and switch terminals to offline mode if the network slows",
    "Offer rain checks at the offer price to customers who leave because of the queue or empty shelves",
    "Write down queue times, walk-outs and terminal failures per store and confirm the opening-day rota rule in writing",
  },
  owner = { "sales", "operations" },
  due = "T-14d",
  mitigated_by = { "all tills open", "opening rota", "offline mode" },
  check = function(plan, doc, hits)
    local out = {}
    for _, h in ipairs(text.live(doc, hits)) do
      if text.has_word(text.sentence(doc, h), PLACE) then out[#out + 1] = h end
    end
    if #out == 0 then return nil end
    return { evidence = out }
  end,
}
