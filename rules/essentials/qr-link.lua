-- essentials.qr-link: a printed QR code that leads to an error page or the wrong place.

local lang, channels = lib.lang, lib.channels

return {
  id = "essentials.qr-link",
  title = "The QR code leads nowhere",
  category = "technical-failure",
  severity = 4, likelihood = 3,
  rationale = "Every failed scan is a lost customer and printed codes cannot be changed; typos and unpublished pages are common because nobody scans the final print.",
  triggers = { "qr code", "qr codes", "qr-code", "qr-codes", "scan the code", "scan this code", "scan our code", "scannable code" },
  channels = { "qr" },
  wrong = "Customers scan the code and land on an error page, a login wall or the wrong product page, and the printed material is already on display.",
  causes = {
    "The URL in the print artwork has a typo or still points at a staging address",
    "The landing page is scheduled to go live after the printed codes are already in front of customers",
    "The code encodes a short link from a free generator that expires, goes behind a paywall or is deleted",
    "The code is printed too small, on a curved or glossy surface or with too little contrast to scan under store lighting",
    "The target page moves in a website release and the old URL is not redirected",
  },
  prevent = {
    "Scan the printed proof (not the PDF) with one iOS and one Android phone before signing off the print run",
    "Encode a URL on your own domain with a redirect you control, never a free generator's short link",
    "Publish the landing page before the codes go on display and scan a code in a live location on launch morning",
    "Print a short, typed-out URL next to every code as a fallback",
    "Freeze the landing-page URL until the campaign ends and add a redirect check to the website release checklist",
  },
  respond = {
    "Post the working short URL on the website and social channels within the hour and say the code is being fixed",
    "Point the broken URL at the right page with a server-side redirect, which fixes every printed code without a reprint",
    "Cover faulty codes with a sticker showing the typed URL and tell store staff what to say at the till",
    "Confirm in writing to the launch lead which check was missed and add a scan of the final print to the sign-off list",
  },
  owner = { "web", "marketing" },
  due = "T-7d",
  mitigated_by = { "qr code tested", "qr codes tested", "tested the qr code", "tested the qr codes",
                   "scanned the proof", "scanned the printed proof", "scan-tested" },
  check = function(plan, doc, hits)
    local pos = lang.positive(doc, hits)
    if #pos > 0 then return { evidence = pos } end
    if channels.first(plan, { "qr" }) then return true end
    return nil
  end,
}
