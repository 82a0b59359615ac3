-- essentials.event-weather: rain, wind, heat or snow spoils the outdoor part of the event.

local lang = lib.lang

return {
  id = "essentials.event-weather",
  title = "Bad weather spoils the event",
  category = "venue",
  severity = 3, likelihood = 3,
  rationale = "Any outdoor element is exposed to the forecast, which is only reliable a few days out; without a wet-weather plan and a decision time, the decision is made in panic on the day.",
  triggers = { "outdoor", "outdoors", "open-air", "open air", "terrace", "garden party", "gardens", "marquee",
               "rooftop", "courtyard", "lawn", "festival", "street party", "weather", "in the park", "on the beach",
               "heatwave", "heavy rain", "if it rains", "rain or shine" },
  wrong = "Rain, wind, heat or snow on the day spoils the outdoor parts of the event, cuts attendance and makes parts of the site unsafe.",
  causes = {
    "The outdoor programme has no covered alternative or wet-weather plan",
    "Marquees, staging and signage are not rated for the wind forecast",
    "Heat with no shade, water or first aid for guests queuing outside",
    "Storms or snow disrupt public transport and parking on the day",
  },
  prevent = {
    "Agree a wet-weather plan with the venue (covered space, timings, who decides) by T-14d",
    "Set a go/no-go time the day before against the forecast, with a named decision-maker",
    "Check the wind rating of marquees and staging with the supplier and agree when they come down",
    "Order umbrellas, shade, water and extra first aid according to the forecast at T-3d",
  },
  respond = {
    "Tell guests at once by email, text and social media what changes and what they should do",
    "Move the programme to the covered space and close unsafe areas",
    "Offer refunds or transfers to guests who cannot come",
    "Record the decision and its outcome and confirm the wet-weather plan as the standard in writing",
  },
  owner = { "events", "operations" },
  due = "T-7d",
  mitigated_by = { "wet-weather plan", "wet weather plan", "bad-weather plan", "bad weather plan", "covered alternative" },
  check = function(plan, doc, hits)
    local pos = lang.positive(doc, hits)
    if #pos == 0 then return nil end
    local spots = {}
    local seen = {}
    for _, h in ipairs(pos) do
      local t = lang.norm(h.text)
      if t ~= "weather" and t ~= "rain" and t ~= "heatwave" and not seen[t] then
        seen[t] = true
        spots[#spots + 1] = t
      end
    end
    local wrong
    if #spots > 0 then
      wrong = ("Rain, wind, heat or snow on the day spoils the outdoor parts of the event (%s), cuts attendance and makes parts of the site unsafe."):format(table.concat(spots, ", "))
    end
    return { evidence = pos, wrong = wrong }
  end,
}
