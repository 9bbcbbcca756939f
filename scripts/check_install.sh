#!/usr/bin/env bash
# Install reportgen as a user does (sdist -> wheel -> fresh venv away from the checkout)
# and run it from another folder. Catches what an editable install hides: a package
# missing from the wheel, templates not shipped, a path that only exists in the repo.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 -m venv "$work/build-env"
quietly() { "$@" >"$work/step.log" 2>&1 || { cat "$work/step.log"; exit 1; }; }
quietly "$work/build-env/bin/pip" install -q build
# Wheel built from the sdist, so the sdist is proven to hold what the wheel needs.
quietly "$work/build-env/bin/python" -m build --outdir "$work/dist" "$repo"
if grep -q "absent from the .packages. configuration" "$work/step.log"; then cat "$work/step.log"; exit 1; fi
wheel=$(ls "$work"/dist/reportgen-*.whl)
python3 -m venv "$work/venv"
quietly "$work/venv/bin/pip" install -q -r "$repo/requirements.lock" "$wheel"
cd "$work"
rg="$work/venv/bin/reportgen"
"$rg" --help >/dev/null
"$work/venv/bin/python" -m reportgen --help >/dev/null
"$rg" layouts >/dev/null
quietly "$rg" init demo
quietly "$rg" build demo/config.yaml
ls demo/out/*.pdf >/dev/null
echo "install check: wheel $(basename "$wheel") installs and builds demo/config.yaml from $work"
