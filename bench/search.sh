#!/usr/bin/env bash
# Search benchmark (issue 6): 300 fictional plans (模拟数据, bench/SearchCorpus.java) imported with
# `lantu import`, the index rebuilt with `lantu search --reindex` (timed), then 1,000 mixed queries through
# GET /api/search with 8 concurrent clients (bench/HttpLoad.java). Loopback only, a random port.
#   bench/search.sh [COUNT=300]     (needs target/lantu.jar: ./mvnw -DskipTests package)
# Environment:
#   LANTU_BENCH_JAR=FILE       the jar to run (default target/lantu.jar; copy it to /tmp for a long run)
#   LANTU_BENCH_DATA=DIR       keep the store in DIR and reuse it: the corpus is generated and imported
#                              only when DIR holds no finished import (saves the ~150 s import)
#   LANTU_BENCH_JAVA_OPTS=…    JVM options of the server
#   LANTU_BENCH_WARM_ROUNDS=N  before the measured runs, N unmeasured rounds from one client (1,500 queries each)
#                              (default 0): C2 settles only after 20,000-30,000 queries, and it needs a free core
#                              to do so; 12 gives the steady state of a long-running server
#   LANTU_BENCH_JFR=FILE       a flight recording (settings=profile) of the server during the 8-client run
#                              (its warm-up included), e.g. /tmp/s.jfr: bench/search-profile.py FILE splits it
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-300}"
jar="${LANTU_BENCH_JAR:-target/lantu.jar}"
port=$(( 20000 + RANDOM % 20000 ))
export LANTU_ADMIN_PASSWORD="Bench-Passw0rd-2025"
pid=""
if [ -n "${LANTU_BENCH_DATA:-}" ]; then
  data="$LANTU_BENCH_DATA"
  mkdir -p "$data"
  trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT
else
  data="$(mktemp -d)"
  trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
fi
corpus="$data/corpus"

if [ -f "$data/imported-$count" ]; then
  echo "reusing the store in $data ($count documents imported earlier)"
else
  rm -rf "$data/store" "$corpus"
  java bench/SearchCorpus.java "$corpus" "$count"
  start=$(date +%s.%N)
  java -jar "$jar" import --data-dir "$data/store" "$corpus" 2> "$data/import.log" > /dev/null
  end=$(date +%s.%N)
  echo "import of $count documents (lantu import, indexed after each commit): $(echo "$end - $start" | bc) s"
  touch "$data/imported-$count"
fi
java -jar "$jar" search --reindex --data-dir "$data/store" 2>&1 | grep 'rebuilt'
du -sh "$data/store/search-index" | awk '{print "index size: " $1}'

# 1,000 queries: topics, departments, indicators, place names, two words, traditional forms, filters
python3 - > "$data/urls.txt" <<'PY'
import random, urllib.parse
random.seed(6)
words = ["智慧停车系统", "雨污分流管网", "供热管网", "老旧小区改造", "普惠托育服务", "社区养老服务中心", "县域医共体",
         "冷链物流园", "新能源汽车充电设施", "数字乡村", "防洪排涝工程", "光伏治沙", "储能电站", "高标准农田",
         "旗住建局", "旗发改委", "旗卫健委", "旗水利局", "常住人口城镇化率", "污水处理率", "托位数", "森林覆盖率",
         "城镇登记失业率", "地区生产总值", "试点", "管网", "2025年", "城鎮化率", "養老", "高质量发展", "镇开展"]
filters = ["", "", "", "&type=responsibility", "&type=target", "&kind=urbanization_plan", "&sort=plan", "&page=2"]
for i in range(1000):
    q = random.choice(words)
    if random.random() < 0.2:
        q += " " + random.choice(words)
    print(f"/api/search?q={urllib.parse.quote(q)}{random.choice(filters)}")
PY

auth=(-u "admin:$LANTU_ADMIN_PASSWORD")
# serve_and_load LABEL [JVM OPTION…]: a server on the store, 8 clients then 1 client over the 1,000 queries
serve_and_load() {
  local label="$1"
  shift
  # shellcheck disable=SC2086
  java ${LANTU_BENCH_JAVA_OPTS:-} "$@" -jar "$jar" serve --port "$port" --data-dir "$data/store" > "$data/serve.log" 2>&1 &
  pid=$!
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://localhost:$port/api/plans")" = 200 ]; do
    sleep 0.2
    kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log"; exit 1; }
  done
  local token
  token=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -d '{"name": "bench"}' \
    "http://localhost:$port/api/tokens" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")
  sed "s|^|http://localhost:$port|" "$data/urls.txt" > "$data/urls-$port.txt"
  echo "== $label"
  for _ in $(seq 1 "${LANTU_BENCH_WARM_ROUNDS:-0}"); do
    java bench/HttpLoad.java "@$data/urls-$port.txt" 1 1000 "Authorization: Bearer $token" > /dev/null
  done
  [ "${LANTU_BENCH_WARM_ROUNDS:-0}" = 0 ] || echo "warmed: ${LANTU_BENCH_WARM_ROUNDS} rounds of 1,500 queries, 1 client"
  echo "uptime: $(uptime)"
  echo "GET /api/search, 8 clients, 1,000 queries (after a warm-up of 500):"
  if [ -n "${LANTU_BENCH_JFR:-}" ] && [ "$label" = "result cache on" ]; then
    jcmd "$pid" JFR.start name=bench settings=profile filename="$LANTU_BENCH_JFR" > /dev/null
  fi
  java bench/HttpLoad.java "@$data/urls-$port.txt" 8 1000 "Authorization: Bearer $token"
  if [ -n "${LANTU_BENCH_JFR:-}" ] && [ "$label" = "result cache on" ]; then
    jcmd "$pid" JFR.stop name=bench > /dev/null && echo "flight recording of the 8-client run: $LANTU_BENCH_JFR"
  fi
  echo "GET /api/search, 1 client, 1,000 queries (after a warm-up of 500):"
  java bench/HttpLoad.java "@$data/urls-$port.txt" 1 1000 "Authorization: Bearer $token"
  echo "uptime: $(uptime)"
  curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/search?q=%E6%B1%A1%E6%B0%B4%E5%A4%84%E7%90%86%E7%8E%87&size=1" \
    | python3 -c "import json,sys; d=json.load(sys.stdin); print('污水处理率:', d['total'], 'hits')"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

serve_and_load "result cache on"
# every query searched: what a query nobody asked before costs
serve_and_load "result cache off" -Dlantu.search.cache-size=0
