#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Userdesk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# The installer test (ctest label installer): builds the Debian packages of a built tree with cpack, unpacks each
# with dpkg-deb -x into a temporary root and checks them as an admin would get them:
#   - every installed file (an exact list), its mode and owner, the control fields and maintainer scripts;
#   - the installed binaries start (--version); the server package pulls in no Qt Widgets or Gui library;
#   - the manual pages render without warnings and describe every option --help lists;
#   - lintian, appstreamcli and desktop-file-validate report no error and no warning;
#   - the service: systemd-analyze security/verify offline, then the package's postinst run as dpkg runs it with
#     DPKG_ROOT (system user, unit enabled) and the unit's ExecStart run as that user with its data folder under
#     the temporary root (systemd is not needed): it answers /v1/health/version on loopback and keeps its data
#     across a restart; prerm/postrm purge clean up.
# A missing tool is a failure, not a skip: scripts/test.sh installs them all.
#   check-packages.sh BUILD_DIR VERSION RELEASE_DATE MAINTAINER APPWRITE_RELEASE SERVICE_PORT
set -euo pipefail

build_dir=$1
version=$2
release_date=$3
maintainer=$4
appwrite_release=$5
service_port=$6
deb_version="$version-1"

failures=0
fail() {
    printf 'FAIL: %s\n' "$*" >&2
    failures=$((failures + 1))
}
pass() { printf 'ok: %s\n' "$*"; }
die() {
    printf 'FAIL: %s\n' "$*" >&2
    exit 1
}

