#!/bin/sh
# Build SafePy and run the demo program (README, first command).
set -e
cd "$(dirname "$0")/.."
sh tools/deps.sh gcc make libc6-dev python3.11
make -j"$(nproc)" >/dev/null
echo "built ./safepy; running examples/demo.py"
echo
./safepy examples/demo.py
