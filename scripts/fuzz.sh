#!/usr/bin/env bash
# Fuzz every reader with libFuzzer through cargo-fuzz (nightly toolchain).
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]   (default 600 s, all targets)
# Crashes are written to fuzz/artifacts/TARGET/; add each one as a regression test.
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(lesson key_answer html interchange pack rules)
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  cargo +nightly install cargo-fuzz --locked
fi
failed=()
for t in "${targets[@]}"; do
  echo "== fuzz $t for ${secs}s"
  mkdir -p "fuzz/corpus/$t"
  if ! cargo +nightly fuzz run "$t" "fuzz/corpus/$t" -- -max_total_time="$secs" -rss_limit_mb=2048 -max_len=65536; then
    failed+=("$t")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "== crashes in: ${failed[*]} (inputs in fuzz/artifacts/)"
  exit 1
fi
echo "== no crash in ${#targets[@]} target(s), ${secs}s each"
