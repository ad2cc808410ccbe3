#!/usr/bin/env bash
# The nightly workflow's report job: every run directory under ARTIFACTS is re-rendered, then one history and one
# comparison of them all go to OUT and to the job summary. A run directory that cannot be read (a damaged
# run.json, a job that died before it wrote anything readable) is named in a workflow warning and at the top of the
# summary, and left out: the other runs are still reported. Exit 0 when every run was read, 1 when some were not
# (after the summary is written), 2 when there was nothing readable at all.
#
# Usage: scripts/nightly-report.sh ARTIFACTS OUT DIGESTS SUMMARY
#   ARTIFACTS  the downloaded run-* artifacts          OUT      where history and compare are written
#   DIGESTS    the digests kept from earlier nights    SUMMARY  the file the summary is appended to
# HARNESS names the harness command (default: ./harness beside this script's folder).
set -uo pipefail

if [ "$#" -ne 4 ]; then
  echo "usage: $0 ARTIFACTS OUT DIGESTS SUMMARY" >&2
  exit 2
fi
artifacts=$1 out=$2 digests=$3 summary=$4
harness=${HARNESS:-"$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/harness"}

# A job killed mid-run left plan.json and what its suites streamed: harness report makes it a run.
mapfile -t dirs < <(find "$artifacts" \( -name run.json -o -name plan.json \) -printf '%h\n' 2>/dev/null | sort -u)
readable=()
unreadable=()
for dir in "${dirs[@]}"; do
  if why=$("$harness" report "$dir" 2>&1 >/dev/null); then
    readable+=("$dir")
  else
    why=$(printf '%s' "$why" | tail -n 1)
    echo "::warning title=unreadable run directory::$dir: $why"
    unreadable+=("$dir: $why")
  fi
done

mkdir -p "$out"
{
  if [ "${#unreadable[@]}" -gt 0 ]; then
    echo "### Run directories that could not be read (left out below)"
    echo
    for line in "${unreadable[@]}"; do echo "- \`$line\`"; done
    echo
  fi
} >> "$summary"

if [ "${#readable[@]}" -eq 0 ]; then
  echo "no readable run directory under $artifacts" | tee -a "$summary" >&2
  exit 2
fi

# The summary opens with what is new tonight against the last 7 nights. The first night the kept digests do not
# exist yet: history then reads tonight's runs alone.
if "$harness" history --keep "$digests" --last 7 --out "$out" "$digests" "${readable[@]}"; then
  cat "$out/history.md" >> "$summary"
else
  echo "::warning title=history::the history of tonight's runs could not be written"
fi
if "$harness" compare "${readable[@]}" --out "$out"; then
  cat "$out/compare.md" >> "$summary"
else
  echo "::warning title=compare::the comparison of tonight's runs could not be written"
fi

[ "${#unreadable[@]}" -eq 0 ]
