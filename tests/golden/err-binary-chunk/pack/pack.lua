return { name = "binary", version = "1.0.0", description = "A pack with a precompiled chunk.", engine = 1 }
