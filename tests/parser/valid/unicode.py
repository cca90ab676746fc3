# café
nom = "été 😀"
été = 1
print(été, "中文", f"{été}é", f"é{x=}")
x = [é, été]
