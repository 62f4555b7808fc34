#!/usr/bin/env bash
# CTest fixture for the shared, read-mostly Directus instances.
#   servers-fixture.sh start PREFIX VERSION ENV_FILE   -> starts one instance, writes PREFIX_* lines
#   servers-fixture.sh stop  PREFIX ENV_FILE           -> stops it by its recorded PID
# Each shared instance also gets a non-admin user with a static token (PREFIX_EDITOR_TOKEN),
# so tests can check how a non-admin connection is refused without writing anything themselves.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
cmd=$1 prefix=$2

update_env() { # update_env FILE PREFIX [lines...]: replace PREFIX_* lines atomically
  local file=$1 p=$2; shift 2
  (
    flock 7
    { [ -f "$file" ] && grep -v "^${p}_" "$file" || true; printf '%s\n' "$@"; } >"$file.tmp"
    mv "$file.tmp" "$file"
  ) 7>"$file.lock"
}

case $cmd in
  start)
    version=$3 env_file=$4
    out=$("$root/scripts/directus-start" --version "$version")
    eval "$out"
    editor_token=syncstudio-test-editor-token
    role=$(curl -fsS -H "Authorization: Bearer $SS_TOKEN" -H 'Content-Type: application/json' \
      -d '{"name":"Fixture editor","icon":"edit"}' "$SS_URL/roles" | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["id"])')
    curl -fsS -o /dev/null -H "Authorization: Bearer $SS_TOKEN" -H 'Content-Type: application/json' \
      -d "{\"email\":\"editor@example.com\",\"password\":\"editor-pass-123\",\"role\":\"$role\",\"token\":\"$editor_token\"}" "$SS_URL/users"
    lines=()
    while IFS= read -r l; do [ -n "$l" ] && lines+=("${prefix}_${l#SS_}"); done <<<"$out"
    lines+=("${prefix}_EDITOR_TOKEN=$editor_token")
    update_env "$env_file" "$prefix" "${lines[@]}"
    echo "shared Directus $version as $prefix at $SS_URL (pid $SS_PID)"
    ;;
  stop)
    env_file=$3
    [ -f "$env_file" ] || exit 0
    pid=$(grep "^${prefix}_PID=" "$env_file" | cut -d= -f2 || true)
    data=$(grep "^${prefix}_DATA=" "$env_file" | cut -d= -f2 || true)
    [ -n "$data" ] && "$root/scripts/directus-stop" "$data"
    [ -n "${SYNCSTUDIO_RUN_DIR:-}" ] && [ -n "$pid" ] && rm -f "$SYNCSTUDIO_RUN_DIR/pids/$pid"
    update_env "$env_file" "$prefix"
    ;;
  *) echo "usage: $0 start|stop PREFIX ..." >&2; exit 2 ;;
esac
