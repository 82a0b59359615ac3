-- legal.age-restriction: the launch sells, serves or promotes something with an age limit
-- (alcohol, gambling, vapes, knives, age-rated games) or addresses children, and the plan
-- never says how ages are checked. One item per kind.

local clause, personal = lib.clause, lib.personal

-- "Wine glasses" and "beer fridge" are kitchenware, not drinks.
local NOT_DRINK = { glass = true, glasses = true, rack = true, racks = true, cooler = true, coolers = true,
  fridge = true, fridges = true, opener = true, openers = true, stain = true, stains = true, gum = true }

local function drink(doc, hit)
  return not NOT_DRINK[clause.tail(doc, hit):match("^%s*([%a%-]+)") or ""]
end

-- Children count only where the launch takes their data or markets to them online, not where
-- a ticket price says "children under 12 go free".
local CHILD_DATA = { "app", "account", "accounts", "newsletter", "competition", "prize draw", "online game",
  "social media", "profile", "profiles", "chat", "leaderboard" }

local KINDS = {
  { key = "alcohol", title = "Alcohol is sold, served or given to under-18s",
    phrases = { "wine", "wines", "beer", "beers", "craft beer", "cider", "prosecco", "champagne", "cocktail",
      "cocktails", "gin", "vodka", "whisky", "whiskey", "rum", "alcohol", "alcoholic", "free bar", "open bar",
      "wine tasting", "beer festival", "happy hour", "licensed bar", "cash bar", "a free drink", "free drinks" },
    wrong = "The launch sells, serves or gives away alcohol, but the plan does not say who holds the licence or how ages are checked: staff serve or deliver to under-18s, a free-drink offer breaks the licence's conditions, or the ad breaks the alcohol advertising rules.",
    first = "Set up the age check at T-14d for every way alcohol reaches people: Challenge 25 at the bar or till, age verification at online checkout, and an ID check on delivery (no drop-offs at the door)",
    owner = { "legal", "events", "sales" } },
  { key = "gambling", title = "Gambling offers reach under-18s or break the gambling rules",
    phrases = { "betting", "free bet", "free bets", "free spins", "casino", "slot games", "slot machines", "sportsbook", "poker", "bingo",
      "gambling", "place a bet", "bet on", "wager", "odds boost", "enhanced odds" },
    wrong = "The launch promotes gambling, but the plan does not say how age and identity are verified before play or how bonus terms are shown: under-18s take part, the offer breaks the gambling regulator's rules on bonuses, and the ad breaks the rules on appeal to young people.",
    first = "Have compliance check at T-14d that age and identity are verified before any play, bonus terms are stated in the ad, and no creative appeals to under-18s",
    owner = { "legal", "marketing" } },
  { key = "restricted-goods", title = "Age-restricted goods are sold without an age check",
    phrases = { "vape", "vapes", "vaping", "e-cigarette", "e-cigarettes", "e-liquid", "nicotine", "tobacco",
      "cigars", "knife", "knives", "fireworks", "sparklers", "energy drink", "energy drinks", "lighter gas",
      "18-rated", "18 rated", "pegi 18", "pegi 16", "rated 18", "mature-rated", "solvents" },
    wrong = "The launch sells age-restricted goods, but the plan does not say how ages are checked at the till, at online checkout and on delivery: test purchases by trading standards catch a sale to a minor, which means fines and, for some goods, losing the right to sell them.",
    first = "Set up age checks at T-14d at every point of sale: Challenge 25 at tills, age verification at online checkout, and an ID check on delivery for online orders",
    owner = { "legal", "sales", "operations" } },
  { key = "children", title = "The launch collects children's data or markets to children without safeguards",
    phrases = { "for kids", "kids' club", "kids club", "children under", "under 13", "under-13s", "under 16",
      "under-16s", "aged 8", "aged 6", "ages 6", "ages 8", "school children", "schoolchildren", "pupils",
      "teenagers", "young fans", "junior members", "children can", "children aged", "children sign up",
      "sign children up", "sign their children up" },
    wrong = "The launch is aimed at children, but the plan does not say how parents give consent or what is collected: children's data is taken without a parent's consent (UK GDPR and the Children's Code, GDPR article 8 in the EU, COPPA in the US), or the marketing breaks the rules on advertising to children.",
    first = "Design the sign-up so that a parent or guardian gives consent and only what is needed is collected, with default privacy settings high, and have the data protection lead sign it off at T-14d",
    owner = { "legal", "web", "marketing" } },
}

local PREVENT = {
  "Brief every person who sells, serves or delivers on the age check and on what to do when someone cannot prove their age",
  "Check the ads, posts and influencers against the advertising rules for the product (no appeal to under-18s, no one who looks under 25)",
  "Keep a refusals log at every point of sale and review it after the first week",
}

return {
  id = "legal.age-restriction",
  title = "Age limits are not checked",
  category = "legal",
  severity = 4, likelihood = 3,
  rationale = "Age limits are strict liability: one test purchase or one complaint about a child is enough for a fine or a lost licence, and it is the headline that follows the brand.",
  triggers = clause.phrases(KINDS),
  wrong = "The launch sells, serves, promotes or collects data in a way that has an age limit, and the plan never says how ages are checked.",
  causes = {
    "Age checks were designed for the normal shop, not for the launch's new channel (online, delivery, event, pop-up)",
    "Temporary staff and volunteers were not briefed on the check or the refusal",
    "The creative or the influencers chosen appeal to under-18s",
    "The sign-up form does not ask for age, or asks but lets anyone continue",
  },
  prevent = PREVENT,
  respond = {
    "Stop the sale, service or sign-up at once where the check failed, and acknowledge it publicly if children were affected",
    "Report to the licensing authority or regulator where required and cooperate with trading standards",
    "Delete data collected from children without consent, and retrain the staff involved",
    "Confirm in writing the age-check procedure for every channel of the next launch",
  },
  owner = { "legal", "sales" },
  due = "T-14d",
  mitigated_by = { "challenge 25", "challenge 21", "age verification", "age check", "id check", "parental consent",
                   "premises licence", "temporary event notice" },
  check = function(plan, doc, hits)
    local child_data = personal.collected(doc)[1] or clause.mentions(doc, CHILD_DATA)
    local found = {}
    for _, f in ipairs(clause.groups(doc, KINDS)) do
      local keep = f.group.key ~= "children" or child_data
      if keep and f.group.key == "alcohol" then
        local drinks = {}
        for _, h in ipairs(f.hits) do
          if drink(doc, h) then drinks[#drinks + 1] = h end
        end
        f = { group = f.group, hits = drinks }
        keep = #drinks > 0
      end
      if keep then found[#found + 1] = f end
    end
    return clause.items(found, PREVENT)
  end,
}
