"""regex: the re module over generated log-like text -- compiled patterns
with groups, alternation and classes; search, findall, finditer, sub with a
function, split; named groups and a case-insensitive pattern."""
import sys
import re

DEFAULT = 40000

WORDS = ["error", "warning", "info", "debug", "user", "login", "logout",
         "timeout", "disk", "network", "Retry", "CONNECTION", "failed", "ok"]


def make_text(lines):
    state = 12345
    out = []
    for i in range(lines):
        state = (state * 69069 + 1) & 0xFFFFFFFF
        w = [WORDS[(state >> s) % len(WORDS)] for s in (3, 7, 11, 15, 19)]
        ip = "%d.%d.%d.%d" % ((state >> 24) & 255, (state >> 16) & 255, (state >> 8) & 255, state & 255)
        out.append("2026-%02d-%02d %02d:%02d:%02d [%s] %s %s from %s user%d@example.%s took %dms; %s %s" % (
            1 + i % 12, 1 + i % 28, i % 24, (state >> 5) % 60, (state >> 9) % 60,
            w[0].upper(), w[1], w[2], ip, state % 1000, ["com", "org", "net"][i % 3],
            state % 5000, w[3], w[4]))
    return "\n".join(out)


def main(lines):
    text = make_text(lines)
    stamp = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) \[(?P<level>[A-Z]+)\]", re.M)
    ip = re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")
    email = re.compile(r"[\w.+-]+@[\w-]+\.(?:com|org|net)")
    took = re.compile(r"took (\d+)ms")
    errors = re.compile(r"\b(?:error|failed|timeout)\b", re.I)
    levels = {}
    for m in stamp.finditer(text):
        levels[m.group("level")] = levels.get(m.group("level"), 0) + int(m.group(6))
    ips = ip.findall(text)
    emails = email.findall(text)
    slow = sum(1 for ms in took.findall(text) if int(ms) > 2500)
    n_errors = len(errors.findall(text))
    masked = ip.sub(lambda m: m.group(0).split(".")[0] + ".x.x.x", text)
    fields = re.split(r"[;\[\]\s]+", masked)
    swapped = re.sub(r"(\w+)@(\w+)", r"\2@\1", masked)
    h = 0
    for ch in swapped[-2000:] + masked[:2000]:
        h = (h * 31 + ord(ch)) & 0xFFFFFFFF
    summary = ",".join("%s=%d" % (k, levels[k]) for k in sorted(levels))
    return "regex %d: %s ips %d emails %d slow %d errors %d fields %d hash %08x" % (
        lines, summary, len(ips), len(emails), slow, n_errors, len(fields), h)


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT))
