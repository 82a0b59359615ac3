-- supply.customs-delay: goods crossing a border are held at customs, inbound (the launch stock)
-- or outbound (parcels to customers abroad). One item per direction.

local text, trade = lib.text, lib.trade

local BORDERS = {
  { key = "import", title = "The launch stock is held at the port or in customs",
    phrases = { "imported", "imported from", "import duty", "import duties", "import tariffs", "customs clearance",
      "through customs", "customs checks", "customs paperwork", "held in customs", "from china", "from overseas",
      "overseas supplier", "overseas factory", "shipped from", "sea freight", "air freight", "shipping container",
      "shipping containers", "by container", "container ship", "made in china", "made in vietnam",
      "made in india", "made in bangladesh", "made in turkey" },
    wrong = "The launch stock is held at the port or in customs: missing or wrong paperwork, a wrong commodity code, a physical inspection or a tariff change adds days or weeks and duty nobody budgeted for.",
    causes = {
      "The commercial invoice, packing list, certificate of origin or product-safety paperwork is missing or does not match the goods",
      "The commodity code was guessed, so the duty is wrong or the goods need a licence or a test certificate",
      "A random inspection or a port backlog adds a week that the plan does not have",
      "A tariff or trade rule changes between ordering and arrival",
    },
    prevent = {
      "Confirm the commodity code, duty rate and any licence or certificate with the customs broker at T-8w, and budget the duty and VAT",
      "Have the broker check the shipment's documents before the goods leave the supplier",
      "Plan the goods to arrive at least two weeks before the launch date, and track the shipment weekly",
      "Name the broker's contact for launch-critical shipments and agree how holds are escalated",
    } },
  { key = "export", title = "Parcels to customers abroad are stopped or charged at customs",
    phrases = { "ship worldwide", "ships worldwide", "worldwide shipping", "worldwide delivery", "international shipping",
      "international delivery", "ship internationally", "ships internationally", "ship to the eu", "ships to the eu",
      "shipping to the eu", "delivery to the eu", "ship to the uk", "ships to the uk", "shipping to the uk",
      "delivery to the uk", "ship to the us", "ships to the us", "shipping to the us", "delivered worldwide" },
    wrong = "Parcels to customers abroad are stopped at customs or the customer is asked for duty, VAT and a handling fee on the doorstep: they refuse the parcel, it comes back at your cost, and the reviews say you hid the charges.",
    causes = {
      "Prices abroad were shown without duty and import VAT, and the carrier collects them on delivery",
      "The customs declaration on the parcel is vague ('gift', 'goods') or the value is wrong, so it is held",
      "Some products are restricted in the destination country (batteries, cosmetics, food, plants)",
      "Nobody registered for the destination's VAT schemes (the EU's IOSS, the UK's low-value rules)",
    },
    prevent = {
      "Decide at T-6w whether you ship duty-paid and register for the schemes that let you collect VAT at checkout (IOSS in the EU)",
      "Show customers abroad the full price, or the exact charges they will pay on delivery, before they order",
      "Check each product against the destination countries' restrictions and set the customs data (description, code, value, origin) for every item in the shop",
      "Send test parcels to two destination countries at T-4w and time them door to door",
    } },
}

return {
  id = "supply.customs-delay",
  title = "Goods are held at customs",
  category = "supply",
  severity = 3, likelihood = 3,
  rationale = "Customs holds are common, unpredictable in length and invisible until they happen; they hit either the launch stock on its way in or the customers' parcels on their way out.",
  triggers = text.phrases(BORDERS),
  wrong = "Goods are held at customs on their way to the launch or to customers, adding days or weeks and charges nobody budgeted for.",
  causes = {
    "The paperwork or the commodity code is wrong or missing",
    "Duty and VAT were not planned or not shown to customers",
  },
  prevent = {
    "Have a customs broker check the codes, duty and documents at T-8w",
    "Plan a buffer of at least two weeks for goods crossing a border",
  },
  respond = {
    "Tell customers at once which orders or products are delayed and the new date, and do not let them pay unexpected charges alone",
    "Work with the broker or carrier to release the goods, supplying the missing documents the same day",
    "Refund or reimburse duty and handling charges customers were not told about, and re-send refused parcels duty-paid",
    "Confirm in writing the corrected customs data and the border buffer for the next launch",
  },
  owner = { "operations" },
  due = "T-8w",
  mitigated_by = { "customs broker", "duty paid", "ddp", "ioss", "commodity codes checked" },
  check = function(plan, doc, hits)
    if not trade.physical(plan, doc) then return nil end
    return text.items(doc, BORDERS)
  end,
}
