#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter (Rasa 3.6 refuses 3.11+), or explains what to install.
set -euo pipefail
is_310() { "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' 2>/dev/null; }
candidates=()
[[ -n "${PYTHON:-}" ]] && candidates+=("$PYTHON")
candidates+=(python3.10)
if command -v pyenv >/dev/null 2>&1; then
  prefix=$(pyenv prefix 3.10 2>/dev/null || true)
  [[ -z "$prefix" ]] && prefix=$(pyenv versions --bare 2>/dev/null | grep -E '^3\.10(\.|$)' | tail -1 | xargs -r -I{} echo "$(pyenv root)/versions/{}")
  [[ -n "$prefix" ]] && candidates+=("$prefix/bin/python")
fi
candidates+=(/usr/bin/python3.10 /usr/local/bin/python3.10)
for c in "${candidates[@]}"; do
  if command -v "$c" >/dev/null 2>&1 && is_310 "$c"; then command -v "$c"; exit 0; fi
done
echo "error: Python 3.10 is required (Rasa 3.6 does not run on 3.11+) and none was found." >&2
echo "Install it, e.g. 'pyenv install 3.10' or your OS package 'python3.10 python3.10-venv'," >&2
echo "or point PYTHON=/path/to/python3.10 at one." >&2
exit 1
