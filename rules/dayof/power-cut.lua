-- dayof.power-cut: the launch runs from one physical site (a warehouse, flagship store, studio,
-- in-house call centre or server room) and a power cut there on the day stops it. Power and AV
-- inside an event venue are events.av-failure.

local prose = lib.prose

local SITES = {
  { name = "the warehouse", phrases = { "our warehouse", "the warehouse", "fulfilment centre", "fulfillment center",
      "distribution centre", "distribution center", "dispatch centre" } },
  { name = "the flagship store", phrases = { "flagship store", "flagship shop", "flagship showroom" } },
  { name = "the studio", phrases = { "our studio", "the studio", "live broadcast", "broadcast live", "live tv",
      "shopping channel" } },
  { name = "the in-house call centre", phrases = { "our call centre", "our call center", "in-house call centre",
      "our contact centre", "our customer service centre" } },
  { name = "the office servers", phrases = { "server room", "on-premise", "on-premises", "on-prem",
      "in-house servers", "our own servers", "our data centre", "our data center" } },
  { name = "head office", phrases = { "head office", "headquarters", "hq" } },
  { name = "the central kitchen or bakery", phrases = { "central kitchen", "central bakery", "production kitchen" } },
}

local BACKED = { "generator", "generators", "backup power", "ups", "uninterruptible", "second site", "failover site",
  "disaster recovery site", "dr site", "cloud-hosted", "hosted in the cloud", "battery backup" }

return {
  id = "dayof.power-cut",
  title = "A power cut at the main site stops the launch",
  category = "technical-failure",
  severity = 4, likelihood = 2,
  rationale = "Local power cuts are short but common (roadworks, storms, a tripped board under launch-day load); when everything runs from one building, an hour without power is an hour without the launch.",
  wrong = "The power goes off at the one site the launch runs from: orders stop being picked, the broadcast goes dark, phones and servers go down, and nothing can be done until it returns.",
  causes = {
    "Roadworks, a storm or a fault on the local network",
    "Extra launch-day equipment (screens, chillers, heaters, printers) overloads the building's board",
    "Servers, phones and the network switch have no UPS, so even a flicker restarts them",
  },
  prevent = {
    "Ask the building manager at T-14d about planned works and the supply's recent cuts, and check the board can take the extra launch equipment",
    "Put servers, network switches and phone systems on a UPS tested under load, and book a standby generator if the site cannot stop",
    "Write the manual fallback for a power cut (paper picking lists, calls diverted to mobiles, a second location) and tell the shift leads",
    "Keep torches, charged laptops and a mobile hotspot at the site for launch day",
  },
  respond = {
    "Tell customers at once what is affected and when you expect to recover, on the channels that still work",
    "Divert calls to mobiles or a second site, switch to the manual fallback, and report the fault to the network operator",
    "Catch up the backlog in order once power returns and tell affected customers when theirs is done",
    "Confirm in writing the power resilience (UPS, generator, fallback site) for future launches",
  },
  owner = { "operations", "it" },
  due = "T-14d",
  mitigated_by = BACKED,
  triggers = prose.phrases_of(SITES),
  check = function(plan, doc, hits)
    if prose.first(doc, BACKED) then return nil end
    local kept, site = {}, nil
    for _, s in ipairs(SITES) do
      local found = prose.said(doc, s.phrases)
      if #found > 0 and not site then site = s.name end
      for _, h in ipairs(found) do kept[#kept + 1] = h end
    end
    if not site then return nil end
    return {
      evidence = kept,
      title = ("A power cut at %s stops the launch"):format(site),
      wrong = ("The launch runs from one site (%s), and the plan names no backup power or second site: a power cut there on the day stops it until the power returns."):format(
        kept[1].text),
    }
  end,
}
