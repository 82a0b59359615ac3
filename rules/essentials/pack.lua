return {
  name = "essentials",
  version = "1.0.0",
  description = "What a seasoned launch manager checks first: QR codes, registration, hotlines, staff briefings, promotions, key systems, security and key people.",
  engine = 1,
}
