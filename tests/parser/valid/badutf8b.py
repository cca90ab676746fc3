# ÿ comment
y = "abéÿcd" + 1
