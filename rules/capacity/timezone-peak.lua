-- capacity.timezone-peak: one launch moment lands at night for part of the audience, or the peak
-- follows the sun while the team works one time zone's hours.

local text = lib.text

-- Regions as UTC offset ranges (standard time), by code or name, lower case.
local ZONES = {
  uk = { 0, 0 }, gb = { 0, 0 }, ie = { 0, 0 }, pt = { 0, 0 }, ireland = { 0, 0 }, portugal = { 0, 0 },
  de = { 1, 1 }, at = { 1, 1 }, nl = { 1, 1 }, be = { 1, 1 }, fr = { 1, 1 }, es = { 1, 1 }, it = { 1, 1 },
  ch = { 1, 1 }, se = { 1, 1 }, no = { 1, 1 }, dk = { 1, 1 }, pl = { 1, 1 }, cz = { 1, 1 }, eu = { 0, 2 },
  germany = { 1, 1 }, france = { 1, 1 }, spain = { 1, 1 }, italy = { 1, 1 }, netherlands = { 1, 1 },
  europe = { 0, 2 }, emea = { 0, 4 }, fi = { 2, 2 }, gr = { 2, 2 }, ro = { 2, 2 }, za = { 2, 2 }, il = { 2, 2 },
  tr = { 3, 3 }, ae = { 4, 4 }, uae = { 4, 4 }, ["in"] = { 5.5, 5.5 }, india = { 5.5, 5.5 },
  sg = { 8, 8 }, hk = { 8, 8 }, cn = { 8, 8 }, my = { 8, 8 }, ph = { 8, 8 }, tw = { 8, 8 },
  singapore = { 8, 8 }, china = { 8, 8 }, jp = { 9, 9 }, kr = { 9, 9 }, japan = { 9, 9 },
  au = { 8, 10 }, australia = { 8, 10 }, nz = { 12, 12 }, ["new zealand"] = { 12, 12 }, apac = { 5.5, 12 },
  us = { -8, -5 }, usa = { -8, -5 }, ["united states"] = { -8, -5 }, ca = { -8, -3.5 }, canada = { -8, -3.5 },
  mx = { -6, -6 }, mexico = { -6, -6 }, br = { -3, -3 }, brazil = { -3, -3 }, ar = { -3, -3 },
  latam = { -6, -3 }, ["north america"] = { -8, -5 }, americas = { -8, -3 },
}
-- Time zones a plan may name after a clock time.
local CLOCKS = { gmt = 0, utc = 0, bst = 1, cet = 1, cest = 2, est = -5, edt = -4, et = -5, pst = -8,
  pdt = -7, pt = -8, aest = 10, jst = 9, ist = 5.5 }
local WORLDWIDE = { "worldwide", "world-wide", "globally", "global launch", "all time zones", "every time zone",
  "around the world", "in every market", "simultaneously in" }
local LAUNCH = { "launch", "launches", "live", "sale", "release", "released", "available", "opens", "drop",
  "starts", "tickets", "rollout", "rolls" }
local SHIPPING = { "ship", "ships", "shipping", "deliver", "delivers", "delivery" }

local function spread(plan)
  local lo, hi, names = nil, nil, {}
  for _, r in ipairs(plan.audience.regions or {}) do
    local z = ZONES[r:lower()]
    if z then
      lo, hi = math.min(lo or z[1], z[1]), math.max(hi or z[2], z[2])
      names[#names + 1] = r
    end
  end
  return lo, hi, names
end

local function utc(n)
  if n == 0 then return "UTC" end
  local h = math.floor(math.abs(n))
  local m = (math.abs(n) - h) * 60
  return ("UTC%s%d%s"):format(n < 0 and "-" or "+", h, m > 0 and (":%02d"):format(m) or "")
end

-- "at 09:00 GMT" -> hour 9, offset 0, and the matched text.
local function stated_time(doc)
  for _, s in ipairs(doc:sentences()) do
    local low = s.text:lower():gsub("%s+", " ")
    for h, m, z in low:gmatch("(%d%d?):(%d%d) ?(%a+)") do
      if CLOCKS[z] then return tonumber(h) + tonumber(m) / 60, CLOCKS[z], h .. ":" .. m .. " " .. z:upper() end
    end
  end
  return nil
end

local function clock(h)
  h = h % 24
  return ("%02d:%02d"):format(math.floor(h), math.floor((h % 1) * 60 + 0.5))
end

local function worldwide(doc)
  for _, p in ipairs(WORLDWIDE) do
    for _, h in ipairs(doc:find(p)) do
      local s = text.sentence(doc, h)
      if not text.denied(doc, h) and text.has_word(s, LAUNCH) and not text.has_word(s, SHIPPING) then return h end
    end
  end
  return nil
end

return {
  id = "capacity.timezone-peak",
  title = "The launch peak lands at night for part of the audience",
  category = "capacity",
  severity = 3, likelihood = 3,
  rationale = "A single launch moment across time zones puts one region's peak in the small hours of the team's night; demand follows the sun while support works one office's hours.",
  wrong = "The launch reaches customers in several time zones: one region's peak arrives at night for the team, support is closed while those customers have questions, and a midnight or morning release in one region is the middle of the night in another.",
  causes = {
    "The launch moment was set in head-office time without converting it for each region",
    "Support, social and on-call engineering work one office's hours while the peak moves across regions",
    "Maintenance windows and batch jobs were placed in head-office night, which is another region's daytime peak",
    "Regional stock and payment methods were sized together, so the first region to wake up buys out the rest",
  },
  prevent = {
    "Write the launch moment in every region's local time in the plan and decide: one global moment, or a rolling launch per region",
    "Staff support, social and on-call engineering for each region's first peak, or publish per-region support hours",
    "Move maintenance windows and batch jobs out of every region's launch-day peak",
    "Allocate stock per region where one region waking first could buy out the others",
  },
  respond = {
    "Acknowledge at once, in the affected region's channels and hours, when customers there hit a slow site or closed support",
    "Add follow-the-sun cover or extend support hours for the affected region until the peak passes",
    "Move stock between regions or pause sales in the region that is buying out the rest",
    "Confirm in writing the per-region launch times and support cover for the next launch",
  },
  owner = { "lead", "support" },
  due = "T-14d",
  mitigated_by = { "local time", "follow-the-sun", "follow the sun", "rolling launch" },
  check = function(plan, doc, hits)
    local lo, hi, names = spread(plan)
    local ww = worldwide(doc)
    local wide = lo and hi - lo >= 6
    if not wide and not ww then return nil end
    local ev = {}
    if wide then
      ev[#ev + 1] = { source = "audience", text = ("regions: %s (%s to %s)"):format(table.concat(names, ", "), utc(lo), utc(hi)) }
    end
    if ww then ev[#ev + 1] = ww end
    if not lo then lo, hi = -8, 10 end
    local h, z, said = stated_time(doc)
    if h then
      return {
        evidence = ev,
        wrong = ("The launch is set for %s: that is %s at the western edge of the audience (%s) and %s at the eastern edge (%s), so one region's peak arrives in the team's night and support is closed while those customers have questions."):format(
          said, clock(h - z + lo), utc(lo), clock(h - z + hi), utc(hi)),
      }
    end
    return { evidence = ev }
  end,
}
