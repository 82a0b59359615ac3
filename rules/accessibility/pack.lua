return {
  name = "accessibility",
  version = "1.0.0",
  description = "People who cannot use the channel as designed: QR- and app-only access, inaccessible web forms and captchas, uncaptioned video, single-channel contact, venues without step-free access, small print, unclear terms, time limits and colour-only information.",
  engine = 1,
}
