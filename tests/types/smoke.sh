#!/bin/sh
# Build and run the C smoke test of the type system against build/.
set -e
cd "$(dirname "$0")/../.."
make -s
objs=$(find build -name '*.o' ! -path 'build/main.o' ! -path 'build/unit/*')
cc -std=c11 -g -O1 -D_GNU_SOURCE -DSP_BUILD_CORE -Isrc -Wno-unused-parameter tests/types/smoke.c $objs -lm -o build/types_smoke
./build/types_smoke
