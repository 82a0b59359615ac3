-- social.unverified-claims: advertising claims nobody can back with evidence.

local text = lib.text

local CLAIMS = { "best-ever", "best ever", "best in class", "best-in-class", "the cheapest", "cheapest",
  "lowest price", "lowest prices", "lowest price guaranteed", "unbeatable", "unbeatable prices", "number one",
  "no. 1", "no.1", "#1", "market leader", "market-leading", "award-winning", "best-selling", "bestselling",
  "most popular", "clinically proven", "scientifically proven", "proven to", "dermatologically tested",
  "100% natural", "all-natural", "all natural", "carbon neutral", "carbon-neutral", "net zero", "net-zero",
  "climate neutral", "climate-neutral", "eco-friendly", "environmentally friendly", "sustainable",
  "100% recyclable", "fully recyclable", "biodegradable", "plastic-free", "plastic free", "world's first",
  "uk's first", "europe's first", "world's fastest", "uk's fastest", "fastest-ever", "guaranteed results",
  "lasts twice as long", "twice as fast", "kills 99.9%" }

-- Claims that are about the environment get the green-claims wording.
local GREEN = { ["carbon neutral"] = true, ["carbon-neutral"] = true, ["net zero"] = true, ["net-zero"] = true,
  ["climate neutral"] = true, ["climate-neutral"] = true, ["eco-friendly"] = true,
  ["environmentally friendly"] = true, sustainable = true, ["100% recyclable"] = true,
  ["fully recyclable"] = true, biodegradable = true, ["plastic-free"] = true, ["plastic free"] = true }

return {
  id = "social.unverified-claims",
  title = "A public claim cannot be backed up",
  category = "legal",
  severity = 3, likelihood = 3,
  rationale = "Superlatives, comparisons and green claims are what competitors and regulators challenge first; without evidence on file the ad comes down and the ruling is published by name.",
  triggers = CLAIMS,
  wrong = "A competitor, customer or journalist challenges a claim in the campaign, nobody can show the evidence, and the advertising regulator upholds the complaint publicly.",
  causes = {
    "The claim came from a creative brief or an old deck and nobody asked for the evidence behind it",
    "A comparison ('cheapest', 'fastest') was true on the day it was checked and is no longer true",
    "An environmental claim covers the whole product when only part of it (the packaging, one factory) qualifies",
    "The same claim is repeated by stores, partners and influencers in stronger words than the approved copy",
  },
  prevent = {
    "List every factual claim in the announcement, ads, posts and packaging at T-14d and file the evidence for each (test report, dated price survey, award certificate)",
    "Have legal or compliance sign off each claim against the advertising code (the CAP Code in the UK, the unfair commercial practices rules in the EU)",
    "Qualify comparisons with what was compared, where and when ('lowest price of the five largest retailers, checked 1 March')",
    "Remove or soften any claim for which no evidence is on file before the copy goes to print",
  },
  respond = {
    "Withdraw or correct the challenged claim at once on every channel, with a short public note if it was widely seen",
    "Pull paid ads that carry the claim and tell stores, partners and influencers to stop using it",
    "Answer the regulator or complainant with the evidence file within their deadline",
    "Confirm in writing the claims register and the sign-off step for all future copy",
  },
  owner = { "legal", "marketing" },
  due = "T-14d",
  mitigated_by = { "claims substantiated", "evidence on file", "claims signed off", "claims register" },
  check = function(plan, doc, hits)
    local it = text.item(doc, hits, "The campaign claims %s. A competitor, customer or journalist challenges it, nobody can show the evidence, and the advertising regulator upholds the complaint and publishes the ruling by name.", 3)
    if not it then return nil end
    for _, h in ipairs(it.evidence) do
      if GREEN[h.text:lower():gsub("%s+", " ")] then
        it.wrong = it.wrong .. " Environmental claims get the strictest reading: they must hold for the whole product and its whole life, or say exactly what they cover."
        break
      end
    end
    return it
  end,
}
