-- web/pack.lua
return {
  name = "web",
  version = "1.0.0",
  description = "Websites, landing pages, email delivery and online flows around a launch",
  engine = 1,
}
