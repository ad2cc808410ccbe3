#!/usr/bin/env bash
# Runs the harness's smoke profile on an aarch64 JDK under qemu-user emulation on an x86_64 Debian/Ubuntu
# host, and checks that the run says aarch64.
#
# What it proves: the harness builds its jars once (on the host JDK, they are portable bytecode) and its
# command line, its three suites and their forked JVMs all run on an aarch64 JVM, whose run records
# os.arch=aarch64. What it cannot prove: anything about ARM's weaker memory ordering. qemu-user translates
# aarch64 code to x86 code, and the x86 host's stronger ordering shows through; races that need real ARM
# hardware (e.g. store-store or load-load reordering) take a real ARM runner (the nightly workflow has one).
#
# Needs root (apt and binfmt_misc). Emulation is about 14x slower than native.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARM_JDK=/usr/lib/jvm/java-17-openjdk-arm64
OUT="${1:-$ROOT/reports/out-aarch64}"
shift || true

if [ ! -x "$ARM_JDK/bin/java" ]; then
  echo "Installing qemu-user-static, binfmt-support and openjdk-17-jre-headless:arm64..."
  dpkg --add-architecture arm64
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user-static binfmt-support openjdk-17-jre-headless:arm64
fi
if [ ! -e /proc/sys/fs/binfmt_misc/register ]; then
  mount -t binfmt_misc binfmt_misc /proc/sys/fs/binfmt_misc
fi
update-binfmts --enable qemu-aarch64 >/dev/null 2>&1 || true
arch=$("$ARM_JDK/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *os.arch = //p')
if [ "$arch" != "aarch64" ]; then
  echo "aarch64-emulated-smoke: the arm64 JDK does not start under emulation (os.arch='$arch')" >&2
  exit 2
fi

# Build on the host JDK (fast), run on the emulated one.
(cd "$ROOT" && ./mvnw -q -B -DskipTests package)
touch "$ROOT/cli/target/.harness-built"
set +e
JAVA_HOME="$ARM_JDK" HARNESS_SKIP_BUILD=1 "$ROOT/harness" run --profile smoke --out "$OUT" --suite-timeout 90m --test-timeout 30m "$@"
status=$?
set -e
run_json="$OUT/latest/run.json"
if ! grep -q '"arch" : "aarch64"' "$run_json"; then
  echo "aarch64-emulated-smoke: $run_json does not say aarch64" >&2
  exit 2
fi
echo "aarch64 run: $(readlink -f "$OUT/latest") (harness exit $status)"
exit $status
