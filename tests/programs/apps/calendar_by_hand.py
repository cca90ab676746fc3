# Date arithmetic by hand: leap years, day of week (Zeller), days between dates, and a printed month calendar.
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS[m - 1]
def day_of_week(y, m, d):
    if m < 3:
        m += 12
        y -= 1
    k, j = y % 100, y // 100
    h = (d + 13 * (m + 1) // 5 + k + k // 4 + j // 4 + 5 * j) % 7
    return ["Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri"][h]
def ordinal(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1, y))
    return days + sum(days_in_month(y, mm) for mm in range(1, m)) + d
print([y for y in (1900, 2000, 2023, 2024, 2100) if is_leap(y)])
print(day_of_week(2000, 1, 1), day_of_week(1969, 7, 20), day_of_week(2024, 2, 29))
print(ordinal(2024, 12, 31) - ordinal(2024, 1, 1), ordinal(2000, 1, 1) - ordinal(1970, 1, 1))
def month(y, m):
    names = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
    first = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].index(day_of_week(y, m, 1))
    lines = [f"{y}-{m:02}".center(20), " ".join(names)]
    cells = ["  "] * first + [f"{d:2}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(month(2024, 2))
print(month(2023, 10))
