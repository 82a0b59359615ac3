-- release/pack.lua
return {
  name = "release",
  version = "1.0.0",
  description = "Software release and deployment: rollout, rollback, app stores, APIs, monitoring",
  engine = 1,
}
