#!/usr/bin/env bash
# CI: build the Debian package with cargo-deb, install it with dpkg, check the installed program
# and its desktop integration, remove it with dpkg -r and check it left nothing in /usr.
#
# Changes the system: run it as root on a Debian machine (CI, a throwaway VM or container).
# Idempotent: a newsmark package left by an earlier run is purged first, and the package is
# purged again at the end. Exits non-zero on the first failed check, saying which.
# Needs (.ci/run installs them): xvfb, desktop-file-utils, appstream, xdg-utils,
# shared-mime-info, libfile-mimeinfo-perl (xdg-mime's MIME lookup outside a desktop session).
# Builds into ${CARGO_TARGET_DIR:-target}/release and writes the .deb to .../debian/.
set -euo pipefail
cd "$(dirname "$0")/.."

CARGO_DEB_VERSION=3.8.0
PKG=newsmark
PACK_TYPE=application/x-newsmark-pack
DESKTOP=/usr/share/applications/newsmark.desktop
METAINFO=/usr/share/metainfo/org.newsmark.newsmark.metainfo.xml

fail() {
  echo "package-check: FAILED: $*" >&2
  exit 1
}
step() { echo "== package: $*"; }
started=$SECONDS
mark=$SECONDS
timings=()
took() {
  timings+=("$(printf '%-34s %4ds' "$1" $((SECONDS - mark)))")
  mark=$SECONDS
}

[ "$(id -u)" = 0 ] || fail "must run as root (it installs and removes a package)"
missing=()
for tool in dpkg dpkg-deb apt-get xvfb-run desktop-file-validate appstreamcli xdg-mime \
  update-mime-database mimetype file; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
