-- safety.demo-hazard: a hands-on demo, display or installation at a launch injures someone.

local base = lib.base

return {
  id = "safety.demo-hazard",
  title = "A demo, display or installation injures someone",
  category = "safety",
  severity = 4, likelihood = 2,
  rationale = "Launch activations put products and structures built for photographs in front of crowds, children and alcohol; unsecured displays, trailing cables and unsupervised test rides injure visitors every season.",
  triggers = { "demo station", "demo stations", "demo area", "demo zone", "demo table", "try it in store",
               "try before you buy", "hands-on", "test drive", "test drives", "test ride", "test rides", "try-out",
               "pop-up stand", "display stand", "art installation",
               "interactive installation", "light installation", "brand installation", "inflatable", "inflatables",
               "vr headset", "vr headsets", "virtual reality", "climbing wall", "trampoline", "bouncy castle",
               "live cooking", "cooking demo", "cooking demonstration", "stunt show", "stunt riders",
               "product demonstration" },
  wrong = "A visitor is hurt by the launch activation: a display or structure topples, someone trips on a cable, a child climbs a demo unit, a test rider falls, or a VR player walks into something.",
  causes = {
    "The display or structure was built for looks and never checked for stability, fixings or wind",
    "Demo units are left running and unattended when staff are busy, with cables across the floor",
    "No age, height or experience limits, helmets or briefing for test rides and active demos",
    "The agency or installer has no risk assessment and no public liability insurance",
  },
  prevent = {
    "Get a written risk assessment for each demo and installation from the agency or venue at T-14d, covering stability, fixings, cables, hot or moving parts and supervision",
    "Anchor or weight every display, screen and demo unit, and cover or route cables away from walkways",
    "Staff every hands-on demo and test ride whenever it is open, set age or height limits, and provide helmets and a short safety briefing",
    "Check the installer's and agency's public liability insurance certificate before anything is built",
    "Walk the finished set-up with the venue's safety officer before doors open on launch day",
  },
  respond = {
    "Give first aid at once, close the demo or installation and keep people away from it",
    "Record what happened, the witnesses and photos, and report it to the venue and, where required, the authorities",
    "Contact the injured person the next day and keep in touch until the matter is closed",
    "Confirm in writing what changes before the demo or installation reopens or is used again",
  },
  owner = { "events", "operations" },
  due = "T-14d",
  mitigated_by = { "risk assessment", "method statement", "safety walk", "public liability insurance" },
  check = function(plan, doc, hits)
    return base.item(doc, hits, "The launch puts people next to %s. A visitor is hurt: a display or structure topples, someone trips on a cable, a child climbs a demo unit, a test rider falls, or a VR player walks into something.")
  end,
}
