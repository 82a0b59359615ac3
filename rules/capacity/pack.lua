return {
  name = "capacity",
  version = "1.0.0",
  description = "Demand spikes the plan itself creates: press, TV and radio, influencers, presales, giveaways, drops, midnight launches, time zones, email blasts, app-store featuring and store-opening crowds.",
  engine = 1,
}
