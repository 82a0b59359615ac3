return {
  name = "dayof",
  version = "1.0.0",
  description = "The launch day itself: time zones, clashes, go/no-go, support hours, travel, power, vendors, the launch channel and the first hours online.",
  engine = 1,
}
