#!/usr/bin/env bash
# Mixed-workload load test (issue 8, item 6): 80 % search, 15 % solution pages, 5 % writes (new drafts through the
# API with a bearer token), with wrk (apt-get install wrk). Not a test: results go to docs/benchmarks.md by hand.
#
#   deploy/load/run.sh BASE_URL USER PASSWORD [CONNECTIONS ...]     (default connections: 100 300)
#   e.g. deploy/load/run.sh http://localhost:8080 sundsvall delbart-demo 100 300
#
# USER must be an EDITOR (the writes create drafts for the user's municipality). Environment: DURATION (default 60s),
# THREADS (wrk threads, default 2), TIMEOUT (wrk's per-request timeout, default 10s).
set -euo pipefail
base=${1:?base URL, e.g. http://localhost:8080}
user=${2:?user name of an EDITOR}
password=${3:?password}
shift 3
connections=("$@")
[ ${#connections[@]} -eq 0 ] && connections=(100 300)
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

token=$(curl -fsS -u "$user:$password" -X POST "$base/api/v1/tokens" -H 'Content-Type: application/json' \
  -d '{"name":"load test","expiresInDays":1}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')
curl -fsS "$base/api/v1/solutions?size=100" \
  | python3 -c 'import json,sys; [print(s["id"]) for s in json.load(sys.stdin)["content"]]' > "$work/ids.txt"
echo "published solutions for the page requests: $(wc -l < "$work/ids.txt")"
[ -s "$work/ids.txt" ] || { echo "no published solutions at $base" >&2; exit 1; }

# one write by hand first: the script's body must be accepted (201), or every write would count as an error
status=$(curl -sS -o "$work/write.json" -w '%{http_code}' -X POST "$base/api/v1/solutions" \
  -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d '{"name":"Lasttest kontroll '"$RANDOM"'","summary":"Utkast skapat av lasttestet.","solutionType":"PROCESS","status":"IDEA","domains":["medborgarservice"],"origin":"LOCAL"}')
[ "$status" = 201 ] || { echo "the write is refused ($status): $(cat "$work/write.json")" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
for c in "${connections[@]}"; do
  echo "=== $c connections, ${DURATION:-60s}; load before: $(uptime | sed 's/.*load average: //')"
  DELBART_LOAD_TOKEN=$token DELBART_LOAD_IDS=$work/ids.txt \
    wrk -t"${THREADS:-2}" -c"$c" -d"${DURATION:-60s}" --timeout "${TIMEOUT:-10s}" --latency -s "$here/mixed.lua" "$base"
  echo "load after: $(uptime | sed 's/.*load average: //')"
done
