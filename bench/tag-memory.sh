#!/usr/bin/env bash
# Peak memory of 'tag' on 1,000,000 generated JSON Lines papers in each output format, plus a closed pipe and a
# 20 MB line. Needs GNU time (/usr/bin/time). Usage: bench/tag-memory.sh [papers] (from the repository root).
set -euo pipefail
papers=${1:-1000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build -c Release src/Classifier.Cli -v q >/dev/null
cli=src/Classifier.Cli/bin/Release/net10.0/cvclassify
python3 - "$work" "$papers" <<'PY'
import json, random, sys
random.seed(1)
work, n = sys.argv[1], int(sys.argv[2])
words = 'segment anything diffusion video nerf 3d gan transformer efficient action recognition image editing text generation reconstruction'.split()
with open(f'{work}/papers.jsonl', 'w') as f:
    for i in range(n):
        t = ' '.join(random.choice(words) for _ in range(8))
        f.write(json.dumps({'title': t, 'summary': t + ' ' + t, 'id': '2404.%05d' % (i % 100000)}) + '\n')
open(f'{work}/huge-line.jsonl', 'w').write(json.dumps({'title': 'x' * 20_000_000}) + '\n')
PY
measure() {
  local label=$1; shift
  /usr/bin/time -v "$@" >/dev/null 2>"$work/time.txt" || true
  printf '%-28s %8s KB peak  %s wall\n' "$label" \
    "$(grep 'Maximum resident' "$work/time.txt" | awk '{print $NF}')" \
    "$(grep 'Elapsed (wall' "$work/time.txt" | awk '{print $NF}')"
}
for format in table jsonl csv; do
  measure "--format $format" "$cli" tag "$work/papers.jsonl" --format "$format"
done
measure "--format jsonl | head -1" sh -c "$cli tag '$work/papers.jsonl' --format jsonl | head -1"
measure "one 20 MB line (refused)" "$cli" tag "$work/huge-line.jsonl" --format jsonl
