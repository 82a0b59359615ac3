-- data/pack.lua
return {
  name = "data",
  version = "1.0.0",
  description = "Data quality in and behind an announcement: contacts, dates, catalogue, lists, feeds",
  engine = 1,
}
