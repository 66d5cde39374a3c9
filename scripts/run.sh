#!/usr/bin/env bash
# Installs what is missing, builds (Release) and starts the workstation on the embedded SQLite database.
# The database is created on first start in the user's data folder, with directories, the calendar and a
# small demo dataset (demo users are listed in README.md).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_packages "${BUILD_PACKAGES[@]}"
build "$ROOT/build" Release -DARMCPG_BUILD_TESTS=OFF -DARMCPG_BUILD_BENCH=OFF

DATA_DIR="${XDG_DATA_HOME:-$HOME/.local/share}/armcpg"
DB="${ARMCPG_DB:-$DATA_DIR/armcpg.sqlite}"
if [[ ! -f "$DB" ]]; then
    mkdir -p "$(dirname "$DB")"
    "$ROOT/build/app/armcpg-cli" init --demo --db "$DB"
fi

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && -z "${QT_QPA_PLATFORM:-}" ]]; then
    cat <<MSG
The workstation is built and its database is ready ($DB), but there is no display to open a window on.
Run it on a virtual display:    xvfb-run -a "$ROOT/build/app/armcpg" --db "$DB"
or without any display:         QT_QPA_PLATFORM=offscreen "$ROOT/build/app/armcpg" --db "$DB"
The command-line tools work without a display: "$ROOT/build/app/armcpg-cli" --help
MSG
    exit 0
fi
exec "$ROOT/build/app/armcpg" --db "$DB" "$@"
