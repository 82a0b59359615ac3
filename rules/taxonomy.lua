-- The risk taxonomy: every rule's `category` must be one of these keys.
-- Data, not code: the engine reads this table and validates rules against it.
-- Documented in docs/taxonomy.md; keep the two in step.
return {
  ["capacity"]          = "Demand beyond what people, lines, stock or systems can serve",
  ["technical-failure"] = "Links, sites, systems, software or connectivity that fail or were never tested",
  ["customer-contact"]  = "Hotlines, email, chat and counters: lines, hours, scripts, trained operators",
  ["communication"]     = "Staff, partners or customers who were not told, or were told something unclear",
  ["commercial"]        = "Prices, promotions, redemptions, end dates, warranty and cost exposure",
  ["people"]            = "Key people, backups, illness, absence, workload and training",
  ["security"]          = "Viruses, malware, fraud, abuse and account takeover",
  ["legal"]             = "Terms, privacy, consent, regulation and advertising claims",
  ["supply"]            = "Stock, suppliers, logistics and third-party vendors",
  ["data-quality"]      = "Wrong prices, listings, catalogue data, maps or contact details",
  ["reputation"]        = "Social media, press, tone and public claims",
  ["safety"]            = "Physical safety and product quality",
  ["accessibility"]     = "People who cannot use the channel as designed",
  ["venue"]             = "Events, venues, weather and logistics on the day",
}
