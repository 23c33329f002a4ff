#!/usr/bin/env bash
# Runs the JMH benchmark of the Lucene adapter's query path (docs/benchmarks.md). Extra arguments go to JMH, e.g.
#   docs/bench/run-jmh.sh -p size=10000 -p query=COMPOUND
# Default: both sizes, all seven queries, 5 × 10 s warm-up, 3 × 10 s measurement, 1 fork (about 19 minutes on 2 cores,
# plus building the 100k index once). Results: target/jmh-result.json and the table JMH prints.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -Pbench test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/bench.classpath
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main \
    LuceneSearchBenchmark -rf json -rff target/jmh-result.json "$@"
