#!/usr/bin/env bash
# Setup for a fresh machine (README, .ci/run): Debian's chromium and CJK fonts for
# the viewer's browser tests (skipped when both are installed), pnpm 12.21.0 (when missing),
# then the workspace's packages from the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! dpkg -s chromium fonts-noto-cjk >/dev/null 2>&1 && command -v apt-get >/dev/null; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends chromium fonts-noto-cjk
fi
if [ "$(pnpm --version 2>/dev/null)" != "12.21.0" ]; then
  npm i -g pnpm@12.21.0
fi
pnpm install --frozen-lockfile
