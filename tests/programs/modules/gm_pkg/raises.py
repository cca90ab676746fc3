STARTED = True
raise ValueError("raised while importing")
