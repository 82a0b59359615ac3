-- supply/pack.lua
return {
  name = "supply",
  version = "1.0.0",
  description = "Suppliers, logistics and third parties: late or single-source supply, couriers, warehouse and returns peaks, vendors and agencies, platform limits, customs, print runs, spare parts and installers.",
  engine = 1,
}
