-- Role aliases: a rule names a canonical role (`owner = "web"`); a plan's team
-- lists people with roles in their own words. A team member matches a rule's
-- role when one of their roles, lower-cased and trimmed, equals the canonical
-- name or one of its aliases below. Data, not code: organisations extend this
-- with a roles.lua in their own --rules directory (aliases are merged).
return {
  ["lead"]        = { "launch lead", "project lead", "project manager", "launch manager", "owner", "programme manager" },
  ["web"]         = { "website", "web team", "webmaster", "digital", "e-commerce", "ecommerce", "frontend", "web developer" },
  ["support"]     = { "support lead", "customer service", "customer support", "hotline", "call centre", "call center", "contact centre", "service desk" },
  ["it"]          = { "it support", "it lead", "sysadmin", "systems", "infrastructure", "network", "ops engineer" },
  ["engineering"] = { "engineering lead", "developer", "developers", "dev lead", "tech lead", "release manager", "sre", "devops" },
  ["sales"]       = { "sales lead", "store manager", "retail", "retail lead", "stores", "shop manager", "area manager" },
  ["marketing"]   = { "marketing lead", "campaign", "campaign manager", "brand", "comms", "communications", "social media", "pr" },
  ["legal"]       = { "legal counsel", "compliance", "counsel", "data protection", "dpo", "privacy" },
  ["security"]    = { "security lead", "infosec", "information security", "ciso" },
  ["events"]      = { "event manager", "event lead", "events lead", "venue", "venue manager", "production" },
  ["product"]     = { "product manager", "product owner", "product lead" },
  ["operations"]  = { "ops", "operations lead", "operations manager", "logistics", "supply chain" },
  ["hr"]          = { "people", "people team", "human resources", "staffing" },
}
