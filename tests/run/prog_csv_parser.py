# A state-machine parser for CSV-like lines with quoted fields, written as
# a generator that is fed one character at a time with send() and yields
# completed records.

START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED = "start", "unquoted", "quoted", "quote-in-quoted"

class CsvError(Exception):
    pass

def field_parser():
    # Receives characters (and "\n" at line ends); yields a list of fields
    # when a record is complete, None otherwise.
    record = []
    field = ""
    state = START
    out = None
    while True:
        ch = yield out
        out = None
        if state == START:
            if ch == '"':
                state = QUOTED
            elif ch == ",":
                record.append("")
            elif ch == "\n":
                record.append("")
                out = record
                record = []
            else:
                field = ch
                state = UNQUOTED
        elif state == UNQUOTED:
            if ch == ",":
                record.append(field)
                field = ""
                state = START
            elif ch == "\n":
                record.append(field)
                field = ""
                out = record
                record = []
                state = START
            elif ch == '"':
                raise CsvError("quote inside an unquoted field after " + repr(field))
            else:
                field += ch
        elif state == QUOTED:
            if ch == '"':
                state = QUOTE_IN_QUOTED
            else:
                field += ch
        else:
            if ch == '"':
                field += '"'
                state = QUOTED
            elif ch == ",":
                record.append(field)
                field = ""
                state = START
            elif ch == "\n":
                record.append(field)
                field = ""
                out = record
                record = []
                state = START
            else:
                raise CsvError("unexpected " + repr(ch) + " after closing quote")

def parse_csv(text):
    parser = field_parser()
    next(parser)
    for ch in text:
        record = parser.send(ch)
        if record is not None:
            yield record
    parser.close()

text = 'name,age,city\n"Smith, John",42,"New York"\nJane,,Paris\n"He said ""hi""",7,\n"multi\nline",1,x\n'
for rec in parse_csv(text):
    print(len(rec), rec)

for bad in ['a,b"c\n', '"closed"x,1\n']:
    try:
        print(list(parse_csv(bad)))
    except CsvError as e:
        print("CsvError:", e)

def to_dicts(records):
    header = next(records)
    for rec in records:
        yield {header[i]: rec[i] for i in range(len(header))}

rows = list(to_dicts(parse_csv("id,score\n1,90\n2,75\n3,88\n")))
print(rows)
print(sum(int(r["score"]) for r in rows) / len(rows))
