#!/bin/sh
# Build the stand-alone parser test harness (see harness.c).
set -e
cd "$(dirname "$0")/../../.."
OUT=${1:-build-harness}
mkdir -p $OUT
cc -std=c11 -O1 -g -fsanitize=address,undefined -D_GNU_SOURCE -DSP_BUILD_CORE -Isrc -w \
   tests/parser/harness/harness.c src/parser/*.c src/core/trap.c -o $OUT/parser-harness -lm
