return { name = "broken", version = "1.0.0", description = "One good rule, one that throws, one that does not load.", engine = 1 }
