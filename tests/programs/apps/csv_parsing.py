# A small CSV parser by hand handling quotes, escaped quotes and embedded commas/newlines, then aggregating rows.
data = '''name,city,amount,note
"Smith, Ann",Oslo,12.50,"said ""hi"""
Bob,Lima,7,
"Cy",Oslo,3.25,"multi
line"
Dee,Lima,10,plain
'''
def parse_csv(text):
    rows, row, field, i, quoted = [], [], [], 0, False
    while i < len(text):
        c = text[i]
        if quoted:
            if c == '"':
                if i + 1 < len(text) and text[i + 1] == '"':
                    field.append('"')
                    i += 1
                else:
                    quoted = False
            else:
                field.append(c)
        elif c == '"':
            quoted = True
        elif c == ",":
            row.append("".join(field))
            field = []
        elif c == "\n":
            row.append("".join(field))
            rows.append(row)
            row, field = [], []
        else:
            field.append(c)
        i += 1
    if field or row:
        row.append("".join(field))
        rows.append(row)
    return rows
rows = parse_csv(data)
header, body = rows[0], rows[1:]
records = [dict(zip(header, r)) for r in body]
for r in records:
    print(r)
totals = {}
for r in records:
    totals[r["city"]] = totals.get(r["city"], 0) + float(r["amount"])
print(totals, max(records, key=lambda r: float(r["amount"]))["name"])
def to_csv(row):
    return ",".join('"' + f.replace('"', '""') + '"' if any(ch in f for ch in ',"\n') else f for f in row)
print("\n".join(to_csv(r) for r in rows))
print(parse_csv("\n".join(to_csv(r) for r in rows) + "\n") == rows)
