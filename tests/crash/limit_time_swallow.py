# safepy-options: --max-time 0.3
# Attack: a program that tries to outlive its time limit by catching
# everything and looping again.  Must: ResourceLimitError after 0.3 s,
# sticky -- every handler's own loop gets it at once -- so the program
# ends (status 1) instead of running forever.
import _safepy
count = 0
while True:
    try:
        while True:
            pass
    except BaseException as e:
        count += 1
        if count == 1:
            print(type(e).__name__, e)
