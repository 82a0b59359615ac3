return {
  name = "events",
  version = "1.0.0",
  description = "Events and venues: capacity, no-shows, AV and power, performers, catering, transport, stewarding, licences, the door, first aid, access and insurance.",
  engine = 1,
}
