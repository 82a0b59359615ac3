-- legal/pack.lua
return {
  name = "legal",
  version = "1.0.0",
  description = "Legal, regulatory, terms and privacy: free and reference-price claims, prize draws, privacy notices, marketing consent, cookies, age limits, accessibility, rights in music and marks, missing terms, cancellation rights and regulated products.",
  engine = 1,
}
