-- security.qr-tampering: fraudsters stick their own QR codes over the campaign's codes in public
-- places, and customers land on a copy of the page.

local spot = lib.spot

local QR = { "qr code", "qr codes", "qr-code", "qr-codes", "scan the code", "scan this code", "scan to pay",
  "scan to register", "scan to donate", "scan to order", "scan to book" }

-- Where anyone can reach a code unobserved, each with how to name it. Places marked staffed are
-- inside a shop or a restaurant, in front of staff: a sticker there is worth a fraudster's risk only
-- when the code leads to a payment (a warranty or survey form yields an email address, not money).
local PUBLIC = {
  { "shelf-edge labels", { "shelf-edge", "shelf edge", "shelf labels", "shelf label", "shelves", "shelf" }, staffed = true },
  { "posters", { "poster", "posters", "billboard", "billboards", "bus stop", "bus stops", "window", "windows",
      "signage", "signs", "banner", "banners" } },
  { "car park machines", { "car park", "car parks", "parking", "parking meter", "parking meters", "pay machine",
      "ticket machine", "charging point", "charging points", "ev charger" } },
  { "tables and menus", { "table", "tables", "menu", "menus", "table tent", "table tents", "counter", "counters" },
    staffed = true },
  { "leaflets", { "leaflet", "leaflets", "flyer", "flyers", "stickers", "stand", "stands" } },
}

-- Codes that lead to a payment are worth more to a fraudster.
local PAYS = { "scan to pay", "pay by qr", "scan to donate", "pay by scanning", "donate by scanning",
  "payment page", "pay online", "card details" }

return {
  id = "security.qr-tampering",
  title = "Fraudsters stick fake QR codes over the campaign's codes",
  category = "security",
  severity = 4, likelihood = 2,
  rationale = "Codes in public places can be covered with a printed sticker in seconds, nobody checks them, and a customer cannot tell a fake page from the real one on a phone; 'quishing' with stickers is now routine on parking machines and posters.",
  triggers = QR,
  wrong = "Fraudsters put their own QR stickers over the campaign's codes in public places: customers scan, land on a copy of the page, and hand over their details or card numbers.",
  causes = {
    "The codes sit where anyone can reach them unobserved, and nobody is asked to check them",
    "The code leads to a generic short link, so a customer cannot tell a genuine address from a fake",
    "The genuine page asks for personal or payment details, so a fake that asks the same looks normal",
    "Stickers are printed separately and stuck on, so a fake sticker looks exactly like the real one",
  },
  prevent = {
    "Print the codes directly into the label or poster design, not as separate stickers, and print the official address on your own domain next to every code",
    "Add 'is the code printed, not stuck on?' to the opening or daily check of every location from launch day",
    "Make the landing page show your domain plainly, and say on the label that you never ask for payment or card details through the code unless that is the point of it",
    "Watch scans per location in the link analytics and investigate a location whose scans suddenly drop",
  },
  respond = {
    "Warn customers at once on the website, on social channels and at the locations, showing the official address",
    "Remove the fake stickers everywhere the same day and report the fake domain to its host and registrar for takedown",
    "Contact customers who may have used the fake page and tell them what to do (change passwords, call their bank)",
    "Confirm in writing the tamper checks that stay on the location checklist",
  },
  owner = { "security", "sales", "web" },
  due = "T-7d",
  mitigated_by = { "tamper check", "tamper-evident", "printed directly", "official url printed", "code check" },
  check = function(plan, doc, hits)
    local qr = spot.real(doc, hits)
    if #qr == 0 then return nil end
    -- the place must be named in a sentence that has a code: "a QR code on the shelf-edge label"
    local with_code = {}
    for _, h in ipairs(qr) do with_code[doc:sentence(h) or ""] = true end
    local pays = spot.one(doc, PAYS)
    local places, ev = {}, { qr[1] }
    for _, p in ipairs(PUBLIC) do
      for _, h in ipairs(p.staffed and not pays and {} or spot.all(doc, p[2])) do
        if with_code[doc:sentence(h) or ""] then
          places[#places + 1] = p[1]
          ev[#ev + 1] = h
          break
        end
      end
    end
    if #places == 0 then return nil end
    local stake = pays and "enter their card details" or "type in their personal details"
    return {
      evidence = ev,
      wrong = ("Fraudsters put their own QR stickers over the codes on the %s: customers scan, land on a fake copy of the page and %s, and blame you when the money or data is gone."):format(spot.named(places), stake),
    }
  end,
}
