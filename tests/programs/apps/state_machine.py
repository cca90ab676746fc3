# A traffic-light and vending-machine state machine driven by events, using dicts of transitions and match.
transitions = {("red", "timer"): "green", ("green", "timer"): "yellow", ("yellow", "timer"): "red",
               ("green", "emergency"): "red", ("yellow", "emergency"): "red"}
state = "red"
for ev in ["timer", "timer", "emergency", "timer", "bogus", "timer", "timer"]:
    new = transitions.get((state, ev))
    print(f"{state:>6} --{ev}--> {new or 'ignored'}")
    state = new or state
class Vending:
    def __init__(self):
        self.credit, self.state, self.out = 0, "idle", []
    def handle(self, event):
        match (self.state, event):
            case (_, ("coin", int(v))) if v in (5, 10, 25):
                self.credit += v
                self.state = "paying"
            case (_, ("coin", v)):
                self.out.append(f"reject {v}")
            case ("paying", ("select", name, price)) if self.credit >= price:
                self.credit -= price
                self.out.append(f"vend {name}")
                self.state = "paying" if self.credit else "idle"
            case ("paying", ("select", name, price)):
                self.out.append(f"need {price - self.credit} more for {name}")
            case (_, "refund"):
                if self.credit:
                    self.out.append(f"refund {self.credit}")
                self.credit, self.state = 0, "idle"
            case (s, e):
                self.out.append(f"ignored {e!r} in {s}")
v = Vending()
for e in [("select", "gum", 15), ("coin", 10), ("coin", 3), ("select", "gum", 15), ("coin", 25), ("select", "gum", 15), "refund", "refund", "kick"]:
    v.handle(e)
print(v.out, v.credit, v.state)
