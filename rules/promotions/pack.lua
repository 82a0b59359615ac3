return {
  name = "promotions",
  version = "1.0.0",
  description = "What a promotion or price change costs beyond the headline: redemption exposure, stacking, caps, terms, recent buyers, reference prices, competitors, codes, conditions, VAT and currency, cashback and loyalty.",
  engine = 1,
}
