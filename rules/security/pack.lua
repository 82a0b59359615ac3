-- security/pack.lua
return {
  name = "security",
  version = "1.0.0",
  description = "Abuse and fraud around a launch: touts and fake tickets, leaked codes, account takeover, lookalike sites, impersonators, payment fraud, reward farming, tampered QR codes, shared admin logins, DDoS and leaks of registration data.",
  engine = 1,
}
