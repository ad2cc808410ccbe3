#!/usr/bin/env bash
# The nightly workflow's last word: the night is red on a correctness failure, and also when it did not test what it
# planned: a test that gave no verdict (ERROR: a crash, a hang, a machine fault), a planned test that never ran
# (NOT RUN: the budget ran out, harness exit 3), a shard that left no whole run.json behind, or a run.json that
# cannot be read. Every FAILED and ERROR result also becomes an annotation with its one-line reason.
# Exit 0 green, 1 red, 2 when there is no run.json at all.
#
# Usage: scripts/nightly-verdict.sh ARTIFACTS
set -uo pipefail

if [ "$#" -ne 1 ]; then
  echo "usage: $0 ARTIFACTS" >&2
  exit 2
fi
mapfile -t files < <(find "$1" -name run.json 2>/dev/null | sort)
if [ "${#files[@]}" -eq 0 ]; then
  echo "no run.json in any artifact" >&2
  exit 2
fi
runs=()
red=0
for f in "${files[@]}"; do
  if jq -e '.results | type == "array"' "$f" >/dev/null 2>&1; then
    runs+=("$f")
  else
    echo "::error title=unreadable run::$f is not a readable run.json"
    red=1
  fi
done
[ "${#runs[@]}" -gt 0 ] || exit 1

failed=$(jq -r '.results[] | select(.status == "FAILED") | "\(.source) \(.name)"' "${runs[@]}" | sort -u)
if [ -n "$failed" ]; then echo "Correctness failures:"; echo "$failed"; red=1; fi
jq -r '.results[] | select(.status == "FAILED" or .status == "ERROR")
  | "::error title=\(.status) \(.source) \(.name)::\((.message // "no message") | gsub("[\r\n]+"; " ") | .[0:300])"' \
  "${runs[@]}" | sort -u
notrun=$(jq -r '.results[] | select(.status == "ERROR" and ((.message // "") | startswith("NOT RUN: ")))
  | "\(.source) \(.name)"' "${runs[@]}" | sort -u)
if [ -n "$notrun" ]; then echo "Planned but NOT RUN:"; echo "$notrun"; red=1; fi
errors=$(jq -r '.results[] | select(.status == "ERROR" and (((.message // "") | startswith("NOT RUN: ")) | not))
  | "\(.source) \(.name): \(.message // "" | .[0:160])"' "${runs[@]}" | sort -u)
if [ -n "$errors" ]; then echo "No verdict (ERROR):"; echo "$errors"; red=1; fi
partial=$(jq -r 'select(.complete != true) | .id' "${runs[@]}")
if [ -n "$partial" ]; then echo "Incomplete runs:"; echo "$partial"; red=1; fi
exit "$red"
