#!/usr/bin/env bash
# Server time of the portfolio's list and comparison pages with 200 initiatives (docs/benchmarks.md): starts the
# packaged application with the demo profile (H2 in a temporary directory), fills Sundsvall's portfolio up to
# 200 initiatives through the API (each assessed at department level, every second one also at municipality level and
# built on a catalogue solution), logs in as its portfolio manager and runs wrk against
#   /kommuner/2281/portfolj                         the list, chart and budget view of all 200
#   /kommuner/2281/portfolj/jamfor?id=…(4 ids)      the comparison of four initiatives
#
#   docs/bench/portfolio-pages.sh
#
# Environment: DURATION (wrk -d, default 20s), CONNECTIONS (default 1: one request at a time, so the latency is the
# server's time plus loopback), PORT (default 8098), SKIP_PACKAGE=1 to reuse the jar. Needs wrk, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/../.."

DURATION="${DURATION:-20s}"
CONNECTIONS="${CONNECTIONS:-1}"
PORT="${PORT:-8098}"
BASE="http://127.0.0.1:$PORT"
TARGET=200
log() { printf '[portfolio-bench] %s\n' "$*" >&2; }

command -v wrk >/dev/null || { log "wrk is missing: apt-get install -y wrk"; exit 1; }
if [ "${SKIP_PACKAGE:-}" != 1 ] || ! ls target/delbart-*.jar >/dev/null 2>&1; then
    log "packaging the application (tests skipped)"
    ./mvnw -B -q -DskipTests package
fi
JAR=$(realpath "$(ls target/delbart-*.jar | grep -v original | head -n 1)")
WORK=$(mktemp -d /tmp/delbart-portfolio-XXXXXX)
APP_PID=
cleanup() {
    if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

(cd "$WORK" && exec java -Xms512m -Xmx512m -jar "$JAR" --server.port="$PORT" --spring.profiles.active=demo \
    --delbart.insight.overlap.warm-up-at-start=false >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 180); do
    grep -q "Demo: seeded .* example portfolio initiatives" "$WORK/app.log" 2>/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$WORK/app.log"; exit 1; }
    sleep 1
done
log "application up with the demo data"

TOKEN=$(curl -fs -u sundsvall-portfolj:delbart-demo -X POST "$BASE/api/v1/tokens" -H 'Content-Type: application/json' \
    -d '{"name":"bench","expiresInDays":1}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
API="$BASE/api/v1/municipalities/2281/portfolio"
auth=(-H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json')
SOLUTIONS=($(curl -fs "$BASE/api/v1/solutions?size=30" | python3 -c 'import json,sys; print(" ".join(s["id"] for s in json.load(sys.stdin)["content"]))'))
HAVE=$(curl -fs "${auth[@]}" "$API/initiatives?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalElements"])')
log "filling the portfolio from $HAVE to $TARGET initiatives"
DEPTS=("Kommunstyrelsekontoret" "Barn- och utbildningsförvaltningen" "Individ- och arbetsmarknadsförvaltningen" \
    "Stadsbyggnadskontoret" "Kultur- och fritidsförvaltningen")
for n in $(seq "$((HAVE + 1))" "$TARGET"); do
    dept=${DEPTS[$((n % 5))]}
    solution=null
    if [ $((n % 2)) -eq 0 ]; then solution="\"${SOLUTIONS[$((n % ${#SOLUTIONS[@]}))]}\""; fi
    body="{\"title\":\"Initiativ $n\",\"description\":\"Genererat för mätning.\",\"needText\":\"Behov $((n % 40))\",
        \"origin\":\"$([ $((n % 3)) -eq 0 ] && echo NATIONAL || echo LOCAL)\",\"solutionId\":$solution,
        \"departments\":[\"$dept\"],\"budget\":\"$([ $((n % 4)) -eq 0 ] && echo DRIFT || echo UTVECKLING)\"}"
    id=$(curl -fs "${auth[@]}" -X POST "$API/initiatives" -d "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    curl -fs -o /dev/null "${auth[@]}" -X PUT -H 'If-Match: "0"' "$API/initiatives/$id/department-assessment" -d \
        "{\"scores\":{\"TIME_SAVED\":{\"value\":$((n % 5))},\"LESS_ADMIN\":{\"value\":$(((n + 1) % 5))},
          \"SERVICE_QUALITY\":{\"value\":$(((n + 2) % 5))},\"WORK_ENVIRONMENT\":{\"value\":$(((n + 3) % 5))}},
          \"oneOffSek\":$((n * 1000)),\"yearlySek\":$((n * 300)),\"internalDays\":$((n % 30)),\"adaptationDays\":$((n % 12)),
          \"adaptationSek\":$((n * 100))}"
    if [ $((n % 2)) -eq 0 ]; then
        curl -fs -o /dev/null "${auth[@]}" -X PUT -H 'If-Match: "1"' "$API/initiatives/$id/municipality-assessment" -d \
            "{\"goalScores\":{\"Enklare vardag för invånare och företag\":$((n % 5))},\"citizenValue\":$(((n + 1) % 5)),
              \"interoperability\":2,\"standards\":3,\"scalability\":1,\"reachDepartments\":$((n % 6 + 1)),
              \"inactionNote\":\"Köer\",\"inactionSekPerYear\":$((n * 200))}"
    fi
done
IDS=($(curl -fs "${auth[@]}" "$API/initiatives?size=4" | python3 -c 'import json,sys; print(" ".join(i["id"] for i in json.load(sys.stdin)["content"]))'))
TOTAL=$(curl -fs "${auth[@]}" "$API/initiatives?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["page"]["totalElements"])')
log "portfolio holds $TOTAL initiatives"

JAR_COOKIES="$WORK/cookies"
CSRF=$(curl -fs -c "$JAR_COOKIES" -b "$JAR_COOKIES" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -n 1 | sed 's/.*value="//;s/"//')
curl -fs -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" -d "username=sundsvall-portfolj&password=delbart-demo&_csrf=$CSRF" "$BASE/login"
SESSION=$(awk '$6 == "SESSION" { print $7 }' "$JAR_COOKIES")
[ -n "$SESSION" ] || { log "no session cookie after login"; exit 1; }
COMPARE="/kommuner/2281/portfolj/jamfor?id=${IDS[0]}&id=${IDS[1]}&id=${IDS[2]}&id=${IDS[3]}"
for path in "/kommuner/2281/portfolj" "$COMPARE"; do
    status=$(curl -s -o "$WORK/page.html" -w '%{http_code}' -H "Cookie: SESSION=$SESSION" "$BASE$path")
    [ "$status" = 200 ] || { log "$path answered $status"; exit 1; }
    log "$path: $(wc -c <"$WORK/page.html") bytes; warming up, then measuring"
    wrk -t1 -c"$CONNECTIONS" -d10s -H "Cookie: SESSION=$SESSION" "$BASE$path" >/dev/null
    wrk -t1 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: SESSION=$SESSION" "$BASE$path"
done