# Tools (package that has them).
missing=()
for tool in cpack:cmake dpkg-deb:dpkg dpkg-parsechangelog:dpkg-dev lintian:lintian appstreamcli:appstream \
    desktop-file-validate:desktop-file-utils systemd-analyze:systemd systemd-sysusers:systemd \
    deb-systemd-helper:init-system-helpers setpriv:util-linux man:man-db readelf:binutils curl:curl \
    apt-cache:apt gzip:gzip ps:procps; do
    command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool%%:*} (package ${tool#*:})")
done
[ "${#missing[@]}" -eq 0 ] || die "missing tools: ${missing[*]} — scripts/test.sh installs them"
[ "$(id -u)" -eq 0 ] || die "needs root (files owned by root, running the service as its own user)"

work=$(mktemp -d -t userdesk-installer.XXXXXX)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
# The service user must reach the unpacked binary and configuration file.
chmod 0755 "$work"

# --- Build the packages --------------------------------------------------------------------------------------
cpack --config "$build_dir/CPackConfig.cmake" -B "$work/packages" >"$work/cpack.log" 2>&1 || {
    cat "$work/cpack.log" >&2
    die "cpack failed"
}
app_deb="$work/packages/userdesk_${deb_version}_amd64.deb"
server_deb="$work/packages/userdesk-server_${deb_version}_amd64.deb"
[ -f "$app_deb" ] && [ -f "$server_deb" ] || {
    ls -l "$work/packages" >&2
    die "cpack did not produce $(basename "$app_deb") and $(basename "$server_deb")"
}
pass "cpack built $(basename "$app_deb") and $(basename "$server_deb")"

app_root="$work/root-app"
server_root="$work/root-server"
dpkg-deb -x "$app_deb" "$app_root"
dpkg-deb -x "$server_deb" "$server_root"
dpkg-deb -e "$server_deb" "$work/control-server"
dpkg-deb -e "$app_deb" "$work/control-app"

# --- Every installed file ------------------------------------------------------------------------------------
# The exact list (files and links), then modes: executables 0755, everything else 0644, folders 0755, all root's.
expect_files() {
    local root=$1 name=$2
    shift 2
    local actual expected
    actual=$(cd "$root" && find . \( -type f -o -type l \) | sed 's|^\.||' | LC_ALL=C sort)
    expected=$(printf '%s\n' "$@" | LC_ALL=C sort)
    if [ "$actual" = "$expected" ]; then
        pass "$name installs exactly its $# files"
    else
        fail "$name installs other files than expected:"
        diff <(printf '%s\n' "$expected") <(printf '%s\n' "$actual") >&2 || true
    fi
}
expect_files "$app_root" userdesk \
    /usr/bin/userdesk \
    /usr/share/applications/userdesk.desktop \
    /usr/share/doc/userdesk/changelog.Debian.gz \
    /usr/share/doc/userdesk/copyright \
    /usr/share/icons/hicolor/32x32/apps/userdesk.png \
    /usr/share/icons/hicolor/48x48/apps/userdesk.png \
    /usr/share/icons/hicolor/64x64/apps/userdesk.png \
    /usr/share/icons/hicolor/128x128/apps/userdesk.png \
    /usr/share/icons/hicolor/256x256/apps/userdesk.png \
    /usr/share/icons/hicolor/scalable/apps/userdesk.svg \
    /usr/share/lintian/overrides/userdesk \
    /usr/share/man/man1/userdesk.1.gz \
    /usr/share/metainfo/io.github.userdesk.Userdesk.metainfo.xml
expect_files "$server_root" userdesk-server \
    /etc/userdesk-server/userdesk-server.conf \
    /lib/systemd/system/userdesk-server.service \
    /usr/bin/userdesk-server \
    /usr/lib/sysusers.d/userdesk-server.conf \
    /usr/share/doc/userdesk-server/changelog.Debian.gz \
    /usr/share/doc/userdesk-server/copyright \
    /usr/share/lintian/overrides/userdesk-server \
    /usr/share/man/man1/userdesk-server.1.gz

for deb in "$app_deb" "$server_deb"; do
    name=$(dpkg-deb -f "$deb" Package)
    # dpkg-deb -c: "-rwxr-xr-x root/root 123 date ./usr/bin/userdesk"
    bad=$(dpkg-deb -c "$deb" | awk '
        { mode = $1; owner = $2; path = $6 }
        owner != "root/root" { print "owner " owner ": " path; next }
        mode ~ /^d/ { if (mode != "drwxr-xr-x") print "mode " mode ": " path; next }
        path ~ /^\.\/usr\/bin\// { if (mode != "-rwxr-xr-x") print "mode " mode ": " path; next }
        { if (mode != "-rw-r--r--") print "mode " mode ": " path }')
    if [ -z "$bad" ]; then
        pass "$name: owners root/root, modes 0755 (folders, programs) and 0644 (files)"
    else
        fail "$name: wrong owner or mode: $bad"
    fi
done

# --- Control fields and maintainer scripts -------------------------------------------------------------------
field() { dpkg-deb -f "$1" "$2"; }
for deb in "$app_deb" "$server_deb"; do
    name=$(field "$deb" Package)
    [ "$(field "$deb" Version)" = "$deb_version" ] ||
        fail "$name: Version $(field "$deb" Version), expected $deb_version"
    [ "$(field "$deb" Maintainer)" = "$maintainer" ] || fail "$name: Maintainer $(field "$deb" Maintainer)"
    [ "$(field "$deb" Architecture)" = amd64 ] || fail "$name: Architecture $(field "$deb" Architecture)"
done
server_depends=$(field "$server_deb" Depends)
app_depends=$(field "$app_deb" Depends)
case "$app_depends" in *libqt6widgets6*) ;; *) fail "userdesk does not depend on libqt6widgets6: $app_depends" ;; esac
case "$server_depends" in
*libqt6widgets* | *libqt6gui*) fail "userdesk-server depends on a Qt GUI library: $server_depends" ;;
*) pass "userdesk-server Depends: $server_depends" ;;
esac
case "$server_depends" in *userdesk,* | *"userdesk "* | *userdesk) fail "userdesk-server depends on userdesk" ;; esac
[ "$(cat "$work/control-server/conffiles")" = /etc/userdesk-server/userdesk-server.conf ] ||
    fail "userdesk-server conffiles: $(cat "$work/control-server/conffiles")"
for script in postinst prerm postrm; do
    [ -x "$work/control-server/$script" ] || fail "userdesk-server has no executable $script"
    sh -n "$work/control-server/$script" || fail "userdesk-server $script: syntax error"
done
[ ! -e "$work/control-app/postinst" ] || fail "userdesk has a postinst"
pass "control fields, conffiles and maintainer scripts"

