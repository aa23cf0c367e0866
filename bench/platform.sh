#!/usr/bin/env bash
# Platform benchmarks (issue 3): time from `lantu serve` to the first HTTP 200, import of the five
# seeds through the API, and page/API latency under concurrent clients. Loopback only.
#   bench/platform.sh [PORT]      (needs target/lantu.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18080}"
data="$(mktemp -d)"
seeds="${LANTU_SEEDS:-../shared/seeds}"
export LANTU_ADMIN_PASSWORD="Bench-Passw0rd-2025"
auth=(-u "admin:$LANTU_ADMIN_PASSWORD")
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

pid=""
first_200() {  # sets $elapsed: seconds from the start of `lantu serve` to the first 200 on /api/plans
  local start end
  start=$(date +%s.%N)
  java -jar target/lantu.jar serve --port "$port" --data-dir "$data" ${LANTU_SERVE_OPTS:-} > "$data/serve.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://localhost:$port/api/plans")" = 200 ]; do
    sleep 0.05
    kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log"; exit 1; }
  done
  end=$(date +%s.%N)
  elapsed=$(echo "$end - $start" | bc)
}

first_200
echo "cold start (new data directory, initdb): $elapsed s to first HTTP 200"
kill "$pid"; wait "$pid" 2>/dev/null || true
first_200
echo "warm start (existing data directory):    $elapsed s to first HTTP 200"

args=()
for f in "$seeds"/*.txt; do args+=(-F "file=@$f"); done
start=$(date +%s.%N)
code=$(curl -s -o "$data/import.json" -w '%{http_code}' "${auth[@]}" "${args[@]}" "http://localhost:$port/api/plans")
end=$(date +%s.%N)
echo "import of the five seeds through POST /api/plans: $(echo "$end - $start" | bc) s (HTTP $code)"

plan=$(python3 -c "import json;print(json.load(open('$data/import.json'))[0]['plan_id'])")

# the API with a personal token (Basic would run bcrypt on every request), pages with a session
token=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -d '{"name": "bench"}' \
  "http://localhost:$port/api/tokens" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
jar="$data/cookies"
csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$port/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -1)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=admin" \
  --data-urlencode "password=$LANTU_ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "http://localhost:$port/login"
session=$(awk '$6 == "JSESSIONID" {print $7}' "$jar")

# a warm-up pass over every page first (the JIT compiles rendering code on first use), then the measured one
for pass in warm-up measured; do
  [ "$pass" = measured ] && echo "plan $plan, 16 concurrent clients, 2000 requests each:"
  out=/dev/null; [ "$pass" = measured ] && out=/dev/stdout
  java bench/HttpLoad.java "http://localhost:$port/api/plans/$plan" 16 2000 "Authorization: Bearer $token" > $out
  for tab in structure indicators targets tasks; do
    java bench/HttpLoad.java "http://localhost:$port/plans/$plan?tab=$tab" 16 2000 "Cookie: JSESSIONID=$session" > $out
  done
done
