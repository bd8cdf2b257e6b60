# quit() with a message: printed to stderr, exit status 1
print("start")
quit("bye")