# --- No Qt Widgets/Gui in the server -------------------------------------------------------------------------
needed=$(readelf -d "$server_root/usr/bin/userdesk-server" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if grep -qiE 'libQt6(Widgets|Gui)' <<<"$needed"; then
    fail "userdesk-server links a Qt GUI library: $(tr '\n' ' ' <<<"$needed")"
else
    pass "userdesk-server links $(tr '\n' ' ' <<<"$needed")"
fi
# What installing it pulls in: the dependency closure of its Depends (every alternative).
mapfile -t server_deps < <(sed 's/([^)]*)//g; s/[,|]/\n/g' <<<"$server_depends" | tr -d ' ' | sed '/^$/d')
closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${server_deps[@]}" 2>/dev/null | grep -v '^ ' | tr -d '<>' | LC_ALL=C sort -u)
[ -n "$closure" ] || fail "apt-cache depends found nothing for: ${server_deps[*]}"
if grep -qE '^libqt6(widgets|gui)' <<<"$closure"; then
    fail "installing userdesk-server pulls in: $(grep -E '^libqt6(widgets|gui)' <<<"$closure" | tr '\n' ' ')"
else
    pass "installing userdesk-server pulls in $(wc -l <<<"$closure") packages, no libqt6widgets6/libqt6gui6"
fi
# The same check on the desktop package finds Widgets (so the one above can fail).
mapfile -t app_deps < <(sed 's/([^)]*)//g; s/[,|]/\n/g' <<<"$app_depends" | tr -d ' ' | sed '/^$/d')
app_closure=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${app_deps[@]}" 2>/dev/null | grep -v '^ ' | tr -d '<>')
grep -qx libqt6widgets6 <<<"$app_closure" || fail "the closure check does not see Widgets in userdesk"

# --- The installed binaries start ----------------------------------------------------------------------------
for program in "$app_root/usr/bin/userdesk" "$server_root/usr/bin/userdesk-server"; do
    name=$(basename "$program")
    out=$(QT_QPA_PLATFORM=offscreen "$program" --version 2>&1) || fail "$name --version failed: $out"
    [ "$out" = "$name $version" ] || fail "$name --version printed \"$out\", expected \"$name $version\""
done
pass "userdesk and userdesk-server --version: $version"

# --- Manual pages ---------------------------------------------------------------------------------------------
check_manual() {
    local page=$1 program=$2 name
    name=$(basename "$program")
    gzip -t "$page" || fail "$page is not a valid gzip file"
    # As lintian renders it: no groff or man warnings.
    local warnings
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$name(1) renders with warnings: $warnings"
    # Every option of --help ("  -h, --help   ..." → help) has its entry in OPTIONS: a .TP tag line (.B, .BI or
    # .BR) naming it.
    local help source options option escaped undocumented=()
    help=$(QT_QPA_PLATFORM=offscreen "$program" --help 2>&1)
    source=$(zcat "$page")
    options=$(sed -n '/^\.SH OPTIONS/,/^\.SH /p' <<<"$source" | grep -E '^\.B[IR]? ')
    while read -r option; do
        escaped=$(sed 's/-/\\\\-/g' <<<"$option") # roff writes - as \-
        grep -qE -- "\\\\-\\\\-$escaped( |\"|\$)" <<<"$options" || undocumented+=("--$option")
    done < <(grep -oE '^ +(-[a-zA-Z?], )?--[a-z][a-z-]*' <<<"$help" | sed 's/.*--//')
    if [ "${#undocumented[@]}" -eq 0 ]; then
        pass "$name(1) renders cleanly and describes every option of --help"
    else
        fail "$name(1) does not describe ${undocumented[*]} (from $name --help)"
    fi
    grep -q "^\\.TH .* \"$release_date\" \"Userdesk $version\"" <<<"$source" ||
        fail "$name(1): .TH does not carry $release_date and Userdesk $version"
}
check_manual "$app_root/usr/share/man/man1/userdesk.1.gz" "$app_root/usr/bin/userdesk"
check_manual "$server_root/usr/share/man/man1/userdesk-server.1.gz" "$server_root/usr/bin/userdesk-server"

# --- Release, changelog and copyright ------------------------------------------------------------------------
for root in "$app_root" "$server_root"; do
    name=$(basename "$(find "$root/usr/bin" -type f)")
    changelog="$root/usr/share/doc/$name/changelog.Debian.gz"
    # gzip -9n: no file name and a zero time stamp in the header (bytes 4..7), as lintian wants.
    [ "$(od -An -tx1 -j3 -N5 "$changelog" | tr -d ' ')" = 0000000000 ] ||
        fail "$changelog has a name or time stamp in its gzip header"
    zcat "$changelog" >"$work/changelog"
    [ "$(dpkg-parsechangelog -l "$work/changelog" -S Version)" = "$deb_version" ] ||
        fail "$name changelog.Debian: newest version $(dpkg-parsechangelog -l "$work/changelog" -S Version)"
    changelog_date=$(date -u -d "$(dpkg-parsechangelog -l "$work/changelog" -S Date)" +%F)
    [ "$changelog_date" = "$release_date" ] || fail "$name changelog.Debian: dated $changelog_date, not $release_date"
    [ "$(head -n1 "$root/usr/share/doc/$name/copyright")" = \
        'Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' ] ||
        fail "$name copyright is not in the DEP-5 format"
done
metainfo="$app_root/usr/share/metainfo/io.github.userdesk.Userdesk.metainfo.xml"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "the metainfo has no OARS content rating"
newest_release=$(grep -m1 -oE '<release version="[^"]+" date="[^"]+"' "$metainfo" || true)
[ "$newest_release" = "<release version=\"$version\" date=\"$release_date\"" ] ||
    fail "metainfo's newest release is [$newest_release], expected version $version dated $release_date"
pass "changelog.Debian.gz, copyright and AppStream release: $deb_version, $release_date"

# --- Validators ------------------------------------------------------------------------------------------------
desktop="$app_root/usr/share/applications/userdesk.desktop"
if out=$(desktop-file-validate "$desktop" 2>&1) && [ -z "$out" ]; then
    pass "desktop-file-validate: no message"
else
    fail "desktop-file-validate: $out"
fi
if out=$(appstreamcli validate --no-net "$metainfo" 2>&1) && ! grep -qE '^[EW]:' <<<"$out"; then
    pass "appstreamcli validate --no-net: $(tail -n1 <<<"$out")"
else
    fail "appstreamcli validate --no-net: $out"
fi
# The packages override one tag only, initial-upload-closes-no-bugs (no Debian bug to close: they are not uploaded
# to Debian); anything else must be fixed, not overridden.
for root in "$app_root" "$server_root"; do
    for overrides in "$root"/usr/share/lintian/overrides/*; do
        tags=$(grep -v '^#' "$overrides" | sed '/^ *$/d')
        [ "$tags" = initial-upload-closes-no-bugs ] ||
            fail "$overrides overrides more than initial-upload-closes-no-bugs: $tags"
    done
done
# lintian runs as root but says so; --fail-on makes a warning fail as an error does (with --show-overrides it would
# fail on the overridden tag too, so that is left out).
lintian_out=$(lintian --fail-on error,warning --display-info --tag-display-limit 0 "$app_deb" "$server_deb" 2>&1) &&
    lintian_rc=0 || lintian_rc=$?
printf '%s\n' "$lintian_out" | grep -v 'running with root privileges' || true
if [ "$lintian_rc" -eq 0 ] && ! grep -qE '^[EW]: ' <<<"$lintian_out"; then
    pass "lintian: no error, no warning ($(grep -cE '^I: ' <<<"$lintian_out" || true) info tags)"
else
    fail "lintian: errors or warnings (exit $lintian_rc)"
fi

# --- The service ----------------------------------------------------------------------------------------------
unit="$server_root/lib/systemd/system/userdesk-server.service"
# unit_value KEY: the values of KEY= in the unit, one per line.
unit_value() { sed -n "s/^$1=//p" "$unit"; }
for setting in User=userdesk-server Group=userdesk-server StateDirectory=userdesk-server ProtectSystem=strict \
    NoNewPrivileges=yes PrivateTmp=yes ProtectHome=yes PrivateDevices=yes CapabilityBoundingSet=; do
    grep -qx "$setting" "$unit" || fail "the unit does not set $setting"
done
config="$server_root/etc/userdesk-server/userdesk-server.conf"
listen=$(sed -n 's/^listen *= *//p' "$config")
[ "$listen" = "127.0.0.1:$service_port" ] || fail "the packaged configuration listens on \"$listen\", not on loopback"
# The unit's hardening as systemd scores it (0 = best, 10 = none; 1.5 and below is systemd's "OK").
security=$(systemd-analyze security --offline=yes --root="$server_root" --threshold=15 --no-pager \
    userdesk-server.service 2>&1) && security_rc=0 || security_rc=$?
exposure=$(grep -o 'Overall exposure level.*' <<<"$security" || true)
if [ "$security_rc" -eq 0 ] && [ -n "$exposure" ]; then
    pass "systemd-analyze security: $exposure"
else
    fail "systemd-analyze security: above 1.5 or failed: ${exposure:-$security}"
fi
# systemd-analyze verify in a root that also has the host's targets (the unit orders itself after them).
verify_root="$work/verify-root"
mkdir -p "$verify_root/lib/systemd/system"
cp -a "$server_root/." "$verify_root/"
cp -a /lib/systemd/system/*.target "$verify_root/lib/systemd/system/"
verify=$(MANPATH="$server_root/usr/share/man" systemd-analyze verify --root="$verify_root" \
    userdesk-server.service 2>&1) && verify_rc=0 || verify_rc=$?
if [ "$verify_rc" -eq 0 ] && [ -z "$verify" ]; then
    pass "systemd-analyze verify: no message"
else
    fail "systemd-analyze verify (exit $verify_rc): $verify"
fi

# The package's postinst as dpkg runs it for an installation into another root: the system user (seeded with this
# machine's users, so its id is free here too) and the unit enabled, all under the temporary root.
cp /etc/passwd /etc/group "$server_root/etc/"
maintscript() {
    DPKG_ROOT="$server_root" DPKG_MAINTSCRIPT_PACKAGE=userdesk-server DPKG_MAINTSCRIPT_NAME=$1 \
        sh "$work/control-server/$1" "${@:2}"
}
maintscript postinst configure >"$work/postinst.log" 2>&1 || {
    cat "$work/postinst.log" >&2
    die "postinst configure failed"
}
user_entry=$(grep '^userdesk-server:' "$server_root/etc/passwd" || true)
[ -n "$user_entry" ] || die "postinst created no userdesk-server user"
uid=$(cut -d: -f3 <<<"$user_entry")
gid=$(cut -d: -f4 <<<"$user_entry")
home=$(cut -d: -f6 <<<"$user_entry")
shell=$(cut -d: -f7 <<<"$user_entry")
[ "$uid" -gt 0 ] && [ "$uid" -lt 1000 ] || fail "userdesk-server has uid $uid, not a system user's"
[ "$home" = /var/lib/userdesk-server ] || fail "userdesk-server's home is $home"
[ "$shell" = /usr/sbin/nologin ] || fail "userdesk-server's shell is $shell"
wants="$server_root/etc/systemd/system/multi-user.target.wants/userdesk-server.service"
[ "$(readlink "$wants")" = /lib/systemd/system/userdesk-server.service ] || fail "postinst did not enable the unit"
pass "postinst (DPKG_ROOT): system user $uid:$gid, unit enabled for multi-user.target"

# The start as systemd does it: StateDirectory= created for the user (0700), a clean environment with
# STATE_DIRECTORY, the user's ids, no capabilities, no new privileges, UMask 0077, then ExecStart — with the paths
# of the package's files taken from the temporary root. The packaged port is changed to 0 (free port) as an admin
# edits the configuration file; the address stays the packaged one.
state="$server_root$(unit_value StateDirectory | sed 's|^|/var/lib/|')"
mkdir -p "$(dirname "$state")"
install -d -m "$(unit_value StateDirectoryMode)" -o "$uid" -g "$gid" "$state"
sed -i "s/^listen *= *\(.*\):$service_port\$/listen = \1:0/" "$config"
read -r -a exec_start <<<"$(unit_value ExecStart)"
for i in "${!exec_start[@]}"; do
    if [[ "${exec_start[$i]}" == /* ]] && [ -e "$server_root${exec_start[$i]}" ]; then
        exec_start[i]="$server_root${exec_start[$i]}"
    fi
done
[ "${exec_start[0]}" = "$server_root/usr/bin/userdesk-server" ] || die "unexpected ExecStart: ${exec_start[*]}"
[ -z "$(unit_value Environment)$(unit_value EnvironmentFile)" ] ||
    die "the unit sets an environment this test does not apply"

start_service() {
    local log=$1
    : >"$log"
    env -i PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 HOME="$server_root$home" USER=userdesk-server \
        LOGNAME=userdesk-server SHELL="$shell" STATE_DIRECTORY="$state" \
        setpriv --reuid="$uid" --regid="$gid" --clear-groups --no-new-privs --inh-caps=-all --bounding-set=-all -- \
        sh -c "umask $(unit_value UMask); exec \"\$@\"" sh "${exec_start[@]}" >"$log" 2>&1 &
    server_pid=$!
    endpoint=""
    for _ in $(seq 1 200); do
        endpoint=$(sed -n 's|^Listening on \(http://.*/v1\)$|\1|p' "$log")
        [ -n "$endpoint" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.1
    done
    cat "$log" >&2
    die "the service did not start"
}
stop_service() {
    kill -TERM "$server_pid"
    local rc=0
    wait "$server_pid" || rc=$?
    server_pid=""
    [ "$rc" -eq 0 ] || fail "the service exited with $rc after SIGTERM"
}
http() { curl -sS -o "$work/body" -w '%{http_code}' -H 'X-Appwrite-Project: console' "$@"; }
json=(-X POST -H 'Content-Type: application/json')
console_account='{"userId":"unique()","email":"admin@example.com","password":"installer-test-password"}'

