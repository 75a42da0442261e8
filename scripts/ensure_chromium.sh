#!/usr/bin/env bash
# The console's browser tests drive Debian's chromium (Playwright never downloads a browser).
set -uo pipefail
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "chromium is missing; installing Debian's chromium package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -q chromium >/dev/null 2>&1 \
    || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q chromium >/dev/null 2>&1; }
fi
command -v chromium >/dev/null 2>&1 || {
  echo "error: the browser tests need Chromium: install it with 'sudo apt-get install chromium'" >&2
  exit 1
}
echo "chromium is installed"
