#!/usr/bin/env bash
# Runs the JMH benchmark of recommendation latency (docs/benchmarks.md, "Recommendations"): 290 municipalities ×
# 100k generated solutions × 50k generated adoptions. Extra arguments go to JMH, e.g.
#   docs/bench/run-recommendation-jmh.sh -p variant=WARM
# Default: variants WARM, COLD and FULL_SCAN, 2 × 5 s warm-up, 3 × 10 s measurement, 1 fork (about 6 minutes on
# 2 cores, plus building the 100k search index once if target/bench-index/lucene-100000 is missing).
# Results: target/jmh-recommendation.json and the table JMH prints.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
    RecommendationBenchmark -rf json -rff target/jmh-recommendation.json "$@"