[ ${#missing[@]} -eq 0 ] || fail "missing tools: ${missing[*]} (see the header of $0)"

work=$(mktemp -d /tmp/newsmark-package-check.XXXXXX)
trap 'rm -rf "$work"' EXIT

step "purge a newsmark package left by an earlier run"
if dpkg-query -W "$PKG" >/dev/null 2>&1; then
  dpkg --purge "$PKG" >/dev/null
fi
leftover=$(find /usr -xdev -name '*newsmark*' 2>/dev/null | head -5)
[ -z "$leftover" ] || fail "files named newsmark in /usr not from the package (remove them first): $leftover"
took "purge earlier install"

step "cargo-deb $CARGO_DEB_VERSION"
if [ "$(cargo deb --version 2>/dev/null)" != "cargo-deb $CARGO_DEB_VERSION" ]; then
  cargo install cargo-deb --locked --version "$CARGO_DEB_VERSION"
fi
took "cargo-deb (install if missing)"

step "cargo deb --locked (release build, man pages and completions from build.rs)"
deb=$(cargo deb --locked | tail -n 1)
[ -f "$deb" ] || fail "cargo deb did not print the package's path (got: $deb)"
echo "$deb ($(du -h "$deb" | cut -f1))"
took "cargo deb (build + package)"

step "the package's fields and files"
version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -f "$deb" Package Version Depends Recommends Suggests
contents=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's#^\./#/#')
expected=(/usr/bin/newsmark "$DESKTOP" "$METAINFO" /usr/share/mime/packages/newsmark.xml
  /usr/share/man/man1/newsmark.1.gz /usr/share/man/man1/newsmark-check.1.gz
  /usr/share/bash-completion/completions/newsmark /usr/share/zsh/vendor-completions/_newsmark
  /usr/share/fish/vendor_completions.d/newsmark.fish /usr/share/doc/newsmark/copyright)
for size in 16 22 24 32 48 64 128 256 512; do
  expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/newsmark.png")
done
for f in "${expected[@]}"; do
  grep -qxF "$f" <<<"$contents" || fail "the package has no $f"
done

step "install what the package depends on, then a snapshot of /usr"
# apt-get satisfy installs exactly the Depends line: a Debian name that does not exist fails here.
apt-get satisfy -y -qq --no-install-recommends "$(dpkg-deb -f "$deb" Depends)" >/dev/null ||
  fail "apt cannot satisfy Depends: $(dpkg-deb -f "$deb" Depends)"
find /usr -xdev | LC_ALL=C sort >"$work/usr-before"
took "dependencies + snapshot"

# From here on a home of its own (after cargo, which finds its toolchain through $HOME), so
# the user's data folder and MIME and application settings play no part.
export HOME=$work/home XDG_DATA_HOME=$work/home/.local/share XDG_CONFIG_HOME=$work/home/.config
unset XDG_DATA_DIRS XDG_CONFIG_DIRS XDG_CURRENT_DESKTOP DESKTOP_SESSION
mkdir -p "$HOME"

step "dpkg -i"
dpkg -i "$deb"
[ "$(dpkg-query -W -f '${Status}' "$PKG")" = "install ok installed" ] || fail "dpkg -i did not install $PKG"
[ "$(command -v newsmark)" = /usr/bin/newsmark ] || fail "newsmark on PATH is $(command -v newsmark), not /usr/bin/newsmark"

step "newsmark --version"
got=$(/usr/bin/newsmark --version)
echo "$got"
[ "$got" = "newsmark ${version%-*}" ] || fail "--version says '$got', the package is $version"

step "newsmark check lessons/ (the lessons compiled into the binary)"
rc=0
/usr/bin/newsmark check lessons/ >"$work/check.txt" || rc=$?
[ "$rc" = 0 ] || { cat "$work/check.txt"; fail "newsmark check lessons/ exited $rc"; }
tail -n 1 "$work/check.txt"

step "the installed app's --smoke-test under Xvfb"
xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/newsmark --smoke-test ||
  fail "the installed app's smoke test under Xvfb failed"

step "a student pack: xdg-mime, the default app, and opening it as the desktop file does"
pack=$work/9B.newsmark-pack
/usr/bin/newsmark pack lessons/002_bridge-repairs.md -o "$pack" --class 9B
filetype=$(xdg-mime query filetype "$pack")
echo "xdg-mime query filetype: $filetype"
[ "$filetype" = "$PACK_TYPE" ] || fail "xdg-mime says $filetype for a pack, not $PACK_TYPE"
default=$(xdg-mime query default "$PACK_TYPE")
echo "xdg-mime query default $PACK_TYPE: $default"
[ "$default" = newsmark.desktop ] || fail "the default app for $PACK_TYPE is '$default', not newsmark.desktop"
exec_line=$(sed -n 's/^Exec=//p' "$DESKTOP")
[ "$exec_line" = "newsmark open %f" ] || fail "the desktop file's Exec is '$exec_line'"
# The desktop file's command on the pack, with the smoke test's flag (which goes before the
# subcommand): the window opens on the pack, draws a few frames and exits.
xvfb-run -a -s "-screen 0 1280x800x24" /usr/bin/newsmark --smoke-test open "$pack" ||
  fail "newsmark open on a pack failed under Xvfb"

step "desktop-file-validate $DESKTOP"
desktop-file-validate "$DESKTOP" || fail "desktop-file-validate"
echo "valid"

step "appstreamcli validate --no-net $METAINFO"
appstreamcli validate --no-net "$METAINFO" || fail "appstreamcli validate"
# The whole installed tree as software centres read it: metainfo, desktop file, icons.
dpkg-deb -x "$deb" "$work/root"
appstreamcli validate-tree --no-net "$work/root" || fail "appstreamcli validate-tree"

step "icons, man pages, completions"
for size in 16 22 24 32 48 64 128 256 512; do
  f=/usr/share/icons/hicolor/${size}x${size}/apps/newsmark.png
  file -b "$f" | grep "^PNG image data, $size x $size," >/dev/null || fail "$f is not a ${size}x${size} PNG: $(file -b "$f")"
done
# Every subcommand the program has, by its --help, has its page (they are listed one by one
# in Cargo.toml's assets).
subcommands=$(/usr/bin/newsmark --help | awk '/^Commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 } on && /^$/ { on = 0 }')
[ -n "$subcommands" ] || fail "newsmark --help lists no subcommands"
for sub in $subcommands; do
  [ "$sub" = help ] || [ -f "/usr/share/man/man1/newsmark-$sub.1.gz" ] ||
    fail "no man page for newsmark $sub: add target/release/generated/man/newsmark-$sub.1.gz to the assets in Cargo.toml"
done
for page in /usr/share/man/man1/newsmark*.1.gz; do
  { gzip -t "$page" && zcat "$page" | grep '^\.TH'; } >/dev/null || fail "$page is not a gzipped man page"
done
zcat /usr/share/man/man1/newsmark-pack.1.gz | grep 'shared\\-computers' >/dev/null ||
  fail "the man page of newsmark pack lacks --shared-computers"
if command -v man >/dev/null 2>&1; then
  MANPAGER=cat MANWIDTH=100 man newsmark 2>/dev/null | grep "EXIT STATUS" >/dev/null ||
    fail "man newsmark does not show the page"
fi
bash -c 'source /usr/share/bash-completion/completions/newsmark && complete -p newsmark' >/dev/null ||
  fail "the bash completion does not register for newsmark"
head -n 1 /usr/share/zsh/vendor-completions/_newsmark | grep '^#compdef newsmark' >/dev/null || fail "the zsh completion"
grep -q '^complete -c newsmark' /usr/share/fish/vendor_completions.d/newsmark.fish || fail "the fish completion"
took "install + checks"

step "dpkg -r: nothing left in /usr"
dpkg -r "$PKG"
find /usr -xdev | LC_ALL=C sort >"$work/usr-after"
# Caches the system's triggers rebuild (update-desktop-database, gtk-update-icon-cache) may
# appear where there was none; they are not newsmark's, but must not mention it.
caches='^/usr/share/(applications/mimeinfo\.cache|icons/[^/]+/icon-theme\.cache)$'
added=$(comm -13 "$work/usr-before" "$work/usr-after" | grep -Ev "$caches" || true)
removed=$(comm -23 "$work/usr-before" "$work/usr-after" || true)
[ -z "$added" ] || fail "dpkg -r left in /usr: $added"
[ -z "$removed" ] || fail "install and removal took from /usr: $removed"
named=$(find /usr -xdev -name '*newsmark*' | head -5)
[ -z "$named" ] || fail "dpkg -r left: $named"
# The MIME database (mime.cache, globs), the desktop database and the icon caches, which
# dpkg's triggers rebuild on removal.
mentions=$(grep -rla newsmark /usr/share/mime /usr/share/applications /usr/share/icons/*/icon-theme.cache 2>/dev/null || true)
[ -z "$mentions" ] || fail "system caches still mention newsmark after dpkg -r: $mentions"
echo "nothing left in /usr"
# dpkg -r leaves nothing for dpkg to remember of a package without conffiles; purge in case.
if dpkg-query -W "$PKG" >/dev/null 2>&1; then
  dpkg --purge "$PKG" >/dev/null
fi
took "dpkg -r + leftover check"

echo "== package: all checks passed in $((SECONDS - started))s"
printf '   %s\n' "${timings[@]}"
