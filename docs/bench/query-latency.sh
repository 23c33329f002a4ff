#!/usr/bin/env bash
# The timed loop over the same query mix for Elasticsearch, PostgreSQL or Lucene (docs/benchmarks.md), e.g.
#   DELBART_TEST_ELASTICSEARCH_URL=http://127.0.0.1:9200 docs/bench/query-latency.sh --backend elasticsearch --sizes 10000,100000
#   docs/bench/query-latency.sh --backend postgres --sizes 10000,100000
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
exec java -Xms2g -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    se.delbart.bench.QueryLatency "$@"
