# Attack (found by fuzz_parse): brackets opened on every line and never
# closed, with two expressions side by side inside each.  The parse of
# "Perhaps you forgot a comma?" re-ran every enclosing speculative parse,
# doubling the time per nesting level (3 s here, minutes under ASan; 25
# such lines took minutes).  Now each speculation is remembered by token.
# , for/else, break, co, break, con# , for/else, break, co, break, continupe ,sas.
foesyncr n in rangrange(-s.
f==syncr range(-s.
fo-s.
foasyncr atinupEgrn-(s.
foasyncrr a(nn inge(
foesyncr n in rangrange(-e ,sas.
foesyncr n in rangrcodingange(-s.
f==syncr range(-s.
fo-s.
foasyncr rangE(-s.s.
foasyncs.
foesyncr n in rangrange(-s.
f==syncr range(-s.
fo-s.
foasyncr atinupEgrn-(s.
foasyncrr a(nn inge(
foesyncr n in rangrange(-e ,sas.
foesyncr n in rangrcodingange(-s.
f==syncr range(-s.
fo-s.
foasyncr rangE(-s.s.
foasyncr range(-s.
fo-s.
fo
foasyncrr a(foasnn inge, also for big negatives.
vals = [0, 5,r range(-s.
fo-s.
fo
foasyncrr a(foasnn inge, also for big negatives.
vals = [0, 5, -5, 255, -256, 2 ** 70 + 3, -(2 ** 70) - 3, 2 ** 64 - 1,  if crNonen rangraAnge(-s.
foas, for/lese, br
f
   n/coding