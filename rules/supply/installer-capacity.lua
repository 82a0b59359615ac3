-- supply.installer-capacity: the offer includes installation or a home visit, and the installers
-- (own crews or a contracted firm) cannot keep up.

local text = lib.text

return {
  id = "supply.installer-capacity",
  title = "Installers cannot keep up with the sales the offer brings",
  category = "capacity",
  severity = 3, likelihood = 4,
  rationale = "Installation is booked in person-days that cannot be added overnight; the offer sells in a week what the crews fit in a month, and paid customers waiting weeks for a fitter cancel and complain.",
  triggers = { "free installation", "installation included", "includes installation", "installed within",
               "we install", "installation service", "professional installation", "fitted free", "free fitting",
               "fitting included", "home installation", "on-site installation", "set-up service", "setup service",
               "engineer visit", "technician visit", "installation appointment", "installation appointments",
               "fitted within", "our installers", "installation partner", "installation partners" },
  wrong = "The offer includes installation, but the installers are booked for an ordinary month: waits for an appointment run to weeks, customers who have paid sit without the product, and some cancel.",
  causes = {
    "Nobody compared the sales forecast with the installers' weekly appointments",
    "The installation partner also serves other retailers running the same seasonal offer",
    "Installers were not trained on the new product, so first visits fail and need a second one",
    "The booking system offers dates the crews cannot cover, so appointments are cancelled on the day",
  },
  prevent = {
    "Get the installers' weekly appointment capacity for the launch month in writing at T-4w and compare it with the sales forecast",
    "Show the real next available installation date at checkout, from the installers' calendar",
    "Book extra crews or a second installation firm for the first six weeks",
    "Train and brief every installer on the new product and the offer terms before launch day",
  },
  respond = {
    "Tell waiting customers at once their real installation date and give a named contact",
    "Offer a choice: wait with a goodwill gesture, cancel with a full refund, or use a second firm",
    "Move crews from other work or add weekend slots until the backlog is cleared",
    "Confirm in writing the capacity check and the second-firm arrangement for the next offer",
  },
  owner = { "operations", "sales" },
  due = "T-4w",
  mitigated_by = { "installer capacity", "extra crews", "second installation firm", "installation slots confirmed" },
  check = function(plan, doc, hits)
    local pos = text.live(doc, hits)
    if #pos == 0 then return nil end
    return {
      evidence = pos,
      wrong = ("The offer includes installation ('%s'), but the installers are booked for an ordinary month: waits for an appointment run to weeks, customers who have paid sit without the product, and some cancel."):format(pos[1].text),
    }
  end,
}
