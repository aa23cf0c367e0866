#!/usr/bin/env bash
# Search benchmark (issue 6): 300 fictional plans (模拟数据, bench/SearchCorpus.java) imported with
# `lantu import`, the index rebuilt with `lantu search --reindex` (timed), then 1,000 mixed queries through
# GET /api/search with 8 concurrent clients (bench/HttpLoad.java). Loopback only, a random port.
#   bench/search.sh [COUNT=300]     (needs target/lantu.jar: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-300}"
port=$(( 20000 + RANDOM % 20000 ))
data="$(mktemp -d)"
corpus="$data/corpus"
export LANTU_ADMIN_PASSWORD="Bench-Passw0rd-2025"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

java bench/SearchCorpus.java "$corpus" "$count"
start=$(date +%s.%N)
java -jar target/lantu.jar import --data-dir "$data/store" "$corpus" 2> "$data/import.log" > /dev/null
end=$(date +%s.%N)
echo "import of $count documents (lantu import, indexed after each commit): $(echo "$end - $start" | bc) s"
java -jar target/lantu.jar search --reindex --data-dir "$data/store" 2>&1 | grep 'rebuilt'
du -sh "$data/store/search-index" | awk '{print "index size: " $1}'

java -jar target/lantu.jar serve --port "$port" --data-dir "$data/store" > "$data/serve.log" 2>&1 &
pid=$!
auth=(-u "admin:$LANTU_ADMIN_PASSWORD")
until [ "$(curl -s -o /dev/null -w '%{http_code}' "${auth[@]}" "http://localhost:$port/api/plans")" = 200 ]; do
  sleep 0.2
  kill -0 "$pid" 2>/dev/null || { cat "$data/serve.log"; exit 1; }
done
token=$(curl -s "${auth[@]}" -H 'Content-Type: application/json' -d '{"name": "bench"}' \
  "http://localhost:$port/api/tokens" | python3 -c "import json,sys; print(json.load(sys.stdin)['token'])")

# 1,000 queries: topics, departments, indicators, place names, two words, traditional forms, filters
python3 - "$port" > "$data/urls.txt" <<'PY'
import random, sys, urllib.parse
port = sys.argv[1]
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
    print(f"http://localhost:{port}/api/search?q={urllib.parse.quote(q)}{random.choice(filters)}")
PY
echo "GET /api/search, 8 clients, 1,000 queries (after a warm-up of 500):"
java bench/HttpLoad.java "@$data/urls.txt" 8 1000 "Authorization: Bearer $token"
curl -s -H "Authorization: Bearer $token" "http://localhost:$port/api/search?q=%E6%B1%A1%E6%B0%B4%E5%A4%84%E7%90%86%E7%8E%87&size=1" \
  | python3 -c "import json,sys; d=json.load(sys.stdin); print('污水处理率:', d['total'], 'hits')"
