return {
  name = "safety",
  version = "1.0.0",
  description = "Physical safety and product quality: recalls, untested batches, crowds and queues, allergens, safety marking, user guides, demo units, ex-display stock, promotional gifts and delivery crews.",
  engine = 1,
}
