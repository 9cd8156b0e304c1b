# error_filter.py: a generator that streams only the ERROR entries out of a
# list of log lines, then a second stage that extracts the message text.

LOG = [
    "2024-05-01 10:00:01 INFO  service started",
    "2024-05-01 10:00:07 ERROR database timeout after 30s",
    "2024-05-01 10:01:12 WARN  slow response (2.1s)",
    "2024-05-01 10:02:45 ERROR payment gateway returned 502",
    "2024-05-01 10:03:00 INFO  retry scheduled",
    "2024-05-01 10:03:30 ERROR disk usage at 97%",
]

def error_lines(lines):
    for line in lines:
        if " ERROR " in line:
            yield line

def messages(lines):
    for line in lines:
        fields = line.split(" ", 3)
        yield fields[1] + " " + fields[3].strip()

for line in error_lines(LOG):
    print(line)
print("--")
for message in messages(error_lines(LOG)):
    print(message)
print("errors:", sum(1 for _ in error_lines(LOG)), "of", len(LOG), "lines")
