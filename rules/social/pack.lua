return {
  name = "social",
  version = "1.0.0",
  description = "Social media and reputation: hijacked hashtags, tone-deaf timing, failed live demos, unchecked claims, undisclosed ads, unmoderated comments, leaks, review spikes and crisis statements.",
  engine = 1,
}
