-- contact.phone-routing: the phone menu and recorded messages were not updated for the launch.
-- (Whether the number itself is right and reachable is data.contact-details.)

local reach = lib.reach

local MENU = { "ivr", "phone menu", "menu option", "menu options", "press 1", "press 2", "press 3", "option 1",
  "option 2", "option 3", "recorded message", "on-hold message", "hold message", "queue message",
  "switchboard", "main number", "usual number", "existing number", "existing hotline", "same number",
  "dedicated line", "dedicated number", "dedicated hotline", "new hotline", "new helpline" }

return {
  id = "contact.phone-routing",
  title = "The phone menu and messages were not updated for the launch",
  category = "customer-contact",
  severity = 3, likelihood = 3,
  rationale = "Phone menus and recorded messages are owned by a telecoms team or provider, not the campaign; launches reuse lines whose menus have no option for them and whose messages describe last season.",
  triggers = MENU,
  wrong = "Callers reach the line but the menu has no option for the launch: they guess, are transferred between teams and give up; the queue message still describes the last campaign, and out of hours the message says nothing useful.",
  causes = {
    "The menu is changed by a telecoms team or provider with a lead time nobody asked about",
    "The launch reuses an existing line whose options route by old products or departments",
    "Queue and out-of-hours messages were recorded for a previous campaign",
    "Transfers between teams drop the call or put the caller back at the start of the queue",
  },
  prevent = {
    "Ask the telecoms team or provider for their change lead time and book the menu change for T-3d at the latest",
    "Add the launch as the first menu option and record a message that answers the top three questions (dates, price, where to register)",
    "Re-record the queue and out-of-hours messages with the opening hours and the web FAQ address",
    "Walk every menu path from an outside phone after the change and check each reaches a trained team",
  },
  respond = {
    "Say on the website and social channels at once which option to choose, until the menu is fixed",
    "Have the provider fix the menu the same day and walk every path again from outside before saying it is fixed",
    "Call back every number in the abandoned-call log from the launch period",
    "Confirm in writing that menu and message changes are part of every launch's sign-off",
  },
  owner = { "support", "it" },
  due = "T-5d",
  mitigated_by = { "menu updated", "ivr updated", "messages re-recorded", "menu paths tested" },
  check = function(plan, doc, hits)
    local live = reach.live(doc, hits)
    if #live == 0 then return nil end
    return { evidence = live }
  end,
}
