-- accessibility.qr-only: the only way in is a QR code or an app, and people without a
-- smartphone (or who cannot use one) are shut out.

local say, ways = lib.say, lib.ways

local QR = { "qr code", "qr codes", "qr-code", "qr-codes", "scan the code", "scan to register", "scan to book",
  "scan to order", "scan to pay", "scan to claim", "scan to enter" }
local APP = { "app only", "app-only", "only in the app", "only on the app", "only via the app", "only through the app",
  "in the app only", "app-exclusive", "app exclusive", "exclusively in our app", "exclusively on our app",
  "exclusively in the app", "mobile-only", "mobile only", "digital tickets only", "mobile tickets only",
  "e-tickets only", "app-only tickets", "app-only offer" }
-- What the code or app is needed for, as a verb phrase for the item.
local ACTIONS = { { "register", "register" }, { "registration", "register" }, { "book", "book" },
  { "order", "order" }, { "pay", "pay" }, { "claim", "claim the offer" }, { "redeem", "redeem the offer" },
  { "check in", "check in" }, { "check-in", "check in" }, { "ticket", "get in" }, { "menu", "read the menu" },
  { "voucher", "get the voucher" }, { "discount", "get the discount" }, { "enter", "enter" } }

-- What the hit's sentence asks people to do: the verb phrase and the word it was found by.
local function action(doc, hit)
  local s = " " .. (doc:sentence(hit) or ""):lower():gsub("[^%w%-]", " ") .. " "
  for _, a in ipairs(ACTIONS) do
    if s:find(" " .. a[1], 1, true) then return a[2], a[1] end
  end
  return "take part", nil
end

return {
  id = "accessibility.qr-only",
  title = "People without a smartphone are shut out",
  category = "accessibility",
  severity = 3, likelihood = 4,
  rationale = "Around one adult in ten in the UK has no smartphone or cannot use one confidently, most of them older or disabled; when a QR code or app is the only way in, they are excluded from an offer they paid for, and they complain in person and to the press.",
  triggers = say.lists(QR, APP),
  channels = { "qr" },
  wrong = "The only way in is a QR code or an app: customers without a smartphone, with an old phone, with low vision or no signal in the shop, cannot take part, and nobody at the till can do it for them.",
  causes = {
    "The journey was designed for the digital route only, to save handling cost",
    "The printed material shows a code but no typed web address, phone number or in-store option",
    "Staff have no way to complete the step on a customer's behalf",
    "Blind and partially sighted customers cannot find or aim at a printed code",
  },
  prevent = {
    "Offer at least one route that needs no smartphone (register by phone, at the till, or on a paper form with a freepost address) and print it next to every code at T-14d",
    "Print a short typed web address beside every QR code for people who use a computer",
    "Give store staff and the hotline a way to complete the step for a customer, with the customer's consent",
    "Say in the offer's terms that every route counts equally, so the benefit does not depend on the phone",
  },
  respond = {
    "Acknowledge at once on the website and to staff that customers can use the alternative route, and honour the offer for anyone who missed the deadline because they could not scan",
    "Set up a temporary phone or in-store route within days if none exists",
    "Contact customers who complained and complete the step for them",
    "Confirm in writing that every future offer has a non-smartphone route from the start",
  },
  owner = { "marketing", "web" },
  due = "T-14d",
  mitigated_by = { "register by phone", "register in store", "paper form", "no smartphone needed", "without a smartphone" },
  check = function(plan, doc, hits)
    local pos = say.affirmed(doc, hits)
    local chan = nil
    for _, c in ipairs(plan.channels or {}) do if c == "qr" then chan = { source = "channels", text = c } end end
    if #pos == 0 and not chan then return nil end
    local what, root = "take part", nil
    if #pos > 0 then what, root = action(doc, pos[1]) end
    if ways.alternative(doc, pos[1], { root }) then return nil end
    local ev = #pos > 0 and pos or { chan }
    local route = (#pos > 0 and pos[1].text:lower():find("qr")) and "scanning a QR code" or "the app"
    if #pos > 0 and not pos[1].text:lower():find("qr") and not pos[1].text:lower():find("app") then
      route = "a smartphone"
    end
    return { evidence = ev,
      wrong = ("The only way to %s is %s. Customers without a smartphone, with an old phone, with low vision or with no signal in the shop cannot do it, and the plan gives staff and the hotline no way to do it for them, so they lose a benefit other customers get."):format(what, route) }
  end,
}
