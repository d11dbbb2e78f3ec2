#!/bin/sh
# Print the path of a Python the course supports, or say in one line what to install.
#   sh tools/find-python.sh          3.11 first (the reference the committed outputs come
#                                     from), then 3.12, then 3.13
#   sh tools/find-python.sh 3.13     that version only (make test's second interpreter)
# A candidate counts only if it runs and can make a virtual environment: pyenv's shims exist
# for every version but fail for those not selected, and Debian's Python lacks venv until
# python3.X-venv is installed.
versions=${1:-"3.11 3.12 3.13"}
pyenv_root=${PYENV_ROOT:-$HOME/.pyenv}

works() {
    "$1" -c "import sys, venv, ensurepip; sys.exit(sys.version_info[:2] != tuple(map(int, '$2'.split('.'))))" \
        >/dev/null 2>&1
}

for v in $versions; do
    for candidate in "python$v" "$pyenv_root"/versions/"$v".*/bin/"python$v"; do
        path=$(command -v "$candidate" 2>/dev/null) || continue
        if works "$path" "$v"; then
            case $path in
                */.pyenv/shims/*) path=$("$path" -c 'import sys; print(sys.executable)') ;;
            esac
            echo "$path"
            exit 0
        fi
    done
    # python3 itself may be one of them (macOS, Debian 13, Ubuntu 24.04)
    if path=$(command -v python3 2>/dev/null) && works "$path" "$v"; then
        "$path" -c 'import sys; print(sys.executable)'
        exit 0
    fi
done
wanted=
for v in $versions; do wanted="${wanted:+$wanted, }$v"; done
echo "error: no Python $wanted with venv found; install one (python.org, Homebrew, or Debian/Ubuntu: apt-get install python3.11-venv), or run make PYTHON=/path/to/python3.X" >&2
exit 1
