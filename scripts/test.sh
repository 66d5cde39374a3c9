#!/usr/bin/env bash
# Installs what is missing, builds with tests, starts a throwaway PostgreSQL on loopback and runs every test.
# Exits non-zero on any failure.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
BUILD_DIR="${ARMCPG_BUILD_DIR:-$ROOT/build-tests}"
build "$BUILD_DIR" RelWithDebInfo -DARMCPG_BUILD_TESTS=ON -DARMCPG_BUILD_BENCH=ON

# pg_virtualenv creates a temporary cluster on loopback, exports PGHOST/PGPORT/PGUSER/PGPASSWORD and drops
# it afterwards (-t: in a temporary folder, so it never meets another cluster). The storage tests run on it and
# must not skip (ARMCPG_REQUIRE_PG).
PG_VERSION=$(ls /usr/lib/postgresql | sort -n | tail -1)
exec pg_virtualenv -t -v "$PG_VERSION" bash -c '
    export ARMCPG_TEST_PG="postgresql://${PGUSER}@${PGHOST}:${PGPORT:-5432}/${PGDATABASE:-postgres}"
    export ARMCPG_REQUIRE_PG=1
    cd "$1" && ctest --output-on-failure -j"$(nproc)" --timeout 900
' _ "$BUILD_DIR"
