-- data.feed-sync: the feeds to marketplaces, comparison sites and partners lag behind the launch:
-- old prices, missing products, wrong stock.

local clauses = lib.clauses

local FEED = { "amazon", "ebay", "etsy", "zalando", "otto", "bol.com", "idealo", "pricerunner", "marketplace",
  "marketplaces", "google shopping", "shopping ads", "price comparison", "comparison sites", "product feed",
  "product feeds", "retail partners", "resellers", "reseller", "stockists", "dealers", "distributors",
  "partner retailers", "partner sites", "third-party sellers", "wholesale", "online retailers" }

return {
  id = "data.feed-sync",
  title = "Marketplaces and partners show old prices or stock",
  category = "data-quality",
  severity = 3, likelihood = 3,
  rationale = "Feeds to marketplaces, comparison sites and partners run on their own schedules and reject items silently; for days after a launch they show the old price or no product, and customers compare them with your advert.",
  triggers = FEED,
  wrong = "Marketplaces, comparison sites and partner shops show the launch wrongly: the old price, no product, the wrong stock, or the new price before it is allowed, so customers see conflicting offers and partners complain.",
  causes = {
    "Feeds are generated daily, and marketplaces take hours to days to process them",
    "New products are rejected by the marketplace for a missing attribute (GTIN, category, image size), and nobody reads the error report",
    "Partners update their own systems from a price list emailed to them, by hand, on their own timetable",
    "A price-parity or minimum-advertised-price rule in a partner contract is broken by the launch price",
  },
  prevent = {
    "Send the new prices, products and dates to every marketplace and partner at T-7d with the exact change time, and get written confirmation",
    "Push a test feed with the launch products at T-5d and clear every rejection in each marketplace's error report",
    "Schedule a feed run right after the switch and check the top products on each marketplace and comparison site within two hours",
  },
  respond = {
    "Acknowledge to customers who found conflicting prices at once which price applies, and honour the better one",
    "Correct the feed and request an expedited update, or pause the affected listings until they are right",
    "Call partners who still show the wrong price or stock and agree a time by which they fix it",
    "Confirm in writing to the launch lead the feed schedule and partner notice period for future launches",
  },
  owner = { "operations", "sales", "web" },
  due = "T-7d",
  mitigated_by = { "feed tested", "feed errors cleared", "partners notified", "partners confirmed" },
  check = function(plan, doc, hits) return clauses.fire(doc, hits) end,
}