start_service "$work/service-1.log"
case "$endpoint" in http://127.0.0.1:*) ;; *) fail "the service listens on $endpoint, not on loopback" ;; esac
[ "$(ps -o uid= -p "$server_pid" | tr -d ' ')" = "$uid" ] || fail "the service does not run as uid $uid"
[ "$(http "$endpoint/health/version")" = 200 ] && grep -q "\"$appwrite_release\"" "$work/body" ||
    fail "GET /v1/health/version: $(cat "$work/body")"
pass "the service runs as userdesk-server and answers $endpoint/health/version: $(cat "$work/body")"
[ "$(http "${json[@]}" -d "$console_account" "$endpoint/account")" = 201 ] ||
    fail "console sign-up: $(cat "$work/body")"
stop_service
[ -n "$(find "$state" -type f)" ] || fail "the service wrote nothing to its data folder"
[ -z "$(find "$state" ! -uid "$uid")" ] || fail "files in the data folder not owned by the service user"
[ -z "$(find "$state" -type f -perm /077)" ] || fail "data files readable by others (UMask 0077)"

start_service "$work/service-2.log"
[ "$(http "$endpoint/health/version")" = 200 ] || fail "after the restart: GET /v1/health/version: $(cat "$work/body")"
# The console account is still there: a second sign-up is refused (501 user_console_count_exceeded, as Appwrite
# does once the console has its account) and the first one signs in.
[ "$(http "${json[@]}" -d "${console_account/admin@/second@}" "$endpoint/account")" = 501 ] &&
    grep -q user_console_count_exceeded "$work/body" || fail "after the restart, a second sign-up: $(cat "$work/body")"
sign_in='{"email":"admin@example.com","password":"installer-test-password"}'
[ "$(http "${json[@]}" -d "$sign_in" "$endpoint/account/sessions/email")" = 201 ] ||
    fail "after the restart, signing in: $(cat "$work/body")"
stop_service
pass "the service kept its data across a restart (console account signs in)"

# Removal and purge, as dpkg runs them: the unit disabled and the data folder deleted.
maintscript prerm remove >/dev/null && maintscript postrm remove >/dev/null && maintscript postrm purge >/dev/null ||
    fail "prerm/postrm failed"
[ ! -e "$wants" ] && [ ! -L "$wants" ] || fail "purge left $wants"
[ ! -e "$state" ] || fail "purge left $state"
pass "prerm remove, postrm remove and purge"

if [ "$failures" -ne 0 ]; then
    printf '%d check(s) failed\n' "$failures" >&2
    exit 1
fi
printf 'all installer checks passed\n'
